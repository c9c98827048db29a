"""`interpret RUN_DIR`: roll out a finished SMoSE run and write its interpretation page.

Writes into RUN_DIR/interpretation/ (or --out): README.md with its PNG figures, summary.json
(the figures the report reads), policy.json (the whole policy for algorithms.interpret.export's
pure-NumPy functions) and rollout.npz (the states, experts and actions the analysis used).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch

from algorithms.base import EnvInfo
from algorithms.interpret.export import export_policy, export_trees, save_policy
from algorithms.interpret.page import Interpretation, write_page
from algorithms.interpret.routing import expert_profiles, unused_experts, usage_rates
from algorithms.interpret.trees import fit_router_trees, heldout_split
from envs.features import actuator_names, feature_names
from envs.suites import get_task, make_env
from harness import registry
from harness.errors import UsageError
from harness.protocol import eval_seeds, evaluate

OUT_NAME = "interpretation"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "interpret", help="interpret a finished smose run: expert usage, per-expert statistics, "
                          "router trees, a torch-free export",
        description="Roll out a finished smose run on the fixed evaluation seeds and write a markdown "
                    "page with figures, summary.json and policy.json into RUN_DIR/interpretation.")
    p.add_argument("run_dir", metavar="RUN_DIR", help="a finished smose run, e.g. results/quick/Hopper-v5/smose/seed0")
    p.add_argument("--episodes", type=int, default=10, help="deterministic episodes per policy (default 10)")
    p.add_argument("--depth", type=int, default=3, help="depth of the router trees (default 3)")
    p.add_argument("--heldout", type=float, default=0.3,
                   help="fraction of the episodes held out to measure tree fidelity (default 0.3)")
    p.add_argument("--seed", type=int, default=0, help="seed of the held-out split and the trees (default 0)")
    p.add_argument("--out", default=None, help="folder for the page (default RUN_DIR/interpretation)")
    p.set_defaults(func=cmd_interpret)


def cmd_interpret(args: argparse.Namespace) -> int:
    summary = interpret(Path(args.run_dir), episodes=args.episodes, depth=args.depth,
                        heldout=args.heldout, seed=args.seed,
                        out=Path(args.out) if args.out else None)
    print(f"expert usage: {', '.join(f'{u:.2f}' for u in summary['expert_usage'])} "
          f"(unused: {summary['unused_experts'] or 'none'})")
    print(f"tree fidelity (depth {summary['tree_depth']}, held-out): {summary['tree_fidelity']:.3f}")
    print(f"return: gated {summary['return_gated']:.1f}, bare {summary['return_bare']:.1f}, "
          f"trees {summary['return_trees']:.1f}")
    print(f"wrote {summary['page']}")
    return 0


def load_smose_run(run_dir: Path) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """(config.json, final.json, the loaded agent) of a finished smose run, or a UsageError."""
    if not run_dir.is_dir():
        raise UsageError(f"{run_dir} is not a folder; give a run folder such as results/<exp>/<task>/smose/seed0")
    config_file, final_file = run_dir / "config.json", run_dir / "final.json"
    if not config_file.exists():
        raise UsageError(f"{run_dir} is not a run folder (no config.json); give <experiment>/<task>/<algo>/seed<k>")
    config = json.loads(config_file.read_text())
    algo = config.get("spec", {}).get("algo", "?")
    try:
        spec = registry.get(algo)
    except registry.RegistryError:
        spec = None
    if spec is None or spec.family != "smose":
        raise UsageError(f"{run_dir} is a run of {algo!r}; interpret needs a smose run")
    if not final_file.exists():
        why = "it failed (see failed.json)" if (run_dir / "failed.json").exists() else "it has no final.json"
        raise UsageError(f"{run_dir} is not a finished run: {why}; rerun it with `python -m harness run`")
    model = run_dir / "model"
    missing = [f for f in ("model.pt", "agent.json") if not (model / f).exists()]
    if missing:
        raise UsageError(f"{run_dir} has no saved weights (missing model/{', model/'.join(missing)})")
    env_info = EnvInfo.from_dict(json.loads((model / "agent.json").read_text())["env_info"])
    agent = spec.loader(model, env_info)
    return config, json.loads(final_file.read_text()), agent


class Recorder:
    """An act function for harness.protocol.evaluate that records what it saw and did."""

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


def interpret(run_dir: Path, episodes: int = 10, depth: int = 3, heldout: float = 0.3, seed: int = 0,
              out: Path | None = None) -> dict[str, Any]:
    """Interpret a finished smose run; returns summary.json's content (plus "page")."""
    if episodes < 1:
        raise UsageError(f"--episodes must be at least 1, not {episodes}")
    if depth < 1:
        raise UsageError(f"--depth must be at least 1, not {depth}")
    if not 0 < heldout < 1:
        raise UsageError(f"--heldout must be a fraction between 0 and 1 (exclusive), not {heldout}")
    run_dir = Path(run_dir)
    config, final, agent = load_smose_run(run_dir)
    actor = agent.actor
    task = get_task(config["spec"]["task"])
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
    out = Path(out) if out is not None else run_dir / OUT_NAME
    out.mkdir(parents=True, exist_ok=True)

    policy = export_policy(actor, task.name, features, actuators)
    policy["router_trees"] = export_trees(trees)
    save_policy(policy, out / "policy.json")
    np.savez_compressed(out / "rollout.npz", states=states, experts=experts, actions=actions,
                        episode=episode_ids, heldout=held)

    w = policy
    interpretation = Interpretation(
        run=str(run_dir), task=task.name, n_episodes=episodes, eval_gate=actor.eval_gate,
        feature_names=features, actuator_names=actuators, usage=usage,
        profiles=expert_profiles(states, actions, experts, actor.n_experts),
        router_W=np.asarray(w["router"]["weight"]), router_b=np.asarray(w["router"]["bias"]),
        mean_W=np.asarray([e["mean_weight"] for e in w["experts"]]),
        mean_b=np.asarray([e["mean_bias"] for e in w["experts"]]),
        returns=returns, tree_depth=depth, tree_fidelity=trees.fidelity,
        tree_train_fidelity=trees.train_fidelity, n_train_states=trees.n_train,
        n_heldout_states=trees.n_heldout, rules=trees.rules(features),
        expert_accuracy=trees.expert_accuracy,
        training_usage=_last_training_usage(actor.n_experts, run_dir),
        mean_state=states.mean(0),
    )
    page = write_page(interpretation, out, np.asarray(w["action_low"]), np.asarray(w["action_high"]))

    summary = {
        "task": task.name,
        "episodes": episodes,
        "eval_seeds": eval_seeds(episodes),
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
        "final_return_mean": final.get("return_mean"),
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


def _last_training_usage(n_experts: int, run_dir: Path) -> dict[str, float]:
    """The last logged training-batch usage per expert, if the run's TensorBoard log has it."""
    try:
        from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    except ImportError:
        return {}
    tb = run_dir / "tb"
    if not tb.is_dir():
        return {}
    acc = EventAccumulator(str(tb), size_guidance={"scalars": 0})
    acc.Reload()
    tags = set(acc.Tags().get("scalars", []))
    usage = {}
    for m in range(n_experts):
        tag = f"train/expert_usage_{m}"
        if tag in tags and acc.Scalars(tag):
            usage[f"expert {m}"] = float(acc.Scalars(tag)[-1].value)
    return usage
