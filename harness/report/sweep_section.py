"""The report's sensitivity section, for an experiment with a sweep (`run --sweep`): per swept
hyper-parameter, a table and a figure of its values against the final return and the area under
the learning curve, per task and normalised across tasks."""

from __future__ import annotations

import numpy as np

from harness.report import figures
from harness.report.context import SPREAD_TEXT, Context, spread_bounds, spread_of_mean
from harness.report.sensitivity import METRICS, SweptKey, normalised_across_tasks, swept
from harness.report.tables import escape, final_return_cell, norm, table
from harness.sweep import format_value

TITLE = "Sensitivity to the swept hyper-parameters"
ANCHOR = "sensitivity-to-the-swept-hyper-parameters"
NORMALISED = "normalised, all tasks"


def sensitivity_section(ctx: Context) -> str:
    """'' for an experiment without a sweep."""
    keys = swept(ctx.exp)
    if not keys:
        return ""
    out = [f"## {TITLE}", "",
           "Each value of a swept hyper-parameter is a variant of its agent, named after its values "
           "(e.g. `smose[lb_weight=0.03]`), trained on the experiment's seeds, budget and protocol. "
           "The area under the curve is the mean of a run's evaluation returns during training. "
           f"In the figures each seed is a dot, the line joins the means, and the bar is {SPREAD_TEXT}; "
           "the dashed line is the agent's default value."]
    for n, entry in enumerate(keys):
        out += ["", f"### {entry.agent}: {entry.key}", "", _key_text(entry), "", _table(ctx, entry), "",
                _figure(ctx, entry, n)]
    return "\n".join(out)


def _key_text(entry: SweptKey) -> str:
    default = (f"its default is {format_value(entry.default)}"
               + ("" if any(entry.is_default(v) for v in entry.values) else ", not among them")
               if entry.default is not None else "its default is set per task" if entry.key == "n_primitives" else "no default is known")
    values = ", ".join(format_value(v) for v in entry.values)
    return f"{len(entry.values)} values of {entry.key} ({values}); {default}."


def _values(ctx: Context, variant: str, metric: str) -> dict[str, dict[int, float]]:
    """{task: {seed: value}} of one variant and metric, over the experiment's tasks."""
    return {task: METRICS[metric](ctx.exp, task, variant) for task in ctx.exp.tasks}


def _table(ctx: Context, entry: SweptKey) -> str:
    labels = [s for s in entry.series if s]
    normalisable = all(ctx.normalisers.get(t) is not None for t in ctx.exp.tasks)
    headers = [entry.key] + (["with"] if labels else []) + [f"{t}: final return" for t in ctx.exp.tasks]
    headers += ([f"{NORMALISED}: final", f"{NORMALISED}: area"] if normalisable else [])
    rows = []
    for label, variants in entry.series.items():
        for value in entry.values:
            variant = variants.get(format_value(value))
            if variant is None:
                continue
            finals = _values(ctx, variant, "final return")
            name = format_value(value) + (" (default)" if entry.is_default(value) else "")
            row = [name] + ([escape(label)] if labels else [])
            for k, task in enumerate(ctx.exp.tasks):
                seeds = np.array(list(finals[task].values()))
                row.append(final_return_cell(seeds, spread_of_mean(seeds, ctx, k), best=False))
            if normalisable:
                for metric in METRICS:
                    scores = np.array(list(normalised_across_tasks(_values(ctx, variant, metric),
                                                                   ctx.normalisers).values()))
                    row.append(f"{norm(scores.mean())} (n={len(scores)})" if len(scores) else "n/a")
            rows.append(row)
    return table(headers, rows)


def _figure(ctx: Context, entry: SweptKey, n: int) -> str:
    positions = {format_value(v): (float(v) if entry.numeric else float(i)) for i, v in enumerate(entry.values)}
    panels: dict[str, dict[str, dict[str, list]]] = {}
    normalisable = all(ctx.normalisers.get(t) is not None for t in ctx.exp.tasks)
    rows = list(ctx.exp.tasks) + ([NORMALISED] if normalisable and len(ctx.exp.tasks) > 1 else [])
    for row in rows:
        for metric in METRICS:
            for label, variants in entry.series.items():
                points = []
                for text, variant in variants.items():
                    by_task = _values(ctx, variant, metric)
                    seeds = by_task[row] if row != NORMALISED else normalised_across_tasks(by_task, ctx.normalisers)
                    values = np.array(list(seeds.values()), dtype=float)
                    points.append((positions[text], values, spread_bounds(values, ctx.reps, ctx.seed)))
                points.sort(key=lambda p: p[0])
                panels.setdefault(row, {}).setdefault(metric, {})[label] = points
    default = positions.get(format_value(entry.default)) if entry.default is not None else None
    if default is None and entry.numeric and isinstance(entry.default, int | float):
        default = float(entry.default)  # marked between the swept values
    name = f"sensitivity_{n}.png"
    path = figures.sensitivity(panels, entry.key, [(x, t) for t, x in positions.items()], ctx.fig_dir / name,
                               log=entry.log_scale, default_x=default)
    ctx.figures.append(path)
    return ctx.figure(name, f"{entry.agent}: {entry.key} against the final return and the area under the curve")
