"""The Stable-Baselines3 agents: ppo, linear-ppo, ars and sb3-sac, and their registry entries."""

from __future__ import annotations

import dataclasses
from typing import Any

import torch
from sb3_contrib import ARS
from stable_baselines3 import PPO, SAC
from stable_baselines3.common.buffers import ReplayBuffer
from stable_baselines3.common.vec_env import VecEnv

from algorithms.base import (
    count_parameters,
)
from algorithms.sac.flops import sac_flops_per_step
from algorithms.sb3.adapter import SB3Agent, global_rng, sb3_spec
from algorithms.sb3.settings import (
    ACTIVATIONS,
    ARS_CHOSEN_HERE,
    ARS_DEFAULTS,
    PPO_DEFAULTS,
    ZOO_ARS,
    ZOO_PPO,
    ARSConfig,
    PPOConfig,
    SB3SACConfig,
    resolve_settings,
)
from envs.suites import task_family


class PPOAgent(SB3Agent):
    """SB3 PPO with VecNormalize (observations and rewards), zoo settings per task."""

    NAME, CONFIG, ALGO = "ppo", PPOConfig, PPO
    POLICY: Any = "MlpPolicy"  # SB3's gaussian MLP policy; pmoe-ppo gives its mixture policy

    @classmethod
    def task_table(cls, task: str) -> dict[str, Any]:
        """The values a config field left at None takes on this task."""
        return {**PPO_DEFAULTS, **ZOO_PPO.get(task_family(task), {}),
                "normalize_obs": True, "normalize_reward": True, "clip_obs": 10.0}

    @classmethod
    def resolve(cls, config: PPOConfig, task: str) -> dict[str, Any]:
        out = resolve_settings(config, cls.task_table(task), cls.NAME)
        if out["activation"] not in ACTIVATIONS:
            raise ValueError(f"{cls.NAME}.activation must be one of {', '.join(ACTIVATIONS)}, "
                             f"not {out['activation']!r}")
        return out

    def policy_kwargs(self) -> dict[str, Any]:
        r = self.resolved
        return dict(log_std_init=r["log_std_init"], ortho_init=r["ortho_init"],
                    activation_fn=ACTIVATIONS[r["activation"]],
                    net_arch=dict(pi=list(r["pi_hidden"]), vf=list(r["vf_hidden"])))

    def build(self, venv: VecEnv, seed: int) -> PPO:
        r = self.resolved
        self._torch_rng_after_rollout: torch.Tensor | None = None  # set at every rollout's end
        return self.ALGO(self.POLICY, venv, n_steps=r["n_steps"], batch_size=r["batch_size"], gamma=r["gamma"],
                         learning_rate=r["learning_rate"], ent_coef=r["ent_coef"], clip_range=r["clip_range"],
                         n_epochs=r["n_epochs"], gae_lambda=r["gae_lambda"], max_grad_norm=r["max_grad_norm"],
                         vf_coef=r["vf_coef"], use_sde=r["use_sde"], sde_sample_freq=r["sde_sample_freq"],
                         policy_kwargs=self.policy_kwargs(), seed=seed, device="cpu", verbose=0)

    def ends_rollout(self, step: int, rollout_episodes: int) -> bool:
        return step % self.model.n_steps == 0  # one env: rollouts span n_steps from step 0

    def on_rollout_end(self) -> None:
        # With gSDE the next rollout's exploration noise is drawn from torch's generator before
        # SB3's rollout start (where checkpoints are taken), and drawn again by the resumed
        # learn(): keep torch's state from before that draw. PPO's update draws nothing from it
        # (its minibatches come from numpy's), so that is its state as of now.
        self._torch_rng_after_rollout = torch.get_rng_state()

    def boundary_rng(self) -> dict[str, Any]:
        return {**global_rng(), "torch": self._torch_rng_after_rollout}

    def parameter_counts(self) -> dict[str, int]:
        """The actor only: its MLP, the action head and the log-std (not the value function);
        the deterministic policy without the log-std."""
        policy = self.model.policy
        deterministic = count_parameters(policy.mlp_extractor.policy_net, policy.action_net)
        n = deterministic + policy.log_std.numel()
        linear = {"leaves": 1} if not list(policy.mlp_extractor.policy_net.parameters()) else {}
        return {"total": n, "active": n, "deterministic": deterministic,
                "deterministic_active": deterministic, **linear}


