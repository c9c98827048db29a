"""Stable-Baselines3 agents behind the common interface: ppo, linear-ppo, ars and sb3-sac.

Each adapter trains SB3's own implementation on the harness's training env and follows the
harness's protocol:

- seeding: the model's seed is the run seed, the training env is the env the factory receives
  (wrapped in a DummyVecEnv, and a VecNormalize where normalisation is on), and its first reset is
  seeded with the run seed (SB3's `set_random_seed` sets the DummyVecEnv's next reset seed);
- budget: `learn(total_steps, callback)` calls the harness callback after every env step with the
  env step count, with {"episode": {"return", "length", "terminated"}} when a training episode
  ends (raw rewards, before any normalisation), and stops at `total_steps` steps exactly (SB3 would
  finish its rollout / ARS its population) or as soon as the callback returns False. The call for
  a step that ends a rollout (PPO's n_steps, ARS's iteration, SAC's train_freq) comes once SB3 has
  trained on that rollout, so an evaluation made there sees the trained policy;
- checkpoints: `checkpoint_state` / `restore_checkpoint_state` (the runner's resumable runs) at
  any of those rollout boundaries (the callback's info says "checkpoint_ok" there). A checkpoint
  also holds the episode in progress: the env and all its wrappers (envs.state: the simulator,
  the time limit's counter, the env's random generator), what SB3 keeps between steps (its last
  observation) and what the VecEnv layers keep (VecNormalize's running discounted return, which
  the reward normalisation follows; DummyVecEnv's pending reset seed). A fresh agent restored from
  it goes on with that very episode, with every random state as the uninterrupted run had it
  (under gSDE, torch's from before the rollout's exploration noise was drawn: the resumed rollout
  draws the same noise), so the resumed run is the uninterrupted one, mid-episode or not;
- evaluation: `act` normalises the observation with the VecNormalize statistics as they stand
  (`act` never updates them; they are frozen once `learn` returns), then takes the policy's
  deterministic action, clipped to the bounds. The statistics are saved with the model
  (obs_normalization.npz) and used again after `load`;
- parameter counts: the acting policy only (PPO: the actor MLP, the action head and the log-std,
  not the value function; ARS: the linear map; sb3-sac: the actor). Normalisation statistics are
  not counted as parameters.

Per-task hyper-parameters come from rl-baselines3-zoo (hyperparams/ppo.yml and ars.yml, the v4
MuJoCo entries, matched by task family so that they also apply to v5): a config field left at None
takes the zoo's value for the task, or the documented default where the zoo has none. The resolved
values are recorded with the run (`run_info()["resolved"]`). The harness gives one training env, so
where the zoo runs n_envs > 1 (Pendulum, Swimmer) the rollout length is n_envs * n_steps on one env.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import gymnasium as gym
import numpy as np
import torch
from sb3_contrib import ARS
from stable_baselines3 import PPO, SAC
from stable_baselines3.common.base_class import BaseAlgorithm
from stable_baselines3.common.buffers import ReplayBuffer
from stable_baselines3.common.callbacks import BaseCallback
from stable_baselines3.common.logger import Logger
from stable_baselines3.common.vec_env import DummyVecEnv, VecEnv, VecNormalize

from algorithms.base import (
    Agent,
    AgentSpec,
    Callback,
    EnvInfo,
    coerce_value,
    count_parameters,
    saved_files,
)
from envs import state as env_state
from envs.suites import task_family

# --- rl-baselines3-zoo settings, by task family ---------------------------------------------------

# SB3's PPO defaults, which the zoo uses for the MuJoCo tasks it has not tuned (its "mujoco-defaults":
# Ant-v4) and which we use for any task the zoo does not list.
PPO_DEFAULTS: dict[str, Any] = dict(
    n_steps=2048, batch_size=64, gamma=0.99, learning_rate=3e-4, ent_coef=0.0, clip_range=0.2,
    n_epochs=10, gae_lambda=0.95, max_grad_norm=0.5, vf_coef=0.5, log_std_init=0.0, ortho_init=True,
    activation="tanh", pi_hidden=(64, 64), vf_hidden=(64, 64), use_sde=False, sde_sample_freq=-1,
)
_ZOO_PPO_POLICY_256 = dict(log_std_init=-2.0, ortho_init=False, activation="relu",
                           pi_hidden=(256, 256), vf_hidden=(256, 256))
ZOO_PPO: dict[str, dict[str, Any]] = {
    "Ant": {},
    "HalfCheetah": dict(batch_size=64, n_steps=512, gamma=0.98, learning_rate=2.0633e-05,
                        ent_coef=0.000401762, clip_range=0.1, n_epochs=20, gae_lambda=0.92,
                        max_grad_norm=0.8, vf_coef=0.58096, **_ZOO_PPO_POLICY_256),
    "Hopper": dict(batch_size=32, n_steps=512, gamma=0.999, learning_rate=9.80828e-05,
                   ent_coef=0.00229519, clip_range=0.2, n_epochs=5, gae_lambda=0.99,
                   max_grad_norm=0.7, vf_coef=0.835671, **_ZOO_PPO_POLICY_256),
    "Walker2d": dict(batch_size=32, n_steps=512, gamma=0.99, learning_rate=5.05041e-05,
                     ent_coef=0.000585045, clip_range=0.1, n_epochs=20, gae_lambda=0.95,
                     max_grad_norm=1.0, vf_coef=0.871923),
    "Swimmer": dict(gamma=0.9999, n_steps=4 * 1024, batch_size=256, learning_rate=6e-4,
                    gae_lambda=0.98),  # zoo: n_envs 4 x n_steps 1024
    "Reacher": dict(batch_size=32, n_steps=512, gamma=0.9, learning_rate=0.000104019,
                    ent_coef=7.52585e-08, clip_range=0.3, n_epochs=5, gae_lambda=1.0,
                    max_grad_norm=0.9, vf_coef=0.950368),
    "InvertedPendulum": dict(batch_size=64, n_steps=32, gamma=0.999, learning_rate=0.000222425,
                             ent_coef=1.37976e-07, clip_range=0.4, n_epochs=5, gae_lambda=0.9,
                             max_grad_norm=0.3, vf_coef=0.19816),
    "InvertedDoublePendulum": dict(batch_size=512, n_steps=128, gamma=0.98, learning_rate=0.000155454,
                                   ent_coef=1.05057e-06, clip_range=0.4, n_epochs=10, gae_lambda=0.8,
                                   max_grad_norm=0.5, vf_coef=0.695929),
    "Humanoid": dict(batch_size=256, n_steps=512, gamma=0.95, learning_rate=3.56987e-05,
                     ent_coef=0.00238306, clip_range=0.3, n_epochs=5, gae_lambda=0.9, max_grad_norm=2.0,
                     vf_coef=0.431892, **_ZOO_PPO_POLICY_256),
    "Pendulum": dict(n_steps=4 * 1024, gae_lambda=0.95, gamma=0.9, n_epochs=10, ent_coef=0.0,
                     learning_rate=1e-3, clip_range=0.2, use_sde=True, sde_sample_freq=4),
}

# SB3-contrib's ARS defaults, for tasks the zoo does not list (observation normalisation on).
ARS_DEFAULTS: dict[str, Any] = dict(n_delta=8, n_top=8, learning_rate=0.02, delta_std=0.05,
                                    alive_bonus_offset=0.0, zero_policy=True, normalize_obs=True)
ZOO_ARS: dict[str, dict[str, Any]] = {
    "Swimmer": dict(learning_rate=0.02, delta_std=0.01, n_delta=1, n_top=1, alive_bonus_offset=0.0,
                    normalize_obs=False),
    "Hopper": dict(learning_rate=0.01, delta_std=0.025, n_delta=8, n_top=4, alive_bonus_offset=-1.0),
    "HalfCheetah": dict(learning_rate=0.02, delta_std=0.03, n_delta=32, n_top=4, alive_bonus_offset=0.0),
    "Walker2d": dict(learning_rate=0.03, delta_std=0.025, n_delta=40, n_top=30, alive_bonus_offset=-1.0),
    "Ant": dict(learning_rate=0.015, delta_std=0.025, n_delta=60, n_top=20, alive_bonus_offset=-1.0),
    "Humanoid": dict(learning_rate=0.02, delta_std=0.0075, n_delta=256, n_top=256,
                     alive_bonus_offset=-5.0),
    # The zoo's Pendulum entry trains an MLP ([16]); ours keeps the linear policy with its settings.
    "Pendulum": dict(learning_rate=0.018, n_delta=4, n_top=1, delta_std=0.1, zero_policy=False),
}

# Not from the zoo, which has no ARS entry for these: settings chosen here (measured: 15,000 steps
# reach 1000 on 4 of 5 seeds, 736 on the fifth, where SB3's defaults stay below 50 after 20,000).
ARS_CHOSEN_HERE: dict[str, dict[str, Any]] = {
    "InvertedPendulum": dict(n_delta=4, n_top=4, learning_rate=0.05, delta_std=0.2),
}

ACTIVATIONS = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}


# --- configs ---------------------------------------------------------------------------------

@dataclass
class PPOConfig:
    """SB3 PPO, rl-baselines3-zoo MuJoCo setting. None: the zoo's value for the task (see ZOO_PPO)."""

    LIMITS: ClassVar[dict[str, str]] = {  # checked by AgentSpec.make_config (algorithms.base)
        "n_steps": "count", "batch_size": "count", "gamma": "unit", "learning_rate": "positive",
        "ent_coef": "non_negative", "clip_range": "positive", "n_epochs": "count", "gae_lambda": "unit",
        "max_grad_norm": "positive", "vf_coef": "non_negative", "pi_hidden": "widths",
        "vf_hidden": "widths", "clip_obs": "positive",
    }

    n_steps: int | None = None
    """env steps per rollout"""
    batch_size: int | None = None
    """minibatch size"""
    gamma: float | None = None
    """discount factor (also VecNormalize's, as in the zoo)"""
    learning_rate: float | None = None
    """Adam learning rate (constant)"""
    ent_coef: float | None = None
    """entropy bonus coefficient"""
    clip_range: float | None = None
    """PPO clipping parameter"""
    n_epochs: int | None = None
    """epochs over each rollout"""
    gae_lambda: float | None = None
    """GAE lambda"""
    max_grad_norm: float | None = None
    """gradient clipping norm"""
    vf_coef: float | None = None
    """value loss coefficient"""
    log_std_init: float | None = None
    """initial log-std of the gaussian policy"""
    ortho_init: bool | None = None
    """orthogonal initialisation"""
    activation: str | None = None
    """'tanh' or 'relu'"""
    pi_hidden: tuple[int, ...] | None = None
    """hidden widths of the actor (() makes the policy linear in the normalised observation)"""
    vf_hidden: tuple[int, ...] | None = None
    """hidden widths of the value function"""
    use_sde: bool | None = None
    """generalised state-dependent exploration"""
    sde_sample_freq: int | None = None
    """steps between gSDE noise resamples (-1: once per rollout)"""
    normalize_obs: bool = True
    """VecNormalize observations (statistics saved with the model and used at evaluation)"""
    normalize_reward: bool = True
    """VecNormalize rewards (training only; evaluation returns are raw)"""
    clip_obs: float = 10.0
    """normalised observations are clipped to [-clip_obs, clip_obs]"""

    def __post_init__(self) -> None:  # what can be checked before the task is known
        if self.activation is not None and self.activation not in ACTIVATIONS:
            raise ValueError(f"ppo.activation must be one of {', '.join(ACTIVATIONS)}, "
                             f"not {self.activation!r}")


