"""dac (algorithms/dac.py): the high MDP's policy and the shared critic as DAC defines them, the
option carried from step to step, what each MDP's PPO step trains, seeding, saving, and a learning
regression."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from algorithms.dac import DACConfig, gae, option_log_prob, pi_hat
from envs.suites import get_task, make_env
from harness import registry
from harness.protocol import evaluate, seed_everything

torch.set_num_threads(1)
SMALL = {"n_steps": 128, "batch_size": 32, "n_epochs": 2}


def make_dac(task: str = "Hopper-v5", seed: int = 0, **overrides):
    spec = registry.get("dac")
    return spec.factory(make_env(get_task(task), seed=seed), spec.make_config({**SMALL, **overrides}), seed)


def set_termination(agent, logit: float) -> None:
    """Every option's termination probability sigmoid(logit), whatever the state."""
    with torch.no_grad():
        for head in agent.net.beta_heads:
            head.weight.zero_()
            head.bias.fill_(logit)


def test_pi_hat_keeps_the_option_or_hands_over_to_the_master():
    master = torch.tensor([[0.1, 0.2, 0.3, 0.4], [0.1, 0.2, 0.3, 0.4]])
    beta = torch.tensor([[0.5, 0.2, 0.9, 0.0], [0.5, 0.2, 0.9, 0.0]])
    probs = pi_hat(master, beta, prev_option=torch.tensor([1, 1]), first=torch.tensor([False, True]))
    # option 1 ends with probability 0.2: then the master draws, else option 1 goes on
    assert torch.allclose(probs[0], torch.tensor([0.02, 0.8 + 0.04, 0.06, 0.08]))
    assert torch.allclose(probs[1], master[1])  # an episode's first step: the master alone
    assert torch.allclose(probs.sum(-1), torch.ones(2))


def test_gae_matches_a_hand_computation():
    rewards, values = np.array([1.0, 2.0, 3.0]), np.array([0.5, 1.0, 1.5])
    dones = np.array([0.0, 1.0, 0.0])  # the episode ends at step 1: step 2 starts another
    adv = gae(rewards, values, last_value=2.0, dones=dones, gamma=0.9, lam=0.5)
    d2 = 3.0 + 0.9 * 2.0 - 1.5
    d1 = 2.0 - 1.0  # no bootstrap past the episode's end
    d0 = 1.0 + 0.9 * 1.0 - 0.5
    assert np.allclose(adv, [d0 + 0.45 * d1, d1, d2])


def rollout(agent, monkeypatch) -> dict:
    """One rollout of `agent`, as its update receives it (the update itself not run)."""
    seen = {}
    monkeypatch.setattr(type(agent), "_update", lambda self, roll, *rest: seen.update(roll) or {})
    agent.learn(agent.config.n_steps)
    return {k: torch.as_tensor(np.asarray(v)) for k, v in seen.items()}


def test_stored_log_probs_and_values_are_the_networks(monkeypatch):
    """At PPO's first minibatch of each MDP the ratio is 1: the log-probabilities the rollout stored
    are the ones the update recomputes, pi_hat's for the option and the option's gaussian's for
    the action, and the critic's values are v_bar = q(s, o) and v_hat = sum_o pi_hat q(s, o)."""
    agent = make_dac()
    roll = rollout(agent, monkeypatch)
    with torch.no_grad():
        out = agent.net(roll["x"])
        probs = pi_hat(out["master"], out["beta"], roll["prev"].long(), roll["first"].bool())
        options = roll["o"].long()
        logp_hat = probs.gather(1, options[:, None]).squeeze(1).log()
        logp_bar = option_log_prob(out["mean"], out["std"], options, roll["a"].float())
        v_bar = out["q"].gather(1, options[:, None]).squeeze(1)
        v_hat = (probs * out["q"]).sum(-1)
    assert torch.allclose(probs, roll["pi_hat"].float(), atol=1e-6)
    assert torch.allclose(logp_hat, roll["logp_hat"].float(), atol=1e-5)
    assert torch.allclose(logp_bar, roll["logp_bar"].float(), atol=1e-4)
    assert torch.allclose(v_bar, roll["v_bar"].float(), atol=1e-6)
    assert torch.allclose(v_hat, roll["v_hat"].float(), atol=1e-6)


def test_options_last_until_they_terminate(monkeypatch):
    agent = make_dac()
    set_termination(agent, -30.0)  # never ends: one option per episode
    roll = rollout(agent, monkeypatch)
    going_on = ~roll["first"].bool()
    assert (roll["o"][going_on] == roll["prev"][going_on]).all()
    assert len(set(roll["o"][roll["first"].bool()].tolist())) > 1  # the master draws it anew each episode

    agent = make_dac()
    set_termination(agent, 30.0)  # ends every step: the master draws each step
    roll = rollout(agent, monkeypatch)
    going_on = ~roll["first"].bool()
    assert (roll["o"][going_on] != roll["prev"][going_on]).float().mean() > 0.6  # 3/4 when uniform


