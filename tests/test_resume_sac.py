"""Checkpoints of the SAC family, solo and in seed batches: a checkpoint taken mid-episode,
restored into freshly built agents, continues exactly as the uninterrupted run did (weights,
training episodes). The end-to-end kill -9 tests are in test_resume.py."""

from __future__ import annotations

import io
from typing import Any

import pytest
import torch
from test_seed_batch import make_agent, weights

from harness import registry
from harness.protocol import seed_everything

# Hopper: MuJoCo, episodes of uneven length, so a checkpoint at a fixed step is mid-episode.
TASK, BUDGET, CHECKPOINT_AT = "Hopper-v5", 700, 333
HPARAMS = {"learning_starts": 200}


def through_a_file(state: dict[str, Any]) -> dict[str, Any]:
    """The state as the runner's torch.save / torch.load leaves it (owned by no agent)."""
    buf = io.BytesIO()
    torch.save(state, buf)
    buf.seek(0)
    return torch.load(buf, weights_only=False)


def assert_same_weights(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> None:
    assert a.keys() == b.keys()
    for k in a:
        assert torch.equal(a[k], b[k]), k


def episode_log(calls: list) -> list:
    return [(step, info["episode"]["return"], info["episode"]["length"]) for step, info in calls
            if "episode" in info]


@pytest.mark.parametrize("algo", ["sac-s", "smose"])
def test_a_solo_run_resumed_mid_episode_is_the_uninterrupted_run(algo):
    agent = make_agent(algo, 0, HPARAMS, TASK)
    calls, saved = [], {}

    def callback(step: int, info: dict[str, Any]) -> None:
        calls.append((step, info))
        if step == CHECKPOINT_AT:
            saved["state"] = through_a_file(agent.checkpoint_state())
            saved["in_episode"] = agent._episode[1]

    agent.learn(BUDGET, callback)
    assert saved["in_episode"] > 0, "the checkpoint must fall mid-episode"

    fresh = make_agent(algo, 0, HPARAMS, TASK)
    fresh.restore_checkpoint_state(saved["state"])
    resumed_calls: list = []
    fresh.learn(BUDGET, lambda step, info: resumed_calls.append((step, info)))

    assert resumed_calls[0][0] == CHECKPOINT_AT + 1
    assert_same_weights(weights(fresh), weights(agent))
    assert episode_log(resumed_calls) == [e for e in episode_log(calls) if e[0] > CHECKPOINT_AT]
    assert episode_log(resumed_calls), "an episode must end after the checkpoint"


def test_a_seed_batch_resumed_mid_episode_is_the_uninterrupted_batch():
    def batch():
        agents = [make_agent("sac-s", seed, HPARAMS, TASK) for seed in (0, 1)]
        seed_everything(0)
        return registry.get("sac-s").seed_batch(agents)

    trainer, calls, saved = batch(), [], {}

    def after_step(step: int) -> None:
        if step == CHECKPOINT_AT:
            saved["state"] = through_a_file(trainer.checkpoint_state())
            saved["in_episode"] = [e[1] for e in trainer._episodes]

    trainer.learn(BUDGET, lambda i, step, info: calls.append((i, step, info)), after_step)
    assert min(saved["in_episode"]) > 0, "the checkpoint must fall mid-episode for both seeds"

    fresh, resumed_calls = batch(), []
    fresh.restore_checkpoint_state(saved["state"])
    fresh.learn(BUDGET, lambda i, step, info: resumed_calls.append((i, step, info)))

    for i in (0, 1):
        assert_same_weights(weights(fresh.agents[i]), weights(trainer.agents[i]))
        mine = episode_log([(s, info) for j, s, info in resumed_calls if j == i])
        assert mine and mine == [e for e in episode_log([(s, info) for j, s, info in calls if j == i])
                                 if e[0] > CHECKPOINT_AT]


def test_a_checkpoint_of_another_format_is_not_resumed_and_the_run_starts_again(tmp_path):
    """A checkpoint left by an older version (no format recorded) is set aside, not half-read."""
    from harness.runner import Checkpointing, run
    from harness.spec import RunSpec, Settings

    settings = Settings(budget=300, eval_interval=300, eval_episodes=1, final_eval_episodes=2,
                        hparams={"linear-sac": {"learning_starts": 100, "batch_size": 32,
                                                "critic_hidden": (16, 16)}})
    spec = RunSpec("old", "linear-sac", "Pendulum-v1", 0, settings)
    checkpointing = Checkpointing(tmp_path, interval=1000)
    checkpointing.path(spec).parent.mkdir(parents=True)
    torch.save({"agent": {"step": 200}, "runner": {}}, checkpointing.path(spec))  # format 1

    result = run(spec, checkpointing=checkpointing)
    assert result.status == "finished", result.error
    assert "format 1" in result.config["checkpoint_ignored"]
    assert "resumed_from_step" not in result.config
    assert result.final["returns"] == run(spec).final["returns"]  # a whole run from step 0


def test_a_checkpoint_of_another_experiments_run_is_not_resumed(tmp_path):
    """A checkpoint at the run's path that was taken with other settings (left on a Ray node by an
    earlier experiment in a folder of the same name) is set aside: the run starts from step 0."""
    import dataclasses

    from harness.runner import Checkpointing, run
    from harness.spec import RunSpec, Settings

    settings = Settings(budget=300, eval_interval=300, eval_episodes=1, final_eval_episodes=2,
                        hparams={"linear-sac": {"learning_starts": 100, "batch_size": 32,
                                                "critic_hidden": (16, 16)}})
    earlier = RunSpec("exp", "linear-sac", "Pendulum-v1", 0, settings)
    checkpointing = Checkpointing(tmp_path, interval=100)
    assert run(earlier, checkpointing=checkpointing).status == "finished"
    assert checkpointing.path(earlier).exists()  # its step-200 checkpoint (the driver removes it)

    same = run(earlier, checkpointing=checkpointing)  # the same run does resume from it...
    assert same.config["resumed_from_step"] == 200
    later = dataclasses.replace(earlier, settings=dataclasses.replace(settings, final_eval_episodes=3))
    result = run(later, checkpointing=checkpointing)  # ...one with other settings does not
    assert result.status == "finished", result.error
    assert "another experiment" in result.config["checkpoint_ignored"]
    assert "resumed_from_step" not in result.config
    assert result.final["returns"] == run(later).final["returns"]  # a whole run from step 0
