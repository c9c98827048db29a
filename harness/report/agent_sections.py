"""The report's sections 4-7: parameters, compute, the agents' own analyses, and interpretability
(return against size)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from envs.reference import parse_reference
from harness import registry
from harness.report import aggregate, counts, figures, summaries
from harness.report.collect import interpretation_summary, sized_policies
from harness.report.context import (
    SPREAD_TEXT,
    Context,
    agent_analysis,
    equal_to_mean,
    spread_of_mean,
)
from harness.report.summaries import SIZE_BUDGETS
from harness.report.tables import interval, mean_spread, norm, num, percent, table
from harness.textable import duration


def parameters(ctx: Context) -> str:
    """Each agent's parameters (report.counts), against those of the reference's algorithm."""
    exp = ctx.exp
    ref_algo = parse_reference(ctx.reference, ctx.published)[1]
    out = ["## 4. Parameters", "",
           "Parameters of the actor (critics and value functions are not counted): the trained "
           "policy's total, which includes the log-std heads that sampling uses; the deterministic "
           "policy's, the one every evaluation runs (without them, as the I(MoE) paper counts at "
           "test); and those one deterministic decision uses (SMoSE: the router and one expert). "
           f"Shares are of `{ref_algo}`'s (the reference's algorithm) same count, the SMoSE "
           "paper's \"99% fewer parameters\" checked on our own agents. Leaves: 1 for a policy "
           "that is one linear map.", ""]
    rows, sources = [], {}
    for task in exp.tasks:
        ref, ref_source = counts.parameter_counts(exp, task, ref_algo)
        sources.setdefault(ref_source, []).append(f"{ref_algo} on {task}")
        for algo in exp.algos:
            c, source = counts.parameter_counts(exp, task, algo)
            if c is None:
                rows.append([task, algo, *["n/a"] * 6])
                continue
            if algo != ref_algo:
                sources.setdefault(source, []).append(f"{algo} on {task}")
            det, det_active = c.get("deterministic"), c.get("deterministic_active")

            def share(key: str, c=c, ref=ref) -> str:
                return _ratio(c[key], ref[key]) if ref and ref.get(key) and c.get(key) else "n/a"
            rows.append([task, algo, f"{c['total']:,}", _count(det), _count(det_active),
                         share("total"), share("deterministic"),
                         "-" if c.get("leaves") is None else _count(c["leaves"])])
    out.append(table(["task", "agent", "trained total", "deterministic policy", "per decision",
                      f"total / {ref_algo}'s", f"deterministic / {ref_algo}'s", "leaves"], rows,
                     ["l", "l", "r", "r", "r", "r", "r", "r"]))
    notes = [f"{', '.join(which)}: {source}" for source, which in sources.items()
             if source != counts.RECORDED]
    if notes:
        out += ["", "Counts not recorded by the runs: " + "; ".join(notes) + "."]
    return "\n".join(out)


def _count(value: Any) -> str:
    return "n/a" if value is None else f"{int(value):,}"


def _ratio(count: int, reference: int) -> str:
    """"0.96% (99.04% fewer)" or "108% (8.03% more)": a share of SAC-L's parameters, never
    rounded to 100% fewer."""
    if count == reference:
        return "100% (the same)"
    if count > reference:
        return f"{percent(count / reference)} ({percent(count / reference - 1)} more)"
    fewer = 100 * (1 - count / reference)
    digits = 4 if fewer > 99 else 3  # 4 keeps "99.05% fewer" from rounding to 100%
    return f"{percent(count / reference)} ({fewer:.{digits}g}% fewer)"


def compute(ctx: Context) -> str:
    exp = ctx.exp
    out = ["## 5. Compute", "",
           "Per run, averaged over finished seeds (± the sample standard deviation over seeds): wall time (training, "
           "evaluations and the final evaluation), environment steps per second of training "
           "(evaluation time excluded), and the trained policy's inference time per action in "
           "the final evaluation. Seeds trained together as one seed batch share a process: "
           "their steps/s is each seed's, and the process made that times the seeds per "
           "process.", ""]
    measured = summaries.compute_table(exp).set_index(["task", "algo"])
    rows = []
    for task in exp.tasks:
        for algo in exp.algos:
            if (task, algo) not in measured.index:
                rows.append([task, algo, "0", "n/a", "n/a", "n/a", "n/a"])
                continue
            m = measured.loc[(task, algo)]
            rows.append([task, algo, str(m.seeds), ", ".join(map(str, m.seeds_per_process)),
                         mean_spread(m.wall_time_s, duration), mean_spread(m.steps_per_second),
                         mean_spread(m.inference_us_per_action)])
    out.append(table(["task", "algorithm", "seeds", "seeds per process", "wall time", "env steps/s",
                      "inference (µs/action)"], rows, ["l", "l", "r", "r", "r", "r", "r"]))
    return "\n".join(out)


def analyses(ctx: Context) -> str:
    """One part per agent with an analysis of its own (AgentSpec.analysis): its table, one row per
    finished run, and a link to each run's page."""
    exp = ctx.exp
    out = ["## 6. The agents' own analyses", ""]
    found = [(algo, agent_analysis(algo)) for algo in exp.algos]
    found = [(algo, a) for algo, a in found if a is not None]
    if not found:
        out.append("No agent of this experiment has an analysis of its own.")
        return "\n".join(out)
    for algo, analysis in found:
        runs = [r for r in exp.finished if r.algo == algo]
        out += [""] if out[-1] else []  # a blank line ends the previous agent's table
        out += [f"### {algo}: {analysis.title}" if analysis.title else f"### {algo}", ""]
        if not runs:
            out.append(f"No finished {algo} run.")
            continue
        out += [analysis.description, ""] if analysis.description else []
        rows, columns, summaries, missing = [], [], [], []
        for r in runs:
            summary = interpretation_summary(r)
            if summary is None:
                missing.append(f"{r.task}/{r.algo}/seed{r.seed}")
            else:
                summaries.append(summary)
            cells = analysis.report_row(summary, (r.final or {}).get("agent_info") or {})
            columns = columns or list(cells)
            page = copy_page(r.path / "interpretation", ctx.fig_dir / algo / r.task / f"seed{r.seed}")
            link = f"[page]({Path(os.path.relpath(page, ctx.fig_dir.parent)).as_posix()})" if page else ""
            rows.append([r.task, str(r.seed), *(_cell(cells.get(c)) for c in columns), link])
        out.append(table(["task", "seed", *columns, "interpretation"], rows,
                         ["l", "r", *["r"] * len(columns), "l"]))
        if note := analysis.report_note(summaries):
            out += ["", note]
        if missing:
            out += ["", f"Not analysed yet ({len(missing)} run(s), `python -m harness "
                        f"interpret {exp.root}/TASK/ALGO/seedK`): " + ", ".join(missing) + "."]
    return "\n".join(out)


