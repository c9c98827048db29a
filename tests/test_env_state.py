"""envs.state: a snapshot restored into a fresh env continues the episode bit for bit."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from envs.state import restore, snapshot
from envs.suites import get_task, make_env


def _roll(env, actions):
    """Observations, rewards and end flags of `actions`, resetting at each episode end."""
    out = []
    for a in actions:
        obs, reward, terminated, truncated, _ = env.step(a)
        out.append((obs.copy(), reward, terminated, truncated))
        if terminated or truncated:
            out.append((env.reset()[0].copy(),))
    return out


def _same(a, b) -> bool:
    return len(a) == len(b) and all(
        len(x) == len(y) and all(np.array_equal(u, v) for u, v in zip(x, y)) for x, y in zip(a, b))


# Ant: its reward reads body positions (MjData's derived quantities) before the step; Pendulum:
# not MuJoCo, 200-step episodes (TimeLimit's counter must come back).
@pytest.mark.parametrize("task_name", ["Hopper-v5", "Ant-v5", "Pendulum-v1"])
def test_a_restored_fresh_env_continues_exactly_across_episode_ends(task_name):
    task = get_task(task_name)
    env = make_env(task, 0)
    env.reset(seed=3)
    actions = [env.action_space.sample() for _ in range(1200)]
    for a in actions[:137]:  # mid-episode
        env.step(a)
    saved = pickle.loads(pickle.dumps(snapshot(env)))  # as a checkpoint stores it
    expected = _roll(env, actions[137:])
    assert sum(len(x) == 1 for x in expected) >= 1, "the check must cross an episode end"

    fresh = make_env(task, 5)
    fresh.reset(seed=99)  # another state altogether
    restore(fresh, saved)
    assert _same(_roll(fresh, actions[137:]), expected)


def test_a_snapshot_can_be_restored_twice_and_rewinds_the_env():
    env = make_env(get_task("Hopper-v5"), 0)
    env.reset(seed=0)
    actions = [env.action_space.sample() for _ in range(60)]
    saved = snapshot(env)
    first = _roll(env, actions)
    restore(env, saved)
    second = _roll(env, actions)
    restore(env, saved)
    assert _same(second, first) and _same(_roll(env, actions), first)


def test_an_env_with_other_wrappers_is_refused():
    import gymnasium as gym

    env = make_env(get_task("Pendulum-v1"), 0)
    env.reset(seed=0)
    with pytest.raises(ValueError, match="layers of wrappers"):
        restore(gym.wrappers.ClipAction(make_env(get_task("Pendulum-v1"), 0)), snapshot(env))
