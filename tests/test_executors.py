"""The local executor's memory limit on workers."""

from __future__ import annotations

from harness import executors
from harness.spec import RunSpec, Settings


def specs(budget: int, n: int) -> list[RunSpec]:
    return [RunSpec("m", "sac-l", "Ant-v5", s, Settings(budget=budget, eval_interval=1000)) for s in range(n)]


def test_a_million_step_ant_buffer_is_counted():
    # Ant-v5 (27 observations, 8 actions): 1M x (2*27 + 8 + 2) floats = 256 MB, plus the process.
    need = executors.run_memory_bytes(specs(5_000_000, 1)[0])
    assert need == executors.PROCESS_OVERHEAD_BYTES + 1_000_000 * 64 * 4


def test_workers_are_limited_by_available_memory_and_say_so(monkeypatch):
    per_run = executors.run_memory_bytes(specs(1_000_000, 1)[0])
    monkeypatch.setattr(executors, "available_memory_bytes", lambda: int(per_run * 3.5))
    workers, why = executors.workers_within_memory(specs(1_000_000, 8), 8)
    assert workers == 3 and why.startswith("limiting workers to 3")
    monkeypatch.setattr(executors, "available_memory_bytes", lambda: per_run * 100)
    assert executors.workers_within_memory(specs(1_000_000, 8), 8) == (8, None)
