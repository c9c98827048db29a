"""`interpret RUN_DIR`: the interpretation of any finished run, kept in RUN_DIR/interpretation/.

Every agent: its policy distilled into trees of depths 1-8 and a linear policy, each with its
return, fidelity and size, and written as standalone Python (harness/distillation.py). The run
computed this at its end; interpret reuses it, or computes it for a run made without it
(`--no-interpret`, or before it existed), or again with --redo.

An agent with an analysis of its own (its spec's `analysis`: SMoSE's experts and router trees,
algorithms/interpret/smose_analysis.py; PMOE's distinguishable primitives,
algorithms/interpret/primitives_analysis.py): that analysis too, made again with the options given.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from algorithms.base import AnalysisRun, EnvInfo
from envs.suites import get_task
from harness import registry
from harness.commands import check_writable
from harness.distillation import FOLDER, DistillSettings, distill_agent
from harness.errors import UsageError
from harness.protocol import eval_seeds, evaluate
from harness.store import StoreError, read_json
from harness.textable import markdown_table

OUT_NAME = FOLDER


def analysis_options() -> dict[str, dict[tuple[Any, str], list[str]]]:
    """Every registered analysis's options: name -> {(default, help): the agents that take it so}
    (two analyses may share an option's name, each with its own default and meaning)."""
    options: dict[str, dict[tuple[Any, str], list[str]]] = {}
    for spec in registry.all_specs().values():
        for name, (default, text) in (spec.analysis.options if spec.analysis else {}).items():
            options.setdefault(name, {}).setdefault((default, text), []).append(spec.name)
    return options


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "interpret",
        description="Interpret a finished run, into RUN_DIR/interpretation: the distilled policies "
                    "(reused when the run made them), and the agent's own analysis, made again "
                    "with the options below.")
    p.add_argument("run_dir", metavar="RUN_DIR", help="a finished run, e.g. results/quick/Hopper-v5/smose/seed0")
    p.add_argument("--redo", action="store_true", help="distil again even where the run already did")
    for name, meanings in analysis_options().items():
        p.add_argument(f"--{name}", type=type(next(iter(meanings))[0]), default=None,
                       help="; ".join(f"{', '.join(agents)}: {text} (default {default})"
                                      for (default, text), agents in meanings.items()))
    p.add_argument("--out", default=None, help="folder for the agent's own analysis (default "
                                               "RUN_DIR/interpretation)")
    p.set_defaults(func=cmd_interpret)


def cmd_interpret(args: argparse.Namespace) -> int:
    run_dir = Path(args.run_dir)
    _, spec = run_spec(run_dir)
    options = {k: getattr(args, k) for k in analysis_options() if getattr(args, k, None) is not None}
    own = spec.analysis.options if spec.analysis else {}
    given = [f"--{k}" for k in options if k not in own] + (["--out"] if args.out and not own else [])
    if given:
        raise UsageError(f"{', '.join(given)} apply to another agent's own analysis; {run_dir} is "
                         f"a run of {spec.name!r}" + (f", whose analysis takes {', '.join(f'--{k}' for k in own)}"
                                                       if own else ", which has no analysis of its own"))
    if args.out:
        check_writable(Path(args.out), "--out")
    config, final, agent = load_run(run_dir)
    if spec.analysis is not None:
        summary = interpret(run_dir, out=Path(args.out) if args.out else None, **options)
        print("\n".join(summary["lines"]))
    distilled, reused = distilled_policies(run_dir, config, final, agent, redo=args.redo)
    print(f"{'the distillation already in the run folder (--redo distils again)' if reused else 'distilled now'} "
          f"({run_dir / FOLDER / 'distilled.json'}; each policy as Python in {run_dir / FOLDER / 'policies'}):")
    rows = [[p["name"], str(p["leaves"]), str(p["depth"]), f"{p['parameters']:,}", f"{p['return_mean']:.1f}",
             f"{p['action_rmse']:.3f}"] for p in distilled["policies"]]
    rows.append([f"{spec.name} (itself)", "-", "-", f"{final['param_counts']['total']:,}", f"{final['return_mean']:.1f}", "0"])
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


def load_run(run_dir: Path) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """(config.json, final.json, the loaded agent) of a finished run, or a UsageError."""
    config, spec = run_spec(run_dir)
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


def interpret(run_dir: Path, out: Path | None = None, **options: Any) -> dict[str, Any]:
    """The agent's own analysis of a finished run, made again (into `out`, by default
    RUN_DIR/interpretation) with `options`; returns its summary (summary.json's content, "lines")."""
    run_dir = Path(run_dir)
    spec = run_spec(run_dir)[1]
    analysis = spec.analysis
    if analysis is None:
        raise UsageError(f"{run_dir} is a run of {spec.name!r}, which has no analysis "
                         "of its own (its distilled policies: `interpret` without options)")
    config, final, agent = load_run(run_dir)
    run = AnalysisRun(config["spec"]["task"], str(run_dir), final.get("return_mean"),
                      logged_scalars(run_dir), evaluate, eval_seeds)
    try:
        return analysis(agent, run, Path(out) if out is not None else run_dir / OUT_NAME, **options)
    except ValueError as e:
        raise UsageError(str(e)) from None


def logged_scalars(run_dir: Path) -> list[tuple[int, str, float]]:
    """The training scalars of the run's TensorBoard log, (step, tag, value); none without one."""
    try:
        from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    except ImportError:
        return []
    tb = run_dir / "tb"
    if not tb.is_dir():
        return []
    acc = EventAccumulator(str(tb), size_guidance={"scalars": 0})
    acc.Reload()
    return [(e.step, tag, e.value) for tag in acc.Tags().get("scalars", []) if tag.startswith("train/")
            for e in acc.Scalars(tag)]
