"""Training throughput, measured side by side: our agents against Stable-Baselines3's SAC, and
seed batches against the same seeds trained one at a time.

Each agent trains on the same task with the same seed; only the steps after the random warm-up
are timed (the part where the learner works). Agents are run alternately, `repeats` times each,
and the median is reported, so that a noisy machine affects both sides alike.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Any

import torch

from envs.suites import get_task, make_env
from harness import registry
from harness.protocol import seed_everything

REFERENCE = "sb3-sac"


@dataclass
class BenchResult:
    algo: str
    task: str
    steps: int
    steps_per_second: list[float]  # one per repeat
    floor_steps_per_second: float | None  # the FLOP floor of a SAC update here, one thread

    @property
    def median(self) -> float:
        return statistics.median(self.steps_per_second)


def _build(algo: str, task_name: str, warmup: int, seed: int,
           hparams: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """(`algo`'s agent, its seeded training env), with a random warm-up `warmup` steps long."""
    spec = registry.get(algo)
    seed_everything(seed)
    env = make_env(get_task(task_name), seed)
    overrides = {k: v for k, v in {"learning_starts": warmup, "learning_starts_fraction": 1.0}.items()
                 if k in spec.hparam_names()} | (hparams or {})
    return spec.factory(env, spec.make_config(overrides), seed), env


def time_seed_batch(algo: str, task_name: str, steps: int, warmup: int, seeds: list[int],
                    hparams: dict[str, Any] | None = None) -> float:
    """Aggregate env steps per second of `seeds` trained as one seed batch in this process, over
    the `steps` training steps after the warm-up (all seeds' steps counted)."""
    agents, envs = zip(*(_build(algo, task_name, warmup, seed, hparams) for seed in seeds))
    seed_everything(seeds[0])
    trainer = registry.get(algo).seed_batch(list(agents))
    clock = _Marks(warmup, steps)
    trainer.learn(warmup + steps, None, clock)
    for env in envs:
        env.close()
    return len(seeds) * clock.steps_per_second()


class _Marks:
    """The time of the first step at or past `warmup` and at or past `warmup + steps` (agents
    that report steps a rollout or an episode at a time pass them without stopping on them)."""

    def __init__(self, warmup: int, steps: int):
        self.bounds = (warmup, warmup + steps)
        self.marks: list[tuple[int, float]] = []

    def __call__(self, step: int) -> None:
        if len(self.marks) < 2 and step >= self.bounds[len(self.marks)]:
            self.marks.append((step, time.perf_counter()))

    def steps_per_second(self) -> float:
        (s0, t0), (s1, t1) = self.marks
        return (s1 - s0) / (t1 - t0)


def time_training(algo: str, task_name: str, steps: int, warmup: int, seed: int = 0,
                  hparams: dict[str, Any] | None = None) -> tuple[float, float]:
    """(env steps per second of `algo` over `steps` training steps after `warmup` random steps,
    the FLOPs of one of those steps as estimated by sac_flops_per_step)."""
    agent, env = _build(algo, task_name, warmup, seed, hparams)
    clock = _Marks(warmup, steps)
    info = env.observation_space.shape[0], env.action_space.shape[0]
    # 2 FLOPs per actor weight per state: exact for dense layers, an upper bound for SMoSE (one
    # expert's output is used, all are computed) and PMOE (all K heads are computed).
    config = getattr(agent, "config", None)
    flops = sac_flops_per_step(*info, batch=getattr(config, "batch_size", 256),
                               critic=tuple(getattr(config, "critic_hidden", (256, 256)))[-1],
                               actor_flops_per_sample=2.0 * agent.parameter_counts()["total"],
                               critic_evaluations=getattr(getattr(agent, "actor", None), "critic_evaluations", (1, 0))) \
        if "learning_starts" in registry.get(algo).hparam_names() else None  # the floor of a SAC update
    agent.learn(warmup + steps, lambda step, info: clock(step))
    env.close()
    return clock.steps_per_second(), flops


def sac_flops_per_step(obs_dim: int, act_dim: int, batch: int = 256, critic: int = 256,
                       actor_flops_per_sample: float = 0.0,
                       critic_evaluations: tuple[int, int] = (1, 0)) -> float:
    """Floating-point operations of one SAC environment step (one critic update, one actor update
    on average, one target update), counting 2 per multiply-add and backward = 2x forward.

    actor_flops_per_sample: the actor's forward multiply-adds per state, times 2.
    critic_evaluations: the twin critics' evaluations per state in the actor loss, (with
    autograd, without); PMOE's is (1, K).
    """
    one_critic = 2 * ((obs_dim + act_dim) * critic + critic * critic + critic)
    twin = 2 * one_critic * batch
    actor = actor_flops_per_sample * batch
    critic_update = twin * 3 + twin + actor   # forward+backward; target critic and next actions
    with_grad, without_grad = critic_evaluations
    # actor fwd+bwd; critic fwd + backward to the input; the critic's forward-only evaluations
    actor_update = actor * 3 + twin * 2 * with_grad + twin * without_grad
    return critic_update + actor_update


def matmul_gflops(n: int = 256, repeats: int = 200) -> float:
    """This machine's float32 matrix-product rate at SAC's sizes, on the current torch threads."""
    a, b = torch.randn(n, n), torch.randn(n, n)
    for _ in range(20):
        a @ b
    t0 = time.perf_counter()
    for _ in range(repeats):
        a @ b
    return 2 * n**3 * repeats / (time.perf_counter() - t0) / 1e9
