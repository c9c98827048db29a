"""Run one RunSpec: seed, build the envs and the agent, train with periodic evaluation, evaluate
at the end, and return everything as a RunResult (the driver writes it to the store)."""

from __future__ import annotations

import os
import platform
import shutil
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

    A run's checkpoint is <folder>/<task>/<algo>/seed<k>/checkpoint.pt, taken every `interval`
    steps (agents with checkpoint_state(); others restart from scratch), or at the first step
    after that where the agent's callback info says "checkpoint_ok" if it says so at all (the SB3
    agents: rollout boundaries). A seed batch's is
    <folder>/<task>/<algo>/batch-<seeds>/checkpoint.pt, taken every `interval` steps. With
    `buffer` off the replay buffer is not saved (smaller files; the resumed run refills it and so
    no longer equals an uninterrupted one).
    """

    folder: Path
    interval: int
    buffer: bool = True

    def path(self, spec: RunSpec) -> Path:
        return Path(self.folder) / spec.run_id / "checkpoint.pt"

    def batch_path(self, specs: list[RunSpec]) -> Path:
        seeds = "-".join(str(s.seed) for s in specs)
        return Path(self.folder) / specs[0].task / specs[0].algo / f"batch-{seeds}" / "checkpoint.pt"

    def next_after(self, step: int) -> int:
        return (step // self.interval + 1) * self.interval


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


def run_batch(specs: list[RunSpec], progress: ProgressFn | None = None,
              checkpointing: Checkpointing | None = None) -> list[RunResult]:
    """Train several seeds of one agent on one task together in this process, when the agent
    has a seed_batch trainer (one result per spec, in order); otherwise one run after another.
    Never raises for a failing run."""
    progress = progress or (lambda run_id, info: None)
    if any((s.algo, s.task, s.settings) != (specs[0].algo, specs[0].task, specs[0].settings) for s in specs):
        raise ValueError("a seed batch holds seeds of one algorithm, task and settings")
    if len(specs) < 2 or not registry.has_seed_batch(specs[0].algo):
        return [run(spec, progress, checkpointing) for spec in specs]
    results = [RunResult(spec=spec, status="failed") for spec in specs]
    try:
        _run_batch(specs, results, progress, checkpointing)
    except Exception:
        error = traceback.format_exc()
        for result in results:
            result.status, result.error = "failed", error
    return results


@dataclass
class _Clock:
    """Wall time of a process's training, less the time its evaluations took."""

    start: float
    eval_seconds: float = 0.0

    def train_seconds(self) -> float:
        return max(time.perf_counter() - self.start - self.eval_seconds, 1e-9)


