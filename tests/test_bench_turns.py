"""bench's timing: the agents train in turns, and each is timed on its own turns only.

A fake clock that only the trainers advance makes the timing exact, whatever the machine does.
"""

from __future__ import annotations

import itertools
import os
import signal
import time

import pytest

from harness import bench


@pytest.fixture
def clock(monkeypatch):
    now = [0.0]
    monkeypatch.setattr(bench, "_now", lambda: now[0])
    return now


def fake_trainer(i: int, seconds_per_step: float, total: int, clock: list[float], log: list[int],
                 fail_at: int | None = None):
    def train(tick):
        for step in range(1, total + 1):
            if step == fail_at:
                raise ValueError(f"trainer {i} failed")
            clock[0] += seconds_per_step
            log.append(i)
            tick(step)
    return train


def runs(log: list[int]) -> list[tuple[int, int]]:
    """(trainer, steps) of each uninterrupted run in the log."""
    return [(i, len(list(group))) for i, group in itertools.groupby(log)]


def test_each_trainer_is_timed_on_its_own_turns_only(clock):
    log: list[int] = []
    trainers = [fake_trainer(i, seconds, 30, clock, log) for i, seconds in enumerate((0.01, 0.03, 0.02))]

    rates = bench.interleaved(trainers, warmup=10, steps=20, turn_seconds=0.1)

    # Steps 11-30 of each: 20 steps at its own cost, the others' turns in between left out.
    assert rates == pytest.approx([100.0, 100 / 3, 50.0])
    assert [log.count(i) for i in range(3)] == [30, 30, 30]
    turns = runs(log)
    assert len(turns) > 10  # they took turns ...
    assert all(a[0] != b[0] for a, b in zip(turns, turns[1:]))  # ... one after another
    # A turn lasts about turn_seconds: 10 steps of trainer 0, 4 of 1, 5 of 2 (one more where the
    # sums of float step costs fall just short). The last trainer left runs its turns back to back.
    longest = {0: 11, 1: 5, 2: 6}
    assert all(n <= longest[i] for i, n in turns[:-1])
    assert [i for i, _ in turns[:6]] == [0, 1, 2, 0, 1, 2]  # round-robin while all train


def test_what_runs_between_turns_is_in_no_ones_time(clock):
    log: list[int] = []
    calls = []

    def between_turns():  # as long as a turn, each time: the timing must leave it out
        clock[0] += 0.1
        calls.append(log[-1])

    trainers = [fake_trainer(i, seconds, 30, clock, log) for i, seconds in enumerate((0.01, 0.03))]
    rates = bench.interleaved(trainers, warmup=10, steps=20, turn_seconds=0.1, between_turns=between_turns)

    assert rates == pytest.approx([100.0, 100 / 3])
    # at the end of every turn but the last of each trainer (it leaves instead), so at least at
    # every change of trainer; the one left alone takes turn after turn, each ended the same way
    assert len(calls) >= len(runs(log)) - 2 and set(calls) == {0, 1}


def test_the_matmul_probe_samples_where_it_was_never_called_and_rotates_its_operands():
    probe = bench.MatmulProbe(n=64, products=5, pairs=3)
    assert probe.gflops > 0 and probe.gflops_in_cache > 0 and probe.count == 200
    assert probe.next_pair == 200 % 3  # every product on the next pair, around the three
    probe()
    assert probe.count == 205 and probe.next_pair == 205 % 3
    assert "on operands rotated over 0.09375 MB" in probe.summary()  # 3 pairs of 64 x 64


def test_an_error_in_one_trainer_is_raised_after_the_others_finish(clock):
    log: list[int] = []
    trainers = [fake_trainer(0, 0.01, 40, clock, log, fail_at=15), fake_trainer(1, 0.01, 40, clock, log)]

    with pytest.raises(ValueError, match="trainer 0 failed"):
        bench.interleaved(trainers, warmup=5, steps=30, turn_seconds=0.05)

    assert log.count(0) == 14 and log.count(1) == 40  # the other one was not left waiting


def test_a_trainer_that_stops_before_the_last_mark_is_an_error(clock):
    log: list[int] = []
    with pytest.raises(RuntimeError, match="stopped before step 30"):
        bench.interleaved([fake_trainer(0, 0.01, 20, clock, log)], warmup=10, steps=20)


def test_ctrl_c_stops_every_trainer_at_its_next_step_then_interrupts(clock):
    """SIGINT during a bench: no trainer is left running as the interpreter exits (that aborted
    the process), and the caller's handler is back in place."""
    log: list[int] = []
    handler = signal.getsignal(signal.SIGINT)

    def interrupted_at_15(tick):
        for step in range(1, 31):
            clock[0] += 0.01
            log.append(0)
            if step == 15:
                os.kill(os.getpid(), signal.SIGINT)  # as Ctrl-C: to the process, taken by the main thread
                time.sleep(0.2)
            tick(step)

    with pytest.raises(KeyboardInterrupt):
        bench.interleaved([interrupted_at_15, fake_trainer(1, 0.01, 30, clock, log)], warmup=5, steps=25,
                          turn_seconds=0.05)

    assert log.count(0) == 15 and 0 < log.count(1) < 30
    assert signal.getsignal(signal.SIGINT) is handler


PINNING = """
import os, threading
from harness.bench import current_cpu, pinned_to_cpu

before = os.sched_getaffinity(0)
cpu = max(before)
release = threading.Event()
early = threading.Thread(target=release.wait)  # running before the pinning
early.start()
seen = []
with pinned_to_cpu(cpu):
    later = threading.Thread(target=lambda: seen.append((os.sched_getaffinity(0), current_cpu())))
    later.start()
    later.join()
    during = {int(t): os.sched_getaffinity(int(t)) for t in os.listdir("/proc/self/task")}
after = {int(t): os.sched_getaffinity(int(t)) for t in os.listdir("/proc/self/task")}
release.set()
early.join()
assert {frozenset(v) for v in during.values()} == {frozenset({cpu})}, during
assert seen == [({cpu}, cpu)], seen
assert {frozenset(v) for v in after.values()} == {frozenset(before)}, after
print("ok", len(during))
"""


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="pinning needs Linux")
def test_the_bench_pins_every_thread_to_one_cpu_and_frees_them_after():
    """Threads already running and threads started while pinned all run on the one CPU (JAX's
    XLA threads start when SBX's agent is built); afterwards every thread may run anywhere again.
    In a process of its own: pinning the test worker would slow the tests after it."""
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run([sys.executable, "-c", PINNING], cwd=Path(__file__).resolve().parent.parent,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("ok"), out.stderr
