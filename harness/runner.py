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

from algorithms.base import AgentSpec, AnalysisRun
from envs.suites import Task, get_task, make_env
from harness import checkpoints, registry
from harness.checkpoints import Checkpointing
from harness.distillation import FOLDER as DISTILLED_FOLDER
from harness.distillation import DistillSettings, distill_agent
from harness.protocol import eval_seeds, evaluate, seed_everything
from harness.spec import RECORDS, Progress, ProgressFn, Rows, RunResult, RunSpec, RunStopped

PACKAGES = ["smose-bench", "torch", "gymnasium", "mujoco", "numpy", "stable-baselines3",
            "sb3-contrib", "scikit-learn", "rliable", "pandas"]
PROGRESS_SECONDS = 1.0


def run(spec: RunSpec, progress: ProgressFn | None = None,
        checkpointing: Checkpointing | None = None) -> RunResult:
    """Train and evaluate one run. Never raises for a failing run: the result says `failed`."""
    return run_batch([spec], progress, checkpointing)[0]


def run_batch(specs: list[RunSpec], progress: ProgressFn | None = None,
              checkpointing: Checkpointing | None = None) -> list[RunResult]:
    """Train runs that differ only by seed in this process, one result per spec, in order.

    Where the agent has a seed-batch trainer (the SAC family) they train together; otherwise
    one after another. Runs resume from their checkpoints: seeds saved at different steps (an
    earlier attempt planned other batches) train as separate groups, each from its own step.
    Never raises for a failing run.
    """
    progress = progress or (lambda run_id, info: None)
    if any((s.algo, s.task, s.settings) != (specs[0].algo, specs[0].task, specs[0].settings) for s in specs):
        raise ValueError("a seed batch holds seeds of one algorithm, task and settings")
    results = [RunResult(spec=spec, status="failed") for spec in specs]
    try:  # the names a spec carries across processes, resolved once here for the whole batch
        what = _Resolved(registry.get(specs[0].algo), get_task(specs[0].task))
        what.config = what.agent.make_config(specs[0].hparams)
    except Exception:
        for result in results:
            result.error = traceback.format_exc()
        return results
    saved = [checkpoints.load(checkpointing, spec) for spec in specs]
    together = what.agent.seed_batch is not None
    groups: dict[Any, list[int]] = {}
    for i, found in enumerate(saved):
        groups.setdefault(found.step if together else i, []).append(i)
    for members in groups.values():
        group = [results[i] for i in members]
        try:
            _train(what, [specs[i] for i in members], group, [saved[i].state for i in members], progress,
                   checkpointing)
        except RunStopped as stopped:
            for result in group:
                result.status, result.error = "failed", str(stopped)
        except Exception:
            error = traceback.format_exc()
            for result in group:
                result.status, result.error = "failed", error
    for result, found in zip(results, saved):
        if found.ignored:
            result.config["checkpoint_ignored"] = found.ignored
    return results


@dataclass
class _Resolved:
    """What a batch's algorithm and task names stand for in this process, and its config."""

    agent: AgentSpec
    task: Task
    config: Any = None


