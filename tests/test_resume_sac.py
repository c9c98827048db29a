"""Checkpoints of the SAC family, solo and in seed batches: a checkpoint taken mid-episode,
restored into freshly built agents, continues exactly as the uninterrupted run did (weights,
training episodes); one taken in a batch resumes alone. The end-to-end kill -9 tests are in
test_resume.py."""

from __future__ import annotations

import io
from typing import Any

import pytest
import torch
from test_seed_batch import SMALL, make_agent, weights

from algorithms.sac.learner import SACLearner

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


def learner(algo: str, seeds: list[int], compiled: bool = False) -> SACLearner:
    return SACLearner([make_agent(algo, seed, {**HPARAMS, "compile_update": compiled}, TASK) for seed in seeds])


@pytest.mark.parametrize("algo, seeds, compiled", [("sac-s", [0], False), ("smose", [0], False), ("pmoe", [0], False),
                                                   ("sac-s", [0, 1], False), ("smose", [0, 1], True)])
def test_a_learner_resumed_mid_episode_is_the_uninterrupted_learner(algo, seeds, compiled):
    """Compiled too (`--compile`): a resumed learner runs the same compiled graphs."""
    trainer, calls, saved = learner(algo, seeds, compiled), [], {}

    def after_step(step: int) -> None:
        if step == CHECKPOINT_AT:
            saved["states"] = [through_a_file(s) for s in trainer.seed_states()]
            saved["in_episode"] = [e[1] for e in trainer._episodes]

    trainer.learn(BUDGET, lambda i, step, info: calls.append((i, step, info)), after_step)
    assert min(saved["in_episode"]) > 0, "the checkpoint must fall mid-episode for every seed"

    fresh, resumed_calls = learner(algo, seeds, compiled), []
    fresh.restore(saved["states"])
    fresh.learn(BUDGET, lambda i, step, info: resumed_calls.append((i, step, info)))

    assert resumed_calls[0][1] == CHECKPOINT_AT + 1
    for i in range(len(seeds)):
        assert_same_weights(weights(fresh.agents[i]), weights(trainer.agents[i]))
        mine = episode_log([(s, info) for j, s, info in resumed_calls if j == i])
        assert mine and mine == [e for e in episode_log([(s, info) for j, s, info in calls if j == i])
                                 if e[0] > CHECKPOINT_AT]


def test_seeds_checkpointed_in_a_batch_resume_alone(tmp_path):
    """Checkpoints are per seed: seeds saved by a batch of two resume as two solo runs (a rerun
    planned with other workers), each from its own file, and finish as the batch would have."""
    from harness.checkpoints import Checkpointing
    from harness.runner import run, run_batch
    from harness.spec import RunSpec, Settings

    settings = Settings(budget=600, eval_interval=300, eval_episodes=1, final_eval_episodes=2, interpret=False,
                        hparams={"sac-s": {"learning_starts": 200, **SMALL}})
    specs = [RunSpec("exp", "sac-s", "Pendulum-v1", seed, settings) for seed in (0, 1)]
    checkpointing = Checkpointing(tmp_path, interval=400)
    batched = run_batch(specs, checkpointing=checkpointing)  # leaves each seed's step-400 file
    assert all(checkpointing.path(spec).exists() for spec in specs)
    for spec, whole in zip(specs, batched):
        alone = run(spec, checkpointing=checkpointing)
        assert alone.status == "finished", alone.error
        assert alone.config["resumed_from_step"] == 400 and "seed_batch" not in alone.config
        assert alone.curve[0] == whole.curve[0]  # the evaluation before the checkpoint, kept
        # Equal up to rounding: the resumed part ran as a batch of one (see test_seed_batch).
        assert alone.final["returns"] == pytest.approx(whole.final["returns"], rel=1e-4)


@pytest.mark.parametrize("old_format", [2, "previous"])
def test_a_checkpoint_of_another_format_is_not_resumed_and_the_run_starts_again(tmp_path, old_format):
    """A checkpoint left by an older version is set aside, not half-read: format 2 (before one
    SAC), or a checkpoint of this version relabelled with the previous format's number (format
    4 held Adam's state in another layout): only the number tells them apart."""
    from harness.checkpoints import FORMAT, Checkpointing
    from harness.runner import run
    from harness.spec import RunSpec, Settings

    settings = Settings(budget=300, eval_interval=300, eval_episodes=1, final_eval_episodes=2, interpret=False,
                        hparams={"linear-sac": {"learning_starts": 100, "batch_size": 32,
                                                "critic_hidden": (16, 16)}})
    spec = RunSpec("old", "linear-sac", "Pendulum-v1", 0, settings)
    checkpointing = Checkpointing(tmp_path, interval=1000)
    checkpointing.path(spec).parent.mkdir(parents=True)
    if old_format == 2:  # a solo run's checkpoint then: the agent's state, its identity
        saved = {"agent": {"step": 200}, "runner": {}, "format": 2, "runs_of": [repr(spec)]}
    else:  # a whole checkpoint of this version, marked as the previous format
        old_format = FORMAT - 1
        run(spec, checkpointing=Checkpointing(tmp_path / "now", interval=200))
        saved = torch.load(Checkpointing(tmp_path / "now", interval=200).path(spec), weights_only=False)
        saved["format"] = old_format
    torch.save(saved, checkpointing.path(spec))

    result = run(spec, checkpointing=checkpointing)
    assert result.status == "finished", result.error
    assert f"format {old_format}" in result.config["checkpoint_ignored"]
    assert "resumed_from_step" not in result.config
    assert result.final["returns"] == run(spec).final["returns"]  # a whole run from step 0


def test_a_checkpoint_of_another_experiments_run_is_not_resumed(tmp_path):
    """A checkpoint at the run's path that was taken with other settings (left on a Ray node by an
    earlier experiment in a folder of the same name) is set aside: the run starts from step 0."""
    import dataclasses

    from harness.checkpoints import Checkpointing
    from harness.runner import run
    from harness.spec import RunSpec, Settings

    settings = Settings(budget=300, eval_interval=300, eval_episodes=1, final_eval_episodes=2, interpret=False,
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
