"""The registry: built-in names, clear errors, third-party agents through entry points."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from harness import registry

PLUGIN_MODULE = '''
"""A tiny third-party agent: acts with zeros, learns nothing, or raises if told to."""
from dataclasses import dataclass
import json
import numpy as np
from algorithms.base import Agent, AgentConfig, AgentSpec, EnvInfo


@dataclass
class TinyConfig(AgentConfig):
    fail: bool = False


class TinyAgent(Agent):
    def __init__(self, env, config, seed, env_info=None):
        self.env, self.config = env, config
        self.env_info = env_info or EnvInfo.from_env(env)

    def learn(self, total_steps, callback=None):
        if self.config.fail:
            raise RuntimeError("tiny agent was told to fail")
        obs, _ = self.env.reset(seed=0)
        for step in range(1, total_steps + 1):
            obs, r, term, trunc, _ = self.env.step(self.act(obs))
            info = {}
            if term or trunc:
                obs, _ = self.env.reset()
            if callback is not None and callback(step, info) is False:
                break

    def act(self, obs, deterministic=True):
        return np.zeros(self.env_info.act_dim, dtype=np.float32)

    def parameter_counts(self):
        return {"total": 0, "active": 0}

    def save(self, path):
        path.mkdir(parents=True, exist_ok=True)
        (path / "tiny.json").write_text(json.dumps({"ok": True}))

    @classmethod
    def load(cls, path, env_info):
        return cls(None, TinyConfig(), 0, env_info)


SPEC = AgentSpec(name="tiny", family="test", description="a plugin registered by the tests",
                 config_cls=TinyConfig, factory=lambda env, cfg, seed: TinyAgent(env, cfg, seed),
                 loader=TinyAgent.load)
'''


def install_plugin(root: Path, value: str = "tiny_plugin:SPEC") -> Path:
    """Make an installed-looking distribution with an entry point in `root` (put it on sys.path)."""
    (root / "tiny_plugin.py").write_text(PLUGIN_MODULE)
    dist = root / "tiny_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: tiny-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(textwrap.dedent(f"""\
        [{registry.ENTRY_POINT_GROUP}]
        tiny = {value}
        """))
    return root


@pytest.fixture
def plugin_path(tmp_path, monkeypatch):
    install_plugin(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.all_specs.cache_clear()
    yield tmp_path
    registry.all_specs.cache_clear()
    sys.modules.pop("tiny_plugin", None)


def test_builtin_names_have_family_description_and_defaults():
    specs = registry.all_specs()
    for name in ["sac-l", "sac-m", "sac-s", "linear-sac"]:
        spec = specs[name]
        assert spec.description and spec.family
        assert spec.make_config().batch_size == 256  # DESIGN.md's SAC setting


def test_unknown_name_lists_the_valid_ones():
    with pytest.raises(registry.RegistryError, match="unknown algorithm 'nope'; valid: .*sac-l"):
        registry.resolve_algos("sac-l,nope")


def test_resolve_keeps_order_and_drops_repeats():
    assert [s.name for s in registry.resolve_algos("linear-sac, sac-l,linear-sac")] == ["linear-sac", "sac-l"]


def test_entry_point_plugin_is_registered(plugin_path):
    spec = registry.get("tiny")
    assert spec.family == "test"
    assert spec.make_config({"fail": True}).fail is True


def test_plugin_that_gives_no_spec_is_refused(tmp_path, monkeypatch):
    install_plugin(tmp_path, value="tiny_plugin:TinyConfig")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.all_specs.cache_clear()
    try:
        with pytest.raises(registry.RegistryError, match="does not give an AgentSpec"):
            registry.all_specs()
    finally:
        registry.all_specs.cache_clear()
        sys.modules.pop("tiny_plugin", None)


def test_unknown_hyper_parameter_is_refused():
    with pytest.raises(ValueError, match="unknown hyper-parameter.*valid: .*batch_size"):
        registry.get("sac-l").make_config({"batch_sise": 3})


def test_every_limit_names_a_field_and_a_rule_and_the_defaults_keep_them():
    from algorithms.base import LIMIT_RULES

    for spec in registry.all_specs().values():
        limits = {k: v for cls in type(spec.make_config()).__mro__ for k, v in vars(cls).get("LIMITS", {}).items()}
        assert set(limits) <= set(spec.hparam_names()), spec.name
        assert set(limits.values()) <= set(LIMIT_RULES), spec.name


@pytest.mark.parametrize("name, overrides, message", [
    ("sac-l", {"batch_size": 0}, "batch_size must be a positive integer, not 0"),
    ("sac-l", {"hidden_sizes": [64, 0]}, r"hidden_sizes must be a list of positive integers, not \[64, 0\]"),
    ("smose", {"tau": 1.5}, "tau must be between 0 and 1"),
    ("pmoe", {"q_lr": 0.0}, "q_lr must be greater than 0"),
    ("sb3-sac", {"train_freq": -1}, "train_freq must be a positive integer"),
    ("ppo", {"pi_hidden": [-2]}, "pi_hidden must be a list of positive integers"),
])
def test_a_value_out_of_its_limits_is_refused_with_its_name(name, overrides, message):
    with pytest.raises(ValueError, match=message):
        registry.get(name).make_config(overrides)


def test_the_harness_code_names_no_agent():
    """The harness reaches agents through the registry only: no registered name appears as a
    string in its code but in the data tables that are about those agents (measured throughput
    figures for time estimates, the bench's reference peer, the quick preset's agents)."""
    import ast
    from pathlib import Path

    allowed = {"estimate.py", "bench.py", "spec.py"}  # data: measured rates, the bench peer, a preset
    names = set(registry.all_specs())
    found = []
    for path in sorted(Path("harness").rglob("*.py")):
        if path.name in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = set(node.value.replace(",", " ").split())
                if node.value in names or (words & names and len(words) <= 3):
                    found.append(f"{path}:{node.lineno}: {node.value!r}")
    assert not found, "\n".join(found)
