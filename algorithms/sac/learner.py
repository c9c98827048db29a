"""The one Soft Actor-Critic loop every SAC-family agent shares; only the actor differs.

`SACAgent` is one seed's agent (its actor, critics, temperature, env and random streams): it
acts, saves and loads. `SACLearner` trains the agents of S seeds of one agent and one task in
lockstep, with the update of algorithms/sac/update.py applied to all of them at once; a solo
run is a learner of one seed (`SACAgent.learn`), so there is one loop, one update and one
checkpoint format.

Hyper-parameters are those of the SMoSE authors' code (CleanRL's SAC): twin 256-256 critics
updated every step, the actor (and the temperature) updated `policy_frequency` times every
`policy_frequency`-th step, soft target updates every step, uniform random actions for the first
`learning_starts` steps.

Seed k's run draws from seed k's own streams only, so it is the same run alone, in a batch
with any other seeds, and after a resume: its env (reset with seed k, then its own generator),
its action space (warm-up actions), its replay buffer's sampling generator (NumPy, seed k), and
one torch generator for every other draw (exploration, the critic target, the actor loss,
SMoSE's router noise, PMOE's primitive choice), seeded from k. Initial weights are drawn from
torch's generator seeded with k, without touching the caller's global random state.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import gymnasium as gym
import numpy as np
import torch

from algorithms.base import Agent, AgentConfig, Callback, EnvInfo, SeedCallback
from algorithms.sac.actors import Noise, SACActor
from algorithms.sac.buffer import ReplayBuffer
from algorithms.sac.flops import sac_flops_per_step
from algorithms.sac.networks import TwinQ
from algorithms.sac.update import SACUpdate, stack_as_views
from envs.state import restore, snapshot

ActorBuilder = Callable[[Any, EnvInfo], SACActor]  # (config, env_info) -> actor


@dataclass
class SACConfig(AgentConfig):
    """Hyper-parameters of the shared SAC learner (every SAC-family config extends this)."""

    LIMITS: ClassVar[dict[str, str]] = {  # checked by AgentSpec.make_config (algorithms.base)
        "buffer_size": "count", "batch_size": "count", "gamma": "unit", "tau": "unit",
        "policy_lr": "positive", "q_lr": "positive", "alpha_lr": "positive", "alpha": "non_negative",
        "learning_starts": "non_negative", "learning_starts_fraction": "unit",
        "policy_frequency": "count", "target_network_frequency": "count", "critic_hidden": "widths",
        "log_interval": "count",
    }

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
    compile_update: bool = False
    """compile the update: the critic step and the actor step each as one graph (loss,
    gradient and Adam's step), and the exploring action; faster once compiled (see
    docs/speed.md), after 10-80 s of compiling, with other rounding than the eager update;
    set for every SAC-family agent by `run --compile` (by default from 50,000 steps)"""
    device: str = "cpu"
    """where the networks, replay buffer and noise live: 'cpu' or 'cuda' (the env stays on the CPU);
    set for every SAC-family agent by `run --device`"""

    def __post_init__(self) -> None:
        resolve_device(self.device)  # a device this machine lacks fails here, before any run

NOISE_STREAM = 0x5AC  # mixed with the run seed into the seed of its torch noise generator
EVAL_STREAM = 0xE7A1  # ... and into that of its evaluation's own draws (an actor's eval_generator)


def seed_stream(seed: int, stream: int) -> int:
    """A 64-bit seed for one of seed k's streams, apart from its others."""
    return int(np.random.SeedSequence([seed, stream]).generate_state(1, dtype=np.uint64)[0])


def noise_generator(seed: int, device: torch.device) -> torch.Generator:
    """Seed k's generator for every torch draw of its training (a stream apart from the weights')."""
    state = np.random.SeedSequence([seed, NOISE_STREAM]).generate_state(1, dtype=np.uint64)[0]
    return torch.Generator(device=device).manual_seed(int(state))


