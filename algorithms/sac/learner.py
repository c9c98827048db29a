"""The one Soft Actor-Critic loop every SAC-family agent shares; only the actor differs.

Hyper-parameters are those of the SMoSE authors' code (CleanRL's SAC): twin 256-256 critics
updated every step, the actor (and the temperature) updated `policy_frequency` times every
`policy_frequency`-th step, soft target updates every step, uniform random actions for the first
`learning_starts` steps.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gymnasium as gym
import numpy as np
import torch

from algorithms.base import Callback, EnvInfo
from algorithms.sac.actors import SACActor
from algorithms.sac.buffer import ReplayBuffer
from algorithms.sac.networks import TwinQ
from envs.state import restore, snapshot

ActorBuilder = Callable[[Any, EnvInfo], SACActor]  # (config, env_info) -> actor


@dataclass
class SACConfig:
    """Hyper-parameters of the shared SAC learner (every SAC-family config extends this)."""

    buffer_size: int = 1_000_000
    """replay buffer capacity (transitions); capped at the run's budget"""
    batch_size: int = 256
    """transitions per gradient step"""
    gamma: float = 0.99
    """discount factor"""
    tau: float = 0.005
    """target network soft-update coefficient"""
    policy_lr: float = 3e-4
    """Adam learning rate of the actor"""
    q_lr: float = 1e-3
    """Adam learning rate of the twin critics"""
    alpha_lr: float = 1e-3
    """Adam learning rate of the entropy temperature"""
    autotune: bool = True
    """tune the entropy temperature towards target_entropy"""
    alpha: float = 0.2
    """the temperature when autotune is off"""
    target_entropy_scale: float = 1.0
    """target entropy = -target_entropy_scale * |A|"""
    learning_starts: int = 10_000
    """uniform random steps before learning..."""
    learning_starts_fraction: float = 0.1
    """...but at most this fraction of the budget (recorded as learning_starts_used)"""
    policy_frequency: int = 2
    """the actor is updated this many times every this many steps (delayed update)"""
    target_network_frequency: int = 1
    """steps between soft target updates"""
    critic_hidden: tuple[int, ...] = (256, 256)
    """hidden widths of each critic"""
    log_interval: int = 1000
    """steps between logged losses"""


