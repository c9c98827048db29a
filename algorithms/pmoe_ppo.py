"""PMOE-PPO: PPO whose policy is a probabilistic mixture of K gaussian primitives, routed by the
frequency approximate gradient (Ren et al., "Probabilistic Mixture-of-Experts for Efficient Deep
Reinforcement Learning", 2021, figure 2).

Everything PPO does is Stable-Baselines3's PPO with the zoo's MuJoCo setting, as `ppo` runs it
(algorithms/sb3/: observation and reward normalisation, per-task hyper-parameters). What
changes is the policy and one extra step after each PPO update:

    features   h(s) = the zoo's actor MLP on the normalised observation
    primitive  k:  N(mu_k(h), diag sigma_k^2),  mu = Linear(h, K * |A|),  log sigma: K x |A| free
                   parameters (state-independent, as SB3's gaussian policy and the co-author's code)
    routing    w(s) = softmax(Linear(stop_grad(h), K))
    acting     j ~ Categorical(w(s)), a ~ N(mu_j, sigma_j^2)   (the chosen j is stored with a)
    evaluation eval_primitive="sample" (default, as the co-author reports its stochastic
               policy's episodes and as pmoe's default): the mean of a primitive j ~ w(s)
               drawn from a generator of the evaluation's own (seeded from the run's seed, kept
               in checkpoints); "argmax": the mean of the highest-weight primitive; "mean": the
               weighted mean of the means, sum_k w_k(s) mu_k. The final evaluation scores all
               three on the same episodes.

    PPO's clipped surrogate on the ratio r = exp(log pi_new(a|s) - log pi_old(a|s)), with
      ratio="mixture" (default):  log pi(a|s) = log sum_k stop_grad(w_k(s)) N(a; mu_k, sigma_k^2)
      ratio="weighted":           log pi(a|s) = log sum_k w_k(s) N(a; mu_k, sigma_k^2), w in the
                                  gradient (the co-author's pmoe_ppo.py at 56f0160, "fix pmoe_ppo")
      ratio="primitive":          log pi(a|s) = log N(a; mu_j, sigma_j^2), j the primitive that drew a
    and PPO's entropy bonus (the zoo's ent_coef) on sum_k stop_grad(w_k(s)) H(N(mu_k, sigma_k^2)), a
    lower bound of the mixture's entropy (entropy is concave), in closed form: it moves the
    log-stds as PPO's entropy moves a gaussian policy's. (SB3's fallback for a policy without an
    entropy, -log pi(a|s), has an expected gradient of zero.)

    initialisation: the K mean heads and the routing head start small (orthogonal, gain 0.01, as
    SB3 starts its action head under ortho_init), whatever ortho_init says for the rest, so that
    the primitives start together and the routing near uniform, as the co-author's heads do.

    after PPO's epochs, for as many epochs over the same rollout (SB3's minibatches):
      Q-network  Q(s, a) (ReLU MLP on [s, a]) fitted to the rollout's TD(lambda) returns:
                 L_Q = mean (Q(s, a) - R)^2
      routing    a_k ~ N(mu_k, sigma_k^2) for every k (no gradient), best = argmax_k Q(s, a_k),
                 L_route = MSE(w(s), one_hot(best))   (the frequency approximate gradient: its
                 minimiser is each primitive's frequency of being best in s)
      one Adam (aux_learning_rate) over the Q-network and the routing head, apart from PPO's.

Which log-probability enters the ratio. The co-author's code takes the mixture's density with the
routing weights in the gradient (ratio="weighted"). Holding the weights constant is this
project's choice, the default (ratio="mixture"), for the reason below. The action was
drawn as j ~ w, a ~ N_j, so its density under the policy is the mixture, and the clipped surrogate
is the policy-gradient estimate it claims to be only with that density in the ratio. The routing
weights enter it as constants: in PMOE the frequency approximate gradient replaces the routing's
policy gradient, so each primitive's mean and spread get the surrogate's gradient in proportion to
its responsibility for the action, and the routing head learns from L_route alone. (The routing
changes only after PPO's epochs, so within them the constant is the exact weight.) The other
reading, ratio="primitive", treats the chosen primitive as part of the action, as PMOE-SAC uses
the chosen primitive's own log-probability: the ratio is that primitive's density alone, and the
other primitives learn nothing from that sample.

Other choices made here, each documented in docs/algorithms.md: the routing head reads the actor's
features, detached (as in PMOE-SAC), where the co-author's code routes on the observation; the
Q-network has three hidden layers of 64 as in that code; K is the paper's per task (Ant 16, Hopper
12, Walker2d 4, HalfCheetah 8) and 4 elsewhere; gSDE is not supported (the zoo uses it on
Pendulum only). The routing step's action draws come from a generator of the run's own, seeded
from the run seed and saved in checkpoints, so a resumed run is the uninterrupted one.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import torch
import torch.nn.functional as F
from stable_baselines3 import PPO
from stable_baselines3.common.buffers import RolloutBuffer
from stable_baselines3.common.policies import ActorCriticPolicy
from torch import nn

from algorithms.base import count_parameters
from algorithms.interpret.primitives_analysis import PrimitivesAnalysis
from algorithms.pmoe import EVAL_PRIMITIVE_MODES
from algorithms.sac.actors import relu_mlp
from algorithms.sb3.adapter import sb3_spec
from algorithms.sb3.agents import PPOAgent
from algorithms.sb3.settings import PPOConfig
from envs.suites import task_family

RATIOS = ("mixture", "weighted", "primitive")
# The paper's K per task (figure 2), with the Humanoids' from the co-author's pmoe_ppo.py (the
# paper's six tasks); tasks neither lists use DEFAULT_PRIMITIVES.
PAPER_PRIMITIVES = {"Ant": 16, "Hopper": 12, "Walker2d": 4, "HalfCheetah": 8, "Humanoid": 8, "HumanoidStandup": 4}
DEFAULT_PRIMITIVES = 4


@dataclass
class PMOEPPOConfig(PPOConfig):
    """PPO (the zoo's setting per task, as `ppo`) with a PMOE mixture policy."""

    LIMITS: ClassVar[dict[str, str]] = {**PPOConfig.LIMITS, "n_primitives": "count",
                                        "aux_learning_rate": "positive", "q_hidden": "widths"}

    n_primitives: int | None = None
    """K, the number of gaussian primitives (None: the paper's K for the task, 4 where it gives none)"""
    ratio: str = "mixture"
    """log-probability in PPO's ratio: 'mixture' (the policy's density, the weights held constant),
    'weighted' (the same with the weights in the gradient, the co-author's) or 'primitive' (the
    chosen primitive's)"""
    aux_learning_rate: float = 3e-4
    """Adam learning rate of the Q-network and the routing head"""
    q_hidden: tuple[int, ...] = (64, 64, 64)
    """hidden widths of the Q-network that ranks the primitives"""
    eval_primitive: str = "sample"
    """evaluation action: the mean of a primitive drawn from w(s) ('sample'), of the highest-weight
    one ('argmax'), or the weighted mean of the means ('mean')"""

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.ratio not in RATIOS:
            raise ValueError(f"pmoe-ppo.ratio must be one of {', '.join(RATIOS)}, not {self.ratio!r}")
        if self.eval_primitive not in EVAL_PRIMITIVE_MODES:
            raise ValueError(f"pmoe-ppo.eval_primitive must be one of {', '.join(EVAL_PRIMITIVE_MODES)}, "
                             f"not {self.eval_primitive!r}")
        if self.use_sde:
            raise ValueError("pmoe-ppo does not support use_sde (its primitives have state-independent noise)")


# --- the policy ----------------------------------------------------------------------------------

class MixturePolicy(ActorCriticPolicy):
    """SB3's actor-critic with K gaussian primitives and a routing head (see the module docstring).

    Also holds the Q-network and the optimiser of the routing step (`aux_optimizer`), so that SB3
    saves and restores them with the policy. The last primitives drawn are in `last_primitive`,
    where the rollout buffer reads them."""

    def __init__(self, *args: Any, n_primitives: int = DEFAULT_PRIMITIVES, ratio: str = "mixture",
                 q_hidden: tuple[int, ...] = (64, 64, 64), aux_learning_rate: float = 3e-4,
                 eval_primitive: str = "sample", **kwargs: Any):
        # Set before ActorCriticPolicy.__init__, which calls _build.
        self.n_primitives, self.ratio, self.eval_primitive = n_primitives, ratio, eval_primitive
        self.q_hidden, self.aux_learning_rate = tuple(q_hidden), aux_learning_rate
        super().__init__(*args, **kwargs)
        self.last_primitive: torch.Tensor | None = None
        # eval_primitive="sample" draws here, so that evaluating leaves the training draws alone.
        self.eval_generator = torch.Generator().manual_seed(0)

    def _build(self, lr_schedule: Any) -> None:
        super()._build(lr_schedule)  # the trunks, the value head and PPO's optimiser (rebuilt below)
        latent, act_dim, k = self.mlp_extractor.latent_dim_pi, self.action_space.shape[0], self.n_primitives
        self.action_net = nn.Linear(latent, k * act_dim)
        self.log_std = nn.Parameter(torch.full((k, act_dim), float(self.log_std_init)))
        self.routing_net = nn.Linear(latent, k)
        q_trunk, q_width = relu_mlp(self.observation_space.shape[0] + act_dim, self.q_hidden)
        self.q_net = nn.Sequential(q_trunk, nn.Linear(q_width, 1))
        # Small heads whatever ortho_init: the primitives start together, the routing near uniform.
        for head in (self.action_net, self.routing_net):
            head.apply(lambda m: self.init_weights(m, gain=0.01))
        aux = [*self.routing_net.parameters(), *self.q_net.parameters()]
        aux_ids = {id(p) for p in aux}
        self.optimizer = self.optimizer_class([p for p in self.parameters() if id(p) not in aux_ids],
                                              lr=lr_schedule(1), **self.optimizer_kwargs)
        self.aux_optimizer = torch.optim.Adam(aux, lr=self.aux_learning_rate)

    def _get_constructor_parameters(self) -> dict[str, Any]:
        return {**super()._get_constructor_parameters(), "n_primitives": self.n_primitives,
                "ratio": self.ratio, "q_hidden": self.q_hidden, "aux_learning_rate": self.aux_learning_rate,
                "eval_primitive": self.eval_primitive}

    # --- the mixture ---------------------------------------------------------------------------
    def mixture(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """The primitives' means (B, K, A), their stds (K, A) and the routing weights (B, K)."""
        latent_pi = self.mlp_extractor.forward_actor(self.extract_features(obs, self.pi_features_extractor))
        means = self.action_net(latent_pi).view(len(latent_pi), self.n_primitives, -1)
        weights = F.softmax(self.routing_net(latent_pi.detach()), dim=-1)
        return means, self.log_std.exp(), weights

    def log_prob(self, means: torch.Tensor, stds: torch.Tensor, weights: torch.Tensor,
                 actions: torch.Tensor, chosen: torch.Tensor) -> torch.Tensor:
        """log pi(a|s) as the ratio reads it (module docstring); chosen: (B,) primitive indices."""
        per_primitive = torch.distributions.Normal(means, stds).log_prob(actions.unsqueeze(1)).sum(-1)
        if self.ratio == "primitive":
            return per_primitive.gather(1, chosen.long().view(-1, 1)).squeeze(1)
        held = weights if self.ratio == "weighted" else weights.detach()
        return torch.logsumexp(per_primitive + held.log(), dim=-1)

    def entropy_bound(self, stds: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
        """sum_k stop_grad(w_k) H(N(mu_k, sigma_k^2)) per state (B,): a lower bound of the
        mixture's entropy (module docstring)."""
        per_primitive = (0.5 * math.log(2 * math.pi * math.e) + stds.log()).sum(-1)  # (K,)
        return weights.detach() @ per_primitive

    def draw(self, means: torch.Tensor, stds: torch.Tensor, weights: torch.Tensor,
             generator: torch.Generator | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """j ~ Categorical(w), a ~ N(mu_j, sigma_j^2): the actions (B, A) and the chosen j (B,)."""
        chosen = _multinomial(weights, generator)
        noise = _randn((means.shape[0], means.shape[2]), generator, means.device)
        rows = torch.arange(len(chosen), device=means.device)
        return means[rows, chosen] + stds[chosen] * noise, chosen

    # --- what SB3 calls ----------------------------------------------------------------------------
    def choose(self, means: torch.Tensor, stds: torch.Tensor, weights: torch.Tensor,
               deterministic: bool) -> tuple[torch.Tensor, torch.Tensor]:
        """Actions (B, A) and the primitives that gave them: a primitive's mean (deterministic,
        the primitive as eval_primitive says), or a draw from the mixture."""
        if not deterministic:
            return self.draw(means, stds, weights)
        if self.eval_primitive == "mean":  # no one primitive acts: the buffer keeps the likeliest
            return (weights.unsqueeze(-1) * means).sum(1), weights.argmax(-1)
        if self.eval_primitive == "argmax":
            chosen = weights.argmax(-1)
        else:
            chosen = _multinomial(weights, self.eval_generator)
        return means[torch.arange(len(chosen), device=means.device), chosen], chosen

    def forward(self, obs: torch.Tensor, deterministic: bool = False):
        """PPO's rollout step: the action, the value, log pi(a|s); the chosen primitive is kept in
        last_primitive for the rollout buffer (only here: evaluations between two rollout steps
        go through _predict and leave it alone)."""
        means, stds, weights = self.mixture(obs)
        actions, chosen = self.choose(means, stds, weights, deterministic)
        self.last_primitive = chosen
        return actions, self.predict_values(obs), self.log_prob(means, stds, weights, actions, chosen)

    def evaluate_actions(self, obs: torch.Tensor, actions: torch.Tensor):
        """actions: (B, A + 1), the action and the primitive that drew it (ChosenPrimitiveBuffer)."""
        means, stds, weights = self.mixture(obs)
        log_prob = self.log_prob(means, stds, weights, actions[:, :-1], actions[:, -1])
        return self.predict_values(obs), log_prob, self.entropy_bound(stds, weights)

    def _predict(self, observation: torch.Tensor, deterministic: bool = False) -> torch.Tensor:
        return self.choose(*self.mixture(observation), deterministic)[0]

    # --- the routing step ------------------------------------------------------------------------
    def routing_step(self, obs: torch.Tensor, actions: torch.Tensor, returns: torch.Tensor,
                     generator: torch.Generator) -> dict[str, float]:
        """One step of L_Q + L_route on a minibatch (module docstring)."""
        obs = obs.float()  # as SB3's preprocessing leaves it (the buffer keeps the space's dtype)
        q_loss = F.mse_loss(self.q_net(torch.cat([obs, actions], -1)).squeeze(-1), returns)
        means, stds, weights = self.mixture(obs)
        with torch.no_grad():
            noise = _randn(means.shape, generator, means.device)
            candidates = means + stds * noise  # (B, K, A): one action from every primitive
            q = self.q_net(torch.cat([obs.unsqueeze(1).expand(-1, self.n_primitives, -1), candidates], -1))
            best = q.squeeze(-1).argmax(-1)
        routing_loss = F.mse_loss(weights, F.one_hot(best, self.n_primitives).float())
        self.aux_optimizer.zero_grad()
        (q_loss + routing_loss).backward()
        self.aux_optimizer.step()
        self.aux_optimizer.zero_grad()  # PPO clips the gradient norm over the whole policy: no stale grads
        return {"q_loss": q_loss.item(), "routing_loss": routing_loss.item()}


def _multinomial(weights: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    """One index per row of `weights` (B, K), on weights' device; a generator draws on its own
    device (the CPU here) and the result moves over."""
    if generator is None:
        return torch.multinomial(weights, 1).squeeze(1)
    return torch.multinomial(weights.to(generator.device), 1, generator=generator).squeeze(1).to(weights.device)


def _randn(shape: tuple[int, ...] | torch.Size, generator: torch.Generator | None,
           device: torch.device) -> torch.Tensor:
    """Standard normal draws on `device`, from `generator` (drawn on its own device) or torch's."""
    if generator is None:
        return torch.randn(shape, device=device)
    return torch.randn(shape, generator=generator, device=generator.device).to(device)


class ChosenPrimitiveBuffer(RolloutBuffer):
    """SB3's rollout buffer that also keeps the primitive that drew each action, and hands it to
    evaluate_actions as one more action column (PPO's update passes the actions on untouched)."""

    chosen_from: MixturePolicy | None = None  # set by MixturePPO

    def reset(self) -> None:
        super().reset()
        self.primitives = np.zeros((self.buffer_size, self.n_envs), dtype=np.float32)

    def add(self, *args: Any, **kwargs: Any) -> None:
        self.primitives[self.pos] = self.chosen_from.last_primitive.cpu().numpy()
        super().add(*args, **kwargs)

    def get(self, batch_size: int | None = None):
        if not self.generator_ready:
            self.primitives = self.swap_and_flatten(self.primitives)
        yield from super().get(batch_size)

    def _get_samples(self, batch_inds: np.ndarray, env: Any = None):
        samples = super()._get_samples(batch_inds, env)
        chosen = self.to_torch(self.primitives[batch_inds])
        return samples._replace(actions=torch.cat([samples.actions, chosen], dim=1))


class MixturePPO(PPO):
    """SB3's PPO, then the routing step over the same rollout (n_epochs passes of minibatches)."""

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("rollout_buffer_class", ChosenPrimitiveBuffer)
        super().__init__(*args, **kwargs)
        self.routing_generator = torch.Generator()
        self.last_losses: dict[str, float] = {}

    def _setup_model(self) -> None:
        super()._setup_model()
        self.rollout_buffer.chosen_from = self.policy

    def train(self) -> None:
        super().train()
        policy, totals = self.policy, {"q_loss": 0.0, "routing_loss": 0.0}
        batches = 0
        for _ in range(self.n_epochs):
            for data in self.rollout_buffer.get(self.batch_size):
                losses = policy.routing_step(data.observations, data.actions[:, :-1], data.returns,
                                             self.routing_generator)
                batches += 1
                for name, value in losses.items():
                    totals[name] += value
        self.last_losses = {name: total / batches for name, total in totals.items()}

    def _get_torch_save_params(self) -> tuple[list[str], list[str]]:
        return ["policy", "policy.optimizer", "policy.aux_optimizer"], []

    def _excluded_save_params(self) -> list[str]:
        return [*super()._excluded_save_params(), "routing_generator"]


# --- the agent -----------------------------------------------------------------------------------

class PMOEPPOAgent(PPOAgent):
    """PPO with the PMOE mixture policy, the zoo's setting per task, K per task from the paper."""

    NAME, CONFIG, ALGO, POLICY = "pmoe-ppo", PMOEPPOConfig, MixturePPO, MixturePolicy

    @classmethod
    def task_table(cls, task: str) -> dict[str, Any]:
        return {**super().task_table(task), "use_sde": False, "sde_sample_freq": -1,
                "n_primitives": PAPER_PRIMITIVES.get(task_family(task), DEFAULT_PRIMITIVES)}

    def policy_kwargs(self) -> dict[str, Any]:
        r = self.resolved
        return {**super().policy_kwargs(), "n_primitives": r["n_primitives"], "ratio": r["ratio"],
                "q_hidden": r["q_hidden"], "aux_learning_rate": r["aux_learning_rate"],
                "eval_primitive": r["eval_primitive"]}

    def build(self, venv: Any, seed: int) -> MixturePPO:
        model = super().build(venv, seed)
        # The routing step's draws: the run's own stream, apart from SB3's (numpy's and torch's).
        model.routing_generator.manual_seed(int(np.random.SeedSequence([seed, 0x504D4F45]).generate_state(1)[0]))
        # The evaluation's drawn primitives: another stream of the run's own.
        model.policy.eval_generator.manual_seed(int(np.random.SeedSequence([seed, 0xE7A1]).generate_state(1)[0]))
        return model

    def evaluation_modes(self) -> dict[str, Callable[[np.ndarray], np.ndarray]]:
        return {mode: partial(self._act_as, mode) for mode in EVAL_PRIMITIVE_MODES
                if mode != self.resolved["eval_primitive"]}

    def _act_as(self, mode: str, obs: np.ndarray) -> np.ndarray:
        """act() with the policy's evaluation mode set to `mode` for the call."""
        policy = self.model.policy
        policy.eval_primitive, default = mode, policy.eval_primitive
        try:
            return self.act(obs)
        finally:
            policy.eval_primitive = default

    def training_losses(self) -> dict[str, float]:
        losses, self.model.last_losses = self.model.last_losses, {}
        return losses

    EVAL_GENERATOR_FILE = "eval_generator.pt"

    def save(self, path: Path) -> None:
        """SB3's files, and the evaluation's generator: a loaded agent draws what this one would
        draw next."""
        super().save(path)
        torch.save(self.model.policy.eval_generator.get_state(), Path(path) / self.EVAL_GENERATOR_FILE)

    @classmethod
    def load(cls, path: Path, env_info: Any) -> PMOEPPOAgent:
        agent = super().load(path, env_info)
        if (Path(path) / cls.EVAL_GENERATOR_FILE).exists():  # models saved before it have none
            agent.model.policy.eval_generator.set_state(torch.load(Path(path) / cls.EVAL_GENERATOR_FILE))
        return agent

    def algo_state(self, include_buffer: bool) -> dict[str, Any]:
        return {"routing_generator": self.model.routing_generator.get_state(),
                "eval_generator": self.model.policy.eval_generator.get_state()}

    def restore_algo_state(self, state: dict[str, Any]) -> None:
        self.model.routing_generator.set_state(state["routing_generator"])
        self.model.policy.eval_generator.set_state(state["eval_generator"])

    def parameter_counts(self) -> dict[str, int]:
        """The acting policy: the actor MLP, the K primitives' heads and log-stds, and the routing
        head (not the value function nor the Q-network). Active: one primitive's head and log-std."""
        policy = self.model.policy
        trunk = count_parameters(policy.mlp_extractor.policy_net, policy.routing_net)
        means = count_parameters(policy.action_net)
        heads = means + policy.log_std.numel()
        return {"total": trunk + heads, "active": trunk + heads // policy.n_primitives,
                "deterministic": trunk + means, "deterministic_active": trunk + means // policy.n_primitives}

    def run_info(self) -> dict[str, Any]:
        return {**super().run_info(), "pmoe_eval_primitive": self.resolved["eval_primitive"]}


def primitive_actions(agent: PMOEPPOAgent, states: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every primitive's action in env units (T, K, n_a), its mean clipped into the bounds as SB3
    clips the action it acts with, and the routing weights (T, K), at raw states (T, n_s)."""
    policy = agent.model.policy
    with torch.inference_mode():
        obs = torch.as_tensor(agent.normalize(np.asarray(states, dtype=np.float32)), device=policy.device)
        means, _, weights = policy.mixture(obs)
    space = agent.model.action_space
    return np.clip(means.cpu().numpy(), space.low, space.high).astype(float), weights.cpu().numpy().astype(float)


SPECS = [
    sb3_spec("pmoe-ppo", "pmoe", "PMOE-PPO: SB3 PPO (zoo setting) with a mixture of K gaussian primitives "
          "routed by the frequency approximate gradient", PMOEPPOAgent,
          analysis=PrimitivesAnalysis(primitive_actions)),
]
