"""pmoe-ppo (algorithms/pmoe_ppo.py): the mixture's density, how actions are drawn and remembered,
what PPO's update and the routing step each train, and a learning regression.

The SB3 protocol (callback, budget, seeding) and exact resumes are checked with the other SB3
agents in test_sb3_agents.py and test_resume_sb3.py."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from stable_baselines3 import PPO
from test_sb3_agents import learned_return, make_agent

from algorithms.base import EnvInfo
from algorithms.pmoe_ppo import PAPER_PRIMITIVES, ChosenPrimitiveBuffer, PMOEPPOConfig
from envs.suites import get_task, make_env
from harness import registry
from harness.protocol import seed_everything

torch.set_num_threads(1)


def hopper_agent(**overrides):
    seed_everything(0)
    return make_agent("pmoe-ppo", task="Hopper-v5", seed=0, **overrides)[0]


def separated(policy, weights: list[float], spread: float = 10.0, log_std: float = -4.0) -> None:
    """Primitive k's mean is k * spread on every action dimension, whatever the state; the routing
    weights are `weights` in every state; the stds are exp(log_std)."""
    k, act_dim = policy.n_primitives, policy.action_space.shape[0]
    with torch.no_grad():
        policy.action_net.weight.zero_()
        policy.action_net.bias.copy_(torch.arange(k).repeat_interleave(act_dim).float() * spread)
        policy.log_std.fill_(log_std)
        policy.routing_net.weight.zero_()
        policy.routing_net.bias.copy_(torch.tensor(weights).log())


def states(n: int, dim: int, seed: int = 0) -> torch.Tensor:
    return torch.randn(n, dim, generator=torch.Generator().manual_seed(seed))


def test_k_per_task_is_the_papers():
    for task, k in [("Ant-v5", 16), ("Hopper-v5", 12), ("Walker2d-v5", 4), ("HalfCheetah-v5", 8),
                    ("Humanoid-v5", 8), ("HumanoidStandup-v5", 4), ("Swimmer-v5", 4)]:
        spec = registry.get("pmoe-ppo")
        resolved = spec.factory(make_env(get_task(task)), spec.make_config({}), 0).resolved
        assert resolved["n_primitives"] == k, task
        assert resolved["learning_rate"] == registry.get("ppo").factory(
            make_env(get_task(task)), registry.get("ppo").make_config({}), 0).resolved["learning_rate"]
    assert PAPER_PRIMITIVES == {"Ant": 16, "Hopper": 12, "Walker2d": 4, "HalfCheetah": 8, "Humanoid": 8,
                                "HumanoidStandup": 4}


@pytest.mark.parametrize("ratio", ["mixture", "primitive"])
def test_log_prob_is_the_mixture_density_or_the_chosen_primitives(ratio):
    policy = hopper_agent(ratio=ratio).model.policy
    obs = states(64, 11)
    means, stds, weights = policy.mixture(obs)
    actions = torch.randn(64, 3)
    chosen = torch.randint(0, policy.n_primitives, (64,))
    got = policy.log_prob(means, stds, weights, actions, chosen)
    components = torch.distributions.Independent(torch.distributions.Normal(means, stds), 1)
    if ratio == "mixture":
        mixture = torch.distributions.MixtureSameFamily(torch.distributions.Categorical(weights), components)
        expected = mixture.log_prob(actions)
    else:
        expected = components.log_prob(actions.unsqueeze(1)).gather(1, chosen.view(-1, 1)).squeeze(1)
    torch.testing.assert_close(got, expected)
    # The routing weights enter as constants: PPO's loss leaves the routing head to its own loss.
    got.sum().backward()
    assert policy.routing_net.weight.grad is None or not policy.routing_net.weight.grad.any()
    assert policy.action_net.weight.grad.abs().sum() > 0


def test_actions_come_from_the_primitive_the_routing_draws():
    policy = hopper_agent().model.policy
    weights = [0.5, 0.3, 0.15] + [0.05 / 9] * 9
    separated(policy, weights)
    torch.manual_seed(0)
    actions, _, _ = policy(states(4000, 11))
    chosen = policy.last_primitive
    # Each action sits at its primitive's mean (std e^-4), and primitives are drawn by weight.
    np.testing.assert_allclose(actions.detach().numpy(), 10.0 * chosen.view(-1, 1).expand(-1, 3).numpy(), atol=0.1)
    frequencies = np.bincount(chosen.numpy(), minlength=12) / 4000
    np.testing.assert_allclose(frequencies[:3], weights[:3], atol=0.03)
    # eval_primitive="argmax" acts with the highest-weight primitive's mean; "mean" with the
    # weighted mean of the means: 10 * (0 * 0.5 + 1 * 0.3 + 2 * 0.15 + (3 + ... + 11) * 0.05 / 9)
    policy.eval_primitive = "argmax"
    np.testing.assert_allclose(policy._predict(states(5, 11), deterministic=True).detach().numpy(), np.zeros((5, 3)), atol=1e-6)
    policy.eval_primitive = "mean"
    weighted = 10 * sum(k * w for k, w in enumerate(weights))
    np.testing.assert_allclose(policy._predict(states(5, 11), deterministic=True).detach().numpy(),
                               np.full((5, 3), weighted), rtol=1e-5)


def test_the_default_draws_the_primitive_and_the_other_modes_are_scored_beside_it():
    agent = hopper_agent()
    assert agent.resolved["eval_primitive"] == "sample"
    modes = agent.evaluation_modes()
    assert set(modes) == {"argmax", "mean"}
    separated(agent.model.policy, [0.5, 0.3, 0.2] + [1e-12] * 9)
    obs = np.zeros(11, dtype=np.float32)
    np.testing.assert_allclose(modes["argmax"](obs), np.zeros(3), atol=1e-5)  # primitive 0's mean
    assert agent.model.policy.eval_primitive == "sample"  # the mode was set for the call only


def test_evaluation_can_draw_the_primitive_from_its_own_generator():
    agent = hopper_agent(eval_primitive="sample")
    policy = agent.model.policy
    weights = [0.5, 0.3, 0.2] + [0.0] * 9
    separated(policy, [w + 1e-12 for w in weights])
    torch.manual_seed(0)
    training_stream = torch.get_rng_state()
    actions = policy._predict(states(3000, 11), deterministic=True).detach().numpy()
    assert torch.equal(torch.get_rng_state(), training_stream)  # evaluation drew nothing from it
    chosen = np.rint(actions[:, 0] / 10.0).astype(int)
    np.testing.assert_allclose(np.bincount(chosen, minlength=12)[:3] / 3000, weights[:3], atol=0.03)
    np.testing.assert_array_equal(actions, 10.0 * chosen[:, None].repeat(3, 1))  # each a primitive's mean
    # Its state is part of the checkpoint: a restored agent draws what the original draws next.
    state = agent.checkpoint_state()
    ahead = policy._predict(states(50, 11), deterministic=True)
    again = hopper_agent(eval_primitive="sample")
    separated(again.model.policy, [w + 1e-12 for w in weights])
    again.restore_algo_state(state["algo"])
    torch.testing.assert_close(again.model.policy._predict(states(50, 11), deterministic=True), ahead)
    assert agent.run_info()["pmoe_eval_primitive"] == "sample"


def test_the_rollout_buffer_hands_each_action_its_primitive():
    agent = hopper_agent()
    policy, model = agent.model.policy, agent.model
    separated(policy, [1 / 12] * 12)
    buffer = ChosenPrimitiveBuffer(16, model.observation_space, model.action_space, n_envs=1)
    buffer.chosen_from = policy
    drawn = {}
    for obs in states(16, 11).numpy():
        actions, values, log_prob = policy(torch.as_tensor(obs).view(1, -1))
        drawn[round(float(actions[0, 0].detach()), 3)] = int(policy.last_primitive)
        buffer.add(obs[None], actions.detach().numpy(), np.zeros(1), np.zeros(1), values.detach(), log_prob.detach())
    buffer.compute_returns_and_advantage(torch.zeros(1), np.ones(1))
    seen = 0
    for samples in buffer.get(5):  # shuffled minibatches
        assert samples.actions.shape[1] == 4
        for row in samples.actions:
            assert int(row[-1]) == drawn[round(float(row[0]), 3)]
            seen += 1
    assert seen == 16 and len(set(drawn.values())) > 3


def test_routing_learns_the_primitive_the_q_network_prefers():
    policy = hopper_agent().model.policy
    separated(policy, [1 / 12] * 12, spread=0.1, log_std=-5.0)
    target = 0.3  # primitive 3's mean, on every action dimension

    class Preference(torch.nn.Module):  # Q(s, a) = -|a - target|^2: a fixed ranking of primitives
        def forward(self, x):
            return -((x[..., -3:] - target) ** 2).sum(-1, keepdim=True)

    policy.q_net = Preference()
    generator = torch.Generator().manual_seed(0)
    for i in range(500):
        obs = states(64, 11, seed=i)
        actions = torch.zeros(64, 3)
        policy.routing_step(obs, actions, -(actions - target).pow(2).sum(-1), generator)
    weights = policy.mixture(states(256, 11, seed=999))[2]
    assert weights.argmax(-1).eq(3).all()
    assert weights[:, 3].mean() > 0.8


def test_q_network_fits_the_rollout_returns():
    policy = hopper_agent().model.policy
    generator = torch.Generator().manual_seed(0)
    obs, actions = states(256, 11, seed=1), states(256, 3, seed=2)
    returns = obs[:, 0] - 2 * actions[:, 1]
    for _ in range(300):
        policy.routing_step(obs, actions, returns, generator)
    predicted = policy.q_net(torch.cat([obs, actions], -1)).squeeze(-1).detach()
    assert ((predicted - returns) ** 2).mean() < 0.05 * returns.var()


def test_ppo_trains_the_primitives_and_the_routing_step_the_routing():
    agent = hopper_agent(n_epochs=1)
    model, policy = agent.model, agent.model.policy
    optimised = {id(p) for group in policy.optimizer.param_groups for p in group["params"]}
    aux = {id(p) for group in policy.aux_optimizer.param_groups for p in group["params"]}
    routing_and_q = {id(p) for m in (policy.routing_net, policy.q_net) for p in m.parameters()}
    assert aux == routing_and_q and not optimised & aux
    assert optimised | aux == {id(p) for p in policy.parameters()}
    model.learn(64)  # SB3 alone: one rollout and its update, the rollout left in the buffer
    before = {name: p.detach().clone() for name, p in policy.named_parameters()}

    PPO.train(model)  # PPO's update alone
    changed = {name for name, p in policy.named_parameters() if not torch.equal(p, before[name])}
    assert "action_net.weight" in changed and "log_std" in changed
    assert not any(name.startswith(("routing_net", "q_net")) for name in changed)

    model.train()  # PPO's update, then the routing step
    changed = {name for name, p in policy.named_parameters() if not torch.equal(p, before[name])}
    assert {"routing_net.weight", "q_net.1.weight"} <= changed
    assert set(model.last_losses) == {"q_loss", "routing_loss"}
    # No gradient is left behind for PPO's next update, which clips the norm over all of them.
    assert all(p.grad is None for m in (policy.routing_net, policy.q_net) for p in m.parameters())


def test_saved_agent_acts_the_same(tmp_path):
    agent = hopper_agent()
    agent.learn(128)
    agent.save(tmp_path)
    loaded = registry.get("pmoe-ppo").loader(tmp_path, EnvInfo.from_env(make_env(get_task("Hopper-v5"))))
    obs = states(8, 11).numpy() * 3
    np.testing.assert_array_equal(np.stack([loaded.act(o) for o in obs]), np.stack([agent.act(o) for o in obs]))
    assert loaded.resolved["n_primitives"] == 12


def test_parameter_counts():
    agent = hopper_agent()
    # actor 11-256-256 (ReLU, the zoo's Hopper setting), 12 primitives of 3 actions, routing 256 -> 12
    trunk = (11 * 256 + 256) + (256 * 256 + 256) + (256 * 12 + 12)
    means, log_stds = 12 * (256 * 3 + 3), 12 * 3
    heads = means + log_stds
    assert agent.parameter_counts() == {"total": trunk + heads, "active": trunk + heads // 12,
                                        "deterministic": trunk + means,
                                        "deterministic_active": trunk + means // 12}


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="ratio must be one of mixture, weighted, primitive"):
        PMOEPPOConfig(ratio="best")
    with pytest.raises(ValueError, match="use_sde"):
        PMOEPPOConfig(use_sde=True)
    with pytest.raises(ValueError, match="eval_primitive must be one of sample, argmax, mean"):
        PMOEPPOConfig(eval_primitive="mode")


# Measured here (2 shared cores, 2026-12-01), InvertedPendulum-v5, the zoo's setting, K = 4, 10,000
# steps (about 18 s), 10 evaluation episodes on the fixed evaluation seeds: seeds 0, 1, 2 -> 1000,
# 382.5, 1000 (ppo: 1000, 1000, 400). Again on 2026-12-07, with the entropy bonus, the small heads
# and the drawn primitive as evaluation action: 1000, 371.2, 1000 (argmax and mean alike). An untrained or barely trained policy scores 5 to 60 (ppo at
# 3,000 steps: 59). The threshold, ppo's, is below the lowest measured seed.
@pytest.mark.slow
def test_pmoe_ppo_learns_inverted_pendulum():
    returns = learned_return("pmoe-ppo", "InvertedPendulum-v5", 10_000)
    assert returns.mean() > 200.0, returns


def test_the_entropy_bonus_moves_the_log_stds():
    """PPO's entropy bonus on sum_k w_k H(N_k): in closed form, and with the gradient on the
    log-stds that SB3's fallback, -log pi(a|s), does not have in expectation (-0.003 against ppo's
    -3 on a fresh Hopper policy, measured before this bonus)."""
    policy = hopper_agent().model.policy
    obs = states(64, 11)
    actions, _, _ = policy(obs)
    _, _, entropy = policy.evaluate_actions(obs, torch.cat([actions, policy.last_primitive.view(-1, 1).float()], 1))
    means, stds, weights = policy.mixture(obs)
    per_primitive = torch.distributions.Normal(means[0], stds).entropy().sum(-1)  # (K,), state-free
    torch.testing.assert_close(entropy, weights.detach() @ per_primitive)
    policy.log_std.grad = None
    entropy.mean().backward()
    # d/d log_std[k, a] of the mean entropy: the mean weight of primitive k, on every action dimension
    torch.testing.assert_close(policy.log_std.grad, weights.detach().mean(0).view(-1, 1).expand(-1, 3))
    assert policy.routing_net.weight.grad is None or not policy.routing_net.weight.grad.any()


def test_the_primitives_start_together_whatever_ortho_init():
    """The zoo's Hopper setting turns ortho_init off; the means still start within a few hundredths
    of each other (before this, 0.27 apart with sigma 0.135), as the co-author's heads start."""
    agent = hopper_agent()
    assert agent.resolved["ortho_init"] is False
    means, _, weights = agent.model.policy.mixture(states(256, 11))
    spread = (means.max(1).values - means.min(1).values).max().item()
    assert spread < 0.05, spread
    assert (weights - 1 / 12).abs().max() < 0.01  # near-uniform routing


