"""`run`: expand algorithms x tasks x seeds into runs, execute the unfinished ones, store them,
and write the experiment's report."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from envs.suites import resolve_tasks
from harness import checkpoints, registry
from harness.batching import plan_batches
from harness.checkpoints import CHECKPOINT_DIR, Checkpointing
from harness.commands import check_writable
from harness.display import ProgressDisplay
from harness.errors import UsageError
from harness.estimate import describe, estimate, headline
from harness.executors import (
    Executor,
    LocalExecutor,
    RayExecutor,
    parse_ray_address,
    workers_within_memory,
)
from harness.hparams import check_on_tasks, parse_hparams, resolve_overrides
from harness.live import LiveLog
from harness.spec import (
    PRESETS,
    Progress,
    ProgressFn,
    RunResult,
    RunSpec,
    Settings,
    default_eval_interval,
    expand,
    settings_fingerprint,
)
from harness.store import Store, StoreError
from harness.sweep import apply_sweep, parse_sweep
from harness.sweep import describe as describe_sweep
from harness.textable import markdown_table

EXECUTORS = ["local", "ray"]
# `--compile auto` compiles from this budget. Compiling costs 10-80 s per process and saves a
# quarter to a third of an update (sac-l: 5 ms of 16), so it pays from 2,000-16,000 learning
# steps; the threshold sits above that, where it saves several times its cost, so that short
# runs (the quick preset, the tests, a first try) keep the eager update.
COMPILE_FROM_STEPS = 50_000


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "run",
        description="Runs every (task, algorithm, seed) of the experiment that is not finished "
                    "yet, stores each run under --out, and writes reports/<experiment>.md. "
                    "Without flags it runs the quick preset.")
    p.add_argument("--preset", default="quick", choices=list(PRESETS),
                   help="defaults for the flags below (default: quick)")
    p.add_argument("--algos", help="comma list of algorithm names (see `list`)")
    p.add_argument("--envs", help="comma list of tasks (Hopper, Hopper-v5), suites, or 'all'")
    p.add_argument("--seeds", help="number of seeds N: runs seeds 0..N-1")
    p.add_argument("--budget", help="environment steps per run")
    p.add_argument("--hparams", help="overrides: key=value,algo.key=value,... or a YAML file")
    p.add_argument("--sweep", action="append", metavar="[ALGO.]KEY=V1,V2,...",
                   help="a grid of hyper-parameter values: each point is a variant of its agent "
                        "(e.g. smose[lb_weight=0.03]) run on the same seeds; several keys (';' apart "
                        "or one --sweep each) make a grid; or a YAML file {algo: {key: [values]}}")
    p.add_argument("--out", help="experiment folder (default: results/<experiment name>)")
    p.add_argument("--name", help="experiment name (default: the preset's name, plus a hash of "
                                  "the settings when flags change them)")
    p.add_argument("--workers", help="parallel runs (default: CPU cores, at most the runs)")
    p.add_argument("--executor", default="local", choices=EXECUTORS,
                   help="local: a process pool here; ray: a Ray cluster (see --ray-address)")
    p.add_argument("--ray-address", default=None,
                   help="the Ray cluster: 'auto' (the one `ray start` made here) or HOST:PORT; "
                        "default: a new local Ray instance")
    p.add_argument("--device", default="cpu",
                   help="where SAC-family agents train: cpu (default), cuda, or auto (cuda where "
                        "torch sees one); the envs always step on the CPU")
    p.add_argument("--compile", nargs="?", const="on", default="auto", metavar="auto|on|off",
                   help="compile the SAC-family update (torch's inductor): faster per step once compiled, after "
                        "10-80 s of compiling per process (see docs/speed.md); default "
                        f"auto: on for budgets of {COMPILE_FROM_STEPS:,} steps or more, where it pays "
                        "(and a C++ compiler is found); --compile alone: on")
    p.add_argument("--eval-interval", help="steps between evaluations (default: budget/20, >= 1000)")
    p.add_argument("--eval-episodes", default="10", help="episodes per evaluation during training")
    p.add_argument("--final-eval-episodes", default="100", help="episodes of the final evaluation")
    p.add_argument("--checkpoint-interval",
                   help="steps between checkpoints that an interrupted run resumes from "
                        "(default: budget/10 for budgets of 100,000 steps or more, else none; 0: none)")
    p.add_argument("--no-checkpoint-buffer", action="store_true",
                   help="leave the replay buffer out of checkpoints (smaller; the resume refills it)")
    p.add_argument("--seed-batch", default="auto",
                   help="most seeds of one agent and task trained together in one process "
                        "(SAC-family agents; default auto: all of them, split to keep every "
                        "worker busy; 1: one process per seed)")
    p.add_argument("--no-seed-batch", action="store_true",
                   help="train every seed in its own process (same as --seed-batch 1)")
    p.add_argument("--progress-interval", default="30",
                   help="seconds between progress lines when the output is not a terminal (a "
                        "file, nohup, SLURM, CI); on a terminal the bars are live (default 30)")
    p.add_argument("--no-interpret", action="store_true",
                   help="do not distil each trained policy into trees and a linear policy at the end "
                        "of its run (nor run SMoSE's analysis); the report's interpretability section "
                        "is then empty")
    p.add_argument("--reports-dir", default="reports", help="where the report is written")
    p.add_argument("--no-report", action="store_true", help="do not write the report at the end")
    p.add_argument("--dry-run", action="store_true", help="list the runs and exit")
    p.set_defaults(func=cmd_run)


def positive_int(value: str | int, flag: str) -> int:
    try:
        n = int(str(value).replace("_", ""))
    except ValueError:
        n = 0
    if n < 1:
        raise UsageError(f"{flag} must be a positive integer, not {value!r}")
    return n


def plan(args: argparse.Namespace) -> tuple[str, Path, Settings, list[RunSpec]]:
    """Resolve the flags into (experiment name, folder, settings, runs); raises UsageError."""
    preset = PRESETS[args.preset]
    try:
        # An empty flag is a mistake, not a request for the preset's choice.
        specs = registry.resolve_algos(preset.algos if args.algos is None else args.algos)
        tasks = resolve_tasks(preset.envs if args.envs is None else args.envs)
    except ValueError as e:
        raise UsageError(str(e)) from None
    seeds = positive_int(args.seeds if args.seeds is not None else preset.seeds, "--seeds")
    budget = positive_int(args.budget if args.budget is not None else preset.budget, "--budget")
    device = resolve_device_flag(args.device)
    compile_update = resolve_compile_flag(args.compile, budget)
    overrides = resolve_overrides(parse_hparams(args.hparams), specs)
    specs, overrides = apply_sweep(parse_sweep(getattr(args, "sweep", None)), specs, overrides)
    check_on_tasks(overrides, specs, tasks)
    overrides = with_flags(overrides, specs, device, compile_update,
                           explicit=str(args.compile).strip().lower() == "on")
    settings = settings_from_flags(args, budget, overrides, interpret=not args.no_interpret)
    changed = any(getattr(args, k) is not None for k in
                  ("algos", "envs", "seeds", "budget", "hparams", "sweep", "eval_interval")) or \
        (args.eval_episodes, args.final_eval_episodes) != ("10", "100") or device != "cpu" \
        or compile_update != resolve_compile_flag("auto", budget) or args.no_interpret
    if args.out is not None and not args.out.strip():
        raise UsageError("--out is empty; give a folder, or leave the flag out for results/<experiment name>")
    if args.name is not None:
        name = check_name(args.name)
    elif args.out:
        name = Path(args.out).resolve().name
    else:
        extra = [[s.name for s in specs], [t.name for t in tasks], seeds]
        name = f"{args.preset}-{settings_fingerprint(settings, extra)}" if changed else args.preset
    out = Path(args.out) if args.out else Path("results") / name
    stored = stored_name(out)
    if stored is not None and stored != name:
        if args.name is not None:  # the runs' specs name their experiment: a rename is another run
            raise UsageError(f"{out} holds the experiment {stored!r}; --name {name} would make its runs "
                             "other runs: leave --name out, or choose a new --out")
        name = stored  # --out alone: the folder's experiment, under the name it was made with
    return name, out, settings, expand(name, specs, tasks, seeds, settings)


def settings_from_flags(args: argparse.Namespace, budget: int, hparams: dict[str, dict[str, Any]],
                        interpret: bool) -> Settings:
    """The runs' Settings from the evaluation flags (--eval-interval, --eval-episodes,
    --final-eval-episodes), the budget and the overrides."""
    return Settings(
        budget=budget,
        eval_interval=positive_int(args.eval_interval, "--eval-interval") if args.eval_interval
        else default_eval_interval(budget),
        eval_episodes=positive_int(args.eval_episodes, "--eval-episodes"),
        final_eval_episodes=positive_int(args.final_eval_episodes, "--final-eval-episodes"),
        hparams=hparams,
        interpret=interpret,
    )


def stored_name(folder: Path) -> str | None:
    """The name of the experiment a folder holds (None: no experiment there, or none readable)."""
    try:
        return (Store(folder).experiment() or {}).get("name")
    except StoreError:
        return None


def check_name(name: str) -> str:
    """An experiment name: one folder name (it becomes results/<name> and reports/<name>.md)."""
    if not name.strip() or name in (".", "..") or any(sep in name for sep in ("/", "\\")):
        raise UsageError(f"--name must be a folder name (no '/', not empty), not {name!r}; "
                         "use --out to choose where the experiment goes")
    return name


def resolve_device_flag(value: str) -> str:
    """--device as the device SAC-family agents get: 'cpu' or 'cuda' ('auto': cuda if available)."""
    import torch

    from algorithms.sac.learner import resolve_device

    choice = str(value).strip().lower()
    if choice == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    try:
        return str(resolve_device(choice))
    except ValueError as e:
        raise UsageError(f"--device {value}: {e}; or auto") from None


def resolve_compile_flag(value: str, budget: int | None) -> bool:
    """--compile as the SAC-family agents' compile_update: on, off, or auto (on for a budget of
    COMPILE_FROM_STEPS or more, None standing for a long run as bench times it, where the C++
    compiler that inductor builds its CPU kernels with is found)."""
    choice = str(value).strip().lower()
    if choice not in ("auto", "on", "off"):
        raise UsageError(f"--compile must be auto, on or off, not {value!r}")
    if choice == "auto":
        return (budget is None or budget >= COMPILE_FROM_STEPS) and cpp_compiler() is not None
    if choice == "on" and cpp_compiler() is None:
        raise UsageError(f"--compile on: torch's compiler (inductor) needs a C++ compiler on the CPU, and {cxx_name()} "
                         "is not on PATH; install one (or set CXX), or use --compile off")
    return choice == "on"


def cxx_name() -> str:
    return os.environ.get("CXX") or "g++"  # what torch's inductor calls (its config.cpp.cxx)


def cpp_compiler() -> str | None:
    return shutil.which(cxx_name())


def with_flags(overrides: dict[str, dict], specs: list, device: str, compile_update: bool,
               explicit: bool = True) -> dict[str, dict]:
    """The overrides, with --device and --compile set for every algorithm that has the setting
    (the SAC family) unless --hparams set it; cpu and no compile add nothing (the configs'
    defaults). explicit: --compile was asked for by name, so an experiment without a SAC-family
    agent is an error, not a silent no-op."""
    flags = {"device": device} if device != "cpu" else {}
    if compile_update:
        if explicit and not any("compile_update" in spec.hparam_names() for spec in specs):
            able = [name for name, spec in registry.all_specs().items() if "compile_update" in spec.hparam_names()]
            raise UsageError(f"--compile compiles the SAC-family update, and none of {', '.join(s.name for s in specs)} "
                             f"has one; those that do: {', '.join(able)}")
        flags["compile_update"] = True
    out = {name: dict(values) for name, values in overrides.items()}
    for spec in specs:
        for key, value in flags.items():
            if key in spec.hparam_names():
                out.setdefault(spec.name, {}).setdefault(key, value)
    return out


def checkpointing_for(args: argparse.Namespace, out: Path, budget: int) -> Checkpointing | None:
    if args.checkpoint_interval is None:
        interval = budget // 10 if budget >= 100_000 else 0
    else:
        interval = 0 if str(args.checkpoint_interval).strip() == "0" else \
            positive_int(args.checkpoint_interval, "--checkpoint-interval")
    if not interval:
        return None
    # Absolute: a Ray worker's working directory is not the driver's.
    return Checkpointing(out.resolve() / CHECKPOINT_DIR, interval, buffer=not args.no_checkpoint_buffer)


def max_seeds_per_batch(args: argparse.Namespace) -> int | None:
    """--seed-batch / --no-seed-batch as plan_batches' max_seeds (None: no limit)."""
    if args.no_seed_batch:
        if str(args.seed_batch).strip().lower() not in ("auto", "1"):
            raise UsageError(f"--no-seed-batch and --seed-batch {args.seed_batch} disagree; give one of them")
        return 1
    if str(args.seed_batch).strip().lower() == "auto":
        return None
    try:
        return positive_int(args.seed_batch, "--seed-batch")
    except UsageError:
        raise UsageError(f"--seed-batch must be 'auto' or a positive integer, not {args.seed_batch!r}") from None


