"""What `tune` needs besides the runs: the search space, the objective over a trial's seeds, and
the pruning of a trial from its seeds' evaluations as they arrive.

A search space is `key=low..high` (uniform; `:log` for a log scale; integers where the field is
one), `key=a,b,c` (a choice), `;` between keys; or a YAML file of {key: {low, high, log}} and
{key: [choices]}.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import yaml

from algorithms.base import AgentSpec
from harness.errors import UsageError
from harness.hparams import check_value, names_yaml_file, read_yaml_mapping, split_top_level
from harness.report.aggregate import iqm
from harness.spec import Progress

# The objective of a trial: its seeds' final returns -> one number (rliable's IQM by default,
# which trims a quarter of the seeds at each end: it equals the mean below 4 seeds).
OBJECTIVES: dict[str, Callable[[Sequence[float]], float]] = {
    "iqm": lambda v: iqm(np.asarray(v, dtype=float)),
    "median": lambda v: float(np.median(v)),
    "mean": lambda v: float(np.mean(v)),
}
RANGE = re.compile(r"^\s*(?P<low>[^.\s][^\s]*?)\s*\.\.\s*(?P<high>[^:\s]+)\s*(?::\s*(?P<log>log))?\s*$")


def parse_space(text: str, spec: AgentSpec) -> dict[str, Any]:
    """The --space flag -> {key: an optuna distribution}, each bound and choice checked as
    --hparams checks a value."""
    import optuna

    raw = _raw_space(text)
    if not raw:
        raise UsageError("--space is empty; give key=low..high[:log] or key=a,b,c (';' apart), or a YAML file")
    out: dict[str, Any] = {}
    for key, value in raw.items():
        key = key.removeprefix(f"{spec.name}.")
        if key not in spec.hparam_names():
            raise UsageError(f"--space: {spec.name} has no hyper-parameter {key!r}; valid: {', '.join(spec.hparam_names())}")
        if isinstance(value, list):
            choices = [check_value(spec, key, v) for v in value]
            if any(isinstance(c, list) for c in choices):  # optuna's choices are scalars
                raise UsageError(f"--space {key}: choices must be single values, not lists")
            out[key] = optuna.distributions.CategoricalDistribution(choices)
            continue
        default = getattr(spec.make_config(), key)
        if isinstance(default, bool) or not isinstance(default, int | float | None):
            raise UsageError(f"--space {key}: a range needs a number field; give choices (key=a,b) instead")
        low, high = (check_value(spec, key, value[b]) for b in ("low", "high"))
        if not low < high:
            raise UsageError(f"--space {key}: low must be below high, not {low}..{high}")
        log = bool(value.get("log", False))
        if log and low <= 0:
            raise UsageError(f"--space {key}: a log range needs low > 0, not {low}")
        kind = optuna.distributions.IntDistribution if isinstance(low, int) else optuna.distributions.FloatDistribution
        out[key] = kind(low, high, log=log)
    return out


def _raw_space(text: str) -> dict[str, Any]:
    """{key: [choices]} or {key: {"low", "high", "log"}} from the flag's text or YAML file."""
    if names_yaml_file(text):
        shape = "{key: {low: .., high: .., log: ..}} or {key: [choices]}"
        data = read_yaml_mapping(text, "--space", shape)
        if not all(isinstance(v, list) or (isinstance(v, dict) and {"low", "high"} <= set(v)) for v in data.values()):
            raise UsageError(f"--space file {text} must hold {shape}")
        return {str(k): v for k, v in data.items()}
    out: dict[str, Any] = {}
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        key, sep, body = item.partition("=")
        match = RANGE.match(body)
        try:
            if not sep or not key.strip() or not body.strip():
                raise ValueError
            if match:
                out[key.strip()] = {"low": yaml.safe_load(match["low"]), "high": yaml.safe_load(match["high"]),
                                    "log": bool(match["log"])}
            else:
                out[key.strip()] = [yaml.safe_load(v) for v in split_top_level(body)]
        except (ValueError, yaml.YAMLError):
            raise UsageError(f"malformed --space entry {item!r}; expected key=low..high[:log] or "
                             "key=a,b,c") from None
    return out


class Pruning:
    """Reports a trial's objective over its seeds at each evaluation step all of them reached,
    and stops its runs where the pruner says so (never at the last evaluation: the runs are
    trained by then). Called from the driver's progress thread with every run's events."""

    def __init__(self, trial: Any, run_ids: list[str], objective: Callable[[Sequence[float]], float],
                 budget: int, stop: Callable[[str, str], None], enabled: bool = True,
                 known: dict[str, dict[int, float]] | None = None):
        self.trial, self.objective, self.budget, self.stop, self.enabled = trial, objective, budget, stop, enabled
        self.curves: dict[str, dict[int, float]] = {r: dict((known or {}).get(r, {})) for r in run_ids}
        self.reported: set[int] = set()
        self.pruned_at: int | None = None
        self._catch_up()

    def __call__(self, run_id: str, event: Progress) -> None:
        if run_id not in self.curves or self.pruned_at is not None:
            return
        for row in event.curve.rows:
            self.curves[run_id][int(row["step"])] = float(row["return_mean"])
        self._catch_up()

    def _catch_up(self) -> None:
        shared = set.intersection(*(set(c) for c in self.curves.values())) if self.curves else set()
        for step in sorted(shared - self.reported):
            self.reported.add(step)
            self.trial.report(self.objective([c[step] for c in self.curves.values()]), step)
            if self.enabled and step < self.budget and self.trial.should_prune():
                self.pruned_at = step
                for run_id in self.curves:
                    self.stop(run_id, f"pruned by tune at step {step:,} (trial {self.trial.number})")
                return
