"""The common agent interface, the spec a registry entry is made of, and parameter counting.

Every algorithm, built in or third party, is reached through an `AgentSpec`: a name, a family, a
one-line description, a hyper-parameter dataclass and a factory. The harness never imports an
algorithm module by name; it asks the registry.
"""

from __future__ import annotations

import abc
import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Protocol

import gymnasium as gym
import numpy as np

# callback(step, info) is called after every environment step of training. `info` may hold
# "episode" ({"return", "length"}) when a training episode ended and "losses" (floats) at log
# intervals. An agent may say where a checkpoint may be taken ("checkpoint_ok": bool); without
# it, checkpoints are taken where a training episode ended. Returning False stops training.
Callback = Callable[[int, dict[str, Any]], "bool | None"]


@dataclass(frozen=True)
class EnvInfo:
    """What an agent needs to know of its task to be built or loaded (no env required)."""

    obs_dim: int
    act_dim: int
    act_low: tuple[float, ...]
    act_high: tuple[float, ...]
    task: str = ""

    @classmethod
    def from_env(cls, env: gym.Env, task: str = "") -> EnvInfo:
        """The env's sizes and bounds; task: its name (default: the env's registered id, e.g.
        "Hopper-v5", which per-task settings such as PMOE's K read)."""
        task = task or (env.spec.id if env.spec is not None else "")
        obs_space, act_space = env.observation_space, env.action_space
        if not isinstance(act_space, gym.spaces.Box) or len(obs_space.shape) != 1:
            raise ValueError(f"{task or env}: only flat Box observations and Box actions are supported")
        return cls(
            obs_dim=int(np.prod(obs_space.shape)),
            act_dim=int(np.prod(act_space.shape)),
            act_low=tuple(float(x) for x in act_space.low),
            act_high=tuple(float(x) for x in act_space.high),
            task=task,
        )

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EnvInfo:
        """to_dict's inverse (JSON's lists back to tuples; files saved before `task` have none)."""
        return cls(**{**d, "act_low": tuple(d["act_low"]), "act_high": tuple(d["act_high"])})


@dataclass
class AgentConfig:
    """The base of every agent's hyper-parameter dataclass (AgentSpec.config_cls): its fields,
    each with a default, are the agent's hyper-parameters."""

    def unused_hparams(self) -> dict[str, str]:
        """The fields these settings ignore, each with why: overriding one is an error (e.g. the
        widths of an actor sized against SMoSE). None by default."""
        return {}


