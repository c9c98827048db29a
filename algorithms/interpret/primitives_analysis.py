"""Distinguishable primitives: the PMOE paper's figure 4, for pmoe, pmoe-all, pmoe-gating and pmoe-ppo.

The trained policy acts for a few deterministic episodes on the fixed evaluation seeds; the states
it visits are clustered (k-means), and within each cluster every primitive's action (the squashed
mean of each of the K heads) is embedded in two dimensions with t-SNE, coloured by primitive: a
policy whose primitives are distinct shows K separate groups, one whose primitives coincide shows
one. The number per run is the silhouette of the actions labelled by their primitive, in action
space (scikit-learn; 1: K tight, well-apart groups; about 0: primitives that coincide), averaged
over the clusters. (Tasks with one or two action dimensions are drawn as they are, without
t-SNE.) Written into <run>/interpretation/ as README.md, primitives.png and
summary.json, at the end of every run of those agents and again by `python -m harness interpret`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch

from algorithms.base import Agent, Analysis, AnalysisRun
from envs.suites import get_task, make_env

PrimitiveActions = Callable[[Any, np.ndarray], tuple[np.ndarray, np.ndarray]]


class PrimitivesAnalysis(Analysis):
    """How distinct a mixture policy's primitives are (see the module docstring).

    actions_of(agent, states (T, n_s)) -> every primitive's action in env units (T, K, n_a) and
    the routing weights (T, K): how the agent's primitives are read (default: a SAC-family
    actor's `primitives`, squashed; pmoe-ppo gives its own)."""

    def __init__(self, actions_of: PrimitiveActions | None = None):
        self.actions_of = actions_of or sac_primitive_actions

    title = "distinguishable primitives"
    description = (
        "As the PMOE paper's figure 4: the states of a few deterministic episodes are clustered, "
        "and within each cluster every primitive's action (each head's squashed mean) is set "
        "beside the others'. The silhouette of the actions grouped by primitive, in action space "
        "and averaged over the clusters, says how distinct the primitives are: near 1, K groups "
        "apart; near 0, primitives that act alike. The page embeds each cluster's actions with "
        "t-SNE, coloured by primitive.")
    options = {
        "episodes": (3, "deterministic episodes whose states are clustered"),
        "clusters": (4, "k-means clusters of the visited states"),
        "states": (150, "states per cluster whose primitives' actions are embedded"),
        "seed": (0, "seed of k-means, the states chosen and t-SNE"),
    }

    def __call__(self, agent: Agent, run: AnalysisRun, out: Path, episodes: int = 3, clusters: int = 4,
                 states: int = 150, seed: int = 0) -> dict[str, Any]:
        if min(episodes, clusters, states) < 1:
            raise ValueError("--episodes, --clusters and --states must each be at least 1")
        summary = analyse_primitives(agent, self.actions_of, run, Path(out), episodes, clusters, states, seed)
        lines = [f"primitives' silhouette {summary['primitive_silhouette']:.3f} over {summary['clusters']} "
                 f"clusters of {summary['states']:,} states", f"wrote {summary['page']}"]
        return {**summary, "lines": lines}

    def report_row(self, summary: dict[str, Any] | None, agent_info: dict[str, Any]) -> dict[str, Any]:
        g = (summary or {}).get
        return {"primitives": g("primitives"), "silhouette": g("primitive_silhouette"),
                "clusters": g("clusters"), "states": g("states")}


