"""Every trained agent distilled at the end of its run into trees of depths 1-8 and a linear
policy (algorithms/interpret/distill.py), each measured like the agent itself.

For each distilled policy: its return on the fixed evaluation seeds (the same episodes as the
run's evaluations during training), its fidelity to the teacher (the RMS action difference on
states of teacher episodes it was not fitted on) and its size (leaves, depth, parameters). Each is
also written as a standalone Python file (algorithms/interpret/source.py). What it writes into
the run folder:

    interpretation/distilled.json         the table below, and what the distillation cost
    interpretation/policies/<name>.py     each distilled policy (and SMoSE's own policy)
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from algorithms.interpret.distill import Student, action_error, dagger, student_name
from algorithms.interpret.source import linear_source, tree_source
from envs.features import actuator_names, feature_names
from envs.suites import Task, make_env
from harness.protocol import evaluate

DEPTHS = tuple(range(1, 9))
FOLDER = "interpretation"
DISTILL_SEED_BASE = 2_000_000  # reset seeds of the distillation's rollouts, apart from evaluation's


@dataclass(frozen=True)
class DistillSettings:
    iterations: int = 2  # DAgger rounds after the teacher's rollout
    episodes: int = 3  # episodes per rollout
    heldout_episodes: int = 2  # teacher episodes for the fidelity, not fitted on
    eval_episodes: int = 10  # each distilled policy's return: the run's evaluation episodes


def rollout_states(env: Any, task: Task, act: Any, episodes: int, seed: int,
                   begin_episode: Any = None) -> np.ndarray:
    """The states `act` visits in `episodes` episodes, reset seeds from DISTILL_SEED_BASE + 100 * seed;
    begin_episode() before each (the teacher's, for a policy with a state of its own)."""
    states: list[np.ndarray] = []

    def recording(obs: np.ndarray) -> np.ndarray:
        states.append(np.asarray(obs, dtype=float))
        return act(obs)

    evaluate(recording, env, task, episodes, [DISTILL_SEED_BASE + 100 * seed + k for k in range(episodes)],
             begin_episode)
    return np.asarray(states)


def distill_agent(agent: Any, task: Task, seed: int, algo: str,
                  settings: DistillSettings = DistillSettings()) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(distilled.json's content, {path in the run folder: file}) for a trained agent."""
    t0 = time.perf_counter()
    env = make_env(task)
    low, high = np.asarray(env.action_space.low, float), np.asarray(env.action_space.high, float)
    obs_dim = env.observation_space.shape[0]
    features, actuators = feature_names(task.name, obs_dim), actuator_names(task.name, len(low))

    def teacher(obs: np.ndarray) -> np.ndarray:
        return np.asarray(agent.act(np.asarray(obs, dtype=np.float32), deterministic=True), dtype=float)

    def rollout(act: Any, episodes: int, rollout_seed: int) -> np.ndarray:
        # The teacher's episode state (DAC's option) restarts with every episode, the student's too
        return rollout_states(env, task, act, episodes, 1000 * seed + rollout_seed, agent.begin_episode)

    q = agent.q_values
    try:
        held_states = rollout(teacher, settings.heldout_episodes, 999)
        held_actions = np.asarray([teacher(s) for s in held_states])
        students = dagger(teacher, rollout, [*DEPTHS, "linear"], low, high, q=q,
                          iterations=settings.iterations, episodes=settings.episodes, seed=0)
        distill_seconds = time.perf_counter() - t0
        rows, files = [], {}
        for student in _distinct(students.values()):
            name = student_name(student)
            ev = evaluate(student, env, task, settings.eval_episodes)
            rows.append({"name": name, "kind": "linear" if name == "linear" else "tree",
                         "leaves": student.leaves, "depth": student.depth, "parameters": student.parameters,
                         "return_mean": float(ev.returns.mean()), "return_std": float(ev.returns.std()),
                         "returns": ev.returns.tolist(),
                         "action_rmse": action_error(student, held_actions, held_states)})
            files[f"{FOLDER}/policies/{name}.py"] = _source(student, features, actuators,
                                                            f"{task.name}: {algo} seed {seed}, distilled into {name}").encode()
        own = _own_source(agent, task, features, actuators, f"{task.name}: {algo} seed {seed}, its own policy")
        if own is not None:
            files[f"{FOLDER}/policies/{algo}.py"] = own.encode()
    finally:
        env.close()
    summary = {
        "teacher": {"algo": algo, "parameters": agent.parameter_counts()},
        "method": {"dagger_iterations": settings.iterations, "episodes_per_rollout": settings.episodes,
                   "viper_weights": q is not None, "heldout_episodes": settings.heldout_episodes,
                   "eval_episodes": settings.eval_episodes},
        "policies": rows,
        "seconds": {"distill": distill_seconds, "total": time.perf_counter() - t0},
    }
    files[f"{FOLDER}/distilled.json"] = json.dumps(summary, indent=2).encode()
    return summary, files


def _distinct(students: Any) -> list[Student]:
    """The students of distinct names, the first of each: a tree that ended shallower than its
    depth limit is named by the depth it has, and the smaller limit's tree of that name is kept.
    The two are the same tree unless a middle DAgger round of the larger limit grew deeper (its
    rollouts then differ)."""
    out, seen = [], set()
    for s in students:
        if student_name(s) not in seen:
            seen.add(student_name(s))
            out.append(s)
    return out


def _source(student: Student, features: list[str], actuators: list[str], title: str) -> str:
    if student_name(student) == "linear":
        return linear_source(student, features, actuators, title)
    return tree_source(student, features, actuators, title)


def _own_source(agent: Any, task: Task, features: list[str], actuators: list[str], title: str) -> str | None:
    """The agent's own policy as Python, where it writes itself so (SMoSE's router and experts,
    linear-sac's formula)."""
    return agent.policy_source(task.name, features, actuators, title)
