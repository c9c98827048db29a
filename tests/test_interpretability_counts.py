"""Interpretability counted as the papers count it: the deterministic policy's parameters beside the
trained total (completed for runs that predate that count), every agent with its own size,
SMoSE's tree-routed policy as a candidate, and the best policy under a budget chosen on episodes
apart from those that score it. Synthetic stores and folders; no training."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from algorithms.interpret.smose_analysis import SMoSEAnalysis
from harness.report import counts, write_report
from harness.report.collect import load_experiment, sized_policies
from harness.report.summaries import SIZE_BUDGETS, best_under_budget
from harness.spec import RunResult, RunSpec, Settings
from harness.store import Store

SETTINGS = Settings(budget=4000, eval_interval=2000, eval_episodes=2, final_eval_episodes=10)


def write_runs(root, runs: dict[tuple[str, int], dict]) -> None:
    """runs: {(algo, seed): final.json fields}; Hopper-v5, the runs' hyper-parameters the defaults."""
    store = Store(root)
    specs = [RunSpec("counts", algo, "Hopper-v5", seed, SETTINGS) for algo, seed in runs]
    store.open("counts", SETTINGS, specs)
    for spec in specs:
        final = {"returns": [100.0] * 10, "return_mean": 100.0, **runs[(spec.algo, spec.seed)]}
        store.write(RunResult(spec=spec, status="finished", config={}, final=final,
                              curve=[{"step": 0, "return_mean": 0.0}, {"step": 4000, "return_mean": 100.0}]))


def test_counts_of_runs_that_predate_the_deterministic_count_are_completed(tmp_path):
    write_runs(tmp_path / "old", {("smose", 0): {"param_counts": {"total": 672, "active": 168}},
                                  ("sac-l", 0): {"param_counts": {"total": 999, "active": 999}},
                                  ("linear-sac", 0): {"param_counts": {"total": 72, "active": 72,
                                                                       "deterministic": 36,
                                                                       "deterministic_active": 36,
                                                                       "leaves": 1}}})
    exp = load_experiment(tmp_path / "old")
    smose, source = counts.parameter_counts(exp, "Hopper-v5", "smose")
    assert source == counts.COMPLETED  # the registry's SMoSE on Hopper has the recorded 672
    assert smose == {"total": 672, "active": 168, "deterministic": 384, "deterministic_active": 132}
    # a recorded total this version's agent does not have: nothing is made up
    assert counts.parameter_counts(exp, "Hopper-v5", "sac-l") == ({"total": 999, "active": 999},
                                                                  counts.RECORDED)
    assert counts.parameter_counts(exp, "Hopper-v5", "linear-sac")[1] == counts.RECORDED
    built, source = counts.parameter_counts(exp, "Hopper-v5", "ppo")  # no run: built
    assert source == counts.BUILT and built["total"] > 60_000
    text = write_report(tmp_path / "old", tmp_path / "reports", reps=20).read_text()
    assert "| Hopper-v5 | smose | 672 | 384 | 132 |" in text
    assert "| Hopper-v5 | linear-sac | 72 | 36 | 36 |" in text and text.count("| 1 |") >= 1


def test_the_best_policy_is_chosen_on_other_episodes_than_those_that_score_it():
    # "lucky" wins the first half of the episodes and loses the second; "steady" is 10 throughout
    rows = pd.DataFrame([
        {"seed": s, "policy": name, "kind": "tree", "parameters": 10, "leaves": 4,
         "returns": returns, "return_mean": float(np.mean(returns))}
        for s in (0, 1)
        for name, returns in (("lucky", [30.0] * 5 + [0.0] * 5), ("steady", [10.0] * 10))])
    name, scored, apart = best_under_budget(rows, lambda p: True)
    assert (name, apart) == ("lucky", True)
    assert scored.to_dict() == {0: 0.0, 1: 0.0}  # its return over the episodes it was not chosen on
    # runs that kept only means: chosen and scored on the same episodes, and said so
    means_only = rows.assign(returns=None)
    name, scored, apart = best_under_budget(means_only, lambda p: True)
    assert (name, apart) == ("lucky", False) and scored.to_dict() == {0: 15.0, 1: 15.0}


