"""A preallocated replay buffer: NumPy storage, sampled as torch views without per-step copies."""

from __future__ import annotations

from typing import Any

import numpy as np
import torch


class ReplayBuffer:
    """Circular buffer of (obs, action, reward, next_obs, terminated) transitions.

    Arrays are allocated once (capacity x dim, float32); `sample` gathers a batch with one index
    operation per field on torch views of those arrays.
    """

    def __init__(self, capacity: int, obs_dim: int, act_dim: int, seed: int = 0):
        self.capacity = capacity
        self.obs = np.zeros((capacity, obs_dim), dtype=np.float32)
        self.next_obs = np.zeros((capacity, obs_dim), dtype=np.float32)
        self.actions = np.zeros((capacity, act_dim), dtype=np.float32)
        self.rewards = np.zeros((capacity,), dtype=np.float32)
        self.terminated = np.zeros((capacity,), dtype=np.float32)
        self._views = [torch.from_numpy(a) for a in
                       (self.obs, self.actions, self.rewards, self.next_obs, self.terminated)]
        self.rng = np.random.default_rng(seed)
        self.pos = 0
        self.size = 0

    def add(self, obs, action, reward: float, next_obs, terminated: bool) -> None:
        i = self.pos
        self.obs[i] = obs
        self.actions[i] = action
        self.rewards[i] = reward
        self.next_obs[i] = next_obs
        self.terminated[i] = terminated
        self.pos = (i + 1) % self.capacity
        self.size = min(self.size + 1, self.capacity)

    def sample(self, batch_size: int) -> tuple[torch.Tensor, ...]:
        """(obs, actions, rewards, next_obs, terminated), each with a leading batch dimension."""
        idx = torch.from_numpy(self.rng.integers(0, self.size, size=batch_size))
        return tuple(v[idx] for v in self._views)

    FIELDS = ("obs", "actions", "rewards", "next_obs", "terminated")

    def contents(self) -> dict[str, Any]:
        """The stored transitions and the write position, for a checkpoint."""
        return {**{name: getattr(self, name)[:self.size] for name in self.FIELDS}, "pos": self.pos}

    def restore_contents(self, saved: dict[str, Any]) -> None:
        """Refill from contents() (the sampling RNG is restored separately)."""
        n = len(saved["rewards"])
        for name in self.FIELDS:
            getattr(self, name)[:n] = saved[name]
        self.size, self.pos = n, saved["pos"]

    def __len__(self) -> int:
        return self.size
