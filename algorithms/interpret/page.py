"""The interpretation page: a markdown file with its PNG figures beside it.

Presentation only: every number comes in through `Interpretation`, computed elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from algorithms.interpret.routing import ExpertProfile


@dataclass
class Interpretation:
    """Everything the page shows.

    usage: (M,) fractions of the deterministic decisions per expert over the rollouts.
    profiles: per active expert, mean input state and mean action.
    router_W: (M, n_s), mean_W: (M, n_a, n_s), the learned weights.
    returns: policy name -> per-episode returns (n_episodes,) on the fixed evaluation seeds.
    rules: active expert -> its tree as text; expert_accuracy: active expert -> held-out accuracy.
    """

    run: str
    task: str
    n_episodes: int
    eval_gate: str
    feature_names: list[str]
    actuator_names: list[str]
    usage: np.ndarray
    profiles: list[ExpertProfile]
    router_W: np.ndarray
    router_b: np.ndarray
    mean_W: np.ndarray
    mean_b: np.ndarray
    returns: dict[str, np.ndarray]
    tree_depth: int
    tree_fidelity: float
    tree_train_fidelity: float
    n_train_states: int
    n_heldout_states: int
    rules: dict[int, str]
    expert_accuracy: dict[int, float]
    training_usage: dict[str, Any] = field(default_factory=dict)
    mean_state: np.ndarray | None = None
    """(n_s,) the mean over all rollout states, drawn beside each expert's"""


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def usage_figure(usage: np.ndarray, path: Path) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(max(4, 0.6 * len(usage) + 2), 3))
    ax.bar(np.arange(len(usage)), usage * 100, color=["tab:blue" if u > 0 else "tab:gray" for u in usage])
    ax.set_xticks(np.arange(len(usage)))
    ax.set_xlabel("expert")
    ax.set_ylabel("decisions (%)")
    ax.set_title("expert usage, deterministic episodes")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def profile_figure(profile: ExpertProfile, features: list[str], actuators: list[str],
                   low: np.ndarray, high: np.ndarray, path: Path,
                   overall_state: np.ndarray | None = None) -> None:
    plt = _plt()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, max(3, 0.25 * len(features) + 1)),
                                   gridspec_kw={"width_ratios": [3, 2]})
    y = np.arange(len(features))
    ax1.barh(y, profile.mean_state, color="tab:blue", label="states this expert took")
    if overall_state is not None:
        ax1.scatter(overall_state, y, color="black", marker="|", s=200, label="all states", zorder=3)
        ax1.legend(fontsize=7, loc="best")
    ax1.set_yticks(y, features, fontsize=8)
    ax1.invert_yaxis()
    ax1.axvline(0, color="black", lw=0.5)
    ax1.set_title(f"expert {profile.expert}: mean input state ({profile.decisions} states)")
    ya = np.arange(len(actuators))
    ax2.barh(ya, profile.mean_action, color="tab:orange")
    ax2.set_yticks(ya, actuators, fontsize=8)
    ax2.invert_yaxis()
    ax2.set_xlim(float(np.min(low)), float(np.max(high)))
    ax2.axvline(0, color="black", lw=0.5)
    ax2.set_title("mean action")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def weights_figure(expert: int, mean_W: np.ndarray, mean_b: np.ndarray, router_w: np.ndarray,
                   router_b: float, features: list[str], actuators: list[str], path: Path) -> None:
    """Heatmap of the expert's mean weights (n_a x n_s, bias as a last column) above its router row."""
    plt = _plt()
    cols = [*features, "bias"]
    w = np.column_stack([mean_W, mean_b])
    r = np.append(router_w, router_b)[None, :]
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(max(6, 0.4 * len(cols) + 2), 1.2 + 0.4 * (len(actuators) + 1) + 1.5),
                                   gridspec_kw={"height_ratios": [len(actuators), 1]})
    for ax, data, rows, title in ((ax1, w, actuators, f"expert {expert}: mean weights (action x feature)"),
                                  (ax2, r, [f"router[{expert}]"], "its router row (logit weights)")):
        lim = float(np.abs(data).max()) or 1.0
        im = ax.imshow(data, cmap="coolwarm", vmin=-lim, vmax=lim, aspect="auto")
        ax.set_yticks(np.arange(len(rows)), rows, fontsize=8)
        ax.set_xticks(np.arange(len(cols)), cols, rotation=90, fontsize=7)
        ax.set_title(title, fontsize=9)
        fig.colorbar(im, ax=ax, fraction=0.03)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _fmt(returns: np.ndarray) -> str:
    return f"{returns.mean():.1f} +- {returns.std():.1f}"


