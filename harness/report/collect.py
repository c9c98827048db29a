"""Read an experiment from the store into the arrays the report needs (no statistics here).

A report is built from the store alone. Runs that are failed or missing are kept as records and
listed by the report; the aggregates across tasks use, per algorithm, the seeds finished on every
aggregated task (see `aggregate_selection`), and say what they left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from harness.errors import UsageError
from harness.store import RunRecord, Store, StoreError, read_json


@dataclass
class Experiment:
    """An experiment as read from its folder.

    tasks, algos, seeds: in plan order. records: every planned run, finished or not.
    """

    name: str
    root: Path
    settings: dict[str, Any]
    records: list[RunRecord]
    tasks: list[str] = field(default_factory=list)
    algos: list[str] = field(default_factory=list)
    seeds: list[int] = field(default_factory=list)

    def runs(self, task: str, algo: str, status: str = "finished") -> list[RunRecord]:
        """The runs of one (task, algo) with that status, by seed."""
        return sorted((r for r in self.records
                       if r.task == task and r.algo == algo and r.status == status),
                      key=lambda r: r.seed)

    def final_returns(self, task: str, algo: str) -> np.ndarray:
        """The final mean return of each finished seed: (n_finished,), by seed."""
        return np.array([r.final["return_mean"] for r in self.runs(task, algo)], dtype=float)

    @property
    def not_finished(self) -> list[RunRecord]:
        return [r for r in self.records if r.status != "finished"]

    @property
    def finished(self) -> list[RunRecord]:
        return [r for r in self.records if r.status == "finished"]


def load_experiment(experiment_dir: Path | str) -> Experiment:
    """Read an experiment folder; a clear UsageError for a missing, empty or foreign folder."""
    root = Path(experiment_dir)
    if not root.exists():
        raise UsageError(f"{root} does not exist; give the folder a `run` wrote, e.g. results/quick")
    if not root.is_dir():
        raise UsageError(f"{root} is not a folder; give the folder a `run` wrote, e.g. results/quick")
    store = Store(root)
    if not (root / "experiment.json").exists():
        what = "is empty" if not any(root.iterdir()) else "is not an experiment folder"
        raise UsageError(f"{root} {what} (no experiment.json); give the folder a `run` wrote, "
                         "e.g. results/quick")
    meta = store.experiment()  # a damaged file: a StoreError that names it
    records = store.records()
    if not records:
        raise UsageError(f"{root} holds an experiment with no planned runs; nothing to report")
    return Experiment(
        name=meta.get("name") or root.name, root=root, settings=meta.get("settings", {}),
        records=records,
        tasks=list(dict.fromkeys(r.task for r in records)),
        algos=list(dict.fromkeys(r.algo for r in records)),
        seeds=sorted({r.seed for r in records}),
    )


@dataclass
class Selection:
    """What the normalised aggregates use, and what they leave out (with why).

    tasks: the aggregated tasks, the same for every algorithm (rliable compares algorithms on
    one task set). seeds: per algorithm, the seeds used (finished on every aggregated task).
    left_out: human-readable lines naming every task, algorithm or run not aggregated.
    """

    tasks: list[str]
    seeds: dict[str, list[int]]
    left_out: list[str]

    @property
    def algos(self) -> list[str]:
        return [a for a, s in self.seeds.items() if s]


def aggregate_selection(exp: Experiment, normalisable: dict[str, str | None]) -> Selection:
    """Choose the complete (runs x tasks) matrix of each algorithm for the aggregates.

    normalisable: {task: None if it can be normalised, else the reason it cannot}.
    1. Tasks that cannot be normalised are left out (reported in raw scores only).
    2. Tasks on which some algorithm has no finished run are left out, for every algorithm.
    3. Per algorithm, only seeds finished on every remaining task are used; an algorithm with
       no such seed is left out.
    """
    left_out: list[str] = []
    tasks = []
    for task in exp.tasks:
        reason = normalisable.get(task)
        if reason:
            left_out.append(f"task {task}: raw scores only ({reason})")
            continue
        lacking = [a for a in exp.algos if not exp.runs(task, a)]
        if lacking:
            left_out.append(f"task {task}: no finished run of {', '.join(lacking)}, so left out "
                            "of the aggregates of every algorithm")
            continue
        tasks.append(task)
    seeds: dict[str, list[int]] = {}
    for algo in exp.algos:
        per_task = [{r.seed for r in exp.runs(t, algo)} for t in tasks]
        complete = sorted(set.intersection(*per_task)) if per_task else []
        seeds[algo] = complete
        if not tasks:
            continue
        if not complete:
            left_out.append(f"algorithm {algo}: no seed finished on every aggregated task")
            continue
        for t, s in zip(tasks, per_task):
            extra = sorted(s - set(complete))
            if extra:
                left_out.append(f"{t}/{algo}: seed(s) {', '.join(map(str, extra))} finished but "
                                "left out (not finished on every aggregated task)")
    return Selection(tasks, seeds, left_out)


def score_matrix(exp: Experiment, algo: str, tasks: list[str], seeds: list[int]) -> np.ndarray:
    """Raw final returns (n_seeds x n_tasks) of `algo`, rows in `seeds` order."""
    out = np.empty((len(seeds), len(tasks)))
    for j, task in enumerate(tasks):
        by_seed = {r.seed: r.final["return_mean"] for r in exp.runs(task, algo)}
        out[:, j] = [by_seed[s] for s in seeds]
    return out


def unfinished_curves(exp: Experiment, task: str, algo: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """(steps, returns) of each unfinished run's evaluations so far, by seed (none: [])."""
    frames = [r.curve() for r in exp.runs(task, algo, "unfinished")]
    return [(c["step"].to_numpy(), c["return_mean"].to_numpy(dtype=float))
            for c in frames if not c.empty and "step" in c]