class LinearPPOAgent(PPOAgent):
    """PPO whose actor is linear (pi_hidden=()) in the normalised observation."""

    NAME = "linear-ppo"


class ARSAgent(SB3Agent):
    """SB3-contrib ARS, linear policy without bias on normalised observations, zoo settings per task."""

    NAME, CONFIG, ALGO = "ars", ARSConfig, ARS

    @classmethod
    def resolve(cls, config: ARSConfig, task: str) -> dict[str, Any]:
        family = task_family(task)
        table = {**ARS_DEFAULTS, **ARS_CHOSEN_HERE.get(family, {}), **ZOO_ARS.get(family, {}),
                 "clip_obs": 10.0}
        out = resolve_settings(config, table, cls.NAME)
        if not 1 <= out["n_top"] <= out["n_delta"]:
            raise ValueError(f"ars.n_top must be between 1 and n_delta ({out['n_delta']}), not {out['n_top']}")
        return out

    def build(self, venv: VecEnv, seed: int) -> ARS:
        r = self.resolved
        self._rng_after_rollout: dict[str, Any] | None = None  # set at every iteration's end
        return ARS("LinearPolicy", venv, n_delta=r["n_delta"], n_top=r["n_top"],
                   learning_rate=r["learning_rate"], delta_std=r["delta_std"],
                   zero_policy=r["zero_policy"], alive_bonus_offset=r["alive_bonus_offset"],
                   seed=seed, device="cpu", verbose=0)

    def ends_rollout(self, step: int, rollout_episodes: int) -> bool:
        """An iteration evaluates every candidate for n_eval_episodes episodes, then updates."""
        return rollout_episodes == self.model.pop_size * self.model.n_eval_episodes

    def on_rollout_end(self) -> None:
        # The update that follows draws nothing, but the next iteration draws its perturbations
        # before SB3's rollout start (where checkpoints are taken): keep the states as of now.
        self._rng_after_rollout = global_rng()

    def boundary_rng(self) -> dict[str, Any]:
        return self._rng_after_rollout

    def parameter_counts(self) -> dict[str, int]:
        return {**super().parameter_counts(), "leaves": 1}  # one linear map

    def algo_state(self, include_buffer: bool) -> dict[str, Any]:
        return {"weights": self.model.weights.clone()}  # ARS's own copy of the policy's vector

    def restore_algo_state(self, state: dict[str, Any]) -> None:
        self.model.weights = state["weights"].clone()


