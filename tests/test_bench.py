"""Micro-benchmarks of one learner update per SAC-family agent (pytest-benchmark).

The test suite runs each once, as a correctness check (benchmarks are disabled by default in
pyproject.toml: no timing is asserted). To time them:

    python -m pytest tests/test_bench.py --benchmark-enable
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import torch

from algorithms.sac.buffer import ReplayBuffer
from algorithms.sac.learner import SACConfig
from envs.suites import get_task, make_env
from harness import registry

SAC_FAMILY = [s.name for s in registry.all_specs().values() if issubclass(s.config_cls, SACConfig)]


@pytest.mark.parametrize("algo", SAC_FAMILY)
def test_one_update(benchmark, algo):
    env = make_env(get_task("Hopper-v5"), seed=0)
    torch.manual_seed(0)
    spec = registry.get(algo)
    agent = spec.factory(env, spec.make_config(), 0)
    rng = np.random.default_rng(0)
    buffer = ReplayBuffer(2048, 11, 3)
    for _ in range(2048):
        buffer.add(rng.normal(size=11), rng.uniform(-1, 1, 3), rng.normal(), rng.normal(size=11), False)
    before = [p.detach().clone() for p in agent.actor.parameters()]
    steps = itertools.count(2, 2)  # even steps: the critic and the delayed actor both update

    stats = benchmark(lambda: agent.update(buffer, next(steps), {}))

    assert {"critic_loss", "actor_loss", "alpha"} <= set(stats)
    assert all(math.isfinite(float(v)) for v in stats.values())
    assert any(not torch.equal(a, b) for a, b in zip(before, agent.actor.parameters()))
