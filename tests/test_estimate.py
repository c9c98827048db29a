"""Time estimates: the arithmetic, where the figures come from, and what `run` prints."""

from __future__ import annotations

import pytest

from harness import estimate as est
from harness.cli import main
from harness.spec import RunSpec, Settings
from harness.textable import duration

SETTINGS = Settings(budget=10_000, eval_interval=1_000, eval_episodes=2, final_eval_episodes=10)


def test_a_run_costs_its_training_and_its_evaluations_at_most():
    spec = RunSpec("e", "sac-l", "Pendulum-v1", 0, SETTINGS)
    train, evals = est.run_seconds(spec, rate=100.0)
    assert train == 100.0  # 10,000 steps at 100 steps/s
    # 10 evaluations of 2 episodes and a final one of 10: 30 episodes of Pendulum's 200 steps.
    assert evals == pytest.approx(30 * 200 / est.EVAL_STEPS_PER_SECOND)
    # A budget that is not a multiple of the interval still ends with an evaluation.
    odd = RunSpec("e", "sac-l", "Pendulum-v1", 0, Settings(budget=2_500, eval_interval=1_000,
                                                           eval_episodes=1, final_eval_episodes=1))
    assert est.run_seconds(odd, rate=100.0)[1] == pytest.approx((3 + 1) * 200 / est.EVAL_STEPS_PER_SECOND)


def test_batches_go_longest_first_to_the_least_loaded_worker():
    assert est.wall_seconds([3, 3, 2, 2, 2], workers=2) == 7  # 3+2+2 and 3+2
    assert est.wall_seconds([5, 1, 1], workers=4) == 5
    assert est.wall_seconds([1, 1, 1, 1], workers=1) == 4


def test_the_estimate_adds_runs_into_their_batches():
    runs = [RunSpec("e", "sac-l", "Pendulum-v1", s, SETTINGS) for s in range(3)]
    e = est.estimate([runs[:2], runs[2:]], workers=2, measured={"sac-l": {"Pendulum-v1": 100.0}})
    one = sum(est.run_seconds(runs[0], 100.0))
    assert e.env_steps == 30_000 and e.workers == 2
    assert e.batch_seconds == pytest.approx([2 * one, one])
    assert e.wall_seconds == pytest.approx(2 * one)  # the two-seed batch
    assert e.core_hours == pytest.approx(3 * one / 3600)
    assert e.sources == {"sac-l": ["bench"]} and e.unknown == []


def test_figures_come_from_bench_here_then_another_task_then_the_default(monkeypatch):
    monkeypatch.setitem(est.DEFAULT_STEPS_PER_SECOND, "smose", 50.0)
    measured = {"sac-l": {"Hopper-v5": 80.0}}
    assert est.throughput("sac-l", "Hopper-v5", measured) == est.Throughput(80.0, "bench")
    assert est.throughput("sac-l", "Ant-v5", measured) == est.Throughput(80.0, "bench on Hopper-v5")
    assert est.throughput("smose", "Ant-v5", measured) == est.Throughput(50.0, "default")
    assert est.throughput("my-plugin", "Ant-v5", measured) == est.Throughput(None, "unknown")


def test_a_figure_borrowed_from_another_task_is_named_as_such():
    runs = [RunSpec("e", "sac-l", task, 0, SETTINGS) for task in ("Pendulum-v1", "Hopper-v5")]
    e = est.estimate([runs[:1], runs[1:]], workers=2, measured={"sac-l": {"Pendulum-v1": 200.0}})
    assert e.sources == {"sac-l": ["bench", "bench on Pendulum-v1"]}
    lines = est.describe(e, "on 2 worker(s)")
    assert "measured here by bench on Pendulum-v1, used for its other tasks for sac-l" in lines[1]
    assert lines[2] == "  to measure them on this machine: python -m harness bench --algos sac-l --compile off"


def test_every_builtin_agent_has_a_default_figure_and_a_compiled_one_where_it_compiles():
    from harness import registry

    compiled = {est.figure_name(name, True) for name, spec in registry.all_specs().items()
                if "compile_update" in spec.hparam_names()}
    assert len(compiled) >= 8  # the SAC family
    assert set(registry.all_specs()) | compiled <= set(est.DEFAULT_STEPS_PER_SECOND)
    assert all(v > 0 for v in est.DEFAULT_STEPS_PER_SECOND.values())


