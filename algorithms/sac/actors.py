"""SAC actors: tanh-squashed gaussian policies behind one small interface.

The learner only calls the methods of `SACActor`. An actor with its own loss (SMoSE's load
balancing, PMOE's routing loss and best-primitive update) overrides `actor_loss`, and one with its
own critic-target sampling (PMOE) overrides `target_sample`; the learner is never copied.
All actions are in the environment's units: the squashed action is rescaled to the bounds, and
the log-probability includes that rescaling (as in CleanRL, the setting of the SMoSE code).

Actors draw no random numbers themselves. Every stochastic method takes `noise`, a tuple of
tensors that the learner draws with `actor.noise(purpose, n, generator)` from the seed's own
generator, outside the (vmapped) update: so a seed's noise is the same whichever seeds share its
process, and an actor that drew from torch's global generator would fail under vmap.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from algorithms.base import EnvInfo, count_parameters
from algorithms.sac.networks import ReLU

LOG_STD_MIN, LOG_STD_MAX = -5.0, 2.0
HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)
QFunction = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]  # min(Q1, Q2)(s, a) -> (B,)
Noise = tuple[torch.Tensor, ...]  # the random draws of one stochastic call, made by noise()
NOISE_PURPOSES = ("explore", "target", "actor")  # acting in training, the critic target, actor loss


def one_hot(index: torch.Tensor, n: int, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """Rows of n with a one at each index (..., n): torch's one_hot, less the range check that
    reads the index's values, which vmap cannot do under torch.func.grad (the vmapped update)."""
    return (index.unsqueeze(-1) == torch.arange(n, device=index.device)).to(dtype)


def squash_log_std(raw: torch.Tensor) -> torch.Tensor:
    """Map an unbounded output into [LOG_STD_MIN, LOG_STD_MAX] with tanh."""
    return LOG_STD_MIN + 0.5 * (LOG_STD_MAX - LOG_STD_MIN) * (torch.tanh(raw) + 1)