class _RunRecorder:
    """One run's bookkeeping while it trains: its description, training episodes, logged
    losses, periodic evaluations, progress reports and the final evaluation."""

    def __init__(self, spec: RunSpec, result: RunResult, agent: Any, config: Any,
                 progress: ProgressFn, clock: _Clock):
        self.spec, self.result, self.agent, self.progress, self.clock = spec, result, agent, progress, clock
        self.settings = spec.settings
        self.task = get_task(spec.task)
        self.eval_env = make_env(self.task, seed=spec.seed)
        self.last_return: float | None = None
        self.last_report = 0.0
        result.config = {
            "hparams": asdict(config),
            "param_counts": agent.parameter_counts(),
            "versions": package_versions(),
            "git_commit": git_commit(),
            "machine": machine(),
            "torch_threads": torch.get_num_threads(),
        }

    def state(self) -> dict[str, Any]:
        r = self.result
        return {"curve": r.curve, "train_episodes": r.train_episodes, "scalars": r.scalars}

    def restore(self, state: dict[str, Any], step: int) -> None:
        r = self.result
        r.curve, r.train_episodes, r.scalars = state["curve"], state["train_episodes"], state["scalars"]
        self.last_return = r.curve[-1]["return_mean"] if r.curve else None
        r.config["resumed_from_step"] = step
        self.progress(self.spec.run_id, {"step": step, "total": self.settings.budget,
                                         "return": self.last_return, "sps": 0.0, "phase": "resumed"})

    def on_step(self, step: int, info: dict[str, Any]) -> None:
        result, settings = self.result, self.settings
        if "episode" in info:
            ep = info["episode"]
            result.train_episodes.append({"step": step, "return": ep["return"], "length": ep["length"]})
        for name, value in info.get("losses", {}).items():
            result.scalars.append((step, f"train/{name}", value))
        if step % settings.eval_interval == 0 or step == settings.budget:
            t0 = time.perf_counter()
            ev = evaluate(self.agent.act, self.eval_env, self.task, settings.eval_episodes)
            self.clock.eval_seconds += time.perf_counter() - t0
            summary = ev.summary()
            self.last_return = summary["return_mean"]
            result.curve.append({"step": step, "wall_time_s": time.perf_counter() - self.clock.start,
                                 **{k: summary[k] for k in
                                    ("return_mean", "return_std", "length_mean", "success_rate")}})
        now = time.perf_counter()
        if now - self.last_report >= PROGRESS_SECONDS or step == settings.budget:
            self.last_report = now
            self.progress(self.spec.run_id, {"step": step, "total": settings.budget, "return": self.last_return,
                                             "sps": step / self.clock.train_seconds(), "phase": "train"})

    def finish(self, train_seconds: float, extra: dict[str, Any] | None = None) -> None:
        """The final evaluation, the run's summary and its saved model."""
        result, settings, agent = self.result, self.settings, self.agent
        steps_done = result.curve[-1]["step"] if result.curve else settings.budget
        self.progress(self.spec.run_id, {"step": settings.budget, "total": settings.budget,
                                         "return": self.last_return, "sps": steps_done / train_seconds,
                                         "phase": "final eval"})
        reset_eval_stats = getattr(agent, "reset_eval_stats", None)
        if reset_eval_stats is not None:  # e.g. SMoSE's expert usage counts the final evaluation only
            reset_eval_stats()
        final = evaluate(agent.act, self.eval_env, self.task, settings.final_eval_episodes)
        result.final = {
            **final.summary(),
            "returns": final.returns.tolist(),
            "lengths": final.lengths.tolist(),
            "param_counts": agent.parameter_counts(),
            "budget": settings.budget,
            "wall_time_s": time.perf_counter() - self.clock.start,
            "train_time_s": train_seconds,
            "steps_per_second": steps_done / train_seconds,
            "inference_us_per_action": final.seconds_per_action * 1e6,
            # What the agent says of itself after the final evaluation (e.g. SMoSE's expert usage).
            "agent_info": getattr(agent, "run_info", dict)(),
            **(extra or {}),
        }
        result.model_files = saved_files(agent)
        self.eval_env.close()


# Bumped when what a checkpoint holds changes; a checkpoint of another format is not resumed.
# 2: the training env mid-episode (envs.state); format 1 (none recorded) replayed resets.
CHECKPOINT_FORMAT = 2


def _identity(specs: list[RunSpec]) -> list[str]:
    """What a checkpoint was taken of: experiment, run and settings of each of its runs."""
    return [repr(spec) for spec in specs]


