"""`tune`: the search space, pruning from the seeds' evaluations, runs stopped by the driver on
both local executors, and a 4-trial study of 2 seeds each end to end, resumed."""

from __future__ import annotations

import csv

import pytest
import yaml

from harness import executors, registry
from harness.cli import main
from harness.errors import UsageError
from harness.spec import Progress, Rows, RunSpec, Settings
from harness.store import Store
from harness.tuning import OBJECTIVES, Pruning, parse_space

optuna = pytest.importorskip("optuna")

SAC = registry.get("smose")
TINY = ["--budget", "600", "--eval-interval", "150", "--eval-episodes", "1", "--final-eval-episodes", "2",
        "--hparams", "learning_starts=100,critic_hidden=[32,32]"]
SPACE = "gamma=0.9..0.99;tau=0.005,0.02;batch_size=16..64:log"


def test_the_space_reads_ranges_logs_integers_and_choices(tmp_path):
    space = parse_space("lb_weight=0.01..1.0:log;n_experts=2..16;gamma=0.9..0.99;eval_gate=gated,bare", SAC)
    assert space["lb_weight"] == optuna.distributions.FloatDistribution(0.01, 1.0, log=True)
    assert space["n_experts"] == optuna.distributions.IntDistribution(2, 16)  # the field is an integer
    assert space["gamma"] == optuna.distributions.FloatDistribution(0.9, 0.99)
    assert space["eval_gate"] == optuna.distributions.CategoricalDistribution(["gated", "bare"])
    path = tmp_path / "space.yaml"
    path.write_text("lb_weight: {low: 0.01, high: 1.0, log: true}\nn_experts: [4, 8]\n")
    assert parse_space(str(path), SAC) == {
        "lb_weight": optuna.distributions.FloatDistribution(0.01, 1.0, log=True),
        "n_experts": optuna.distributions.CategoricalDistribution([4, 8])}


@pytest.mark.parametrize("text, message", [
    ("", "--space is empty"),
    ("nope=1..2", "smose has no hyper-parameter 'nope'"),
    ("lb_weight=1.0..0.1", "low must be below high"),
    ("lb_weight=0..1:log", "a log range needs low > 0"),
    ("lb_weight=a..b", "smose.lb_weight must be a number"),
    ("lb_weight", "malformed --space entry 'lb_weight'"),
    ("n_experts=2.5..8", "smose.n_experts must be an integer"),
    ("eval_gate=a..b", "a range needs a number field"),
])
def test_a_bad_space_is_one_usage_error(text, message):
    with pytest.raises(UsageError, match=message):
        parse_space(text, SAC)


class FakeTrial:
    """Records what Pruning reports; prunes from `prune_from` on."""

    number = 7

    def __init__(self, prune_from: int | None):
        self.reports: list[tuple[float, int]] = []
        self.prune_from = prune_from

    def report(self, value: float, step: int) -> None:
        self.reports.append((value, step))

    def should_prune(self) -> bool:
        return self.prune_from is not None and self.reports[-1][1] >= self.prune_from


def event(*rows: tuple[int, float]) -> Progress:
    return Progress(0, 600, None, 0.0, "train", curve=Rows(0, [{"step": s, "return_mean": r} for s, r in rows]))


def test_pruning_reports_each_step_all_seeds_reached_and_stops_every_seed_once():
    trial, stopped = FakeTrial(prune_from=300), []
    pruning = Pruning(trial, ["a", "b"], OBJECTIVES["mean"], 600, lambda run_id, why: stopped.append((run_id, why)))
    pruning("a", event((150, 1.0), (300, 3.0)))
    assert trial.reports == []  # b has not reached 150
    pruning("b", event((150, 3.0)))
    assert trial.reports == [(2.0, 150)] and stopped == []
    pruning("b", event((150, 3.0), (300, 5.0)))  # a resent row is counted once
    assert trial.reports == [(2.0, 150), (4.0, 300)] and pruning.pruned_at == 300
    assert [r for r, _ in stopped] == ["a", "b"] and "pruned by tune at step 300 (trial 7)" in stopped[0][1]
    pruning("a", event((450, 1.0)))
    assert len(trial.reports) == 2  # nothing after the decision


def test_pruning_never_stops_runs_at_their_last_evaluation_and_counts_finished_seeds():
    trial, stopped = FakeTrial(prune_from=0), []
    pruning = Pruning(trial, ["a", "b"], OBJECTIVES["mean"], 600, lambda r, w: stopped.append(r),
                      known={"a": {600: 10.0}})  # a finished before a resume
    pruning("b", event((600, 20.0)))
    assert trial.reports == [(15.0, 600)] and stopped == [] and pruning.pruned_at is None


