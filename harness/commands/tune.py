"""`tune`: Optuna trials of one agent on one task, each trial several seeds run as any run is
(the same runner, executors, store and checkpoints), its objective the seeds' IQM (or median, or
mean) final return, pruned on its seeds' evaluations; the study is kept in the tune folder and a
rerun of the same command resumes it. The best configuration is written as a --hparams YAML.

    <out>/
        tune.json           the study's settings (a rerun with others is refused)
        study.db            the Optuna study (SQLite)
        trial-000/ ...      each trial an experiment folder (`report` and `publish` read it)
        trials.csv          every trial: its values, state and objective
        best.yaml           the best trial's hyper-parameters: `run --hparams <out>/best.yaml`
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from rich.console import Console
from rich.markup import escape

from envs.suites import resolve_tasks
from harness import registry
from harness.batching import plan_batches
from harness.commands import check_seed, check_writable
from harness.commands.run import (
    EXECUTORS,
    checkpointing_for,
    max_seeds_per_batch,
    positive_int,
    resolve_compile_flag,
    resolve_device_flag,
    settings_from_flags,
    with_flags,
)
from harness.commands.run import execute as execute_runs
from harness.errors import UsageError
from harness.executors import LocalExecutor, RayExecutor, parse_ray_address, workers_within_memory
from harness.hparams import check_on_tasks, parse_hparams, resolve_overrides
from harness.spec import Settings, expand
from harness.store import Store, write_json_atomic
from harness.textable import markdown_table
from harness.tuning import OBJECTIVES, Pruning, parse_space

STUDY_FILE, SETTINGS_FILE, BEST_FILE, TRIALS_FILE = "study.db", "tune.json", "best.yaml", "trials.csv"
RETRY_OF = "retry_of"  # the user attribute of a trial asked again after a stop cut it off


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "tune",
        description="Searches --space with Optuna's TPE sampler: each trial runs --seeds seeds of "
                    "--algo on --env (as `run` does), its objective the seeds' IQM final return; "
                    "trials whose evaluations fall below the median of earlier trials' at the same "
                    "step are pruned. The study is kept in --out: the same command resumes it.")
    p.add_argument("--algo", required=True, help="the agent to tune (one registry name)")
    p.add_argument("--env", required=True, help="the task (one name, e.g. Hopper-v5)")
    p.add_argument("--space", required=True,
                   help="key=low..high[:log] (a range) or key=a,b,c (choices), ';' apart, or a YAML file")
    p.add_argument("--trials", default="20", help="trials in the study, those done before a resume included (default 20)")
    p.add_argument("--seeds", default="3", help="seeds per trial (default 3)")
    p.add_argument("--budget", default="100000", help="environment steps per run (default 100,000)")
    p.add_argument("--objective", default="iqm", choices=list(OBJECTIVES),
                   help="the trial's seeds' final returns -> its value (default iqm, rliable's "
                        "interquartile mean; it equals the mean below 4 seeds)")
    p.add_argument("--no-prune", action="store_true", help="run every trial to its budget")
    p.add_argument("--sampler-seed", default="0", help="the TPE sampler's seed (default 0)")
    p.add_argument("--hparams", help="fixed overrides for every trial: key=value,... or a YAML file")
    p.add_argument("--out", help="the tune folder (default: results/tune-<algo>-<task>)")
    p.add_argument("--workers", help="parallel runs (default: CPU cores)")
    p.add_argument("--executor", default="local", choices=EXECUTORS)
    p.add_argument("--ray-address", default=None, help="as `run --ray-address`")
    p.add_argument("--device", default="cpu", help="as `run --device`")
    p.add_argument("--compile", nargs="?", const="on", default="auto", metavar="auto|on|off",
                   help="as `run --compile`")
    p.add_argument("--eval-interval", help="steps between evaluations, and so between pruning "
                                           "decisions (default: budget/20, >= 1000)")
    p.add_argument("--eval-episodes", default="10", help="episodes per evaluation during training")
    p.add_argument("--final-eval-episodes", default="100", help="episodes of each run's final evaluation")
    p.add_argument("--checkpoint-interval", help="as `run --checkpoint-interval`")
    p.add_argument("--no-checkpoint-buffer", action="store_true", help="as `run --no-checkpoint-buffer`")
    p.add_argument("--seed-batch", default="auto", help="as `run --seed-batch`")
    p.add_argument("--no-seed-batch", action="store_true", help="as `run --no-seed-batch`")
    p.add_argument("--progress-interval", default="30", help="as `run --progress-interval`")
    p.add_argument("--interpret", action="store_true",
                   help="distil each trial's policies (off by default: a trial is judged by its return)")
    p.set_defaults(func=cmd_tune)


def _import_optuna() -> Any:
    try:
        import optuna
    except ImportError:
        raise UsageError("tune needs Optuna: pip install 'smose-bench[tune]'") from None
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    return optuna


def plan(args: argparse.Namespace) -> tuple[Any, Path, dict[str, Any], Any, Settings, int]:
    """(agent spec, tune folder, its settings, search space, the trials' shared settings, seeds)."""
    try:
        specs = registry.resolve_algos(args.algo)
        tasks = resolve_tasks(args.env)
    except ValueError as e:
        raise UsageError(str(e)) from None
    if len(specs) != 1 or len(tasks) != 1:
        raise UsageError(f"tune takes one --algo and one --env, not {args.algo!r} on {args.env!r}; "
                         "compare several with `run` (its --sweep runs a grid)")
    spec, task = specs[0], tasks[0]
    space = parse_space(args.space, spec)
    budget = positive_int(args.budget, "--budget")
    fixed = resolve_overrides(parse_hparams(args.hparams), specs)
    both = sorted(set(fixed.get(spec.name, {})) & set(space))
    if both:
        raise UsageError(f"{spec.name}.{both[0]} is both searched (--space) and fixed (--hparams); give it in one of them")
    check_on_tasks(fixed, specs, tasks)
    fixed = with_flags(fixed, specs, resolve_device_flag(args.device), resolve_compile_flag(args.compile, budget),
                       explicit=str(args.compile).strip().lower() == "on")
    settings = settings_from_flags(args, budget, fixed, interpret=args.interpret)
    seeds = positive_int(args.seeds, "--seeds")
    out = Path(args.out) if args.out else Path("results") / f"tune-{spec.name}-{task.name}"
    recorded = {"algo": spec.name, "task": task.name, "seeds": seeds, "objective": args.objective,
                "prune": not args.no_prune, "sampler_seed": _seed(args.sampler_seed),
                "space": {k: repr(d) for k, d in space.items()}, "settings": settings.to_dict()}
    return spec, out, recorded, space, settings, seeds


def _seed(text: str) -> int:
    try:
        return check_seed(int(str(text)), "--sampler-seed")
    except ValueError:
        raise UsageError(f"--sampler-seed must be an integer, not {text!r}") from None


def cmd_tune(args: argparse.Namespace) -> int:
    optuna = _import_optuna()
    spec, out, recorded, space, settings, seeds = plan(args)
    trials = positive_int(args.trials, "--trials")
    requested_workers = positive_int(args.workers, "--workers") if args.workers else None
    max_seeds = max_seeds_per_batch(args)
    progress_seconds = positive_int(args.progress_interval, "--progress-interval")
    if args.ray_address is not None and args.executor != "ray":
        raise UsageError("--ray-address needs --executor ray")
    ray_address = parse_ray_address(args.ray_address)
    check_writable(out, "--out")
    there = json.loads((out / SETTINGS_FILE).read_text()) if (out / SETTINGS_FILE).exists() else None
    if there is not None and there != recorded:
        changed = sorted(k for k in recorded if there.get(k) != recorded[k])
        raise UsageError(f"{out} holds a study with other settings ({', '.join(changed)}); rerun with "
                         "the same flags (--trials may change) or choose a new --out")
    write_json_atomic(out / SETTINGS_FILE, recorded)

    study = optuna.create_study(
        study_name=out.resolve().name, storage=f"sqlite:///{(out / STUDY_FILE).resolve()}", load_if_exists=True,
        direction="maximize", sampler=optuna.samplers.TPESampler(seed=recorded["sampler_seed"]),
        pruner=optuna.pruners.MedianPruner(n_startup_trials=2, n_warmup_steps=settings.budget // 4))
    _requeue_stale(study, optuna)
    console = Console(stderr=True, soft_wrap=True)
    objective = OBJECTIVES[args.objective]
    executor = RayExecutor(ray_address, num_cpus=requested_workers) if args.executor == "ray" \
        else LocalExecutor(requested_workers)
    with executor:
        while (done := _counted(study, optuna)) < trials:
            trial = study.ask(space)
            folder = trial.user_attrs.get("folder") or f"trial-{trial.number:03d}"
            trial.set_user_attr("folder", folder)
            console.print(escape(f"trial {trial.number} ({done + 1} of {trials}): "
                                 + ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                                             for k, v in trial.params.items())))
            _run_trial(study, trial, optuna, spec.name, out / folder, settings, seeds, objective,
                       recorded["prune"], executor, requested_workers, max_seeds, args, console, progress_seconds)
    return _summarise(study, optuna, spec.name, settings, out, console)


def _trials(study: Any, optuna: Any) -> list[Any]:
    """The study's trials less those a stop cut off (each was asked again: see _requeue_stale)."""
    trials = study.get_trials(deepcopy=False)
    cut_off = {t.user_attrs[RETRY_OF] for t in trials if RETRY_OF in t.user_attrs}
    return [t for t in trials if t.number not in cut_off]


def _counted(study: Any, optuna: Any) -> int:
    """Trials that count towards --trials: finished, pruned or failed."""
    states = (optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.PRUNED, optuna.trial.TrialState.FAIL)
    return sum(1 for t in _trials(study, optuna) if t.state in states)


def _requeue_stale(study: Any, optuna: Any) -> None:
    """Trials left running by a stop are closed as failed and asked again with the same values
    and folder: their finished seeds are kept, the others resume from their checkpoints."""
    for t in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,)):
        study.tell(t.number, state=optuna.trial.TrialState.FAIL)
        study.enqueue_trial(t.params, user_attrs={"folder": t.user_attrs.get("folder"), RETRY_OF: t.number})


