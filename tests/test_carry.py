"""Unfinished runs carried to another machine through git (harness/carried.py): a SAC-family
checkpoint packed as its replay buffer's actions, unpacked by replaying the env, resumes the run
exactly; a replay that differs is refused; a later step is never overwritten by an earlier one."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pytest
import torch
from test_resume import kill_when, rerun, start
from test_resume_sac import through_a_file
from test_seed_batch import make_agent

from algorithms.sac import carry
from algorithms.sac.learner import SACLearner
from envs.suites import get_task, make_env
from harness.cli import main
from harness.runner import run
from harness.spec import RunSpec
from harness.store import Store


def hopper_states(seeds: list[int], steps: int) -> list[dict]:
    """Each seed's checkpoint state after `steps` steps of a small sac-s learner on Hopper, whose
    episodes end by falling (terminated) within the first hundred steps."""
    trainer = SACLearner([make_agent("sac-s", seed, {"learning_starts": 200}, "Hopper-v5") for seed in seeds])
    saved = {}

    def after_step(step: int) -> None:
        if step == steps:
            saved["states"] = [through_a_file(s) for s in trainer.seed_states()]

    trainer.learn(steps + 1, None, after_step)
    return saved["states"]


@pytest.fixture(scope="module")
def states() -> list[dict]:
    return hopper_states([0, 1], 600)


def test_a_buffer_packed_as_its_actions_replays_to_the_one_the_run_filled(states):
    for seed, state in zip([0, 1], states):
        small, arrays = carry.compact(state)
        assert set(arrays) == {"actions"} and arrays["actions"].shape == (600, 3)
        assert set(small["buffer"]) == {"pos", "size", "digest"}  # no transitions left in it
        assert state["buffer"]["terminated"].sum() >= 3  # episodes ended by falling, then reset
        whole = carry.expand(small, arrays, make_env(get_task("Hopper-v5"), seed=seed), seed)
        for name in ("obs", "actions", "rewards", "next_obs", "terminated"):
            assert np.array_equal(whole["buffer"][name], state["buffer"][name]), name
        assert whole["buffer"]["pos"] == state["buffer"]["pos"]
        assert whole.keys() == state.keys()


def test_a_replay_that_differs_is_refused(states):
    small, arrays = carry.compact(states[0])
    env = make_env(get_task("Hopper-v5"), seed=0)
    with pytest.raises(carry.ReplayMismatch, match="600 recorded actions"):
        carry.expand(small, arrays, env, seed=1)  # another seed's resets: another trajectory
    nudged = arrays["actions"].copy()
    nudged[550, 0] = np.nextafter(nudged[550, 0], np.float32(2))  # one action, one ulp
    with pytest.raises(carry.ReplayMismatch):
        carry.expand(small, {"actions": nudged}, env, seed=0)
    with pytest.raises(ValueError, match="600 actions were recorded, 599"):
        carry.expand(small, {"actions": arrays["actions"][:-1]}, env, seed=0)


def test_a_buffer_that_cannot_be_replayed_stays_whole(states):
    state = states[0]
    wrapped = {**state, "step": 700}  # more steps than transitions: the first were overwritten
    assert carry.compact(wrapped) == (wrapped, {})
    stopped = {**state, "stopped": True}
    assert carry.compact(stopped) == (stopped, {})


ARGS = ["run", "--no-interpret", "--algos", "linear-sac", "--envs", "Pendulum", "--seeds", "1", "--workers", "1",
        "--budget", "1400", "--eval-interval", "400", "--eval-episodes", "1", "--final-eval-episodes", "2",
        "--checkpoint-interval", "400", "--hparams", "learning_starts=100,batch_size=32,critic_hidden=[32,32]",
        "--no-report"]


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def harness(capsys) -> Callable[..., Done]:
    """`python -m harness ARGS` in this process (no interpreter to start), its exit code and output."""
    def call(*args: str) -> Done:
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return Done(code, out.out, out.err)
    return call


def test_a_run_packed_on_one_machine_resumes_exactly_on_another(tmp_path, harness):
    out, carried = tmp_path / "exp", tmp_path / "carried" / "exp"
    checkpoint = out / ".checkpoints/Pendulum-v1/linear-sac/seed0/checkpoint.pt"
    kill_when(start(out, ARGS), checkpoint)

    packed = harness("carry", "pack", str(out), "--to", str(carried))
    assert packed.returncode == 0, packed.stderr
    assert "packed  Pendulum-v1/linear-sac/seed0 at step" in packed.stdout
    run_dir = carried / "Pendulum-v1/linear-sac/seed0"
    assert sorted(f.name for f in run_dir.iterdir()) == ["actions-000.npy", "state.pt"]
    # The buffer's transitions are not in the pack: it is smaller than the checkpoint by them.
    transitions = np.load(run_dir / "actions-000.npy").shape[0] * (3 + 1 + 3 + 1) * 4
    assert sum(f.stat().st_size for f in run_dir.iterdir()) < checkpoint.stat().st_size - transitions * 0.9

    # A pack never replaces a later step with an earlier one (a machine that has not caught up).
    state_file = run_dir / "state.pt"
    later = torch.load(state_file, weights_only=False)
    torch.save({**later, "step": later["step"] + 10_000}, state_file)
    kept = harness("carry", "pack", str(out), "--to", str(carried))
    assert "kept  Pendulum-v1/linear-sac/seed0" in kept.stdout and "later step" in kept.stdout
    assert torch.load(state_file, weights_only=False)["step"] == later["step"] + 10_000
    torch.save(later, state_file)

    # The machine is gone: of the experiment folder, only what a published store holds is left.
    shutil.rmtree(out / ".checkpoints")
    shutil.rmtree(out / "Pendulum-v1")
    unpacked = harness("carry", "unpack", str(carried), "--to", str(out))
    assert unpacked.returncode == 0, unpacked.stderr
    assert "unpacked  Pendulum-v1/linear-sac/seed0 at step" in unpacked.stdout
    again = harness("carry", "unpack", str(carried), "--to", str(out))  # nothing newer to bring
    assert "kept  Pendulum-v1/linear-sac/seed0" in again.stdout and "its checkpoint here is at step" in again.stdout

    resumed_run = rerun(out, ARGS)
    assert "resumed  Pendulum-v1/linear-sac/seed0 from its checkpoint at step" in resumed_run.stderr
    resumed = Store(out).records()[0]
    fresh = run(RunSpec.from_dict(resumed.config["spec"]))
    assert resumed.config["resumed_from_step"] >= 400
    assert resumed.curve()["step"].tolist() == [400, 800, 1200, 1400]  # the carried curve, and on
    assert json.loads((resumed.path / "final.json").read_text())["returns"] == fresh.final["returns"]

    # Finished: its packed state is no longer needed, and the next pack removes it.
    cleaned = harness("carry", "pack", str(out), "--to", str(carried))
    assert "removed  Pendulum-v1/linear-sac/seed0" in cleaned.stdout
    assert not (carried / "Pendulum-v1").exists()


def test_carry_says_what_was_wrong(tmp_path, harness):
    done = harness("carry", "pack", str(tmp_path / "nothing"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "is not an experiment folder" in done.stderr
    done = harness("carry", "unpack", str(tmp_path / "nothing"))
    assert done.returncode == 2 and "is not a folder" in done.stderr