@dataclass
class ARSConfig:
    """SB3-contrib ARS with a linear policy (no bias). None: the zoo's value for the task (ZOO_ARS)."""

    LIMITS: ClassVar[dict[str, str]] = {"n_delta": "count", "n_top": "count", "learning_rate": "positive",
                                        "delta_std": "positive", "clip_obs": "positive"}

    n_delta: int | None = None
    """random directions per update (2 * n_delta episodes)"""
    n_top: int | None = None
    """best directions used in the update"""
    learning_rate: float | None = None
    """step size"""
    delta_std: float | None = None
    """exploration noise of the perturbations"""
    alive_bonus_offset: float | None = None
    """added to every reward during training, to cancel the alive bonus"""
    zero_policy: bool | None = None
    """start from the zero policy"""
    normalize_obs: bool | None = None
    """normalise observations with running statistics (saved with the model)"""
    clip_obs: float = 10.0
    """normalised observations are clipped to [-clip_obs, clip_obs]"""

    def __post_init__(self) -> None:
        if self.n_top is not None and self.n_delta is not None and not 1 <= self.n_top <= self.n_delta:
            raise ValueError(f"ars.n_top must be between 1 and n_delta ({self.n_delta}), not {self.n_top}")


@dataclass
class SB3SACConfig:
    """SB3's SAC with the shared learner's hyper-parameters, where SB3 lets them be set.

    What differs from the shared learner (algorithms/sac/learner.py), and cannot be set in SB3:
    one learning rate (3e-4) for actor, critics and temperature (the shared learner: actor 3e-4,
    critic 1e-3, temperature 1e-3); the actor and temperature are updated every step (the shared
    learner: twice every second step); the log-std is clipped to [-20, 2] (the shared learner maps
    it by tanh into [-5, 2]).
    """

    LIMITS: ClassVar[dict[str, str]] = {
        "learning_rate": "positive", "buffer_size": "count", "batch_size": "count", "gamma": "unit",
        "tau": "unit", "learning_starts": "non_negative", "learning_starts_fraction": "unit",
        "hidden_sizes": "widths", "train_freq": "count", "gradient_steps": "count",
    }

    learning_rate: float = 3e-4
    """Adam learning rate of actor, critics and temperature"""
    buffer_size: int = 1_000_000
    """replay buffer capacity (transitions); capped at the run's budget"""
    batch_size: int = 256
    """transitions per gradient step"""
    gamma: float = 0.99
    """discount factor"""
    tau: float = 0.005
    """target network soft-update coefficient"""
    learning_starts: int = 10_000
    """uniform random steps before learning..."""
    learning_starts_fraction: float = 0.1
    """...but at most this fraction of the budget (as the shared learner resolves it)"""
    hidden_sizes: tuple[int, ...] = (256, 256)
    """hidden widths of the actor and of each critic"""
    target_entropy_scale: float = 1.0
    """target entropy = -target_entropy_scale * |A|"""
    train_freq: int = 1
    """env steps between gradient phases"""
    gradient_steps: int = 1
    """gradient steps per phase"""


