"""The compiled update (`run --compile`, the config's compile_update): the eager update's arithmetic
up to rounding, and still one run per seed, whichever seeds share its learner; and when `run`
compiles it (--compile auto, on or off)."""

from __future__ import annotations

import pytest
import torch

import algorithms.sac.update as update_module
from algorithms.sac.learner import SACLearner
from algorithms.sac.update import _compiled
from harness import registry
from harness.cli import build_parser
from harness.commands.run import plan, with_flags
from harness.errors import UsageError
from tests.test_seed_batch import filled_learner, make_agent, weights

UPDATES = 6  # two critic steps per actor pair, a logged step among them (log on every third)


def trained(algo: str, seeds: list[int], compiled: bool, vectorize: bool = False,
            hparams: dict | None = None) -> tuple[SACLearner, torch.Tensor]:
    """The learner of `seeds` after UPDATES updates on the same random transitions (seed i's data
    from data seed i), and its exploring actions for a fixed observation per seed."""
    learner = filled_learner([make_agent(algo, s, {"compile_update": compiled, **(hparams or {})}) for s in seeds],
                             seeds, vectorize=vectorize)
    batch_size = learner.config.batch_size
    for step in range(1, UPDATES + 1):
        learner.update(step, learner.buffer.sample(batch_size), lambda p: learner.noise(p, batch_size),
                       log=step % 3 == 0)
    obs = torch.linspace(-1, 1, learner.agents[0].env_info.obs_dim).repeat(len(seeds), 1)
    return learner, learner.update.explore(obs, learner.noise("explore", 1))


# Each agent also tries one setting of its own, so that every compiled learner (10-15 s of
# compiling each) is used for as much as it can show: smose's batch asks for the vmapped update
# (a GPU's eager default), which a compiled update ignores (seed by seed, the same bits); pmoe's
# temperature is fixed (autotune off), which the compiled actor step must leave untrained.
VARIANTS = {"sac-l": {}, "smose": {"vectorize": True}, "pmoe": {"hparams": {"autotune": False, "alpha": 0.1}}}


@pytest.mark.parametrize("algo", list(VARIANTS))
def test_the_compiled_update_is_the_eager_one_and_a_seed_is_the_same_run_in_any_batch(algo, monkeypatch):
    """Compiled, each step is one graph per seed: loss, gradient (torch.func.grad) and Adam; and
    the exploring action one more.
    Measured on the 2-core development machine (AMD EPYC, torch 2.13, 2026-12-02): seed 1 alone
    and in a batch of three identical to the bit when compiled (every seed runs the one compiled
    graph); compiled against eager, weights within 1.6e-7 (sac-l), 1.2e-7 (smose) and 5.7e-7
    (pmoe) after 6 updates, Adam's moments (a checkpoint's) within 3.3e-5 of each tensor's largest
    value (sac-l's actor; near-zero entries differ relatively more, up to 135% in pmoe's actor).
    Asserted: the batch to the bit, weights within 1e-5 of eager, moments within 1e-4 of their
    largest value, the same step counts (2026-12-03, Intel Xeon host)."""
    hparams, vectorize = VARIANTS[algo].get("hparams"), VARIANTS[algo].get("vectorize", False)
    traced = []
    monkeypatch.setattr(update_module, "_compiled",
                        lambda fn: traced.append(fn) or _compiled(fn))
    alone, explore_alone = trained(algo, [1], compiled=True, hparams=hparams)
    assert len(traced) == 3  # the critic step, the actor step and the exploring action, each once
    in_three, explore_in_three = trained(algo, [0, 1, 2], compiled=True, vectorize=vectorize, hparams=hparams)
    eager, explore_eager = trained(algo, [1], compiled=False, hparams=hparams)
    compiled_weights, eager_weights = weights(alone.agents[0]), weights(eager.agents[0])
    for name, value in weights(in_three.agents[1]).items():
        assert torch.equal(value, compiled_weights[name]), name
    assert torch.equal(explore_in_three[1], explore_alone[0])
    for name, value in eager_weights.items():
        torch.testing.assert_close(compiled_weights[name], value, rtol=1e-4, atol=1e-5, msg=name)
    torch.testing.assert_close(explore_alone, explore_eager, rtol=1e-4, atol=1e-5)
    initial = weights(make_agent(algo, 1, hparams))
    moved = [k for k, v in initial.items() if not torch.equal(v, compiled_weights[k])]
    assert any(k.startswith("actor.") for k in moved) and any(k.startswith("critic.") for k in moved)
    assert ("log_alpha" in moved) == (hparams is None)  # a fixed temperature is not trained

    states = {"compiled": alone.update.optimizer_states(0), "eager": eager.update.optimizer_states(0)}
    for name, eager_state in states["eager"].items():
        compiled_state = states["compiled"][name]
        assert torch.equal(compiled_state["count"], eager_state["count"]), name
        for key in ("exp_avg", "exp_avg_sq"):
            assert len(compiled_state[key]) == len(eager_state[key]), (name, key)
            for mine, value in zip(compiled_state[key], eager_state[key]):
                assert (mine.dtype, mine.shape) == (value.dtype, value.shape), (name, key)
                torch.testing.assert_close(mine, value, rtol=0, atol=1e-4 * value.abs().max().item() + 1e-12,
                                           msg=f"{name} {key}")
    # critic steps at every update, actor steps two at every second one
    assert states["eager"]["critic"]["count"].item() == UPDATES and states["eager"]["actor"]["count"].item() == UPDATES


