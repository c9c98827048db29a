"""The SMoSE policy as a small JSON of weights, and a pure-NumPy function that runs it.

    policy.json = {"format": "smose-policy/1", "task", "n_experts", "eval_gate",
                   "feature_names" (n_s), "actuator_names" (n_a),
                   "action_low", "action_high" (n_a),
                   "router": {"weight" (M x n_s), "bias" (M)},
                   "experts": [{"mean_weight" (n_a x n_s), "mean_bias" (n_a),
                                "log_std_weight" (n_a x n_s), "log_std_bias" (n_a)}, ...],
                   "router_trees": optional, from export_trees}

`policy_action(policy, obs)` gives the agent's deterministic action: expert m = argmax of the
router's logits; "gated": tanh(p_top * mean_m(s)) * scale + offset; "bare": mean_m(s) * scale +
offset clipped to the bounds. `tree_route` routes with the distilled trees instead. This module
never imports torch: the policy runs wherever NumPy does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "smose-policy/1"


def export_policy(actor: Any, task: str = "", feature_names: list[str] | None = None,
                  actuator_names: list[str] | None = None) -> dict[str, Any]:
    """The JSON-able weights of an SMoSEActor (read through its state_dict; no torch import)."""
    w = {k: v.detach().cpu().numpy().astype(float) for k, v in actor.state_dict().items()}
    scale, offset = w["action_scale"], w["action_bias"]
    m = int(actor.n_experts)
    return {
        "format": FORMAT,
        "task": task,
        "n_experts": m,
        "eval_gate": actor.eval_gate,
        "feature_names": list(feature_names or [f"obs[{i}]" for i in range(actor.obs_dim)]),
        "actuator_names": list(actuator_names or [f"act[{i}]" for i in range(actor.act_dim)]),
        "action_low": (offset - scale).tolist(),
        "action_high": (offset + scale).tolist(),
        "router": {"weight": w["router.weight"].tolist(), "bias": w["router.bias"].tolist()},
        "experts": [{"mean_weight": w["mean_weight"][k].tolist(), "mean_bias": w["mean_bias"][k].tolist(),
                     "log_std_weight": w["log_std_weight"][k].tolist(),
                     "log_std_bias": w["log_std_bias"][k].tolist()} for k in range(m)],
    }


def export_trees(router_trees: Any) -> list[dict[str, Any]]:
    """The distilled trees (algorithms.interpret.trees.RouterTrees) as arrays per active expert:
    node i splits on feature[i] at threshold[i] (left: <=), a leaf has children -1 and gives
    p_chosen[i], the probability that the expert is chosen."""
    out = []
    for m, tree in zip(router_trees.experts, router_trees.trees):
        t = tree.tree_
        value = t.value[:, 0, :]
        value = value / np.maximum(value.sum(axis=1, keepdims=True), 1e-12)
        classes = list(tree.classes_)
        p_chosen = value[:, classes.index(1)] if 1 in classes else np.zeros(t.node_count)
        out.append({"expert": int(m), "feature": t.feature.tolist(), "threshold": t.threshold.tolist(),
                    "children_left": t.children_left.tolist(), "children_right": t.children_right.tolist(),
                    "p_chosen": p_chosen.tolist()})
    return out


def save_policy(policy: dict[str, Any], path: Path) -> None:
    Path(path).write_text(json.dumps(policy))


def load_policy(path: Path | str) -> dict[str, Any]:
    """policy.json with its weights as float64 arrays (router_W (M, n_s), mean_W (M, n_a, n_s), ...)."""
    return as_arrays(json.loads(Path(path).read_text()))


def as_arrays(policy: dict[str, Any]) -> dict[str, Any]:
    """export_policy's dict with its weights added as float64 arrays."""
    if policy.get("format") != FORMAT:
        raise ValueError(f"not an exported SMoSE policy (format {policy.get('format')!r}, expected {FORMAT})")
    experts = policy["experts"]
    return {
        **policy,
        "router_W": np.asarray(policy["router"]["weight"], dtype=float),
        "router_b": np.asarray(policy["router"]["bias"], dtype=float),
        "mean_W": np.asarray([e["mean_weight"] for e in experts], dtype=float),
        "mean_b": np.asarray([e["mean_bias"] for e in experts], dtype=float),
        "low": np.asarray(policy["action_low"], dtype=float),
        "high": np.asarray(policy["action_high"], dtype=float),
    }


def route(policy: dict[str, Any], obs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(expert (B,), p_top (B,)) for obs (B, n_s) or (n_s,): the router without noise."""
    p = policy if "router_W" in policy else as_arrays(policy)
    x = np.atleast_2d(np.asarray(obs, dtype=float))
    logits = x @ p["router_W"].T + p["router_b"]
    expert = logits.argmax(axis=1)
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    p_top = z[np.arange(len(x)), expert] / z.sum(axis=1)
    return expert, p_top


def tree_route(policy: dict[str, Any], obs: np.ndarray) -> np.ndarray:
    """The expert (B,) the exported router trees choose: the highest p_chosen, lowest index on ties."""
    x = np.atleast_2d(np.asarray(obs, dtype=float))
    trees = policy.get("router_trees")
    if not trees:
        raise ValueError("this policy has no router_trees (run `python -m harness interpret` to add them)")
    scores = np.zeros((len(x), len(trees)))
    for j, t in enumerate(trees):
        for i, s in enumerate(x):
            node = 0
            while t["children_left"][node] != -1:
                go_left = s[t["feature"][node]] <= t["threshold"][node]
                node = t["children_left"][node] if go_left else t["children_right"][node]
            scores[i, j] = t["p_chosen"][node]
    return np.asarray([t["expert"] for t in trees])[scores.argmax(axis=1)]


def policy_action(policy: dict[str, Any], obs: np.ndarray, gate: str | None = None,
                  experts: np.ndarray | None = None) -> np.ndarray:
    """The deterministic action(s) in env units: (n_a,) for obs (n_s,), (B, n_a) for (B, n_s).

    gate: "gated" or "bare" (default: the policy's eval_gate). experts: the expert of each state
    when something else than the router chooses (e.g. tree_route); the gate value is then the
    router's softmax probability of that expert.
    """
    p = policy if "router_W" in policy else as_arrays(policy)
    gate = gate or p["eval_gate"]
    x = np.atleast_2d(np.asarray(obs, dtype=float))
    chosen, p_top = route(p, x)
    if experts is not None:
        chosen = np.broadcast_to(np.asarray(experts, dtype=int), (len(x),))
        logits = x @ p["router_W"].T + p["router_b"]
        z = np.exp(logits - logits.max(axis=1, keepdims=True))
        p_top = z[np.arange(len(x)), chosen] / z.sum(axis=1)
    mean = np.einsum("bas,bs->ba", p["mean_W"][chosen], x) + p["mean_b"][chosen]
    scale, offset = (p["high"] - p["low"]) / 2, (p["high"] + p["low"]) / 2
    if gate == "gated":
        action = np.tanh(p_top[:, None] * mean) * scale + offset
    elif gate == "bare":
        action = np.clip(mean * scale + offset, p["low"], p["high"])
    else:
        raise ValueError(f"gate must be 'gated' or 'bare', not {gate!r}")
    return action[0] if np.ndim(obs) == 1 else action