def test_evaluation_carries_the_option_through_an_episode():
    agent = make_dac()
    set_termination(agent, -30.0)
    task = get_task("Hopper-v5")
    options = []

    def act(obs):
        action = agent.act(obs)
        options.append(agent._eval_option)
        return action

    env = make_env(task)
    evaluate(act, env, task, 6, begin_episode=agent.begin_episode)
    episodes = [o for o in np.split(np.asarray(options), np.flatnonzero(np.diff(options)) + 1)]
    assert 1 < len(episodes) <= 6  # an option per episode, drawn again at each episode's start
    assert set(agent.evaluation_modes()) == {"greedy"}
    assert set(make_dac(eval_option="greedy").evaluation_modes()) == {"sample"}


def test_each_mdp_trains_its_own_policy(monkeypatch):
    """The high MDP's step moves the master policy and the terminations, not the options'
    policies; the low MDP's step the options' policies, not the master; both the critic."""
    agent = make_dac(n_epochs=1)
    roll = rollout(agent, monkeypatch)
    monkeypatch.undo()
    for mdp, moved, kept in [("hat", ["master", "beta_"], ["pi_", "std_params"]),
                             ("bar", ["pi_", "std_params"], ["master", "beta_"])]:
        before = {k: v.clone() for k, v in agent.net.state_dict().items()}
        batch = {k: v.clone() for k, v in roll.items()}
        for m in ("hat", "bar"):
            batch[f"ret_{m}"] = torch.randn(len(batch["x"]))
            batch[f"adv_{m}"] = torch.randn(len(batch["x"]))
        agent._ppo(batch, mdp)
        changed = {k for k, v in agent.net.state_dict().items() if not torch.equal(v, before[k])}
        assert any(k.startswith("critic") for k in changed), mdp
        for prefix in moved:
            assert any(k.startswith(prefix) for k in changed), (mdp, prefix)
        for prefix in kept:
            assert not any(k.startswith(prefix) for k in changed), (mdp, prefix)


def test_a_seed_is_the_same_run_and_another_seed_another():
    def trained(seed):
        seed_everything(123)  # the global state differs from the seed: the run must not read it
        agent = make_dac(seed=seed)
        agent.learn(300)
        return torch.cat([p.detach().flatten() for p in agent.net.parameters()])

    assert torch.equal(trained(4), trained(4))
    assert not torch.equal(trained(4), trained(5))


def test_saved_agent_acts_the_same(tmp_path):
    agent = make_dac()
    agent.learn(300)
    agent.save(tmp_path)
    loaded = registry.get("dac").loader(tmp_path, agent.info)
    obs = make_env(get_task("Hopper-v5")).reset(seed=3)[0]
    for a in (agent, loaded):
        a.config.eval_option = "greedy"
        a.begin_episode()
    assert np.array_equal(agent.act(obs), loaded.act(obs))
    assert np.allclose(agent.obs_rms.mean, loaded.obs_rms.mean)


def test_parameter_counts():
    counts = make_dac().parameter_counts()  # Hopper: 11 observations, 3 actions, K = 4, 64-64
    body = 11 * 64 + 64 + 64 * 64 + 64
    option = body + 64 * 3 + 3   # mean
    termination = body + 64 + 1
    master = body + 64 * 4 + 4
    assert counts == {"total": 4 * (option + 3 + termination) + master,
                      "active": option + 3 + termination + master,
                      "deterministic": 4 * (option + termination) + master,
                      "deterministic_active": option + termination + master}


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="update_order must be one of both, alternate"):
        DACConfig(update_order="high")
    with pytest.raises(ValueError, match="eval_option must be one of sample, greedy"):
        DACConfig(eval_option="argmax")
    with pytest.raises(ValueError, match="n_options must be a positive integer"):
        registry.get("dac").make_config({"n_options": 0})


# Measured here (2 shared cores, the lambda sweep on both, 2026-12-07), InvertedPendulum-v5, the
# authors' setting, 20,000 steps (about 100 s), 10 evaluation episodes on the fixed evaluation
# seeds: seeds 0, 1, 2 -> 225.6, 188.6, 250.7 with the drawn option (greedy: 247.2, 356.0, 655.1).
# An untrained or barely trained policy scores 5 to 60. The threshold is below the lowest seed.
@pytest.mark.slow
def test_dac_learns_inverted_pendulum():
    seed_everything(0)
    task = get_task("InvertedPendulum-v5")
    spec = registry.get("dac")
    agent = spec.factory(make_env(task, seed=0), spec.make_config(), 0)
    agent.learn(20_000)
    returns = evaluate(agent.act, make_env(task, seed=0), task, 10, begin_episode=agent.begin_episode).returns
    assert returns.mean() > 120.0, returns
