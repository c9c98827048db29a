"""PMOE-SAC: a probabilistic mixture of K tanh-gaussian primitives, trained on the shared SAC learner.

From the authors' official code (Ren et al., "Probabilistic Mixture-of-Experts for Efficient Deep
Reinforcement Learning", 2021):

    features   h(s) = ReLU MLP 256-256 (shared trunk)
    primitive  k:  mean_k(h), log_std_k(h) clamped to [-20, 2];  a_k = tanh(mean_k + std_k * eps)
    routing    w(s) = softmax(Linear(256, K)(stop_grad(h)))      (K mixing weights)

    actor step ("back-propagation-max", the paper's method):
        a_k ~ pi_k(.|s) reparameterised for every k,  q_k = min(Q1, Q2)(s, a_k)
        best = argmax_k q_k
        L_actor = mean_s[ alpha * log pi_best(a_best|s) - q_best ]
    "back-propagation-all" (the paper's ablation):
        L_actor = mean_s mean_k [ alpha * log pi_k(a_k|s) - q_k ]
    routing ("frequency approximate gradient", routing_gradient="frequency"):
        L_route = MSE(w(s), one_hot(best))   (mean over states and primitives; its minimiser is
                  each primitive's frequency of being best in s)
    the paper's comparisons for the routing (routing_gradient), both ascending
    J(s) = E_{j ~ w(s)} q_j, with the primitives' q_k held constant:
        "score":  j ~ Categorical(w(s)),  L_route = -mean_s[(q_j - sum_k w_k q_k) log w_j(s)]
                  (the score-function estimator, with the expected q as its baseline)
        "gumbel": y = softmax((log w(s) + g) / tau), g ~ Gumbel(0, 1)^K, made one-hot on the
                  forward pass and kept soft on the backward (straight-through),
                  L_route = -mean_s[sum_k y_k q_k]  (the Gumbel-softmax reparameterisation)
    temperature: tuned on log pi_best (both variants)
    critic target: j ~ Categorical(w(s')), a_j ~ pi_j(.|s'), with log pi_j(a_j|s') (the chosen
                  primitive's own log-probability, not the mixture's)
    acting while training: j ~ Categorical(w(s)), then a ~ pi_j(.|s)

The routing head reads the trunk's detached features, so L_route moves the routing head only and
is simply added to the actor's loss (one optimiser). Evaluation acts as the official code does
(its get_actions): with the squashed mean of a primitive j ~ w(s) drawn at every step
(eval_primitive="sample", the default), from the evaluation's own generator (seeded from the
run's seed, kept in checkpoints, apart from training's draws). The trained policy redraws its
primitive at every step, so no single primitive was trained to act alone: the highest-weight
primitive ("argmax") and the squashed weighted mean of the primitives' means ("mean") are options,
and the final evaluation scores all three on the same episodes; run_info names the default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, ClassVar

import torch
import torch.nn.functional as F
from torch import nn

from algorithms.base import EnvInfo, count_parameters
from algorithms.interpret.primitives_analysis import PrimitivesAnalysis
from algorithms.sac.actors import Noise, QFunction, SACActor, one_hot, relu_mlp
from algorithms.sac.family import sac_spec
from algorithms.sac.learner import SACConfig
from envs.suites import task_family

PMOE_LOG_STD_MIN, PMOE_LOG_STD_MAX = -20.0, 2.0  # the official code clamps, it does not squash
BACKPROP_MODES = ("max", "all")
EVAL_PRIMITIVE_MODES = ("sample", "argmax", "mean")
# K of PMOE-SAC in the paper, by task family (4 for the others: its default).
PAPER_PRIMITIVES = {"HalfCheetah": 2, "Humanoid": 10, "HumanoidStandup": 10}
DEFAULT_PRIMITIVES = 4
ROUTING_GRADIENTS = ("frequency", "score", "gumbel")


@dataclass
class PMOEConfig(SACConfig):
    """PMOE-SAC on the shared SAC learner."""

    LIMITS: ClassVar[dict[str, str]] = {"n_primitives": "count", "hidden_sizes": "widths",
                                        "gumbel_temperature": "positive"}

    n_primitives: int | None = None
    """K, the number of gaussian primitives (None: the paper's for the task, PAPER_PRIMITIVES: 2
    for HalfCheetah, 10 for the Humanoids, 4 elsewhere)"""
    hidden_sizes: tuple[int, ...] = (256, 256)
    """hidden widths of the shared trunk"""
    backprop: str = "max"
    """'max': actor loss on the best primitive only (PMOE); 'all': on every primitive (ablation)"""
    eval_primitive: str = "sample"
    """evaluation action: the mean of a primitive j ~ w(s) ('sample', the official code's), of the
    highest-weight one ('argmax'), or the weighted mean of the means ('mean')"""
    routing_gradient: str = "frequency"
    """how the routing learns: 'frequency' (PMOE's), 'score' (score-function) or 'gumbel' (Gumbel-softmax)"""
    gumbel_temperature: float = 1.0
    """tau of routing_gradient='gumbel'"""

    def __post_init__(self) -> None:
        super().__post_init__()
        # ValueError, not harness.errors.UsageError: algorithms never import the harness. (The
        # actor takes its settings from here and does not check them again.)
        if self.routing_gradient not in ROUTING_GRADIENTS:
            raise ValueError(f"pmoe: routing_gradient must be one of {', '.join(ROUTING_GRADIENTS)}, "
                             f"not {self.routing_gradient!r}")
        if self.n_primitives is not None and int(self.n_primitives) < 1:
            raise ValueError(f"pmoe: n_primitives must be at least 1, not {self.n_primitives}")
        if self.backprop not in BACKPROP_MODES:
            raise ValueError(f"pmoe: backprop must be one of {', '.join(BACKPROP_MODES)}, not {self.backprop!r}")
        if self.eval_primitive not in EVAL_PRIMITIVE_MODES:
            raise ValueError(f"pmoe: eval_primitive must be one of {', '.join(EVAL_PRIMITIVE_MODES)}, "
                             f"not {self.eval_primitive!r}")


def add_primitive_heads(actor: nn.Module, env_info: EnvInfo, n_primitives: int,
                        hidden_sizes: tuple[int, ...]) -> None:
    """PMOE's network on `actor`: a ReLU trunk, K mean and K log-std heads, a routing head."""
    actor.trunk, width = relu_mlp(env_info.obs_dim, hidden_sizes)
    actor.mean = nn.Linear(width, n_primitives * env_info.act_dim)
    actor.log_std = nn.Linear(width, n_primitives * env_info.act_dim)
    actor.routing = nn.Linear(width, n_primitives)


class PMOEActor(SACActor):
    """K tanh-gaussian primitives on a shared trunk, mixed by a routing head on detached features."""

    def __init__(self, env_info: EnvInfo, n_primitives: int = 4,
                 hidden_sizes: tuple[int, ...] = (256, 256), backprop: str = "max",
                 eval_primitive: str = "sample", routing_gradient: str = "frequency",
                 gumbel_temperature: float = 1.0):
        super().__init__(env_info)
        self.n_primitives, self.backprop, self.eval_primitive = n_primitives, backprop, eval_primitive
        self.routing_gradient, self.gumbel_temperature = routing_gradient, gumbel_temperature
        self.critic_evaluations = (1, n_primitives) if backprop == "max" else (n_primitives, 0)
        add_primitive_heads(self, env_info, n_primitives, hidden_sizes)
        # eval_primitive="sample" draws from a generator of its own (on the CPU), so that evaluating
        # during training leaves the training's random stream alone; the agent seeds it.
        self.eval_generator = torch.Generator().manual_seed(0)

    # --- the mixture -------------------------------------------------------------------------
    def primitives(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Pre-squash means (B, K, n_a), log-stds (B, K, n_a) and routing weights w(s) (B, K)."""
        h = self.trunk(obs)
        shape = (obs.shape[0], self.n_primitives, self.act_dim)
        mean = self.mean(h).view(shape)
        log_std = self.log_std(h).view(shape).clamp(PMOE_LOG_STD_MIN, PMOE_LOG_STD_MAX)
        weights = torch.softmax(self.routing(h.detach()), dim=-1)  # routing never moves the trunk
        return mean, log_std, weights

    def mean_log_std(self, obs):
        """The highest-weight primitive's mean and log-std (B, n_a) each."""
        mean, log_std, weights = self.primitives(obs)
        return _pick(mean, weights.argmax(-1)), _pick(log_std, weights.argmax(-1))

    def noise(self, purpose: str, n: int, generator: torch.Generator) -> Noise:
        """Acting and the critic target: a uniform u (n,) that picks the primitive and xi (n, n_a);
        the actor loss: xi (n, K, n_a), one draw for every primitive, and what the routing
        gradient draws: a uniform (n,) for 'score', Gumbel noise (n, K) for 'gumbel'."""
        device = generator.device
        if purpose == "actor":
            xi = torch.randn(n, self.n_primitives, self.act_dim, generator=generator, device=device)
            if self.routing_gradient == "score":
                return xi, torch.rand(n, generator=generator, device=device)
            if self.routing_gradient == "gumbel":
                u = torch.rand(n, self.n_primitives, generator=generator, device=device)
                return xi, -torch.log(-torch.log(u.clamp(1e-10, 1 - 1e-7)))
            return (xi,)
        return (torch.rand(n, generator=generator, device=device), *super().noise(purpose, n, generator))

    def sample(self, obs: torch.Tensor, noise: Noise) -> tuple[torch.Tensor, torch.Tensor]:
        """j ~ Categorical(w(s)), a ~ pi_j(.|s): the action (B, n_a) and log pi_j(a|s) (B,)."""
        u, xi = noise
        mean, log_std, weights = self.primitives(obs)
        j = categorical(weights, u)
        return self.squash_sample(_pick(mean, j), _pick(log_std, j), xi)

    # explore() and target_sample() are the base class's: both call sample() above.

    def deterministic(self, obs: torch.Tensor) -> torch.Tensor:
        return self.evaluation_action(obs, self.eval_primitive)

    def evaluation_action(self, obs: torch.Tensor, mode: str) -> torch.Tensor:
        """The action (B, n_a) an evaluation takes in `mode` (EVAL_PRIMITIVE_MODES)."""
        mean, _, weights = self.primitives(obs)
        if mode == "mean":
            pre = (weights.unsqueeze(-1) * mean).sum(1)
        else:
            j = weights.argmax(-1) if mode == "argmax" else \
                torch.multinomial(weights.cpu(), 1, generator=self.eval_generator).squeeze(-1).to(weights.device)
            pre = _pick(mean, j)
        return torch.tanh(pre) * self.action_scale + self.action_bias

    def evaluation_modes(self) -> dict[str, Callable[[torch.Tensor], torch.Tensor]]:
        return {mode: partial(self.evaluation_action, mode=mode)
                for mode in EVAL_PRIMITIVE_MODES if mode != self.eval_primitive}

    def actor_loss(self, obs: torch.Tensor, q_fn: QFunction, alpha: torch.Tensor, noise: Noise,
                   log: bool = True):  # its extras cost next to nothing: always logged
        mean, log_std, weights = self.primitives(obs)
        batch, k = weights.shape
        actions, log_pi = self.squash_sample(mean, log_std, noise[0])  # (B, K, n_a), (B, K)
        obs_k = obs.unsqueeze(1).expand(-1, k, -1).reshape(batch * k, -1)
        if self.backprop == "max":
            # Only the best primitive's Q gets a gradient: choose it without autograd, then
            # evaluate the critic once more, with autograd, at that action alone. The loss and its
            # gradient are those of back-propagating through all K, at a quarter of the backward.
            with torch.no_grad():
                q_all = q_fn(obs_k, actions.detach().reshape(batch * k, -1)).view(batch, k)  # min(Q1, Q2)(s, a_k)
            best = q_all.argmax(dim=1)  # (B,)
            log_pi_best = _pick(log_pi, best)
            policy_loss = (alpha * log_pi_best - q_fn(obs, _pick(actions, best))).mean()
        else:
            q = q_fn(obs_k, actions.reshape(batch * k, -1)).view(batch, k)
            best = q.detach().argmax(dim=1)
            log_pi_best = _pick(log_pi, best)
            policy_loss = (alpha * log_pi - q).mean()
        q_held = q_all if self.backprop == "max" else q.detach()
        routing = routing_loss(self.routing_gradient, weights, q_held, noise[1:], self.gumbel_temperature)
        usage = one_hot(best, k, weights.dtype).mean(0)  # how often each primitive was best here
        extra = {"policy_loss": policy_loss, "routing_loss": routing,
                 "best_frequency_max": usage.max(),
                 "routing_entropy": -(weights * weights.clamp_min(1e-12).log()).sum(-1).mean()}
        return policy_loss + routing, log_pi_best, extra

    # --- bookkeeping -------------------------------------------------------------------------
    def parameter_counts(self) -> dict[str, int]:
        """total: everything; active: the trunk, one primitive's mean and log-std rows and the
        routing head (which picks the primitive); the deterministic policy: without the log-stds."""
        mean_rows = (self.mean.in_features + 1) * self.act_dim
        shared = count_parameters(self.trunk, self.routing)
        total = count_parameters(self)
        return {"total": total, "active": shared + 2 * mean_rows,
                "deterministic": total - count_parameters(self.log_std),
                "deterministic_active": shared + mean_rows}

    def run_info(self) -> dict[str, Any]:
        return {"pmoe_eval_primitive": self.eval_primitive, "pmoe_backprop": self.backprop,
                "pmoe_n_primitives": self.n_primitives, "pmoe_routing_gradient": self.routing_gradient}


def categorical(weights: torch.Tensor, u: torch.Tensor) -> torch.Tensor:
    """j (B,) with P(j = k) = weights[:, k], by inverting the cumulative sum at the uniform u (B,)."""
    below = (weights.cumsum(-1) <= u.unsqueeze(-1)).sum(-1)  # primitives whose mass u passed
    return below.clamp(max=weights.shape[-1] - 1)  # the cumsum's last entry can round below u


def routing_loss(kind: str, weights: torch.Tensor, q: torch.Tensor, noise: Noise,
                 temperature: float = 1.0) -> torch.Tensor:
    """The routing's loss (module docstring) from w(s) (B, K) and the primitives' q (B, K), held
    constant. "frequency": its minimiser is each primitive's frequency of being best; "score" and
    "gumbel": estimators of -grad E_{j ~ w}[q_j]."""
    if kind == "frequency":
        return F.mse_loss(weights, one_hot(q.argmax(-1), weights.shape[-1], weights.dtype))
    if kind == "score":
        j = categorical(weights.detach(), noise[0])
        advantage = _pick(q, j) - (weights.detach() * q).sum(-1)
        return -(advantage * _pick(weights, j).clamp_min(1e-12).log()).mean()
    if kind == "gumbel":
        soft = torch.softmax((weights.clamp_min(1e-12).log() + noise[0]) / temperature, dim=-1)
        hard = one_hot(soft.argmax(-1), weights.shape[-1], soft.dtype)
        return -((hard - soft.detach() + soft) * q).sum(-1).mean()
    raise ValueError(f"routing_gradient must be one of {', '.join(ROUTING_GRADIENTS)}, not {kind!r}")


def _pick(x: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
    """Row b's entry index[b] along dim 1: (B, K, ...) and (B,) -> (B, ...)."""
    return x[torch.arange(x.shape[0], device=x.device), index]


class GatingActor(SACActor):
    """The PMOE paper's gating baseline: PMOE's network (trunk, K heads, routing head) whose K
    gaussians are mixed by the routing weights into one, mean sum_k w_k(s) mu_k(s) and log-std
    sum_k w_k(s) log sigma_k(s) (clamped as PMOE's), trained by plain SAC: the routing learns from
    the actor's loss through the mixing, as a gating network does (its features not detached)."""

    def __init__(self, env_info: EnvInfo, n_primitives: int = 4, hidden_sizes: tuple[int, ...] = (256, 256)):
        super().__init__(env_info)
        self.n_primitives = n_primitives
        add_primitive_heads(self, env_info, n_primitives, hidden_sizes)

    def primitives(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """The K heads' pre-squash means and log-stds (B, K, n_a) and the weights (B, K)."""
        h = self.trunk(obs)
        shape = (obs.shape[0], self.n_primitives, self.act_dim)
        return self.mean(h).view(shape), self.log_std(h).view(shape), torch.softmax(self.routing(h), dim=-1)

    def mean_log_std(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        means, log_stds, weights = self.primitives(obs)
        w = weights.unsqueeze(-1)  # (B, K, 1)
        return (w * means).sum(1), (w * log_stds).sum(1).clamp(PMOE_LOG_STD_MIN, PMOE_LOG_STD_MAX)


def primitives_for(config: PMOEConfig, info: EnvInfo) -> int:
    """K: the config's, or the paper's for the task's family (PAPER_PRIMITIVES), else 4."""
    if config.n_primitives is not None:
        return int(config.n_primitives)
    return PAPER_PRIMITIVES.get(task_family(info.task), DEFAULT_PRIMITIVES)


def build_gating_actor(config: PMOEConfig, info: EnvInfo) -> GatingActor:
    return GatingActor(info, n_primitives=primitives_for(config, info), hidden_sizes=tuple(config.hidden_sizes))


def build_pmoe_actor(config: PMOEConfig, info: EnvInfo) -> PMOEActor:
    return PMOEActor(info, n_primitives=primitives_for(config, info), hidden_sizes=tuple(config.hidden_sizes),
                     backprop=config.backprop, eval_primitive=config.eval_primitive,
                     routing_gradient=config.routing_gradient, gumbel_temperature=config.gumbel_temperature)


SPECS = [
    sac_spec("pmoe", "PMOE-SAC: K tanh-gaussian primitives (the paper's K per task) on a 256-256 trunk, "
             "best-primitive actor loss, frequency-approximate routing", PMOEConfig, build_pmoe_actor,
             family="pmoe", analysis=PrimitivesAnalysis()),
    sac_spec("pmoe-all", "PMOE-SAC ablation 'back-propagation-all': the actor loss on every primitive",
             PMOEConfig, build_pmoe_actor, defaults={"backprop": "all"}, family="pmoe",
             analysis=PrimitivesAnalysis()),
    sac_spec("pmoe-gating", "the PMOE paper's gating baseline: PMOE's network, its K gaussians mixed "
             "by the routing weights into one, trained by SAC", PMOEConfig, build_gating_actor, family="pmoe",
             analysis=PrimitivesAnalysis()),
]
