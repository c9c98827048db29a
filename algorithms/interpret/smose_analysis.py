"""SMoSE's own analysis of a trained agent: expert usage, per-expert inputs and actions, weights,
router trees, and the gated / bare / tree-routed returns, as a page with figures.

SMoSE's `Analysis` (algorithms.base): written into <run>/interpretation/ at the end of every SMoSE
run, and again by `python -m harness interpret RUN_DIR` with other options:
README.md with its PNG figures, summary.json (the figures the report reads), policy.json (the
whole policy for algorithms.interpret.export's pure-NumPy functions) and rollout.npz (the states,
experts and actions the analysis used).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch

from algorithms.base import Agent, Analysis, AnalysisRun
from algorithms.interpret.export import export_policy, export_trees, save_policy
from algorithms.interpret.page import Interpretation, write_page
from algorithms.interpret.routing import expert_profiles, unused_experts, usage_rates
from envs.features import actuator_names, feature_names
from envs.suites import get_task, make_env


class SMoSEAnalysis(Analysis):
    """SMoSE's analysis of a trained run (see the module docstring): the `Analysis` of its spec."""

    title = "experts and router trees"
    description = (
        "Expert usage: the share of the final evaluation's decisions taken by each expert (experts "
        "in order). From SMoSE's analysis at the end of each run (made again, with other options, "
        "by `python -m harness interpret RUN_DIR`): the fidelity of the decision trees distilled "
        "from the router (the share of held-out states where the trees pick the router's expert), "
        "their depth, and the return of the policy as trained (gated), with bare expert outputs, "
        "and with trees for routing.")
    options = {
        "episodes": (10, "deterministic episodes per policy"),
        "depth": (3, "depth of the router trees"),
        "heldout": (0.3, "fraction of the episodes held out to measure tree fidelity"),
        "seed": (0, "seed of the held-out split and the trees"),
    }

    def __call__(self, agent: Agent, run: AnalysisRun, out: Path, episodes: int = 10, depth: int = 3,
                 heldout: float = 0.3, seed: int = 0) -> dict[str, Any]:
        if episodes < 1:
            raise ValueError(f"--episodes must be at least 1, not {episodes}")
        if depth < 1:
            raise ValueError(f"--depth must be at least 1, not {depth}")
        if not 0 < heldout < 1:
            raise ValueError(f"--heldout must be a fraction between 0 and 1 (exclusive), not {heldout}")
        if not 0 <= seed < 2**32:
            raise ValueError(f"--seed must be between 0 and 2**32 - 1, not {seed}")
        summary = analyse_smose(agent, run, out, training_usage(agent.actor.n_experts, run.scalars),
                                episodes, depth, heldout, seed)
        lines = [f"expert usage: {', '.join(f'{u:.2f}' for u in summary['expert_usage'])} "
                 f"(unused: {summary['unused_experts'] or 'none'})",
                 f"tree fidelity (depth {summary['tree_depth']}, held-out): {summary['tree_fidelity']:.3f}",
                 f"return: gated {summary['return_gated']:.1f}, bare {summary['return_bare']:.1f}, "
                 f"trees {summary['return_trees']:.1f}",
                 f"wrote {summary['page']}"]
        return {**summary, "lines": lines}

    def report_row(self, summary: dict[str, Any] | None, agent_info: dict[str, Any]) -> dict[str, Any]:
        g = (summary or {}).get
        usage = agent_info.get("expert_usage")
        usage = usage if usage is not None else g("expert_usage")
        unused = g("unused_experts")
        if unused is None and usage is not None:
            unused = [i for i, u in enumerate(usage) if u == 0]
        fidelity = g("tree_fidelity")
        return {"expert usage": " ".join(f"{100 * u:.0f}" for u in usage) + " %" if usage else None,
                "unused experts": None if unused is None else
                f"{len(unused)} ({', '.join(map(str, unused))})" if unused else "0",
                "tree fidelity": None if fidelity is None else f"{100 * fidelity:.3g}%",
                "tree depth": g("tree_depth"), "return (gated)": g("return_gated"),
                "return (bare experts)": g("return_bare"), "return (trees)": g("return_trees")}

    def report_note(self, summaries: list[dict[str, Any]]) -> str:
        episodes = sorted({int(s["episodes"]) for s in summaries if s.get("episodes")})
        if not episodes:
            return ""
        n = " or ".join(f"{e:,}" for e in episodes)
        return (f"The three returns are over the analysis's {n} episodes, the first {n} of the final "
                "evaluation's, so the gated return can differ from section 1's over all of them. The "
                "trees were fitted on states of these same episodes: the return with trees is an "
                "optimistic figure.")

    def derived_policies(self, out: Path) -> list[dict[str, Any]]:
        """The policy with the router trees in place of the router, acting with the bare experts
        (piecewise linear, as readable as its trees): leaves, the sum over the one-vs-rest trees;
        parameters, each split's feature and threshold, each leaf's probability and the active
        experts' means. [] where the analysis has no trees or no per-episode returns."""
        try:
            summary = json.loads((Path(out) / "summary.json").read_text())
            policy = json.loads((Path(out) / "policy.json").read_text())
            trees, returns = policy["router_trees"], summary["returns"]["trees"]
        except (OSError, ValueError, KeyError, TypeError):
            return []
        leaves = sum(t["children_left"].count(-1) for t in trees)
        splits = sum(len(t["children_left"]) for t in trees) - leaves
        n_s, n_a = len(policy["feature_names"]), len(policy["actuator_names"])
        return [{"name": f"smose-tree-router-d{summary['tree_depth']}", "kind": "tree", "leaves": leaves,
                 "parameters": 2 * splits + leaves + len(trees) * n_a * (n_s + 1), "returns": returns}]


