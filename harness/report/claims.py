"""The seed papers' claims (envs/data/claims.csv) checked against an experiment: per claim and
task, both sides' values by seed, the effect with an interval valid at that n, and a verdict.
Numbers in a DataFrame, no markdown (markdown.py renders it).

The verdict rule (VERDICT_RULE, printed in the report):

- beats: the 95% interval of the difference of means (Welch's t; paired t where both sides come
  from the same runs) above 0: supported; below 0: contradicted; containing 0: inconclusive.
- matches: the margin is `margin` times the baseline's gain over the random policy here
  (|baseline mean - random|; |baseline mean| where the task has no random score), so that a
  short run's small returns get a small margin. The 90% interval (two one-sided tests at 5%)
  inside [-margin, +margin]: supported; wholly outside it: contradicted; otherwise inconclusive.
- at_most: the ratio subject / baseline at most `margin`: supported; above: contradicted (counts,
  no noise).
- fewer than 2 seeds on a side of a beats or matches claim: inconclusive.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from envs.reference import Claim, Normaliser
from envs.suites import task_family, task_names
from harness.report import aggregate
from harness.report.collect import Experiment, auc_matrix, interpretation_summary

VERDICT_RULE = (
    "**beats**: the 95% interval of the difference of means (Welch's t; the paired t where both "
    "sides are the same runs) above 0 is *supported*, below 0 *contradicted*, containing 0 "
    "*inconclusive*. **matches**: within a margin, a share (the claim's, e.g. 10%) of the "
    "baseline's gain over the random policy in this experiment; the 90% interval (two one-sided "
    "tests at 5%) inside the margin is *supported*, wholly outside it *contradicted*, otherwise "
    "*inconclusive*. **at most**: a ratio of counts, no noise: *supported* or *contradicted*. "
    "Fewer than 2 seeds on a side: *inconclusive*. A verdict holds for this experiment's budget; "
    "where the paper trained longer, it says so.")
CONFIDENCE = {"beats": 0.95, "matches": 0.90}
COLUMNS = ["claim", "task", "subject_values", "baseline_values", "effect", "low", "high",
           "confidence", "margin", "verdict", "seeds_needed", "budget_note"]


def metric_values(exp: Experiment, task: str, algo: str, metric: str) -> dict[int, float]:
    """{seed: value} of one metric over the finished runs of (task, algo); runs without the value
    (e.g. not interpreted) are left out."""
    runs = exp.runs(task, algo)
    if metric == "final_return":
        return {r.seed: float(r.final["return_mean"]) for r in runs}
    if metric == "auc":
        seeds = [r.seed for r in runs]
        values = auc_matrix(exp, algo, [task], seeds, {task: lambda x: x})[:, 0]
        return {s: float(v) for s, v in zip(seeds, values) if np.isfinite(v)}
    if metric == "parameters":
        counts = {r.seed: ((r.final or {}).get("param_counts") or r.config.get("param_counts") or {})
                  for r in runs}
        return {s: float(c["total"]) for s, c in counts.items() if c.get("total")}
    if metric.startswith("interpretation:"):
        key = metric.split(":", 1)[1]
        found = {r.seed: (interpretation_summary(r) or {}).get(key) for r in runs}
        return {s: float(v) for s, v in found.items() if v is not None}
    raise ValueError(f"unknown claim metric {metric!r}; valid: final_return, auc, parameters, "
                     "interpretation:KEY")


def covered_tasks(exp: Experiment, claim: Claim) -> list[str]:
    """The experiment's tasks of the claim's families."""
    return [t for t in exp.tasks if task_family(t) in claim.tasks]


def check(claim: Claim, subject: dict[int, float], baseline: dict[int, float],
          random: float | None) -> dict:
    """One claim on one task: the effect, its interval and the verdict (COLUMNS but claim/task).

    subject, baseline: {seed: value}; paired claims use the seeds both have. random: the
    random policy's return on the task (None where it was not measured)."""
    if claim.paired:
        seeds = sorted(set(subject) & set(baseline))
        subject, baseline = {s: subject[s] for s in seeds}, {s: baseline[s] for s in seeds}
    x, y = np.array(list(subject.values())), np.array(list(baseline.values()))
    row = {"subject_values": subject, "baseline_values": baseline, "low": math.nan,
           "high": math.nan, "confidence": None, "margin": None, "seeds_needed": None}
    if claim.test == "at_most":
        ratio = float(x.mean() / y.mean())
        return row | {"effect": ratio, "verdict": "supported" if ratio <= claim.margin else "contradicted"}
    confidence = CONFIDENCE[claim.test]
    diff, low, high = aggregate.difference_interval(x, y, confidence, claim.paired)
    row |= {"effect": diff, "low": low, "high": high, "confidence": confidence}
    if claim.test == "beats":
        bounds = [0.0]
        decided = "supported" if low > 0 else "contradicted" if high < 0 else None
    else:
        margin = claim.margin * abs(float(y.mean()) - (random or 0.0))
        bounds = [-margin, margin]
        row["margin"] = margin
        decided = ("supported" if -margin <= low and high <= margin else
                   "contradicted" if low > margin or high < -margin else None)
    n = min(len(x), len(y))
    if math.isnan(low):
        return row | {"verdict": f"inconclusive at n={n}"}
    row["seeds_needed"] = aggregate.seeds_to_decide(x, y, bounds, confidence, claim.paired) \
        if decided is None else None
    return row | {"verdict": decided or f"inconclusive at n={n}"}


