"""The report's sections 1-3: final returns (with the test episodes and the published figures),
the aggregates across tasks, and the figures."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from envs.suites import task_family
from harness.report import aggregate, figures, summaries
from harness.report.collect import auc_matrix, curves, score_matrix, unfinished_curves
from harness.report.context import (
    FEW_SEEDS,
    SPREAD_TEXT,
    Context,
    equal_to_mean,
    fmt_opt,
    published_as,
    spread_of_mean,
)
from harness.report.tables import (
    escape,
    final_return_cell,
    interval,
    mean_spread,
    norm,
    num,
    percent,
    table,
)

PROFILE_TAUS = np.linspace(-0.25, 1.5, 71)


def final_returns(ctx: Context) -> str:
    exp = ctx.exp
    out = ["## 1. Final returns", "",
           "Each run's final return is the mean over its final evaluation's episodes. Cells: "
           "mean ± standard deviation over seeds (the sample's, n - 1); below it, " + SPREAD_TEXT
           + "; and n, the number of finished seeds. **Bold**: the best mean of the task. "
           "The figure shows every seed as a dot beside its agent's mean.", ""]
    rows = []
    for task in exp.tasks:
        values = {a: exp.final_returns(task, a) for a in exp.algos}
        means = {a: v.mean() for a, v in values.items() if len(v)}
        best = max(means, key=means.get) if means else None
        cells = []
        for i, a in enumerate(exp.algos):
            v = values[a]
            cells.append(final_return_cell(v, spread_of_mean(v, ctx, i), a == best))
        rows.append([task] + cells)
    out.append(table(["task"] + exp.algos, rows))
    ctx.figures.append(figures.seeds_and_means(
        {t: {a: exp.final_returns(t, a) for a in exp.algos} for t in exp.tasks}, ctx.palette,
        ctx.fig_dir / "final_returns.png"))
    out += ["", ctx.figure("final_returns.png", "final return of every seed beside its mean")]
    out += ["", test_episodes(ctx), "", published_beside(ctx)]
    return "\n".join(out)


def test_episodes(ctx: Context) -> str:
    """I(MoE)-SAC's test table (summaries.episode_table), rendered."""
    frame = summaries.episode_table(ctx.exp)
    episodes = ctx.exp.settings.get("final_eval_episodes")
    rows = [[r.task, r.algo, f"{r.row} (n={r.n})" if pd.isna(r.seed) else f"{r.row} (seed {int(r.seed)})",
             *(num(getattr(r, c)) for c in ("mean", "std", "min", "max")),
             fmt_opt(None if pd.isna(r.success) else r.success, percent),
             fmt_opt(None if pd.isna(r.length) else r.length, num)]
            for r in frame.itertuples()]
    return "\n".join([
        "### The test episodes", "",
        f"As I(MoE)-SAC's table: over each run's final evaluation ({episodes} episodes, the same "
        "reset seeds for every run), the return's mean, standard deviation over the episodes, min "
        "and max, the share of episodes that reach the time limit without falling (success; n/a "
        "where the task has no such notion) and the mean episode length, which tells a policy that "
        "stands still from one that moves. The seeds' mean averages each column over the finished "
        "seeds, as that table averages its policies; the best seed is the one with the highest "
        "mean return, picked on these same episodes (an optimistic figure). An agent that can act "
        "in other ways than its default (the header's evaluation action) has a row for each, "
        "scored on the same episodes (PMOE: the primitive drawn from the routing weights, the "
        "highest-weight one, the weighted mean of the means).", "",
        table(["task", "agent", "policy", "mean", "std", "min", "max", "success", "length"], rows,
              ["l", "l", "l", "r", "r", "r", "r", "r", "r"])])


