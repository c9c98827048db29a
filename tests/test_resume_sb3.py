"""Checkpoints of the SB3 agents (ppo, linear-ppo, pmoe-ppo, ars, sb3-sac): checkpoint_state, restore it into
a fresh agent, learn the rest of the budget. The end-to-end kill -9 test is in test_resume.py."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pytest
import torch
from test_sb3_agents import make_agent

from harness.protocol import seed_everything


def through_a_file(state: dict[str, Any]) -> dict[str, Any]:
    """The state as the runner's torch.save / torch.load leaves it (and owned by no agent)."""
    buf = io.BytesIO()
    torch.save(state, buf)
    buf.seek(0)
    return torch.load(buf, weights_only=False)


def probe(agent) -> np.ndarray:
    """The agent's actions on a fixed set of observations."""
    obs = np.random.default_rng(0).normal(0, 1, size=(8, agent.env_info.obs_dim)).astype(np.float32)
    return np.stack([agent.act(o) for o in obs])


def policy_vector(agent) -> torch.Tensor:
    return torch.nn.utils.parameters_to_vector(agent.model.policy.parameters()).detach().clone()


Call = tuple[int, tuple[float, int] | None]  # step, and the (return, length) of an episode ending there


def record(calls: list[Call], step: int, info: dict[str, Any]) -> None:
    episode = info.get("episode")
    calls.append((step, (episode["return"], episode["length"]) if episode else None))


def interrupted(algo: str, budget: int, after: int, include_buffer: bool = True, **overrides):
    """One uninterrupted run that takes a checkpoint at its first safe step past `after`.

    Returns the agent, its callback calls, the checkpoint and the agent's probe() actions at the
    checkpoint."""
    seed_everything(3)
    agent, _ = make_agent(algo, **overrides)
    calls: list[Call] = []
    saved: dict[str, Any] = {}

    def callback(step: int, info: dict[str, Any]) -> None:
        record(calls, step, info)
        if not saved and step > after and info["checkpoint_ok"]:
            saved["state"] = through_a_file(agent.checkpoint_state(include_buffer=include_buffer))
            saved["actions"] = probe(agent)

    agent.learn(budget, callback)
    assert saved, "no checkpoint was taken"
    return agent, calls, saved["state"], saved["actions"]


def resumed(algo: str, state: dict[str, Any], budget: int, **overrides):
    """A fresh agent of the same run (as the runner builds it), restored, trained to the budget."""
    seed_everything(3)
    agent, env = make_agent(algo, **overrides)
    untrained = probe(agent)
    agent.restore_checkpoint_state(state)
    restored = probe(agent)
    calls: list[Call] = []
    agent.learn(budget, lambda step, info: record(calls, step, info))
    return agent, env, calls, untrained, restored


def steps_into_episode(state: dict[str, Any]) -> int:
    """How far into its episode the checkpointed env stood (the harness's recorder, outermost)."""
    return state["in_progress"]["env"][0]["episode_length"]


@pytest.mark.parametrize("algo", ["ppo", "linear-ppo", "pmoe-ppo", "ars", "sb3-sac"])
def test_restored_agent_continues_to_the_budget(algo):
    budget = 400
    _, _, state, actions_at_checkpoint = interrupted(algo, budget, after=150)
    step = state["step"]
    assert 150 < step < budget
    agent, env, calls, untrained, restored = resumed(algo, state, budget)
    # The restore loaded the checkpoint's policy (and normalisation): it acts as the agent did
    # then, not as a fresh one does.
    np.testing.assert_array_equal(restored, actions_at_checkpoint)
    assert np.abs(restored - untrained).max() > 1e-3
    # It went on from the checkpoint to the budget: one callback per step, none repeated. (The
    # test's env wrapper came back with the env, its step count included.)
    assert [s for s, _ in calls] == list(range(step + 1, budget + 1))
    assert env.steps == budget and agent.model.num_timesteps == budget


def test_ppo_restores_optimiser_and_normalisation():
    _, _, state, _ = interrupted("ppo", 400, after=150)
    seed_everything(3)
    agent, _ = make_agent("ppo")
    agent.restore_checkpoint_state(state)
    rms = agent.vec_normalize.obs_rms
    saved = state["vec_normalize"]["obs_rms"]
    np.testing.assert_array_equal(rms.mean, saved["mean"])
    assert rms.count == saved["count"] > 150
    adam = agent.model.policy.optimizer.state_dict()["state"]
    assert adam and all(int(s["step"]) > 0 for s in adam.values())  # Adam's moments came back


