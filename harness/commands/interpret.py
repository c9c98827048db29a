"""`interpret RUN_DIR`: the interpretation of any finished run, kept in RUN_DIR/interpretation/.

Every agent: its policy distilled into trees of depths 1-8 and a linear policy, each with its
return, fidelity and size, and written as standalone Python (harness/distillation.py). The run
computed this at its end; interpret reuses it, or computes it for a run made without it
(`--no-interpret`, or before it existed), or again with --redo.

SMoSE: also its own analysis (harness/smose_analysis.py), made again with the options given:
README.md with its PNG figures, summary.json (the figures the report reads), policy.json and
rollout.npz.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from algorithms.base import EnvInfo
from envs.suites import get_task
from harness import registry
from harness.commands import check_seed, check_writable
from harness.distillation import FOLDER, DistillSettings, distill_agent
from harness.errors import UsageError
from harness.smose_analysis import analyse_smose, training_usage
from harness.store import StoreError, read_json
from harness.textable import markdown_table

OUT_NAME = FOLDER
SMOSE_FLAGS = {"episodes": 10, "depth": 3, "heldout": 0.3, "seed": 0, "out": None}  # SMoSE's only, defaults


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "interpret", help="interpret a finished run: its policy distilled into trees and a linear "
                          "policy (any agent); SMoSE's experts, router trees and page",
        description="Interpret a finished run, into RUN_DIR/interpretation: the distilled policies "
                    "(reused when the run made them), and for SMoSE its analysis page.")
    p.add_argument("run_dir", metavar="RUN_DIR", help="a finished run, e.g. results/quick/Hopper-v5/smose/seed0")
    p.add_argument("--redo", action="store_true", help="distil again even where the run already did")
    p.add_argument("--episodes", type=int, default=SMOSE_FLAGS["episodes"], help="SMoSE: deterministic episodes per policy (default 10)")
    p.add_argument("--depth", type=int, default=SMOSE_FLAGS["depth"], help="SMoSE: depth of the router trees (default 3)")
    p.add_argument("--heldout", type=float, default=SMOSE_FLAGS["heldout"],
                   help="SMoSE: fraction of the episodes held out to measure tree fidelity (default 0.3)")
    p.add_argument("--seed", type=int, default=SMOSE_FLAGS["seed"], help="SMoSE: seed of the held-out split and the trees (default 0)")
    p.add_argument("--out", default=SMOSE_FLAGS["out"], help="SMoSE: folder for the page (default RUN_DIR/interpretation)")
    p.set_defaults(func=cmd_interpret)


def cmd_interpret(args: argparse.Namespace) -> int:
    run_dir = Path(args.run_dir)
    _, spec = run_spec(run_dir)
    algo, smose = spec.name, spec.family == "smose"
    if not smose:
        given = [f"--{k}" for k, default in SMOSE_FLAGS.items() if getattr(args, k) != default]
        if given:
            raise UsageError(f"{', '.join(given)} apply to SMoSE's analysis only; {run_dir} is a run of {algo!r}")
    else:
        check_options(args.episodes, args.depth, args.heldout, args.seed)
        if args.out:
            check_writable(Path(args.out), "--out")
    config, final, agent = load_run(run_dir)
    if smose:
        summary = interpret(run_dir, episodes=args.episodes, depth=args.depth, heldout=args.heldout,
                            seed=args.seed, out=Path(args.out) if args.out else None)
        print(f"expert usage: {', '.join(f'{u:.2f}' for u in summary['expert_usage'])} "
              f"(unused: {summary['unused_experts'] or 'none'})")
        print(f"tree fidelity (depth {summary['tree_depth']}, held-out): {summary['tree_fidelity']:.3f}")
        print(f"return: gated {summary['return_gated']:.1f}, bare {summary['return_bare']:.1f}, "
              f"trees {summary['return_trees']:.1f}")
        print(f"wrote {summary['page']}")
    distilled, reused = distilled_policies(run_dir, config, final, agent, redo=args.redo)
    print(f"{'the distillation already in the run folder (--redo distils again)' if reused else 'distilled now'} "
          f"({run_dir / FOLDER / 'distilled.json'}; each policy as Python in {run_dir / FOLDER / 'policies'}):")
    rows = [[p["name"], str(p["leaves"]), str(p["depth"]), f"{p['parameters']:,}", f"{p['return_mean']:.1f}",
             f"{p['action_rmse']:.3f}"] for p in distilled["policies"]]
    rows.append([f"{algo} (itself)", "-", "-", f"{final['param_counts']['total']:,}", f"{final['return_mean']:.1f}", "0"])
    print(markdown_table(["policy", "leaves", "depth", "parameters", "return", "action RMSE vs the agent"], rows,
                         right_align=[False, True, True, True, True, True]))
    return 0


def distilled_policies(run_dir: Path, config: dict[str, Any], final: dict[str, Any], agent: Any,
                       redo: bool = False) -> tuple[dict[str, Any], bool]:
    """(distilled.json's content, whether it was the run's own) for a finished run."""
    path = run_dir / FOLDER / "distilled.json"
    if path.exists() and not redo:
        return read_json(path), True
    spec = config["spec"]
    eval_episodes = spec.get("settings", {}).get("eval_episodes", 10)
    summary, files = distill_agent(agent, get_task(spec["task"]), spec["seed"], spec["algo"],
                                   DistillSettings(eval_episodes=eval_episodes))
    for rel, blob in files.items():
        (run_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (run_dir / rel).write_bytes(blob)
    return summary, False


def run_spec(run_dir: Path) -> tuple[dict[str, Any], Any]:
    """(config.json, the registry entry of its algorithm) of a run folder, or a UsageError."""
    if not run_dir.is_dir():
        raise UsageError(f"{run_dir} is not a folder; give a run folder such as results/<exp>/<task>/smose/seed0")
    config_file = run_dir / "config.json"
    if not config_file.exists():
        raise UsageError(f"{run_dir} is not a run folder (no config.json); give <experiment>/<task>/<algo>/seed<k>")
    config = read_json(config_file)
    algo = config.get("spec", {}).get("algo", "?")
    try:
        return config, registry.get(algo)
    except registry.RegistryError:
        raise UsageError(f"{run_dir} is a run of {algo!r}, which is not registered here "
                         f"(valid: {', '.join(registry.all_specs())})") from None


def load_run(run_dir: Path, family: str | None = None) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """(config.json, final.json, the loaded agent) of a finished run (of an agent of `family`,
    where given), or a UsageError."""
    config, spec = run_spec(run_dir)
    if family is not None and spec.family != family:
        raise UsageError(f"{run_dir} is a run of {spec.name!r}; the {family} analysis needs a {family} run")
    final_file = run_dir / "final.json"
    if not final_file.exists():
        why = "it failed (see failed.json)" if (run_dir / "failed.json").exists() else "it has no final.json"
        raise UsageError(f"{run_dir} is not a finished run: {why}; rerun it with `python -m harness run`")
    model = run_dir / "model"
    if not (model / "agent.json").exists() or len(list(model.iterdir())) < 2:
        raise UsageError(f"{run_dir} has no saved weights (model/ lacks agent.json or the weights)")
    final = read_json(final_file)
    try:
        env_info = EnvInfo.from_dict(read_json(model / "agent.json")["env_info"])
        agent = spec.loader(model, env_info)
    except (UsageError, StoreError):
        raise
    except Exception as e:  # whatever a damaged file makes the loader raise
        raise UsageError(f"{model} cannot be loaded ({type(e).__name__}: {e}); rerun the run to "
                         "save it again") from None
    return config, final, agent


def check_options(episodes: int, depth: int, heldout: float, seed: int) -> None:
    """SMoSE's analysis options, or a UsageError naming the flag."""
    if episodes < 1:
        raise UsageError(f"--episodes must be at least 1, not {episodes}")
    if depth < 1:
        raise UsageError(f"--depth must be at least 1, not {depth}")
    if not 0 < heldout < 1:
        raise UsageError(f"--heldout must be a fraction between 0 and 1 (exclusive), not {heldout}")
    check_seed(seed)


def load_smose_run(run_dir: Path) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """load_run for a smose run; a UsageError for any other."""
    return load_run(run_dir, family="smose")


def interpret(run_dir: Path, episodes: int = 10, depth: int = 3, heldout: float = 0.3, seed: int = 0,
              out: Path | None = None) -> dict[str, Any]:
    """Interpret a finished smose run; returns summary.json's content (plus "page")."""
    check_options(episodes, depth, heldout, seed)
    run_dir = Path(run_dir)
    config, final, agent = load_smose_run(run_dir)
    out = Path(out) if out is not None else run_dir / OUT_NAME
    return analyse_smose(agent, config["spec"]["task"], out, final.get("return_mean"),
                         _last_training_usage(agent.actor.n_experts, run_dir), str(run_dir),
                         episodes, depth, heldout, seed)


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
    logged = [(e.step, tag, e.value) for tag in acc.Tags().get("scalars", [])
              if tag.startswith("train/expert_usage_") for e in acc.Scalars(tag)]
    return training_usage(n_experts, logged)
