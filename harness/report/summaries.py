"""Tables the report computes from the store's records: numbers in DataFrames, no markdown
(markdown.py renders them), each tested on its own."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from harness.report.collect import Experiment

EPISODE_COLUMNS = ["mean", "std", "min", "max", "success", "length"]


def episode_stats(final: dict[str, Any]) -> dict[str, float | None]:
    """One run's final evaluation over its episodes: the return's mean, standard deviation (over
    the episodes, n), min and max, the success rate (None where the task has no success) and the
    mean episode length."""
    returns = np.asarray(final.get("returns") or [final["return_mean"]], dtype=float)
    lengths = final.get("lengths")
    return {"mean": float(returns.mean()), "std": float(returns.std()),
            "min": float(returns.min()), "max": float(returns.max()),
            "success": final.get("success_rate"),
            "length": float(np.mean(lengths)) if lengths else final.get("length_mean")}


def episode_table(exp: Experiment) -> pd.DataFrame:
    """I(MoE)-SAC's test table, per task and agent with a finished run: the final evaluation's
    episode statistics (episode_stats) averaged over the finished seeds, as that table averages
    its 10 policies ("seeds' mean", n seeds), and those of the best seed, the one with the highest
    mean return ("best seed", n = 1); then, for each other way the agent can act that every seed's
    final evaluation scored on the same episodes (final.json's other_evaluation_modes, e.g. PMOE's
    highest-weight primitive), its seeds' mean ("seeds' mean, MODE").

    Columns: task, algo, row ("seeds' mean" or "best seed"), seed (the best seed's; None for
    the mean), n, then EPISODE_COLUMNS (success None where no run of the cell has one).
    """
    rows = []
    for task in exp.tasks:
        for algo in exp.algos:
            runs = exp.runs(task, algo)
            if not runs:
                continue
            stats = pd.DataFrame([episode_stats(r.final) for r in runs], index=[r.seed for r in runs])
            means = {c: (float(stats[c].astype(float).mean()) if stats[c].notna().all() else None)
                     for c in EPISODE_COLUMNS}
            rows.append({"task": task, "algo": algo, "row": "seeds' mean", "seed": None,
                         "n": len(runs), **means})
            best = int(stats["mean"].idxmax())
            rows.append({"task": task, "algo": algo, "row": "best seed", "seed": best, "n": 1,
                         **{c: stats.loc[best, c] for c in EPISODE_COLUMNS}})
            others = [(r.final or {}).get("other_evaluation_modes") or {} for r in runs]
            for mode in [m for m in others[0] if all(m in o for o in others)]:
                mode_stats = pd.DataFrame([episode_stats(o[mode]) for o in others])
                rows.append({"task": task, "algo": algo, "row": f"seeds' mean, {mode}", "seed": None,
                             "n": len(runs), **{c: (float(mode_stats[c].astype(float).mean())
                                                    if mode_stats[c].notna().all() else None)
                                                for c in EPISODE_COLUMNS}})
    return pd.DataFrame(rows, columns=["task", "algo", "row", "seed", "n", *EPISODE_COLUMNS])


# Size budgets of the table: (heading, which policies fit). A linear policy counts as one leaf.
SIZE_BUDGETS: list[tuple[str, Any]] = [
    ("at most 64 leaves", lambda p: not pd.isna(p["leaves"]) and p["leaves"] <= 64),
    ("at most 1,000 parameters", lambda p: p["parameters"] <= 1000),
    ("any size", lambda p: True),
]


def best_under_budget(rows: pd.DataFrame, fits: Any) -> tuple[str, pd.Series, bool] | None:
    """The policy with the best mean return over seeds among those that fit the budget on every
    seed: (its name, its return by seed, whether the choice was made on other episodes).

    Where every candidate has its returns per episode, the choice is made on the first half of
    each run's episodes and the return given is over the second half, so that picking the best
    of many does not inflate it; otherwise (runs that kept only means) both are the mean over all
    episodes. None when no policy fits."""
    groups = [(str(name), group) for name, group in rows.groupby("policy", sort=False)
              if all(fits(p) for _, p in group.iterrows())]
    if not groups:
        return None
    split = all(isinstance(r, list) and len(r) >= 2 for _, g in groups for r in g["returns"])

    def by_seed(group: pd.DataFrame, half: int) -> pd.Series:
        if not split:
            return group.set_index("seed")["return_mean"].astype(float)
        return group.set_index("seed")["returns"].map(
            lambda r: float(np.mean(r[:len(r) // 2] if half == 0 else r[len(r) // 2:])))

    name, group = max(groups, key=lambda g: by_seed(g[1], 0).mean())
    return name, by_seed(group, 1), split


COMPUTE_COLUMNS = ["wall_time_s", "steps_per_second", "inference_us_per_action"]


def compute_table(exp: Experiment) -> pd.DataFrame:
    """Per task and agent with a finished run: seeds (n), seeds per process (the sizes of the
    seed batches its runs trained in), and each of COMPUTE_COLUMNS by seed (an array over the
    finished seeds, NaN where a run did not record it)."""
    rows = []
    for task in exp.tasks:
        for algo in exp.algos:
            runs = exp.runs(task, algo)
            if not runs:
                continue
            rows.append({"task": task, "algo": algo, "seeds": len(runs),
                         "seeds_per_process": sorted({len((r.final or {}).get("seed_batch") or [r.seed])
                                                      for r in runs}),
                         **{key: np.array([(r.final or {}).get(key, np.nan) for r in runs], dtype=float)
                            for key in COMPUTE_COLUMNS}})
    return pd.DataFrame(rows, columns=["task", "algo", "seeds", "seeds_per_process", *COMPUTE_COLUMNS])


def budget_table(sized: pd.DataFrame, tasks: list[str], algos: list[str]) -> pd.DataFrame:
    """The best policy under each of SIZE_BUDGETS per task and agent (best_under_budget over the
    rows of collect.sized_policies): columns task, algo, budget (its heading), policy (None where
    none fits), returns (by seed, a Series), apart (chosen on other episodes than those scored)."""
    rows = []
    for task in tasks:
        for algo in algos:
            mine = sized[(sized["task"] == task) & (sized["algo"] == algo)]
            if mine.empty:
                continue
            for heading, fits in SIZE_BUDGETS:
                best = best_under_budget(mine, fits)
                name, returns, apart = best if best else (None, None, None)
                rows.append({"task": task, "algo": algo, "budget": heading, "policy": name,
                             "returns": returns, "apart": apart})
    return pd.DataFrame(rows, columns=["task", "algo", "budget", "policy", "returns", "apart"])
