"""`interpret`: on a real finished smose run (tiny budget), checked against independent
computations: NumPy routing, the run's own final evaluation, scikit-learn-free tree evaluation."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from algorithms.interpret.export import load_policy, policy_action, route, tree_route
from algorithms.interpret.routing import expert_profiles, unused_experts, usage_rates
from algorithms.interpret.trees import fit_router_trees, heldout_split
from envs.features import actuator_names, feature_names
from envs.suites import get_task, make_env, resolve_tasks
from harness.cli import main
from harness.commands.interpret import interpret, load_run
from harness.errors import UsageError
from harness.protocol import evaluate
from harness.runner import run
from harness.spec import RunSpec, Settings
from harness.store import Store

torch.set_num_threads(1)
ROOT = Path(__file__).resolve().parent.parent
TASK = "InvertedPendulum-v5"
EPISODES = 4


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory) -> Path:
    """A real smose run, 1,500 steps on InvertedPendulum-v5, written by the store."""
    root = tmp_path_factory.mktemp("exp")
    settings = Settings(budget=1500, eval_interval=1500, eval_episodes=2, final_eval_episodes=EPISODES, interpret=False,
                        hparams={"smose": {"learning_starts": 300, "log_interval": 500}})
    spec = RunSpec("t", "smose", TASK, 0, settings)
    store = Store(root)
    store.open("t", settings, [spec])
    result = run(spec)
    assert result.status == "finished", result.error
    return store.write(result)


@pytest.fixture(scope="module")
def interpreted(finished_run) -> dict:
    return interpret(finished_run, episodes=EPISODES, depth=2)


def test_final_json_reports_expert_usage_of_the_final_evaluation(finished_run):
    final = json.loads((finished_run / "final.json").read_text())
    usage = final["agent_info"]["expert_usage"]
    assert len(usage) == 8 and abs(sum(usage) - 1) < 1e-9
    assert sum(final["agent_info"]["expert_decisions"]) == sum(final["lengths"])


def test_summary_and_files(finished_run, interpreted):
    out = finished_run / "interpretation"
    summary = json.loads((out / "summary.json").read_text())
    for key in ("tree_fidelity", "tree_depth", "return_gated", "return_bare", "return_trees",
                "expert_usage", "unused_experts"):
        assert key in summary
    assert summary["tree_depth"] == 2 and 0 <= summary["tree_fidelity"] <= 1
    page = (out / "README.md").read_text()
    for name in ("usage.png", "policy.json", "Fidelity", "pole_angle", "cart_force",
                 "the trees' score where they were fitted: an optimistic one"):
        assert name in page
    pngs = sorted(p.name for p in out.glob("*.png"))
    active = [m for m, u in enumerate(summary["expert_usage"]) if u > 0]
    assert pngs == sorted(["usage.png", *[f"expert_{m}_profile.png" for m in active],
                           *[f"expert_{m}_weights.png" for m in active]])
    assert summary["unused_experts"] == [m for m in range(8) if m not in active]


def test_gated_rollout_is_the_runs_own_final_evaluation(finished_run, interpreted):
    """Same seeds, same deterministic policy: the returns are those the run recorded."""
    final = json.loads((finished_run / "final.json").read_text())
    np.testing.assert_allclose(interpreted["returns"]["gated"], final["returns"][:EPISODES])


def test_usage_is_the_routers_argmax_on_the_rollout_states(finished_run, interpreted):
    out = finished_run / "interpretation"
    roll = np.load(out / "rollout.npz")
    policy = json.loads((out / "policy.json").read_text())
    w, b = np.asarray(policy["router"]["weight"]), np.asarray(policy["router"]["bias"])
    np.testing.assert_array_equal((roll["states"] @ w.T + b).argmax(1), roll["experts"])
    np.testing.assert_allclose(interpreted["expert_usage"], np.bincount(roll["experts"], minlength=8) / len(roll["experts"]))


def test_exported_policy_reproduces_the_agents_actions(finished_run, interpreted):
    _, _, agent = load_run(finished_run)
    policy = load_policy(finished_run / "interpretation" / "policy.json")
    rng = np.random.default_rng(0)
    roll = np.load(finished_run / "interpretation" / "rollout.npz")
    states = np.concatenate([roll["states"], rng.normal(scale=2.0, size=(300, 4))])
    expected = np.stack([agent.act(s) for s in states])
    np.testing.assert_allclose(policy_action(policy, states), expected, atol=1e-5)
    np.testing.assert_allclose(policy_action(policy, states[7]), expected[7], atol=1e-5)
    agent.actor.eval_gate = "bare"
    bare = np.stack([agent.act(s) for s in states])
    np.testing.assert_allclose(policy_action(policy, states, gate="bare"), bare, atol=1e-5)
    assert np.abs(bare - expected).max() > 1e-3  # the two gates differ: each comparison can fail


def test_export_runs_without_torch(finished_run, interpreted):
    policy_file = finished_run / "interpretation" / "policy.json"
    obs = [0.01, -0.02, 0.03, 0.1]
    code = ("import sys, json; sys.modules['torch'] = None\n"
            "from algorithms.interpret.export import load_policy, policy_action\n"
            f"print(json.dumps(policy_action(load_policy({str(policy_file)!r}), {obs}).tolist()))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    _, _, agent = load_run(finished_run)
    np.testing.assert_allclose(json.loads(out.stdout), agent.act(np.asarray(obs)), atol=1e-5)


def test_tree_fidelity_and_tree_policy_return_reproduced_in_numpy(finished_run, interpreted):
    """The exported trees, walked in NumPy, give the fidelity and the tree policy's return."""
    out = finished_run / "interpretation"
    roll = np.load(out / "rollout.npz")
    policy = load_policy(out / "policy.json")
    held = roll["heldout"]
    fidelity = (tree_route(policy, roll["states"][held]) == roll["experts"][held]).mean()
    assert fidelity == pytest.approx(interpreted["tree_fidelity"])
    task = get_task(TASK)
    env = make_env(task)
    ev = evaluate(lambda s: policy_action(policy, s, gate="bare", experts=tree_route(policy, s)[0]),
                  env, task, EPISODES)
    np.testing.assert_allclose(ev.returns, interpreted["returns"]["trees"], rtol=1e-3)
    ev = evaluate(lambda s: policy_action(policy, s, gate="gated", experts=tree_route(policy, s)[0]),
                  env, task, EPISODES)
    np.testing.assert_allclose(ev.returns, interpreted["returns"]["trees_gated"], rtol=1e-3)
    ev = evaluate(lambda s: policy_action(policy, s, gate="bare"), env, task, EPISODES)
    np.testing.assert_allclose(ev.returns, interpreted["returns"]["bare"], rtol=1e-3)