def _resolve(config: Any, table: dict[str, Any], name: str) -> dict[str, Any]:
    """The config's values with None replaced by `table`'s, types checked and coerced."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(config):
        value = getattr(config, f.name)
        if value is None:
            value = table[f.name]
        out[f.name] = coerce_value(name, f.name, value, table.get(f.name, f.default))
    return out


# --- the harness callback, seen from SB3 -------------------------------------------------------

class _EpisodeRecorder(gym.Wrapper):
    """Sums raw rewards; `finished` holds the last episode's {"return", "length", "terminated"}."""

    def __init__(self, env: gym.Env):
        super().__init__(env)
        self.episode_return, self.episode_length = 0.0, 0
        self.finished: dict[str, Any] | None = None

    def reset(self, **kwargs):
        self.episode_return, self.episode_length = 0.0, 0
        return self.env.reset(**kwargs)

    def step(self, action):
        obs, reward, terminated, truncated, info = self.env.step(action)
        self.episode_return += float(reward)
        self.episode_length += 1
        if terminated or truncated:
            self.finished = {"return": self.episode_return, "length": self.episode_length,
                             "terminated": bool(terminated)}
        return obs, reward, terminated, truncated, info


class _StopTraining(Exception):
    """Raised to stop ARS, whose evaluation loop ignores a callback's False (and to stop any
    algorithm from a rollout start, whose return value SB3 ignores)."""


