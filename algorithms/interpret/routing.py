"""Expert usage and per-expert statistics of a rollout: NumPy arrays in, NumPy arrays out."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def usage_rates(experts: np.ndarray, n_experts: int) -> np.ndarray:
    """The fraction of decisions taken by each expert, (n_experts,), from experts: (T,) ints."""
    experts = np.asarray(experts, dtype=int)
    if experts.size == 0:
        return np.zeros(n_experts)
    return np.bincount(experts, minlength=n_experts) / experts.size


def unused_experts(usage: np.ndarray) -> list[int]:
    """The experts that took no decision."""
    return [int(m) for m in np.flatnonzero(np.asarray(usage) == 0)]


@dataclass
class ExpertProfile:
    """What one expert does on the states it was chosen for.

    mean_state: (n_s,), mean_action: (n_a,) in env units, decisions: how many states it took.
    """

    expert: int
    decisions: int
    mean_state: np.ndarray
    mean_action: np.ndarray


def expert_profiles(states: np.ndarray, actions: np.ndarray, experts: np.ndarray,
                    n_experts: int) -> list[ExpertProfile]:
    """The mean input state and mean action of each expert that acted, in expert order.

    states: (T, n_s), actions: (T, n_a), experts: (T,).
    """
    experts = np.asarray(experts, dtype=int)
    profiles = []
    for m in range(n_experts):
        rows = experts == m
        if rows.any():
            profiles.append(ExpertProfile(m, int(rows.sum()), states[rows].mean(0), actions[rows].mean(0)))
    return profiles
