"""The results store: round trip, atomic folders, skip-finished and refusing other settings."""

from __future__ import annotations

import json

import numpy as np
import pytest
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

from envs.suites import get_task, make_env
from harness import registry
from harness.runner import run
from harness.spec import RunResult, RunSpec, Settings
from harness.store import Store, StoreError

SETTINGS = Settings(budget=100, eval_interval=50, eval_episodes=2, final_eval_episodes=3)


def fake_result(spec: RunSpec, status: str = "finished") -> RunResult:
    return RunResult(
        spec=spec, status=status, config={"hparams": {"x": 1}},
        # -105.17041446897025 needs all 17 digits: pandas' default parser reads it one ulp off.
        curve=[{"step": 50, "wall_time_s": 1.0, "return_mean": -105.17041446897025, "return_std": 1.0,
                "length_mean": 10.0, "success_rate": None}],
        train_episodes=[{"step": 10, "return": -7.0, "length": 10}],
        scalars=[(50, "train/critic_loss", 0.5)],
        final={"return_mean": -4.0, "returns": [-4.0, -3.0, -5.0]} if status == "finished" else None,
        model_files={"model.pt": b"weights", "sub/extra.json": b"{}"},
        error=None if status == "finished" else "Traceback...\nRuntimeError: boom",
    )


def test_round_trip(tmp_path):
    store = Store(tmp_path / "exp")
    spec = RunSpec("exp", "sac-l", "Pendulum-v1", 0, SETTINGS)
    store.open("exp", SETTINGS, [spec])
    assert not store.is_finished(spec)
    folder = store.write(fake_result(spec))
    assert folder == tmp_path / "exp/Pendulum-v1/sac-l/seed0"
    assert store.is_finished(spec)
    [rec] = store.records()
    assert (rec.task, rec.algo, rec.seed, rec.status) == ("Pendulum-v1", "sac-l", 0, "finished")
    assert rec.final["returns"] == [-4.0, -3.0, -5.0]
    assert rec.config["spec"]["seed"] == 0 and rec.config["hparams"] == {"x": 1}
    assert rec.curve()["return_mean"].tolist() == [-105.17041446897025]  # exactly
    assert rec.train_episodes()["return"].tolist() == [-7.0]
    assert (rec.model_dir / "sub/extra.json").read_bytes() == b"{}"
    events = EventAccumulator(str(folder / "tb"))
    events.Reload()
    scalars = {tag: [(e.step, e.value) for e in events.Scalars(tag)] for tag in events.Tags()["scalars"]}
    assert scalars["eval/return_mean"] == [(50, pytest.approx(-105.17041446897025))]
    assert scalars["train/critic_loss"] == [(50, 0.5)]
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]  # no temp folder left


def test_failed_run_is_recorded_and_replaced_by_a_later_success(tmp_path):
    store = Store(tmp_path)
    spec = RunSpec("exp", "sac-l", "Pendulum-v1", 1, SETTINGS)
    other = RunSpec("exp", "sac-l", "Pendulum-v1", 2, SETTINGS)
    store.open("exp", SETTINGS, [spec, other])
    store.write(fake_result(spec, "failed"))
    records = {r.seed: r for r in store.records()}
    assert records[1].status == "failed" and "RuntimeError: boom" in records[1].error
    assert records[2].status == "missing"
    assert not store.is_finished(spec)
    store.write(fake_result(spec))
    assert store.records()[0].status == "finished"
    assert not (store.run_dir(spec) / "failed.json").exists()


def test_other_settings_are_refused_but_more_runs_are_welcome(tmp_path):
    store = Store(tmp_path)
    a = RunSpec("exp", "sac-l", "Pendulum-v1", 0, SETTINGS)
    store.open("exp", SETTINGS, [a])
    b = RunSpec("exp", "linear-sac", "Pendulum-v1", 0, SETTINGS)
    store.open("exp", SETTINGS, [b])
    assert json.loads((tmp_path / "experiment.json").read_text())["runs"] == [a.run_id, b.run_id]
    with pytest.raises(StoreError, match="other settings .*budget: 100 there, 200 here"):
        store.open("exp", Settings(budget=200, eval_interval=50, eval_episodes=2, final_eval_episodes=3), [a])


def test_a_foreign_folder_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not an experiment folder"):
        Store(tmp_path).open("exp", SETTINGS, [])
    with pytest.raises(StoreError, match="not an experiment folder"):
        Store(tmp_path).records()


def test_saved_model_loads_and_acts_the_same(tmp_path, tiny_settings):
    spec = RunSpec("exp", "sac-l", "Pendulum-v1", 0, tiny_settings)
    result = run(spec)
    store = Store(tmp_path)
    store.open("exp", tiny_settings, [spec])
    rec_dir = store.write(result)
    task = get_task("Pendulum-v1")
    env = make_env(task)
    from algorithms.base import EnvInfo

    agent = registry.get("sac-l").loader(rec_dir / "model", EnvInfo.from_env(env))
    obs = np.array([0.3, -0.2, 0.5], dtype=np.float32)
    # The reloaded policy reproduces the stored final evaluation's first episode exactly.
    from harness.protocol import evaluate

    ev = evaluate(agent.act, env, task, tiny_settings.final_eval_episodes)
    assert ev.returns.tolist() == result.final["returns"]
    assert agent.act(obs).shape == (1,)


def test_damaged_run_files_are_named_not_a_traceback(tmp_path):
    store = Store(tmp_path / "e")
    spec = RunSpec("e", "sac-l", "Pendulum-v1", 0, SETTINGS)
    store.open("e", SETTINGS, [spec])
    run_dir = store.write(fake_result(spec))
    assert oct(run_dir.stat().st_mode & 0o777) != oct(0o700)  # the umask's mode, as any folder
    (run_dir / "curve.csv").write_text("garbage\n1\n")
    with pytest.raises(StoreError, match="curve.csv is damaged"):
        store.records()[0].curve()
    (run_dir / "final.json").write_text("{not json")
    with pytest.raises(StoreError, match="final.json is damaged"):
        store.records()
    (tmp_path / "e" / "experiment.json").write_text("{")
    with pytest.raises(StoreError, match="experiment.json is damaged"):
        store.check(SETTINGS)