def published_beside(ctx: Context) -> str:
    exp, pub = ctx.exp, ctx.published
    out = ["### Published figures beside ours", "",
           "Published by others, under their own budgets, environment versions and protocols "
           "(named on each row): shown for comparison only, never part of this report's "
           "aggregates. Ours: this experiment's mean ± the sample standard deviation over seeds.", ""]
    rows, shown_budgets = [], []
    for task in exp.tasks:
        fam = pub[pub["env"] == task_family(task)]
        for algo in exp.algos:
            names = published_as(algo)
            matches = fam[fam["algo"].isin(names)]
            if matches.empty:
                continue
            shown_budgets += list(matches["steps"])
            v = exp.final_returns(task, algo)
            ours = f"{mean_spread(v)} (n={len(v)})" if len(v) else "no finished run"
            for i, row in enumerate(matches.itertuples()):
                rows.append([task if i == 0 else "", algo if i == 0 else "", ours if i == 0 else "",
                             _published_value(row), row.algo, f"{row.env}-{row.env_version}",
                             _budget(row.steps), row.source, escape(row.protocol)])
    note = budget_note(exp.settings.get("budget"), shown_budgets)
    if rows and note:
        out += [note, ""]
    if rows:
        out.append(table(["task", "algorithm", "ours", "published", "as", "env", "budget",
                          "source", "protocol"], rows, ["l", "l", "r", "r", "l", "l", "r", "l", "l"]))
    else:
        out.append("No published figure for these algorithms on these tasks.")
    families = list(dict.fromkeys(task_family(t) for t in exp.tasks))
    every = pub[pub["env"].isin(families)]
    if not every.empty:
        rows = [[f"{r.env}-{r.env_version}", r.algo, _published_value(r), _budget(r.steps),
                 r.source, escape(r.protocol)] for r in every.itertuples()]
        out += ["", "<details><summary>Every published figure for these tasks "
                f"({len(rows)})</summary>", "",
                table(["env", "algorithm", "return", "budget", "source", "protocol"], rows,
                      ["l", "l", "r", "r", "l", "l"]), "", "</details>"]
    used = sorted(set(every["source"]))
    if used:
        src = ctx.sources[ctx.sources["source"].isin(used)]
        rows = [[r.source, escape(r.title), escape(r.where), escape(r.budget), r.env_version,
                 escape(r.protocol)] for r in src.itertuples()]
        out += ["", "Sources (envs/data/published_sources.csv):", "",
                table(["source", "title", "where", "budget", "env", "protocol"], rows,
                      ["l"] * 6)]
    return "\n".join(out)


def budget_note(budget: int | None, published_steps: list[float]) -> str | None:
    """A plain sentence when this experiment trained for fewer steps than the figures beside it."""
    steps = sorted({int(x) for x in published_steps if not pd.isna(x)})
    if not budget or not steps or budget >= steps[0]:
        return None
    behind = (f"{percent(budget / steps[0])} of the {steps[0]:,}" if len(steps) == 1 else
              f"fewer than the {steps[0]:,} to {steps[-1]:,}")
    return (f"**Budgets differ.** These runs trained for {budget:,} environment steps each, "
            f"{behind} behind the published figures: those show where longer training leads, "
            "not a score these runs should reach.")


def _published_value(row: Any) -> str:
    value = num(row.return_mean)
    if not pd.isna(row.return_std):
        value += f" ± {num(row.return_std)}"
    if not pd.isna(row.runs):
        value += f" ({int(row.runs)} run{'s' if row.runs != 1 else ''})"
    return value


def _budget(steps: Any) -> str:
    return "not published" if pd.isna(steps) else f"{int(steps):,}"


def normalised_score_dict(ctx: Context, tasks: list[str] | None = None) -> dict[str, np.ndarray]:
    """{algo: (n_seeds x n_tasks)} normalised final returns of the aggregate selection."""
    sel = ctx.selection
    tasks = sel.tasks if tasks is None else tasks
    out = {}
    for algo in sel.algos:
        raw = score_matrix(ctx.exp, algo, tasks, sel.seeds[algo])
        out[algo] = np.column_stack([ctx.normalisers[t](raw[:, j]) for j, t in enumerate(tasks)]) \
            if tasks else raw
    return out


