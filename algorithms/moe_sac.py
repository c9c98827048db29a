"""moe-sac: a dense gating mixture of linear gaussian experts, trained with the shared SAC learner.

The non-sparse counterpart of SMoSE, and the gating-mixture baseline of the PMOE paper
(arXiv 2104.09122): the router's softmax weights every expert, and the policy's pre-squash mean
and log-std are the weighted sums of the experts' linear outputs,

    g(s) = softmax(W_r s + b_r)                          (M,)
    mu(s) = sum_m g_m(s) (A_m s + a_m)                   (n_a,)
    log_std(s) = squash(sum_m g_m(s) (C_m s + c_m))      (n_a,)
    a = tanh(mu(s) + std(s) * xi) rescaled to the bounds, xi ~ N(0, I)

so that every expert acts, and learns, on every state: all parameters are active per decision.
The experts have SMoSE's layout (algorithms/smose.py); there is no top-1 choice, no router
noise and no load-balancing loss, and the SAC loss is the base actor's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import torch
from torch import nn

from algorithms.base import EnvInfo
from algorithms.sac.actors import SACActor, squash_log_std
from algorithms.sac.family import sac_spec
from algorithms.sac.learner import SACConfig
from algorithms.smose import add_linear_experts


@dataclass
class MoESACConfig(SACConfig):
    """SAC with a dense softmax-gated mixture of linear experts."""

    LIMITS: ClassVar[dict[str, str]] = {"n_experts": "count"}

    n_experts: int = 8
    """M, the number of linear experts (SMoSE's default, so the two compare at equal size)"""


class DenseMoEActor(SACActor):
    """Every expert's linear mean and log-std, mixed by the router's softmax weights."""

    def __init__(self, env_info: EnvInfo, n_experts: int = 8):
        super().__init__(env_info)
        self.n_experts = n_experts
        self.router = nn.Linear(env_info.obs_dim, n_experts)
        add_linear_experts(self, n_experts, env_info.obs_dim, env_info.act_dim)

    def gates(self, obs: torch.Tensor) -> torch.Tensor:
        """g(s): (B, M), each row summing to 1."""
        return torch.softmax(self.router(obs), dim=-1)

    def mean_log_std(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        g = self.gates(obs).unsqueeze(-1)  # (B, M, 1)
        means = torch.einsum("mas,bs->bma", self.mean_weight, obs) + self.mean_bias
        raw_log_stds = torch.einsum("mas,bs->bma", self.log_std_weight, obs) + self.log_std_bias
        return (g * means).sum(1), squash_log_std((g * raw_log_stds).sum(1))


def build_moe_actor(config: MoESACConfig, info: EnvInfo) -> DenseMoEActor:
    return DenseMoEActor(info, int(config.n_experts))


SPECS = [
    sac_spec("moe-sac", "SAC, a dense softmax-gated mixture of M=8 linear experts (SMoSE without sparsity)",
             MoESACConfig, build_moe_actor, family="moe"),
]