def sac_primitive_actions(agent: Any, states: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every primitive's action in env units (T, K, n_a) and the routing weights (T, K) at states
    (T, n_s): the squashed means of the SAC-family actor's K heads (its `primitives(obs)`)."""
    actor = agent.actor
    device = next(actor.parameters()).device
    with torch.inference_mode():
        means, _, weights = actor.primitives(torch.as_tensor(states, dtype=torch.float32, device=device))
        actions = torch.tanh(means) * actor.action_scale + actor.action_bias
    return actions.cpu().numpy().astype(float), weights.cpu().numpy().astype(float)


def analyse_primitives(agent: Any, actions_of: PrimitiveActions, run: AnalysisRun, out: Path, episodes: int,
                       clusters: int, per_cluster: int, seed: int) -> dict[str, Any]:
    from sklearn.cluster import KMeans
    from sklearn.manifold import TSNE
    from sklearn.metrics import silhouette_score

    task = get_task(run.task)
    env = make_env(task, seed=seed)
    visited: list[np.ndarray] = []

    def act(obs: np.ndarray) -> np.ndarray:
        visited.append(np.asarray(obs, dtype=float))
        return agent.act(obs)

    try:
        run.evaluate(act, env, task, episodes)
    finally:
        env.close()
    states = np.stack(visited)
    actions, weights = actions_of(agent, states)
    k = actions.shape[1]
    n_clusters = min(clusters, len(states))
    labels = KMeans(n_clusters=n_clusters, n_init=10, random_state=seed).fit_predict(states)
    rng = np.random.default_rng(seed)
    scores, embedded = [], []
    for c in range(n_clusters):
        members = np.flatnonzero(labels == c)
        chosen = rng.choice(members, size=min(per_cluster, len(members)), replace=False)
        points = actions[chosen].reshape(-1, actions.shape[2])  # (n * K, n_a), primitive-major per state
        primitive = np.tile(np.arange(k), len(chosen))
        if k > 1 and len(chosen) > 1 and np.ptp(points, axis=0).max() > 0:
            scores.append(float(silhouette_score(points, primitive)))
        if points.shape[1] <= 2:  # drawn as they are (one action: beside a little jitter)
            xy = points if points.shape[1] == 2 else np.column_stack([points[:, 0], rng.normal(0, 0.02, len(points))])
            embedded.append((xy, primitive, c, len(chosen)))
        elif len(points) > 5:
            perplexity = float(min(30, (len(points) - 1) / 3))
            embedded.append((TSNE(n_components=2, perplexity=perplexity, init="pca", random_state=seed)
                             .fit_transform(points), primitive, c, len(chosen)))
    out.mkdir(parents=True, exist_ok=True)
    _figure(embedded, k, run.task, out / "primitives.png")
    summary = {"task": run.task, "episodes": episodes, "states": int(len(states)), "clusters": n_clusters,
               "primitives": int(k), "primitive_silhouette": float(np.mean(scores)) if scores else float("nan"),
               "silhouette_by_cluster": scores, "mean_weights": weights.mean(0).tolist(), "seed": seed}
    page = out / "README.md"
    page.write_text("\n".join([
        f"# Distinguishable primitives: {run.task}", "",
        f"Run `{run.title}`: {len(states):,} states of {episodes} deterministic episodes on the fixed "
        f"evaluation seeds, in {n_clusters} k-means clusters; each cluster's actions of the {k} "
        "primitives (each head's squashed mean) embedded with t-SNE, coloured by primitive.", "",
        f"Silhouette of the actions by primitive, in action space: {summary['primitive_silhouette']:.3f} "
        f"(per cluster: {', '.join(f'{s:.3f}' for s in scores) or 'n/a'}). Mean routing weights over "
        f"the states: {', '.join(f'{w:.2f}' for w in summary['mean_weights'])}.", "",
        "![primitives' actions, t-SNE per state cluster](primitives.png)", ""]))
    (out / "summary.json").write_text(json.dumps({**summary, "page": str(page)}, indent=2))
    return {**summary, "page": str(page)}


def _figure(embedded: list[tuple[np.ndarray, np.ndarray, int, int]], k: int, task: str, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = max(len(embedded), 1)
    fig, axes = plt.subplots(1, n, figsize=(2.6 * n + 0.4, 2.8), squeeze=False)
    colours = plt.get_cmap("tab10" if k <= 10 else "tab20")
    for ax, (xy, primitive, cluster, states) in zip(axes[0], embedded):
        for j in range(k):
            mine = primitive == j
            ax.scatter(xy[mine, 0], xy[mine, 1], s=6, color=colours(j % colours.N), label=f"primitive {j}")
        ax.set_title(f"cluster {cluster} ({states} states)", fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
    axes[0][0].legend(fontsize=7, frameon=False, markerscale=2, loc="best")
    fig.suptitle(f"{task}: each primitive's action, t-SNE within state clusters", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=100, bbox_inches="tight")
    plt.close(fig)