def aggregates(ctx: Context) -> str:
    exp, sel = ctx.exp, ctx.selection
    out = ["## 2. Aggregates across tasks", "",
           "Normalised score = (return - random) / (reference - random), per task: 0 is the "
           "uniform-random policy's return, measured by the harness (`python -m harness "
           f"random-scores`, envs/data/random_scores.csv), and 1 is the reference, "
           f"`{ctx.reference}` unless the row says otherwise. rliable does no normalisation; "
           "the raw returns are in section 1 and beside the normalised ones below.", ""]
    rows = []
    for task in exp.tasks:
        n = ctx.normalisers.get(task)
        rnd = ctx.random_scores.get(task)
        rnd_text = f"{num(rnd.return_mean)} ± {num(rnd.return_std)} ({rnd.episodes} ep.)" \
            if rnd else "not measured"
        ref_text = f"{num(n.reference)}: {escape(n.reference_name)}" if n else "none"
        used = "yes" if task in sel.tasks else escape(ctx.reasons.get(task) or "no (see below)")
        rows.append([task, rnd_text, ref_text, used])
    out.append(table(["task", "random policy", "reference (1.0)", "in the aggregates"], rows,
                     ["l", "r", "l", "l"]))
    if sel.left_out:
        out += ["", "Left out of the normalised aggregates (shown in raw scores in section 1):", ""]
        out += [f"- {escape(line)}" for line in sel.left_out]
    scores = normalised_score_dict(ctx)
    if not sel.tasks or not scores:
        out += ["", "No task can be aggregated (see above): no normalised aggregates."]
        return "\n".join(out)

    points, cis = aggregate.interval_estimates(scores, reps=ctx.reps, seed=ctx.seed)
    same, why = equal_to_mean(len(sel.tasks), max(len(s) for s in sel.seeds.values()))
    shown = [k for k, name in enumerate(aggregate.METRIC_NAMES) if name not in same]
    names = [aggregate.METRIC_NAMES[k] for k in shown]
    rows = []
    for algo in sel.algos:
        rows.append([algo, f"{len(sel.seeds[algo])} x {len(sel.tasks)}"]
                    + [f"{norm(points[algo][k])} {interval(cis[algo][:, k], norm)}" for k in shown])
    out += ["", f"Aggregates over {len(sel.tasks)} task(s) ({', '.join(sel.tasks)}), point "
                "estimate and 95% stratified-bootstrap interval. Higher is better, except the "
                "optimality gap (the mean shortfall below 1, the reference)." + why, "",
            table(["algorithm", "runs x tasks", *names], rows),
            "", ctx.figure("aggregates.png", "aggregate interval estimates")]
    ctx.figures.append(figures.interval_estimates(
        {a: p[shown] for a, p in points.items()}, {a: c[:, shown] for a, c in cis.items()}, names,
        sel.algos, ctx.fig_dir / "aggregates.png", palette=ctx.palette))

    rows = []
    for j, task in enumerate(sel.tasks):
        cells = []
        for algo in sel.algos:
            raw = score_matrix(exp, algo, [task], sel.seeds[algo])[:, 0]
            cells.append(f"{norm(scores[algo][:, j].mean())} ({num(raw.mean())})")
        rows.append([task] + cells)
    out += ["", "Per task: mean normalised score over the aggregated seeds (raw mean return).", "",
            table(["task"] + sel.algos, rows), "", area_under_curves(ctx)]
    return "\n".join(out)


