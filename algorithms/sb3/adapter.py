"""The adapter that puts a Stable-Baselines3 agent behind the common interface (SB3Agent).

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
"""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import random
import zipfile
from pathlib import Path
from typing import Any

import gymnasium as gym
import numpy as np
import torch
from sb3_contrib import ARS
from stable_baselines3.common.base_class import BaseAlgorithm
from stable_baselines3.common.callbacks import BaseCallback
from stable_baselines3.common.logger import Logger
from stable_baselines3.common.vec_env import DummyVecEnv, VecEnv, VecNormalize

from algorithms.base import (
    Agent,
    AgentSpec,
    Analysis,
    Callback,
    EnvInfo,
    count_parameters,
    saved_files,
)
from envs import state as env_state

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


def global_rng() -> dict[str, Any]:
    return {"torch": torch.get_rng_state(), "numpy": np.random.get_state(), "python": random.getstate()}


def set_global_rng(rng: dict[str, Any]) -> None:
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
        """Every parameter of the policy acts, sampled or deterministic."""
        n = count_parameters(self.model.policy)
        return {"total": n, "active": n, "deterministic": n, "deterministic_active": n}

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
        return global_rng()

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
        set_global_rng(rng)  # last: nothing above may draw from them

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
             defaults: dict[str, Any] | None = None, published_as: tuple[str, ...] = (),
             analysis: Analysis | None = None) -> AgentSpec:
    def factory(env: gym.Env, config: Any, seed: int) -> SB3Agent:
        return cls(env, config, seed)

    return AgentSpec(name=name, family=family, description=description, config_cls=cls.CONFIG,
                     factory=factory, loader=cls.load, defaults=defaults or {},
                     acting_files=cls.acting_files, published_as=published_as, analysis=analysis)


