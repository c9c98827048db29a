"""Task definitions, suites of tasks and seeded environment creation.

A `Task` names one gymnasium environment with the keyword arguments the harness always uses for
it, so that every algorithm sees exactly the same environment.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import gymnasium as gym


@dataclass(frozen=True)
class Task:
    """One environment as the harness runs it.

    name: the short name used in results folders and reports ("Hopper-v5").
    env_id: the gymnasium id. kwargs: passed to gymnasium.make.
    success: how an episode counts as a success: "survive" (reaches the time limit without
        terminating, the locomotion tasks) or None (no success notion, e.g. Pendulum, Reacher).
    """

    name: str
    env_id: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    success: str | None = "survive"

    @property
    def family(self) -> str:
        """The task without its version: "Hopper" for "Hopper-v5"."""
        return self.name.split("-v")[0]

    def __hash__(self) -> int:
        return hash(self.name)


def _mujoco(version: str) -> list[Task]:
    # Ant-v5 keeps the 27-value observation of v4 (no contact forces), so that parameter counts
    # compare with the SMoSE paper's; v4 has that observation by default.
    ant_kwargs = {"include_cfrc_ext_in_observation": False} if version == "v5" else {}
    return [
        Task(f"Walker2d-{version}", f"Walker2d-{version}"),
        Task(f"Hopper-{version}", f"Hopper-{version}"),
        Task(f"Ant-{version}", f"Ant-{version}", ant_kwargs),
        Task(f"HalfCheetah-{version}", f"HalfCheetah-{version}", success=None),
        Task(f"Reacher-{version}", f"Reacher-{version}", success=None),
        Task(f"Swimmer-{version}", f"Swimmer-{version}", success=None),
    ]


def _pmoe() -> list[Task]:
    """The PMOE paper's six tasks (v2 there), v5 here; Ant with the mujoco suite's observation."""
    by_name = {t.family: t for t in _mujoco("v5")}
    return [by_name["Ant"], by_name["HalfCheetah"], by_name["Hopper"],
            Task("Humanoid-v5", "Humanoid-v5"),
            Task("HumanoidStandup-v5", "HumanoidStandup-v5", success=None),  # it never terminates
            by_name["Walker2d"]]


SUITES: dict[str, list[Task]] = {
    "mujoco": _mujoco("v5"),
    "mujoco-v4": _mujoco("v4"),
    "pmoe": _pmoe(),
    "small": [
        Task("Pendulum-v1", "Pendulum-v1", success=None),
        Task("InvertedPendulum-v5", "InvertedPendulum-v5"),
    ],
}
SUITE_DESCRIPTIONS = {
    "mujoco": "the six MuJoCo tasks, v5 (Ant with the 27-value observation of v4); 'all' means this",
    "mujoco-v4": "the six MuJoCo tasks in the versions of the SMoSE paper (v4, deprecated)",
    "pmoe": "the PMOE paper's six tasks, v5: Ant, HalfCheetah, Hopper, Humanoid, HumanoidStandup, Walker2d",
    "small": "small tasks for smoke and regression tests",
}
_ALL_TASKS: dict[str, Task] = {t.name: t for tasks in SUITES.values() for t in tasks}


def task_family(task: str) -> str:
    """"Hopper" for "Hopper-v5": published figures and per-task settings are matched by family."""
    return task.split("-v")[0]


def task_names() -> list[str]:
    """Every task name the harness knows, in suite order."""
    return list(_ALL_TASKS)


def resolve_tasks(spec: str) -> list[Task]:
    """Turn a comma list of task names, short names or suite names into tasks, in order.

    "Hopper" means the current version (v5); "all" means the `mujoco` suite.
    Raises ValueError naming the unknown entry and the valid names.
    """
    tasks: list[Task] = []
    for item in (s.strip() for s in spec.split(",")):
        if not item:
            continue
        if item == "all":
            found = SUITES["mujoco"]
        elif item in SUITES:
            found = SUITES[item]
        elif item in _ALL_TASKS:
            found = [_ALL_TASKS[item]]
        elif same_family := [t for t in _ALL_TASKS.values() if t.family == item]:
            # A name without version means v5 where it exists, else the one version known.
            v5 = [t for t in same_family if t.name.endswith("-v5")]
            found = v5 or same_family[-1:]
        else:
            raise ValueError(
                f"unknown task or suite {item!r}; valid: all, {', '.join(SUITES)}, "
                f"{', '.join(_ALL_TASKS)} (or a name without version, e.g. Hopper)"
            )
        tasks.extend(t for t in found if t not in tasks)
    if not tasks:
        raise ValueError("no task given; use e.g. --envs Hopper,Walker2d or --envs all")
    return tasks


def get_task(name: str) -> Task:
    """The task of that exact name (as stored in a results folder)."""
    return resolve_tasks(name)[0]


def make_env(task: Task, seed: int | None = None) -> gym.Env:
    """Create the task's environment; seed its action space if a seed is given.

    The first reset's seed is the caller's business (the protocol seeds training and evaluation
    resets differently).
    """
    with warnings.catch_warnings():
        # v4 tasks still load, with a deprecation warning we already state in the suite's description.
        warnings.filterwarnings("ignore", message=".*is out of date.*")
        env = gym.make(task.env_id, **task.kwargs)
    if seed is not None:
        env.action_space.seed(seed)
    return env