def test_an_agent_that_is_one_linear_map_fits_the_leaf_budget():
    leaves_budget = SIZE_BUDGETS[0][1]
    assert leaves_budget({"leaves": 1, "parameters": 36})
    assert not leaves_budget({"leaves": None, "parameters": 36})  # an MLP has no leaves
    assert not leaves_budget({"leaves": 65, "parameters": 300})


def test_smoses_tree_router_is_a_candidate_counted_by_hand(tmp_path):
    """Two one-vs-rest trees, of 3 nodes (2 leaves) and 5 nodes (3 leaves), for experts 0 and 2
    of a 2-observation, 1-action task: 5 leaves; 3 splits of 2 numbers, 5 leaf values and 2
    experts of 1 x (2 + 1) weights: 6 + 5 + 6 = 17 parameters."""
    out = tmp_path / "interpretation"
    out.mkdir()
    trees = [{"expert": 0, "children_left": [1, -1, -1]},
             {"expert": 2, "children_left": [1, -1, 3, -1, -1]}]
    (out / "policy.json").write_text(json.dumps({"router_trees": trees, "feature_names": ["x", "v"],
                                                 "actuator_names": ["force"]}))
    (out / "summary.json").write_text(json.dumps({"tree_depth": 2, "returns": {"trees": [5.0, 7.0]}}))
    assert SMoSEAnalysis().derived_policies(out) == [
        {"name": "smose-tree-router-d2", "kind": "tree", "leaves": 5, "parameters": 17, "returns": [5.0, 7.0]}]
    (out / "policy.json").unlink()
    assert SMoSEAnalysis().derived_policies(out) == []  # an analysis made without trees


def test_sized_policies_take_the_agents_deterministic_size_and_its_derived_policies(tmp_path):
    write_runs(tmp_path / "sized", {("linear-sac", 0): {"param_counts": {
        "total": 72, "active": 72, "deterministic": 36, "deterministic_active": 36, "leaves": 1}}})
    exp = load_experiment(tmp_path / "sized")
    derived = [{"name": "mine", "kind": "tree", "leaves": 3, "parameters": 9, "returns": [1.0, 3.0]}]
    rows = sized_policies(exp, derived=lambda record: derived).set_index("policy")
    assert rows.loc["linear-sac", ["parameters", "leaves"]].tolist() == [36, 1]
    assert rows.loc["mine", "return_mean"] == pytest.approx(2.0) and rows.loc["mine", "episodes"] == 2


def test_the_budget_table_names_the_best_policy_under_each_budget():
    from harness.report.summaries import budget_table

    rows = pd.DataFrame([
        {"task": "T", "algo": "a", "seed": s, "policy": name, "kind": kind, "parameters": size,
         "leaves": leaves, "returns": [ret] * 4, "return_mean": ret}
        for s in (0, 1)
        for name, kind, size, leaves, ret in (("a", "agent", 70_000, None, 300.0),
                                              ("tree-d2", "tree", 18, 4, 100.0),
                                              ("linear", "linear", 36, 1, 200.0))])
    table = budget_table(rows, ["T"], ["a"]).set_index("budget")
    assert table.loc["at most 64 leaves", "policy"] == "linear"  # beats the 4-leaf tree
    assert table.loc["at most 1,000 parameters", "policy"] == "linear"
    assert table.loc["any size", "policy"] == "a" and table.loc["any size", "returns"].tolist() == [300.0, 300.0]
    assert budget_table(rows[rows.kind == "agent"], ["T"], ["a"]).set_index("budget").loc[
        "at most 64 leaves", "policy"] is None  # an MLP alone: none fits
