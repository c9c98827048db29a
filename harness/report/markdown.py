"""The report document: one section per function, each returning markdown.

Sections read the experiment (harness.report.collect), ask harness.report.aggregate for the
numbers, format them with harness.report.tables and draw with harness.report.figures.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from envs.reference import (
    DEFAULT_REFERENCE,
    Claim,
    Normaliser,
    RandomScore,
    load_claims,
    parse_reference,
)
from envs.suites import task_family
from harness import registry
from harness.report import aggregate, claims, counts, figures, summaries
from harness.report.collect import (
    Experiment,
    Selection,
    auc_matrix,
    curves,
    interpretation_summary,
    score_matrix,
    sized_policies,
    unfinished_curves,
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
from harness.textable import duration

PROFILE_TAUS = np.linspace(-0.25, 1.5, 71)


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
    values = np.asarray(values, dtype=float)
    if len(values) < 2:
        return ""
    if len(values) < FEW_SEEDS:
        return f"range {interval((values.min(), values.max()))}"
    return f"95% CI {interval(aggregate.mean_interval(values, ctx.reps, ctx.seed + offset))}"


def _distinct(values: list[Any]) -> list[Any]:
    out = []
    for v in values:
        if v is not None and v not in out:
            out.append(v)
    return out


# --- the header ----------------------------------------------------------------------------------
def _commits_text(records: list[Any]) -> str:
    """The commit the runs were made at; where there were several, which runs each one made
    (a resumed run counts at the commit it resumed at, which is the one its record names)."""
    made = {(r.task, r.algo, r.seed): (r.config or {}).get("git_commit") for r in records}
    made = {run: commit for run, commit in made.items() if commit}
    commits = _distinct(list(made.values()))
    resumed = _resumed_text(records)
    if len(commits) <= 1:
        return (f"`{commits[0][:12]}`" if commits else "not recorded") + resumed
    one_task = len({task for task, _, _ in made}) == 1

    def runs_of(commit: str, task: str | None, algo: str) -> tuple[list[int], bool]:
        """The seeds of `algo` (on `task`, or any) made at `commit`, and whether that is all."""
        runs = [(t, s) for (t, a, s), c in made.items() if a == algo and task in (None, t)
                and c == commit]
        every = [(t, s) for (t, a, s) in made if a == algo and task in (None, t)]
        return sorted({s for _, s in runs}), len(runs) == len(every)

    lines = []
    for commit in commits:
        parts = []
        for algo in _distinct([a for (_, a, _), c in made.items() if c == commit]):
            if runs_of(commit, None, algo)[1]:
                parts.append(algo)
                continue
            for task in _distinct([t for (t, a, _), c in made.items() if a == algo and c == commit]):
                seeds, whole = runs_of(commit, task, algo)
                where = "" if one_task else f" on {task}"
                which = "" if whole else f" (seed{'s' * (len(seeds) > 1)} {', '.join(map(str, seeds))})"
                parts.append(f"{algo}{where}{which}")
        lines.append(f"`{commit[:12]}`: {', '.join(parts)}")
    return "<br>".join(lines) + resumed


def _resumed_text(records: list[Any]) -> str:
    """Which runs resumed from a checkpoint, and from which step: the steps before it were trained
    by whatever version wrote the checkpoint, not necessarily the commit the run names."""
    seeds: dict[tuple[str, str, int], list[int]] = {}
    for r in records:
        step = (r.config or {}).get("resumed_from_step")
        if step:
            seeds.setdefault((r.algo, r.task, int(step)), []).append(r.seed)
    if not seeds:
        return ""
    one_task = len({r.task for r in records}) == 1
    parts = [f"{algo}{'' if one_task else f' on {task}'} (seed{'s' * (len(s) > 1)} "
             f"{', '.join(map(str, sorted(s)))}) from step {step:,}" for (algo, task, step), s in seeds.items()]
    return ("<br>resumed from a checkpoint, the steps before it trained by the version that wrote "
            "it: " + "; ".join(parts))


def header(ctx: Context) -> str:
    exp = ctx.exp
    s = exp.settings
    counts = Counter(r.status for r in exp.records)
    seeds_per = Counter((r.task, r.algo) for r in exp.records)
    n_seeds = sorted(set(seeds_per.values()))
    configs = [r.config for r in exp.records if r.config]
    machines = _distinct([_machine_text(c.get("machine")) for c in configs])
    versions = _distinct([_versions_text(c.get("versions")) for c in configs])
    rows = [
        ["experiment folder", f"`{exp.root}`"],
        ["algorithms", ", ".join(exp.algos)],
        ["tasks", ", ".join(exp.tasks)],
        ["seeds", f"{', '.join(map(str, exp.seeds))} "
                  f"({' or '.join(map(str, n_seeds))} per algorithm and task)"],
        ["budget", f"{s['budget']:,} environment steps per run" if "budget" in s else "n/a"],
        ["evaluation", (f"every {s.get('eval_interval', 0):,} steps: {s.get('eval_episodes')} "
                        f"deterministic episodes; final: {s.get('final_eval_episodes')} episodes, "
                        "the same fixed reset seeds for every run") if s else "n/a"],
        ["runs", f"{len(exp.records)} planned: {counts['finished']} finished, "
                 f"{counts['failed']} failed, "
                 + (f"{counts['unfinished']} unfinished, " if counts["unfinished"] else "")
                 + f"{counts['missing']} missing"],
        ["machine", "<br>".join(map(escape, machines)) or "not recorded"],
        ["versions", "<br>".join(map(escape, versions)) or "not recorded"],
        ["commit", _commits_text(exp.records)],
        ["normalisation", f"(score - random) / (reference - random); reference `{ctx.reference}`"],
        ["intervals", f"95% percentile intervals, rliable stratified bootstrap over runs, "
                      f"{ctx.reps} resamples, seed {ctx.seed}" + _few_seeds_text(n_seeds)],
    ]
    modes = evaluation_modes(exp.records)
    if modes:
        rows.insert(6, ["evaluation action", "; ".join(modes)])
    if s.get("hparams"):
        rows.append(["hyper-parameter overrides", escape(str(s["hparams"]))])
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"# smose-bench report: {exp.name}\n\n"
            f"Built from the results store alone (no retraining) by `python -m harness report "
            f"{exp.root}` on {when}.\n\n" + table(["", ""], rows, ["l", "l"]))


def _few_seeds_text(seeds_per_cell: list[int]) -> str:
    """The caveat of bootstrap intervals over a handful of seeds (none from 5 on)."""
    few = min(seeds_per_cell, default=0)
    if not 1 < few < 5:
        return ""
    return (f"; with {few} seeds, a task's cells give the seeds' range, not a bootstrap interval "
            "(one would lie within that range and hold the true mean far less often than 95%); "
            "the claims use t intervals, valid at any n for normal values; the aggregates' "
            "bootstrap intervals over so few runs are too narrow for the same reason: read them as "
            "the spread of these runs")


# How an agent with a choice of deterministic action acted in its evaluations (a config field).
EVALUATION_MODES = {
    "eval_primitive": {"argmax": "the highest-weight primitive's mean action",
                       "sample": "the mean action of a primitive drawn from the routing weights"},
    "eval_gate": {"gated": "tanh(p_top * mean of the chosen expert), as trained",
                  "bare": "the chosen expert's mean without the gate, clipped (piecewise linear)"},
}


def evaluation_modes(records: list) -> list[str]:
    """'algo: mode (what it means)' for every algorithm whose runs record an evaluation mode."""
    found: dict[str, set[str]] = {}
    for r in records:
        hparams = (r.config or {}).get("hparams", {})
        for key, meanings in EVALUATION_MODES.items():
            if key in hparams:
                found.setdefault(r.algo, set()).add(f"{key}={hparams[key]} ({meanings.get(hparams[key], '')})")
    for algo in _distinct([r.algo for r in records if r.algo not in found]):
        keys = [k for k in EVALUATION_MODES if k in _option_names(algo)]
        if keys:  # the agent has the option now; its runs were made before it was recorded
            found[algo] = {f"{k} not recorded" for k in keys}
    return [f"{algo}: {', '.join(sorted(modes))}" for algo, modes in found.items()]


def _option_names(algo: str) -> set[str]:
    """The hyper-parameters `algo` has in this version (none for a name it no longer registers)."""
    try:
        return set(registry.get(algo).hparam_names())
    except registry.RegistryError:
        return set()


def _machine_text(m: dict | None) -> str | None:
    if not m:
        return None
    return f"{m.get('node', '?')}: {m.get('processor', '?')}, {m.get('cpus', '?')} CPUs, " \
           f"{m.get('platform', '?')}"


def _versions_text(v: dict | None) -> str | None:
    return ", ".join(f"{k} {val}" for k, val in v.items()) if v else None


def contents(ctx: Context) -> str:
    names = ["The papers' claims", "Runs not finished", "1. Final returns", "2. Aggregates across tasks",
             "3. Figures", "4. Parameters", "5. Compute", "6. The agents' own analyses",
             "7. Interpretability: return against size"]
    anchors = ["the-papers-claims", "runs-not-finished", "1-final-returns", "2-aggregates-across-tasks", "3-figures",
               "4-parameters", "5-compute", "6-the-agents-own-analyses",
               "7-interpretability-return-against-size"]
    return "**Contents:** " + " · ".join(f"[{n}](#{a})" for n, a in zip(names, anchors))


# --- the papers' claims ---------------------------------------------------------------------------
def claims_section(ctx: Context, claim_list: list[Claim] | None = None) -> str:
    """The seed papers' claims this experiment checks, each with a verdict, and those it does not."""
    claim_list = load_claims() if claim_list is None else claim_list
    by_name = {c.claim: c for c in claim_list}
    checked = claims.evaluate(ctx.exp, claim_list, ctx.normalisers)
    out = ["## The papers' claims", ""]
    if checked.empty:
        out.append("This experiment checks none of the seed papers' claims (envs/data/claims.csv).")
    else:
        decisive = int(checked["verdict"].isin(["supported", "contradicted"]).sum())
        out += ["What this experiment says about each claim of the seed papers it covers "
                "(envs/data/claims.csv), per task. Seeds: each finished seed's value, by seed. "
                "Effect: the subject's mean minus the baseline's (a ratio for counts), with its "
                "interval. Rule: " + claims.VERDICT_RULE, "",
                table(["claim", "task", "subject by seed", "baseline by seed", "effect [interval]",
                       "verdict", "seeds to decide"],
                      [_claim_row(by_name[r.claim], r) for r in checked.itertuples()],
                      ["l", "l", "l", "l", "l", "l", "r"]), "",
                f"{len(checked)} verdicts, {decisive} decisive. Each interval is tested at its own "
                "level, with no correction for multiplicity: where no true effect exists, about one "
                "interval in twenty excludes it by chance. Seeds to decide: how many seeds per agent "
                "the observed means and spreads would need for the interval to decide the claim "
                "(empty where it is decided)."]
    missing = claims.uncovered(ctx.exp, claim_list, checked, _registered)
    if missing:
        rows = [[f"{escape(c.statement)} ({escape(c.paper)}, {escape(c.where)})", escape(lacks),
                 f"`{cmd}`" if cmd else "none in this version"] for c, lacks, cmd in missing]
        out += ["", "Not covered by this experiment:", "",
                table(["claim", "needs", "command that would cover it"], rows, ["l", "l", "l"])]
    return "\n".join(out)


