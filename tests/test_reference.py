"""Reference data: the published figures (shipped unchanged), the measured random scores, and
the normalisation references."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from envs.reference import (
    DEFAULT_REFERENCE,
    PUBLISHED_FILE,
    load_published,
    load_random_scores,
    load_sources,
    missing_normalisation_reason,
    normalise,
    normaliser_for,
    parse_reference,
    reference_for,
    task_family,
    task_version,
)
from envs.suites import SUITES
from harness.commands import random_scores as rs_cmd
from harness.protocol import EVAL_SEED_BASE

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference" / "published_scores.csv"


def test_published_scores_are_shipped_with_their_sources():
    df = load_published()
    assert len(df) > 50
    if SHARED.exists():  # the shipped copy keeps the data of the shared reference
        pd.testing.assert_frame_equal(df, pd.read_csv(SHARED))
    sources = load_sources()
    assert set(df["source"]) <= set(sources["source"])
    assert sources[["title", "where", "budget", "env_version", "protocol"]].notna().all().all()
    assert (PUBLISHED_FILE.parent / "SOURCES.md").exists()


def test_random_scores_cover_every_suite_with_100_episodes():
    random = load_random_scores()
    for suite in ("mujoco", "mujoco-v4", "small", "pmoe"):
        for task in SUITES[suite]:
            assert task.name in random, task.name
            r = random[task.name]
            assert r.episodes == 100 and np.isfinite(r.return_mean) and r.return_std >= 0
            assert str(EVAL_SEED_BASE) in r.method and "uniform random" in r.method
    # plausible values: a random policy falls over at once on Hopper, and is far from the
    # Pendulum's best (0) and the Reacher's (about -4)
    assert 0 < random["Hopper-v5"].return_mean < 100
    assert random["Pendulum-v1"].return_mean < -500
    assert -60 < random["Reacher-v5"].return_mean < -20


def test_default_reference_is_the_smose_papers_sac_l():
    assert DEFAULT_REFERENCE == "smose-aaai-poster:sac-l"
    expected = {"Walker2d": 4358.06, "Hopper": 2636.49, "Ant": 5255.46, "HalfCheetah": 11809.87,
                "Reacher": -3.75, "Swimmer": 68.59}
    for version in ("v5", "v4"):
        for family, value in expected.items():
            ref, name = reference_for(f"{family}-{version}")
            assert ref == value
            assert name.startswith("smose-aaai-poster sac-l") and f"{family}-v4" in name


def test_tasks_without_a_published_figure_use_a_named_constant():
    assert reference_for("InvertedPendulum-v5") == (1000.0, "maximum return (constant)")
    assert reference_for("Pendulum-v1") == (0.0, "maximum return (constant)")
    # a source that covers only Walker2d: Hopper has no reference at all
    assert reference_for("Hopper-v5", "imoe-sac-gecco:smose-avg") is None
    assert "no published imoe-sac-gecco:smose-avg return" in missing_normalisation_reason(
        "Hopper-v5", "imoe-sac-gecco:smose-avg")
    assert missing_normalisation_reason("Hopper-v5") is None


def test_reference_names_and_versions():
    assert parse_reference("sac-m") == ("smose-aaai-poster", "sac-m")
    assert parse_reference("cleanrl:sac") == ("cleanrl", "sac")
    with pytest.raises(ValueError, match="valid: .*smose-aaai-poster:sac-l"):
        parse_reference("nobody:nothing")
    # the task's own version is preferred when the source has several; v3 shown when only v3
    ref, name = reference_for("Hopper-v5", "rl-baselines3-zoo:sac")
    assert ref == 2326 and "Hopper-v3" in name
    assert task_family("HalfCheetah-v4") == "HalfCheetah" and task_version("HalfCheetah-v4") == "v4"
    assert task_family("Pendulum-v1") == "Pendulum" and task_version("Pendulum-v1") == "v1"


def test_normaliser_by_hand():
    random = load_random_scores()
    n = normaliser_for("Swimmer-v5")
    rnd = random["Swimmer-v5"].return_mean
    assert n.random == rnd and n.reference == 68.59
    raw = np.array([rnd, 68.59, 34.0])
    np.testing.assert_allclose(n(raw), [0.0, 1.0, (34.0 - rnd) / (68.59 - rnd)])
    # Pendulum: random about -1228, reference 0: half-way is half the random return
    p = normaliser_for("Pendulum-v1")
    assert p.reference == 0.0
    assert p(np.array([p.random / 2]))[0] == pytest.approx(0.5)
    # Reacher: negative returns, reference -3.75 better than random
    r = normaliser_for("Reacher-v5")
    assert r(np.array([-3.75]))[0] == pytest.approx(1.0) and r(np.array([-100.0]))[0] < 0
    assert normalise(5.0, 0.0, 10.0) == pytest.approx(0.5)
    assert normaliser_for("Hopper-v5", random_scores={}) is None


def test_random_scores_command_measures_on_the_eval_seeds(tmp_path, capsys):
    out = tmp_path / "random.csv"
    out.write_text("task,return_mean\nOther-v0,0.14770436833415398\n")  # 17 digits, as written before
    p = argparse.ArgumentParser()
    rs_cmd.add_parser(p.add_subparsers())
    args = p.parse_args(["random-scores", "--envs", "Pendulum-v1", "--episodes", "3",
                         "--out", str(out)])
    assert args.func(args) == 0
    df = pd.read_csv(out)
    assert set(df["task"]) == {"Other-v0", "Pendulum-v1"}  # other tasks' rows are kept
    assert "Other-v0,0.14770436833415398," in out.read_text()  # ... to the last digit
    row = df[df["task"] == "Pendulum-v1"].iloc[0]
    assert row["episodes"] == 3 and row["length_mean"] == 200
    assert f"{EVAL_SEED_BASE}..{EVAL_SEED_BASE + 2}" in row["method"]
    # reproducible: the same seeds give the same returns
    again = rs_cmd.measure(SUITES["small"][0], 3, 0)
    assert again["return_mean"] == pytest.approx(row["return_mean"])


def test_shipped_random_scores_are_reproduced_by_the_command():
    """The small tasks are cheap to re-measure: the shipped values must come out again."""
    shipped = load_random_scores()
    for task in SUITES["small"]:
        row = rs_cmd.measure(task, 100, 0)
        assert row["return_mean"] == pytest.approx(shipped[task.name].return_mean, rel=1e-9)
        assert row["return_std"] == pytest.approx(shipped[task.name].return_std, rel=1e-9)