class SB3SACAgent(SB3Agent):
    """SB3 SAC, a reference for the shared learner (see SB3SACConfig for what differs)."""

    NAME, CONFIG, ALGO = "sb3-sac", SB3SACConfig, SAC

    @classmethod
    def resolve(cls, config: SB3SACConfig, task: str) -> dict[str, Any]:
        defaults = {f.name: f.default for f in dataclasses.fields(SB3SACConfig)}
        return resolve_settings(config, defaults, cls.NAME)

    def build(self, venv: VecEnv, seed: int) -> SAC:
        r = self.resolved
        self.learning_starts_used: int | None = None
        return SAC("MlpPolicy", venv, learning_rate=r["learning_rate"], buffer_size=1,
                   learning_starts=r["learning_starts"], batch_size=r["batch_size"], tau=r["tau"],
                   gamma=r["gamma"], train_freq=r["train_freq"], gradient_steps=r["gradient_steps"],
                   ent_coef="auto", target_entropy=-r["target_entropy_scale"] * self.env_info.act_dim,
                   policy_kwargs=dict(net_arch=list(r["hidden_sizes"])), seed=seed, device="cpu",
                   verbose=0)

    def before_learn(self, total_steps: int) -> None:
        """Resolve learning_starts as the shared learner does; size the buffer to the budget."""
        r, model = self.resolved, self.model
        self.learning_starts_used = int(min(r["learning_starts"], r["learning_starts_fraction"] * total_steps))
        model.learning_starts = self.learning_starts_used
        model.buffer_size = max(1, min(r["buffer_size"], total_steps))
        model.replay_buffer = ReplayBuffer(model.buffer_size, model.observation_space, model.action_space,
                                           device="cpu", n_envs=1, handle_timeout_termination=True)

    def ends_rollout(self, step: int, rollout_episodes: int) -> bool:
        return step % self.model.train_freq.frequency == 0

    def algo_state(self, include_buffer: bool) -> dict[str, Any]:
        model = self.model
        return {"log_ent_coef": model.log_ent_coef.detach().clone(),
                "buffer": _buffer_contents(model.replay_buffer) if include_buffer else None}

    def restore_algo_state(self, state: dict[str, Any]) -> None:
        with torch.no_grad():  # in place: the temperature's optimiser holds this tensor
            self.model.log_ent_coef.copy_(state["log_ent_coef"])

    def resume_algo(self, state: dict[str, Any]) -> None:
        model = self.model
        if state["buffer"] is not None:
            _restore_buffer(model.replay_buffer, state["buffer"])
        else:
            # SB3 trains on whatever the buffer holds once past learning_starts: without the saved
            # buffer, warm up again (random actions) until it holds a batch.
            model.learning_starts = max(model.learning_starts, model.num_timesteps + model.batch_size)

    def training_flops_per_step(self) -> float:
        """The shared learner's SAC update counted at SB3's sizes (its critics have the actor's
        widths), times its gradient steps per environment step."""
        r = self.resolved
        per_update = sac_flops_per_step(self.env_info.obs_dim, self.env_info.act_dim, batch=r["batch_size"],
                                        critic=tuple(r["hidden_sizes"])[-1],
                                        actor_flops_per_sample=2.0 * self.parameter_counts()["total"])
        return per_update * r["gradient_steps"] / r["train_freq"]

    def parameter_counts(self) -> dict[str, int]:
        """The actor; its deterministic policy without the log-std head."""
        actor = self.model.actor
        n = count_parameters(actor)
        deterministic = n - count_parameters(actor.log_std)
        return {"total": n, "active": n, "deterministic": deterministic,
                "deterministic_active": deterministic}

    def run_info(self) -> dict[str, Any]:
        return {**super().run_info(), "learning_starts_used": getattr(self, "learning_starts_used", None)}



_BUFFER_ARRAYS = ("observations", "next_observations", "actions", "rewards", "dones", "timeouts")


def _buffer_contents(buffer: ReplayBuffer) -> dict[str, Any]:
    """The filled part of an SB3 replay buffer, copied, with its write position."""
    size = buffer.buffer_size if buffer.full else buffer.pos
    return {"buffer_size": buffer.buffer_size, "pos": buffer.pos, "full": buffer.full,
            **{name: getattr(buffer, name)[:size].copy() for name in _BUFFER_ARRAYS}}


def _restore_buffer(buffer: ReplayBuffer, saved: dict[str, Any]) -> None:
    if saved["buffer_size"] != buffer.buffer_size:
        raise ValueError(f"the checkpoint's replay buffer holds {saved['buffer_size']} transitions, "
                         f"this run's {buffer.buffer_size}")
    for name in _BUFFER_ARRAYS:
        getattr(buffer, name)[:len(saved[name])] = saved[name]
    buffer.pos, buffer.full = saved["pos"], saved["full"]



SPECS = [
    sb3_spec("ppo", "ppo", "SB3 PPO, rl-baselines3-zoo MuJoCo setting with observation and reward "
          "normalisation (frozen at evaluation)", PPOAgent),
    sb3_spec("linear-ppo", "linear", "SB3 PPO whose actor is linear in the normalised observation "
          "(zoo setting otherwise)", LinearPPOAgent, defaults={"pi_hidden": ()}),
    sb3_spec("ars", "linear", "Augmented Random Search (sb3-contrib), linear policy, zoo setting",
          ARSAgent),
    sb3_spec("sb3-sac", "sac", "SB3's SAC with the shared learner's hyper-parameters (a reference "
          "for checking the shared learner)", SB3SACAgent, published_as=("sac",)),
]
