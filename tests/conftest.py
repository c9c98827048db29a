"""Shared test set-up: one torch thread (as the harness's workers use), small settings, tiny envs."""

from __future__ import annotations

import gymnasium as gym
import matplotlib
import numpy as np
import pytest
import torch

from harness.spec import Settings

torch.set_num_threads(1)
matplotlib.use("Agg")  # figures are written to files; no display in CI


@pytest.fixture(autouse=True)
def private_throughput_cache(tmp_path_factory, monkeypatch):
    """`bench` keeps its figures for time estimates: the tests' go to a folder of their own."""
    monkeypatch.setenv("SMOSE_BENCH_CACHE", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def tiny_settings() -> Settings:
    """A run that trains a few hundred steps: enough to exercise every code path."""
    return Settings(budget=400, eval_interval=200, eval_episodes=2, final_eval_episodes=3, interpret=False,
                    hparams={"sac-l": {"learning_starts": 100, "hidden_sizes": [32, 32],
                                       "critic_hidden": [32, 32], "batch_size": 32},
                             "linear-sac": {"learning_starts": 100, "critic_hidden": [32, 32],
                                            "batch_size": 32}})


class CountdownEnv(gym.Env):
    """A 1-D toy task: reward 1 per step; a positive action terminates the episode at step 3.

    Its initial observation comes from the reset seed, so evaluation seeds can be checked.
    """

    observation_space = gym.spaces.Box(-1.0, 1.0, (1,), np.float32)
    action_space = gym.spaces.Box(-1.0, 1.0, (1,), np.float32)

    def reset(self, *, seed=None, options=None):
        super().reset(seed=seed)
        self.t = 0
        return self.np_random.uniform(-1, 1, (1,)).astype(np.float32), {}

    def step(self, action):
        self.t += 1
        terminated = bool(action[0] > 0 and self.t >= 3)
        return np.zeros(1, np.float32), 1.0, terminated, False, {}


@pytest.fixture
def countdown_env() -> gym.Env:
    return gym.wrappers.TimeLimit(CountdownEnv(), max_episode_steps=10)