def test_a_compiled_run_is_estimated_from_compiled_figures_and_bench_is_named_for_each_kind():
    """A bench of the compiled update keeps its figure apart from the eager one's, and a run
    takes the figure of the update it will run."""
    compiled = Settings(budget=10_000, eval_interval=1_000, hparams={"sac-l": {"compile_update": True}})
    runs = [RunSpec("e", "sac-l", "Pendulum-v1", 0, compiled), RunSpec("e", "smose", "Pendulum-v1", 0, SETTINGS)]
    measured = {"sac-l": {"Pendulum-v1": 50.0}, "sac-l (compiled)": {"Pendulum-v1": 80.0}}
    e = est.estimate([runs], workers=1, measured=measured)
    assert e.train_seconds == pytest.approx(10_000 / 80.0 + 10_000 / est.DEFAULT_STEPS_PER_SECOND["smose"])
    assert e.sources == {"sac-l (compiled)": ["bench"], "smose": ["default"]}
    e = est.estimate([[RunSpec("e", "smose", "Pendulum-v1", 0, Settings(
        budget=10_000, eval_interval=1_000, hparams={"smose": {"compile_update": True}})), runs[1]]], 1, measured)
    assert est.describe(e, "on 1 worker(s)")[2:] == [
        "  to measure them on this machine: python -m harness bench --algos smose",
        "  to measure them on this machine: python -m harness bench --algos smose --compile off"]


def test_bench_figures_are_kept_per_machine(tmp_path, monkeypatch):
    monkeypatch.setenv("SMOSE_BENCH_CACHE", str(tmp_path))
    est.record_throughput("sac-l", "Hopper-v5", 81.5)
    est.record_throughput("sac-l", "Walker2d-v5", 70.0)
    est.record_throughput("sac-l", "Hopper-v5", 99.0, compiled=True)
    assert est.measured_throughputs() == {"sac-l": {"Hopper-v5": 81.5, "Walker2d-v5": 70.0},
                                          "sac-l (compiled)": {"Hopper-v5": 99.0}}
    monkeypatch.setattr(est, "machine_key", lambda: "another machine")
    assert est.measured_throughputs() == {}


def test_dry_run_prints_the_estimate(tmp_path, capsys):
    est.record_throughput("sac-l", "Pendulum-v1", 100.0)  # in the tests' own cache (conftest)
    code = main(["run", "--dry-run", "--algos", "sac-l", "--envs", "Pendulum-v1", "--seeds", "2",
                 "--budget", "10000", "--eval-interval", "1000", "--eval-episodes", "2",
                 "--final-eval-episodes", "10", "--workers", "2", "--out", str(tmp_path / "e")])
    out = capsys.readouterr().out
    assert code == 0
    one = 100 + 30 * 200 / est.EVAL_STEPS_PER_SECOND
    assert (f"estimate: 20,000 env steps, {2 * one / 3600:.1f} core-hours (training 3m20s, evaluation at "
            f"most {duration(2 * 30 * 200 / est.EVAL_STEPS_PER_SECOND)}); about {duration(one)} of wall "
            "time on 2 worker(s)") in out
    assert "  steps/s: measured here by bench for sac-l\n" in out and "python -m harness bench" not in out


def test_the_paper_preset_says_its_core_hours_and_points_to_ray(tmp_path, capsys):
    assert main(["run", "--preset", "paper", "--dry-run", "--out", str(tmp_path / "p")]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("estimate: "))
    assert "720,000,000 env steps" in line  # 12 agents x 6 tasks x 10 seeds x 1M steps
    assert float(line.split(" env steps, ")[1].split(" core-hours")[0].replace(",", "")) > 500
    assert "spread it over a cluster with --executor ray" in out
    # the paper budget compiles the SAC family (run --compile auto): their compiled figures
    assert ("steps/s: the development machine's figures (harness/estimate.py) for smose (compiled), pmoe (compiled), "
            "pmoe-gating (compiled), "
            "pmoe-ppo, dac, moe-sac (compiled), sac-l (compiled)") in out