@contextmanager
def denormals_flushed() -> Iterator[None]:
    """CPU float operations on this thread read and write denormal numbers (below 1.2e-38 in
    float32) as zero, then the previous mode is restored.

    Training makes denormals: the Adam moments of a unit whose gradient has become zero (a dead
    ReLU) decay geometrically through their range, and the CPU takes a slow microcode path for
    every operation on one. Measured on one thread (Hopper-v5, sac-l, two learners from the same
    state, alternated every 25 updates): the same after 500 updates, then 1.19-1.23x faster from
    500 to 3,000. Values this small do not matter to what is learned, and the mode is the same
    in every run, so a run is still a function of its spec alone.
    """
    was_on = bool(torch.tensor(1e-40, dtype=torch.float32) * 1.0 == 0)  # flushed to 0 if on
    torch.set_flush_denormal(True)
    try:
        yield
    finally:
        torch.set_flush_denormal(was_on)


def resolve_device(device: str) -> torch.device:
    """torch.device of 'cpu', 'cuda', 'cuda:N'; a clear error where CUDA is not available."""
    try:
        resolved = torch.device(device)
    except RuntimeError:
        raise ValueError(f"device must be 'cpu' or 'cuda' (or 'cuda:N'), not {device!r}") from None
    if resolved.type not in ("cpu", "cuda"):
        raise ValueError(f"device must be 'cpu' or 'cuda' (or 'cuda:N'), not {device!r}")
    if resolved.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"device {device!r}: this machine has no CUDA device that torch can use")
    return resolved