def _cell(value: Any) -> str:
    if value is None:
        return "n/a"
    return num(value) if isinstance(value, float) else str(value)


PAGE_FILES = ("README.md", "*.png")  # what the page shows


def copy_page(source: Path, target: Path) -> Path | None:
    """A run's interpretation page, copied beside the report (its text and figures; the policy
    files and data stay in the run folder), so that the report's link works where the results
    are not published, e.g. a repository that ignores results/. The copy's README.md, or None."""
    if not (source / "README.md").exists():
        return None
    if target.exists():
        shutil.rmtree(target)  # a page made again replaces the old one whole
    for pattern in PAGE_FILES:
        for f in source.glob(pattern):
            (target / f.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target / f.relative_to(source))
    return target / "README.md"


def _derived(record: Any) -> list[dict[str, Any]]:
    """The policies the agent's own analysis derived from this run (none if it has no analysis)."""
    try:
        analysis = registry.get(record.algo).analysis
    except registry.RegistryError:
        return []
    return analysis.derived_policies(record.path / "interpretation") if analysis else []


def interpretability(ctx: Context) -> str:
    exp = ctx.exp
    out = ["## 7. Interpretability: return against size", ""]
    table_rows = sized_policies(exp, lambda task, algo: counts.parameter_counts(exp, task, algo)[0],
                                _derived)
    if not (table_rows["kind"] != "agent").any():
        out.append("No run was distilled (runs made with `--no-interpret`, or before distillation "
                   "existed: `python -m harness interpret RUN_DIR` distils one).")
        return "\n".join(out)
    out += ["At the end of each run the trained policy is distilled, by DAgger with VIPER's "
            "Q-weighting where the agent has a critic (harness/distillation.py), into regression "
            "trees of depths 1-8 and a linear policy; an agent's own analysis may add policies "
            "of its own (SMoSE: its router distilled into trees, acting with the bare linear "
            "experts). " + _episodes_text(table_rows) + " Size: a tree's tests (feature, "
            "threshold) and leaf values, a linear policy's weights, an agent's deterministic "
            "policy (section 4); leaves: a tree's, and 1 for an agent that is one linear map. "
            "Each distilled policy is a standalone Python file in its run's "
            "`interpretation/policies/`.", ""]
    points = {}
    for task in exp.tasks:
        here = table_rows[table_rows["task"] == task]
        means = here.groupby(["algo", "policy", "kind"], sort=False)[["parameters", "return_mean"]].mean()
        points[task] = [(algo, kind, float(size), float(ret))
                        for (algo, _, kind), (size, ret) in means.iterrows() if size and size > 0]
    points = {t: p for t, p in points.items() if p}
    ctx.figures.append(figures.size_and_return(points, exp.algos, ctx.fig_dir / "size_and_return.png",
                                                     ctx.palette))
    out += [ctx.figure("size_and_return.png", "return against policy size"), "",
            "### Best return under a size budget", "",
            "Per task and agent: the policy derived from that agent (itself, or one distilled from "
            "it) with the best mean return over seeds among those within the budget on every seed "
            "(a linear policy counts as one leaf), chosen on the first half of each run's scored "
            "episodes and its return given over the other half (where the runs kept per-episode "
            "returns; a cell marked * was chosen and scored on the same episodes): mean over "
            "seeds, " + SPREAD_TEXT + ", and which policy.", ""]
    best = summaries.budget_table(table_rows, exp.tasks, exp.algos)
    rows = []
    for (task, algo), cells in best.groupby(["task", "algo"], sort=False):
        offset = exp.algos.index(algo)  # each agent's bootstrap seed, as everywhere in the report
        rows.append([task, algo, *(_budget_cell(c, ctx, offset) for c in cells.itertuples())])
    out.append(table(["task", "agent", *(h for h, _ in SIZE_BUDGETS)], rows,
                     ["l", "l", *["r"] * len(SIZE_BUDGETS)]))
    out += ["", budget_aggregates(ctx, table_rows)]
    return "\n".join(out)