def _save_atomic(target: Path, specs: list[RunSpec], state: dict[str, Any]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    torch.save({**state, "format": CHECKPOINT_FORMAT, "runs_of": _identity(specs)}, tmp)
    os.replace(tmp, target)  # a checkpoint that exists is complete


def _load_checkpoint(path: Path, specs: list[RunSpec], results: list[RunResult]) -> dict[str, Any] | None:
    """The checkpoint at `path`, or None if there is none, it has another format, or it was taken
    of other runs (one left on a Ray node by an earlier experiment in a folder of the same name).
    Why one is set aside is noted in the results' config: those runs restart from scratch."""
    if not path.exists():
        return None
    saved = torch.load(path, weights_only=False)
    why = None
    if saved.get("format") != CHECKPOINT_FORMAT:
        why = (f"its checkpoint has format {saved.get('format', 1)}, this version reads format "
               f"{CHECKPOINT_FORMAT}")
    elif saved.get("runs_of", _identity(specs)) != _identity(specs):  # absent before it was recorded
        why = "its checkpoint was taken of another experiment's run (other settings)"
    if why is not None:
        for result in results:
            result.config["checkpoint_ignored"] = f"{why}; the run started again from step 0"
        return None
    return saved


def remove_checkpoints(checkpointing: Checkpointing | None, batch: list[RunSpec],
                       results: list[RunResult]) -> None:
    """Delete the checkpoints of the finished runs of a batch (and the batch's, once all are)."""
    if checkpointing is None:
        return
    for result in results:
        if result.status == "finished":
            shutil.rmtree(checkpointing.path(result.spec).parent, ignore_errors=True)
    if len(batch) > 1 and all(r.status == "finished" for r in results):
        shutil.rmtree(checkpointing.batch_path(batch).parent, ignore_errors=True)


def _run(spec: RunSpec, result: RunResult, progress: ProgressFn,
         checkpointing: Checkpointing | None) -> None:
    settings = spec.settings
    agent_spec = registry.get(spec.algo)
    config = agent_spec.make_config(spec.hparams)

    seed_everything(spec.seed)
    train_env = make_env(get_task(spec.task), seed=spec.seed)
    agent = agent_spec.factory(train_env, config, spec.seed)
    clock = _Clock(time.perf_counter())
    recorder = _RunRecorder(spec, result, agent, config, progress, clock)

    can_checkpoint = checkpointing is not None and hasattr(agent, "checkpoint_state")
    next_checkpoint = checkpointing.interval if can_checkpoint else None
    saved = _load_checkpoint(checkpointing.path(spec), [spec], [result]) if can_checkpoint else None
    if saved is not None:
        agent.restore_checkpoint_state(saved["agent"])
        r, step = saved["runner"], saved["agent"]["step"]
        clock.eval_seconds, clock.start = r["eval_seconds"], clock.start - r["elapsed_seconds"]
        recorder.restore(r, step)
        next_checkpoint = checkpointing.next_after(step)

    def callback(step: int, info: dict[str, Any]) -> None:
        nonlocal next_checkpoint
        recorder.on_step(step, info)
        safe = info.get("checkpoint_ok", True)
        if next_checkpoint is not None and safe and next_checkpoint <= step < settings.budget:
            _save_atomic(checkpointing.path(spec), [spec], {
                "agent": agent.checkpoint_state(include_buffer=checkpointing.buffer),
                "runner": {**recorder.state(), "eval_seconds": clock.eval_seconds,
                           "elapsed_seconds": time.perf_counter() - clock.start}})
            next_checkpoint = checkpointing.next_after(step)

    agent.learn(settings.budget, callback)
    recorder.finish(clock.train_seconds())
    train_env.close()


def _run_batch(specs: list[RunSpec], results: list[RunResult], progress: ProgressFn,
               checkpointing: Checkpointing | None) -> None:
    settings, task = specs[0].settings, get_task(specs[0].task)
    agent_spec = registry.get(specs[0].algo)
    config = agent_spec.make_config(specs[0].hparams)

    agents = []
    for spec in specs:  # each seed's agent is built exactly as its solo run builds it
        seed_everything(spec.seed)
        agents.append(agent_spec.factory(make_env(task, seed=spec.seed), config, spec.seed))
    seed_everything(specs[0].seed)  # the batch's shared torch stream (policy and target noise)
    trainer = agent_spec.seed_batch(agents)
    clock = _Clock(time.perf_counter())
    recorders = [_RunRecorder(spec, result, agent, config, progress, clock)
                 for spec, result, agent in zip(specs, results, agents)]
    seeds = [s.seed for s in specs]
    for result in results:
        result.config["seed_batch"] = seeds

    can_checkpoint = checkpointing is not None and hasattr(trainer, "checkpoint_state")
    next_checkpoint = checkpointing.interval if can_checkpoint else None
    saved = _load_checkpoint(checkpointing.batch_path(specs), specs, results) if can_checkpoint else None
    if saved is not None:
        trainer.restore_checkpoint_state(saved["trainer"])
        step = saved["trainer"]["step"]
        clock.eval_seconds, clock.start = saved["eval_seconds"], clock.start - saved["elapsed_seconds"]
        for recorder, state in zip(recorders, saved["runs"]):
            recorder.restore(state, step)
        next_checkpoint = checkpointing.next_after(step)

    def callback(i: int, step: int, info: dict[str, Any]) -> None:
        recorders[i].on_step(step, info)

    def after_step(step: int) -> None:
        nonlocal next_checkpoint
        if next_checkpoint is not None and next_checkpoint <= step < settings.budget:
            _save_atomic(checkpointing.batch_path(specs), specs, {
                "trainer": trainer.checkpoint_state(include_buffer=checkpointing.buffer),
                "runs": [r.state() for r in recorders], "eval_seconds": clock.eval_seconds,
                "elapsed_seconds": time.perf_counter() - clock.start})
            next_checkpoint = checkpointing.next_after(step)

    trainer.learn(settings.budget, callback, after_step)
    train_seconds = clock.train_seconds()
    failures = getattr(trainer, "failures", {})
    for i, (recorder, result) in enumerate(zip(recorders, results)):
        if i in failures:
            result.error = failures[i]
            recorder.eval_env.close()
            continue
        recorder.finish(train_seconds, {"seed_batch": seeds,
                                        "aggregate_steps_per_second": len(specs) * settings.budget / train_seconds})
        result.status = "finished"
    for agent in agents:
        agent.env.close()


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
