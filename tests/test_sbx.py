"""sbx-sac, SBX's SAC with sb3-sac's settings, registered where SBX is installed, and timed by
`bench` beside sb3-sac in the same turns."""

from __future__ import annotations

import numpy as np
import pytest

from algorithms.base import EnvInfo
from envs.suites import get_task, make_env
from harness import registry
from harness.cli import main
from harness.protocol import evaluate

pytest.importorskip("sbx")

SMALL = {"learning_starts": 200, "hidden_sizes": [32, 32], "batch_size": 32}


def agent(seed: int = 0, task: str = "Pendulum-v1", **overrides):
    spec = registry.get("sbx-sac")
    return spec.factory(make_env(get_task(task), seed=seed), spec.make_config({**SMALL, **overrides}), seed)


def test_it_has_sb3_sacs_networks():
    env = make_env(get_task("Hopper-v5"))
    counts = {name: registry.get(name).factory(env, registry.get(name).make_config(), 0).parameter_counts()
              for name in ("sbx-sac", "sb3-sac")}
    assert counts["sbx-sac"] == counts["sb3-sac"]  # Hopper-v5: 70,406 total, 69,635 without the log-std head
    assert counts["sbx-sac"]["deterministic"] < counts["sbx-sac"]["total"]


def test_it_trains_through_the_callback_and_a_seed_is_one_run(tmp_path):
    task = get_task("Pendulum-v1")
    runs = []
    for _ in range(2):
        a, steps = agent(seed=3), []
        a.learn(400, lambda step, info, steps=steps: steps.append(step))
        runs.append(evaluate(a.act, make_env(task, seed=0), task, 2).returns)
        assert steps == list(range(1, 401))
    np.testing.assert_array_equal(runs[0], runs[1])
    a.save(tmp_path)
    loaded = registry.get("sbx-sac").loader(tmp_path, EnvInfo.from_env(make_env(task)))
    obs, _ = make_env(task).reset(seed=5)
    np.testing.assert_array_equal(loaded.act(obs), a.act(obs))


def test_bench_times_it_beside_sb3_sac(capsys):
    assert main(["bench", "--algos", "linear-sac", "--env", "Pendulum", "--steps", "40", "--warmup", "250",
                 "--repeats", "1", "--compile", "off", "--hparams", "critic_hidden=[32,32]"]) == 0
    out = capsys.readouterr().out
    assert "vs sbx-sac" in out
    rows = {line.split("|")[1].strip(): line for line in out.splitlines() if line.startswith("| ")}
    assert {"sb3-sac", "sbx-sac", "linear-sac"} <= set(rows)
    assert main(["bench", "--algos", "linear-sac", "--env", "Pendulum", "--steps", "40", "--warmup", "250",
                 "--repeats", "1", "--compile", "off", "--no-peers", "--hparams", "critic_hidden=[32,32]"]) == 0
    assert "sbx-sac" not in capsys.readouterr().out
