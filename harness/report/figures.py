"""The report's figures (matplotlib, PNG): arrays in, a file out; no statistics, no store.

Sized for a GitHub page (about 900 px wide). Colours: every figure takes a palette, the ordered
list of names that colours are given to by position; the report passes the registry's order, so
that an agent has the same colour in every figure of every report.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib
import matplotlib.ticker

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

WIDTH_IN = 9.0
DPI = 110


# tab10, then Dark2 and Set1: distinct colours for the first 26 names (tab20 would pair them).
_COLOURS = [*plt.get_cmap("tab10").colors, *plt.get_cmap("Dark2").colors, *plt.get_cmap("Set1").colors]
HIGHLIGHT_PAST = 4  # more agents than this: one small panel per agent rather than one crowded panel


def colours(names: Sequence[str]) -> dict[str, tuple]:
    """One colour per name, by its position in `names` (the palette)."""
    return {a: _COLOURS[i % len(_COLOURS)] for i, a in enumerate(names)}


def _save(fig: plt.Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=DPI, bbox_inches="tight")
    plt.close(fig)
    return path


def _task_panels(n_tasks: int, row_height: float) -> tuple[plt.Figure, np.ndarray, int]:
    """(figure, axes grid, rows): one panel per task, three to a row."""
    ncols = min(3, n_tasks)
    nrows = math.ceil(n_tasks / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(max(WIDTH_IN * ncols / 3, 5.5), row_height * nrows + 0.6),
                             squeeze=False)
    return fig, axes, nrows


def _legend_below(fig: plt.Figure, axes: Sequence[plt.Axes], algos: Sequence[str]) -> None:
    handles, labels = [], []
    for ax in axes:
        for h, lab in zip(*ax.get_legend_handles_labels()):
            if lab not in labels:
                handles.append(h)
                labels.append(lab)
    if handles:
        _hang_legend(fig, handles, labels, ncol=5)


def _hang_legend(fig: plt.Figure, handles: list, labels: list[str] | None = None, ncol: int = 5,
                 **kwargs) -> None:
    """A legend hanging below the figure (the saved image grows to hold it): however many rows
    it takes, it never covers an axis label."""
    labels = labels if labels is not None else [h.get_label() for h in handles]
    fig.legend(handles, labels, loc="upper center", ncol=min(len(labels), ncol), frameon=False,
               bbox_to_anchor=(0.5, 0.0), **kwargs)


def _steps_axis(ax: plt.Axes) -> None:
    """Environment steps as 0, 250k, 500k, 1M rather than an exponent in the corner."""
    def label(x: float, _pos: int) -> str:
        if x == 0:
            return "0"
        if abs(x) >= 1e6:
            return f"{x / 1e6:g}M"
        return f"{x / 1e3:g}k" if abs(x) >= 1e3 else f"{x:g}"
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(label))


def learning_curves(curves: Mapping[str, Mapping[str, tuple[np.ndarray, np.ndarray, np.ndarray]]],
                    algos: Sequence[str], path: Path, ylabel: str = "return",
                    unfinished: Mapping[str, Mapping[str, list[tuple[np.ndarray, np.ndarray]]]] | None = None,
                    palette: Sequence[str] | None = None) -> Path:
    """The mean evaluation return over seeds, with its 95% bootstrap band.

    One panel per task; with more than HIGHLIGHT_PAST agents, one row per task and one small panel
    per agent, that agent in colour with its band and the others in thin grey, so that no band
    hides another.
    curves: {task: {algo: (steps (n_steps,), mean (n_steps,), band (2 x n_steps)[, seeds])}}, seeds
    (n_seeds x n_steps) each seed's curve, drawn thin beside the mean (None: not drawn).
    unfinished: {task: {algo: [(steps, returns) of each unfinished run]}}, drawn dashed, alone.
    """
    unfinished = unfinished or {}
    tasks = list(dict.fromkeys([*curves, *unfinished]))
    colour = colours(palette or algos)
    present = [a for a in algos if any(a in curves.get(t, {}) or a in unfinished.get(t, {}) for t in tasks)]
    highlight = len(present) > HIGHLIGHT_PAST
    if highlight:
        ncols = min(len(present), 4)
        rows_per_task = math.ceil(len(present) / ncols)
        fig, axes = plt.subplots(rows_per_task * len(tasks), ncols, squeeze=False,
                                 figsize=(WIDTH_IN, 2.2 * rows_per_task * len(tasks) + 0.4))
        panels = [(axes.flat[t * rows_per_task * ncols + k], task, [algo])
                  for t, task in enumerate(tasks) for k, algo in enumerate(present)]
        used = {id(ax) for ax, _, _ in panels}
    else:
        fig, axes, _ = _task_panels(len(tasks), row_height=2.9)
        panels = [(ax, task, present) for ax, task in zip(axes.flat, tasks)]
        used = {id(ax) for ax, _, _ in panels}
    for ax, task, shown in panels:
        if highlight:  # the other agents as context, thin and grey
            for other, (steps, mean, *_) in curves.get(task, {}).items():
                if other not in shown:
                    ax.plot(steps, mean, color="0.75", lw=0.8, zorder=1)
        for algo in shown:
            for steps, returns in unfinished.get(task, {}).get(algo, []):
                ax.plot(steps, returns, color=colour[algo], lw=1.0, ls="--", alpha=0.8,
                        label=f"{algo} (unfinished)")
            if algo not in curves.get(task, {}):
                continue
            steps, mean, band, *seeds = curves[task][algo]
            for curve in (seeds[0] if seeds and seeds[0] is not None else []):
                ax.plot(steps, curve, color=colour[algo], lw=0.6, alpha=0.45, zorder=2)
            ax.plot(steps, mean, color=colour[algo], label=algo, lw=1.8, zorder=3)
            ax.fill_between(steps, band[0], band[1], color=colour[algo], alpha=0.2, lw=0, zorder=2)
        if highlight:
            ax.set_title(f"{task}: {shown[0]}", fontsize=9, color=colour[shown[0]])
            ax.tick_params(labelsize=7)
        else:
            ax.set_title(task, fontsize=11)
            ax.set_xlabel("environment steps")
            ax.set_ylabel(ylabel)
        _steps_axis(ax)
        ax.grid(alpha=0.3)
    for ax in axes.flat:
        if id(ax) not in used:
            ax.set_visible(False)
    if highlight:  # one y scale per task, over all of its panels
        for task in tasks:
            mine = [ax for ax, t, _ in panels if t == task]
            low = min(ax.get_ylim()[0] for ax in mine)
            high = max(ax.get_ylim()[1] for ax in mine)
            for ax in mine:
                ax.set_ylim(low, high)
        fig.supxlabel("environment steps", fontsize=10)
        fig.supylabel(ylabel, fontsize=10)
    fig.tight_layout()
    if not highlight:
        _legend_below(fig, axes.flat, algos)
    return _save(fig, path)


def seeds_and_means(values: Mapping[str, Mapping[str, np.ndarray]], palette: Sequence[str],
                    path: Path, ylabel: str = "final return") -> Path:
    """One panel per task: every seed's value as a dot beside its agent's mean (a bar), so that
    a mean over three seeds is never read without the three.

    values: {task: {algo: (n_seeds,)}} (agents without a value are left out)."""
    tasks = list(values)
    fig, axes, _ = _task_panels(len(tasks), row_height=2.6)
    colour = colours(palette)
    for ax, task in zip(axes.flat, tasks):
        shown = [a for a, v in values[task].items() if len(v)]
        for i, algo in enumerate(shown):
            v = np.asarray(values[task][algo], dtype=float)
            jitter = np.linspace(-0.12, 0.12, len(v)) if len(v) > 1 else np.zeros(1)
            ax.scatter(i + jitter, v, color=colour.get(algo, "grey"), s=18, zorder=3,
                       edgecolors="black", linewidths=0.4)
            ax.plot([i - 0.3, i + 0.3], [v.mean()] * 2, color="black", lw=1.6, zorder=4)
        ax.set_xticks(range(len(shown)), shown, rotation=30, ha="right", fontsize=8)
        ax.set_title(task, fontsize=11)
        ax.set_ylabel(ylabel)
        ax.grid(axis="y", alpha=0.3)
    for ax in axes.flat[len(tasks):]:
        ax.set_visible(False)
    fig.tight_layout()
    return _save(fig, path)


def interval_estimates(points: Mapping[str, np.ndarray], intervals: Mapping[str, np.ndarray],
                       metric_names: Sequence[str], algos: Sequence[str], path: Path,
                       xlabel: str = "normalised score", palette: Sequence[str] | None = None) -> Path:
    """rliable's aggregate plot: per metric, one horizontal 95% interval per algorithm with its
    point estimate. points: {algo: (n_metrics,)}; intervals: {algo: (2 x n_metrics)}.
    palette: the algorithms the colours are drawn for (all of the report's, so that an algorithm
    has its colour of the other figures); by default `algos`."""
    colour = colours(palette or algos)
    algos = [a for a in algos if a in points]
    fig, axes = plt.subplots(1, len(metric_names),
                             figsize=(WIDTH_IN, 0.45 * len(algos) + 1.3), sharey=True)
    axes = np.atleast_1d(axes)
    for k, (ax, name) in enumerate(zip(axes, metric_names)):
        for i, algo in enumerate(algos):
            lo, hi = intervals[algo][0][k], intervals[algo][1][k]
            ax.barh(i, hi - lo, left=lo, height=0.6, color=colour[algo], alpha=0.75)
            ax.plot([points[algo][k]] * 2, [i - 0.3, i + 0.3], color="black", lw=1.5)
        ax.margins(x=0.15)
        ax.set_title(name, fontsize=11)
        ax.set_yticks(range(len(algos)), algos)
        ax.grid(axis="x", alpha=0.3)
        ax.tick_params(axis="x", labelsize=8)
    axes[0].invert_yaxis()  # the first algorithm on top (the axes share y)
    fig.supxlabel(xlabel, fontsize=10)
    fig.tight_layout()
    return _save(fig, path)


def _lines_with_bands(x: np.ndarray, points: Mapping[str, np.ndarray],
                      bands: Mapping[str, np.ndarray], algos: Sequence[str],
                      palette: Sequence[str] | None = None, **line: object) -> tuple[plt.Figure, plt.Axes]:
    """One line per algorithm with its (2 x n) band shaded; algorithms without data are skipped."""
    colour = colours(palette or algos)
    fig, ax = plt.subplots(figsize=(WIDTH_IN * 0.7, 4.0))
    for algo in algos:
        if algo not in points:
            continue
        ax.plot(x, points[algo], color=colour[algo], label=algo, lw=1.8, **line)
        ax.fill_between(x, bands[algo][0], bands[algo][1], color=colour[algo], alpha=0.2, lw=0)
    ax.grid(alpha=0.3)
    ax.legend(frameon=False, fontsize=9)
    return fig, ax


def performance_profiles(taus: np.ndarray, profiles: Mapping[str, np.ndarray],
                         bands: Mapping[str, np.ndarray], algos: Sequence[str], path: Path,
                         palette: Sequence[str] | None = None) -> Path:
    """Score distributions: the fraction of runs above each normalised score tau, with bands.

    taus: (n_taus,); profiles: {algo: (n_taus,)}; bands: {algo: (2 x n_taus)}.
    """
    fig, ax = _lines_with_bands(taus, profiles, bands, algos, palette)
    ax.set_xlabel(r"normalised score $\tau$")
    ax.set_ylabel(r"fraction of runs with score > $\tau$")
    ax.set_ylim(-0.02, 1.02)
    fig.tight_layout()
    return _save(fig, path)


def probability_of_improvement(points: Mapping[tuple[str, str], float],
                               intervals: Mapping[tuple[str, str], np.ndarray],
                               algos: Sequence[str], path: Path, palette: Sequence[str] | None = None) -> Path:
    """P(X > Y) for each pair with its 95% interval; 0.5 (no difference) marked."""
    pairs = list(points)
    colour = colours(palette or algos)
    fig, ax = plt.subplots(figsize=(WIDTH_IN * 0.7, 0.45 * len(pairs) + 1.2))
    for i, pair in enumerate(pairs):
        lo, hi = intervals[pair]
        ax.barh(i, hi - lo, left=lo, height=0.6, color=colour.get(pair[0], "grey"), alpha=0.75)
        ax.plot([points[pair]], [i], marker="o", color="black", ms=5)
    ax.axvline(0.5, color="grey", ls="--", lw=1)
    ax.set_yticks(range(len(pairs)), [f"P({x} > {y})" for x, y in pairs])
    ax.invert_yaxis()
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("probability of improvement (averaged over tasks)")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return _save(fig, path)


def sample_efficiency(steps: np.ndarray, points: Mapping[str, np.ndarray],
                      bands: Mapping[str, np.ndarray], algos: Sequence[str], path: Path,
                      palette: Sequence[str] | None = None) -> Path:
    """IQM of normalised scores across runs and tasks at each evaluation step, with bands.

    steps: (n_steps,); points: {algo: (n_steps,)}; bands: {algo: (2 x n_steps)}.
    """
    fig, ax = _lines_with_bands(steps, points, bands, algos, palette, marker="o", ms=3)
    ax.set_xlabel("environment steps")
    ax.set_ylabel("IQM normalised score")
    _steps_axis(ax)
    fig.tight_layout()
    return _save(fig, path)


MARKERS = {"agent": "o", "tree": "^", "linear": "s"}


def size_and_return(points: Mapping[str, Sequence[tuple[str, str, float, float]]], algos: Sequence[str],
                    path: Path, palette: Sequence[str] | None = None) -> Path:
    """One panel per task: each policy's mean return over seeds against its size (log axis), the
    trained agents as circles, distilled trees as triangles, linear policies as squares, in their
    teacher's colour, and the frontier (the best return at each size or smaller) as a step line.

    points: {task: [(algo, kind, parameters, mean return), ...]}.
    """
    tasks = list(points)
    fig, axes, _ = _task_panels(len(tasks), row_height=3.1)
    colour = colours(palette or algos)
    for ax, task in zip(axes.flat, tasks):
        for algo, kind, size, ret in points[task]:
            ax.scatter(size, ret, color=colour[algo], marker=MARKERS[kind], s=46 if kind == "agent" else 22,
                       edgecolors="black" if kind == "agent" else "none", linewidths=0.6, zorder=3,
                       label=algo)
        ordered = sorted((size, ret) for _, _, size, ret in points[task])
        frontier_x, frontier_y, best = [], [], -np.inf
        for size, ret in ordered:
            if ret > best:
                best = ret
                frontier_x.append(size)
                frontier_y.append(ret)
        if frontier_x:
            ax.step(frontier_x + [ordered[-1][0]], frontier_y + [best], where="post", color="0.35",
                    lw=1.0, ls="--", zorder=2, label="frontier")
        ax.set_xscale("log")
        ax.set_title(task, fontsize=11)
        ax.set_xlabel("parameters (log)")
        ax.set_ylabel("return")
        ax.grid(alpha=0.3)
    for ax in axes.flat[len(tasks):]:
        ax.set_visible(False)
    from matplotlib.lines import Line2D

    present = [a for a in algos if any(a == p[0] for task in tasks for p in points[task])]
    handles = [Line2D([], [], marker="o", ls="", color=colour[a], label=a) for a in present]
    handles += [Line2D([], [], marker=MARKERS[k], ls="", color="0.45", label=text) for k, text in
                (("agent", "trained agent"), ("tree", "distilled tree"), ("linear", "distilled linear"))]
    handles.append(Line2D([], [], color="0.35", ls="--", lw=1.0, label="frontier"))
    fig.tight_layout()
    _hang_legend(fig, handles, ncol=4, fontsize=9)
    return _save(fig, path)


def sensitivity(panels: Mapping[str, Mapping[str, Mapping[str, Sequence[tuple[float, np.ndarray, tuple | None]]]]],
                xlabel: str, ticks: Sequence[tuple[float, str]], path: Path, log: bool = False,
                default_x: float | None = None) -> Path:
    """A swept value against a metric: one row of panels per task (and one normalised across
    tasks), one column per metric; each series (the other swept keys' values) a line through its
    means, its interval as an error bar, every seed as a dot; the default value marked.

    panels: {row title: {metric: {series label: [(x, seeds' values, (lo, hi) or None), ...]}}}."""
    rows = list(panels)
    metrics = list(dict.fromkeys(m for row in panels.values() for m in row))
    series = list(dict.fromkeys(s for row in panels.values() for m in row.values() for s in m))
    colour = colours(series)
    fig, axes = plt.subplots(len(rows), len(metrics), squeeze=False,
                             figsize=(WIDTH_IN * min(1.0, 0.5 * len(metrics) + 0.1), 2.6 * len(rows) + 0.4))
    for i, row in enumerate(rows):
        for j, metric in enumerate(metrics):
            ax = axes[i, j]
            for label, points in panels[row].get(metric, {}).items():
                points = [p for p in points if len(p[1])]
                if not points:
                    continue
                xs = np.array([p[0] for p in points], dtype=float)
                means = np.array([np.mean(p[1]) for p in points])
                ax.plot(xs, means, color=colour[label], lw=1.6, marker="o", ms=4, zorder=3,
                        label=label or None)
                for x, values, bounds in points:
                    ax.scatter(np.full(len(values), x), values, color=colour[label], s=12, alpha=0.5,
                               edgecolors="none", zorder=2)
                    if bounds is not None:
                        ax.plot([x, x], bounds, color=colour[label], lw=3, alpha=0.35, zorder=1)
            if default_x is not None:
                ax.axvline(default_x, color="grey", ls="--", lw=1, zorder=0)
            if log:
                ax.set_xscale("log")
            ax.set_xticks([t for t, _ in ticks], [name for _, name in ticks], fontsize=8)
            ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
            ax.set_title(f"{row}: {metric}", fontsize=10)
            ax.grid(alpha=0.3)
            ax.tick_params(axis="y", labelsize=8)
        axes[i, 0].set_ylabel("normalised score" if row.startswith("normalised") else "return", fontsize=9)
    for ax in axes[-1]:
        ax.set_xlabel(xlabel + ("  (dashed: the default)" if default_x is not None else ""), fontsize=9)
    fig.tight_layout()
    if any(series):
        _legend_below(fig, list(axes.flat), series)
    return _save(fig, path)
