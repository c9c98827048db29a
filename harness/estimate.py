"""What an experiment will cost before it runs: env steps, core-hours and wall time here.

A run's time is its training steps at the agent's training throughput on one core, plus its
evaluations at most (every episode to the task's time limit). Throughputs come from `bench` on
this machine where it measured them (cached in THROUGHPUT_FILE, refreshed by every `bench`), and
otherwise from DEFAULT_STEPS_PER_SECOND, measured on the development machine. Batches are placed
on the workers longest first, as a pool would take them.
"""

from __future__ import annotations

import heapq
import json
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path

import gymnasium as gym

from envs.suites import get_task
from harness import registry
from harness.files import write_atomic
from harness.spec import RunSpec
from harness.textable import duration

# Training env steps/s on one thread, Hopper-v5, after the random warm-up: `python -m harness
# bench --algos all --steps 1500 --warmup 1000 --repeats 1` on the 2-core development machine
# (Intel Xeon, torch 2.13.0 CPU, matmul 139 GFLOP/s), 2026-12-01, with one training run on the
# other core (as with two workers). Other tasks at the same rate.
DEFAULT_STEPS_PER_SECOND: dict[str, float] = {
    "sb3-sac": 58, "sac-l": 60, "sac-m": 93, "sac-s": 95, "linear-sac": 79, "smose": 80,
    "moe-sac": 80, "pmoe": 47, "pmoe-all": 42, "ppo": 618, "linear-ppo": 786, "ars": 2575,
    "pmoe-ppo": 400,  # measured apart: 463 against ppo's 716 steps/s in one bench, scaled to the 618 above
    # The update compiled (run --compile, on by default from 50,000 steps): `bench --algos smose,pmoe,
    # pmoe-all,moe-sac,sac-l,sac-m,sac-s,linear-sac --steps 1500 --warmup 1000 --repeats 1` at 76680ee,
    # 2026-12-02, on the development machine's later host (an AMD EPYC), an eager bench training on the
    # other core; each agent's ratio to that bench's sb3-sac (46.3 steps/s), scaled to the 58 above.
    "smose (compiled)": 117, "pmoe (compiled)": 64, "pmoe-all (compiled)": 56, "moe-sac (compiled)": 117,
    "sac-l (compiled)": 91, "sac-m (compiled)": 114, "sac-s (compiled)": 116, "linear-sac (compiled)": 115,
    # pmoe-gating, measured apart: `bench --algos pmoe-gating,pmoe --steps 1500 --warmup 1000
    # --repeats 1`, eager (--compile off) then compiled, at 7bbdf49, 2026-12-07, AMD EPYC host, beside
    # a two-process experiment: 1.24x and 1.66x that bench's sb3-sac (27.8 and 31.6 steps/s; pmoe
    # 0.94x and 1.17x), scaled to the 58 above.
    "pmoe-gating": 72, "pmoe-gating (compiled)": 96,
    # sbx-sac (JAX, where SBX is installed), measured apart: `bench --algos sb3-sac --steps 1500
    # --warmup 1000 --repeats 1` at 079a6ed, 2026-12-07, AMD EPYC host, beside two experiments and
    # the test suite: 2.26x that bench's sb3-sac (33.8 and 15.0 steps/s), scaled to the 58 above.
    "sbx-sac": 131,
    # dac, measured apart: `bench --algos dac,ppo --steps 4096 --warmup 1 --repeats 1 --no-peers` at
    # 2026-12-07 (the code of 1205aaa), AMD EPYC host, beside a two-worker sweep: 0.65x that bench's ppo (253.0
    # and 388.7 steps/s), scaled to ppo's 618 above.
    "dac": 402,
}
# A deterministic action and an env step: the quick preset's Hopper-v5 runs measured 143-267 us per
# action (smose, sac-l, pmoe) and the env steps in about 110 us, i.e. 2,600-3,900 steps/s.
EVAL_STEPS_PER_SECOND = 2500.0
THROUGHPUT_FILE = "throughput.json"


