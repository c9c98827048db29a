"""Runs that survive interruption: kill -9 an experiment mid-run, rerun it, lose nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.runner import run
from harness.spec import RunSpec
from harness.store import Store

ROOT = Path(__file__).resolve().parent.parent
HPARAMS = "learning_starts=100,batch_size=32,critic_hidden=[32,32]"
ARGS = ["run", "--no-interpret", "--algos", "linear-sac", "--envs", "Pendulum", "--seeds", "2", "--workers", "1",
        "--budget", "1400", "--eval-interval", "400", "--eval-episodes", "1",
        "--final-eval-episodes", "2", "--checkpoint-interval", "400", "--hparams", HPARAMS,
        "--no-report", "--no-seed-batch"]
# Two seed batches of two seeds each: linear-sac's, then sac-s's.
BATCH_ARGS = [*ARGS[:ARGS.index("--no-seed-batch")], "--algos", "linear-sac,sac-s"]


def start(out: Path, args: list[str] = ARGS) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "harness", *args, "--out", str(out)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def kill_when(proc: subprocess.Popen, *paths: Path) -> None:
    deadline = time.time() + 420
    while not all(p.exists() for p in paths):
        assert proc.poll() is None, proc.communicate()
        assert time.time() < deadline, f"the experiment never wrote {paths}"
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def rerun(out: Path, args: list[str] = ARGS) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "harness", *args, "--out", str(out)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done


def test_kill_9_then_rerun_resumes_and_skips_finished(tmp_path):
    out = tmp_path / "exp"
    seed0 = out / "Pendulum-v1/linear-sac/seed0/final.json"
    ckpt1 = out / ".checkpoints/Pendulum-v1/linear-sac/seed1/checkpoint.pt"
    kill_when(start(out), seed0, ckpt1)  # seed 0 done, seed 1 past its first checkpoint
    # Seed 1 was interrupted: its folder holds its curve so far, not a result.
    assert [r.status for r in Store(out).records()] == ["finished", "unfinished"]
    seed0_written = seed0.stat().st_mtime_ns

    again = rerun(out)
    assert "skipping 1 finished run(s)" in again.stderr
    assert "resumed  Pendulum-v1/linear-sac/seed1 from its checkpoint at step" in again.stderr
    assert seed0.stat().st_mtime_ns == seed0_written  # the finished run was not retrained
    assert [r.status for r in Store(out).records()] == ["finished", "finished"]
    assert not (out / ".checkpoints").exists()  # cleaned up, the emptied folders too

    # Nothing was lost: the resumed run is the run an uninterrupted process would have made.
    resumed = Store(out).records()[1]
    spec = RunSpec.from_dict(resumed.config["spec"])
    fresh = run(spec)
    assert resumed.config["resumed_from_step"] >= 400
    assert json.loads((resumed.path / "final.json").read_text())["returns"] == fresh.final["returns"]
    # (pandas reads the CSVs back to within one unit in the last place: equal up to that.)
    assert resumed.curve()["return_mean"].tolist() == pytest.approx(
        [r["return_mean"] for r in fresh.curve], rel=1e-12)
    assert resumed.train_episodes()["return"].tolist() == pytest.approx(
        [e["return"] for e in fresh.train_episodes], rel=1e-12)


def test_kill_9_then_rerun_resumes_a_seed_batch(tmp_path):
    out = tmp_path / "exp"
    first_batch = [out / f"Pendulum-v1/linear-sac/seed{k}/final.json" for k in (0, 1)]
    ckpts = [out / f".checkpoints/Pendulum-v1/sac-s/seed{k}/checkpoint.pt" for k in (0, 1)]
    kill_when(start(out, BATCH_ARGS), *first_batch, *ckpts)
    assert not any((out / "Pendulum-v1/sac-s").glob("*/final.json"))  # interrupted: unfinished
    written = [p.stat().st_mtime_ns for p in first_batch]

    again = rerun(out, BATCH_ARGS)
    assert "skipping 2 finished run(s)" in again.stderr
    for k in (0, 1):
        assert f"resumed  Pendulum-v1/sac-s/seed{k} from its checkpoint at step" in again.stderr
    assert [p.stat().st_mtime_ns for p in first_batch] == written  # not retrained
    records = Store(out).records()
    assert [r.status for r in records] == ["finished"] * 4
    resumed = [r for r in records if r.algo == "sac-s"]
    for r in resumed:
        assert r.config["resumed_from_step"] >= 400 and r.config["seed_batch"] == [0, 1]
        # The curve kept its evaluations from before the interruption and went on to the end.
        assert r.curve()["step"].tolist() == [400, 800, 1200, 1400]
    assert not any(c.parent.exists() for c in ckpts)  # cleaned up


SB3_HPARAMS = ("ppo.n_steps=64,ppo.batch_size=32,ppo.n_epochs=4,"
               "sb3-sac.hidden_sizes=[32,32],sb3-sac.batch_size=32,sb3-sac.learning_starts=100")
SB3_ARGS = ["run", "--no-interpret", "--algos", "ppo,sb3-sac", "--envs", "Pendulum", "--seeds", "1", "--workers", "1",
            "--budget", "1400", "--eval-interval", "400", "--eval-episodes", "1",
            "--final-eval-episodes", "2", "--checkpoint-interval", "200", "--hparams", SB3_HPARAMS,
            "--no-report"]


def test_kill_9_twice_then_rerun_resumes_sb3_agents(tmp_path):
    out = tmp_path / "exp"
    ckpts = out / ".checkpoints/Pendulum-v1"
    ppo, sac = out / "Pendulum-v1/ppo/seed0/final.json", out / "Pendulum-v1/sb3-sac/seed0/final.json"
    kill_when(start(out, SB3_ARGS), ckpts / "ppo/seed0/checkpoint.pt")  # ppo mid-run
    assert not ppo.exists()

    second = start(out, SB3_ARGS)  # resumes ppo, which finishes; killed while sb3-sac trains
    kill_when(second, ppo, ckpts / "sb3-sac/seed0/checkpoint.pt")
    assert "resumed  Pendulum-v1/ppo/seed0 from its checkpoint at step" in second.communicate()[1]
    assert not sac.exists()
    ppo_written = ppo.stat().st_mtime_ns

    again = rerun(out, SB3_ARGS)
    assert "skipping 1 finished run(s)" in again.stderr
    assert "resumed  Pendulum-v1/sb3-sac/seed0 from its checkpoint at step" in again.stderr
    assert ppo.stat().st_mtime_ns == ppo_written  # the finished run was not retrained
    records = {r.algo: r for r in Store(out).records()}
    assert [r.status for r in records.values()] == ["finished", "finished"]
    assert not any(ckpts.rglob("checkpoint.pt"))  # cleaned up
    for r in records.values():
        assert 200 <= r.config["resumed_from_step"] < 1400
        # The curve kept its evaluations from before the interruption and went on to the end.
        assert r.curve()["step"].tolist() == [400, 800, 1200, 1400]
    # Pendulum's episodes last 200 steps. Both agents resumed exactly where they stood (ppo at a
    # rollout boundary, mid-episode): every training episode is there once, where an
    # uninterrupted run has it.
    assert records["ppo"].config["resumed_from_step"] % 200 != 0
    for r in records.values():
        episodes = r.train_episodes()
        assert episodes["step"].tolist() == list(range(200, 1401, 200))
        assert (episodes["length"] == 200).all()