class SACActor(nn.Module):
    """Base class: a stochastic policy with a squashed-gaussian action (B, n_a) in env units."""

    # Critic evaluations per state in actor_loss: (with autograd, without). Used by the bench's
    # FLOP estimate; PMOE evaluates the critic at each of its primitives' actions.
    critic_evaluations: tuple[int, int] = (1, 0)
    # A generator of the evaluation's own draws (PMOE's drawn primitive), apart from training's:
    # seeded from the run's seed by the agent and kept in its checkpoints. None: no such draws.
    eval_generator: torch.Generator | None = None

    def __init__(self, env_info: EnvInfo):
        super().__init__()
        low = torch.tensor(env_info.act_low, dtype=torch.float32)
        high = torch.tensor(env_info.act_high, dtype=torch.float32)
        self.register_buffer("action_scale", (high - low) / 2)
        self.register_buffer("action_bias", (high + low) / 2)
        self.obs_dim, self.act_dim = env_info.obs_dim, env_info.act_dim

    # --- what an actor may add (defaults: nothing) -----------------------------------------
    def evaluation_modes(self) -> dict[str, Callable[[torch.Tensor], torch.Tensor]]:
        """Deterministic actions other than deterministic()'s, name -> f(obs) (Agent.evaluation_modes)."""
        return {}
    def run_info(self) -> dict[str, Any]:
        """The actor's own statistics, recorded with the run (SMoSE: expert usage)."""
        return {}

    def reset_eval_stats(self) -> None:
        """Forget the statistics counted so far (before the final evaluation)."""

    def python_source(self, task: str, features: list[str], actuators: list[str],
                      title: str) -> str | None:
        """The deterministic policy as a standalone Python file, where it is small enough."""
        return None

    # --- what an actor must define -------------------------------------------------------
    def mean_log_std(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Pre-squash mean and log-std, each (B, n_a)."""
        raise NotImplementedError

    # --- what the learner calls ------------------------------------------------------------
    def noise(self, purpose: str, n: int, generator: torch.Generator) -> Noise:
        """The draws of one stochastic call on n states (`purpose`: one of NOISE_PURPOSES):
        here the standard normal xi (n, n_a) of the reparameterised sample."""
        return (torch.randn(n, self.act_dim, generator=generator, device=generator.device),)

    def sample(self, obs: torch.Tensor, noise: Noise) -> tuple[torch.Tensor, torch.Tensor]:
        """A reparameterised action (B, n_a) and its log-probability (B,)."""
        mean, log_std = self.mean_log_std(obs)
        return self.squash_sample(mean, log_std, noise[0])

    def deterministic(self, obs: torch.Tensor) -> torch.Tensor:
        """The action used for evaluation: tanh(mean), rescaled. (B, n_a)."""
        mean, _ = self.mean_log_std(obs)
        return torch.tanh(mean) * self.action_scale + self.action_bias

    def explore(self, obs: torch.Tensor, noise: Noise) -> torch.Tensor:
        """The action taken while training (after the random warm-up); noise of purpose 'explore'."""
        return self.sample(obs, noise)[0]

    def target_sample(self, next_obs: torch.Tensor, noise: Noise) -> tuple[torch.Tensor, torch.Tensor]:
        """Action and log-probability used in the critic's target; noise of purpose 'target'."""
        return self.sample(next_obs, noise)

    def actor_loss(
        self, obs: torch.Tensor, q_fn: QFunction, alpha: torch.Tensor, noise: Noise, log: bool = True
    ) -> tuple[torch.Tensor, torch.Tensor, dict[str, torch.Tensor]]:
        """(loss, log_pi (B,) for the temperature update, extra scalars to log). With log=False
        (a step whose losses are not read) an actor may leave out extras its loss does not need.

        SAC: E[alpha * log pi(a|s) - min Q(s, a)], a ~ pi(.|s) reparameterised (noise of
        purpose 'actor').
        """
        action, log_pi = self.sample(obs, noise)
        loss = (alpha * log_pi - q_fn(obs, action)).mean()
        return loss, log_pi, {}

    def parameter_counts(self) -> dict[str, int]:
        """All parameters act on every decision by default; the deterministic policy leaves out
        the log-std heads (parameters named log_std)."""
        n = count_parameters(self)
        deterministic = n - sum(p.numel() for name, p in self.named_parameters() if "log_std" in name)
        return {"total": n, "active": n, "deterministic": deterministic,
                "deterministic_active": deterministic}

    # --- shared helpers --------------------------------------------------------------------
    def squash_sample(
        self, mean: torch.Tensor, log_std: torch.Tensor, xi: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """tanh(mean + std * xi) rescaled, and its log-probability; xi ~ N(0, I) of mean's shape."""
        std = log_std.exp()
        pre = mean + std * xi
        y = torch.tanh(pre)
        # log N(pre; mean, std) - log|d action / d pre|, summed over action dimensions.
        log_prob = (
            -0.5 * xi.pow(2) - log_std - HALF_LOG_2PI
            - torch.log(self.action_scale * (1 - y.pow(2)) + 1e-6)
        ).sum(-1)
        return y * self.action_scale + self.action_bias, log_prob


def relu_mlp(in_features: int, hidden_sizes: tuple[int, ...]) -> tuple[nn.Sequential, int]:
    """A ReLU MLP trunk (Linear, ReLU, ...) and its output width (in_features if no layer); the
    ReLUs work in place (networks.relu_)."""
    layers: list[nn.Module] = []
    width = in_features
    for h in hidden_sizes:
        layers += [nn.Linear(width, h), ReLU()]
        width = h
    return nn.Sequential(*layers), width


class GaussianMLPActor(SACActor):
    """mean and log-std heads on a ReLU MLP trunk (sac-l: 256-256; sac-m, sac-s: one layer)."""

    def __init__(self, env_info: EnvInfo, hidden_sizes: tuple[int, ...]):
        super().__init__(env_info)
        self.trunk, width = relu_mlp(env_info.obs_dim, hidden_sizes)
        self.mean = nn.Linear(width, env_info.act_dim)
        self.log_std = nn.Linear(width, env_info.act_dim)

    def mean_log_std(self, obs):
        x = self.trunk(obs)
        return self.mean(x), squash_log_std(self.log_std(x))


class LinearGaussianActor(GaussianMLPActor):
    """mean and log-std linear in the state: SMoSE with a single expert."""

    def __init__(self, env_info: EnvInfo):
        super().__init__(env_info, hidden_sizes=())

    def parameter_counts(self) -> dict[str, int]:
        return {**super().parameter_counts(), "leaves": 1}

    def python_source(self, task: str, features: list[str], actuators: list[str], title: str) -> str:
        """The deterministic policy, tanh(W s + b) scaled, as a standalone Python file."""
        from algorithms.interpret.source import squashed_linear_source

        low, high = self.action_bias - self.action_scale, self.action_bias + self.action_scale
        return squashed_linear_source(*(t.detach().cpu().numpy().astype(float) for t in
                                        (self.mean.weight, self.mean.bias, low, high)),
                                      features, actuators, title)
