"""What the report's sections share: the Context, how a spread over seeds is given, which
aggregates equal the mean, and the registry lookups the sections make (an agent's published
names and analysis)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from envs.reference import Normaliser, RandomScore
from harness import registry
from harness.report import aggregate
from harness.report.collect import Experiment, Selection
from harness.report.tables import interval


@dataclass
class Context:
    """Everything the sections share."""

    exp: Experiment
    fig_dir: Path
    fig_rel: str
    reference: str
    baseline: str | None
    reps: int
    seed: int
    published: pd.DataFrame
    sources: pd.DataFrame
    random_scores: dict[str, RandomScore]
    normalisers: dict[str, Normaliser | None]
    reasons: dict[str, str | None]
    selection: Selection
    palette: list[str] = field(default_factory=list)  # colours by position: the registry's order
    figures: list[Path] = field(default_factory=list)

    def figure(self, name: str, alt: str) -> str:
        return f"![{alt}]({self.fig_rel}/{name})"


# Below this many seeds, a bootstrap interval of the mean is the seeds' own range (or inside it)
# and covers the true mean far less often than it says: the range is given, and called a range.
FEW_SEEDS = 5


SPREAD_TEXT = (f"the seeds' range [min, max] below {FEW_SEEDS} seeds, and from {FEW_SEEDS} seeds the "
               "95% bootstrap interval of the mean over seeds (95% CI)")


def spread_of_mean(values: np.ndarray, ctx: Context, offset: int = 0) -> str:
    """"range [lo, hi]" of fewer than FEW_SEEDS values, "95% CI [lo, hi]" (rliable's bootstrap of
    the mean, seeded ctx.seed + offset) from FEW_SEEDS on, "" for one value or none."""
    bounds = spread_bounds(values, ctx.reps, ctx.seed + offset)
    if bounds is None:
        return ""
    return f"{'range' if len(values) < FEW_SEEDS else '95% CI'} {interval(bounds)}"


def spread_bounds(values: np.ndarray, reps: int, seed: int) -> tuple[float, float] | None:
    """The bounds spread_of_mean gives in words: the seeds' range below FEW_SEEDS, the 95%
    bootstrap interval of the mean from FEW_SEEDS on; None for one value or none."""
    values = np.asarray(values, dtype=float)
    if len(values) < 2:
        return None
    if len(values) < FEW_SEEDS:
        return float(values.min()), float(values.max())
    lo, hi = aggregate.mean_interval(values, reps, seed)
    return float(lo), float(hi)


def equal_to_mean(n_tasks: int, most_runs: int, median: bool = True) -> tuple[set[str], str]:
    """The aggregates (of "IQM", "Median") that equal the mean by construction here, to be left out
    where three equal columns would say one thing, and the sentence that says why ("" if none)."""
    notes, same = [], []
    if most_runs * n_tasks < 4:
        notes.append(f"with {most_runs * n_tasks} runs the IQM (the mean of the middle 50%, "
                     "a quarter of the runs trimmed from each end) trims none")
        same.append("IQM")
    if median and n_tasks <= 2:
        notes.append(f"with {'one task' if n_tasks == 1 else 'two tasks'} the median (over tasks, of "
                     "each task's mean score) is the mean of the task means")
        same.append("Median")
    if not notes:
        return set(), ""
    text = "; ".join(notes)
    return set(same), (f" {text[0].upper()}{text[1:]}: both equal the mean, which alone is shown."
                       if len(same) > 1 else
                       f" {text[0].upper()}{text[1:]}: it equals the mean, which alone is shown.")


def distinct(values: list[Any]) -> list[Any]:
    out = []
    for v in values:
        if v is not None and v not in out:
            out.append(v)
    return out


def registered(name: str) -> bool:
    try:
        registry.get(name)
        return True
    except registry.RegistryError:
        return False


def published_as(algo: str) -> tuple[str, ...]:
    """The names of `algo` in the published figures (its registry entry's published_as)."""
    try:
        return registry.get(algo).published_as or (algo,)
    except registry.RegistryError:
        return (algo,)


def agent_analysis(algo: str) -> Any:
    """The agent's own analysis (None: none, or a name this version does not register)."""
    try:
        return registry.get(algo).analysis
    except registry.RegistryError:
        return None


def fmt_opt(value: Any, fmt) -> str:
    return "n/a" if value is None else fmt(value)