def _claim_row(claim: Claim, r: Any) -> list[str]:
    fmt = (lambda v: f"{v:,.0f}") if claim.test == "at_most" else num
    sides = [f"{claim.subject}" + _metric_name(claim.subject_metric, claim),
             f"{claim.baseline}" + _metric_name(claim.baseline_metric, claim)]
    values = [f"{sides[0]}: " + ", ".join(fmt(v) for v in r.subject_values.values()),
              f"{sides[1]}: " + ", ".join(fmt(v) for v in r.baseline_values.values())]
    if claim.test == "at_most":
        effect = f"ratio {percent(r.effect)} (at most {percent(claim.margin)})"
    elif math.isnan(r.low):
        effect = f"{num(r.effect)} (no interval below 2 seeds a side)"
    else:
        name = "paired t" if claim.paired else "Welch"
        effect = f"{num(r.effect)} {interval((r.low, r.high))} ({r.confidence:.0%} {name})"
        if not pd.isna(r.margin):
            effect += f"; margin ±{num(r.margin)}"
    verdict = f"**{r.verdict}**" + (f" ({r.budget_note})" if r.budget_note else "")
    if r.seeds_needed is not None and not pd.isna(r.seeds_needed):
        needed = str(int(r.seeds_needed))
    else:  # decided, or no interval yet, or beyond what seeds_to_decide searches
        needed = "> 200" if r.verdict.startswith("inconclusive") and not math.isnan(r.low) else ""
    return [f"{escape(claim.statement)}<br>{escape(claim.paper)}, {escape(claim.where)}", r.task,
            values[0], values[1], effect, verdict, needed]


