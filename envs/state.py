"""Snapshots of an environment in the middle of an episode.

A checkpoint that holds `snapshot(env)` can be taken at any step: `restore(env, saved)` puts a
freshly made env of the same task back exactly where the saved one stood (the simulator, the
wrappers' counters such as TimeLimit's, and the env's random generator), so the resumed run
goes on with the very episode it stopped in, bit for bit.

What is saved is every attribute of the env and of each wrapper around it, except the ones that
are fixed by construction (spaces, spec, the wrapped env itself) or belong to rendering. A
MuJoCo env's `MjData` is saved whole: its derived quantities (body positions used by some
rewards before a step, contact forces) are part of what the next step sees, so restoring
positions and velocities alone would not be exact.
"""

from __future__ import annotations

import copy
from typing import Any

import gymnasium as gym
import mujoco

# Attributes set by construction, or only used to render: never part of an episode's state.
_FIXED = frozenset({
    "env", "model", "spec", "metadata", "render_mode", "action_space", "observation_space",
    "_action_space", "_observation_space", "_metadata", "_cached_spec", "_saved_kwargs",
    "_ezpickle_args", "_ezpickle_kwargs", "mujoco_renderer", "screen", "clock", "viewer",
    "results_writer",
})

EnvSnapshot = list[dict[str, Any]]  # one dict of attributes per layer, outermost first


def _layers(env: gym.Env) -> list[gym.Env]:
    layers = [env]
    while isinstance(layers[-1], gym.Wrapper):
        layers.append(layers[-1].env)
    return layers


def snapshot(env: gym.Env) -> EnvSnapshot:
    """Everything the env's next steps depend on, as a deep copy (picklable)."""
    return [{k: copy.deepcopy(v) for k, v in vars(layer).items() if k not in _FIXED}
            for layer in _layers(env)]


def restore(env: gym.Env, saved: EnvSnapshot) -> None:
    """Put `env` (made like the snapshotted one: same task, same wrappers) into the saved state."""
    layers = _layers(env)
    if len(layers) != len(saved):
        raise ValueError(f"the env has {len(layers)} layers of wrappers, the snapshot {len(saved)}")
    for layer, attributes in zip(layers, saved):
        for name, value in attributes.items():
            value = copy.deepcopy(value)  # the snapshot stays valid for another restore
            mine = getattr(layer, name, None)
            if isinstance(mine, mujoco.MjData):  # copied into the env's own, which its
                mujoco.mj_copyData(mine, layer.model, value)  # renderer already points at
            else:
                setattr(layer, name, value)