class _OneAgent:
    """The trainer interface (see algorithms.base.AgentSpec.seed_batch) for an agent that
    trains alone; checkpoints are taken where its info allows ("checkpoint_ok")."""

    def __init__(self, agent: Any):
        self.agent = agent
        self.failures: dict[int, str] = {}  # a failing agent raises instead
        self.can_checkpoint = agent.can_checkpoint

    def learn(self, total_steps: int, callback: Callable[..., Any], after_step: Callable[[int], Any]) -> None:
        def on_step(step: int, info: dict[str, Any]) -> None:
            callback(0, step, info)
            if info.get("checkpoint_ok", True):
                after_step(step)
        self.agent.learn(total_steps, on_step)

    def seed_states(self, include_buffer: bool = True) -> list[dict[str, Any]]:
        return [self.agent.checkpoint_state(include_buffer=include_buffer)]

    def restore(self, states: list[dict[str, Any]]) -> None:
        self.agent.restore_checkpoint_state(states[0])


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

    def __init__(self, spec: RunSpec, what: _Resolved, result: RunResult, agent: Any,
                 progress: ProgressFn, clock: _Clock):
        self.spec, self.result, self.agent, self.progress, self.clock = spec, result, agent, progress, clock
        self.settings, self.analysis = spec.settings, what.agent.analysis
        self.task = what.task
        self.eval_env = make_env(self.task, seed=spec.seed)
        self.last_return: float | None = None
        self.last_report = 0.0
        self.sent = dict.fromkeys(RECORDS, 0)  # rows of each record already reported
        result.config = {
            "hparams": asdict(what.config),
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
        self.report(step, 0.0, "resumed")

    def report(self, step: int, steps_per_second: float, phase: str) -> None:
        """Tell the driver where the run stands, with the rows recorded since the last report."""
        new = {}
        for name, start in self.sent.items():
            rows = getattr(self.result, name)
            new[name] = Rows(start, rows[start:])
            self.sent[name] = len(rows)
        self.progress(self.spec.run_id, Progress(step, self.settings.budget, self.last_return,
                                                 steps_per_second, phase, **new))

    def on_step(self, step: int, info: dict[str, Any]) -> None:
        result, settings = self.result, self.settings
        if "episode" in info:
            ep = info["episode"]
            result.train_episodes.append({"step": step, "return": ep["return"], "length": ep["length"]})
        for name, value in info.get("losses", {}).items():
            result.scalars.append((step, f"train/{name}", value))
        if step % settings.eval_interval == 0 or step == settings.budget:
            t0 = time.perf_counter()
            ev = evaluate(self.agent.act, self.eval_env, self.task, settings.eval_episodes,
                          begin_episode=self.agent.begin_episode)
            self.clock.eval_seconds += time.perf_counter() - t0
            summary = ev.summary()
            self.last_return = summary["return_mean"]
            result.curve.append({"step": step, "wall_time_s": time.perf_counter() - self.clock.start,
                                 **{k: summary[k] for k in
                                    ("return_mean", "return_std", "length_mean", "success_rate")}})
            result.scalars.append((step, "time/steps_per_second", step / self.clock.train_seconds()))
        now = time.perf_counter()
        if now - self.last_report >= PROGRESS_SECONDS or step == settings.budget:
            self.last_report = now
            self.report(step, step / self.clock.train_seconds(), "train")

    def finish(self, train_seconds: float, extra: dict[str, Any] | None = None) -> None:
        """The final evaluation, the run's summary and its saved model."""
        result, settings, agent = self.result, self.settings, self.agent
        steps_done = result.curve[-1]["step"] if result.curve else settings.budget
        self.report(settings.budget, steps_done / train_seconds, "final eval")
        # e.g. SMoSE's expert usage counts the final evaluation only
        agent.reset_eval_stats()
        final = evaluate(agent.act, self.eval_env, self.task, settings.final_eval_episodes,
                         begin_episode=agent.begin_episode)
        agent_info = agent.run_info()  # before the other modes act: of the default's episodes
        # The agent's other ways of acting, on the same episodes (PMOE: drawn, argmax, mean).
        others = {}
        for mode, act in agent.evaluation_modes().items():
            ev = evaluate(act, self.eval_env, self.task, settings.final_eval_episodes,
                          begin_episode=agent.begin_episode)
            others[mode] = {**ev.summary(), "returns": ev.returns.tolist(), "lengths": ev.lengths.tolist()}
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
            "agent_info": agent_info,
            **({"other_evaluation_modes": others} if others else {}),
            **(extra or {}),
        }
        result.model_files = files_written_by(agent.save)  # in memory: any process writes them
        self.eval_env.close()
        if settings.interpret:
            self.interpret()

    def interpret(self) -> None:
        """The trained policy distilled (every agent) and SMoSE's analysis, into the run folder.
        A failure here is recorded with the run, which stays finished."""
        result, spec, t0 = self.result, self.spec, time.perf_counter()
        self.report(self.settings.budget, result.final["steps_per_second"], "interpret")
        try:
            _, files = distill_agent(self.agent, self.task, spec.seed, spec.algo,
                                     DistillSettings(eval_episodes=self.settings.eval_episodes))
            result.files.update(files)
            if self.analysis is not None:  # the agent's own (SMoSE's experts and router trees)
                run = AnalysisRun(spec.task, spec.run_id, result.final["return_mean"], result.scalars,
                                  evaluate, eval_seeds)
                result.files.update(files_written_by(
                    lambda folder: self.analysis(self.agent, run, folder), DISTILLED_FOLDER))
        except Exception:
            result.final["interpretation_error"] = traceback.format_exc()
        result.final["interpretation_seconds"] = time.perf_counter() - t0


