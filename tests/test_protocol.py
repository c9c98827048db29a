"""The evaluation protocol and the determinism of a run."""

from __future__ import annotations

import numpy as np

from envs.suites import Task, get_task, make_env
from harness.protocol import EVAL_SEED_BASE, eval_seeds, evaluate
from harness.runner import run
from harness.spec import RunSpec

SURVIVE = Task("Countdown", "Countdown", success="survive")


def test_eval_seeds_are_a_fixed_list():
    assert eval_seeds(3) == [EVAL_SEED_BASE, EVAL_SEED_BASE + 1, EVAL_SEED_BASE + 2]
    assert eval_seeds(100)[:10] == eval_seeds(10)


def test_success_is_reaching_the_time_limit_without_terminating(countdown_env):
    survive = evaluate(lambda obs: np.array([-1.0]), countdown_env, SURVIVE, 4)
    assert survive.returns.tolist() == [10.0] * 4 and survive.successes.tolist() == [1.0] * 4
    fall = evaluate(lambda obs: np.array([1.0]), countdown_env, SURVIVE, 4)
    assert fall.returns.tolist() == [3.0] * 4 and fall.successes.tolist() == [0.0] * 4
    summary = fall.summary()
    assert summary["success_rate"] == 0.0 and summary["episodes"] == 4


def test_no_success_notion_gives_none(countdown_env):
    ev = evaluate(lambda obs: np.array([-1.0]), countdown_env, Task("C", "C", success=None), 2)
    assert ev.successes is None and ev.summary()["success_rate"] is None


def test_evaluation_episodes_start_from_the_fixed_seeds(countdown_env):
    """Whatever happened before, episode i starts from the state of reset seed EVAL_SEED_BASE+i."""
    first_obs = []
    evaluate(lambda obs: first_obs.append(obs.copy()) or np.array([-1.0]), countdown_env, SURVIVE, 3)
    countdown_env.reset(seed=123)
    again = []
    evaluate(lambda obs: again.append(obs.copy()) or np.array([-1.0]), countdown_env, SURVIVE, 3)
    starts = [first_obs[i * 10] for i in range(3)]
    assert np.array_equal(starts, [again[i * 10] for i in range(3)])
    expected = [countdown_env.reset(seed=s)[0] for s in eval_seeds(3)]
    assert np.array_equal(starts, expected)


def test_an_agent_with_a_state_hears_each_episode_begin(countdown_env):
    """begin_episode() comes after each reset and before the episode's first action (DAC forgets
    its option there)."""
    calls = []
    evaluate(lambda obs: calls.append("act") or np.array([-1.0]), countdown_env, SURVIVE, 3,
             begin_episode=lambda: calls.append("begin"))
    starts = [i for i, c in enumerate(calls) if c == "begin"]
    assert len(starts) == 3 and starts[0] == 0
    assert all(calls[i + 1] == "act" for i in starts)
    assert np.diff(starts).tolist() == [11, 11]  # ten actions per countdown episode, then the next begins


def test_real_task_evaluation_is_repeatable():
    task = get_task("InvertedPendulum")
    env = make_env(task)
    policy = lambda obs: np.clip(np.array([obs[1] * 3.0 + obs[3]]), -3, 3)  # noqa: E731
    a, b = evaluate(policy, env, task, 3), evaluate(policy, env, task, 3)
    assert np.array_equal(a.returns, b.returns)


def test_same_spec_gives_the_same_curve(tiny_settings):
    spec = RunSpec("det", "sac-l", "Pendulum-v1", 3, tiny_settings)
    a, b = run(spec), run(spec)
    assert a.status == b.status == "finished", a.error
    assert [r["return_mean"] for r in a.curve] == [r["return_mean"] for r in b.curve]
    assert a.final["returns"] == b.final["returns"]
    assert [e["return"] for e in a.train_episodes] == [e["return"] for e in b.train_episodes]
    other = run(RunSpec("det", "sac-l", "Pendulum-v1", 4, tiny_settings))
    assert other.final["returns"] != a.final["returns"]  # the seed matters


def test_a_run_records_the_protocol(tiny_settings):
    result = run(RunSpec("p", "linear-sac", "InvertedPendulum-v5", 0, tiny_settings))
    assert result.status == "finished", result.error
    final = result.final
    assert final["episodes"] == len(final["returns"]) == tiny_settings.final_eval_episodes
    # a success: the time limit reached without falling (this barely trained agent: none, or few)
    assert final["success_rate"] == np.mean(np.array(final["lengths"]) == 1000)
    assert [r["step"] for r in result.curve] == [200, 400]
    # (4 obs + 1 bias) x 2 heads; the deterministic policy without the log-std head, one linear map
    assert final["param_counts"] == {"total": 10, "active": 10, "deterministic": 5, "deterministic_active": 5,
                                     "leaves": 1}
    assert final["steps_per_second"] > 0 and final["inference_us_per_action"] > 0
    assert result.config["hparams"]["learning_starts"] == 100
    assert final["agent_info"]["learning_starts_used"] == 40  # min(100, 10% of 400)
    assert {"torch", "gymnasium", "python"} <= set(result.config["versions"])
    assert {"model.pt", "agent.json"} <= set(result.model_files)


def test_non_finite_losses_stop_the_run_with_a_clear_reason(tiny_settings):
    import dataclasses

    # A learning rate of 1e30 makes the critic diverge to inf/nan within a few hundred updates.
    settings = dataclasses.replace(tiny_settings, hparams={"linear-sac": {
        **tiny_settings.hparams["linear-sac"], "q_lr": 1e30, "log_interval": 50}})
    result = run(RunSpec("nan", "linear-sac", "Pendulum-v1", 0, settings))
    assert result.status == "failed"
    assert result.error.startswith("non-finite ") and "the run is stopped" in result.error


def test_a_run_reports_typed_progress_to_its_final_evaluation(tiny_settings):
    from harness.spec import Progress

    events = []
    result = run(RunSpec("progress", "linear-sac", "Pendulum-v1", 0, tiny_settings),
                 progress=lambda run_id, event: events.append((run_id, event)))
    assert result.status == "finished", result.error
    assert events and all(run_id == "Pendulum-v1/linear-sac/seed0" and isinstance(event, Progress)
                          for run_id, event in events)
    last = events[-1][1]
    assert last.phase == "final eval" and last.step == last.total == tiny_settings.budget
    assert last.last_return == result.curve[-1]["return_mean"] and last.steps_per_second > 0