def cmd_run(args: argparse.Namespace) -> int:
    name, out, settings, runs = plan(args)
    requested_workers = positive_int(args.workers, "--workers") if args.workers else None
    checkpointing = checkpointing_for(args, out, settings.budget)
    max_seeds = max_seeds_per_batch(args)
    progress_seconds = positive_int(args.progress_interval, "--progress-interval")
    if args.ray_address is not None and args.executor != "ray":
        raise UsageError("--ray-address needs --executor ray")
    ray_address = parse_ray_address(args.ray_address)
    console = Console(stderr=True, soft_wrap=True)  # a line to a file is not wrapped at 80
    if args.dry_run:
        store = Store(out)
        store.check(settings)  # the refusal the run itself would give
        todo = [r for r in runs if not store.is_finished(r)]
        print(f"experiment {name} -> {out} ({len(runs)} runs, {settings.budget:,} steps each"
              + (f"; {len(runs) - len(todo)} finished already" if len(todo) < len(runs) else "") + ")")
        for r in runs:
            print(f"  {r.run_id}")
        for line in describe_sweep([registry.get(a) for a in dict.fromkeys(r.algo for r in runs)]):
            print(line)
        if todo:
            workers = requested_workers or os.cpu_count() or 1
            where = f"on {workers} worker(s)" + (" of the Ray cluster (set --workers to its CPUs)"
                                                 if args.executor == "ray" else "")
            print("\n".join(describe(estimate(plan_batches(todo, workers, max_seeds), workers), where)))
        return 0
    check_writable(out, "--out")
    if not args.no_report:
        check_writable(Path(args.reports_dir), "--reports-dir")
    store = Store(out)
    store.open(name, settings, runs)
    todo = [r for r in runs if not store.is_finished(r)]
    if len(todo) < len(runs):
        console.print(f"skipping {len(runs) - len(todo)} finished run(s) already in {out}")

    executor = RayExecutor(ray_address, num_cpus=requested_workers) if args.executor == "ray" \
        else LocalExecutor(requested_workers)
    with executor if todo else ExitStack():  # connected first: batches are planned for its CPUs
        batches = plan_batches(todo, requested_workers or executor.cpus or 1, max_seeds)
        if isinstance(executor, LocalExecutor):
            executor.workers, why = workers_within_memory(batches, max(1, min(executor.workers, len(batches))))
            if why:
                console.print(why)
        console.print(f"experiment [bold]{escape(name)}[/]: {len(todo)} run(s) to do "
                      f"({len({r.algo for r in runs})} algorithms x {len({r.task for r in runs})} tasks x "
                      f"{len({r.seed for r in runs})} seeds, {settings.budget:,} steps each), {executor.where()}"
                      + (f", as {len(batches)} seed batch(es)" if len(batches) < len(todo) else "")
                      + f", results in {out}")
        cost = estimate(batches, executor.workers if isinstance(executor, LocalExecutor) else executor.cpus)
        console.print(f"{headline(cost)}; `tensorboard --logdir {out}` shows the runs as they train")
        results = execute(executor, batches, store, checkpointing, console, progress_seconds)

    print_summary(store)
    reported = args.no_report or write_report(out, Path(args.reports_dir), console)
    failed = [r for r in results if r.status != "finished"]
    if failed:
        console.print(f"[red]{len(failed)} run(s) failed[/]; their tracebacks are in "
                      f"<run folder>/failed.json (e.g. {escape(str(store.run_dir(failed[0].spec)))}). "
                      "Rerun the same command to retry them.")
    return 0 if reported and not failed else 1


