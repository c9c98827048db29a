"""DAC+PPO: options learned by two actor-critics on two augmented MDPs (Zhang & Whiteson, "DAC: The
Double Actor-Critic Architecture for Learning Options", NeurIPS 2019), the option-framework
baseline of the PMOE paper's comparison.

The option framework: K options, each an intra-option policy pi_o(a|s) and a termination
probability beta_o(s), and a master policy pi_Omega(o|s) that picks a new option where the last
one ends. DAC writes one step of it as two MDPs that share the environment:

    high MDP  state (s_t, o_{t-1}), action o_t:
              pi_hat(o | s, o_prev) = (1 - beta_{o_prev}(s)) 1[o = o_prev] + beta_{o_prev}(s) pi_Omega(o|s)
              (pi_Omega(o|s) alone at an episode's first step)
    low MDP   state (s_t, o_t), action a_t:  pi_bar(a | s, o) = pi_o(a|s) = N(mu_o(s), sigma_o^2)

and one critic serves both: q(s, o) for every option, v_bar(s_t, o_t) = q(s_t, o_t) and
v_hat(s_t, o_{t-1}) = sum_o pi_hat(o | s_t, o_{t-1}) q(s_t, o). After each rollout, each MDP gets
PPO's clipped surrogate on its own ratio and its own GAE advantages (in an order drawn from the
run's generator, as the authors' "all" learning), with the value loss on its own v, one Adam
over the whole network. The high MDP's loss has an entropy bonus on pi_hat; the option policies
have none (as the authors'). Hyper-parameters are the authors' DAC+PPO setting (DACConfig).

Networks as the authors': per option a ReLU 64-64 body to a tanh mean and state-independent
std = softplus(w), and a separate ReLU 64-64 body to beta = sigmoid(.); the master policy and
the critic each a ReLU 64-64 body; every output layer orthogonal with gain 1e-3; observations
normalised by running mean and variance (clipped to +-10), rewards as they come.

Where this departs from the authors' code, each said in docs/algorithms.md: log-probabilities
are exact (theirs add 1e-5 to each probability before the log, which flattens a gaussian's
small densities); the value past a rollout's last step is v_hat for both MDPs (theirs draws an
option for v_bar); an episode cut by its time limit is bootstrapped with v_hat of its last
state, as SB3 does for ppo (theirs treats it as a terminal); actions are clipped to [-1, 1] and
scaled to the task's bounds.

Acting at evaluation carries the option from step to step, as the framework does, through the
agent's begin_episode(): eval_option="sample" (default) draws each option from pi_hat with a
generator of the evaluation's own and acts with its mean; "greedy" takes pi_hat's most likely
option. The final evaluation scores both.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import gymnasium as gym
import numpy as np
import torch
import torch.nn.functional as F
from stable_baselines3.common.running_mean_std import RunningMeanStd
from torch import nn

from algorithms.base import Agent, AgentConfig, AgentSpec, Callback, EnvInfo, count_parameters
from algorithms.sac.actors import relu_mlp

EVAL_OPTION_MODES = ("sample", "greedy")
UPDATE_ORDERS = ("both", "alternate")
OBS_CLIP = 10.0


@dataclass
class DACConfig(AgentConfig):
    """The authors' DAC+PPO setting (their template_jobs.py, a_squared_c_ppo_continuous)."""

    LIMITS: ClassVar[dict[str, str]] = {
        "n_options": "count", "hidden": "widths", "learning_rate": "positive", "n_steps": "count",
        "batch_size": "count", "n_epochs": "count", "gamma": "unit", "gae_lambda": "unit",
        "clip_range": "positive", "ent_coef": "non_negative", "beta_weight": "non_negative",
        "max_grad_norm": "positive", "adam_eps": "positive",
    }

    n_options: int = 4
    """K, the number of options"""
    hidden: tuple[int, ...] = (64, 64)
    """hidden widths of every body (option policy, termination, master policy, critic)"""
    learning_rate: float = 3e-4
    adam_eps: float = 1e-5
    n_steps: int = 2048
    """environment steps per rollout"""
    batch_size: int = 64
    n_epochs: int = 5
    """PPO epochs over the rollout, for each of the two MDPs"""
    gamma: float = 0.99
    gae_lambda: float = 0.95
    clip_range: float = 0.2
    ent_coef: float = 0.01
    """weight of pi_hat's entropy in the high MDP's loss"""
    beta_weight: float = 0.0
    """weight of the mean termination probability in the high MDP's loss (a deliberation cost)"""
    max_grad_norm: float = 0.5
    update_order: str = "both"
    """'both': each rollout trains the two MDPs, in an order drawn by the run; 'alternate': one
    MDP per rollout, high first"""
    eval_option: str = "sample"
    """evaluation: draw each option from pi_hat ('sample') or take its most likely ('greedy')"""

    def __post_init__(self) -> None:
        if self.update_order not in UPDATE_ORDERS:
            raise ValueError(f"dac.update_order must be one of {', '.join(UPDATE_ORDERS)}, not {self.update_order!r}")
        if self.eval_option not in EVAL_OPTION_MODES:
            raise ValueError(f"dac.eval_option must be one of {', '.join(EVAL_OPTION_MODES)}, "
                             f"not {self.eval_option!r}")