class Agent(abc.ABC):
    """What the harness needs of an agent: subclass it and implement the four abstract methods
    (its AgentSpec's `loader` rebuilds a saved one).

    The other methods have defaults that say "nothing to add"; an agent overrides those it has
    more to say about (checkpoints, a critic, a policy as source code, statistics of its own).
    """

    can_checkpoint: ClassVar[bool] = False
    """whether checkpoint_state() and restore_checkpoint_state() work (an agent that trains alone)"""

    @abc.abstractmethod
    def learn(self, total_steps: int, callback: Callback | None = None) -> None:
        """Train for `total_steps` environment steps on the training env given at creation."""

    @abc.abstractmethod
    def act(self, obs: np.ndarray, deterministic: bool = True) -> np.ndarray:
        """One action (act_dim,) within the action bounds for one observation (obs_dim,)."""

    @abc.abstractmethod
    def parameter_counts(self) -> dict[str, int]:
        """The actor's parameters (critics and value functions are not counted):

        total, active: the trained policy's, and those one decision uses when it samples;
        deterministic, deterministic_active: the same for the deterministic policy that is
        evaluated (no log-std heads: the I(MoE) paper drops sigma at test);
        leaves (optional): 1 where the deterministic policy is a single linear piece.
        """

    @abc.abstractmethod
    def save(self, path: Path) -> None:
        """Write everything the registry entry's `loader` needs into the folder `path`."""

    def checkpoint_state(self, include_buffer: bool = True) -> dict[str, Any]:
        """Everything needed to continue training exactly where it stands (see can_checkpoint)."""
        raise NotImplementedError(f"{type(self).__name__} takes no checkpoints")

    def restore_checkpoint_state(self, state: dict[str, Any]) -> None:
        """Load checkpoint_state(); the next learn() continues from there."""
        raise NotImplementedError(f"{type(self).__name__} takes no checkpoints")

    def begin_episode(self) -> None:  # noqa: B027 (a default that does nothing)
        """An evaluation episode starts: a policy that carries something from step to step (DAC's
        option in force) forgets the last episode's. Nothing to forget by default."""

    def reset_eval_stats(self) -> None:  # noqa: B027 (a default that does nothing)
        """Forget what acting has counted so far (before the final evaluation counts afresh)."""

    def run_info(self) -> dict[str, Any]:
        """What the agent says of itself after the final evaluation (e.g. SMoSE's expert usage)."""
        return {}

    def q_values(self, obs: np.ndarray, actions: np.ndarray) -> np.ndarray | None:
        """The critic's Q(s, a) for a batch (n,); None for an agent without a critic."""
        return None

    def policy_source(self, task: str, features: list[str], actuators: list[str],
                      title: str) -> str | None:
        """The acting policy as a standalone Python file, where it is small enough to read."""
        return None

    def evaluation_modes(self) -> dict[str, Callable[[np.ndarray], np.ndarray]]:
        """Other ways the agent can act deterministically than act()'s, name -> act(obs): the
        final evaluation scores each on the same episodes beside the default (PMOE: the primitive
        drawn, the highest-weight one, the weighted mean). None by default."""
        return {}

    def training_flops_per_step(self) -> float | None:
        """Floating-point operations of one environment step of training, where the agent has a
        model of them (the bench's floor); None where it has none."""
        return None


# callback(seed_index, step, info) after each seed's step, info as in Callback.
SeedCallback = Callable[[int, int, dict[str, Any]], "bool | None"]


class SeedTrainer(Protocol):
    """Trains the agents of several seeds together; seed i's run must not depend on the others."""

    failures: dict[int, str]
    """seed index -> why that seed stopped (its run failed); the other seeds go on"""
    can_checkpoint: bool
    """whether seed_states() and restore() work (a trainer of agents without checkpoints: False)"""

    def learn(self, total_steps: int, callback: SeedCallback | None,
              after_step: Callable[[int], Any] | None) -> None:
        """Train every seed; after_step(step) follows every seed's step (checkpoints go there)."""

    def seed_states(self, include_buffer: bool = True) -> list[dict[str, Any]]:
        """One checkpoint state per seed, enough to continue exactly where it stands."""

    def restore(self, states: list[dict[str, Any]]) -> None:
        """Load seed_states() taken at one step; the next learn() continues from there."""


@dataclass(frozen=True)
class Carry:
    """A checkpoint's seed state made small and whole again (see AgentSpec.carry)."""

    compact: Callable[[dict[str, Any]], tuple[dict[str, Any], dict[str, np.ndarray]]]
    """state -> (the state without what can be rebuilt, the arrays it is rebuilt from)"""
    expand: Callable[[dict[str, Any], dict[str, np.ndarray], gym.Env, int], dict[str, Any]]
    """(compacted state, its arrays, a fresh training env of the run's task, the run's seed) -> state"""


@dataclass(frozen=True)
class AnalysisRun:
    """What an agent's own analysis (AgentSpec.analysis) is given of a finished run, the
    harness's evaluation protocol included, so that it evaluates as every run is evaluated."""

    task: str
    title: str
    """the run's name on the page, e.g. its folder"""
    final_return: float | None
    scalars: list[tuple[int, str, float]]
    """the run's logged training scalars, (step, tag, value)"""
    evaluate: Callable[..., Any]
    """evaluate(act, env, task, episodes) -> .returns, .lengths: the protocol's evaluation"""
    eval_seeds: Callable[[int], list[int]]
    """eval_seeds(episodes): the reset seeds of those episodes"""