class _Watch:
    """The driver's observer: each progress event drawn and logged live (and handed to `also`),
    each result drawn."""

    def __init__(self, display: ProgressDisplay, live: LiveLog, also: ProgressFn | None = None):
        self.display, self.live, self.also = display, live, also

    def update(self, run_id: str, event: Progress) -> None:
        self.live.update(run_id, event)
        self.display.update(run_id, event)
        if self.also is not None:
            self.also(run_id, event)

    def finished(self, result: RunResult) -> None:
        self.display.finished(result)


def execute(executor: Executor, batches: list[list[RunSpec]], store: Store,
            checkpointing: Checkpointing | None, console: Console,
            progress_seconds: float = 30.0, watch: ProgressFn | None = None) -> list[RunResult]:
    """Run the batches on the executor; each run's progress is written into its folder as it
    trains (harness/live.py), and each result is stored as it arrives. watch: also told of each
    progress event (`tune` prunes from it)."""
    results: list[RunResult] = []
    live = LiveLog(store)

    def on_result(result: RunResult) -> None:
        store.write(result, keep_tensorboard=live.finish(result))
        if result.spec.run_id in live.errors:
            console.print(escape(f"{result.spec.run_id}: {live.errors[result.spec.run_id]} (its results are stored whole)"))
        results.append(result)
        if result.status == "finished":
            checkpoints.remove(checkpointing, result.spec)
        if "checkpoint_ignored" in result.config:
            console.print(escape(f"not resumed  {result.spec.run_id}: {result.config['checkpoint_ignored']}"))
        if "resumed_from_step" in result.config:
            console.print(escape(f"resumed  {result.spec.run_id} from its checkpoint at step "
                                 f"{result.config['resumed_from_step']:,}"))

    if batches:
        try:
            with ProgressDisplay(sum(len(b) for b in batches), console, progress_seconds) as display:
                executor.run(batches, on_result, _Watch(display, live, watch), checkpointing)
        finally:
            live.close()
        checkpoints.prune(checkpointing)  # every worker is done: no folder is being made
    return results


