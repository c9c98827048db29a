"""Run specifications and presets: what one run is, and how a command expands into runs."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

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
        algos="smose,pmoe,pmoe-ppo,moe-sac,sac-l,sac-m,sac-s,linear-sac,ppo,ars", envs="all", seeds=10,
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


def expand(experiment: str, algos: list[AgentSpec], tasks: list[Task], seeds: int,
           settings: Settings) -> list[RunSpec]:
    """Every (task, algo, seed) run of an experiment, seeds 0..seeds-1, task-major order."""
    return [RunSpec(experiment, a.name, t.name, s, settings)
            for t in tasks for a in algos for s in range(seeds)]


def settings_fingerprint(settings: Settings, extra: Any = None) -> str:
    """A short stable hash of the settings (and anything else that names an experiment)."""
    blob = json.dumps([settings.to_dict(), extra], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:8]