def area_under_curves(ctx: Context) -> str:
    """The normalised AUC of each run, aggregated like the final scores."""
    sel = ctx.selection
    scores = {algo: auc_matrix(ctx.exp, algo, sel.tasks, sel.seeds[algo], ctx.normalisers) for algo in sel.algos}
    scores = {a: s for a, s in scores.items() if s.size and np.isfinite(s).all()}
    same, why = equal_to_mean(len(sel.tasks), max(s.shape[0] for s in scores.values()),
                              median=False) if scores else (set(), "")
    out = ["### Area under the learning curve", "",
           "Each run's normalised AUC is the mean of its normalised evaluation returns over the "
           "evaluations made during training (every `eval_interval` steps, the last at the budget). "
           "Where the final score says where a run ends, the AUC says how fast it got there: two "
           "agents that end at the same score differ in AUC by how early they reached it, and an "
           "AUC of 1 would mean the reference's score from the first evaluation on. Aggregated like "
           "the final scores: IQM and mean over runs x tasks, 95% stratified-bootstrap intervals."
           + why, ""]
    if not scores:
        return "\n".join(out + ["No learning curve to measure."])
    points, cis = aggregate.interval_estimates(
        scores, lambda s: np.array([aggregate.iqm(s), float(np.mean(s))]), ctx.reps, ctx.seed)
    shown = [k for k, name in enumerate(["IQM", "mean"]) if name not in same]
    rows = [[algo, f"{s.shape[0]} x {s.shape[1]}",
             *(f"{norm(points[algo][k])} {interval(cis[algo][:, k], norm)}" for k in shown)]
            for algo, s in scores.items()]
    out.append(table(["algorithm", "runs x tasks", *(["AUC IQM", "AUC mean"][k] for k in shown)], rows))
    return "\n".join(out)


def figure_section(ctx: Context) -> str:
    exp, sel = ctx.exp, ctx.selection
    out = ["## 3. Figures", "", "### Learning curves", "",
           "Mean evaluation return over seeds during training (deterministic policy, fixed "
           "evaluation seeds), with its 95% bootstrap band over seeds, and each seed's own curve "
           f"as a thin line where an agent has fewer than {FEW_SEEDS} (a band over so few seeds is "
           "their spread, not an interval); raw returns.", ""]
    panels: dict[str, dict[str, tuple]] = {}
    partial: dict[str, dict[str, list]] = {}
    for task in exp.tasks:
        for i, algo in enumerate(exp.algos):
            if runs := unfinished_curves(exp, task, algo):
                partial.setdefault(task, {})[algo] = runs
            steps, values = curves(exp, task, algo)
            if len(steps) == 0:
                continue
            mean, band = aggregate.curve_bands(values, ctx.reps, ctx.seed + i)
            panels.setdefault(task, {})[algo] = (steps, mean, band, values if len(values) < FEW_SEEDS else None)
    if partial:
        n = sum(len(runs) for per_algo in partial.values() for runs in per_algo.values())
        out += [f"Dashed: the evaluations so far of the {n} unfinished run(s), each seed alone "
                "(still training, or interrupted); they are in no table or aggregate.", ""]
    if panels or partial:
        ctx.figures.append(figures.learning_curves(panels, exp.algos, ctx.fig_dir / "learning_curves.png", palette=ctx.palette,
                                                   unfinished=partial))
        out.append(ctx.figure("learning_curves.png", "learning curves"))
    else:
        out.append("No learning curve recorded.")

    scores = normalised_score_dict(ctx)
    if not sel.tasks or not scores:
        out += ["", "No normalised scores (section 2): no performance profiles, probability of "
                    "improvement or sample-efficiency curve."]
        return "\n".join(out)

    profiles, bands = aggregate.performance_profiles(scores, PROFILE_TAUS, ctx.reps, ctx.seed)
    ctx.figures.append(figures.performance_profiles(PROFILE_TAUS, profiles, bands, sel.algos,
                                                    ctx.fig_dir / "performance_profiles.png", ctx.palette))
    out += ["", "### Performance profiles", "",
            "The fraction of runs (over all aggregated tasks) whose normalised score exceeds "
            "tau, with 95% bootstrap bands; a curve above another dominates it.", "",
            ctx.figure("performance_profiles.png", "performance profiles")]

    out += ["", probability_section(ctx, scores)]
    out += ["", sample_efficiency_section(ctx)]
    return "\n".join(out)