def test_each_compiled_learner_runs_its_own_graph():
    """torch.compile keeps its graphs per code object, and a compiled step checks only its
    tensors at each call: two learners of the same shapes but another discount, in one process,
    must still run a graph each (had the second picked up the first's, its critic would learn
    with gamma 0.99, far from the eager update with 0.5)."""
    first, _ = trained("sac-l", [0], compiled=True, hparams={"gamma": 0.99})
    second, _ = trained("sac-l", [0], compiled=True, hparams={"gamma": 0.5})
    second_eager, _ = trained("sac-l", [0], compiled=False, hparams={"gamma": 0.5})
    compiled_weights = weights(second.agents[0])
    for name, value in weights(second_eager.agents[0]).items():
        torch.testing.assert_close(compiled_weights[name], value, rtol=1e-4, atol=1e-5, msg=name)
    assert not torch.allclose(weights(first.agents[0])["critic.layers.0.weight"],
                              compiled_weights["critic.layers.0.weight"], rtol=1e-4, atol=1e-5)


def test_compile_is_set_for_the_agents_that_have_it_and_hparams_win():
    specs = [registry.get(name) for name in ("sac-l", "smose", "ppo")]
    assert with_flags({}, specs, "cpu", compile_update=True) == {
        "sac-l": {"compile_update": True}, "smose": {"compile_update": True}}  # ppo has no such setting
    assert with_flags({"sac-l": {"compile_update": False}}, specs, "cpu", compile_update=True)["sac-l"] == {
        "compile_update": False}
    assert with_flags({}, specs, "cpu", compile_update=False) == {}  # the defaults add nothing
    assert with_flags({}, specs, "cuda", compile_update=False)["smose"] == {"device": "cuda"}


def test_auto_compiles_from_the_budget_where_it_pays_and_on_off_say_it_plainly(monkeypatch):
    from harness.commands import run

    assert run.resolve_compile_flag("auto", run.COMPILE_FROM_STEPS) is True
    assert run.resolve_compile_flag("auto", run.COMPILE_FROM_STEPS - 1) is False
    assert run.resolve_compile_flag("auto", None) is True  # a long run, as bench times it
    assert run.resolve_compile_flag(" ON ", 4_000) is True and run.resolve_compile_flag("off", 10**6) is False
    with pytest.raises(UsageError, match="--compile must be auto, on or off, not 'yes'"):
        run.resolve_compile_flag("yes", 4_000)
    # Without the C++ compiler torch.compile builds CPU kernels with: auto stays eager, on is refused.
    monkeypatch.setenv("CXX", "no-such-compiler-here")
    assert run.resolve_compile_flag("auto", 10**6) is False
    with pytest.raises(UsageError, match="no-such-compiler-here is not on PATH"):
        run.resolve_compile_flag("on", 4_000)


def plan_of(*flags: str):
    return plan(build_parser("run").parse_args(["run", "--algos", "sac-l,ppo", "--envs", "Pendulum-v1", *flags]))


def test_a_long_experiment_is_compiled_by_default_and_keeps_its_name():
    """The paper budget compiles the SAC family (not PPO) under the preset's own name; --compile off
    is then a change of settings, so another name; the quick budget compiles nothing."""
    assert plan_of("--budget", "50000")[2].hparams == {"sac-l": {"compile_update": True}}
    assert plan_of("--budget", "4000")[2].hparams == {}
    assert plan_of("--budget", "4000", "--compile")[2].hparams == {"sac-l": {"compile_update": True}}
    name, _, settings, _ = plan(build_parser("run").parse_args(["run", "--preset", "paper"]))
    assert name == "paper" and settings.hparams["smose"] == {"compile_update": True} and "ppo" not in settings.hparams
    name, _, settings, _ = plan(build_parser("run").parse_args(["run", "--preset", "paper", "--compile", "off"]))
    assert name.startswith("paper-") and settings.hparams == {}
    # asked for by name, a setting no selected agent has is an error; auto passes over it
    assert plan_of("--algos", "ppo", "--budget", "50000")[2].hparams == {}
    with pytest.raises(UsageError, match="--compile compiles the SAC-family update, and none of ppo"):
        plan_of("--algos", "ppo", "--compile", "on")
