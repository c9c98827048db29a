"""`run --sweep`: a grid of hyper-parameter values, each point a variant of its agent with its own
name in the store, on the experiment's seeds; the report's sensitivity section reads it back."""

from __future__ import annotations

import json

import numpy as np
import pytest

from harness import registry
from harness.cli import main
from harness.errors import UsageError
from harness.hparams import resolve_overrides
from harness.report.collect import load_experiment
from harness.report.sensitivity import swept
from harness.store import Store
from harness.sweep import apply_sweep, parse_sweep, swept_keys, variant_name

TINY = ["--no-interpret", "--budget", "300", "--eval-interval", "150", "--eval-episodes", "1",
        "--final-eval-episodes", "2", "--hparams", "learning_starts=100,batch_size=32,critic_hidden=[32,32]"]


def test_parse_sweep_reads_flags_semicolons_and_yaml(tmp_path):
    assert parse_sweep(["smose.lb_weight=0.01,0.1;n_experts=4,8", "hidden_sizes=[64,64],[256]"]) == {
        "smose.lb_weight": [0.01, 0.1], "n_experts": [4, 8], "hidden_sizes": [[64, 64], [256]]}
    path = tmp_path / "grid.yaml"
    path.write_text("smose:\n  lb_weight: [0.01, 1.0]\ngamma: [0.9, 0.99]\n")
    assert parse_sweep([str(path)]) == {"smose.lb_weight": [0.01, 1.0], "gamma": [0.9, 0.99]}


@pytest.mark.parametrize("texts, message", [
    (["lb_weight"], "malformed --sweep entry 'lb_weight'"),
    (["lb_weight="], "malformed --sweep entry"),
    (["lb_weight=0.1", "lb_weight=0.2"], "--sweep gives lb_weight twice"),
    (["missing.yaml"], "--sweep file missing.yaml does not exist"),
])
def test_parse_sweep_refuses_malformed_input(texts, message):
    with pytest.raises(UsageError, match=message):
        parse_sweep(texts)


def test_a_two_key_grid_is_the_product_in_the_keys_order():
    specs = registry.resolve_algos("smose,sac-l")
    out_specs, overrides = apply_sweep(parse_sweep(["smose.lb_weight=0.01,1.0;smose.n_experts=2,4"]), specs,
                                       resolve_overrides({"gamma": 0.98}, specs))
    names = [s.name for s in out_specs]
    assert names == ["smose[lb_weight=0.01,n_experts=2]", "smose[lb_weight=0.01,n_experts=4]",
                     "smose[lb_weight=1.0,n_experts=2]", "smose[lb_weight=1.0,n_experts=4]", "sac-l"]
    # each variant: the agent's --hparams, then its point; the swept agent's own name is gone
    assert overrides["smose[lb_weight=1.0,n_experts=2]"] == {"gamma": 0.98, "lb_weight": 1.0, "n_experts": 2}
    assert "smose" not in overrides and overrides["sac-l"] == {"gamma": 0.98}
    assert swept_keys(names[0]) == ["lb_weight", "n_experts"] and swept_keys("sac-l") == []


def test_a_variant_is_its_agent_under_its_own_name_with_no_published_figures():
    variant = registry.get(variant_name("smose", {"lb_weight": 0.03}))
    assert variant.name == "smose[lb_weight=0.03]" and variant.published_as == ()
    assert variant.factory is registry.get("smose").factory and registry.has_seed_batch(variant.name)
    with pytest.raises(registry.RegistryError, match="--sweep"):
        registry.resolve_algos("smose[lb_weight=0.03]")


@pytest.mark.parametrize("algos, sweep, hparams, message", [
    ("smose", "nope=1,2", {}, "--sweep: unknown hyper-parameter 'nope' for smose"),
    ("smose", "pmoe.n_primitives=2,4", {}, "--sweep names algorithm 'pmoe', which is not in this run"),
    ("smose", "lb_weight=0.1,abc", {}, "smose.lb_weight must be a number, not 'abc'"),
    ("smose", "lb_weight=-1,0.1", {}, "lb_weight"),
    ("smose", "lb_weight=0.1,0.10", {}, "repeats a value"),
    ("smose", "lb_weight=0.1,0.3", {"lb_weight": 0.2}, "smose.lb_weight is both swept and set by --hparams"),
    ("sac-m", "hidden_sizes=[64],[128]", {}, "sac-m does not use hidden_sizes"),
])
def test_a_bad_sweep_is_one_usage_error(algos, sweep, hparams, message):
    specs = registry.resolve_algos(algos)
    with pytest.raises(UsageError, match=message.replace("[", r"\[").replace("(", r"\(")):
        apply_sweep(parse_sweep([sweep]), specs, resolve_overrides(hparams, specs))