def cache_dir() -> Path:
    """$SMOSE_BENCH_CACHE, else $XDG_CACHE_HOME/smose-bench, else ~/.cache/smose-bench."""
    if os.environ.get("SMOSE_BENCH_CACHE"):
        return Path(os.environ["SMOSE_BENCH_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "smose-bench"


def machine_key() -> str:
    """What makes throughputs comparable: the processor and the core count."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores"


def measured_throughputs() -> dict[str, dict[str, float]]:
    """{algo: {task: steps/s}} that `bench` measured on this machine (empty where none)."""
    path = cache_dir() / THROUGHPUT_FILE
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        return {}
    per_algo = data.get(machine_key(), {})
    return {algo: {task: float(m["steps_per_second"]) for task, m in tasks.items()}
            for algo, tasks in per_algo.items()}


def figure_name(algo: str, compiled: bool) -> str:
    """The name an agent's figures go by: its compiled update is timed apart from its eager one."""
    return f"{algo} (compiled)" if compiled else algo


def record_throughput(algo: str, task: str, steps_per_second: float, compiled: bool = False) -> Path:
    """Keep a `bench` measurement for later estimates on this machine."""
    algo = figure_name(algo, compiled)
    path = cache_dir() / THROUGHPUT_FILE
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        data = {}
    data.setdefault(machine_key(), {}).setdefault(algo, {})[task] = {
        "steps_per_second": steps_per_second, "measured": time.strftime("%Y-%m-%d %H:%M")}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, lambda tmp: tmp.write_text(json.dumps(data, indent=2)))
    return path


@dataclass(frozen=True)
class Throughput:
    steps_per_second: float | None
    source: str  # "bench", "bench on <task>", "default" or "unknown"


def throughput(algo: str, task: str, measured: dict[str, dict[str, float]]) -> Throughput:
    """The best figure there is for `algo` on `task`: measured on the task, on another task, or
    the development machine's default."""
    mine = measured.get(algo, {})
    if task in mine:
        return Throughput(mine[task], "bench")
    if mine:
        other = sorted(mine)[0]
        return Throughput(mine[other], f"bench on {other}")
    if algo in DEFAULT_STEPS_PER_SECOND:
        return Throughput(DEFAULT_STEPS_PER_SECOND[algo], "default")
    return Throughput(None, "unknown")


def episode_limit(task_name: str) -> int:
    spec = gym.spec(get_task(task_name).env_id)
    return int(spec.max_episode_steps or 1000)


@dataclass(frozen=True)
class Estimate:
    env_steps: int  # training steps of every run
    train_seconds: float  # on one core, summed over runs
    eval_seconds: float  # at most, summed over runs
    batch_seconds: list[float]  # each batch's time on one core
    workers: int
    sources: dict[str, list[str]]  # algo -> where its figures came from (one task's may serve another)
    unknown: list[str]  # algos without any figure (left out of the times)

    @property
    def wall_seconds(self) -> float:
        return wall_seconds(self.batch_seconds, self.workers)

    @property
    def core_hours(self) -> float:
        return (self.train_seconds + self.eval_seconds) / 3600


def run_seconds(spec: RunSpec, rate: float) -> tuple[float, float]:
    """(training, evaluation at most) seconds of one run on one core."""
    s = spec.settings
    n_evals = s.budget // s.eval_interval + (s.budget % s.eval_interval != 0)
    eval_steps = (n_evals * s.eval_episodes + s.final_eval_episodes) * episode_limit(spec.task)
    return s.budget / rate, eval_steps / EVAL_STEPS_PER_SECOND


def estimate(batches: list[list[RunSpec]], workers: int,
             measured: dict[str, dict[str, float]] | None = None) -> Estimate:
    """The cost of running `batches` (each one process's seeds, one after another on one core)
    on `workers` workers."""
    measured = measured_throughputs() if measured is None else measured
    sources: dict[str, list[str]] = {}
    unknown: list[str] = []
    train = evals = 0.0
    durations = []
    for batch in batches:
        seconds = 0.0
        for spec in batch:
            # a sweep's variant goes at its agent's rate (its own values may change it a little)
            algo = figure_name(registry.base_name(spec.algo), bool(spec.hparams.get("compile_update")))
            figure = throughput(algo, spec.task, measured)
            if figure.source not in sources.setdefault(algo, []):
                sources[algo].append(figure.source)
            if figure.steps_per_second is None:
                if algo not in unknown:
                    unknown.append(algo)
                continue
            t, e = run_seconds(spec, figure.steps_per_second)
            train, evals, seconds = train + t, evals + e, seconds + t + e
        durations.append(seconds)
    return Estimate(sum(len(b) * b[0].settings.budget for b in batches), train, evals, durations,
                    max(1, min(workers, len(batches))), sources, unknown)


def wall_seconds(batch_seconds: list[float], workers: int) -> float:
    """The time `workers` workers take, each taking the longest batch left when it is free."""
    loads = [0.0] * max(1, workers)
    for d in sorted(batch_seconds, reverse=True):
        heapq.heapreplace(loads, loads[0] + d)  # to the least loaded worker
    return max(loads)


SOURCE_NAMES = {"bench": "measured here by bench",
                "default": "the development machine's figures (harness/estimate.py)"}
CLUSTER_HINT_SECONDS = 24 * 3600  # past a day of wall time, say how a cluster would take it


def headline(est: Estimate) -> str:
    return (f"estimate: {est.env_steps:,} env steps, {est.core_hours:,.1f} core-hours (training "
            f"{duration(est.train_seconds)}, evaluation at most {duration(est.eval_seconds)}); about "
            f"{duration(est.wall_seconds)} of wall time")


def describe(est: Estimate, where: str) -> list[str]:
    """The estimate as the lines `run --dry-run` prints (the first is also in the start line)."""
    lines = [f"{headline(est)} {where}"]
    by_source: dict[str, list[str]] = {}
    for algo, srcs in est.sources.items():
        for src in srcs:
            if src != "unknown":
                name = SOURCE_NAMES.get(src, f"measured here by {src}, used for its other tasks")
                by_source.setdefault(name, []).append(algo)
    lines.append("  steps/s: " + "; ".join(f"{name} for {', '.join(algos)}" for name, algos in by_source.items()))
    if est.unknown:
        lines.append(f"  no throughput for {', '.join(est.unknown)}: left out of the times above")
    guessed = [a for a, srcs in est.sources.items() if srcs != ["bench"]]
    # bench compiles by default: the eager figure of an agent that compiles needs --compile off,
    # and the agents that never compile go on either line
    compiled = [a for a in guessed if a.endswith(" (compiled)")]
    eager = [a for a in guessed if a not in compiled and "compile_update" in registry.get(a).hparam_names()]
    either = [a for a in guessed if a not in compiled and a not in eager]
    if compiled or not eager:
        commands = [(compiled + either, ""), (eager, " --compile off")]
    else:
        commands = [(eager + either, " --compile off")]
    for names, flag in commands:
        if names:
            algos = ",".join(a.removesuffix(" (compiled)") for a in guessed if a in names)
            lines.append(f"  to measure them on this machine: python -m harness bench --algos {algos}{flag}")
    if est.wall_seconds > CLUSTER_HINT_SECONDS:
        cpus = min(len(est.batch_seconds), 256)
        lines.append(f"  too long for {where.removeprefix('on ')}: spread it over a cluster with --executor "
                     f"ray --ray-address HOST:PORT (on {cpus} CPUs, about "
                     f"{duration(wall_seconds(est.batch_seconds, cpus))})")
    return lines