class SACAgent:
    """A SAC agent made of the shared learner and a pluggable actor."""

    def __init__(
        self,
        env: gym.Env | None,
        config: SACConfig,
        actor: SACActor,
        seed: int = 0,
        env_info: EnvInfo | None = None,
    ):
        self.env = env
        self.config = config
        self.seed = seed
        self.env_info = env_info or EnvInfo.from_env(env)
        self.actor = actor
        self.critic = TwinQ(self.env_info.obs_dim, self.env_info.act_dim, tuple(config.critic_hidden))
        self.critic_target = TwinQ(self.env_info.obs_dim, self.env_info.act_dim, tuple(config.critic_hidden))
        self.critic_target.load_state_dict(self.critic.state_dict())
        self.critic_target.requires_grad_(False)
        self.log_alpha = torch.zeros(1, requires_grad=True)
        self.target_entropy = -config.target_entropy_scale * self.env_info.act_dim
        self.actor_opt = torch.optim.Adam(self.actor.parameters(), lr=config.policy_lr, fused=True)
        self.critic_opt = torch.optim.Adam(self.critic.parameters(), lr=config.q_lr, fused=True)
        self.alpha_opt = torch.optim.Adam([self.log_alpha], lr=config.alpha_lr, fused=True)
        self.learning_starts_used: int | None = None
        self.buffer: ReplayBuffer | None = None
        self._step = 0
        self._resume: dict[str, Any] | None = None
        # The loop's position, kept here so that a checkpoint can be taken after any step.
        self._obs: np.ndarray | None = None
        self._episode = [0.0, 0]  # return and length of the training episode in progress

    # --- acting ------------------------------------------------------------------------------
    @property
    def alpha(self) -> torch.Tensor:
        return self.log_alpha.detach().exp() if self.config.autotune else torch.tensor(self.config.alpha)

    def act(self, obs: np.ndarray, deterministic: bool = True) -> np.ndarray:
        with torch.inference_mode():
            x = torch.as_tensor(obs, dtype=torch.float32).unsqueeze(0)
            a = self.actor.deterministic(x) if deterministic else self.actor.explore(x)
        return a[0].numpy()

    def parameter_counts(self) -> dict[str, int]:
        return self.actor.parameter_counts()

    def run_info(self) -> dict[str, Any]:
        """Settings resolved at training time and the actor's own statistics, recorded with the run."""
        actor_info = getattr(self.actor, "run_info", dict)()
        return {"learning_starts_used": self.learning_starts_used, **actor_info}

    def reset_eval_stats(self) -> None:
        """Forwarded to the actor (SMoSE counts expert usage over the final evaluation)."""
        reset = getattr(self.actor, "reset_eval_stats", None)
        if reset is not None:
            reset()

    # --- learning ----------------------------------------------------------------------------
    def learn(self, total_steps: int, callback: Callback | None = None) -> None:
        """Train for total_steps env steps; after restore_checkpoint_state, continue from there."""
        cfg, env = self.config, self.env
        if env is None:
            raise RuntimeError("this agent was loaded without an environment; it can only act")
        self.learning_starts_used = int(min(cfg.learning_starts, cfg.learning_starts_fraction * total_steps))
        self.buffer = ReplayBuffer(min(cfg.buffer_size, total_steps), self.env_info.obs_dim,
                                   self.env_info.act_dim, seed=self.seed)
        first_step = 1
        if self._resume is not None:
            first_step = self._resume_loop(self._resume)
            self._resume = None
        else:
            self._obs, _ = env.reset(seed=self.seed)
            self._episode = [0.0, 0]
        obs, episode = self._obs, self._episode
        stats: dict[str, torch.Tensor] = {}
        buffer = self.buffer

        for step in range(first_step, total_steps + 1):
            if step <= self.learning_starts_used:
                action = env.action_space.sample()
            else:
                with torch.inference_mode():
                    action = self.actor.explore(torch.as_tensor(obs, dtype=torch.float32).unsqueeze(0))[0].numpy()
            next_obs, reward, terminated, truncated, _ = env.step(action)
            buffer.add(obs, action, reward, next_obs, terminated)
            episode[0] += float(reward)
            episode[1] += 1
            info: dict[str, Any] = {}
            if terminated or truncated:
                info["episode"] = {"return": episode[0], "length": episode[1],
                                   "terminated": bool(terminated)}
                obs, _ = env.reset()
                episode[:] = [0.0, 0]
            else:
                obs = next_obs
            self._step, self._obs = step, obs

            if step > self.learning_starts_used and len(buffer) >= cfg.batch_size:
                stats = self.update(buffer, step, stats)
                if step % cfg.log_interval == 0:
                    info["losses"] = losses = {k: float(v) for k, v in stats.items()}
                    bad = [k for k, v in losses.items() if not math.isfinite(v)]
                    if bad:  # checked where the losses are read anyway: no extra host sync
                        raise FloatingPointError(
                            f"non-finite {', '.join(bad)} at step {step}; the run is stopped")
            if callback is not None and callback(step, info) is False:
                break

    # --- checkpoints -------------------------------------------------------------------------
    def checkpoint_state(self, include_buffer: bool = True) -> dict[str, Any]:
        """Everything needed to continue training exactly where it stands, after any step: the
        resumed run equals an uninterrupted one (the env is saved mid-episode, see envs.state)."""
        buffer = self.buffer
        return {
            "networks": {"actor": self.actor.state_dict(), "critic": self.critic.state_dict(),
                         "critic_target": self.critic_target.state_dict(),
                         "log_alpha": self.log_alpha.detach().clone()},
            "optimizers": {"actor": self.actor_opt.state_dict(), "critic": self.critic_opt.state_dict(),
                           "alpha": self.alpha_opt.state_dict()},
            "rng": {"torch": torch.get_rng_state(), "numpy": np.random.get_state(),
                    "python": random.getstate(), "buffer": buffer.rng.bit_generator.state,
                    "action_space": copy.deepcopy(self.env.action_space.np_random.bit_generator.state)},
            "env": snapshot(self.env), "obs": self._obs.copy(), "episode": list(self._episode),
            "step": self._step,
            "buffer": buffer.contents() if include_buffer else None,
        }

    def restore_checkpoint_state(self, state: dict[str, Any]) -> None:
        """Load a checkpoint_state; the next learn() continues from its step."""
        nets, opts = state["networks"], state["optimizers"]
        self.actor.load_state_dict(nets["actor"])
        self.critic.load_state_dict(nets["critic"])
        self.critic_target.load_state_dict(nets["critic_target"])
        self.log_alpha.data.copy_(nets["log_alpha"])
        self.actor_opt.load_state_dict(opts["actor"])
        self.critic_opt.load_state_dict(opts["critic"])
        self.alpha_opt.load_state_dict(opts["alpha"])
        self._resume = state

    def _resume_loop(self, state: dict[str, Any]) -> int:
        """Put the env, the loop and every random stream back where the checkpoint stood; the
        step to go on from."""
        env, rng = self.env, state["rng"]
        restore(env, state["env"])
        self._obs, self._episode = state["obs"].copy(), list(state["episode"])
        env.action_space.np_random.bit_generator.state = rng["action_space"]
        if state["buffer"] is not None:
            self.buffer.restore_contents(state["buffer"])
            self.buffer.rng.bit_generator.state = rng["buffer"]
        torch.set_rng_state(rng["torch"])
        np.random.set_state(rng["numpy"])
        random.setstate(rng["python"])
        return state["step"] + 1

    def update(self, buffer: ReplayBuffer, step: int, stats: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """One gradient step of the critics; the delayed actor and temperature steps when due.

        Returns the latest losses as tensors (read with .item() only when logged, so the hot loop
        never waits on a host synchronisation).
        """
        cfg = self.config
        obs, actions, rewards, next_obs, terminated = buffer.sample(cfg.batch_size)
        alpha = self.alpha

        with torch.no_grad():
            next_actions, next_log_pi = self.actor.target_sample(next_obs)
            next_q = self.critic_target.min_q(next_obs, next_actions) - alpha * next_log_pi
            target = rewards + cfg.gamma * (1.0 - terminated) * next_q
        q = self.critic(obs, actions)  # (2, B)
        critic_loss = (q - target).pow(2).mean(dim=1).sum()  # MSE of each critic, summed
        self.critic_opt.zero_grad(set_to_none=True)
        critic_loss.backward()
        self.critic_opt.step()
        stats = {**stats, "critic_loss": critic_loss.detach(), "q_mean": q.detach().mean()}

        if step % cfg.policy_frequency == 0:
            self.critic.requires_grad_(False)  # the actor's loss must not build critic weight grads
            for _ in range(cfg.policy_frequency):
                loss, log_pi, extra = self.actor.actor_loss(obs, self.critic.min_q, self.alpha)
                self.actor_opt.zero_grad(set_to_none=True)
                loss.backward()
                self.actor_opt.step()
                if cfg.autotune:
                    alpha_loss = -(self.log_alpha.exp() * (log_pi.detach() + self.target_entropy)).mean()
                    self.alpha_opt.zero_grad(set_to_none=True)
                    alpha_loss.backward()
                    self.alpha_opt.step()
            self.critic.requires_grad_(True)
            stats.update(actor_loss=loss.detach(), alpha=self.alpha, entropy=-log_pi.detach().mean(),
                         **{k: v.detach() for k, v in extra.items()})

        if step % cfg.target_network_frequency == 0:
            with torch.no_grad():
                torch._foreach_lerp_(list(self.critic_target.parameters()),
                                     list(self.critic.parameters()), cfg.tau)
        return stats

    # --- persistence -------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        # Cloned: in a seed batch the weights are views of stacked tensors, whose whole storage
        # torch.save would otherwise write.
        torch.save(_owned({"actor": self.actor.state_dict(), "critic": self.critic.state_dict(),
                           "critic_target": self.critic_target.state_dict(),
                           "log_alpha": self.log_alpha.detach()}), path / "model.pt")
        (path / "agent.json").write_text(json.dumps(
            {"config": _jsonable(dataclasses.asdict(self.config)), "env_info": self.env_info.to_dict()},
            indent=2))

    @classmethod
    def load_with(cls, path: Path, env_info: EnvInfo, config_cls: type,
                  build_actor: ActorBuilder) -> SACAgent:
        """Rebuild a saved agent, given how its family builds its actor."""
        path = Path(path)
        meta = json.loads((path / "agent.json").read_text())
        fields = {f.name for f in dataclasses.fields(config_cls)}
        config = config_cls(**{k: _from_json(v) for k, v in meta["config"].items() if k in fields})
        agent = cls(None, config, build_actor(config, env_info), env_info=env_info)
        state = torch.load(path / "model.pt", weights_only=True)
        agent.actor.load_state_dict(state["actor"])
        agent.critic.load_state_dict(state["critic"])
        agent.critic_target.load_state_dict(state["critic_target"])
        agent.log_alpha.data.copy_(state["log_alpha"])
        return agent


def _owned(tree: Any) -> Any:
    """The tensors of a nested dict, cloned into storage of their own."""
    if isinstance(tree, dict):
        return {k: _owned(v) for k, v in tree.items()}
    return tree.clone() if isinstance(tree, torch.Tensor) else tree


def _jsonable(d: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}


def _from_json(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v
