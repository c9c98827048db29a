"""The Ray executor on a local Ray instance: results come back to the driver, failures per run."""

from __future__ import annotations

import dataclasses
import json
import os
import socket

import pytest
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

from harness.checkpoints import Checkpointing
from harness.cli import main
from harness.spec import RunSpec
from harness.store import Store

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.ray


def test_runs_on_ray_return_to_the_driver_which_writes_the_store(tmp_path, tiny_settings):
    from harness.display import ProgressDisplay
    from harness.executors import RayExecutor

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

    checkpointing = Checkpointing(tmp_path / "checkpoints", interval=100)  # one at step 100
    with ProgressDisplay(3) as display, RayExecutor(None, num_cpus=2) as executor:
        executor.run([good, [bad]], on_result=on_result, observer=display, checkpointing=checkpointing)
    by_seed = {r.spec.seed: r for r in written}
    assert by_seed[0].status == by_seed[1].status == "finished"
    assert by_seed[0].final["seed_batch"] == [0, 1]
    assert by_seed[2].status == "failed"
    assert "Traceback" in by_seed[2].error and "unknown algorithm 'no-such-agent'" in by_seed[2].error
    assert [r.status for r in store.records()] == ["finished", "finished"]
    assert not ray.is_initialized()  # the executor shut down the instance it started
    # The worker removed the finished batch's checkpoint itself (the driver may not see its disk).
    assert (tmp_path / "checkpoints").is_dir() and not list((tmp_path / "checkpoints").rglob("*.pt"))


def test_run_splits_seed_batches_over_the_clusters_cpus(tmp_path, monkeypatch, capsys):
    """`run --executor ray` plans its seed batches for the cluster's CPUs, not the driver's; the
    driver logs each run's TensorBoard events live from the progress the Ray tasks send."""
    from harness.live import LiveLog

    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    monkeypatch.setattr(os, "cpu_count", lambda: 1)  # a one-core driver would make one batch of 4
    live_complete, finish = [], LiveLog.finish
    monkeypatch.setattr(LiveLog, "finish", lambda self, result: live_complete.append(finish(self, result)) or
                        live_complete[-1])
    try:
        code = main(["run", "--no-interpret", "--algos", "linear-sac", "--envs", "Pendulum-v1", "--seeds", "4",
                     "--budget", "200", "--eval-interval", "100", "--eval-episodes", "1",
                     "--final-eval-episodes", "1", "--executor", "ray", "--out", str(tmp_path / "e"),
                     "--no-report"])
        assert ray.is_initialized()  # a connection made before `run` is left as it was
    finally:
        ray.shutdown()
    assert code == 0
    assert "on Ray (a local instance, 4 CPUs)" in " ".join(capsys.readouterr().err.split())
    finals = [json.loads(p.read_text()) for p in sorted((tmp_path / "e").glob("*/*/seed*/final.json"))]
    assert len(finals) == 4
    assert all("seed_batch" not in f for f in finals)  # four tasks of one seed, one per CPU
    assert live_complete == [True] * 4  # every run's events reached the driver while it trained
    for tb in (tmp_path / "e").glob("*/*/seed*/tb"):
        acc = EventAccumulator(str(tb))
        acc.Reload()
        assert [e.step for e in acc.Scalars("eval/return_mean")] == [100, 200]


def test_an_unreachable_cluster_is_one_line_and_exit_2(tmp_path, capsys):
    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["run", "--no-interpret", "--algos", "linear-sac", "--envs", "Pendulum-v1", "--budget", "200",
                 "--executor", "ray", "--ray-address", f"127.0.0.1:{port}", "--out", str(tmp_path / "e")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"error: cannot reach the Ray cluster at 127.0.0.1:{port}") and err.count("\n") == 1
    assert not ray.is_initialized()


def test_ray_connection_errors_say_what_to_do():
    from harness.executors import _connection_error

    # What ray.init raises when the cluster wants a token (measured with Ray 2.60's `ray start`).
    try:
        try:
            raise RuntimeError("Failed to connect to GCS. Last connection error: Traceback ...\n"
                               "ray.exceptions.AuthenticationError: RPC error: InvalidAuthToken")
        except RuntimeError as inner:
            raise ConnectionError("Failed to connect to Ray cluster at 10.0.0.5:6379") from inner
    except ConnectionError as e:
        refused = e
    assert "set RAY_AUTH_MODE=token" in _connection_error("10.0.0.5:6379", refused)
    missing = ConnectionError("Could not find any running Ray instance. Please specify ...")
    assert "start one with `ray start --head`" in _connection_error("auto", missing)
    other = ConnectionError("Failed to connect to Ray cluster at 10.0.0.5:6379")
    assert _connection_error("10.0.0.5:6379", other) == \
        "cannot connect to Ray at 10.0.0.5:6379: Failed to connect to Ray cluster at 10.0.0.5:6379"


def test_a_node_without_the_project_is_named_in_the_failure():
    from harness.executors import _ray_task_error

    # The repr of what ray.get raised when a worker could not import harness (seen on a cluster
    # started before the project was installed).
    seen = ("RayTaskError(RaySystemError)(RaySystemError(ModuleNotFoundError(\"No module named "
            "'harness'\"), 'Traceback ...'))")
    assert _ray_task_error(RuntimeError(seen)).startswith(
        "ray task failed: its worker could not import the project; install smose-bench on every node")
    assert _ray_task_error(RuntimeError("worker died")) == "ray task failed: RuntimeError('worker died')"


def test_checkpoints_go_to_the_experiment_folder_whatever_the_workers_directory(tmp_path, monkeypatch):
    """A relative --out names a folder of the driver's: Ray workers, which work elsewhere (here,
    where Ray was started), write their checkpoints there too, and none is left behind."""
    (tmp_path / "ray_cwd").mkdir()
    (tmp_path / "driver_cwd").mkdir()
    monkeypatch.chdir(tmp_path / "ray_cwd")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    monkeypatch.chdir(tmp_path / "driver_cwd")
    try:
        code = main(["run", "--no-interpret", "--algos", "linear-sac", "--envs", "Pendulum-v1", "--seeds", "2",
                     "--budget", "300", "--eval-interval", "100", "--eval-episodes", "1",
                     "--final-eval-episodes", "1", "--checkpoint-interval", "100",
                     "--executor", "ray", "--out", "exp", "--no-report", "--seed-batch", "1"])
    finally:
        ray.shutdown()
    assert code == 0
    assert len(list((tmp_path / "driver_cwd" / "exp").glob("*/*/seed*/final.json"))) == 2
    assert not list(tmp_path.rglob("checkpoint.pt")) and not (tmp_path / "ray_cwd" / "exp").exists()


def test_a_run_the_driver_stops_on_ray_ends_not_finished(tiny_settings):
    """`tune`'s pruning on Ray: the stop reaches the worker through an actor it reads every 2 s."""
    from harness.executors import RayExecutor

    settings = dataclasses.replace(tiny_settings, budget=3000, eval_interval=1000)
    specs = [RunSpec("s", "linear-sac", "Pendulum-v1", s, settings) for s in (0, 1)]
    results = []
    with RayExecutor(None, num_cpus=2) as executor:
        class Observer:
            def update(self, run_id, event):
                if run_id == specs[0].run_id:
                    executor.stop(run_id, "asked by the test")

            def finished(self, result):
                pass

        executor.run([[specs[0]], [specs[1]]], on_result=results.append, observer=Observer())
    by_seed = {r.spec.seed: r for r in results}
    assert by_seed[0].status == "failed" and "by the driver: asked by the test" in by_seed[0].error
    assert by_seed[1].status == "finished"