# Wherever the checkpoint falls, the resumed run is the uninterrupted run. Mid-episode: ppo
# (rollouts of 64 steps) on InvertedPendulum, Hopper and Pendulum (200-step episodes), there also
# with gSDE (the zoo's setting, noise resampled every 4 steps, and once per rollout); linear-ppo;
# pmoe-ppo (its routing step draws from the run's own generator, saved in the checkpoint);
# sb3-sac at any step (also while it still takes random actions, before learning starts). Right
# after an episode: ARS, whose iterations end there (two 200-step Pendulum episodes, so that an
# update follows the resume and returns are not just lengths).
PENDULUM_GSDE = {"task": "Pendulum-v1", "n_epochs": 2}
EXACT = [
    ("ppo", {}, 400, True),
    ("linear-ppo", {}, 400, True),
    ("pmoe-ppo", {"task": "Hopper-v5", "n_epochs": 2}, 300, True),
    ("pmoe-ppo", {"ratio": "primitive"}, 400, True),
    ("ppo", {"task": "Hopper-v5"}, 300, True),
    ("ppo", {"task": "Pendulum-v1", "use_sde": False}, 400, True),
    ("ppo", PENDULUM_GSDE, 400, True),
    ("ppo", {**PENDULUM_GSDE, "sde_sample_freq": -1}, 400, True),
    ("sb3-sac", {}, 400, True),
    ("sb3-sac", {"task": "Hopper-v5"}, 300, True),
    ("sb3-sac", {"learning_starts": 250, "learning_starts_fraction": 1.0}, 400, True),
    ("ars", {"task": "Pendulum-v1", "n_delta": 1, "n_top": 1}, 1200, False),
]
IDS = ["ppo", "linear-ppo", "pmoe-ppo-hopper", "pmoe-ppo-primitive", "ppo-hopper", "ppo-pendulum", "ppo-gsde", "ppo-gsde-per-rollout",
       "sb3-sac", "sb3-sac-hopper", "sb3-sac-warm-up", "ars"]


@pytest.mark.parametrize("algo,overrides,budget,mid_episode", EXACT, ids=IDS)
def test_resume_is_exact(algo, overrides, budget, mid_episode):
    agent, calls, state, _ = interrupted(algo, budget, after=150, **overrides)
    assert (steps_into_episode(state) > 0) == mid_episode
    again, _, calls_after, _, _ = resumed(algo, state, budget, **overrides)
    expected = [c for c in calls if c[0] > state["step"]]
    assert [c for c in expected if c[1]], "the check must see training episodes end"
    assert calls_after == expected  # the same episodes: where they end, returns, lengths
    assert torch.equal(policy_vector(again), policy_vector(agent))  # pmoe-ppo's Q-network too
    if algo == "sb3-sac":
        assert torch.equal(torch.nn.utils.parameters_to_vector(again.model.critic.parameters()),
                           torch.nn.utils.parameters_to_vector(agent.model.critic.parameters()))
    if agent.vec_normalize is not None:
        for name in ("obs_rms", "ret_rms"):
            mine, theirs = getattr(again.vec_normalize, name), getattr(agent.vec_normalize, name)
            np.testing.assert_array_equal(mine.mean, theirs.mean)
            np.testing.assert_array_equal(mine.var, theirs.var)


def test_sb3_sac_restores_its_replay_buffer_and_temperature():
    _, _, state, _ = interrupted("sb3-sac", 400, after=150)
    saved = state["algo"]["buffer"]
    assert saved["pos"] == state["step"] and not saved["full"]
    seed_everything(3)
    agent, _ = make_agent("sb3-sac")
    agent.restore_checkpoint_state(state)
    assert torch.equal(agent.model.log_ent_coef.detach(), state["algo"]["log_ent_coef"])
    assert state["algo"]["log_ent_coef"].item() != 0.0  # the temperature had moved from its start
    agent.before_learn(400)  # what learn() does first: a buffer sized to the budget ...
    agent._continue_from(state)  # ... then filled from the checkpoint
    buffer = agent.model.replay_buffer
    assert buffer.pos == saved["pos"] and buffer.size() == state["step"]
    np.testing.assert_array_equal(buffer.observations[:buffer.pos], saved["observations"])
    np.testing.assert_array_equal(buffer.rewards[:buffer.pos], saved["rewards"])


def test_sb3_sac_without_the_buffer_warms_up_again():
    _, _, state, _ = interrupted("sb3-sac", 400, after=150, include_buffer=False)
    assert state["algo"]["buffer"] is None
    agent, _, calls, _, _ = resumed("sb3-sac", state, 400)
    # The buffer was refilled from the resume on; training waited until it held a batch (16).
    assert agent.model.learning_starts == state["step"] + 16
    assert agent.model.replay_buffer.pos == 400 - state["step"] - 1  # not the budget's last step
    assert calls[-1][0] == 400


def test_checkpoints_come_after_sb3_trained_on_the_rollout():
    seed_everything(3)
    agent, _ = make_agent("ppo")  # rollouts of 64 steps
    seen: dict[int, tuple[bool, torch.Tensor]] = {}
    agent.learn(200, lambda step, info: seen.update({step: (info["checkpoint_ok"], policy_vector(agent))}))
    assert [s for s, (ok, _) in seen.items() if ok] == [64, 128, 192]
    # The call for step 64 comes after the update on steps 1-64, before step 65 is taken.
    assert not torch.equal(seen[63][1], seen[64][1]) and torch.equal(seen[64][1], seen[65][1])
