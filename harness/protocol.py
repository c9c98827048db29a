"""The evaluation protocol: seeding, fixed evaluation episodes, success.

Identical for every algorithm: run seed k seeds Python, NumPy and torch, the training env's
first reset and its action space; evaluation uses a separate env whose episode i always resets
with seed EVAL_SEED_BASE + i, whatever the algorithm, run or time of evaluation.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import gymnasium as gym
import numpy as np
import torch

from envs.suites import Task

EVAL_SEED_BASE = 1_000_000


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def eval_seeds(n_episodes: int) -> list[int]:
    """The reset seeds of the first n evaluation episodes (the same list for everyone)."""
    return [EVAL_SEED_BASE + i for i in range(n_episodes)]


@dataclass
class Evaluation:
    """Per-episode results of one evaluation, each (n_episodes,)."""

    returns: np.ndarray
    lengths: np.ndarray
    successes: np.ndarray | None  # None when the task has no notion of success
    seconds_per_action: float

    def summary(self) -> dict[str, float | None]:
        r = self.returns
        return {
            "return_mean": float(r.mean()), "return_std": float(r.std()),
            "return_min": float(r.min()), "return_max": float(r.max()),
            "length_mean": float(self.lengths.mean()),
            "success_rate": None if self.successes is None else float(self.successes.mean()),
            "episodes": len(r),
        }


def evaluate(act: Callable[[np.ndarray], np.ndarray], env: gym.Env, task: Task,
             n_episodes: int, seeds: list[int] | None = None,
             begin_episode: Callable[[], None] | None = None) -> Evaluation:
    """Run n deterministic episodes of `act` on the fixed evaluation seeds (or on `seeds`);
    begin_episode() before each (the agent's, for a policy with a state of its own).

    A "survive" task counts an episode as a success when it reaches the time limit without
    terminating.
    """
    returns, lengths, successes = [], [], []
    n_actions, act_seconds = 0, 0.0
    for seed in seeds if seeds is not None else eval_seeds(n_episodes):
        obs, _ = env.reset(seed=seed)
        if begin_episode is not None:
            begin_episode()
        total, length, done, terminated = 0.0, 0, False, False
        while not done:
            t0 = time.perf_counter()
            action = act(obs)
            act_seconds += time.perf_counter() - t0
            obs, reward, terminated, truncated, _ = env.step(action)
            total += float(reward)
            length += 1
            done = terminated or truncated
        n_actions += length
        returns.append(total)
        lengths.append(length)
        successes.append(not terminated)
    return Evaluation(
        returns=np.asarray(returns), lengths=np.asarray(lengths),
        successes=np.asarray(successes, dtype=float) if task.success == "survive" else None,
        seconds_per_action=act_seconds / max(n_actions, 1),
    )