@pytest.mark.parametrize("workers", [1, 2])
def test_a_run_the_driver_stops_ends_not_finished_and_the_others_go_on(workers):
    """On the in-process executor and the process pool, a stop asked from the observer reaches
    the run at its next progress report; the run it does not name finishes."""
    settings = Settings(budget=400, eval_interval=200, eval_episodes=1, final_eval_episodes=1, interpret=False,
                        hparams={"linear-sac": {"learning_starts": 100, "batch_size": 16, "critic_hidden": [8]}})
    specs = [RunSpec("stop", "linear-sac", "Pendulum-v1", s, settings) for s in range(2)]
    executor = executors.LocalExecutor(workers=workers)

    class Observer:
        def update(self, run_id, event):
            if run_id == specs[0].run_id:
                executor.stop(run_id, "asked by the test")

        def finished(self, result):
            pass

    results = []
    executor.run([[s] for s in specs], results.append, Observer())
    by_seed = {r.spec.seed: r for r in results}
    assert by_seed[0].status == "failed" and "by the driver: asked by the test" in by_seed[0].error
    assert by_seed[1].status == "finished"


def tune_args(out, trials: int = 4, budget: int = 600) -> list[str]:
    return ["tune", "--algo", "linear-sac", "--env", "Pendulum", "--space", SPACE, "--trials", str(trials),
            "--seeds", "2", "--workers", "2", "--out", str(out), *TINY, "--budget", str(budget)]


def test_four_trials_of_two_seeds_end_to_end_resumed(tmp_path, capsys):
    """Measured on the 2-core machine: about 40 s; one of the four trials was pruned."""
    out = tmp_path / "tune"
    args = tune_args(out)
    assert main(args) == 0
    rows = list(csv.DictReader((out / "trials.csv").open()))
    assert len(rows) == 4 and {r["folder"] for r in rows} == {f"trial-00{i}" for i in range(4)}
    assert all(r["state"] in ("complete", "pruned") for r in rows)
    complete = [r for r in rows if r["state"] == "complete"]
    best = max(complete, key=lambda r: float(r["value"]))
    saved = yaml.safe_load((out / "best.yaml").read_text())
    assert saved["linear-sac"]["tau"] == float(best["tau"]) and saved["linear-sac"]["critic_hidden"] == [32, 32]
    # a trial is an experiment folder; its value is the IQM (2 seeds: the mean) of its seeds' final returns
    finals = [r.final["return_mean"] for r in Store(out / best["folder"]).records()]
    assert float(best["value"]) == pytest.approx(sum(finals) / 2)
    # the best configuration is a valid --hparams file
    assert main(["run", "--algos", "linear-sac", "--envs", "Pendulum", "--hparams", str(out / "best.yaml"),
                 "--out", str(tmp_path / "again"), "--dry-run"]) == 0

    # a rerun with the same flags finds the study done; another budget is refused
    capsys.readouterr()
    assert main(args) == 0 and "trial 4" not in capsys.readouterr().err
    assert main(tune_args(out, budget=700)) == 2
    assert "holds a study with other settings (settings)" in capsys.readouterr().err

    # a trial a stop left running is asked again, with its values, in its folder
    study = optuna.load_study(study_name="tune", storage=f"sqlite:///{out / 'study.db'}")
    cut = study.ask()
    for name, dist in parse_space(SPACE, registry.get("linear-sac")).items():
        cut.suggest_float(name, dist.low, dist.high, log=dist.log) if isinstance(
            dist, optuna.distributions.FloatDistribution) else \
            cut.suggest_int(name, dist.low, dist.high, log=dist.log) if isinstance(
            dist, optuna.distributions.IntDistribution) else cut.suggest_categorical(name, dist.choices)
    cut.set_user_attr("folder", "trial-004")
    assert main(tune_args(out, trials=5)) == 0
    rows = list(csv.DictReader((out / "trials.csv").open()))
    assert len(rows) == 5 and rows[-1]["folder"] == "trial-004" and rows[-1]["trial"] == "5"
    assert float(rows[-1]["gamma"]) == pytest.approx(cut.params["gamma"])


def test_tune_refuses_several_agents_or_tasks(capsys, tmp_path):
    assert main(["tune", "--algo", "smose,sac-l", "--env", "Pendulum", "--space", "gamma=0.9..0.99",
                 "--out", str(tmp_path / "t")]) == 2
    assert "tune takes one --algo and one --env" in capsys.readouterr().err
    assert main(["tune", "--algo", "smose", "--env", "Pendulum", "--space", "lb_weight=0.1..0.3",
                 "--hparams", "lb_weight=0.2", "--out", str(tmp_path / "t")]) == 2
    assert "smose.lb_weight is both searched (--space) and fixed (--hparams)" in capsys.readouterr().err


def test_objectives_are_rliables_iqm_and_the_median():
    assert OBJECTIVES["iqm"]([1.0, 2.0, 3.0, 100.0]) == 2.5  # a quarter trimmed at each end
    assert OBJECTIVES["median"]([1.0, 2.0, 100.0]) == 2.0
