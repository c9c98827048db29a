"""`publish`: a store fit to commit reports the same numbers, acts the same and is resumed from."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from harness.cli import main
from harness.commands.interpret import load_run
from harness.store import Store

FLAGS = ["--algos", "linear-sac,ppo", "--envs", "Pendulum", "--seeds", "1", "--workers", "1",
         "--no-interpret", "--budget", "300", "--eval-interval", "150", "--eval-episodes", "1",
         "--final-eval-episodes", "2", "--hparams",
         "learning_starts=100,batch_size=32,critic_hidden=[32,32],ppo.n_steps=64,ppo.batch_size=32"]


@pytest.fixture(scope="module")
def experiment(tmp_path_factory):
    """A finished linear-sac and ppo run, and a planned seed left unfinished mid-training."""
    root = tmp_path_factory.mktemp("publish")
    out = root / "results" / "exp"
    assert main(["run", "--out", str(out), "--reports-dir", str(root / "reports"), *FLAGS]) == 0
    experiment = json.loads((out / "experiment.json").read_text())
    experiment["runs"].append("Pendulum-v1/linear-sac/seed1")  # as a cut-off `--seeds 2` leaves it
    (out / "experiment.json").write_text(json.dumps(experiment))
    unfinished = out / "Pendulum-v1/linear-sac/seed1"
    unfinished.mkdir(parents=True)
    (unfinished / "progress.json").write_text(json.dumps({"step": 120, "total": 300}))
    (out / ".checkpoints/Pendulum-v1/linear-sac/seed1").mkdir(parents=True)
    (out / ".checkpoints/Pendulum-v1/linear-sac/seed1/checkpoint.pt").write_bytes(b"state")
    return root, out


def test_published_store_has_finished_runs_only_and_lists_the_rest(experiment, capsys):
    root, out = experiment
    published = root / "published" / "exp"
    assert main(["publish", str(out), "--to", str(published)]) == 0
    printed = capsys.readouterr().out
    assert "published 2 finished run(s)" in printed
    assert "Pendulum-v1/linear-sac/seed1  step 120 of 300" in printed
    files = {f.relative_to(published).as_posix() for f in published.rglob("*") if f.is_file()}
    assert not any(".checkpoints" in f or f.endswith("progress.json") for f in files)
    assert not any(f.startswith("Pendulum-v1/linear-sac/seed1") for f in files)
    for run in ("Pendulum-v1/linear-sac/seed0", "Pendulum-v1/ppo/seed0"):
        for name in ("config.json", "curve.csv", "train_episodes.csv", "final.json", "model/agent.json"):
            assert (published / run / name).read_bytes() == (out / run / name).read_bytes()
        assert list((published / run / "tb").iterdir())
    # The unfinished run stays planned: the report lists it, a rerun trains it.
    assert [r.status for r in Store(published).records()] == ["finished", "finished", "missing"]


def test_published_models_act_as_the_trained_ones_without_what_only_training_needs(experiment):
    root, out = experiment
    published = root / "published-models" / "exp"
    assert main(["publish", str(out), "--to", str(published)]) == 0
    observations = np.random.default_rng(0).uniform(-1, 1, (20, 3)).astype(np.float32)
    for run in ("Pendulum-v1/linear-sac/seed0", "Pendulum-v1/ppo/seed0"):
        trained, kept = load_run(out / run)[2], load_run(published / run)[2]
        for obs in observations:
            np.testing.assert_array_equal(kept.act(obs), trained.act(obs))
        size = sum(f.stat().st_size for f in (published / run / "model").iterdir())
        assert size < sum(f.stat().st_size for f in (out / run / "model").iterdir())
    sac = torch.load(published / "Pendulum-v1/linear-sac/seed0/model/model.pt", weights_only=True)
    assert set(sac) == {"actor", "log_alpha"}  # no critics, no target critics
    ppo = load_run(published / "Pendulum-v1/ppo/seed0")[2]
    assert ppo.model.policy.optimizer.state_dict()["state"] == {}  # no Adam moments


def test_a_report_of_the_published_store_has_the_same_numbers(experiment):
    root, out = experiment
    published = root / "published-report" / "exp"
    assert main(["publish", str(out), "--to", str(published)]) == 0
    assert main(["report", str(out), "--reports-dir", str(root / "r-trained")]) == 0
    assert main(["report", str(published), "--reports-dir", str(root / "r-published")]) == 0

    def body(md: str) -> list[str]:  # but the folder, the hour and the unfinished run's state
        return [line for line in md.splitlines() if str(root) not in line and not
                any(part in line for part in ("Built from", "| runs |", "linear-sac/seed1"))]

    trained, kept = (root / "r-trained/exp.md").read_text(), (root / "r-published/exp.md").read_text()
    assert "| Pendulum-v1 |" in trained
    assert body(kept) == body(trained)
    assert "| `Pendulum-v1/linear-sac/seed1` | missing |" in kept  # its progress stayed behind


def test_a_rerun_on_the_published_store_skips_its_runs_and_a_second_publish_keeps_them(experiment, capsys):
    root, out = experiment
    published = root / "published-rerun" / "exp"
    assert main(["publish", str(out), "--to", str(published)]) == 0
    final = (published / "Pendulum-v1/ppo/seed0/final.json").stat().st_mtime_ns
    assert main(["publish", str(out), "--to", str(published)]) == 0
    assert "published 0 finished run(s)" in capsys.readouterr().out
    assert (published / "Pendulum-v1/ppo/seed0/final.json").stat().st_mtime_ns == final
    assert main(["run", "--out", str(published), "--no-report", *FLAGS]) == 0
    assert "skipping 2 finished run(s)" in capsys.readouterr().err


@pytest.mark.parametrize("where, message", [
    ("inside", "is inside"),
    ("other", "holds the experiment 'other', not 'exp'"),
])
def test_publish_refuses_a_folder_it_must_not_write(experiment, capsys, where, message):
    root, out = experiment
    if where == "inside":
        dest = out / "published"
    else:
        dest = root / "other-experiment"
        assert main(["publish", str(out), "--to", str(dest)]) == 0
        meta = json.loads((dest / "experiment.json").read_text())
        (dest / "experiment.json").write_text(json.dumps({**meta, "name": "other"}))
    assert main(["publish", str(out), "--to", str(dest)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and len(err.strip().splitlines()) == 1


def test_the_default_destination_is_the_folder_git_keeps(experiment, monkeypatch, capsys):
    root, out = experiment
    monkeypatch.chdir(root)
    assert main(["publish", str(out)]) == 0
    assert "to results/published/exp" in capsys.readouterr().out
    assert (root / "results/published/exp/Pendulum-v1/ppo/seed0/final.json").exists()


ROOT = Path(__file__).resolve().parent.parent
COMMITTED = sorted(p.name for p in (ROOT / "results/published").glob("*")
                   if (p / "experiment.json").exists() and (ROOT / "reports" / f"{p.name}.md").exists())


@pytest.mark.parametrize("name", COMMITTED)
def test_a_committed_report_is_rebuilt_from_its_committed_store(name, tmp_path):
    """`report results/published/<name>` on a clone gives reports/<name>.md again, every line but
    the two that say when it was built and from which folder."""
    assert main(["report", str(ROOT / "results/published" / name), "--reports-dir", str(tmp_path)]) == 0

    def body(md: str) -> list[str]:
        return [line for line in md.splitlines()
                if not line.startswith("Built from") and not line.startswith("| experiment folder |")]

    rebuilt = (tmp_path / f"{name}.md").read_text()
    assert body(rebuilt) == body((ROOT / "reports" / f"{name}.md").read_text())