class Analysis(abc.ABC):
    """An agent's own analysis of a trained run (SMoSE's experts and router trees), written at
    the end of every run and again by `interpret` with other options."""

    options: ClassVar[dict[str, tuple[Any, str]]] = {}
    """its options, name -> (default, help): `interpret`'s flags; a run uses the defaults"""
    title: ClassVar[str] = ""
    """the heading of its part of the report after the agent's name, e.g. "experts and router trees" """
    description: ClassVar[str] = ""
    """what its part of the report shows, in markdown"""

    @abc.abstractmethod
    def __call__(self, agent: Agent, run: AnalysisRun, out: Path, **options: Any) -> dict[str, Any]:
        """Write the analysis into the folder `out` (its summary.json the report reads); return
        the summary, with "lines": what `interpret` prints. A bad option raises ValueError."""

    def report_row(self, summary: dict[str, Any] | None, agent_info: dict[str, Any]) -> dict[str, Any]:
        """One run's cells in its part of the report, column -> value (text, or a number the
        report formats; None: n/a). summary: the run's summary.json (None: not analysed yet);
        agent_info: the run's final.json agent_info. None by default."""
        return {}

    def report_note(self, summaries: list[dict[str, Any]]) -> str:
        """A sentence after its table, from the runs' summaries (e.g. the episodes its returns are
        over); none by default."""
        return ""

    def derived_policies(self, out: Path) -> list[dict[str, Any]]:
        """Policies the analysis in `out` derived from the agent and scored, as the report's
        return-against-size table counts them: dicts of name, kind ("tree" or "linear"), leaves,
        parameters and returns (one per episode, on the first episodes of the final evaluation's
        reset seeds). None by default."""
        return []


# factory(env, config, seed) -> Agent. `env` is the seeded training environment.
AgentFactory = Callable[[gym.Env, Any, int], Agent]