def _run_trial(study: Any, trial: Any, optuna: Any, algo: str, folder: Path, shared: Settings, seeds: int,
               objective: Any, prune: bool, executor: Any, requested_workers: int | None, max_seeds: int | None,
               args: argparse.Namespace, console: Console, progress_seconds: float) -> None:
    hparams = {**shared.hparams, algo: {**shared.hparams.get(algo, {}), **trial.params}}
    settings = Settings(**{**shared.__dict__, "hparams": hparams})
    from envs.suites import get_task  # the task's canonical name, as the runs' ids hold it

    runs = expand(folder.name, [registry.get(algo)], [get_task(args.env)], seeds, settings)
    store = Store(folder)
    store.open(folder.name, settings, runs)
    todo = [r for r in runs if not store.is_finished(r)]
    known = {r.run_id: _curve(store, r) for r in runs if store.is_finished(r)}
    pruning = Pruning(trial, [r.run_id for r in runs], objective, settings.budget, executor.stop, prune, known)
    batches = plan_batches(todo, requested_workers or executor.cpus or 1, max_seeds)
    if isinstance(executor, LocalExecutor):
        executor.workers, _ = workers_within_memory(batches, max(1, min(executor.cpus, len(batches) or 1)))
    if batches and pruning.pruned_at is None:
        execute_runs(executor, batches, store, checkpointing_for(args, folder, settings.budget), console,
                     progress_seconds, watch=pruning)
    records = {f"{r.task}/{r.algo}/seed{r.seed}": r for r in store.records()}
    if pruning.pruned_at is not None:
        study.tell(trial, state=optuna.trial.TrialState.PRUNED)
        console.print(f"trial {trial.number}: pruned at step {pruning.pruned_at:,}")
        return
    finals = [records[r.run_id].final["return_mean"] for r in runs if records[r.run_id].status == "finished"]
    if len(finals) < len(runs):
        trial.set_user_attr("error", f"{len(runs) - len(finals)} run(s) failed; see {folder}/<task>/<algo>/seed<k>/failed.json")
        study.tell(trial, state=optuna.trial.TrialState.FAIL)
        console.print(f"[red]trial {trial.number} failed[/]: {escape(trial.user_attrs['error'])}")
        return
    value = objective(finals)
    trial.set_user_attr("final_returns", finals)
    study.tell(trial, value)
    console.print(f"trial {trial.number}: {args.objective} final return {value:,.1f} "
                  f"(seeds: {', '.join(f'{v:,.1f}' for v in finals)})")


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "-"
    return f"{value:,.4g}" if isinstance(value, float) else f"{value:,}" if isinstance(value, int) else str(value)