class _HarnessCallback(BaseCallback):
    """The harness callback, once per env step, seen from SB3.

    The call for a step that ends a rollout (PPO's rollout, ARS's iteration, SAC's train_freq
    steps) is held back until SB3 has stored and trained on that rollout, i.e. to the start of
    the next one: there the agent's state is whole, and the call's info says that a checkpoint
    may be taken ("checkpoint_ok"). Every other call says it may not. The last step of the
    budget is never held back (training stops there, as before).
    """

    def __init__(self, agent: SB3Agent, total_steps: int, callback: Callback | None, raise_to_stop: bool):
        super().__init__()
        self.agent, self.total_steps, self.callback = agent, total_steps, callback
        self.raise_to_stop = raise_to_stop
        self.pending: tuple[int, dict[str, Any]] | None = None
        self.rollout_episodes = 0

    def _call(self, step: int, info: dict[str, Any]) -> bool:
        return self.callback is None or self.callback(step, info) is not False

    def _on_step(self) -> bool:
        step, info = self.num_timesteps, {}
        recorder = self.agent.recorder
        if recorder.finished is not None:
            info["episode"], recorder.finished = recorder.finished, None
            self.rollout_episodes += 1
        if step < self.total_steps and self.agent.ends_rollout(step, self.rollout_episodes):
            self.pending = (step, info)
            return True
        info["checkpoint_ok"] = False
        keep_going = self._call(step, info) and step < self.total_steps
        if not keep_going and self.raise_to_stop:
            raise _StopTraining
        return keep_going

    def _flush(self) -> bool:
        if self.pending is None:
            return True
        (step, info), self.pending = self.pending, None
        info["checkpoint_ok"] = True
        losses = self.agent.training_losses()
        if losses:
            info["losses"] = losses
        return self._call(step, info)

    def _on_rollout_start(self) -> None:
        self.rollout_episodes = 0
        if not self._flush():
            raise _StopTraining

    def _on_rollout_end(self) -> None:
        self.agent.on_rollout_end()

    def _on_training_end(self) -> None:
        self._flush()


