"""A SAC-family checkpoint small enough to commit, and whole again on another machine.

Most of a seed's checkpoint is its replay buffer: about 100 MB at 1M Hopper steps. Only one of
its fields carries information the environment cannot give back: the actions. Observations,
rewards and terminations follow from them, because the training env is deterministic given its
seed: reset with the run's seed, stepped with the recorded actions, reset again after each
episode's end, as `SACLearner.learn` does. So `compact` keeps the actions (12 bytes a step on
Hopper) with a digest of the other fields, and `expand` replays the env and checks the digest.
A machine whose simulator does not reproduce the run (another MuJoCo build, another CPU's
arithmetic) gets `ReplayMismatch`, not a resumed run that differs from the uninterrupted one.
"""

from __future__ import annotations

import hashlib
from typing import Any

import gymnasium as gym
import numpy as np

REPLAYED = ("obs", "rewards", "next_obs", "terminated")  # the buffer's fields the env gives back


class ReplayMismatch(ValueError):
    """Replaying the recorded actions gave other transitions than the run saw."""


def digest(contents: dict[str, np.ndarray]) -> str:
    """A fingerprint of the replayed fields of a buffer's contents (float32, as stored)."""
    h = hashlib.sha256()
    for name in REPLAYED:
        h.update(np.ascontiguousarray(contents[name], dtype=np.float32).tobytes())
    return h.hexdigest()


def replay(env: gym.Env, seed: int, actions: np.ndarray) -> dict[str, np.ndarray]:
    """The transitions a fresh training env gives for `actions`, in SACLearner.learn's order:
    reset(seed) first, reset() after every episode's end, float32 as the buffer stores them."""
    n = len(actions)
    obs = np.zeros((n, *env.observation_space.shape), np.float32)
    next_obs, rewards, terminated = np.zeros_like(obs), np.zeros(n, np.float32), np.zeros(n, np.float32)
    current = env.reset(seed=seed)[0]
    for t in range(n):
        obs[t] = current
        next_obs[t], rewards[t], end, truncated, _ = env.step(actions[t])
        terminated[t] = end
        current = env.reset()[0] if end or truncated else next_obs[t]
    return {"obs": obs, "rewards": rewards, "next_obs": next_obs, "terminated": terminated}


def compact(state: dict[str, Any]) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """A seed_states() entry without its buffer's replayable fields, and the arrays kept apart
    (the actions). A buffer that cannot be replayed stays whole: one that has wrapped round (its
    first actions are gone) or a stopped seed's (its env stopped stepping)."""
    buffer = state.get("buffer")
    if buffer is None or state["stopped"] or len(buffer["actions"]) != state["step"]:
        return state, {}
    kept = {"pos": buffer["pos"], "size": len(buffer["actions"]), "digest": digest(buffer)}
    return {**state, "buffer": kept}, {"actions": np.asarray(buffer["actions"], np.float32)}


def expand(state: dict[str, Any], arrays: dict[str, np.ndarray], env: gym.Env, seed: int) -> dict[str, Any]:
    """compact()'s inverse: the buffer rebuilt by replaying `env` (made as the run's training env)
    from `seed`; ReplayMismatch where it does not give the transitions the run saw."""
    kept = state.get("buffer")
    if kept is None or "digest" not in kept:
        return state
    actions = arrays["actions"]
    if len(actions) != kept["size"]:
        raise ValueError(f"{kept['size']:,} actions were recorded, {len(actions):,} are at hand")
    contents = replay(env, seed, actions)
    if digest(contents) != kept["digest"]:
        raise ReplayMismatch(f"replaying its {len(actions):,} recorded actions here gives other "
                             "transitions than the run saw")
    return {**state, "buffer": {**contents, "actions": actions, "pos": kept["pos"]}}