def _curve(store: Store, spec: Any) -> dict[int, float]:
    frame = next(r for r in store.records() if r.seed == spec.seed).curve()
    return {int(s): float(v) for s, v in zip(frame.get("step", []), frame.get("return_mean", []))}


def _summarise(study: Any, optuna: Any, algo: str, settings: Settings, out: Path, console: Console) -> int:
    """trials.csv, best.yaml, and a table of the trials on stdout."""
    rows = []
    for t in _trials(study, optuna):
        rows.append({"trial": t.number, "state": t.state.name.lower(),
                     "value": t.value if t.value is not None else np.nan,
                     "pruned_at": t.last_step if t.state == optuna.trial.TrialState.PRUNED else None,
                     **t.params, "folder": t.user_attrs.get("folder", "")})
    import pandas as pd

    pd.DataFrame(rows).to_csv(out / TRIALS_FILE, index=False)
    if rows:
        print(markdown_table(list(rows[0]), [[_cell(v) for v in row.values()] for row in rows]), flush=True)
    complete = [t for t in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.COMPLETE,))]
    if not complete:
        console.print("no trial finished: no best configuration yet")
        return 1
    best = study.best_trial
    fixed = {k: v for k, v in settings.hparams.get(algo, {}).items()}
    (out / BEST_FILE).write_text(
        f"# tune: the best of {len(complete)} finished trial(s), trial {best.number}, objective {best.value:.6g}\n"
        + yaml.safe_dump({algo: {**fixed, **best.params}}, sort_keys=False))
    console.print(f"best: trial {best.number}, {best.value:,.1f}; its hyper-parameters: {out / BEST_FILE} "
                  f"(python -m harness run --algos {algo} --hparams {out / BEST_FILE})")
    return 0