def _metric_name(metric: str, claim: Claim) -> str:
    """" (trees)" for interpretation:return_trees, "" for the claim's plain metric."""
    if claim.subject_metric == claim.baseline_metric:
        return ""
    return f" ({metric.split(':', 1)[-1].removeprefix('return_')})"


def _registered(name: str) -> bool:
    try:
        registry.get(name)
        return True
    except registry.RegistryError:
        return False


# --- failed and missing runs ---------------------------------------------------------------------
def not_finished(ctx: Context) -> str:
    runs = ctx.exp.not_finished
    out = ["## Runs not finished", ""]
    if not runs:
        out.append(f"All {len(ctx.exp.records)} planned runs finished.")
        return "\n".join(out)
    out.append(f"{len(runs)} of {len(ctx.exp.records)} planned runs did not finish. They are left "
               "out of every table and aggregate below (each table says how many seeds it used; "
               "unfinished runs' curves so far are drawn dashed in section 3); rerun the same "
               "`run` command to resume them.\n")
    rows = []
    for r in runs:
        last = (r.error or "").strip().splitlines()[-1:] or [""]
        rows.append([f"`{r.task}/{r.algo}/seed{r.seed}`", r.status, _why_not_finished(r, last[0])])
    out.append(table(["run", "status", "error (last line), or where it stands"], rows, ["l", "l", "l"]))
    return "\n".join(out)