def auc_matrix(exp: Experiment, algo: str, tasks: list[str], seeds: list[int],
               normalisers: dict[str, Any]) -> np.ndarray:
    """Normalised area under each run's learning curve (n_seeds x n_tasks): the mean, over the
    run's evaluations during training, of its normalised evaluation return."""
    out = np.empty((len(seeds), len(tasks)))
    for j, task in enumerate(tasks):
        by_seed = {r.seed: r.curve().drop_duplicates("step")["return_mean"].to_numpy(dtype=float)
                   for r in exp.runs(task, algo)}
        out[:, j] = [normalisers[task](by_seed[s]).mean() if len(by_seed[s]) else np.nan for s in seeds]
    return out


def curves(exp: Experiment, task: str, algo: str,
           seeds: list[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Evaluation returns during training of finished runs, on the steps they all share.

    Returns (steps (n_steps,), returns (n_runs x n_steps)); empty arrays when no curve exists.
    """
    runs = [r for r in exp.runs(task, algo) if seeds is None or r.seed in seeds]
    frames = [c for c in (r.curve() for r in runs) if not c.empty and "step" in c]
    if not frames:
        return np.array([]), np.empty((0, 0))
    steps = sorted(set.intersection(*(set(c["step"]) for c in frames)))
    values = np.array([c.drop_duplicates("step").set_index("step").loc[steps, "return_mean"]
                       .to_numpy(dtype=float) for c in frames])
    return np.asarray(steps), values


def interpretation_summary(record: RunRecord) -> dict[str, Any] | None:
    """RUN_DIR/interpretation/summary.json, written by `python -m harness interpret`, if any."""
    try:
        return read_json(record.path / "interpretation" / "summary.json")
    except StoreError:  # damaged: the report says "not interpreted yet", as for a missing one
        return None


def sized_policies(exp: Experiment,
                   agent_counts: Callable[[str, str], dict[str, Any] | None] = lambda task, algo: None,
                   derived: Callable[[RunRecord], list[dict[str, Any]]] = lambda record: [],
                   ) -> pd.DataFrame:
    """Every finished run's policy and the policies derived from it, with their sizes and
    returns: columns task, algo, seed, policy, kind ("agent", "tree", "linear"), parameters,
    leaves (a linear policy: 1; an agent: its counts' "leaves", else None), returns (per episode,
    or None where not recorded), return_mean, episodes.

    agent_counts(task, algo): the agent's parameter counts (the deterministic policy's are its
    size, else its total; default: those its runs recorded). derived(record): policies an
    agent's own analysis derived (Analysis.derived_policies). The distilled policies come from
    interpretation/distilled.json.

    A run's policies are all scored on the same episodes, the first n of the fixed evaluation
    episodes (n: distilled.json's eval_episodes), the agent on the same n of its final evaluation."""
    rows = []
    for r in exp.finished:
        policies, episodes = _distilled(r)
        counts = agent_counts(r.task, r.algo) or (r.final or {}).get("param_counts") or {}
        returns = (r.final or {}).get("returns") or []
        if episodes is not None and len(returns) >= episodes:
            agent_returns = list(returns[:episodes])
        else:
            agent_returns = list(returns) or None
        rows.append({"task": r.task, "algo": r.algo, "seed": r.seed, "policy": r.algo, "kind": "agent",
                     "parameters": counts.get("deterministic") or counts.get("total"),
                     "leaves": counts.get("leaves"), "returns": agent_returns,
                     "return_mean": float(np.mean(agent_returns)) if agent_returns else r.final["return_mean"],
                     "episodes": len(agent_returns) if agent_returns else r.final.get("episodes")})
        for p in [*policies, *derived(r)]:
            scored = p.get("returns") or None
            rows.append({"task": r.task, "algo": r.algo, "seed": r.seed, "policy": p["name"],
                         "kind": p["kind"], "parameters": p["parameters"], "leaves": p["leaves"],
                         "returns": scored,
                         "return_mean": float(np.mean(scored)) if scored else p["return_mean"],
                         "episodes": len(scored) if scored else episodes})
    return pd.DataFrame(rows, columns=["task", "algo", "seed", "policy", "kind", "parameters", "leaves",
                                       "returns", "return_mean", "episodes"])


def _distilled(record: RunRecord) -> tuple[list[dict[str, Any]], int | None]:
    """(the policies of RUN_DIR/interpretation/distilled.json, the episodes each was scored on);
    ([], None) where the run was not distilled or its file cannot be read."""
    try:
        summary = read_json(record.path / "interpretation" / "distilled.json")
        return summary["policies"], int(summary["method"]["eval_episodes"])
    except (StoreError, KeyError, TypeError, ValueError):  # None (not distilled) is a TypeError here
        return [], None