def test_bad_runs_give_clear_errors(finished_run, tmp_path, capsys):
    with pytest.raises(UsageError, match="not a folder"):
        interpret(tmp_path / "nope")
    not_smose = tmp_path / "sac"
    shutil.copytree(finished_run, not_smose)
    cfg = json.loads((not_smose / "config.json").read_text())
    cfg["spec"]["algo"] = "sac-l"
    (not_smose / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(UsageError, match="is a run of 'sac-l', which has no analysis of its own"):
        interpret(not_smose)
    unfinished = tmp_path / "unfinished"
    shutil.copytree(finished_run, unfinished)
    (unfinished / "final.json").unlink()
    with pytest.raises(UsageError, match="not a finished run"):
        interpret(unfinished)
    no_weights = tmp_path / "no_weights"
    shutil.copytree(finished_run, no_weights)
    (no_weights / "model" / "model.pt").unlink()
    with pytest.raises(UsageError, match="no saved weights"):
        interpret(no_weights)
    assert main(["interpret", str(unfinished)]) == 2
    assert main(["interpret", str(finished_run), "--depth", "0"]) == 2
    assert main(["interpret", str(not_smose), "--episodes", "3"]) == 2  # SMoSE's flags, another agent
    assert "--episodes apply to another agent's own analysis" in capsys.readouterr().err
    assert main(["interpret", str(not_smose)]) == 2  # smose's weights under sac-l's name
    assert "cannot be loaded (" in capsys.readouterr().err
    (unfinished / "config.json").write_text("{")
    assert main(["interpret", str(unfinished)]) == 2
    assert "config.json is damaged (not valid JSON" in capsys.readouterr().err


def test_cli_writes_to_out(finished_run, tmp_path, capsys):
    assert main(["interpret", str(finished_run), "--episodes", "2", "--depth", "1",
                 "--out", str(tmp_path / "page")]) == 0
    assert "tree fidelity" in capsys.readouterr().out
    summary = json.loads((tmp_path / "page" / "summary.json").read_text())
    assert summary["tree_depth"] == 1 and summary["episodes"] == 2


# --- the analysis functions on synthetic data -------------------------------------------------

def test_trees_recover_a_threshold_router():
    rng = np.random.default_rng(0)
    states = rng.normal(size=(2000, 3))
    experts = np.where(states[:, 1] > 0.3, 5, np.where(states[:, 0] < -0.5, 2, 0))
    episodes = np.repeat(np.arange(10), 200)
    held = heldout_split(episodes, 0.3, seed=0)
    assert held.sum() == 600 and len(np.unique(episodes[held])) == 3
    trees = fit_router_trees(states, experts, held, depth=2)
    assert trees.experts == [0, 2, 5] and trees.fidelity > 0.98
    rules = trees.rules(["a", "b", "c"])
    assert re.search(r"\|--- b <= 0\.(29|30)\d*\n", rules[5])
    shallow = fit_router_trees(states, experts, held, depth=1)
    assert shallow.fidelity < trees.fidelity  # depth 1 cannot express two thresholds


def test_usage_and_profiles():
    experts = np.array([0, 0, 3, 3, 3, 1])
    states = np.arange(12.0).reshape(6, 2)
    actions = np.arange(6.0)[:, None]
    usage = usage_rates(experts, 5)
    np.testing.assert_allclose(usage, [2 / 6, 1 / 6, 0, 3 / 6, 0])
    assert unused_experts(usage) == [2, 4]
    profiles = expert_profiles(states, actions, experts, 5)
    assert [p.expert for p in profiles] == [0, 1, 3]
    np.testing.assert_allclose(profiles[2].mean_state, states[2:5].mean(0))
    np.testing.assert_allclose(profiles[2].mean_action, [3.0])


def test_numpy_route_matches_softmax():
    policy = {"router_W": np.array([[1.0, 0.0], [0.0, 1.0]]), "router_b": np.zeros(2)}
    expert, p = route(policy, np.array([[2.0, 1.0], [0.0, 3.0]]))
    np.testing.assert_array_equal(expert, [0, 1])
    np.testing.assert_allclose(p, [np.exp(2) / (np.exp(2) + np.e), np.exp(3) / (np.exp(3) + 1)])


def test_feature_names_cover_the_tasks():
    for task in resolve_tasks("all") + resolve_tasks("mujoco-v4") + resolve_tasks("small"):
        env = make_env(task)
        n_s, n_a = env.observation_space.shape[0], env.action_space.shape[0]
        names, acts = feature_names(task.name, n_s), actuator_names(task.name, n_a)
        assert len(names) == n_s and len(set(names)) == n_s and not names[0].startswith("obs[")
        assert len(acts) == n_a and len(set(acts)) == n_a and not acts[0].startswith("act[")
        env.close()
    assert feature_names("Reacher-v4", 11)[-1] == "fingertip_minus_target_z"
    assert feature_names("Unknown-v0", 2) == ["obs[0]", "obs[1]"]
