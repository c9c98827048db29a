"""Run one RunSpec: seed, build the envs and the agent, train with periodic evaluation, evaluate
at the end, and return everything as a RunResult (the driver writes it to the store)."""

from __future__ import annotations

import os
import platform
import subprocess
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import torch

from envs.suites import get_task, make_env
from harness import registry
from harness.protocol import evaluate, seed_everything
from harness.spec import RunSpec
from harness.store import RunResult

# progress(run_id, {"step", "total", "return", "sps", "phase"}), called about once a second.
ProgressFn = Callable[[str, dict[str, Any]], None]
PACKAGES = ["smose-bench", "torch", "gymnasium", "mujoco", "numpy", "stable-baselines3",
            "sb3-contrib", "scikit-learn", "rliable", "pandas"]
PROGRESS_SECONDS = 1.0


@dataclass(frozen=True)
class Checkpointing:
    """Where and how often runs save a checkpoint to resume from after an interruption.

    A run's checkpoint is <folder>/<task>/<algo>/seed<k>/checkpoint.pt, taken at the first
    training-episode end after every `interval` steps (agents with checkpoint_state(); others
    restart from scratch). With `buffer` off the replay buffer is not saved (smaller files; the
    resumed run refills it and so no longer equals an uninterrupted one).
    """

    folder: Path
    interval: int
    buffer: bool = True

    def path(self, spec: RunSpec) -> Path:
        return Path(self.folder) / spec.run_id / "checkpoint.pt"


def run(spec: RunSpec, progress: ProgressFn | None = None,
        checkpointing: Checkpointing | None = None) -> RunResult:
    """Train and evaluate one run. Never raises for a failing run: the result says `failed`."""
    result = RunResult(spec=spec, status="failed")
    try:
        _run(spec, result, progress or (lambda run_id, info: None), checkpointing)
        result.status = "finished"
    except Exception:
        result.error = traceback.format_exc()
    return result


def _run(spec: RunSpec, result: RunResult, progress: ProgressFn,
         checkpointing: Checkpointing | None) -> None:
    settings = spec.settings
    agent_spec = registry.get(spec.algo)
    task = get_task(spec.task)
    config = agent_spec.make_config(spec.hparams)

    seed_everything(spec.seed)
    train_env, eval_env = make_env(task, seed=spec.seed), make_env(task, seed=spec.seed)
    agent = agent_spec.factory(train_env, config, spec.seed)
    result.config = {
        "hparams": asdict(config),
        "param_counts": agent.parameter_counts(),
        "versions": package_versions(),
        "git_commit": git_commit(),
        "machine": machine(),
        "torch_threads": torch.get_num_threads(),
    }

    start = time.perf_counter()
    eval_seconds = 0.0
    last_report = 0.0
    last_return: float | None = None
    can_checkpoint = checkpointing is not None and hasattr(agent, "checkpoint_state")
    next_checkpoint = checkpointing.interval if can_checkpoint else None
    if can_checkpoint and checkpointing.path(spec).exists():
        saved = torch.load(checkpointing.path(spec), weights_only=False)
        agent.restore_checkpoint_state(saved["agent"])
        r = saved["runner"]
        result.curve, result.train_episodes, result.scalars = r["curve"], r["train_episodes"], r["scalars"]
        eval_seconds, start = r["eval_seconds"], start - r["elapsed_seconds"]
        last_return = result.curve[-1]["return_mean"] if result.curve else None
        result.config["resumed_from_step"] = saved["agent"]["step"]
        next_checkpoint = (saved["agent"]["step"] // checkpointing.interval + 1) * checkpointing.interval
        progress(spec.run_id, {"step": saved["agent"]["step"], "total": settings.budget,
                               "return": last_return, "sps": 0.0, "phase": "resumed"})

    def save_checkpoint(step: int) -> None:
        target = checkpointing.path(spec)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        torch.save({"agent": agent.checkpoint_state(include_buffer=checkpointing.buffer),
                    "runner": {"curve": result.curve, "train_episodes": result.train_episodes,
                               "scalars": result.scalars, "eval_seconds": eval_seconds,
                               "elapsed_seconds": time.perf_counter() - start}}, tmp)
        os.replace(tmp, target)  # a checkpoint that exists is complete

    def callback(step: int, info: dict[str, Any]) -> None:
        nonlocal eval_seconds, last_report, last_return, next_checkpoint
        if "episode" in info:
            ep = info["episode"]
            result.train_episodes.append({"step": step, "return": ep["return"], "length": ep["length"]})
        for name, value in info.get("losses", {}).items():
            result.scalars.append((step, f"train/{name}", value))
        if step % settings.eval_interval == 0 or step == settings.budget:
            t0 = time.perf_counter()
            ev = evaluate(agent.act, eval_env, task, settings.eval_episodes)
            eval_seconds += time.perf_counter() - t0
            summary = ev.summary()
            last_return = summary["return_mean"]
            result.curve.append({"step": step, "wall_time_s": time.perf_counter() - start,
                                 **{k: summary[k] for k in
                                    ("return_mean", "return_std", "length_mean", "success_rate")}})
        if next_checkpoint is not None and "episode" in info and next_checkpoint <= step < settings.budget:
            save_checkpoint(step)
            next_checkpoint = (step // checkpointing.interval + 1) * checkpointing.interval
        now = time.perf_counter()
        if now - last_report >= PROGRESS_SECONDS or step == settings.budget:
            last_report = now
            train_seconds = now - start - eval_seconds
            progress(spec.run_id, {"step": step, "total": settings.budget, "return": last_return,
                                   "sps": step / max(train_seconds, 1e-9), "phase": "train"})

    agent.learn(settings.budget, callback)
    train_seconds = time.perf_counter() - start - eval_seconds
    steps_done = result.curve[-1]["step"] if result.curve else settings.budget

    progress(spec.run_id, {"step": settings.budget, "total": settings.budget,
                           "return": last_return, "sps": steps_done / train_seconds, "phase": "final eval"})
    reset_eval_stats = getattr(agent, "reset_eval_stats", None)
    if reset_eval_stats is not None:  # e.g. SMoSE's expert usage counts the final evaluation only
        reset_eval_stats()
    final = evaluate(agent.act, eval_env, task, settings.final_eval_episodes)
    result.final = {
        **final.summary(),
        "returns": final.returns.tolist(),
        "lengths": final.lengths.tolist(),
        "param_counts": agent.parameter_counts(),
        "budget": settings.budget,
        "wall_time_s": time.perf_counter() - start,
        "train_time_s": train_seconds,
        "steps_per_second": steps_done / train_seconds,
        "inference_us_per_action": final.seconds_per_action * 1e6,
        # What the agent says of itself after the final evaluation (e.g. SMoSE's expert usage).
        "agent_info": getattr(agent, "run_info", dict)(),
    }
    result.model_files = saved_files(agent)
    train_env.close()
    eval_env.close()


def saved_files(agent: Any) -> dict[str, bytes]:
    """The files of agent.save(), read into memory so that any process can write them."""
    with tempfile.TemporaryDirectory() as tmp:
        agent.save(Path(tmp))
        return {str(f.relative_to(tmp)): f.read_bytes() for f in Path(tmp).rglob("*") if f.is_file()}


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return versions


def git_commit() -> str | None:
    """The project's commit (with a '-dirty' suffix for uncommitted changes), if in a checkout."""
    root = Path(__file__).resolve().parent.parent
    try:
        sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True,
                             text=True, timeout=5).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (sha + ("-dirty" if dirty else "")) if sha else None


def machine() -> dict[str, Any]:
    return {"node": platform.node(), "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(), "platform": platform.platform()}
