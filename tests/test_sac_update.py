"""The SAC update against its formulas, recomputed here from the networks' outputs alone; and
what the loop stores as the end of an episode (terminated, not truncated).

The reference below writes the target, the log-probability of the squashed gaussian, the twin
critic loss, Adam's first step, the Polyak average and the temperature's direction out by hand,
so that a wrong sign, a missing (1 - d), gamma or alpha term, a skipped delay or a wrong tau
fails here, where the learning tests would only learn more slowly.
"""

from __future__ import annotations

import copy
import math

import numpy as np
import pytest
import torch

from algorithms.sac.learner import SACLearner
from tests.test_seed_batch import filled_learner, make_agent

NOISE_SEED = 123


def squashed_sample(actor, obs: torch.Tensor, xi: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """a = tanh(mean + std xi) * scale + bias and log pi(a|s), from the actor's mean and log-std only."""
    mean, log_std = actor.mean_log_std(obs)
    std = log_std.exp()
    pre = mean + std * xi
    squashed = torch.tanh(pre)
    log_prob = torch.distributions.Normal(mean, std).log_prob(pre).sum(-1) \
        - torch.log(actor.action_scale * (1 - squashed.pow(2)) + 1e-6).sum(-1)
    return squashed * actor.action_scale + actor.action_bias, log_prob


def test_one_update_is_the_formulas_step_by_step():
    agent = make_agent("linear-sac", 0)  # critics 32-32, batch 32, policy_frequency 2, autotune
    learner = filled_learner([agent], [0])
    cfg = learner.config
    actor0, critic0, target0 = (copy.deepcopy(m) for m in (agent.actor, agent.critic, agent.critic_target))
    log_alpha0 = agent.log_alpha.detach().clone()
    generator = torch.Generator().manual_seed(NOISE_SEED)
    noise = {p: agent.actor.noise(p, cfg.batch_size, generator) for p in ("target", "actor")}
    batch = learner.buffer.sample(cfg.batch_size)
    obs, actions, rewards, next_obs, done = (x[0] for x in batch)
    assert done.sum() > 0  # the filled buffer holds terminal transitions: the (1 - d) factor is tested

    # Step 1: the critics and their targets move; the actor and the temperature wait (delay 2).
    stats = learner.update(1, batch, lambda p: tuple(t.unsqueeze(0) for t in noise[p]))
    with torch.no_grad():
        next_actions, next_log_pi = squashed_sample(actor0, next_obs, noise["target"][0])
        next_q = target0(next_obs, next_actions).min(dim=0).values
        y = rewards + cfg.gamma * (1 - done) * (next_q - log_alpha0.exp() * next_log_pi)
    loss = (critic0(obs, actions) - y).pow(2).mean(dim=-1).sum()
    assert stats["critic_loss"][0].item() == pytest.approx(loss.item(), rel=1e-5)
    grads = torch.autograd.grad(loss, list(critic0.parameters()))
    for (name, after), before, g, old_target in zip(agent.critic.named_parameters(), critic0.parameters(), grads,
                                                    target0.parameters()):
        adam_first_step = before.detach() - cfg.q_lr * g / (g.abs() + 1e-8)  # m^ = g, v^ = g^2
        torch.testing.assert_close(after.detach(), adam_first_step, rtol=0, atol=1e-6, msg=name)
        polyak = (1 - cfg.tau) * old_target + cfg.tau * after.detach()
        torch.testing.assert_close(dict(agent.critic_target.named_parameters())[name], polyak,
                                   rtol=0, atol=1e-7, msg=name)
    for name, p in agent.actor.named_parameters():
        assert torch.equal(p.detach(), dict(actor0.named_parameters())[name]), name
    assert torch.equal(agent.log_alpha.detach(), log_alpha0)

    # Step 2: the actor and the temperature step; alpha moves towards the target entropy -|A|.
    with torch.no_grad():
        _, log_pi = squashed_sample(actor0, obs, noise["actor"][0])
    gap = log_pi.mean().item() + agent.target_entropy  # < 0: more entropy than the target
    assert abs(gap) > 0.1  # a clear direction for this check
    learner.update(2, batch, lambda p: tuple(t.unsqueeze(0) for t in noise[p]))
    assert math.copysign(1, (agent.log_alpha - log_alpha0).item()) == math.copysign(1, gap)
    assert any(not torch.equal(p.detach(), dict(actor0.named_parameters())[n])
               for n, p in agent.actor.named_parameters())


@pytest.mark.parametrize("task, terminates", [("Pendulum-v1", False), ("Hopper-v5", True)])
def test_the_buffer_marks_terminations_not_time_limits(task, terminates):
    """Pendulum only ends at its time limit: no transition may be stored as terminal (the
    target would stop bootstrapping there). Hopper's falls are terminal, and each stored terminal
    transition keeps the last observation, not the next episode's first."""
    agent = make_agent("linear-sac", 0, {"learning_starts": 10_000}, task=task)  # random actions only
    ends: list[tuple[int, bool]] = []
    learner = SACLearner([agent])
    learner.learn(450, lambda i, step, info: ends.append((step, info["episode"]["terminated"]))
                  if "episode" in info else None)
    stored = learner.buffer.storage
    terminal_rows = np.flatnonzero(stored["terminated"][0, :450].numpy())
    assert [step - 1 for step, terminated in ends if terminated] == terminal_rows.tolist()
    assert len(ends) >= 2 and (len(terminal_rows) > 0) == terminates
    obs, next_obs = stored["obs"][0, :450], stored["next_obs"][0, :450]
    ended = [step - 1 for step, _ in ends if step < 450]
    going_on = np.setdiff1d(np.arange(449), ended)
    assert torch.equal(next_obs[going_on], obs[going_on + 1])  # s' is the next step's s...
    assert all(not torch.equal(next_obs[t], obs[t + 1]) for t in ended)  # ...except at an episode's end
