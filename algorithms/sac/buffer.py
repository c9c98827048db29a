"""The replay buffers of a group of seeds, preallocated as one stacked tensor per field.

Seed i's transitions live in row i of every field; each seed samples its own transitions with
its own NumPy generator, so what a seed trains on does not depend on the seeds beside it. One
gather per field makes the (S, B, ...) batch of all seeds at once.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
import torch


class Transitions(NamedTuple):
    """A batch of transitions, each field with leading dimensions (S, B): seeds, samples."""

    obs: torch.Tensor  # (S, B, n_s)
    actions: torch.Tensor  # (S, B, n_a)
    rewards: torch.Tensor  # (S, B)
    next_obs: torch.Tensor  # (S, B, n_s)
    terminated: torch.Tensor  # (S, B), 1.0 where the episode terminated (not truncated)


class ReplayBuffer:
    """Circular buffers of (obs, action, reward, next_obs, terminated), one per seed, in lockstep.

    Every seed adds one transition per step, so all share the write position and size. Storage
    is float32 on `device`; on the CPU, writes go through NumPy views (no per-step torch call).
    """

    FIELDS = Transitions._fields

    def __init__(self, capacity: int, obs_dim: int, act_dim: int, seeds: list[int],
                 device: torch.device | str = "cpu"):
        self.capacity, self.n_seeds = capacity, len(seeds)
        self.device = torch.device(device)
        shapes = {"obs": (obs_dim,), "actions": (act_dim,), "rewards": (), "next_obs": (obs_dim,),
                  "terminated": ()}
        self.storage = {name: torch.zeros((self.n_seeds, capacity, *shapes[name]), device=self.device)
                        for name in self.FIELDS}
        self._numpy = ({name: t.numpy() for name, t in self.storage.items()}
                       if self.device.type == "cpu" else None)
        self.rngs = [np.random.default_rng(seed) for seed in seeds]  # seed i's sampling stream
        self._seed_rows = torch.arange(self.n_seeds, device=self.device).unsqueeze(1)
        self.pos = 0
        self.size = 0

    def add(self, obs: np.ndarray, actions: np.ndarray, rewards: np.ndarray, next_obs: np.ndarray,
            terminated: np.ndarray) -> None:
        """One transition per seed: obs (S, n_s), actions (S, n_a), rewards (S,), next_obs, terminated (S,)."""
        values = (obs, actions, rewards, next_obs, terminated)
        i = self.pos
        if self._numpy is not None:
            for name, value in zip(self.FIELDS, values):
                self._numpy[name][:, i] = value
        else:
            for name, value in zip(self.FIELDS, values):
                self.storage[name][:, i] = torch.as_tensor(np.asarray(value, dtype=np.float32), device=self.device)
        self.pos = (i + 1) % self.capacity
        self.size = min(self.size + 1, self.capacity)

    def sample(self, batch_size: int) -> Transitions:
        """batch_size transitions per seed, each seed's indices from its own generator."""
        idx = np.stack([rng.integers(0, self.size, size=batch_size) for rng in self.rngs])
        idx = torch.from_numpy(idx).to(self.device, non_blocking=True)
        return Transitions(*(self.storage[name][self._seed_rows, idx] for name in self.FIELDS))

    def contents(self, seed_index: int) -> dict[str, Any]:
        """Seed i's stored transitions (NumPy) and the write position, for its checkpoint."""
        return {**{name: self.storage[name][seed_index, :self.size].cpu().numpy().copy()
                   for name in self.FIELDS}, "pos": self.pos}

    def restore_contents(self, seed_index: int, saved: dict[str, Any]) -> None:
        """Refill seed i's rows from contents() (its sampling generator is restored apart)."""
        n = len(saved["rewards"])
        for name in self.FIELDS:
            self.storage[name][seed_index, :n] = torch.as_tensor(saved[name], device=self.device)
        self.size, self.pos = n, saved["pos"]

    def __len__(self) -> int:
        return self.size