def evaluate(exp: Experiment, claims: list[Claim],
             normalisers: Mapping[str, Normaliser | None]) -> pd.DataFrame:
    """Every claim on every task of the experiment it covers (COLUMNS), in claims order."""
    rows = []
    budget = exp.settings.get("budget")
    for claim in claims:
        for task in covered_tasks(exp, claim):
            subject = metric_values(exp, task, claim.subject, claim.subject_metric)
            baseline = metric_values(exp, task, claim.baseline, claim.baseline_metric)
            if not subject or not baseline:
                continue
            n = normalisers.get(task)
            row = check(claim, subject, baseline, n.random if n else None)
            note = "" if not (claim.budget and budget and budget < claim.budget) else \
                f"at {budget:,} steps; the paper's {claim.budget:,}"
            rows.append({"claim": claim.claim, "task": task, **row, "budget_note": note})
    return pd.DataFrame(rows, columns=COLUMNS)


def uncovered(exp: Experiment, claims: list[Claim], checked: pd.DataFrame,
              registered: Callable[[str], bool]) -> list[tuple[Claim, str, str | None]]:
    """(claim, what it lacks, the command that would cover it or None) for each claim that this
    experiment checks on no task. registered(name): whether the agent exists in this version.
    The command runs each family at the version this experiment runs it (so that its runs sit
    beside these: Hopper-v4 in a Hopper-v4 experiment), else at the current version."""
    done = set(checked["claim"])
    ours = {task_family(t): t for t in exp.tasks}
    out = []
    for claim in claims:
        if claim.claim in done:
            continue
        agents = list(dict.fromkeys([claim.subject, claim.baseline]))
        missing_agents = [a for a in agents if not registered(a)]
        tasks = [ours.get(f) or _current_task(f) for f in claim.tasks]
        known = [t for t in tasks if t]
        if missing_agents:
            lacks = [f"{', '.join(missing_agents)}, which this version does not register"]
        elif not covered_tasks(exp, claim):
            lacks = [f"a task of {', '.join(claim.tasks)}"]
        else:
            lacks = [f"finished runs of {' and '.join(agents)} (with the values the claim compares) "
                     f"on {', '.join(covered_tasks(exp, claim))}"]
        if len(known) < len(tasks):
            absent = [f for f, t in zip(claim.tasks, tasks) if not t]
            lacks.append(f"{', '.join(absent)}, in no suite of this version")
        command = None
        if not missing_agents and known:
            command = (f"python -m harness run --algos {','.join(agents)} --envs {','.join(known)} "
                       f"--seeds 5" + (f" --budget {claim.budget}" if claim.budget else ""))
        out.append((claim, "; ".join(lacks), command))
    return out


def _current_task(family: str) -> str | None:
    """The current version's task of a family (Hopper -> Hopper-v5); None if no suite has it."""
    same = [t for t in task_names() if task_family(t) == family]
    return next((t for t in same if t.endswith("-v5")), same[-1] if same else None)