def _why_not_finished(record: Any, last_error_line: str) -> str:
    if record.status == "failed":
        return escape(last_error_line[:200])
    if record.status == "unfinished":
        p = record.progress
        ret = f", last evaluation return {p['last_return']:.1f}" if p.get("last_return") is not None else ""
        return (f"at step {p['step']:,} of {p['total']:,} on {p.get('updated', '?')}{ret} "
                "(still training, or interrupted); its curve so far is drawn dashed in section 3")
    return "never written (not run yet, or interrupted)"


# --- 1. final returns ----------------------------------------------------------------------------
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
             _fmt_opt(None if pd.isna(r.success) else r.success, percent),
             _fmt_opt(None if pd.isna(r.length) else r.length, num)]
            for r in frame.itertuples()]
    return "\n".join([
        "### The test episodes", "",
        f"As I(MoE)-SAC's table: over each run's final evaluation ({episodes} episodes, the same "
        "reset seeds for every run), the return's mean, standard deviation over the episodes, min "
        "and max, the share of episodes that reach the time limit without falling (success; n/a "
        "where the task has no such notion) and the mean episode length, which tells a policy that "
        "stands still from one that moves. The seeds' mean averages each column over the finished "
        "seeds, as that table averages its policies; the best seed is the one with the highest "
        "mean return, picked on these same episodes (an optimistic figure).", "",
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
            names = _published_as(algo)
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


# --- 2. aggregates -------------------------------------------------------------------------------
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


# --- 3. figures ----------------------------------------------------------------------------------
def figure_section(ctx: Context) -> str:
    exp, sel = ctx.exp, ctx.selection
    out = ["## 3. Figures", "", "### Learning curves", "",
           "Mean evaluation return over seeds during training (deterministic policy, fixed "
           "evaluation seeds), with its 95% bootstrap band over seeds; raw returns.", ""]
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
            panels.setdefault(task, {})[algo] = (steps, mean, band)
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


# --- 4. parameters -------------------------------------------------------------------------------
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


# --- 5. compute ----------------------------------------------------------------------------------
def compute(ctx: Context) -> str:
    exp = ctx.exp
    out = ["## 5. Compute", "",
           "Per run, averaged over finished seeds (± the sample standard deviation over seeds): wall time (training, "
           "evaluations and the final evaluation), environment steps per second of training "
           "(evaluation time excluded), and the trained policy's inference time per action in "
           "the final evaluation. Seeds trained together as one seed batch share a process: "
           "their steps/s is each seed's, and the process made that times the seeds per "
           "process.", ""]
    rows = []
    for task in exp.tasks:
        for algo in exp.algos:
            runs = exp.runs(task, algo)
            if not runs:
                rows.append([task, algo, "0", "n/a", "n/a", "n/a", "n/a"])
                continue

            def stat(key: str, runs=runs, fmt=num) -> str:
                return mean_spread(np.array([r.final.get(key, math.nan) for r in runs], dtype=float), fmt)

            per_process = sorted({len((r.final or {}).get("seed_batch") or [r.seed]) for r in runs})
            rows.append([task, algo, str(len(runs)), ", ".join(map(str, per_process)), stat("wall_time_s", fmt=duration),
                         stat("steps_per_second"), stat("inference_us_per_action")])
    out.append(table(["task", "algorithm", "seeds", "seeds per process", "wall time", "env steps/s",
                      "inference (µs/action)"], rows, ["l", "l", "r", "r", "r", "r", "r"]))
    return "\n".join(out)


# --- 6. the agents' own analyses ------------------------------------------------------------------
def analyses(ctx: Context) -> str:
    """One part per agent with an analysis of its own (AgentSpec.analysis): its table, one row per
    finished run, and a link to each run's page."""
    exp = ctx.exp
    out = ["## 6. The agents' own analyses", ""]
    found = [(algo, _analysis(algo)) for algo in exp.algos]
    found = [(algo, a) for algo, a in found if a is not None]
    if not found:
        out.append("No agent of this experiment has an analysis of its own.")
        return "\n".join(out)
    for algo, analysis in found:
        runs = [r for r in exp.finished if r.algo == algo]
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


def _published_as(algo: str) -> tuple[str, ...]:
    """The names of `algo` in the published figures (its registry entry's published_as)."""
    try:
        return registry.get(algo).published_as or (algo,)
    except registry.RegistryError:
        return (algo,)


def _analysis(algo: str) -> Any:
    """The agent's own analysis (None: none, or a name this version does not register)."""
    try:
        return registry.get(algo).analysis
    except registry.RegistryError:
        return None


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


# --- 7. interpretability ------------------------------------------------------------------------
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
    rows = []
    for task in exp.tasks:
        for i, algo in enumerate(exp.algos):
            mine = table_rows[(table_rows["task"] == task) & (table_rows["algo"] == algo)]
            if mine.empty:
                continue
            cells = []
            for _, fits in SIZE_BUDGETS:
                best = best_under_budget(mine, fits)
                if best is None:
                    cells.append("none fits")
                    continue
                name, returns, apart = best
                spread = spread_of_mean(returns.to_numpy(), ctx, i)
                cells.append(f"{num(returns.mean())}{'' if apart else '*'}" + (f" {spread}" if spread else "")
                             + f" `{name}` (n={len(returns)})")
            rows.append([task, algo, *cells])
    out.append(table(["task", "agent", *(h for h, _ in SIZE_BUDGETS)], rows,
                     ["l", "l", *["r"] * len(SIZE_BUDGETS)]))
    out += ["", budget_aggregates(ctx, table_rows)]
    return "\n".join(out)


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
    rows, most_runs = [], 0
    for heading, fits in SIZE_BUDGETS:
        scores = {}
        for algo in ctx.exp.algos:
            per_task = []
            for task in tasks:
                mine = table_rows[(table_rows["task"] == task) & (table_rows["algo"] == algo)]
                best = best_under_budget(mine, fits) if not mine.empty else None
                per_task.append(best[1] if best else None)
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


def _fmt_opt(value: Any, fmt) -> str:
    return "n/a" if value is None else fmt(value)


def render(ctx: Context) -> str:
    """The whole document."""
    with contextlib.redirect_stdout(io.StringIO()):  # keep third-party chatter out of the CLI
        parts = [header(ctx), contents(ctx)]
        if ctx.exp.finished:
            parts.append(claims_section(ctx))
        parts.append(not_finished(ctx))
        if ctx.exp.finished:
            parts += [final_returns(ctx), aggregates(ctx), figure_section(ctx),
                      parameters(ctx), compute(ctx), analyses(ctx), interpretability(ctx)]
        else:
            parts.append("No run has finished yet: nothing else to report.")
    parts.append(f"---\nDefault reference: `{DEFAULT_REFERENCE}` (the SAC-L return published in "
                 "the SMoSE paper). Published figures: envs/data/published_scores.csv; random "
                 "scores: envs/data/random_scores.csv; both described in envs/data/SOURCES.md.")
    return "\n\n".join(parts) + "\n"

