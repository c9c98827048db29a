"""Regression on learned returns: the shared SAC learner's agents learn small tasks.

Each test trains for real through the runner (the harness's own protocol: seeding, evaluation on
the fixed evaluation seeds), with a fixed seed and a budget that fits CI. Thresholds come from
runs measured on the 2-core development machine (one torch thread), final return over 10
deterministic evaluation episodes:

- sac-l, Pendulum-v1, 5,000 steps, learning_starts 500, 64-64 networks (actor and critics) and
  batch 64 (about 34 s, where the default 256-256 and 256 took 85-95 s): seeds 0/1/2 gave
  -148.3 / -149.1 / -148.2 (2026-12-03); with the default sizes -147.4 / -147.2 / -147.8
  (2026-12-01). Uniform random policy: -1228. Threshold -400: well below every measured seed, far
  above what an agent that does not learn gets.
- linear-sac, InvertedPendulum-v5, 8,000 steps, learning_starts 1,000, 64-64 critics and batch
  128 (about 35 s; with the default critics 100 s): seeds 0/1/2 gave 169.4 / 78.6 / 144.5 (with
  the default critics 690.2 / 94.0 / 129.7); random policy: 4.7, the maximum 1000. The linear actor
  learns slowly and unevenly across seeds, so the threshold, 50, is below the worst measured seed
  and ten times the random policy's return.
"""

from __future__ import annotations

import pytest

from harness.runner import run
from harness.spec import RunSpec, Settings

pytestmark = pytest.mark.slow


def final_return(algo: str, task: str, budget: int, learning_starts: int, seed: int = 0,
                 **hparams: object) -> float:
    settings = Settings(budget=budget, eval_interval=budget, eval_episodes=1, final_eval_episodes=10, interpret=False,
                        hparams={algo: {"learning_starts": learning_starts, **hparams}})
    result = run(RunSpec("regression", algo, task, seed, settings))
    assert result.status == "finished", result.error
    return result.final["return_mean"]


def test_sac_l_learns_pendulum():
    assert final_return("sac-l", "Pendulum-v1", 5000, 500, hidden_sizes=[64, 64], critic_hidden=[64, 64],
                        batch_size=64) > -400  # measured: -148.3 (seed 0)


def test_linear_sac_learns_inverted_pendulum():
    assert final_return("linear-sac", "InvertedPendulum-v5", 8000, 1000, critic_hidden=[64, 64],
                        batch_size=128) > 50  # measured: 169.4 (seed 0)