class SACAgent(Agent):
    """One seed's SAC agent: the shared learner's critics and temperature, and a pluggable actor."""

    def __init__(self, env: gym.Env | None, config: SACConfig, actor: SACActor, seed: int = 0,
                 env_info: EnvInfo | None = None):
        """The critics' initial weights come from torch's global generator: `build` seeds it with
        `seed` (and puts it back as it was) for the actor and the critics alike."""
        self.env = env
        self.config = config
        self.seed = seed
        self.env_info = env_info or EnvInfo.from_env(env)
        if config.batch_size > config.buffer_size:  # checked with all the overrides together
            raise ValueError(f"batch_size ({config.batch_size}) must not exceed buffer_size "
                             f"({config.buffer_size}): the buffer would never hold a batch")
        self.device = resolve_device(config.device)
        critic = TwinQ(self.env_info.obs_dim, self.env_info.act_dim, tuple(config.critic_hidden))
        self.actor = actor.to(self.device)
        self.critic = critic.to(self.device)
        self.critic_target = copy.deepcopy(self.critic).requires_grad_(False)
        self.log_alpha = torch.zeros(1, device=self.device, requires_grad=True)
        self.target_entropy = -config.target_entropy_scale * self.env_info.act_dim
        self.generator = noise_generator(seed, self.device)
        if self.actor.eval_generator is not None:  # the evaluation's draws: a stream of the seed's own
            self.actor.eval_generator.manual_seed(seed_stream(seed, EVAL_STREAM))
        self.learning_starts_used: int | None = None

    @classmethod
    def build(cls, env: gym.Env, config: SACConfig, build_actor: ActorBuilder, seed: int = 0) -> SACAgent:
        """The agent of seed `seed`: its actor's and critics' initial weights drawn, on the CPU,
        from torch's generator seeded with it; the caller's global random state is left as it was."""
        env_info = EnvInfo.from_env(env)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            return cls(env, config, build_actor(config, env_info), seed=seed, env_info=env_info)

    # --- acting ------------------------------------------------------------------------------
    def act(self, obs: np.ndarray, deterministic: bool = True) -> np.ndarray:
        """One action in env units; stochastic actions draw from this seed's generator."""
        with torch.inference_mode():
            x = torch.as_tensor(obs, dtype=torch.float32, device=self.device).unsqueeze(0)
            if deterministic:
                a = self.actor.deterministic(x)
            else:
                a = self.actor.explore(x, self.actor.noise("explore", 1, self.generator))
        return a[0].cpu().numpy()

    def evaluation_modes(self) -> dict[str, Callable[[np.ndarray], np.ndarray]]:
        def acting(mode: Callable[[torch.Tensor], torch.Tensor]) -> Callable[[np.ndarray], np.ndarray]:
            def act(obs: np.ndarray) -> np.ndarray:
                with torch.inference_mode():
                    x = torch.as_tensor(obs, dtype=torch.float32, device=self.device).unsqueeze(0)
                    return mode(x)[0].cpu().numpy()
            return act
        return {name: acting(mode) for name, mode in self.actor.evaluation_modes().items()}

    def q_values(self, obs: np.ndarray, actions: np.ndarray) -> np.ndarray:
        """min(Q1, Q2) of the critics for states (N, n_s) and actions (N, n_a): (N,). The
        distillation weighs states by it (algorithms.interpret.distill, VIPER)."""
        with torch.inference_mode():
            q = self.critic.min_q(torch.as_tensor(obs, dtype=torch.float32, device=self.device),
                                  torch.as_tensor(actions, dtype=torch.float32, device=self.device))
        return q.cpu().numpy().astype(float)

    def parameter_counts(self) -> dict[str, int]:
        return self.actor.parameter_counts()

    def training_flops_per_step(self) -> float:
        """sac_flops_per_step with this agent's sizes. 2 FLOPs per actor weight per state: exact for
        dense layers, an upper bound for SMoSE (one expert's output is used, all are computed) and
        PMOE (all K heads are computed)."""
        return sac_flops_per_step(self.env_info.obs_dim, self.env_info.act_dim, batch=self.config.batch_size,
                                  critic=tuple(self.config.critic_hidden)[-1],
                                  actor_flops_per_sample=2.0 * self.parameter_counts()["total"],
                                  critic_evaluations=self.actor.critic_evaluations)

    def run_info(self) -> dict[str, Any]:
        """Settings resolved at training time and the actor's own statistics, recorded with the run."""
        return {"learning_starts_used": self.learning_starts_used, **self.actor.run_info()}

    def reset_eval_stats(self) -> None:
        """Forwarded to the actor (SMoSE counts expert usage over the final evaluation)."""
        self.actor.reset_eval_stats()

    def policy_source(self, task: str, features: list[str], actuators: list[str],
                      title: str) -> str | None:
        """The actor's own source, where it writes one (SMoSE's router and experts, linear-sac)."""
        return self.actor.python_source(task, features, actuators, title)

    # --- learning ----------------------------------------------------------------------------
    def learn(self, total_steps: int, callback: Callback | None = None) -> None:
        """Train for total_steps env steps: a learner of this one seed. Raises FloatingPointError
        where the losses became non-finite (a learner of several seeds stops that seed alone)."""
        learner = SACLearner([self])
        learner.learn(total_steps, None if callback is None else lambda i, step, info: callback(step, info))
        if learner.failures:
            raise FloatingPointError(learner.failures[0])

    # --- persistence -------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        # Cloned to the CPU: in a learner the weights are views of stacked tensors, whose whole
        # storage torch.save would otherwise write.
        # The evaluation's own generator is saved with the actor: a loaded agent draws what this
        # one would draw next (PMOE's evaluation primitive).
        generator = {} if self.actor.eval_generator is None else {"eval_generator": self.actor.eval_generator.get_state()}
        torch.save(_owned({"actor": self.actor.state_dict(), "critic": self.critic.state_dict(),
                           "critic_target": self.critic_target.state_dict(),
                           "log_alpha": self.log_alpha.detach(), **generator}), path / "model.pt")
        (path / "agent.json").write_text(json.dumps(
            {"config": dataclasses.asdict(self.config), "env_info": self.env_info.to_dict()},
            indent=2))

    @classmethod
    def load_with(cls, path: Path, env_info: EnvInfo, config_cls: type,
                  build_actor: ActorBuilder, device: str = "cpu") -> SACAgent:
        """Rebuild a saved agent, given how its family builds its actor (on `device`, whichever
        device it trained on)."""
        path = Path(path)
        meta = json.loads((path / "agent.json").read_text())
        fields = {f.name for f in dataclasses.fields(config_cls)}
        values = {k: _from_json(v) for k, v in meta["config"].items() if k in fields}
        config = config_cls(**{**values, "device": device})
        with torch.random.fork_rng(devices=[]):  # initial weights, overwritten below
            agent = cls(None, config, build_actor(config, env_info), env_info=env_info)
        state = torch.load(path / "model.pt", weights_only=True, map_location=agent.device)
        agent.actor.load_state_dict(state["actor"])
        if "critic" in state:  # acting_files() leaves the critics out: such an agent acts only
            agent.critic.load_state_dict(state["critic"])
            agent.critic_target.load_state_dict(state["critic_target"])
        agent.log_alpha.data.copy_(state["log_alpha"])
        if "eval_generator" in state:
            agent.actor.eval_generator.set_state(state["eval_generator"].cpu())
        return agent

    @staticmethod
    def acting_files(path: Path) -> dict[str, bytes]:
        """save()'s files with the actor alone (the critics only train): what load_with needs to
        act, evaluate and interpret."""
        path = Path(path)
        state = torch.load(path / "model.pt", weights_only=True, map_location="cpu")
        buffer = io.BytesIO()
        torch.save({k: v for k, v in state.items() if k not in ("critic", "critic_target")}, buffer)
        return {"model.pt": buffer.getvalue(), "agent.json": (path / "agent.json").read_bytes()}