def _train(what: _Resolved, specs: list[RunSpec], results: list[RunResult], saved: list[dict[str, Any] | None],
           progress: ProgressFn, checkpointing: Checkpointing | None) -> None:
    """Train one group of seeds (all fresh, or all resumed from checkpoints of one step)."""
    settings, agent_spec = specs[0].settings, what.agent
    agents, train_envs = [], [make_env(what.task, seed=spec.seed) for spec in specs]
    for spec, env in zip(specs, train_envs):
        seed_everything(spec.seed)  # for agents that seed from the global generators (SB3's)
        agents.append(agent_spec.factory(env, what.config, spec.seed))
    trainer = agent_spec.seed_batch(agents) if agent_spec.seed_batch else _OneAgent(agents[0])
    clock = _Clock(time.perf_counter())
    recorders = [_RunRecorder(spec, what, result, agent, progress, clock)
                 for spec, result, agent in zip(specs, results, agents)]
    seeds = [s.seed for s in specs]
    batch_info = {"seed_batch": seeds} if len(specs) > 1 else {}
    for result in results:
        result.config.update(batch_info)

    can_checkpoint = checkpointing is not None and trainer.can_checkpoint
    next_checkpoint = checkpointing.interval if can_checkpoint else None
    if can_checkpoint and saved[0] is not None:
        trainer.restore([state["trainer"] for state in saved])
        step, runner_state = saved[0]["step"], saved[0]["runner"]
        clock.eval_seconds = runner_state["eval_seconds"]
        clock.start -= runner_state["elapsed_seconds"]
        for recorder, state in zip(recorders, saved):
            recorder.restore(state["runner"], step)
        next_checkpoint = checkpointing.next_after(step)

    def on_step(i: int, step: int, info: dict[str, Any]) -> None:
        recorders[i].on_step(step, info)

    def after_step(step: int) -> None:
        nonlocal next_checkpoint
        if next_checkpoint is None or not next_checkpoint <= step < settings.budget:
            return
        clocks = {"eval_seconds": clock.eval_seconds, "elapsed_seconds": time.perf_counter() - clock.start}
        for spec, recorder, state in zip(specs, recorders, trainer.seed_states(checkpointing.buffer)):
            checkpoints.save(checkpointing, spec, step, {"trainer": state,
                                                         "runner": {**recorder.state(), **clocks}})
        next_checkpoint = checkpointing.next_after(step)

    trainer.learn(settings.budget, on_step, after_step)
    train_seconds = clock.train_seconds()
    for i, (recorder, result) in enumerate(zip(recorders, results)):
        if i in trainer.failures:
            result.error = trainer.failures[i]
            recorder.eval_env.close()
            continue
        extra = {**batch_info, "aggregate_steps_per_second": len(specs) * settings.budget / train_seconds} \
            if batch_info else {}
        recorder.finish(train_seconds, extra)
        result.status = "finished"
    for env in train_envs:
        env.close()


def files_written_by(write: Callable[[Path], Any], prefix: str = "") -> dict[str, bytes]:
    """{prefix/relative path: content} of what write(folder) puts into an empty folder."""
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp))
        return {str(Path(prefix) / f.relative_to(tmp)): f.read_bytes() for f in Path(tmp).rglob("*") if f.is_file()}


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
