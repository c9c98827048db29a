"""Expanding a command into runs, presets, and hyper-parameter overrides."""

from __future__ import annotations

import pytest

from envs.suites import resolve_tasks
from harness import registry
from harness.errors import UsageError
from harness.hparams import parse_hparams, resolve_overrides
from harness.spec import PRESETS, Settings, expand, settings_fingerprint


def test_expand_is_every_task_algo_seed_once():
    specs = registry.resolve_algos("sac-l,linear-sac")
    tasks = resolve_tasks("Hopper,Pendulum")
    runs = expand("e", specs, tasks, 3, Settings(budget=100, eval_interval=50))
    assert len(runs) == 2 * 2 * 3
    assert len({r.run_id for r in runs}) == len(runs)
    assert runs[0].run_id == "Hopper-v5/sac-l/seed0"
    assert {r.seed for r in runs} == {0, 1, 2}


def test_all_is_the_six_mujoco_tasks_in_v5():
    names = [t.name for t in resolve_tasks("all")]
    assert names == ["Walker2d-v5", "Hopper-v5", "Ant-v5", "HalfCheetah-v5", "Reacher-v5", "Swimmer-v5"]
    assert [t.name for t in resolve_tasks("Hopper-v4,Pendulum")] == ["Hopper-v4", "Pendulum-v1"]


def test_unknown_task_lists_valid_names():
    with pytest.raises(ValueError, match="unknown task or suite 'Hoper'.*Hopper-v5"):
        resolve_tasks("Hoper")


def test_presets_name_registered_algorithms_and_tasks():
    for preset in PRESETS.values():
        assert registry.resolve_algos(preset.algos)
        assert resolve_tasks(preset.envs)
    assert PRESETS["paper"].budget == 1_000_000 and PRESETS["paper"].seeds == 10


def test_hparams_apply_to_algorithms_that_have_them_and_respect_scope():
    specs = registry.resolve_algos("sac-l,linear-sac")
    raw = parse_hparams("batch_size=128,sac-l.hidden_sizes=[64,64],policy_lr=1e-3")
    out = resolve_overrides(raw, specs)
    assert out == {"sac-l": {"batch_size": 128, "hidden_sizes": [64, 64], "policy_lr": 1e-3},
                   "linear-sac": {"batch_size": 128, "policy_lr": 1e-3}}
    assert registry.get("sac-l").make_config(out["sac-l"]).hidden_sizes == (64, 64)


def test_hparams_from_yaml(tmp_path):
    f = tmp_path / "h.yaml"
    f.write_text("sac-l:\n  gamma: 0.98\ntau: 0.01\n")
    out = resolve_overrides(parse_hparams(str(f)), registry.resolve_algos("sac-l,linear-sac"))
    assert out == {"sac-l": {"gamma": 0.98, "tau": 0.01}, "linear-sac": {"tau": 0.01}}


@pytest.mark.parametrize("text, message", [
    ("batch_size", "malformed --hparams entry"),
    ("=3", "malformed --hparams entry"),
    ("nope=1", "unknown hyper-parameter 'nope'"),
    ("batch_size=1.5", "must be an integer"),
    ("autotune=3", "must be true or false"),
    ("gamma=high", "must be a number"),
    ("ppo.gamma=0.9", "names algorithm 'ppo', which is not in this run"),
    ("missing.yaml", "does not exist"),
])
def test_malformed_hparams_are_refused(text, message):
    with pytest.raises(UsageError, match=message):
        resolve_overrides(parse_hparams(text), registry.resolve_algos("sac-l"))


def test_fingerprint_depends_on_settings_only():
    a = Settings(budget=100, eval_interval=50)
    assert settings_fingerprint(a) == settings_fingerprint(Settings(budget=100, eval_interval=50))
    assert settings_fingerprint(a) != settings_fingerprint(Settings(budget=101, eval_interval=50))
