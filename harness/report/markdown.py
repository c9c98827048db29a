"""The report document: the header, the papers' claims and the runs not finished, then the
sections of returns_sections.py (1-3: returns, aggregates, figures) and agent_sections.py (4-7:
parameters, compute, the agents' analyses, interpretability), each a function returning markdown.

Sections read the experiment (harness.report.collect), take computed tables from
harness.report.summaries, claims and counts and numbers from harness.report.aggregate, format
them with harness.report.tables and draw with harness.report.figures."""

from __future__ import annotations

import contextlib
import io
import math
from collections import Counter
from datetime import datetime, timezone
from typing import Any

import pandas as pd

from envs.reference import DEFAULT_REFERENCE, Claim, load_claims
from harness import registry
from harness.report import claims
from harness.report.agent_sections import analyses, compute, interpretability, parameters
from harness.report.context import Context, distinct, registered
from harness.report.returns_sections import aggregates, figure_section, final_returns
from harness.report.sensitivity import swept
from harness.report.sweep_section import ANCHOR as SWEEP_ANCHOR
from harness.report.sweep_section import TITLE as SWEEP_TITLE
from harness.report.sweep_section import sensitivity_section
from harness.report.tables import escape, interval, num, percent, table


def _commits_text(records: list[Any]) -> str:
    """The commit the runs were made at; where there were several, which runs each one made
    (a resumed run counts at the commit it resumed at, which is the one its record names)."""
    made = {(r.task, r.algo, r.seed): (r.config or {}).get("git_commit") for r in records}
    made = {run: commit for run, commit in made.items() if commit}
    commits = distinct(list(made.values()))
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
        for algo in distinct([a for (_, a, _), c in made.items() if c == commit]):
            if runs_of(commit, None, algo)[1]:
                parts.append(algo)
                continue
            for task in distinct([t for (t, a, _), c in made.items() if a == algo and c == commit]):
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
    machines = distinct([_machine_text(c.get("machine")) for c in configs])
    versions = distinct([_versions_text(c.get("versions")) for c in configs])
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
                       "sample": "the mean action of a primitive drawn from the routing weights",
                       "mean": "the routing-weighted mean of the primitives' mean actions"},
    "eval_option": {"sample": "the mean action of an option drawn each step from the option policy, "
                              "the option in force carried from step to step",
                    "greedy": "the mean action of the option policy's most likely option"},
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
    for algo in distinct([r.algo for r in records if r.algo not in found]):
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
    if swept(ctx.exp):
        names.insert(2, SWEEP_TITLE)
        anchors.insert(2, SWEEP_ANCHOR)
    return "**Contents:** " + " · ".join(f"[{n}](#{a})" for n, a in zip(names, anchors))


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
    missing = claims.uncovered(ctx.exp, claim_list, checked, registered)
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


def render(ctx: Context) -> str:
    """The whole document."""
    with contextlib.redirect_stdout(io.StringIO()):  # keep third-party chatter out of the CLI
        parts = [header(ctx), contents(ctx)]
        if ctx.exp.finished:
            parts.append(claims_section(ctx))
        parts.append(not_finished(ctx))
        if ctx.exp.finished:
            parts += [section for section in [sensitivity_section(ctx)] if section]
            parts += [final_returns(ctx), aggregates(ctx), figure_section(ctx),
                      parameters(ctx), compute(ctx), analyses(ctx), interpretability(ctx)]
        else:
            parts.append("No run has finished yet: nothing else to report.")
    parts.append(f"---\nDefault reference: `{DEFAULT_REFERENCE}` (the SAC-L return published in "
                 "the SMoSE paper). Published figures: envs/data/published_scores.csv; random "
                 "scores: envs/data/random_scores.csv; both described in envs/data/SOURCES.md.")
    return "\n\n".join(parts) + "\n"
