"""Checkpoints of the SB3 agents (ppo, linear-ppo, ars, sb3-sac): checkpoint_state, restore it into
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


def interrupted(algo: str, budget: int, after: int, include_buffer: bool = True, **overrides):
    """One uninterrupted run that takes a checkpoint at its first safe step past `after`.

    Returns the agent, its callback calls (step, episode return or None), the checkpoint and the
    agent's probe() actions at the checkpoint."""
    seed_everything(3)
    agent, _ = make_agent(algo, **overrides)
    calls: list[tuple[int, float | None]] = []
    saved: dict[str, Any] = {}

    def callback(step: int, info: dict[str, Any]) -> None:
        calls.append((step, info.get("episode", {}).get("return")))
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
    calls: list[tuple[int, float | None]] = []
    agent.learn(budget, lambda step, info: calls.append((step, info.get("episode", {}).get("return"))))
    return agent, env, calls, untrained, restored


@pytest.mark.parametrize("algo", ["ppo", "linear-ppo", "ars", "sb3-sac"])
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
    # It went on from the checkpoint to the budget: one callback per step, none repeated.
    assert [s for s, _ in calls] == list(range(step + 1, budget + 1))
    assert env.steps == budget - step and agent.model.num_timesteps == budget


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


# Where the checkpoint falls right after an episode ended, the resumed run is the uninterrupted
# run: sb3-sac checkpoints only there, ARS's iterations always end there (here two 200-step
# Pendulum episodes, so that an update follows the resume and returns are not just lengths), and
# PPO's rollout of 100 steps ends with Pendulum's 200-step episodes every other time.
EXACT = [("sb3-sac", {}, 400), ("ars", {"task": "Pendulum-v1", "n_delta": 1, "n_top": 1}, 1200),
         ("ppo", {"task": "Pendulum-v1", "n_steps": 100, "batch_size": 50, "use_sde": False}, 600)]


@pytest.mark.parametrize("algo,overrides,budget", EXACT, ids=[a for a, _, _ in EXACT])
def test_resume_right_after_an_episode_is_exact(algo, overrides, budget):
    agent, calls, state, _ = interrupted(algo, budget, after=150, **overrides)
    assert not state["episode_cut"]
    again, _, calls_after, _, _ = resumed(algo, state, budget, **overrides)
    assert calls_after == [c for c in calls if c[0] > state["step"]]  # the same episodes, returns
    assert torch.equal(policy_vector(again), policy_vector(agent))


def test_ppo_mid_episode_checkpoint_cuts_the_episode():
    # Rollouts of 64 steps end mid-episode: on resume the env is reset (that episode is cut).
    agent, calls, state, _ = interrupted("ppo", 400, after=150)
    assert state["episode_cut"]
    again, _, calls_after, _, _ = resumed("ppo", state, 400)
    assert [s for s, _ in calls_after] == [s for s, _ in calls if s > state["step"]]
    assert calls_after != [c for c in calls if c[0] > state["step"]]  # not the uninterrupted run
    assert not torch.equal(policy_vector(again), policy_vector(agent))


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
    agent, env, calls, _, _ = resumed("sb3-sac", state, 400)
    # The buffer was refilled from the resume on; training waited until it held a batch (16).
    assert agent.model.learning_starts == state["step"] + 16
    assert agent.model.replay_buffer.pos == env.steps - 1  # the budget's last step is not stored
    assert calls[-1][0] == 400


def test_checkpoints_come_after_sb3_trained_on_the_rollout():
    seed_everything(3)
    agent, _ = make_agent("ppo")  # rollouts of 64 steps
    seen: dict[int, tuple[bool, torch.Tensor]] = {}
    agent.learn(200, lambda step, info: seen.update({step: (info["checkpoint_ok"], policy_vector(agent))}))
    assert [s for s, (ok, _) in seen.items() if ok] == [64, 128, 192]
    # The call for step 64 comes after the update on steps 1-64, before step 65 is taken.
    assert not torch.equal(seen[63][1], seen[64][1]) and torch.equal(seen[64][1], seen[65][1])