def test_the_dry_run_counts_the_grid(capsys, tmp_path):
    assert main(["run", "--algos", "smose,sac-l", "--envs", "Pendulum", "--seeds", "3", "--budget", "2000",
                 "--sweep", "smose.lb_weight=0.01,0.1,1.0", "--out", str(tmp_path / "e"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "(12 runs, 2,000 steps each)" in out and "Pendulum-v1/smose[lb_weight=0.01]/seed2" in out
    assert "sweep: 3 variant(s) of smose" in out and "estimate: 24,000 env steps" in out
    assert main(["run", "--algos", "smose", "--envs", "Pendulum", "--sweep", "lb_weight=x,y", "--dry-run",
                 "--out", str(tmp_path / "f")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: smose.lb_weight must be a number") and err.count("\n") == 1


def test_a_two_by_two_grid_runs_end_to_end_and_each_point_is_its_own_run(tmp_path, capsys):
    """The grid's four variants on two seeds; a variant's seed is the run its values give alone;
    the rerun skips them all; the report draws the sensitivity of both keys."""
    out, reports = tmp_path / "grid", tmp_path / "reports"
    args = ["run", "--algos", "linear-sac", "--envs", "Pendulum", "--seeds", "2", "--workers", "2", *TINY,
            "--sweep", "gamma=0.9,0.99;tau=0.005,0.02", "--out", str(out), "--reports-dir", str(reports)]
    assert main(args) == 0
    records = Store(out).records()
    assert len(records) == 8 and all(r.status == "finished" for r in records)
    variant = "linear-sac[gamma=0.9,tau=0.02]"
    config = json.loads((out / "Pendulum-v1" / variant / "seed1" / "config.json").read_text())
    assert config["spec"]["algo"] == variant
    assert config["spec"]["settings"]["hparams"][variant] == {
        "learning_starts": 100, "batch_size": 32, "critic_hidden": [32, 32], "gamma": 0.9, "tau": 0.02}

    # the same values given as --hparams, seed 1 alone: the same run
    alone = tmp_path / "alone"
    hparams = TINY[-1] + ",gamma=0.9,tau=0.02"
    assert main(["run", "--algos", "linear-sac", "--envs", "Pendulum", "--seeds", "2", "--workers", "1",
                 *TINY[:-1], hparams, "--out", str(alone), "--no-report"]) == 0
    mine = {r.seed: r.final["return_mean"] for r in Store(out).records() if r.algo == variant}
    theirs = {r.seed: r.final["return_mean"] for r in Store(alone).records()}
    assert mine == theirs

    capsys.readouterr()
    assert main(args) == 0
    assert "skipping 8 finished run(s)" in capsys.readouterr().err

    keys = swept(load_experiment(out))
    assert [(k.agent, k.key, k.values) for k in keys] == [("linear-sac", "gamma", [0.9, 0.99]),
                                                          ("linear-sac", "tau", [0.005, 0.02])]
    assert set(keys[0].series) == {"tau=0.005", "tau=0.02"} and keys[0].default == 0.99
    text = (reports / "grid.md").read_text()
    section = text.split("## Sensitivity to the swept hyper-parameters")[1].split("## 1.")[0]
    assert "### linear-sac: gamma" in section and "### linear-sac: tau" in section
    assert "| 0.99 (default) | tau=0.005 |" in section
    assert (reports / "grid" / "sensitivity_0.png").stat().st_size > 0
    assert (reports / "grid" / "sensitivity_1.png").stat().st_size > 0
    finals = np.array([r.final["return_mean"] for r in records])
    assert np.isfinite(finals).all()
