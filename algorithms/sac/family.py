"""The gaussian SAC agents: sac-l, sac-m, sac-s and linear-sac, and the helper that makes a
registry entry for any SAC-family agent from an actor builder."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import gymnasium as gym

from algorithms.base import AgentSpec, Analysis, Carry, EnvInfo
from algorithms.sac import carry
from algorithms.sac.actors import GaussianMLPActor, LinearGaussianActor
from algorithms.sac.learner import ActorBuilder, SACAgent, SACConfig, SACLearner


def sac_spec(name: str, description: str, config_cls: type, build_actor: ActorBuilder,
             defaults: dict | None = None, family: str = "sac", analysis: Analysis | None = None,
             published_as: tuple[str, ...] = ()) -> AgentSpec:
    """A registry entry for an agent made of the shared SAC learner and `build_actor`'s actor."""

    def factory(env: gym.Env, config: SACConfig, seed: int) -> SACAgent:
        return SACAgent.build(env, config, build_actor, seed=seed)

    def loader(path: Path, env_info: EnvInfo) -> SACAgent:
        return SACAgent.load_with(path, env_info, config_cls, build_actor)

    return AgentSpec(name=name, family=family, description=description, config_cls=config_cls,
                     factory=factory, loader=loader, defaults=defaults or {},
                     seed_batch=SACLearner, acting_files=SACAgent.acting_files, analysis=analysis,
                     published_as=published_as, carry=Carry(carry.compact, carry.expand))


MATCHES = ("none", "total", "active")


def smose_matched_width(obs_dim: int, act_dim: int, n_experts: int, match: str) -> int:
    """Hidden width of a one-layer gaussian actor sized against SMoSE with n_experts experts.

    "total": as many weights as SMoSE in total, h = ceil(M*n_s*(1+2*n_a) / (n_s+2*n_a)).
    "active": as many as SMoSE uses per decision, h = ceil(n_s*(M+2*n_a) / (n_s+2*n_a)).
    (The rules of the SMoSE authors' code; biases are not counted in the match.)
    """
    denominator = obs_dim + 2 * act_dim
    if match == "total":
        return math.ceil(n_experts * obs_dim * (1 + 2 * act_dim) / denominator)
    if match == "active":
        return math.ceil(obs_dim * (n_experts + 2 * act_dim) / denominator)
    raise ValueError(f"match_smose must be 'total', 'active' or 'none', not {match!r}")


@dataclass
class GaussianSACConfig(SACConfig):
    """SAC with a gaussian MLP actor."""

    LIMITS: ClassVar[dict[str, str]] = {"hidden_sizes": "widths", "match_experts": "count"}

    hidden_sizes: tuple[int, ...] = (256, 256)
    """hidden widths of the actor (ignored when match_smose is set)"""
    match_smose: str = "none"
    """'total' or 'active': one hidden layer sized against SMoSE (see smose_matched_width)"""
    match_experts: int = 8
    """the number of SMoSE experts the width is matched against"""

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.match_smose not in MATCHES:
            raise ValueError(f"match_smose must be one of {', '.join(MATCHES)}, not {self.match_smose!r}")

    def unused_hparams(self) -> dict[str, str]:
        """The fields these settings ignore, each with why."""
        if self.match_smose == "none":
            return {"match_experts": "it sizes against SMoSE only with match_smose 'total' or 'active'"}
        return {"hidden_sizes": f"match_smose={self.match_smose!r} sizes its one hidden layer against "
                                "SMoSE; set match_smose=none to choose the widths"}


def build_gaussian_actor(config: GaussianSACConfig, info: EnvInfo) -> GaussianMLPActor:
    if config.match_smose == "none":
        hidden = tuple(config.hidden_sizes)
    else:
        hidden = (smose_matched_width(info.obs_dim, info.act_dim, config.match_experts, config.match_smose),)
    return GaussianMLPActor(info, hidden)


def build_linear_actor(config: SACConfig, info: EnvInfo) -> LinearGaussianActor:
    return LinearGaussianActor(info)


SPECS = [
    # the libraries' default SAC has this 256-256 actor: their "sac" figures are SAC-L's
    sac_spec("sac-l", "SAC, gaussian MLP actor 256-256 (the dense reference)",
             GaussianSACConfig, build_gaussian_actor, published_as=("sac-l", "sac")),
    sac_spec("sac-m", "SAC, one hidden layer matching SMoSE's total parameters (M=8)",
             GaussianSACConfig, build_gaussian_actor, defaults={"match_smose": "total"}),
    sac_spec("sac-s", "SAC, one hidden layer matching SMoSE's active parameters per decision (M=8)",
             GaussianSACConfig, build_gaussian_actor, defaults={"match_smose": "active"}),
    sac_spec("linear-sac", "SAC with a linear gaussian actor (SMoSE with one expert)",
             SACConfig, build_linear_actor, family="linear"),
]