def write_page(it: Interpretation, out: Path, low: np.ndarray, high: np.ndarray) -> Path:
    """Write README.md and its figures into `out`; return the markdown file."""
    out.mkdir(parents=True, exist_ok=True)
    usage_figure(it.usage, out / "usage.png")
    active = [p.expert for p in it.profiles]
    unused = [m for m in range(len(it.usage)) if it.usage[m] == 0]
    lines = [
        f"# SMoSE interpretation: {it.task}",
        "",
        f"Run `{it.run}`. {it.n_episodes} deterministic episodes on the fixed evaluation seeds; the run "
        f"acts with the `{it.eval_gate}` expert output.",
        "",
        "## Returns on the same evaluation seeds",
        "",
        "| policy | return (mean +- std) |",
        "|---|---:|",
    ]
    names = {
        "gated": "gated: tanh(p_top * mean_m(s)), as trained",
        "bare": "bare piecewise-linear: mean_m(s) clipped to the bounds",
        "trees": "router replaced by the trees, bare experts (trees + linear experts only)",
        "trees_gated": "router's choice replaced by the trees, gated by the router's probability of that expert",
    }
    for key, label in names.items():
        if key in it.returns:
            lines.append(f"| {label} | {_fmt(it.returns[key])} |")
    if "trees" in it.returns:
        lines += ["", "The trees were fitted on states of these same episodes (section 4), so the two "
                      "returns with trees are the trees' score where they were fitted: an optimistic one."]
    lines += [
        "",
        "## 1. Expert usage",
        "",
        "![expert usage](usage.png)",
        "",
        "| expert | decisions (%) |",
        "|---:|---:|",
        *[f"| {m} | {100 * u:.1f} |" for m, u in enumerate(it.usage)],
        "",
        f"Never used in these episodes: {', '.join(map(str, unused)) if unused else 'none'}.",
        "",
    ]
    if it.training_usage:
        lines += ["Usage in the last logged training batch (noisy routing): "
                  + ", ".join(f"{k} {v:.2f}" for k, v in it.training_usage.items()), ""]
    lines += ["## 2. What each active expert sees and does", "",
              "Mean action (env units) over the states each expert took:", "",
              "| expert | states | " + " | ".join(it.actuator_names) + " |",
              "|---:|---:|" + "---:|" * len(it.actuator_names),
              *[f"| {p.expert} | {p.decisions} | " + " | ".join(f"{a:+.3f}" for a in p.mean_action) + " |"
                for p in it.profiles], ""]
    for p in it.profiles:
        f = f"expert_{p.expert}_profile.png"
        profile_figure(p, it.feature_names, it.actuator_names, low, high, out / f, it.mean_state)
        lines += [f"![expert {p.expert}]({f})", ""]
    lines += ["## 3. Weights of each active expert and its router row", ""]
    for m in active:
        f = f"expert_{m}_weights.png"
        weights_figure(m, it.mean_W[m], it.mean_b[m], it.router_W[m], float(it.router_b[m]),
                       it.feature_names, it.actuator_names, out / f)
        lines += [f"![expert {m} weights]({f})", ""]
    lines += [
        "## 4. Decision trees distilled from the router",
        "",
        f"One binary tree (depth {it.tree_depth}) per active expert, one-vs-rest on the rollout states "
        f"({it.n_train_states} training states, {it.n_heldout_states} held-out states from other "
        "episodes). A state goes to the expert whose tree gives it the highest probability.",
        "",
        f"**Fidelity** (the trees reproduce the router's choice): {100 * it.tree_fidelity:.1f}% on held-out "
        f"states, {100 * it.tree_train_fidelity:.1f}% on training states.",
        "",
        "| expert | held-out accuracy of its own tree |",
        "|---:|---:|",
        *[f"| {m} | {100 * a:.1f}% |" for m, a in it.expert_accuracy.items()],
        "",
    ]
    for m, text in it.rules.items():
        lines += [f"Expert {m}:", "", "```", text.rstrip(), "```", ""]
    lines += [
        "## 5. The policy without torch",
        "",
        "`policy.json` holds every weight (router, experts' means and log-stds, bounds, the trees). "
        "It runs with NumPy alone:",
        "",
        "```python",
        "from algorithms.interpret.export import load_policy, policy_action, tree_route",
        "policy = load_policy('policy.json')",
        "action = policy_action(policy, obs)                       # the agent's deterministic action",
        "action = policy_action(policy, obs, gate='bare',",
        "                       experts=tree_route(policy, obs))   # trees + linear experts",
        "```",
        "",
    ]
    page = out / "README.md"
    page.write_text("\n".join(lines))
    return page