def print_summary(store: Store) -> None:
    """Final return (mean +- std over finished seeds) per task and algorithm."""
    groups: dict[tuple[str, str], list] = {}
    for rec in store.records():
        groups.setdefault((rec.task, rec.algo), []).append(rec)
    rows = []
    for (task, algo), recs in groups.items():
        scores = [r.final["return_mean"] for r in recs if r.status == "finished"]
        mean = sum(scores) / len(scores) if scores else None
        std = (sum((s - mean) ** 2 for s in scores) / len(scores)) ** 0.5 if scores else None
        rows.append([task, algo, f"{mean:.1f} +- {std:.1f}" if scores else "-",
                     f"{len(scores)}/{len(recs)}"])
    print(markdown_table(["task", "algo", "final return (mean +- std over seeds)", "seeds done"],
                         rows, right_align=[False, False, True, True]), flush=True)


def write_report(out: Path, reports_dir: Path, console: Console) -> bool:
    """The experiment's report; False (and why, on the console) where it could not be written."""
    try:
        from harness.report import write_report as write
    except ImportError:
        console.print("(the report module is not installed; skipping the report)")
        return True
    try:
        path = write(out, reports_dir)
    except Exception as e:  # a report problem must not hide finished runs
        console.print(f"[red]could not write the report[/]: {e}; the runs are stored in {out}, "
                      f"retry with: python -m harness report {out}")
        return False
    print(f"report: {path}", file=sys.stdout)
    return True
