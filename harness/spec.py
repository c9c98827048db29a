"""The run contract and the presets: what one run is (RunSpec, Settings), what its worker reports
while it trains (Progress) and gives back (RunResult), and how a command expands into runs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

from algorithms.base import AgentSpec
from envs.suites import Task


@dataclass(frozen=True)
class Preset:
    algos: str
    envs: str
    seeds: int
    budget: int
    description: str


PRESETS: dict[str, Preset] = {
    "quick": Preset(
        algos="smose,pmoe,sac-l", envs="Pendulum-v1,Hopper-v5", seeds=2, budget=4_000,
        description="under 10 minutes on 2 cores: SMoSE, PMOE and SAC-L, two tasks, 2 seeds, 4k steps",
    ),
    "paper": Preset(
        algos="smose,pmoe,pmoe-gating,pmoe-ppo,dac,moe-sac,sac-l,sac-m,sac-s,linear-sac,ppo,ars", envs="all",
        seeds=10,
        budget=1_000_000,
        description="the papers' protocol: every agent, the six MuJoCo tasks, 10 seeds, 1M steps",
    ),
}


@dataclass(frozen=True)
class Settings:
    """What every run of an experiment shares (an experiment folder holds one Settings)."""

    budget: int
    """environment steps per run"""
    eval_interval: int
    """environment steps between evaluations during training"""
    eval_episodes: int = 10
    """deterministic episodes per evaluation during training"""
    final_eval_episodes: int = 100
    """deterministic episodes of the final evaluation (the papers' N_test)"""
    hparams: dict[str, dict[str, Any]] = field(default_factory=dict)
    """hyper-parameter overrides per algorithm name"""
    interpret: bool = True
    """distil every trained policy into trees and a linear policy at the end of its run"""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["interpret"]:  # the default is not written: experiments made before it keep their names
            del d["interpret"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Settings:
        return cls(**d)


def default_eval_interval(budget: int) -> int:
    """Twenty evaluations over a run, at most one every 1,000 steps."""
    return max(1000, budget // 20)


@dataclass(frozen=True)
class RunSpec:
    """One run: a pure function of these fields."""

    experiment: str
    algo: str
    task: str
    seed: int
    settings: Settings

    @property
    def run_id(self) -> str:
        """The run's folder relative to the experiment folder: <task>/<algo>/seed<k>."""
        return f"{self.task}/{self.algo}/seed{self.seed}"

    @property
    def hparams(self) -> dict[str, Any]:
        return self.settings.hparams.get(self.algo, {})

    def to_dict(self) -> dict[str, Any]:
        return {"experiment": self.experiment, "algo": self.algo, "task": self.task,
                "seed": self.seed, "settings": self.settings.to_dict()}

    def fingerprint(self) -> str:
        """A short stable hash of every field: the same run, the same fingerprint."""
        return settings_fingerprint(self.settings, [self.experiment, self.algo, self.task, self.seed])

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RunSpec:
        return cls(d["experiment"], d["algo"], d["task"], d["seed"], Settings.from_dict(d["settings"]))


@dataclass
class RunResult:
    """What running one spec gives back to the driver, which writes it."""

    spec: RunSpec
    status: str  # "finished" or "failed"
    config: dict[str, Any] = field(default_factory=dict)
    curve: list[dict[str, Any]] = field(default_factory=list)
    train_episodes: list[dict[str, Any]] = field(default_factory=list)
    scalars: list[tuple[int, str, float]] = field(default_factory=list)
    final: dict[str, Any] | None = None
    model_files: dict[str, bytes] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # other files, by path in the run folder
    error: str | None = None


RECORDS = ("curve", "train_episodes", "scalars")  # a RunResult's growing records, in TensorBoard


class Rows(NamedTuple):
    """Rows of one of a run's growing records (curve, training episodes, scalars), from index
    `start` on: the driver keeps each row once, however often a row is sent again (a resumed or
    retried run sends its history from the start)."""

    start: int
    rows: list[Any]


class Progress(NamedTuple):
    """Where a run stands, reported to the driver about once a second, with what the run recorded
    since its last report (so that the driver can log it live without a shared file system)."""

    step: int
    total: int  # the budget, env steps
    last_return: float | None  # the latest evaluation's mean return, None before the first
    steps_per_second: float  # training throughput so far, evaluations excluded
    phase: str  # "train", "resumed", "final eval" or "interpret"
    curve: Rows = Rows(0, [])  # new evaluation rows (RunResult.curve)
    train_episodes: Rows = Rows(0, [])  # new training episodes (RunResult.train_episodes)
    scalars: Rows = Rows(0, [])  # new (step, name, value) scalars (RunResult.scalars)


ProgressFn = Callable[[str, Progress], None]  # progress(run_id, event)


class RunStopped(Exception):
    """Raised by a run's progress report where the driver asked the run to stop (`tune` pruning
    a trial): the run ends there, stored as not finished with this message as its error."""


def expand(experiment: str, algos: list[AgentSpec], tasks: list[Task], seeds: int,
           settings: Settings) -> list[RunSpec]:
    """Every (task, algo, seed) run of an experiment, seeds 0..seeds-1, task-major order."""
    return [RunSpec(experiment, a.name, t.name, s, settings)
            for t in tasks for a in algos for s in range(seeds)]


def settings_fingerprint(settings: Settings, extra: Any = None) -> str:
    """A short stable hash of the settings (and anything else that names an experiment)."""
    blob = json.dumps([settings.to_dict(), extra], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:8]