def probability_section(ctx: Context, scores: dict[str, np.ndarray]) -> str:
    algos = ctx.selection.algos
    out = ["### Probability of improvement", ""]
    if ctx.baseline is not None and ctx.baseline not in algos:
        out.append(f"The baseline `{ctx.baseline}` has no aggregated runs in this experiment: "
                   "no probability of improvement over it.")
        return "\n".join(out)
    pairs = aggregate.improvement_pairs(algos, ctx.baseline)
    if not pairs:
        out.append("Only one algorithm aggregated: no probability of improvement.")
        return "\n".join(out)
    points, cis = aggregate.probability_of_improvement(scores, pairs, ctx.reps, ctx.seed)
    ctx.figures.append(figures.probability_of_improvement(
        points, cis, algos, ctx.fig_dir / "probability_of_improvement.png", ctx.palette))
    against = f"over the baseline `{ctx.baseline}`" if ctx.baseline else \
        "for every pair (P(Y > X) = 1 - P(X > Y))"
    rows = [[f"P({x} > {y})", f"{points[(x, y)]:.2f}", interval(cis[(x, y)], norm),
             _degenerate_text(points[(x, y)], scores[x], scores[y])] for x, y in pairs]
    out += [f"P(X > Y), {against}: the probability that a run of X beats a run of Y on a task "
            "drawn at random from the aggregated ones (Mann-Whitney, averaged over tasks), with "
            "95% bootstrap intervals. Above 0.5: X tends to do better. Where no run of one "
            "beats any run of the other, P sits at 0 or 1 and its bootstrap interval collapses "
            "onto it, however small the gap: the note gives the exact Mann-Whitney p-value, the "
            "evidence such a split is at this number of runs.", "",
            table(["", "P", "95% interval", "note"], rows, ["l", "r", "r", "l"]), "",
            ctx.figure("probability_of_improvement.png", "probability of improvement")]
    return "\n".join(out)


def _degenerate_text(p: float, x: np.ndarray, y: np.ndarray) -> str:
    """The flag of a probability of improvement at its bound (0 or 1): runs that do not overlap.
    x, y: (n_runs x n_tasks) scores of the two algorithms."""
    if 0 < p < 1:
        return ""
    if x.shape[1] == 1:
        high, low = (x, y) if p == 1 else (y, x)
        return (f"degenerate: {x.shape[0]} runs against {y.shape[0]} do not overlap; exact one-sided "
                f"Mann-Whitney p = {aggregate.exact_mann_whitney_p(high[:, 0], low[:, 0]):.3g}")
    least = 1 / math.comb(x.shape[0] + y.shape[0], x.shape[0])
    return (f"degenerate: the runs do not overlap on any task; the exact one-sided Mann-Whitney p "
            f"of each task is at least {least:.3g}")


def sample_efficiency_section(ctx: Context) -> str:
    sel, exp = ctx.selection, ctx.exp
    out = ["### Sample efficiency", ""]
    data: dict[str, np.ndarray] = {}
    common: set[int] | None = None
    per_algo: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    for algo in sel.algos:
        per_algo[algo] = [curves(exp, t, algo, sel.seeds[algo]) for t in sel.tasks]
        for steps, values in per_algo[algo]:
            if values.shape[0] != len(sel.seeds[algo]):
                out.append(f"Some curves of {algo} are missing: no sample-efficiency curve.")
                return "\n".join(out)
            common = set(steps.tolist()) if common is None else common & set(steps.tolist())
    steps = np.array(sorted(common or []))
    if len(steps) == 0:
        out.append("The runs share no evaluation step: no sample-efficiency curve.")
        return "\n".join(out)
    for algo, per_task in per_algo.items():
        cube = np.stack([ctx.normalisers[t](v[:, np.isin(s, steps)])
                         for t, (s, v) in zip(sel.tasks, per_task)], axis=1)
        data[algo] = cube  # (n_runs x n_tasks x n_steps)
    points, bands = aggregate.iqm_over_steps(data, ctx.reps, ctx.seed)
    ctx.figures.append(figures.sample_efficiency(steps, points, bands, sel.algos,
                                                 ctx.fig_dir / "sample_efficiency.png", ctx.palette))
    out += ["IQM of the normalised evaluation returns across runs and aggregated tasks at each "
            "evaluation step, with 95% stratified-bootstrap bands.", "",
            ctx.figure("sample_efficiency.png", "sample efficiency: IQM over steps")]
    return "\n".join(out)