class Recorder:
    """An act function for the protocol's evaluate that records what it saw and did."""

    def __init__(self, choose: Callable[[np.ndarray], tuple[np.ndarray, int]]):
        self.choose = choose
        self.states: list[np.ndarray] = []
        self.experts: list[int] = []
        self.actions: list[np.ndarray] = []

    def __call__(self, obs: np.ndarray) -> np.ndarray:
        action, expert = self.choose(obs)
        self.states.append(np.asarray(obs, dtype=float))
        self.experts.append(int(expert))
        self.actions.append(action)
        return action


def analyse_smose(agent: Any, run: AnalysisRun, out: Path, training_usage: dict[str, float],
                  episodes: int = 10, depth: int = 3, heldout: float = 0.3, seed: int = 0) -> dict[str, Any]:
    """SMoSE's analysis of a trained agent, written into `out`; returns summary.json's content
    (plus "page")."""
    from algorithms.interpret.trees import (  # scikit-learn: when used
        fit_router_trees,
        heldout_split,
    )

    actor, evaluate = agent.actor, run.evaluate
    task = get_task(run.task)
    info = agent.env_info
    features, actuators = feature_names(task.name, info.obs_dim), actuator_names(task.name, info.act_dim)
    torch.set_num_threads(1)

    def torch_choice(gate: str, experts_fn: Callable[[np.ndarray], int] | None = None):
        def choose(obs: np.ndarray) -> tuple[np.ndarray, int]:
            with torch.inference_mode():
                x = torch.as_tensor(obs, dtype=torch.float32).unsqueeze(0)
                if experts_fn is None:
                    a, e = actor.deterministic_with_expert(x, gate)
                    return a[0].numpy(), int(e[0])
                m = experts_fn(obs)
                return forced_action(actor, x, m, gate)[0].numpy(), m
        return choose

    env = make_env(task)
    try:
        def rollout(choose) -> tuple[Recorder, Any]:
            rec = Recorder(choose)
            return rec, evaluate(rec, env, task, episodes)

        original, ev_original = rollout(torch_choice(actor.eval_gate))
        other_gate = "bare" if actor.eval_gate == "gated" else "gated"
        _, ev_other = rollout(torch_choice(other_gate))

        states = np.asarray(original.states)
        experts = np.asarray(original.experts)
        actions = np.asarray(original.actions)
        episode_ids = np.repeat(np.arange(episodes), ev_original.lengths)
        held = heldout_split(episode_ids, heldout, seed)
        trees = fit_router_trees(states, experts, held, depth=depth, seed=seed)

        def tree_expert(obs: np.ndarray) -> int:
            return int(trees.predict(obs[None, :])[0])

        _, ev_trees = rollout(torch_choice("bare", tree_expert))
        _, ev_trees_gated = rollout(torch_choice("gated", tree_expert))
    finally:
        env.close()

    returns = {actor.eval_gate: ev_original.returns, other_gate: ev_other.returns,
               "trees": ev_trees.returns, "trees_gated": ev_trees_gated.returns}
    usage = usage_rates(experts, actor.n_experts)
    out.mkdir(parents=True, exist_ok=True)

    policy = export_policy(actor, task.name, features, actuators)
    policy["router_trees"] = export_trees(trees)
    save_policy(policy, out / "policy.json")
    np.savez_compressed(out / "rollout.npz", states=states, experts=experts, actions=actions,
                        episode=episode_ids, heldout=held)

    w = policy
    interpretation = Interpretation(
        run=run.title, task=task.name, n_episodes=episodes, eval_gate=actor.eval_gate,
        feature_names=features, actuator_names=actuators, usage=usage,
        profiles=expert_profiles(states, actions, experts, actor.n_experts),
        router_W=np.asarray(w["router"]["weight"]), router_b=np.asarray(w["router"]["bias"]),
        mean_W=np.asarray([e["mean_weight"] for e in w["experts"]]),
        mean_b=np.asarray([e["mean_bias"] for e in w["experts"]]),
        returns=returns, tree_depth=depth, tree_fidelity=trees.fidelity,
        tree_train_fidelity=trees.train_fidelity, n_train_states=trees.n_train,
        n_heldout_states=trees.n_heldout, rules=trees.rules(features),
        expert_accuracy=trees.expert_accuracy,
        training_usage=training_usage,
        mean_state=states.mean(0),
    )
    page = write_page(interpretation, out, np.asarray(w["action_low"]), np.asarray(w["action_high"]))

    summary = {
        "task": task.name,
        "episodes": episodes,
        "eval_seeds": run.eval_seeds(episodes),
        "eval_gate": actor.eval_gate,
        "expert_usage": usage.tolist(),
        "unused_experts": unused_experts(usage),
        "tree_depth": depth,
        "tree_fidelity": trees.fidelity,
        "tree_train_fidelity": trees.train_fidelity,
        "tree_expert_accuracy": {str(m): a for m, a in trees.expert_accuracy.items()},
        "heldout_states": trees.n_heldout,
        "return_gated": float(returns["gated"].mean()),
        "return_bare": float(returns["bare"].mean()),
        "return_trees": float(returns["trees"].mean()),
        "return_trees_gated": float(returns["trees_gated"].mean()),
        "returns": {k: v.tolist() for k, v in returns.items()},
        "final_return_mean": run.final_return,
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    return {**summary, "page": str(page)}


def forced_action(actor: Any, obs: torch.Tensor, expert: int, gate: str) -> torch.Tensor:
    """The action of a given expert (not the router's choice); "gated" uses the router's softmax
    probability of that expert as the gate value."""
    e = torch.full((obs.shape[0],), expert, dtype=torch.long)
    mean, _ = actor.expert_outputs(obs, e)
    if gate == "gated":
        p = torch.softmax(actor.router(obs), dim=-1)[:, expert:expert + 1]
        return torch.tanh(p * mean) * actor.action_scale + actor.action_bias
    low, high = actor.action_bias - actor.action_scale, actor.action_bias + actor.action_scale
    return torch.clamp(mean * actor.action_scale + actor.action_bias, low, high)




def training_usage(n_experts: int, scalars: list[tuple[int, str, float]]) -> dict[str, float]:
    """The last logged training-batch usage of each expert, from a run's scalars."""
    usage: dict[int, float] = {}
    for _, name, value in scalars:
        m = name.removeprefix("train/expert_usage_")
        if m != name and m.isdigit() and int(m) < n_experts:
            usage[int(m)] = float(value)
    return {f"expert {m}": usage[m] for m in sorted(usage)}
