"""The Ray executor on a local Ray instance: results come back to the driver, failures per run."""

from __future__ import annotations

import dataclasses

import pytest

from harness.spec import RunSpec
from harness.store import Store

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.ray


def test_runs_on_ray_return_to_the_driver_which_writes_the_store(tmp_path, tiny_settings):
    from harness.executors import ProgressDisplay, run_ray

    settings = dataclasses.replace(tiny_settings, budget=200, eval_interval=100)
    good = [RunSpec("r", "linear-sac", "Pendulum-v1", s, settings) for s in (0, 1)]
    bad = RunSpec("r", "no-such-agent", "Pendulum-v1", 2, settings)  # raises inside the worker
    store = Store(tmp_path / "r")
    store.open("r", settings, good)
    written = []

    def on_result(result):
        if result.spec is not bad:
            store.write(result)
        written.append(result)

    with ProgressDisplay(3) as display:
        run_ray([good, [bad]], address=None, on_result=on_result, display=display, num_cpus=2)
    by_seed = {r.spec.seed: r for r in written}
    assert by_seed[0].status == by_seed[1].status == "finished"
    assert by_seed[0].final["seed_batch"] == [0, 1]
    assert by_seed[2].status == "failed"
    assert "Traceback" in by_seed[2].error and "unknown algorithm 'no-such-agent'" in by_seed[2].error
    assert [r.status for r in store.records()] == ["finished", "finished"]
    assert not ray.is_initialized()  # the executor shut down the instance it started
