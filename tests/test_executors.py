"""The local executor's memory limit on workers, and how runs are grouped into seed batches."""

from __future__ import annotations

from harness import executors
from harness.batching import plan_batches
from harness.spec import RunSpec, Settings


def specs(budget: int, n: int) -> list[RunSpec]:
    return [RunSpec("m", "sac-l", "Ant-v5", s, Settings(budget=budget, eval_interval=1000)) for s in range(n)]


def test_a_million_step_ant_buffer_is_counted():
    # Ant-v5 (27 observations, 8 actions): 1M x (2*27 + 8 + 2) floats = 256 MB, plus the process.
    need = executors.batch_memory_bytes(specs(5_000_000, 1))
    assert need == executors.PROCESS_OVERHEAD_BYTES + 1_000_000 * 64 * 4


def test_workers_are_limited_by_available_memory_and_say_so(monkeypatch):
    per_run = executors.batch_memory_bytes(specs(1_000_000, 1))
    monkeypatch.setattr(executors, "available_memory_bytes", lambda: int(per_run * 3.5))
    one_per_process = [[s] for s in specs(1_000_000, 8)]
    workers, why = executors.workers_within_memory(one_per_process, 8)
    assert workers == 3 and why.startswith("limiting workers to 3")
    monkeypatch.setattr(executors, "available_memory_bytes", lambda: per_run * 100)
    assert executors.workers_within_memory(one_per_process, 8) == (8, None)


def test_a_seed_batch_counts_one_process_and_every_seed_buffer(monkeypatch):
    batch = specs(1_000_000, 4)
    buffer = executors.batch_memory_bytes(batch[:1]) - executors.PROCESS_OVERHEAD_BYTES
    assert executors.batch_memory_bytes(batch) == executors.PROCESS_OVERHEAD_BYTES + 4 * buffer
    monkeypatch.setattr(executors, "available_memory_bytes",
                        lambda: int(executors.batch_memory_bytes(batch) * 1.5))
    assert executors.workers_within_memory([batch, batch], 2)[0] == 1


def test_seeds_of_one_sac_agent_and_task_are_batched_and_split_to_fill_workers():
    settings = Settings(budget=1000, eval_interval=1000)
    runs = [RunSpec("m", algo, task, s, settings)
            for task in ("Hopper-v5", "Ant-v5") for algo in ("sac-l", "ppo") for s in range(4)]
    seeds = [[(b[0].task, b[0].algo)] + [s.seed for s in b] for b in plan_batches(runs, workers=1)]
    assert seeds == [[("Hopper-v5", "sac-l"), 0, 1, 2, 3], [("Hopper-v5", "ppo"), 0], [("Hopper-v5", "ppo"), 1],
                     [("Hopper-v5", "ppo"), 2], [("Hopper-v5", "ppo"), 3], [("Ant-v5", "sac-l"), 0, 1, 2, 3],
                     [("Ant-v5", "ppo"), 0], [("Ant-v5", "ppo"), 1], [("Ant-v5", "ppo"), 2], [("Ant-v5", "ppo"), 3]]
    sac = [r for r in runs if r.algo == "sac-l" and r.task == "Hopper-v5"]
    # 8 workers and one group of 4 seeds: one seed each, as without batching.
    assert [len(b) for b in plan_batches(sac, workers=8)] == [1, 1, 1, 1]
    assert [len(b) for b in plan_batches(sac, workers=2)] == [2, 2]
    assert [len(b) for b in plan_batches(sac[:3], workers=2)] == [2, 1]
    assert [len(b) for b in plan_batches(sac, workers=1, max_seeds=3)] == [2, 2]
    assert [len(b) for b in plan_batches(sac, workers=1, max_seeds=1)] == [1, 1, 1, 1]


def test_an_interrupt_in_the_driver_of_a_process_pool_propagates_as_itself():
    """Ctrl-C while two worker processes train: the driver stops the pool and re-raises the
    KeyboardInterrupt, which the CLI turns into its 'interrupted' line. (Reading the pool's
    processes after shutdown() found None, and an AttributeError replaced the interrupt.)"""
    import pytest

    settings = Settings(budget=200, eval_interval=200, eval_episodes=1, final_eval_episodes=1,
                        interpret=False, hparams={"linear-sac": {"learning_starts": 100, "batch_size": 16,
                                                                 "critic_hidden": [8]}})
    batches = [[RunSpec("i", "linear-sac", "Pendulum-v1", s, settings)] for s in range(3)]

    def interrupt(result):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        executors.LocalExecutor(workers=2).run(batches, on_result=interrupt)