def _budget_cell(best: Any, ctx: Context, offset: int) -> str:
    """"mean[*] spread `policy` (n=...)" of one budget_table row; "none fits" without a policy."""
    if best.policy is None:
        return "none fits"
    spread = spread_of_mean(best.returns.to_numpy(), ctx, offset)
    return (f"{num(best.returns.mean())}{'' if best.apart else '*'}" + (f" {spread}" if spread else "")
            + f" `{best.policy}` (n={len(best.returns)})")


def _episodes_text(table_rows: pd.DataFrame) -> str:
    """How many episodes section 7's returns are over, and what that means for the agents' own."""
    distilled = table_rows[table_rows["kind"] != "agent"]
    counts = sorted({int(n) for n in distilled["episodes"].dropna()})
    if not counts:
        return "Each policy is evaluated on the fixed evaluation episodes."
    n = " or ".join(f"{c:,}" for c in counts)
    return (f"Every policy of a run, the agent's own included, is scored on the same {n} fixed "
            f"evaluation episodes: the first {n} of the final evaluation, so an agent's return here "
            "can differ from its return over all of them in section 1.")


def budget_aggregates(ctx: Context, table_rows: pd.DataFrame) -> str:
    """IQM and mean of the normalised best-under-budget returns across the aggregated tasks."""
    tasks = ctx.selection.tasks
    if not tasks:
        return "No task can be normalised (section 2): no aggregate across tasks."
    names = ["IQM", "mean"]
    best = summaries.budget_table(table_rows, tasks, ctx.exp.algos).set_index(["budget", "algo", "task"])
    rows, most_runs = [], 0
    for heading, _ in SIZE_BUDGETS:
        scores = {}
        for algo in ctx.exp.algos:
            per_task = [best.loc[(heading, algo, t), "returns"] if (heading, algo, t) in best.index else None
                        for t in tasks]
            if any(b is None for b in per_task):
                continue
            seeds = sorted(set.intersection(*(set(b.index) for b in per_task)))
            if seeds:
                scores[algo] = np.column_stack([ctx.normalisers[t](b.loc[seeds].to_numpy())
                                                for t, b in zip(tasks, per_task)])
        if not scores:
            continue
        points, cis = aggregate.interval_estimates(
            scores, lambda s: np.array([aggregate.iqm(s), float(np.mean(s))]), ctx.reps, ctx.seed)
        for algo in scores:
            rows.append([heading, algo, f"{scores[algo].shape[0]} x {len(tasks)}",
                         *(points[algo], cis[algo])])
        most_runs = max([most_runs] + [s.shape[0] for s in scores.values()])
    same, why = equal_to_mean(len(tasks), most_runs, median=False)
    shown = [k for k, name in enumerate(names) if name not in same]
    rows = [[*row[:3], *(f"{norm(row[3][k])} {interval(row[4][:, k], norm)}" for k in shown)]
            for row in rows]
    return "\n".join([f"Normalised (section 2) and aggregated over {len(tasks)} task(s) ({', '.join(tasks)}): "
                      "the best-under-budget policy of each task, IQM and mean over runs x tasks with 95% "
                      "stratified-bootstrap intervals." + why, "",
                      table(["budget", "agent", "runs x tasks", *(names[k] for k in shown)], rows,
                            ["l", "l", "r", *["r"] * len(shown)])])
