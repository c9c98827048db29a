"""Training throughput, measured side by side: our agents against Stable-Baselines3's SAC, and
seed batches against the same seeds trained one at a time.

Each agent trains on the same task with the same seed; only the steps after the random warm-up
are timed (the part where the learner works). The agents train interleaved in one process: each
in a thread of its own, one at a time, taking turns of about a second. A shared machine's speed
drifts over seconds to minutes, so agents timed one after the other can differ by 10% for no
reason of their own; taking turns, they meet the same drifts.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import torch

from envs.suites import get_task, make_env
from harness import registry
from harness.protocol import seed_everything

REFERENCE = "sb3-sac"
# Other projects' SACs, timed beside the reference wherever they are installed (registered).
PEERS = ("sbx-sac",)
TURN_SECONDS = 1.0  # how long a trainer runs before the next one takes its turn
SETTLE_STEPS = 100  # learning steps after the warm-up, not timed: where --compile compiles
_now = time.perf_counter  # the clock of the turns and the timing

Tick = Callable[[int], None]  # called with the step count after a trainer's env steps
Trainer = Callable[[Tick], None]  # trains, calling tick(step) as it goes


def current_cpu() -> int | None:
    """The CPU this thread runs on now (Linux: the 39th field of /proc/thread-self/stat), None elsewhere."""
    try:
        stat = Path("/proc/thread-self/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[36])  # fields after "(comm)" start at the 3rd


@contextmanager
def pinned_to_cpu(cpu: int) -> Iterator[None]:
    """Every thread of this process, and every thread it starts meanwhile, runs on CPU `cpu`
    alone; after the block, every thread may run where the process could before.

    The bench times each agent on one core, as a run's worker has one: torch is given one
    thread, but JAX dispatches asynchronously, so SBX's Python (the env, the buffer) ran on one
    core while XLA computed on another: on an idle 2-core machine, sbx-sac reached 82% of the
    one-thread FLOP floor, where no torch agent passed 67% (2026-12-07, docs/speed.md).
    Linux only (os.sched_setaffinity).
    """
    allowed = os.sched_getaffinity(0)
    _set_every_thread({cpu})
    try:
        yield
    finally:
        _set_every_thread(allowed)


def _set_every_thread(cpus: set[int]) -> None:
    """The CPUs of every thread now running (imports and libraries may have started some; the
    threads they start later inherit their starter's)."""
    for tid in os.listdir("/proc/self/task"):
        try:
            os.sched_setaffinity(int(tid), cpus)
        except ProcessLookupError:  # a thread that ended meanwhile
            pass


def _build(algo: str, task_name: str, warmup: int, seed: int,
           hparams: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """(`algo`'s agent, its seeded training env), with a random warm-up `warmup` steps long."""
    spec = registry.get(algo)
    seed_everything(seed)
    env = make_env(get_task(task_name), seed)
    overrides = {k: v for k, v in {"learning_starts": warmup, "learning_starts_fraction": 1.0}.items()
                 if k in spec.hparam_names()} | (hparams or {})
    return spec.factory(env, spec.make_config(overrides), seed), env


def time_training(algos: list[str], task_name: str, steps: int, warmup: int, seed: int = 0,
                  hparams: dict[str, dict[str, Any]] | None = None,
                  probe: MatmulProbe | None = None) -> dict[str, tuple[float, float | None]]:
    """{algo: (env steps per second over `steps` training steps after `warmup` random steps and
    SETTLE_STEPS untimed learning ones, the FLOPs of one of those steps as estimated by
    Agent.training_flops_per_step, or None where the agent has no model of them)}, the agents trained in turns (see
    interleaved), `probe` sampled between them."""
    built = {algo: _build(algo, task_name, warmup, seed, (hparams or {}).get(algo)) for algo in algos}
    trainers = [_solo_trainer(agent, warmup + SETTLE_STEPS + steps) for agent, _ in built.values()]
    rates = interleaved(trainers, warmup + SETTLE_STEPS, steps, between_turns=probe)
    for _, env in built.values():
        env.close()
    return {algo: (rate, agent.training_flops_per_step()) for (algo, (agent, _)), rate in zip(built.items(), rates)}


def time_seed_batch(algo: str, task_name: str, steps: int, warmup: int, seeds: list[int],
                    hparams: dict[str, Any] | None = None, probe: MatmulProbe | None = None
                    ) -> tuple[float, float, float]:
    """(aggregate env steps per second of `seeds` trained one at a time, the same of `seeds`
    trained as one seed batch in this process, the FLOPs of one seed's step), over the `steps`
    training steps after the warm-up and SETTLE_STEPS (all seeds' steps counted). The solo runs and the batch
    take turns (see interleaved)."""
    solo = [_build(algo, task_name, warmup, seed, hparams) for seed in seeds]
    batch = [_build(algo, task_name, warmup, seed, hparams) for seed in seeds]
    trainer = registry.get(algo).seed_batch([agent for agent, _ in batch])
    total = warmup + SETTLE_STEPS + steps
    trainers = [_solo_trainer(agent, total) for agent, _ in solo]
    rates = interleaved([*trainers, lambda tick: trainer.learn(total, None, tick)], warmup + SETTLE_STEPS, steps,
                        between_turns=probe)
    for _, env in solo + batch:
        env.close()
    one_at_a_time = len(seeds) * steps / sum(steps / rate for rate in rates[:-1])
    return one_at_a_time, len(seeds) * rates[-1], solo[0][0].training_flops_per_step()


def _solo_trainer(agent: Any, total_steps: int) -> Trainer:
    """One agent's training as a trainer: learn(total_steps), ticking after every step it reports."""
    return lambda tick: agent.learn(total_steps, lambda step, info: tick(step))


def interleaved(trainers: list[Trainer], warmup: int, steps: int, turn_seconds: float = TURN_SECONDS,
                between_turns: Callable[[], None] | None = None) -> list[float]:
    """Each trainer's env steps per second from its first step at or past `warmup` to its first
    at or past `warmup + steps` (agents that report steps a rollout at a time pass them without
    stopping on them), counting only the time it held the CPU.

    The trainers run in threads of their own, one at a time, in turns of about `turn_seconds`,
    on this process's torch threads; `between_turns` runs at the end of every turn, in no one's
    time. An error in one is raised here once the others are done.
    """
    turns = _Turns(len(trainers))
    clocks = [_Clock(i, turns, warmup, steps, turn_seconds, between_turns) for i in range(len(trainers))]
    errors: list[BaseException] = []
    n_threads = torch.get_num_threads()

    def train(i: int) -> None:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # Ctrl-C goes to the main thread
        try:
            turns.wait(i)
            torch.set_num_threads(n_threads)  # the setting of the thread that asked, in every thread
            clocks[i].resume()
            trainers[i](clocks[i])
        except _Stopped:
            pass
        except BaseException as e:  # noqa: BLE001 - raised in the calling thread below
            errors.append(e)
        finally:
            turns.leave(i)

    threads = [threading.Thread(target=train, args=(i,), daemon=True) for i in range(len(trainers))]
    with _interrupt_stops(turns) as interrupted:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    if interrupted:
        raise KeyboardInterrupt
    if errors:
        raise errors[0]
    return [clock.steps_per_second() for clock in clocks]


@contextmanager
def _interrupt_stops(turns: _Turns) -> Iterator[list[bool]]:
    """Ctrl-C (SIGINT) stops every trainer at its next step instead of raising in the waiting main
    thread, whose threads would be left running as the interpreter exits; the list it gives says
    whether it came, for the caller to raise KeyboardInterrupt once all have stopped."""
    interrupted: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield interrupted
        return

    def stop(signum: int, frame: Any) -> None:
        interrupted.append(True)
        turns.stop()

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


class _Stopped(Exception):
    """Raised in a trainer's thread to end its training when the bench is interrupted."""


class _Turns:
    """One trainer runs at a time; each hands on to the next still training, round-robin."""

    def __init__(self, n: int):
        self._cond = threading.Condition()
        self._order = list(range(n))
        self._turn: int | None = 0
        self.stopping = False

    def wait(self, i: int) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self._turn == i or self.stopping)
            if self.stopping:
                raise _Stopped

    def stop(self) -> None:
        with self._cond:
            self.stopping = True
            self._cond.notify_all()

    def hand_on(self, i: int) -> None:
        with self._cond:
            self._turn = self._order[(self._order.index(i) + 1) % len(self._order)]
            self._cond.notify_all()

    def leave(self, i: int) -> None:
        with self._cond:
            k = self._order.index(i)
            self._order.pop(k)
            self._turn = self._order[k % len(self._order)] if self._order else None
            self._cond.notify_all()


class _Clock:
    """One trainer's tick: times its steps between the marks, and hands on its turn when due."""

    def __init__(self, i: int, turns: _Turns, warmup: int, steps: int, turn_seconds: float,
                 between_turns: Callable[[], None] | None = None):
        self.i, self.turns, self.turn_seconds, self.between_turns = i, turns, turn_seconds, between_turns
        self.bounds = (warmup, warmup + steps)
        self.marks: list[int] = []  # the steps where timing began and ended
        self.elapsed = 0.0  # the time between the marks, turns of the others left out
        self.turn_began = self.counted_from = 0.0

    def resume(self) -> None:
        self.turn_began = self.counted_from = _now()

    def __call__(self, step: int) -> None:
        if self.turns.stopping:
            raise _Stopped
        now = _now()
        if not self.marks and step >= self.bounds[0]:
            self.marks.append(step)
            self.counted_from = now
        elif len(self.marks) == 1 and step >= self.bounds[1]:
            self.marks.append(step)
            self.elapsed += now - self.counted_from
        if len(self.marks) < 2 and now - self.turn_began >= self.turn_seconds:
            if self.marks:
                self.elapsed += now - self.counted_from
            if self.between_turns is not None:
                self.between_turns()
            self.turns.hand_on(self.i)
            self.turns.wait(self.i)
            self.resume()

    def steps_per_second(self) -> float:
        if len(self.marks) < 2:
            raise RuntimeError(f"a trainer stopped before step {self.bounds[1]}")
        return (self.marks[1] - self.marks[0]) / self.elapsed


class MatmulProbe:
    """This machine's float32 matrix-product rate at SAC's sizes, on the calling thread's torch
    threads, sampled a few products at a time: called between the turns of a bench, it meets the
    same drifts of the machine's speed as the agents.

    Its rate, `gflops`, is that of products whose operands come from beyond a core's L2 cache:
    each product takes the next of `pairs` pairs of operands (32 pairs of 256 x 256: 16 MB), as an
    update's products find their weights and activations after the step's other kernels and
    Adam's passes over several MB. Inside compiled updates (sac-l, smose, pmoe) the products ran
    at 75-86 GFLOP/s where this rate was 86-88 and one pair's, kept in cache, 85-99
    (`gflops_in_cache`, also sampled: the rate the floor was measured at until 2026-12-07).
    """

    def __init__(self, n: int = 256, products: int = 20, pairs: int = 32):
        self.n, self.products = n, products
        self.a, self.b = torch.randn(n, n), torch.randn(n, n)
        self.rotated = [(torch.randn(n, n), torch.randn(n, n)) for _ in range(pairs)]
        self.next_pair = 0
        self.count, self.seconds, self.seconds_in_cache = 0, 0.0, 0.0

    def __call__(self) -> None:
        t0 = time.perf_counter()
        for _ in range(self.products):
            a, b = self.rotated[self.next_pair]
            a @ b
            self.next_pair = (self.next_pair + 1) % len(self.rotated)
        self.seconds += time.perf_counter() - t0
        self.a @ self.b  # this pair back in cache, untimed
        t0 = time.perf_counter()
        for _ in range(self.products):
            self.a @ self.b
        self.seconds_in_cache += time.perf_counter() - t0
        self.count += self.products

    def _sampled(self) -> None:
        if self.count == 0:  # a bench too short to end a turn
            for _ in range(200 // self.products):
                self()

    @property
    def gflops(self) -> float:
        """The rate on rotated operands over every sample so far (taking 200 products now if none
        was taken): the floor's rate."""
        self._sampled()
        return 2 * self.n**3 * self.count / self.seconds / 1e9

    @property
    def gflops_in_cache(self) -> float:
        """The rate of one pair of operands kept in cache, over the same samples."""
        self._sampled()
        return 2 * self.n**3 * self.count / self.seconds_in_cache / 1e9

    def summary(self) -> str:
        """The rates, as a bench's header gives them."""
        size = len(self.rotated) * 2 * self.n * self.n * 4 / 2**20
        return (f"matmul {self.n}^3: {self.gflops:.0f} GFLOP/s on operands rotated over {size:g} MB "
                f"(the floor's rate; {self.gflops_in_cache:.0f} on operands in cache), between the turns")
