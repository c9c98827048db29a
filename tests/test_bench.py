"""Micro-benchmarks of one learner update per SAC-family agent (pytest-benchmark).

The test suite runs each once, as a correctness check (benchmarks are disabled by default in
pyproject.toml: no timing is asserted). To time them:

    python -m pytest tests/test_bench.py --benchmark-enable

The seed-batch benchmarks time one update of four seeds at once: compare with four times the
one-seed figure of the same agent.
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


@pytest.mark.parametrize("algo", SAC_FAMILY)
def test_flop_estimate_matches_the_counted_matrix_products(algo):
    """bench's FLOP floor rests on sac_flops_per_step: it must agree with torch's count of the
    matrix products of real updates (an even step, with both actor updates, and an odd one)."""
    from torch.utils.flop_counter import FlopCounterMode

    from harness.bench import sac_flops_per_step

    spec = registry.get(algo)
    agent = spec.factory(make_env(get_task("Hopper-v5"), seed=0), spec.make_config(), 0)
    buffer = ReplayBuffer(512, 11, 3)
    rng = np.random.default_rng(0)
    for _ in range(512):
        buffer.add(rng.normal(size=11), rng.uniform(-1, 1, 3), rng.normal(), rng.normal(size=11), False)
    with FlopCounterMode(display=False) as counter:
        agent.update(buffer, 2, {})
        agent.update(buffer, 3, {})
    estimate = sac_flops_per_step(11, 3, actor_flops_per_sample=2.0 * agent.parameter_counts()["total"],
                                  critic_evaluations=agent.actor.critic_evaluations)
    # Measured: the estimate is 1.0-1.5% above the count for every agent (it also counts the
    # one-column Q head, which runs as a dot product, not a matrix product).
    assert estimate == pytest.approx(counter.get_total_flops() / 2, rel=0.05)


@pytest.mark.parametrize("algo", ["sac-l", "smose"])
def test_one_seed_batch_update_of_four_seeds(benchmark, algo):
    from algorithms.sac.seed_batch import SeedBatch

    spec = registry.get(algo)
    agents = []
    for seed in range(4):
        torch.manual_seed(seed)
        agent = spec.factory(make_env(get_task("Hopper-v5"), seed=seed), spec.make_config(), seed)
        rng = np.random.default_rng(seed)
        agent.buffer = ReplayBuffer(2048, 11, 3, seed=seed)
        for _ in range(2048):
            agent.buffer.add(rng.normal(size=11), rng.uniform(-1, 1, 3), rng.normal(), rng.normal(size=11), False)
        agents.append(agent)
    batch = SeedBatch(agents)
    before = {k: v.detach().clone() for k, v in batch.actor_params.items()}
    steps = itertools.count(2, 2)

    stats = benchmark(lambda: batch.update(next(steps), {}))

    assert all(v.shape == (4,) and torch.isfinite(v).all() for v in stats.values())
    for k, v in batch.actor_params.items():  # every seed's actor moved
        assert all(not torch.equal(v[i], before[k][i]) for i in range(4)), k