@pytest.mark.parametrize("ratio", ["mixture", "weighted", "primitive"])
def test_the_ratio_is_one_at_ppos_first_minibatch(ratio):
    """Before any update, evaluate_actions gives back the log-probability the rollout stored: r = 1."""
    policy = hopper_agent(ratio=ratio).model.policy
    obs = states(32, 11)
    torch.manual_seed(0)
    with torch.no_grad():
        actions, _, stored = policy(obs)
        _, again, _ = policy.evaluate_actions(obs, torch.cat([actions, policy.last_primitive.view(-1, 1).float()], 1))
    torch.testing.assert_close(torch.exp(again - stored), torch.ones(32))


def test_the_coauthors_ratio_moves_the_routing_and_ours_does_not():
    for ratio, moves in (("weighted", True), ("mixture", False)):
        policy = hopper_agent(ratio=ratio).model.policy
        obs = states(16, 11)
        means, stds, weights = policy.mixture(obs)
        policy.log_prob(means, stds, weights, torch.randn(16, 3), torch.zeros(16)).sum().backward()
        grad = policy.routing_net.weight.grad
        assert (grad is not None and bool(grad.any())) == moves, ratio


@pytest.mark.parametrize("apart, expected", [(True, (0.9, 1.0)), (False, (-0.3, 0.3))])
def test_the_primitives_analysis_reads_the_ppo_mixture(tmp_path, apart, expected):
    """pmoe-ppo has the PMOE paper's figure 4 too: its primitives' means (clipped to the bounds,
    as SB3 clips the action) at the states it visits. Apart: primitive k's mean is -0.8, 0 or 0.8
    on every dimension, whatever the state (silhouette near 1); with the three heads one, the
    primitives coincide (near 0)."""
    from algorithms.base import AnalysisRun
    from harness.protocol import eval_seeds, evaluate

    agent = hopper_agent(n_primitives=3)
    policy = agent.model.policy
    with torch.no_grad():
        weight, bias = policy.action_net.weight, policy.action_net.bias  # rows: primitive-major (K x n_a)
        if apart:
            weight.zero_()
            bias.copy_(torch.tensor([-0.8, 0.0, 0.8]).repeat_interleave(3))
        else:  # every primitive the first one
            weight.copy_(weight[:3].repeat(3, 1))
            bias.copy_(bias[:3].repeat(3))
    analysis = registry.get("pmoe-ppo").analysis
    run = AnalysisRun("Hopper-v5", "t", None, [], evaluate, eval_seeds)
    summary = analysis(agent, run, tmp_path, episodes=2, clusters=2, states=30)
    assert summary["primitives"] == 3
    low, high = expected
    assert low <= summary["primitive_silhouette"] <= high, summary["primitive_silhouette"]
    assert (tmp_path / "primitives.png").stat().st_size > 5000