class SACLearner:
    """Trains the SACAgents of S seeds of one agent and one task in lockstep, as one stack.

    Each agent's parameters become views of the stacked tensors the update trains, so every
    agent acts (and is evaluated and saved) with its own current weights. A seed whose losses
    become non-finite is stopped and named in `failures`; the others go on.
    """

    can_checkpoint = True  # seed_states() / restore(): see algorithms.base.SeedTrainer

    def __init__(self, agents: list[SACAgent], vectorize: bool | None = None):
        """vectorize: vmap the seeds' eager update (see algorithms.sac.update.descent); by
        default on a GPU only. Seed by seed, each seed's arithmetic is that of its run alone, to
        the bit; a compiled update always runs seed by seed."""
        if not agents:
            raise ValueError("a learner needs at least one agent")
        first = agents[0]
        for a in agents[1:]:
            if type(a.actor) is not type(first.actor) or a.config != first.config:
                raise ValueError("a seed batch trains one agent with one configuration; "
                                 f"got {type(a.actor).__name__} and {type(first.actor).__name__}")
        if len({a.seed for a in agents}) < len(agents):
            raise ValueError(f"a seed batch holds distinct seeds, not {[a.seed for a in agents]}")
        self.agents, self.config, self.n = agents, first.config, len(agents)
        self.device = first.device
        log_alpha = torch.stack([a.log_alpha.detach() for a in agents])
        for i, a in enumerate(agents):
            a.log_alpha.data = log_alpha[i]
        self.update = SACUpdate(
            self.config, first.actor, first.critic,
            actor_params=stack_as_views([a.actor for a in agents]),
            critic_params=stack_as_views([a.critic for a in agents]),
            target_params=stack_as_views([a.critic_target for a in agents]),
            log_alpha=log_alpha, target_entropy=first.target_entropy,
            vectorize=self.device.type == "cuda" if vectorize is None else vectorize)
        self._noise_of = first.actor.noise
        self.buffer: ReplayBuffer | None = None
        self.stopped = [False] * self.n  # a seed that failed or whose callback said stop
        self.failures: dict[int, str] = {}
        self.step = 0
        self._resume: list[dict[str, Any]] | None = None
        # The loop's position, kept here so that a checkpoint can be taken after any step.
        self._obs = np.zeros((self.n, first.env_info.obs_dim), dtype=np.float32)
        self._episodes = [[0.0, 0] for _ in agents]  # each seed's episode in progress: return, length

    def noise(self, purpose: str, n: int) -> Noise:
        """Every seed's draws for one stochastic call on n states, each from its own generator,
        stacked (S, ...)."""
        per_seed = [self._noise_of(purpose, n, a.generator) for a in self.agents]
        return tuple(torch.stack(draws) for draws in zip(*per_seed))

    # --- the loop ----------------------------------------------------------------------------
    @denormals_flushed()
    def learn(self, total_steps: int, callback: SeedCallback | None = None,
              after_step: Callable[[int], Any] | None = None) -> None:
        """Train every seed for total_steps env steps.

        callback(i, step, info) follows seed i's step; after_step(step) follows all of them
        (where a checkpoint may be taken). After restore(), training goes on from there.
        Denormal numbers are flushed to zero throughout (see denormals_flushed).
        """
        cfg, agents = self.config, self.agents
        learning_starts = int(min(cfg.learning_starts, cfg.learning_starts_fraction * total_steps))
        for a in agents:
            a.learning_starts_used = learning_starts
        info = agents[0].env_info
        self.buffer = buffer = ReplayBuffer(min(cfg.buffer_size, total_steps), info.obs_dim, info.act_dim,
                                            [a.seed for a in agents], self.device)
        if self._resume is not None:
            first_step = self._resume_loop(self._resume)
            self._resume = None
        else:
            first_step = 1
            for i, a in enumerate(agents):
                self._obs[i] = a.env.reset(seed=a.seed)[0]
            self._episodes = [[0.0, 0] for _ in agents]
        obs, episodes = self._obs, self._episodes
        actions = np.zeros((self.n, info.act_dim), dtype=np.float32)
        rewards, terminations = np.zeros(self.n, np.float32), np.zeros(self.n, np.float32)
        next_obs = np.zeros_like(obs)
        stats: dict[str, torch.Tensor] = {}

        for step in range(first_step, total_steps + 1):
            if all(self.stopped):
                return
            if step > learning_starts:
                x = torch.as_tensor(obs, device=self.device)
                actions[:] = self.update.explore(x, self.noise("explore", 1)).cpu().numpy()
            infos: list[dict[str, Any]] = [{} for _ in agents]
            for i, a in enumerate(agents):
                if self.stopped[i]:
                    continue
                if step <= learning_starts:
                    actions[i] = a.env.action_space.sample()
                next_obs[i], reward, terminated, truncated, _ = a.env.step(actions[i])
                rewards[i], terminations[i] = reward, terminated
                episodes[i][0] += float(reward)
                episodes[i][1] += 1
                if terminated or truncated:
                    infos[i]["episode"] = {"return": episodes[i][0], "length": episodes[i][1],
                                           "terminated": bool(terminated)}
                    episodes[i] = [0.0, 0]
            buffer.add(obs, actions, rewards, next_obs, terminations)
            for i, a in enumerate(agents):
                if "episode" in infos[i]:
                    obs[i] = a.env.reset()[0]
                elif not self.stopped[i]:
                    obs[i] = next_obs[i]
            self.step = step

            if step > learning_starts and len(buffer) >= cfg.batch_size:
                log = step % cfg.log_interval == 0
                stats = self.update(step, buffer.sample(cfg.batch_size), lambda p: self.noise(p, cfg.batch_size), log)
                if log:
                    self._read_losses(step, stats, infos)
            for i in range(self.n):
                if not self.stopped[i] and callback is not None and callback(i, step, infos[i]) is False:
                    self.stopped[i] = True
            if after_step is not None:
                after_step(step)

    def _read_losses(self, step: int, stats: dict[str, torch.Tensor], infos: list[dict[str, Any]]) -> None:
        """Each seed's losses into its info; a seed with a non-finite one is stopped (the check
        is made where the losses are read anyway: no extra host synchronisation)."""
        values = {k: v.tolist() for k, v in stats.items()}
        for i in range(self.n):
            if self.stopped[i]:
                continue
            losses = {k: float(v[i]) for k, v in values.items()}
            bad = [k for k, v in losses.items() if not math.isfinite(v)]
            if bad:
                self.stopped[i] = True
                self.failures[i] = f"non-finite {', '.join(bad)} at step {step}; the run is stopped"
            else:
                infos[i]["losses"] = losses

    # --- checkpoints: one per seed, so that a seed resumes in any batch of seeds at its step ----
    def seed_states(self, include_buffer: bool = True) -> list[dict[str, Any]]:
        """Everything each seed needs to continue training exactly where it stands, after any
        step: its weights and optimiser moments, its env mid-episode (envs.state), its loop
        position, replay buffer and random streams."""
        up, states = self.update, []
        for i, a in enumerate(self.agents):
            states.append({
                "step": self.step,
                "networks": {"actor": _row(up.actor_params, i), "critic": _row(up.critic_params, i),
                             "critic_target": _row(up.target_params, i),
                             "log_alpha": up.log_alpha[i].detach().clone()},
                "optimizers": up.optimizer_states(i),
                "rng": {"noise": a.generator.get_state(), "buffer": self.buffer.rngs[i].bit_generator.state,
                        "eval": None if a.actor.eval_generator is None else a.actor.eval_generator.get_state(),
                        "action_space": copy.deepcopy(a.env.action_space.np_random.bit_generator.state)},
                "env": snapshot(a.env), "obs": self._obs[i].copy(), "episode": list(self._episodes[i]),
                "stopped": self.stopped[i], "failure": self.failures.get(i),
                "buffer": self.buffer.contents(i) if include_buffer else None,
            })
        return states

    def restore(self, states: list[dict[str, Any]]) -> None:
        """Load each seed's seed_states() entry (all taken at one step); the next learn()
        continues from that step."""
        if len(states) != self.n or len({s["step"] for s in states}) != 1:
            raise ValueError("a learner resumes from one state per seed, all taken at the same step")
        up = self.update
        with torch.no_grad():
            for i, state in enumerate(states):
                nets = state["networks"]
                for mine, saved in ((up.actor_params, nets["actor"]), (up.critic_params, nets["critic"]),
                                    (up.target_params, nets["critic_target"])):
                    for k, v in mine.items():
                        v[i].copy_(saved[k])  # in place: the agents' views stay valid
                up.log_alpha[i].copy_(nets["log_alpha"])
                if state["rng"].get("eval") is not None:  # checkpoints of older versions have none
                    self.agents[i].actor.eval_generator.set_state(state["rng"]["eval"])
        up.load_optimizer_states([s["optimizers"] for s in states])
        self.stopped = [s["stopped"] for s in states]
        self.failures = {i: s["failure"] for i, s in enumerate(states) if s["failure"]}
        self._resume = states

    def _resume_loop(self, states: list[dict[str, Any]]) -> int:
        """Put every seed's env, loop and random streams back where its checkpoint stood; the
        step to go on from."""
        for i, (a, saved) in enumerate(zip(self.agents, states)):
            rng = saved["rng"]
            restore(a.env, saved["env"])
            self._obs[i] = saved["obs"]
            self._episodes[i] = list(saved["episode"])
            a.env.action_space.np_random.bit_generator.state = rng["action_space"]
            a.generator.set_state(rng["noise"])
            if saved["buffer"] is not None:
                self.buffer.restore_contents(i, saved["buffer"])
                self.buffer.rngs[i].bit_generator.state = rng["buffer"]
        self.step = states[0]["step"]
        return self.step + 1


def _row(params: dict[str, torch.Tensor], i: int) -> dict[str, torch.Tensor]:
    return {k: v[i].detach().clone() for k, v in params.items()}


def _owned(tree: Any) -> Any:
    """The tensors of a nested dict, cloned into storage of their own on the CPU."""
    if isinstance(tree, dict):
        return {k: _owned(v) for k, v in tree.items()}
    return tree.detach().cpu().clone() if isinstance(tree, torch.Tensor) else tree


def _from_json(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v