def small_head(n_in: int, n_out: int) -> nn.Linear:
    """An output layer that starts near zero (orthogonal, gain 1e-3, zero bias), as the authors'."""
    layer = nn.Linear(n_in, n_out)
    nn.init.orthogonal_(layer.weight, gain=1e-3)
    nn.init.zeros_(layer.bias)
    return layer


class OptionNet(nn.Module):
    """The K options (policy and termination), the master policy and the critic q(s, .)."""

    def __init__(self, obs_dim: int, act_dim: int, n_options: int, hidden: tuple[int, ...]):
        super().__init__()
        width = hidden[-1] if hidden else obs_dim

        def body() -> nn.Sequential:  # the ReLU trunk of every part
            return relu_mlp(obs_dim, hidden)[0]

        self.pi_bodies = nn.ModuleList(body() for _ in range(n_options))
        self.pi_heads = nn.ModuleList(small_head(width, act_dim) for _ in range(n_options))
        self.std_params = nn.Parameter(torch.zeros(n_options, act_dim))  # softplus(0) = 0.69
        self.beta_bodies = nn.ModuleList(body() for _ in range(n_options))
        self.beta_heads = nn.ModuleList(small_head(width, 1) for _ in range(n_options))
        self.master = nn.Sequential(body(), small_head(width, n_options))
        self.critic = nn.Sequential(body(), small_head(width, n_options))

    def forward(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """x (n, obs_dim) -> mean, std (n, K, act_dim); beta, master, q (n, K)."""
        mean = torch.stack([torch.tanh(h(b(x))) for b, h in zip(self.pi_bodies, self.pi_heads, strict=True)], 1)
        beta = torch.cat([torch.sigmoid(h(b(x))) for b, h in zip(self.beta_bodies, self.beta_heads, strict=True)], 1)
        return {"mean": mean, "std": F.softplus(self.std_params).expand_as(mean), "beta": beta,
                "master": F.softmax(self.master(x), -1), "q": self.critic(x)}


def pi_hat(master: torch.Tensor, beta: torch.Tensor, prev_option: torch.Tensor,
           first: torch.Tensor) -> torch.Tensor:
    """The high MDP's policy (n, K): keep the last option with probability 1 - beta_prev(s), else
    draw from the master policy; the master policy alone at an episode's first step."""
    keep = F.one_hot(prev_option, master.shape[-1]).to(master.dtype)
    beta_prev = beta.gather(1, prev_option[:, None])
    return torch.where(first[:, None], master, (1 - beta_prev) * keep + beta_prev * master)


def option_log_prob(mean: torch.Tensor, std: torch.Tensor, option: torch.Tensor,
                    action: torch.Tensor) -> torch.Tensor:
    """log pi_o(a|s) (n,) of option o's gaussian, mean and std (n, K, act_dim)."""
    pick = option[:, None, None].expand(-1, 1, mean.shape[-1])
    dist = torch.distributions.Normal(mean.gather(1, pick).squeeze(1), std.gather(1, pick).squeeze(1))
    return dist.log_prob(action).sum(-1)


def gae(rewards: np.ndarray, values: np.ndarray, last_value: float, dones: np.ndarray,
        gamma: float, lam: float) -> np.ndarray:
    """Generalised advantage estimates (T,); dones[t]: the episode ended at step t."""
    advantages = np.zeros_like(rewards)
    running, next_value = 0.0, last_value
    for t in reversed(range(len(rewards))):
        alive = 1.0 - dones[t]
        delta = rewards[t] + gamma * alive * next_value - values[t]
        running = delta + gamma * lam * alive * running
        advantages[t], next_value = running, values[t]
    return advantages


class DACAgent(Agent):
    """DAC+PPO on one training env (see the module's docstring)."""

    def __init__(self, env: gym.Env | None, config: DACConfig, seed: int, info: EnvInfo):
        self.env, self.config, self.seed, self.info = env, config, seed, info
        init_seed, train_seed, eval_seed = (int(s) for s in np.random.SeedSequence(seed).generate_state(3))
        with torch.random.fork_rng():  # the weights' draw from the run's seed, not torch's global state
            torch.manual_seed(init_seed)
            self.net = OptionNet(info.obs_dim, info.act_dim, config.n_options, config.hidden)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=config.learning_rate, eps=config.adam_eps)
        self.generator = torch.Generator().manual_seed(train_seed)  # options, actions, minibatches
        self.eval_generator = torch.Generator().manual_seed(eval_seed)  # the evaluation's option draws
        self.obs_rms = RunningMeanStd(shape=(info.obs_dim,))
        self.low, self.high = np.asarray(info.act_low), np.asarray(info.act_high)
        self.updates = 0
        self._eval_option: int | None = None  # the option in force in the evaluation episode

    # --- acting ----------------------------------------------------------------------------------

    def normalise(self, obs: np.ndarray) -> np.ndarray:
        x = (obs - self.obs_rms.mean) / np.sqrt(self.obs_rms.var + 1e-8)
        return np.clip(x, -OBS_CLIP, OBS_CLIP).astype(np.float32)

    def to_env(self, action: np.ndarray) -> np.ndarray:
        """A policy action, clipped to [-1, 1], scaled to the task's bounds."""
        return self.low + (np.clip(action, -1.0, 1.0) + 1.0) * 0.5 * (self.high - self.low)

    def begin_episode(self) -> None:
        self._eval_option = None

    def _act_with(self, obs: np.ndarray, greedy: bool, deterministic: bool = True) -> np.ndarray:
        with torch.no_grad():
            out = self.net(torch.as_tensor(self.normalise(np.asarray(obs, dtype=float)))[None])
            first = self._eval_option is None
            prev = torch.tensor([0 if first else self._eval_option])
            probs = pi_hat(out["master"], out["beta"], prev, torch.tensor([first]))
            option = (probs.argmax(-1) if greedy else
                      torch.multinomial(probs, 1, generator=self.eval_generator).squeeze(-1))
            self._eval_option = int(option)
            mean = out["mean"][0, self._eval_option]
            if not deterministic:
                noise = torch.randn(mean.shape, generator=self.eval_generator)
                mean = mean + out["std"][0, self._eval_option] * noise
        return self.to_env(mean.numpy().astype(float)).astype(np.float32)

    def act(self, obs: np.ndarray, deterministic: bool = True) -> np.ndarray:
        return self._act_with(obs, self.config.eval_option == "greedy", deterministic)

    def evaluation_modes(self) -> dict[str, Callable[[np.ndarray], np.ndarray]]:
        other = "greedy" if self.config.eval_option == "sample" else "sample"
        return {other: lambda obs: self._act_with(obs, other == "greedy")}

    # --- training --------------------------------------------------------------------------------

    def learn(self, total_steps: int, callback: Callback | None = None) -> None:
        cfg, env = self.config, self.env
        if env is None:
            raise RuntimeError("a loaded DAC agent has no training env")
        raw, _ = env.reset(seed=self.seed)
        env.action_space.seed(self.seed)
        option, first = 0, True
        episode_return, episode_length, step = 0.0, 0, 0
        while step < total_steps:
            n = min(cfg.n_steps, total_steps - step)
            roll = {k: [] for k in ("x", "a", "o", "prev", "first", "pi_hat", "logp_hat", "logp_bar",
                                    "v_hat", "v_bar", "r", "done")}
            stop = False
            for _ in range(n):
                self.obs_rms.update(np.asarray(raw, dtype=float)[None])
                x = self.normalise(np.asarray(raw, dtype=float))
                with torch.no_grad():
                    out = self.net(torch.as_tensor(x)[None])
                    probs = pi_hat(out["master"], out["beta"], torch.tensor([option]), torch.tensor([first]))
                    new_option = int(torch.multinomial(probs, 1, generator=self.generator))
                    mean, std = out["mean"][0, new_option], out["std"][0, new_option]
                    action = mean + std * torch.randn(mean.shape, generator=self.generator)
                    logp_bar = float(torch.distributions.Normal(mean, std).log_prob(action).sum())
                    q = out["q"][0]
                raw, reward, terminated, truncated, _ = env.step(self.to_env(action.numpy().astype(float)))
                episode_return += float(reward)
                episode_length += 1
                step += 1
                if truncated and not terminated:  # the time limit: the episode would have gone on
                    with torch.no_grad():
                        nxt = self.net(torch.as_tensor(self.normalise(np.asarray(raw, dtype=float)))[None])
                        nxt_hat = pi_hat(nxt["master"], nxt["beta"], torch.tensor([new_option]),
                                         torch.tensor([False]))
                        reward = float(reward) + cfg.gamma * float((nxt_hat * nxt["q"]).sum())
                for key, value in (("x", x), ("a", action.numpy()), ("o", new_option), ("prev", option),
                                   ("first", first), ("pi_hat", probs[0].numpy()),
                                   ("logp_hat", math.log(max(float(probs[0, new_option]), 1e-30))),
                                   ("logp_bar", logp_bar), ("v_hat", float((probs[0] * q).sum())),
                                   ("v_bar", float(q[new_option])), ("r", float(reward)),
                                   ("done", float(terminated or truncated))):
                    roll[key].append(value)
                info: dict[str, Any] = {}
                if terminated or truncated:
                    info["episode"] = {"return": episode_return, "length": episode_length,
                                       "terminated": bool(terminated)}
                    episode_return, episode_length = 0.0, 0
                    raw, _ = env.reset()
                    option, first = 0, True
                else:
                    option, first = new_option, False
                if step == total_steps or len(roll["x"]) == n:
                    info["losses"] = self._update(roll, raw, option, first)
                if callback is not None and callback(step, info) is False:
                    stop = True
                    break
            if stop:
                return

    def _update(self, roll: dict[str, list], raw: np.ndarray, option: int, first: bool) -> dict[str, float]:
        """PPO on the high and the low MDP of one rollout; the losses of the last minibatch."""
        cfg = self.config
        batch = {k: torch.as_tensor(np.asarray(v)) for k, v in roll.items()}
        with torch.no_grad():
            out = self.net(torch.as_tensor(self.normalise(np.asarray(raw, dtype=float)))[None])
            probs = pi_hat(out["master"], out["beta"], torch.tensor([option]), torch.tensor([first]))
            last_value = float((probs * out["q"]).sum())
        rewards, dones = np.asarray(roll["r"]), np.asarray(roll["done"])
        for mdp in ("hat", "bar"):
            values = np.asarray(roll[f"v_{mdp}"])
            adv = gae(rewards, values, last_value, dones, cfg.gamma, cfg.gae_lambda)
            batch[f"ret_{mdp}"] = torch.as_tensor(adv + values, dtype=torch.float32)
            batch[f"adv_{mdp}"] = torch.as_tensor((adv - adv.mean()) / (adv.std(ddof=1) + 1e-8), dtype=torch.float32)
        if cfg.update_order == "both":
            order = ["hat", "bar"] if int(torch.randint(2, (1,), generator=self.generator)) == 0 else ["bar", "hat"]
        else:
            order = ["hat" if self.updates % 2 == 0 else "bar"]
        self.updates += 1
        losses: dict[str, float] = {}
        for mdp in order:
            losses.update(self._ppo(batch, mdp))
        return losses

    def _ppo(self, batch: dict[str, torch.Tensor], mdp: str) -> dict[str, float]:
        cfg = self.config
        x, options, prev, first = batch["x"], batch["o"].long(), batch["prev"].long(), batch["first"].bool()
        old_logp = batch[f"logp_{mdp}"].float()
        n = len(x)
        stats: dict[str, float] = {}
        for _ in range(cfg.n_epochs):
            order = torch.randperm(n, generator=self.generator)
            for start in range(0, n, cfg.batch_size):
                idx = order[start:start + cfg.batch_size]
                out = self.net(x[idx])
                if mdp == "hat":
                    probs = pi_hat(out["master"], out["beta"], prev[idx], first[idx])
                    logp = probs.gather(1, options[idx][:, None]).squeeze(1).clamp_min(1e-30).log()
                    entropy = -(probs * probs.clamp_min(1e-30).log()).sum(-1).mean()
                    extra = -cfg.ent_coef * entropy + cfg.beta_weight * out["beta"].mean()
                    value = (out["q"] * batch["pi_hat"][idx].float()).sum(-1)
                else:
                    logp = option_log_prob(out["mean"], out["std"], options[idx], batch["a"][idx].float())
                    extra = torch.zeros(())
                    value = out["q"].gather(1, options[idx][:, None]).squeeze(1)
                ratio = (logp - old_logp[idx]).exp()
                adv = batch[f"adv_{mdp}"][idx]
                policy_loss = -torch.min(ratio * adv, ratio.clamp(1 - cfg.clip_range, 1 + cfg.clip_range) * adv).mean()
                value_loss = 0.5 * (batch[f"ret_{mdp}"][idx] - value).pow(2).mean()
                self.optimizer.zero_grad()
                (policy_loss + extra + value_loss).backward()
                nn.utils.clip_grad_norm_(self.net.parameters(), cfg.max_grad_norm)
                self.optimizer.step()
                stats = {f"{mdp}_policy_loss": policy_loss.item(), "value_loss": value_loss.item(),
                         f"{mdp}_clip_fraction": float(((ratio - 1).abs() > cfg.clip_range).float().mean())}
        if mdp == "hat":  # how often the option changed where one was in force
            going_on = ~first
            if going_on.any():
                stats["option_switch_rate"] = float((options != prev)[going_on].float().mean())
        return stats

    # --- what the harness reads ------------------------------------------------------------------

    def parameter_counts(self) -> dict[str, int]:
        """The policy: options (mean, std, termination) and the master policy; the critic apart.
        One decision uses the master policy, one option's termination and one option's policy."""
        net = self.net
        pi = count_parameters(net.pi_bodies[0]) + count_parameters(net.pi_heads[0])
        beta = count_parameters(net.beta_bodies[0]) + count_parameters(net.beta_heads[0])
        master = count_parameters(net.master)
        k, act_dim = self.config.n_options, self.info.act_dim
        return {"total": k * (pi + act_dim + beta) + master, "active": pi + act_dim + beta + master,
                "deterministic": k * (pi + beta) + master, "deterministic_active": pi + beta + master}

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        torch.save(self.net.state_dict(), path / "policy.pt")
        (path / "dac.json").write_text(json.dumps({
            "config": dataclasses.asdict(self.config), "info": self.info.to_dict(), "seed": self.seed,
            "obs_mean": self.obs_rms.mean.tolist(), "obs_var": self.obs_rms.var.tolist()}, indent=1))


def make_dac(env: gym.Env, config: DACConfig, seed: int) -> DACAgent:
    return DACAgent(env, config, seed, EnvInfo.from_env(env))


def load_dac(path: Path, info: EnvInfo) -> DACAgent:
    saved = json.loads((Path(path) / "dac.json").read_text())
    config = DACConfig(**{**saved["config"], "hidden": tuple(saved["config"]["hidden"])})
    agent = DACAgent(None, config, saved["seed"], EnvInfo.from_dict(saved["info"]))
    agent.net.load_state_dict(torch.load(Path(path) / "policy.pt", weights_only=True))
    agent.obs_rms.mean, agent.obs_rms.var = np.asarray(saved["obs_mean"]), np.asarray(saved["obs_var"])
    return agent


SPECS = [
    AgentSpec(
        name="dac", family="options",
        description="DAC+PPO: four options (policy and termination) and a master policy, two PPOs on the "
                    "augmented MDPs (Zhang & Whiteson 2019), the PMOE paper's option-framework baseline",
        config_cls=DACConfig, factory=make_dac, loader=load_dac,
    ),
]
