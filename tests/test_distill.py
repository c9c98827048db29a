"""Distillation into trees and linear policies, their standalone Python, and the end of a run."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import torch

from algorithms.base import EnvInfo
from algorithms.interpret.distill import (
    TreePolicy,
    action_error,
    dagger,
    fit,
    student_name,
    viper_weights,
)
from algorithms.interpret.export import export_policy, policy_action
from algorithms.interpret.source import identifiers, linear_source, smose_source, tree_source
from algorithms.sac.actors import LinearGaussianActor
from algorithms.smose import SMoSEActor
from envs.suites import get_task, make_env
from harness.cli import main
from harness.protocol import evaluate
from harness.store import Store

LOW, HIGH = np.full(2, -1.0), np.full(2, 1.0)


def uniform_rollout(obs_dim: int = 3, per_episode: int = 150):
    """A stand-in for an env: the states a policy 'visits' are uniform in [-1, 1]^obs_dim."""
    def rollout(act, episodes, seed):
        states = np.random.default_rng(seed).uniform(-1, 1, (episodes * per_episode, obs_dim))
        for s in states[:5]:
            act(s)  # a rollout asks the policy to act
        return states
    return rollout


def piecewise(obs: np.ndarray) -> np.ndarray:
    """A teacher that is exactly a depth-2 tree: obs[0] <= 0.2, then obs[1] <= -0.1."""
    if obs[0] <= 0.2:
        return np.array([0.5, -0.25])
    return np.array([-0.3, 0.1]) if obs[1] <= -0.1 else np.array([0.8, 0.6])


def test_a_teacher_that_is_a_depth_2_tree_is_recovered_by_depth_2():
    students = dagger(piecewise, uniform_rollout(), [1, 2, 4, "linear"], LOW, HIGH, seed=0)
    fresh = np.random.default_rng(123).uniform(-1, 1, (2000, 3))
    teacher = np.asarray([piecewise(s) for s in fresh])
    errors = {k: action_error(s, teacher, fresh) for k, s in students.items()}
    # Measured on 2,000 fresh states: 0.0 for depths 2 and 4 (a state within the thresholds'
    # rounding of a boundary could fall on the other side), 0.27 for depth 1, 0.26 for linear.
    assert errors[2] < 0.05 and errors[4] < 0.05
    assert errors[1] > 0.2 and errors["linear"] > 0.2
    tree = students[2]
    assert (tree.leaves, tree.depth, tree.parameters) == (3, 2, 2 * 2 + 3 * 2)  # 2 tests, 3 leaf actions
    assert student_name(students[4]) == "tree-d2"  # no further split helps: named by its real depth
    assert sorted(np.unique(tree.feature[tree.left != -1])) == [0, 1]
    assert np.allclose(sorted(tree.threshold[tree.left != -1]), [-0.1, 0.2], atol=0.02)


def test_a_linear_teacher_is_recovered_by_the_linear_student():
    w, b = np.array([[0.3, -0.2, 0.1], [0.05, 0.4, -0.3]]), np.array([0.1, -0.05])
    students = dagger(lambda s: w @ s + b, uniform_rollout(), ["linear"], LOW, HIGH, seed=1)
    linear = students["linear"]
    assert np.allclose(linear.weight, w, atol=1e-3) and np.allclose(linear.bias, b, atol=1e-3)
    assert linear.parameters == 8 and student_name(linear) == "linear"


def test_viper_weights_follow_the_cost_of_a_wrong_action():
    """Q(s, a) = -c(s) * |a - a*(s)|^2: the gap between the teacher's action and the worst one
    grows with c(s), so states where mistakes cost more weigh more."""
    states = np.array([[0.0], [1.0], [2.0]])
    cost = np.array([0.1, 1.0, 10.0])
    teacher = np.zeros((3, 2))

    def q(s, a):
        return -cost[s[:, 0].astype(int)] * ((a - 0.0) ** 2).sum(axis=1)

    w = viper_weights(states, teacher, q, LOW, HIGH, np.random.default_rng(0))
    assert w[0] < w[1] < w[2]
    assert w[2] / w[1] == pytest.approx(10.0, rel=0.5)
    assert np.all(viper_weights(states, teacher, None, LOW, HIGH, np.random.default_rng(0)) == 1.0)


def run_exported(source: str, observations: np.ndarray) -> np.ndarray:
    """Run a policy file in a fresh interpreter where numpy and torch cannot be imported."""
    script = textwrap.dedent("""
        import json, sys
        sys.modules["numpy"] = None
        sys.modules["torch"] = None
        namespace = {}
        exec(open(sys.argv[1]).read(), namespace)
        observations = json.loads(sys.stdin.read())
        print(json.dumps([namespace["act"](obs) for obs in observations]))
    """)
    return np.asarray(json.loads(subprocess.run(
        [sys.executable, "-c", script, source], input=json.dumps(observations.tolist()),
        capture_output=True, text=True, check=True, timeout=60).stdout))


def test_exported_policies_act_as_the_policies_without_numpy_or_torch(tmp_path):
    rng = np.random.default_rng(0)
    states = rng.uniform(-1, 1, (400, 3))
    actions = np.asarray([piecewise(s) for s in states]) + 0.3 * states[:, :2]
    weights = np.ones(len(states))
    features, actuators = ["torso z", "class", "2nd"], ["hip", "knee"]
    assert identifiers(features) == ["torso_z", "f_class", "f_2nd"]
    probe = rng.uniform(-1.5, 1.5, (200, 3))
    for student in (fit(5, states, actions, weights, LOW, HIGH), fit("linear", states, actions, weights,
                                                                     LOW, HIGH)):
        source = tree_source if isinstance(student, TreePolicy) else linear_source
        path = tmp_path / f"{student_name(student)}.py"
        path.write_text(source(student, features, actuators, "test policy"))
        expected = np.asarray([student(s) for s in probe])
        np.testing.assert_allclose(run_exported(str(path), probe), expected, atol=1e-12)
    assert "if torso_z <= " in (tmp_path / "tree-d5.py").read_text()

    info = EnvInfo(obs_dim=3, act_dim=2, act_low=(-2.0, -1.0), act_high=(2.0, 1.0), task="T")
    with torch.random.fork_rng():
        torch.manual_seed(3)
        actor = SMoSEActor(info, n_experts=4)
        for p in actor.parameters():
            p.data.normal_(0, 0.7)
    with torch.random.fork_rng():
        torch.manual_seed(4)
        linear = LinearGaussianActor(info)
    path = tmp_path / "linear-sac.py"
    path.write_text(linear.python_source("T", features, actuators, "test linear-sac"))
    with torch.inference_mode():
        torch_actions = linear.deterministic(torch.as_tensor(probe, dtype=torch.float32))
    np.testing.assert_allclose(run_exported(str(path), probe), torch_actions.numpy(), atol=1e-5)

    for gate in ("gated", "bare"):
        actor.eval_gate = gate
        policy = export_policy(actor, "T", features, actuators)
        path = tmp_path / f"smose-{gate}.py"
        path.write_text(actor.python_source("T", features, actuators, "test smose"))
        assert path.read_text() == smose_source(policy, "test smose")
        assert ast.get_docstring(ast.parse(path.read_text())).startswith("test smose")
        with torch.inference_mode():
            torch_actions = actor.deterministic_with_expert(torch.as_tensor(probe, dtype=torch.float32), gate)[0]
        np.testing.assert_allclose(run_exported(str(path), probe), torch_actions.numpy(), atol=1e-5)
        np.testing.assert_allclose(run_exported(str(path), probe), policy_action(policy, probe, gate), atol=1e-12)


def test_every_run_ends_distilled_and_the_report_has_no_na(tmp_path, capsys):
    """A real run of sac-l and of smose on Pendulum: each distilled into depths 1-8 and a linear
    policy, SMoSE analysed, the report's sections 6 and 7 filled; `interpret` reuses it and a
    redo gives the same figures (the distillation draws from fixed seeds only)."""
    out = tmp_path / "e"
    assert main(["run", "--algos", "sac-l,smose", "--envs", "Pendulum-v1", "--seeds", "1", "--budget", "600",
                 "--eval-interval", "300", "--eval-episodes", "2", "--final-eval-episodes", "2", "--workers", "1",
                 "--hparams", "learning_starts=200,batch_size=32,critic_hidden=[32,32],sac-l.hidden_sizes=[32,32]",
                 "--out", str(out), "--reports-dir", str(tmp_path / "reports")]) == 0
    for algo in ("sac-l", "smose"):
        run = out / f"Pendulum-v1/{algo}/seed0"
        distilled = json.loads((run / "interpretation/distilled.json").read_text())
        names = [p["name"] for p in distilled["policies"]]
        assert names[-1] == "linear" and all(n.startswith("tree-d") for n in names[:-1])
        assert len(names) >= 6 and distilled["method"]["viper_weights"] is True  # the shared SAC critic
        assert all(np.isfinite(p["return_mean"]) and len(p["returns"]) == 2 for p in distilled["policies"])
        assert [p["leaves"] for p in distilled["policies"][:-1]] == sorted(p["leaves"] for p in distilled["policies"][:-1])
        for name in names:
            assert (run / f"interpretation/policies/{name}.py").exists()
        # Each policy file, run on its own, scores the return the table gives it (same episodes).
        task = get_task("Pendulum-v1")
        for policy in (distilled["policies"][0], distilled["policies"][-1]):
            code: dict = {}
            exec((run / f"interpretation/policies/{policy['name']}.py").read_text(), code)
            ev = evaluate(lambda obs, act=code["act"]: np.asarray(act(obs)), make_env(task), task, 2)
            # Plain Python floats in the file, NumPy and scikit-learn in the table: other rounding
            # (measured: 3.4e-9 relative over an episode), nothing more.
            np.testing.assert_allclose(ev.returns, policy["returns"], rtol=1e-6)
        final = json.loads((run / "final.json").read_text())
        assert "interpretation_error" not in final and final["interpretation_seconds"] > 0
    assert (out / "Pendulum-v1/smose/seed0/interpretation/policies/smose.py").exists()
    assert (out / "Pendulum-v1/smose/seed0/interpretation/summary.json").exists()

    report = (tmp_path / "reports/e.md").read_text()
    section6 = report.split("## 6.")[1].split("## 7.")[0]
    section7 = report.split("## 7.")[1]
    assert "| Pendulum-v1 | 0 |" in section6 and "n/a" not in section6  # smose's part: task, seed, ...
    assert "![return against policy size]" in section7 and "| Pendulum-v1 | sac-l |" in section7
    assert "none fits" not in section7 and "n/a" not in section7

    capsys.readouterr()
    run = out / "Pendulum-v1/sac-l/seed0"
    before = json.loads((run / "interpretation/distilled.json").read_text())
    assert main(["interpret", str(run)]) == 0
    assert "the distillation already in the run folder" in capsys.readouterr().out
    assert main(["interpret", str(run), "--redo"]) == 0
    assert "distilled now" in capsys.readouterr().out
    after = json.loads((run / "interpretation/distilled.json").read_text())
    assert [(p["name"], p["returns"]) for p in after["policies"]] == [(p["name"], p["returns"]) for p in before["policies"]]
    assert Store(out).records()[0].status == "finished"
