"""Sensitivity of a swept experiment: each swept hyper-parameter's values against the final return
and the area under the learning curve, per task and normalised across tasks.

A sweep's variants are agents named `agent[key=value,...]` (harness/sweep.py); their values are
the experiment's settings (`hparams[variant][key]`), so the report needs nothing but the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from harness import registry
from harness.report.collect import Experiment
from harness.sweep import format_value, swept_keys


@dataclass
class SweptKey:
    """One hyper-parameter of one agent, swept.

    values: the key's values in order (numbers ascending). series: per combination of the agent's
    other swept keys (a label, "" where only this key is swept), the variant at each value.
    default: the agent's value where the key is not swept (None: none, or one set per task).
    """

    agent: str
    key: str
    values: list[Any]
    series: dict[str, dict[str, str]] = field(default_factory=dict)  # label -> {format_value(v): variant}
    default: Any = None

    @property
    def numeric(self) -> bool:
        return all(isinstance(v, int | float) and not isinstance(v, bool) for v in self.values)

    @property
    def log_scale(self) -> bool:
        """Values spread over a decade or more, all positive (0.01 ... 1.0): a log axis."""
        return self.numeric and min(self.values) > 0 and max(self.values) / min(self.values) >= 10

    def is_default(self, value: Any) -> bool:
        return self.default is not None and format_value(value) == format_value(self.default)


def swept(exp: Experiment) -> list[SweptKey]:
    """Every swept key of the experiment, agent by agent in plan order."""
    hparams: dict[str, dict[str, Any]] = exp.settings.get("hparams", {})
    out: dict[tuple[str, str], SweptKey] = {}
    for algo in exp.algos:
        keys = swept_keys(algo)
        values = hparams.get(algo, {})
        if not keys or any(k not in values for k in keys):
            continue
        base = registry.base_name(algo)
        for key in keys:
            entry = out.setdefault((base, key), SweptKey(base, key, [], default=_default(base, key, values, keys)))
            if all(format_value(values[key]) != format_value(v) for v in entry.values):
                entry.values.append(values[key])
            label = ", ".join(f"{k}={format_value(values[k])}" for k in keys if k != key)
            entry.series.setdefault(label, {})[format_value(values[key])] = algo
    for entry in out.values():
        if entry.numeric:
            entry.values.sort()
    return list(out.values())


def _default(base: str, key: str, values: dict[str, Any], swept: list[str]) -> Any:
    """The agent's value of `key` under the experiment's other overrides (None where unknown)."""
    try:
        spec = registry.get(base)
        fixed = {k: v for k, v in values.items() if k not in swept}
        return spec.make_config(fixed).__dict__.get(key)
    except (registry.RegistryError, ValueError, TypeError):
        return None


def final_returns(exp: Experiment, task: str, variant: str) -> dict[int, float]:
    """Each finished seed's final mean return, by seed."""
    return {r.seed: float(r.final["return_mean"]) for r in exp.runs(task, variant)}


def areas(exp: Experiment, task: str, variant: str) -> dict[int, float]:
    """Each finished seed's area under its learning curve: the mean of its evaluation returns
    during training (raw, in the task's return units), by seed."""
    return {r.seed: float(r.curve().drop_duplicates("step")["return_mean"].to_numpy(dtype=float).mean())
            for r in exp.runs(task, variant)}


METRICS = {"final return": final_returns, "area under the curve": areas}


def normalised_across_tasks(per_task: dict[str, dict[int, float]], normalisers: dict[str, Any]) -> dict[int, float]:
    """Per seed finished on every task, the mean over tasks of its normalised values ({} where a
    task cannot be normalised or no seed is on all)."""
    if not per_task or any(normalisers.get(t) is None for t in per_task):
        return {}
    seeds = sorted(set.intersection(*(set(v) for v in per_task.values())))
    return {s: float(np.mean([normalisers[t](np.array([v[s]]))[0] for t, v in per_task.items()]))
            for s in seeds}