def saved_files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, as {path relative to it: bytes}."""
    folder = Path(folder)
    return {f.relative_to(folder).as_posix(): f.read_bytes()
            for f in sorted(folder.rglob("*")) if f.is_file()}


@dataclass(frozen=True)
class AgentSpec:
    """A registry entry.

    config_cls: a dataclass of hyper-parameters, an AgentConfig (every field has a default).
    factory: builds an untrained agent for a training env, a config instance and a seed.
    loader: rebuilds a trained agent from a saved folder (defaults to the factory's class).
    defaults: overrides of config_cls's defaults for this name (e.g. `sac-m` vs `sac-l`).
    seed_batch: optional; wraps the agents of one or more seeds (same config, same task) into
        a `SeedTrainer` that trains them together in one process (the SAC family's
        algorithms.sac.learner.SACLearner). None: each seed trains alone, through agent.learn.
    analysis: optional; the agent's own analysis of a trained run (an `Analysis`), written into
        the run's interpretation/ folder beside the distilled policies every agent gets.
    acting_files: the files of a `save` folder that `loader` needs to act (and so to evaluate
        and interpret), as {relative path: bytes}: what a published store keeps of a model, without
        what only further training needs (critics, optimiser moments). Default: every file.
    published_as: the names other sources give this agent in envs/data/published_scores.csv,
        whose figures the report shows beside its own (default: its own name only).
    carry: optional; how a checkpoint's trainer state of one seed is made small enough to
        commit and whole again on another machine (the SAC family's: algorithms/sac/carry.py).
        None: the state is carried as it is.
    """

    name: str
    family: str
    description: str
    config_cls: type
    factory: AgentFactory
    loader: Callable[[Path, EnvInfo], Agent]
    defaults: dict[str, Any] = dataclasses.field(default_factory=dict)
    seed_batch: Callable[[list[Agent]], SeedTrainer] | None = None
    acting_files: Callable[[Path], dict[str, bytes]] = saved_files
    analysis: Analysis | None = None
    published_as: tuple[str, ...] = ()
    carry: Carry | None = None

    def hparam_names(self) -> list[str]:
        return [f.name for f in dataclasses.fields(self.config_cls)]

    def make_config(self, overrides: dict[str, Any] | None = None) -> Any:
        """The config with this name's defaults, then `overrides`, applied. Unknown keys raise."""
        values = {**self.defaults, **(overrides or {})}
        unknown = sorted(set(values) - set(self.hparam_names()))
        if unknown:
            raise ValueError(
                f"{self.name}: unknown hyper-parameter(s) {', '.join(unknown)}; "
                f"valid: {', '.join(self.hparam_names())}"
            )
        defaults = self.config_cls()
        for key, value in values.items():  # lists from JSON/YAML become the tuples the config holds
            if isinstance(getattr(defaults, key), tuple) and isinstance(value, list):
                values[key] = tuple(value)
        config = self.config_cls(**values)
        check_limits(config)
        return config


# The rules a config's LIMITS may name (a ClassVar {field: rule}, merged along the class's bases).
LIMIT_RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "count": (lambda v: isinstance(v, int) and v >= 1, "a positive integer"),
    "non_negative": (lambda v: v >= 0, "at least 0"),
    "positive": (lambda v: v > 0, "greater than 0"),
    "unit": (lambda v: 0 <= v <= 1, "between 0 and 1"),
    "widths": (lambda v: all(isinstance(w, int) and w >= 1 for w in v), "a list of positive integers"),
}


def coerce_value(name: str, key: str, value: Any, like: Any) -> Any:
    """`value` in the type of `like`, the field's default: the one type check of a hyper-parameter.

    Values from YAML, JSON or the command line may come as strings ("1e-3", which YAML 1.1 reads
    as a string), integral floats or lists; a ValueError names `name.key` where one cannot be read
    as its field's type. Ranges are the config's LIMITS (check_limits).
    """
    if isinstance(like, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{name}.{key} must be true or false, not {value!r}")
        return value
    if isinstance(like, int | float):
        kind = "an integer" if isinstance(like, int) else "a number"
        try:
            if isinstance(value, bool):
                raise TypeError
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{name}.{key} must be {kind}, not {value!r}") from None
        if not isinstance(like, int):
            return number  # inf and nan too: check_limits refuses them, naming the field
        if not number.is_integer():
            raise ValueError(f"{name}.{key} must be {kind}, not {value!r}")
        return int(number)
    if isinstance(like, tuple):
        return tuple(value) if isinstance(value, list | tuple) else (value,)
    if isinstance(like, str) and not isinstance(value, str):
        raise ValueError(f"{name}.{key} must be a string, not {value!r}")
    return value


def check_limits(config: Any) -> None:
    """Raise ValueError, naming the field, where a value breaks its config's LIMITS (None: the
    agent's own default for the task, not checked here)."""
    limits: dict[str, str] = {}
    for cls in reversed(type(config).__mro__):
        limits.update(vars(cls).get("LIMITS", {}))
    for name, rule in limits.items():
        value = getattr(config, name)
        holds, allowed = LIMIT_RULES[rule]
        if isinstance(value, str) and rule != "widths":  # a number as YAML gave it ("1e-4")
            try:
                value = int(value) if rule == "count" else float(value)
            except ValueError:
                raise ValueError(f"{name} must be {allowed}, not {value!r}") from None
        if value is not None and not holds(value):
            raise ValueError(f"{name} must be {allowed}, not {list(value) if isinstance(value, tuple) else value!r}")
    for field in dataclasses.fields(config):  # no rule of its own: still a number, not inf or nan
        value = getattr(config, field.name)
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{field.name} must be a finite number, not {value!r}")


def count_parameters(*modules: Any) -> int:
    """The number of scalar parameters of torch modules (shared tensors counted once)."""
    unique = {id(p): p for module in modules for p in module.parameters()}
    return sum(p.numel() for p in unique.values())