def _attributes(holder: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: copy.deepcopy(getattr(holder, name)) for name in names}


def _global_rng() -> dict[str, Any]:
    return {"torch": torch.get_rng_state(), "numpy": np.random.get_state(), "python": random.getstate()}


def _set_global_rng(rng: dict[str, Any]) -> None:
    torch.set_rng_state(rng["torch"])
    np.random.set_state(rng["numpy"])
    random.setstate(rng["python"])


# --- the adapters ----------------------------------------------------------------------------

class SB3Agent(Agent):
    """The common part of the SB3 adapters. Subclasses set NAME, CONFIG, ALGO and build the model."""

    NAME = ""
    CONFIG: type = object
    ALGO: type[BaseAlgorithm] = BaseAlgorithm
    STATS_FILE = "obs_normalization.npz"
    can_checkpoint = True  # at rollout boundaries: see checkpoint_state

    def __init__(self, env: gym.Env | None, config: Any, seed: int = 0,
                 env_info: EnvInfo | None = None):
        self.config, self.seed = config, seed
        task = env.spec.id if env is not None and env.spec is not None else ""
        self.env_info = env_info or EnvInfo.from_env(env, task=task)
        self.resolved = self.resolve(config, self.env_info.task)
        self.vec_normalize: VecNormalize | None = None
        self.obs_stats: dict[str, np.ndarray] | None = None  # used when loaded (no VecNormalize)
        self.model: BaseAlgorithm | None = None
        self.recorder: _EpisodeRecorder | None = None
        self._resume: dict[str, Any] | None = None
        if env is None:
            return
        self.recorder = _EpisodeRecorder(env)
        venv: VecEnv = DummyVecEnv([lambda: self.recorder])
        if self.normalize_obs or self.normalize_reward:
            venv = self.vec_normalize = VecNormalize(
                venv, norm_obs=self.normalize_obs, norm_reward=self.normalize_reward,
                clip_obs=self.resolved["clip_obs"], gamma=self.resolved.get("gamma", 0.99))
        self.model = self.build(venv, seed)  # seeds SB3 and the first reset with the run seed
        # SB3's own logger would make an empty folder in the temp dir at every learn(); its values
        # are not read (the harness logs through its callback), so it writes nowhere.
        self.model.set_logger(Logger(folder=None, output_formats=[]))

    # --- what a subclass defines ---------------------------------------------------------------
    @classmethod
    def resolve(cls, config: Any, task: str) -> dict[str, Any]:
        """The hyper-parameters in use for this task."""
        return {f.name: getattr(config, f.name) for f in dataclasses.fields(config)}

    def build(self, venv: VecEnv, seed: int) -> BaseAlgorithm:
        raise NotImplementedError

    @property
    def normalize_obs(self) -> bool:
        return bool(self.resolved.get("normalize_obs", False))

    @property
    def normalize_reward(self) -> bool:
        return bool(self.resolved.get("normalize_reward", False))

    def parameter_counts(self) -> dict[str, int]:
        n = count_parameters(self.model.policy)
        return {"total": n, "active": n}

    # --- the Agent protocol ----------------------------------------------------------------------
    def learn(self, total_steps: int, callback: Callback | None = None) -> None:
        """Train for total_steps env steps; after restore_checkpoint_state, continue from there."""
        if self.recorder is None:
            raise RuntimeError("this agent was loaded without an environment; it can only act")
        self.before_learn(total_steps)
        resume, self._resume = self._resume, None
        if resume is not None:
            self._continue_from(resume)
        raise_to_stop = isinstance(self.model, ARS)
        sb3_callback = _HarnessCallback(self, total_steps, callback, raise_to_stop)
        if self.vec_normalize is not None:
            self.vec_normalize.training = True
        try:
            # Resumed, SB3 adds num_timesteps to what it is given: the run still ends at total_steps.
            self.model.learn(total_steps - self.model.num_timesteps, callback=sb3_callback,
                             reset_num_timesteps=resume is None)
        except _StopTraining:
            pass
        finally:
            if self.vec_normalize is not None:
                self.vec_normalize.training = False  # frozen from here on

    def before_learn(self, total_steps: int) -> None:
        pass

    # --- where a rollout ends and a checkpoint may be taken (per algorithm) ---------------------
    def ends_rollout(self, step: int, rollout_episodes: int) -> bool:
        """Whether SB3 trains once this step is stored (before its next rollout)."""
        return False

    def on_rollout_end(self) -> None:
        pass

    def boundary_rng(self) -> dict[str, Any]:
        """The global random states as the next rollout will find them."""
        return _global_rng()

    def training_losses(self) -> dict[str, float]:
        """Losses of the update that just ended, for the run's scalars (none by default)."""
        return {}

    def normalize(self, obs: np.ndarray) -> np.ndarray:
        """obs (..., n_s) normalised with the current statistics (never updates them)."""
        if self.vec_normalize is not None:
            if not self.normalize_obs:
                return obs
            rms = self.vec_normalize.obs_rms
            mean, var, eps = rms.mean, rms.var, self.vec_normalize.epsilon
        elif self.obs_stats is not None:
            mean, var, eps = self.obs_stats["mean"], self.obs_stats["var"], float(self.obs_stats["epsilon"])
        else:
            return obs
        clip = self.resolved["clip_obs"]
        return np.clip((obs - mean) / np.sqrt(var + eps), -clip, clip).astype(np.float32)

    def act(self, obs: np.ndarray, deterministic: bool = True) -> np.ndarray:
        obs = np.asarray(obs, dtype=np.float32)
        action, _ = self.model.policy.predict(self.normalize(obs), deterministic=deterministic)
        return np.asarray(action, dtype=np.float32)  # clipped (or squashed) into the bounds by SB3

    def run_info(self) -> dict[str, Any]:
        return {"resolved": {k: list(v) if isinstance(v, tuple) else v for k, v in self.resolved.items()},
                "obs_normalization": "frozen running statistics" if self.normalize_obs else "none"}

    # --- checkpoints -------------------------------------------------------------------------
    def checkpoint_state(self, include_buffer: bool = True) -> dict[str, Any]:
        """Everything needed to continue training (owned copies: training may go on after).

        Valid where the harness callback's info says "checkpoint_ok": at the start of a rollout,
        after SB3 trained on the last one. The episode in progress is saved with it (the env, SB3's
        last observation, the VecEnv layers' state), so the resumed run goes on with that episode.
        """
        model = self.model
        return {
            "step": model.num_timesteps,
            "params": copy.deepcopy(model.get_parameters()),  # the policy and its optimisers
            "counters": {"n_updates": model._n_updates, "episode_num": model._episode_num},
            "vec_normalize": self._normalizer_state(),
            "in_progress": {
                "env": env_state.snapshot(self.recorder),
                **{part: _attributes(holder, names) for part, holder, names in self._episode_holders()},
            },
            "rng": {**self.boundary_rng(),
                    "action_space": copy.deepcopy(model.action_space.np_random.bit_generator.state)},
            "algo": self.algo_state(include_buffer),
        }

    def restore_checkpoint_state(self, state: dict[str, Any]) -> None:
        """Load a checkpoint_state (the agent acts with it at once); the next learn() continues
        from its step."""
        self.model.set_parameters(state["params"], exact_match=True, device="cpu")
        if state["vec_normalize"] is not None:
            for name in ("obs_rms", "ret_rms"):
                rms, saved = getattr(self.vec_normalize, name), state["vec_normalize"][name]
                rms.mean, rms.var, rms.count = saved["mean"].copy(), saved["var"].copy(), saved["count"]
        self.restore_algo_state(state["algo"])
        self._resume = state

    def algo_state(self, include_buffer: bool) -> dict[str, Any]:
        """What one algorithm adds to checkpoint_state."""
        return {}

    def restore_algo_state(self, state: dict[str, Any]) -> None:
        pass

    def resume_algo(self, state: dict[str, Any]) -> None:
        """What one algorithm restores once learn() has set training up (e.g. the replay buffer)."""

    def _normalizer_state(self) -> dict[str, Any] | None:
        if self.vec_normalize is None:
            return None
        return {name: {"mean": rms.mean.copy(), "var": rms.var.copy(), "count": float(rms.count)}
                for name, rms in (("obs_rms", self.vec_normalize.obs_rms),
                                  ("ret_rms", self.vec_normalize.ret_rms))}

    def _episode_holders(self) -> list[tuple[str, Any, tuple[str, ...]]]:
        """Who holds what the next steps depend on, besides the env and the statistics:
        SB3 (the observation it acts on next, whether it starts an episode, and the raw
        observation it stores with VecNormalize), DummyVecEnv (the seed and options of its next
        reset(): the run seed until the first reset takes it; ARS calls reset() before every
        candidate) and VecNormalize (the discounted return that its reward statistics follow).
        Their other attributes are written by every step before they are read."""
        holders = [("model", self.model, ("_last_obs", "_last_episode_starts", "_last_original_obs")),
                   ("vec_env", self.model.get_env().unwrapped, ("_seeds", "_options"))]
        if self.vec_normalize is not None:
            holders.append(("vec_normalize", self.vec_normalize, ("returns",)))
        return holders

    def _continue_from(self, state: dict[str, Any]) -> None:
        """Put the env back into the checkpoint's episode and set SB3's counters and random states,
        so that model.learn(..., reset_num_timesteps=False) goes on from the checkpoint (SB3 does
        not reset the env: it has its last observation)."""
        model, rng, in_progress = self.model, state["rng"], state["in_progress"]
        env_state.restore(self.recorder, in_progress["env"])
        for part, holder, _ in self._episode_holders():
            for name, value in in_progress[part].items():
                setattr(holder, name, copy.deepcopy(value))
        model.action_space.np_random.bit_generator.state = rng["action_space"]
        model.num_timesteps = state["step"]
        model._n_updates, model._episode_num = state["counters"]["n_updates"], state["counters"]["episode_num"]
        self.resume_algo(state["algo"])
        _set_global_rng(rng)  # last: nothing above may draw from them

    # --- persistence -------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.save(path / "model.zip")
        if self.normalize_obs:
            if self.vec_normalize is not None:
                rms, eps = self.vec_normalize.obs_rms, self.vec_normalize.epsilon
                stats = {"mean": rms.mean, "var": rms.var, "count": np.asarray(rms.count),
                         "epsilon": np.asarray(eps)}
            else:
                stats = self.obs_stats
            np.savez(path / self.STATS_FILE, **stats)
        (path / "agent.json").write_text(json.dumps(
            {"algo": self.NAME, "seed": self.seed, "env_info": self.env_info.to_dict(),
             "config": {k: list(v) if isinstance(v, tuple) else v
                        for k, v in dataclasses.asdict(self.config).items()},
             "resolved": self.run_info()["resolved"]}, indent=2))

    @staticmethod
    def acting_files(path: Path) -> dict[str, bytes]:
        """save()'s files with the optimisers' moments emptied: SB3's loader asks for an
        optimiser state, and a fresh one's is enough to act, evaluate and interpret."""
        files = saved_files(path)
        files["model.zip"] = _without_optimizer_moments(files["model.zip"])
        return files

    @classmethod
    def load(cls, path: Path, env_info: EnvInfo) -> SB3Agent:
        path = Path(path)
        meta = json.loads((path / "agent.json").read_text())
        config = cls.CONFIG(**{k: tuple(v) if isinstance(v, list) else v for k, v in meta["config"].items()})
        # The saved task picks the per-task settings the model was trained with.
        task = meta["env_info"].get("task") or env_info.task
        agent = cls(None, config, seed=meta.get("seed", 0),
                    env_info=EnvInfo.from_dict({**env_info.to_dict(), "task": task}))
        agent.model = cls.ALGO.load(path / "model.zip", device="cpu")
        if agent.normalize_obs:
            with np.load(path / cls.STATS_FILE) as f:
                agent.obs_stats = {k: f[k] for k in f.files}
        return agent


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
        out = _resolve(config, cls.task_table(task), cls.NAME)
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
        return {**_global_rng(), "torch": self._torch_rng_after_rollout}

    def parameter_counts(self) -> dict[str, int]:
        """The actor only: its MLP, the action head and the log-std (not the value function)."""
        policy = self.model.policy
        n = count_parameters(policy.mlp_extractor.policy_net, policy.action_net) + policy.log_std.numel()
        return {"total": n, "active": n}


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
        out = _resolve(config, table, cls.NAME)
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
        self._rng_after_rollout = _global_rng()

    def boundary_rng(self) -> dict[str, Any]:
        return self._rng_after_rollout

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
        return _resolve(config, defaults, cls.NAME)

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

    def parameter_counts(self) -> dict[str, int]:
        n = count_parameters(self.model.actor)
        return {"total": n, "active": n}

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


