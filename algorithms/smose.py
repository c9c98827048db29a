"""SMoSE: a sparse mixture of linear gaussian experts with a linear top-1 router, trained by the
shared SAC learner (only the actor differs from sac-l).

    logits(s)   = W_r s + b_r                                    (M,)   the router
    noisy       = logits + eps,  eps ~ N(0, (1/M)^2)              in the actor's training pass
    p           = softmax(noisy);  m* = argmax_m p_m;  p_top = p_m*   exactly one expert acts
    mean(s)     = p_top * (W^mu_m* s + b^mu_m*)                   (n_a,)
    log_std(s)  = squash(p_top * (W^sigma_m* s + b^sigma_m*))     tanh into [-5, 2], as every actor
    a           = tanh(mean + std * xi) rescaled to the bounds    xi ~ N(0, I)

The gate value p_top multiplies the chosen expert's outputs: that is how the router receives the
actor's gradient (as in V-MoE, no straight-through estimator). The load-balancing loss
(Shazeer et al.'s noisy top-k gating, with k = 1) is added to the actor's loss:

    L_aux  = 0.5 * CV^2(Imp) + 0.5 * CV^2(Load),   CV = std / mean over the M experts (unbiased std)
    Imp_m  = sum_k softmax(noisy_k)_m
    Load_m = sum_k 1 - Phi((tau_k - logits_{k,m}) / (1/M)),   tau_k = max_m noisy_{k,m}

Router noise enters only `actor_loss` (the actor's training pass). Exploration, the critic's target
and evaluation route on the clean logits. The noise is drawn per state by default (the paper's
formula; Load's normal CDF assumes it); `noise_per_state=False` draws one noise vector per batch,
as the authors' code does. Like every draw of a run, it comes from the seed's own generator
(`noise("actor", ...)`, drawn by the learner).

Deterministic action (eval_gate="gated", as trained): tanh(p_top * mean_m*(s)) rescaled to the
bounds. eval_gate="bare" acts with the piecewise-linear policy the paper describes: the chosen
expert's mean without the gate value, mean_m*(s) * scale + offset clipped to the bounds (for the
[-1, 1] bounds of the MuJoCo tasks, mean_m*(s) clipped; it is tanh's linearisation at 0). The
authors' workshop evaluation passed the unclipped mean to the env: MuJoCo clips it in the
dynamics alike, but the tasks' control cost is charged on the action as passed, so that
evaluation scores lower than this one wherever a mean leaves the bounds.

Parameter counts (biases included): "total" = router + every expert's mean and log-std heads,
M(n_s + 1) + 2M n_a(n_s + 1) (Walker2d, M=8: 1872); "active" = what one decision uses: the router
and one expert's mean and log-std heads, M(n_s + 1) + 2 n_a(n_s + 1) (Walker2d: 360).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import torch
from torch import nn

from algorithms.base import EnvInfo
from algorithms.interpret.smose_analysis import SMoSEAnalysis
from algorithms.sac.actors import Noise, QFunction, SACActor, one_hot, squash_log_std
from algorithms.sac.family import sac_spec
from algorithms.sac.learner import SACConfig

EVAL_GATES = ("gated", "bare")


@dataclass
class SMoSEConfig(SACConfig):
    """SAC with the SMoSE actor."""

    LIMITS: ClassVar[dict[str, str]] = {"n_experts": "count", "lb_weight": "non_negative"}

    n_experts: int = 8
    """M, the number of linear experts (8 in every task in the authors' final configs)"""
    lb_weight: float = 0.1
    """lambda, the weight of the load-balancing loss (0.1 on the poster, 0.01 in the final configs)"""
    noise_per_state: bool = True
    """router noise drawn per state (the paper's formula); False: one vector per batch (the code's)"""
    eval_gate: str = "gated"
    """deterministic action: 'gated' tanh(p_top * mean), as trained; 'bare' the expert's mean clipped"""

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.eval_gate not in EVAL_GATES:
            raise ValueError(f"smose: eval_gate must be one of {', '.join(EVAL_GATES)}, "
                             f"not {self.eval_gate!r}")
        if int(self.n_experts) < 1:
            raise ValueError(f"smose: n_experts must be at least 1, not {self.n_experts}")


def cv_squared(x: torch.Tensor) -> torch.Tensor:
    """Squared coefficient of variation over the last axis, unbiased std: var / mean^2.

    Zero for a single expert (no balance to keep).
    """
    if x.shape[-1] < 2:
        return torch.zeros((), dtype=x.dtype, device=x.device)
    return x.var(dim=-1, unbiased=True) / (x.mean(dim=-1).pow(2) + 1e-10)


def load_balancing_loss(clean_logits: torch.Tensor, noisy_logits: torch.Tensor,
                        noise_std: float) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """0.5 CV^2(Imp) + 0.5 CV^2(Load) for top-1 gating, and Imp (M,), Load (M,).

    clean_logits, noisy_logits: (B, M). Load_m is the expected number of states routed to m when
    m's noise alone is redrawn: sum_k P(clean_{k,m} + eps_new >= tau_k), tau_k = max noisy_k.
    """
    importance = torch.softmax(noisy_logits, dim=-1).sum(0)
    tau = noisy_logits.max(dim=-1, keepdim=True).values
    load = (1.0 - torch.special.ndtr((tau - clean_logits) / noise_std)).sum(0)
    return 0.5 * cv_squared(importance) + 0.5 * cv_squared(load), importance, load


def add_linear_experts(module: nn.Module, m: int, n_s: int, n_a: int) -> None:
    """M linear gaussian experts as parameters of `module`: expert m's heads are mean_weight[m]
    (n_a, n_s) + mean_bias[m], likewise for the log-std, initialised as nn.Linear(n_s, n_a) would be."""
    bound = 1.0 / math.sqrt(n_s)
    for name, shape in [("mean_weight", (m, n_a, n_s)), ("mean_bias", (m, n_a)),
                        ("log_std_weight", (m, n_a, n_s)), ("log_std_bias", (m, n_a))]:
        module.register_parameter(name, nn.Parameter(torch.empty(shape).uniform_(-bound, bound)))


class SMoSEActor(SACActor):
    """The sparse mixture of M linear gaussian experts with a linear top-1 router."""

    def __init__(self, env_info: EnvInfo, n_experts: int = 8, lb_weight: float = 0.1,
                 noise_per_state: bool = True, eval_gate: str = "gated"):
        super().__init__(env_info)  # the settings are checked by SMoSEConfig
        n_s, n_a, m = env_info.obs_dim, env_info.act_dim, n_experts
        self.n_experts, self.lb_weight = m, lb_weight
        self.noise_per_state, self.eval_gate = noise_per_state, eval_gate
        self.noise_std = 1.0 / m
        self.router = nn.Linear(n_s, m)
        add_linear_experts(self, m, n_s, n_a)
        self._eval_counts = np.zeros(m, dtype=np.int64)

    # --- routing and experts ---------------------------------------------------------------
    def route(self, obs: torch.Tensor, eps: torch.Tensor | None = None
              ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        """(expert index (B,), gate value p_top (B,), clean logits (B, M), routed logits (B, M)).

        eps: standard normal router noise, (B, M) or (M,) (scaled here by 1/M), or None: clean."""
        clean = self.router(obs)
        logits = clean if eps is None else clean + self.noise_std * eps
        probs = torch.softmax(logits, dim=-1)
        p_top, expert = probs.max(dim=-1)
        return expert, p_top, clean, logits

    def expert_outputs(self, obs: torch.Tensor, expert: torch.Tensor
                       ) -> tuple[torch.Tensor, torch.Tensor]:
        """The chosen expert's raw mean and log-std, each (B, n_a): only its outputs are kept, so
        only its weights get a gradient. Every expert's heads are computed, as one product of
        M * n_a outputs per state: a few hundred multiply-adds, far cheaper on a CPU than gathering
        each state's weights (a batched product of B tiny matrices, and a scatter back)."""
        rows = torch.arange(obs.shape[0], device=obs.device)

        def chosen(weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
            every = torch.addmm(bias.flatten(), obs, weight.flatten(0, 1).T)  # (B, M * n_a)
            return every.view(obs.shape[0], self.n_experts, -1)[rows, expert]
        return chosen(self.mean_weight, self.mean_bias), chosen(self.log_std_weight, self.log_std_bias)

    def _gated(self, obs: torch.Tensor, eps: torch.Tensor | None):
        expert, p_top, clean, logits = self.route(obs, eps)
        mean, raw_log_std = self.expert_outputs(obs, expert)
        gate = p_top.unsqueeze(-1)
        return gate * mean, squash_log_std(gate * raw_log_std), expert, p_top, clean, logits

    def mean_log_std(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Gated mean and log-std on clean routing (exploration and the critic's target)."""
        mean, log_std, *_ = self._gated(obs, None)
        return mean, log_std

    # --- what the learner calls ------------------------------------------------------------
    def deterministic(self, obs: torch.Tensor) -> torch.Tensor:
        """The evaluation action (eval_gate: 'gated' or 'bare'); counts which expert acted."""
        action, expert = self.deterministic_with_expert(obs, self.eval_gate)
        self._eval_counts += np.bincount(expert.cpu().numpy(), minlength=self.n_experts)
        return action

    def deterministic_with_expert(self, obs: torch.Tensor, gate: str = "gated"
                                  ) -> tuple[torch.Tensor, torch.Tensor]:
        """(action (B, n_a) in env units, the acting expert (B,)) without noise and without counting."""
        expert, p_top, _, _ = self.route(obs)
        mean, _ = self.expert_outputs(obs, expert)
        if gate == "gated":
            return torch.tanh(p_top.unsqueeze(-1) * mean) * self.action_scale + self.action_bias, expert
        if gate == "bare":
            low, high = self.action_bias - self.action_scale, self.action_bias + self.action_scale
            return torch.clamp(mean * self.action_scale + self.action_bias, low, high), expert
        raise ValueError(f"gate must be one of {', '.join(EVAL_GATES)}, not {gate!r}")

    def noise(self, purpose: str, n: int, generator: torch.Generator) -> Noise:
        """xi (n, n_a) for the action; for the actor loss also the router's eps, (n, M) per state
        or (M,) per batch."""
        xi = super().noise(purpose, n, generator)
        if purpose != "actor":
            return xi
        shape = (n, self.n_experts) if self.noise_per_state else (self.n_experts,)
        return (*xi, torch.randn(shape, generator=generator, device=generator.device))

    def actor_loss(self, obs: torch.Tensor, q_fn: QFunction, alpha: torch.Tensor, noise: Noise,
                   log: bool = True) -> tuple[torch.Tensor, torch.Tensor, dict[str, torch.Tensor]]:
        """SAC's actor loss on noisy routing, plus lb_weight * L_aux; logs expert usage where
        log (counting it every actor step cost 0.3-2.5% of an update, measured in-process)."""
        xi, eps = noise
        mean, log_std, expert, p_top, clean, logits = self._gated(obs, eps)
        action, log_pi = self.squash_sample(mean, log_std, xi)
        sac_loss = (alpha * log_pi - q_fn(obs, action)).mean()
        aux, _, _ = load_balancing_loss(clean, logits, self.noise_std)
        loss = sac_loss + self.lb_weight * aux
        if not log:
            return loss, log_pi, {}
        usage = one_hot(expert, self.n_experts).mean(0)  # a bincount that vmap takes
        stats = {"aux_loss": aux.detach(), "gate_mean": p_top.detach().mean(),
                 "experts_used": (usage > 0).sum().float(),
                 **{f"expert_usage_{m}": usage[m] for m in range(self.n_experts)}}
        return loss, log_pi, stats

    def python_source(self, task: str, features: list[str], actuators: list[str], title: str) -> str:
        """The deterministic policy as a standalone Python file (algorithms/interpret/source.py)."""
        from algorithms.interpret.export import export_policy
        from algorithms.interpret.source import smose_source

        return smose_source(export_policy(self, task, features, actuators), title)

    def parameter_counts(self) -> dict[str, int]:
        """total: router + all experts' mean and log-std heads; active: router + one expert's;
        the deterministic policy: the router and the experts' means (Hopper: 672, 168; 384, 132)."""
        n_s, n_a, m = self.obs_dim, self.act_dim, self.n_experts
        router = m * (n_s + 1)
        mean = n_a * (n_s + 1)
        return {"total": router + 2 * m * mean, "active": router + 2 * mean,
                "deterministic": router + m * mean, "deterministic_active": router + mean}

    # --- statistics of the final evaluation ------------------------------------------------
    def reset_eval_stats(self) -> None:
        self._eval_counts = np.zeros(self.n_experts, dtype=np.int64)

    def run_info(self) -> dict[str, Any]:
        """expert_usage: the fraction of deterministic decisions taken by each expert since the
        last reset_eval_stats() (the harness resets just before the final evaluation)."""
        counts = self._eval_counts
        total = int(counts.sum())
        usage = (counts / total).tolist() if total else [0.0] * self.n_experts
        return {"expert_usage": usage, "expert_decisions": counts.tolist(),
                "unused_experts": [m for m in range(self.n_experts) if counts[m] == 0] if total else [],
                "eval_gate": self.eval_gate}


def build_smose_actor(config: SMoSEConfig, info: EnvInfo) -> SMoSEActor:
    return SMoSEActor(info, n_experts=config.n_experts, lb_weight=config.lb_weight,
                      noise_per_state=config.noise_per_state, eval_gate=config.eval_gate)


SPECS = [
    sac_spec("smose", "SMoSE: SAC with a sparse top-1 mixture of M linear gaussian experts (M=8)",
             SMoSEConfig, build_smose_actor, family="smose", analysis=SMoSEAnalysis(),
             published_as=("smose", "smose-avg", "smose-best")),
]