def _without_optimizer_moments(model_zip: bytes) -> bytes:
    """An SB3 model file whose optimisers (`*optimizer.pth`) keep their settings, not their state."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(model_zip)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("optimizer.pth"):
                saved = torch.load(io.BytesIO(data), weights_only=True, map_location="cpu")
                fresh = io.BytesIO()
                torch.save({"state": {}, "param_groups": saved["param_groups"]}, fresh)
                data = fresh.getvalue()
            dst.writestr(info, data)
    return out.getvalue()


def sb3_spec(name: str, family: str, description: str, cls: type[SB3Agent],
          defaults: dict[str, Any] | None = None) -> AgentSpec:
    def factory(env: gym.Env, config: Any, seed: int) -> SB3Agent:
        return cls(env, config, seed)

    return AgentSpec(name=name, family=family, description=description, config_cls=cls.CONFIG,
                     factory=factory, loader=cls.load, defaults=defaults or {},
                     acting_files=cls.acting_files)


SPECS = [
    sb3_spec("ppo", "ppo", "SB3 PPO, rl-baselines3-zoo MuJoCo setting with observation and reward "
          "normalisation (frozen at evaluation)", PPOAgent),
    sb3_spec("linear-ppo", "linear", "SB3 PPO whose actor is linear in the normalised observation "
          "(zoo setting otherwise)", LinearPPOAgent, defaults={"pi_hidden": ()}),
    sb3_spec("ars", "linear", "Augmented Random Search (sb3-contrib), linear policy, zoo setting",
          ARSAgent),
    sb3_spec("sb3-sac", "sac", "SB3's SAC with the shared learner's hyper-parameters (a reference "
          "for checking the shared learner)", SB3SACAgent),
]
