"""Watching a run: TensorBoard and the curve so far while it trains, plain progress lines without
a terminal, and the report of an experiment still running."""

from __future__ import annotations

import io
import json

from rich.console import Console
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

from harness import display as display_module
from harness.cli import main
from harness.display import ProgressDisplay, run_line
from harness.live import LiveLog
from harness.spec import Progress, Rows, RunResult, RunSpec
from harness.store import Store
from harness.textable import duration

TRAIN = ["--no-interpret", "--algos", "sac-l", "--envs", "Pendulum-v1", "--budget", "1200", "--eval-interval", "300",
         "--eval-episodes", "1", "--final-eval-episodes", "2", "--workers", "1", "--hparams",
         "learning_starts=100,batch_size=32,critic_hidden=[32,32],hidden_sizes=[32,32],log_interval=100"]


def scalars(tb_folder) -> dict[str, list[tuple[int, float]]]:
    acc = EventAccumulator(str(tb_folder), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def test_a_run_is_watchable_while_it_trains(tmp_path, monkeypatch, capsys):
    """Mid-run (seed 1 at step >= 700 of 1,200, seed 0 finished): TensorBoard's own reader finds
    the evaluations, episodes, losses, temperature and steps/s so far; the run folder holds its
    curve so far; the report draws it as unfinished and keeps it out of the final scores."""
    out, seen = tmp_path / "e", {}
    original = ProgressDisplay.update

    def update(self, run_id, event):
        original(self, run_id, event)
        if run_id.endswith("seed1") and event.step >= 700 and event.phase == "train" and not seen:
            from harness.report import write_report

            seen["step"] = event.step
            seen["tb"] = scalars(out / run_id / "tb")
            seen["curve"] = (out / run_id / "curve.csv").read_text()
            seen["status"] = {r.seed: r.status for r in Store(out).records()}
            seen["report"] = write_report(out, tmp_path / "reports").read_text()

    monkeypatch.setattr(ProgressDisplay, "update", update)
    assert main(["run", *TRAIN, "--seeds", "2", "--seed-batch", "1", "--out", str(out), "--no-report",
                 "--progress-interval", "1"]) == 0

    tb, evaluated = seen["tb"], list(range(300, seen["step"] + 1, 300))  # every evaluation so far
    assert seen["step"] < 1200 and [s for s, _ in tb["eval/return_mean"]] == evaluated
    assert {"train/episode_return", "train/critic_loss", "train/alpha", "time/steps_per_second"} <= set(tb)
    assert seen["curve"].startswith("step,") and len(seen["curve"].strip().splitlines()) == 1 + len(evaluated)
    assert seen["status"] == {0: "finished", 1: "unfinished"}
    report = seen["report"]
    assert "1 finished, 0 failed, 1 unfinished" in report
    assert "`Pendulum-v1/sac-l/seed1` | unfinished | at step" in report
    assert "Dashed: the evaluations so far of the 1 unfinished run(s)" in report
    assert "n=1" in report  # the final-score table counts the finished seed only

    # Finished: the events written live are kept, each evaluation once, equal to the curve.
    run = out / "Pendulum-v1/sac-l/seed1"
    final_tb = scalars(run / "tb")
    curve = [line.split(",") for line in (run / "curve.csv").read_text().splitlines()[1:]]
    assert [s for s, _ in final_tb["eval/return_mean"]] == [300, 600, 900, 1200]
    assert len(curve) == 4 and all(abs(v - float(c[2])) <= 1e-6 * abs(float(c[2]))  # TensorBoard: float32
                                   for (_, v), c in zip(final_tb["eval/return_mean"], curve))
    assert not (run / "progress.json").exists()
    err = capsys.readouterr().err  # not a terminal: plain lines
    assert "Pendulum-v1/sac-l/seed1  step " in err and " steps/s" in err and "experiment: " in err


def test_rows_sent_again_are_logged_once(tmp_path, tiny_settings):
    """A resumed or retried run sends its history again: the live log keeps each row once."""
    spec = RunSpec("e", "sac-l", "Pendulum-v1", 0, tiny_settings)
    store = Store(tmp_path / "e")
    store.open("e", tiny_settings, [spec])
    live = LiveLog(store)
    rows = [(s, "train/critic_loss", float(s)) for s in (100, 200, 300, 400)]

    def event(step, start, n):
        return Progress(step, 400, None, 10.0, "train", scalars=Rows(start, rows[start:start + n]))

    live.update(spec.run_id, event(200, 0, 2))
    live.update(spec.run_id, event(300, 0, 3))  # the history again, from the start, and one more
    live.update(spec.run_id, event(300, 2, 1))
    result = RunResult(spec=spec, status="finished", final={"return_mean": 0.0}, scalars=rows)
    assert live.finish(result)  # the fourth row, which no event carried, is written here
    live.update(spec.run_id, event(400, 3, 1))  # late: dropped
    store.write(result, keep_tensorboard=True)
    assert scalars(tmp_path / "e" / spec.run_id / "tb")["train/critic_loss"] == [(s, float(s)) for s in (100, 200, 300, 400)]
    assert store.records()[0].status == "finished"


def test_without_a_terminal_progress_is_plain_lines(monkeypatch):
    now = [0.0]
    monkeypatch.setattr(display_module.time, "monotonic", lambda: now[0])
    text = io.StringIO()
    display = ProgressDisplay(3, Console(file=text, force_terminal=False), line_seconds=15)
    with display:
        for t, step, ret, average in [(0, 10_000, None, 5000.0), (10, 11_000, 250.0, 1000.0),
                                      (20, 12_000, 300.5, 800.0)]:
            now[0] = t
            display.update("Hopper-v5/sac-l/seed0", Progress(step, 100_000, ret, average, "train"))
    lines = [line.split(" ", 1)[1] for line in text.getvalue().splitlines()]
    # No rate from the first event alone; then the rate of the recent events (2,000 steps in
    # 20 s), not the run's average, which the fast random warm-up inflates.
    assert lines == [
        "Hopper-v5/sac-l/seed0  step 10,000/100,000 (10%)  return -  starting",
        "Hopper-v5/sac-l/seed0  step 12,000/100,000 (12%)  return 300.5  100 steps/s  eta 14m40s",
        # one run training at 100 steps/s, two waiting: 88,000 + 2 x 100,000 steps to go
        "experiment: 0/3 runs done, 1 training, 2 waiting, 20s elapsed, eta 48m00s",
    ]
    assert "\x1b" not in text.getvalue()  # no terminal codes in a log file



def test_after_a_pause_a_run_keeps_its_last_rate(monkeypatch):
    """Stopped (SIGSTOP) for longer than the rate's window, the driver wakes with one event in
    it: the line gives the last rate known, not "starting", and the ETA does not leap."""
    now = [0.0]
    monkeypatch.setattr(display_module.time, "monotonic", lambda: now[0])
    text = io.StringIO()
    display = ProgressDisplay(1, Console(file=text, force_terminal=False), line_seconds=15)
    with display:
        for t, step in [(0, 10_000), (20, 12_000), (620, 12_500), (640, 14_500)]:
            now[0] = t
            display.update("Hopper-v5/sac-l/seed0", Progress(step, 100_000, None, 0.0, "train"))
    runs = [line.split(" ", 1)[1] for line in text.getvalue().splitlines() if "seed0" in line]
    assert runs[1:] == [
        "Hopper-v5/sac-l/seed0  step 12,000/100,000 (12%)  return -  100 steps/s  eta 14m40s",
        "Hopper-v5/sac-l/seed0  step 12,500/100,000 (12%)  return -  100 steps/s  eta 14m35s",  # woken
        "Hopper-v5/sac-l/seed0  step 14,500/100,000 (14%)  return -  100 steps/s  eta 14m15s",
    ]

def test_run_line_and_duration():
    assert duration(42) == "42s" and duration(125) == "2m05s" and duration(3725) == "1h02m"
    assert duration(47 * 3600) == "47h00m" and duration(300_000) == "3.5 days"
    line = run_line("T/a/seed0", Progress(50, 100, -3.25, 5.0, "final eval"))
    assert line == "T/a/seed0  step 50/100 (50%)  return -3.2  5 steps/s  eta 10s  (final eval)"
    assert "eta" not in run_line("T/a/seed0", Progress(100, 100, 1.0, 5.0, "train"))
    assert run_line("T/a/seed1", Progress(1, 100, None, 0.0, "train")) == "T/a/seed1  step 1/100 (1%)  return -  starting"


def test_progress_json_says_where_an_unfinished_run_stands(tmp_path, tiny_settings):
    spec = RunSpec("e", "sac-l", "Pendulum-v1", 3, tiny_settings)
    store = Store(tmp_path / "e")
    store.open("e", tiny_settings, [spec])
    live = LiveLog(store)
    curve = [{"step": 100, "wall_time_s": 1.0, "return_mean": -500.0, "return_std": 0.0,
              "length_mean": 200.0, "success_rate": None}]
    live.update(spec.run_id, Progress(150, 400, -500.0, 12.5, "train", curve=Rows(0, curve)))
    live.close()
    record = store.records()[0]
    assert record.status == "unfinished"
    assert {k: record.progress[k] for k in ("step", "total", "last_return")} == {"step": 150, "total": 400,
                                                                                  "last_return": -500.0}
    assert record.curve()["return_mean"].tolist() == [-500.0]
    assert json.loads((record.path / "progress.json").read_text())["steps_per_second"] == 12.5


def test_a_live_log_that_cannot_write_stops_without_stopping_the_run(tmp_path, tiny_settings, monkeypatch):
    from harness import live as live_module

    spec = RunSpec("e", "sac-l", "Pendulum-v1", 0, tiny_settings)
    store = Store(tmp_path / "e")
    store.open("e", tiny_settings, [spec])
    log = LiveLog(store)

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(live_module, "_write_csv_atomic", full_disk)
    curve = [{"step": 100, "wall_time_s": 1.0, "return_mean": -500.0, "return_std": 0.0,
              "length_mean": 200.0, "success_rate": None}]
    log.update(spec.run_id, Progress(100, 400, -500.0, 10.0, "train", curve=Rows(0, curve)))  # no raise
    assert "No space left on device" in log.errors[spec.run_id]
    result = RunResult(spec=spec, status="finished", final={"return_mean": -500.0}, curve=curve)
    assert log.finish(result) is False  # the store writes the events itself
    store.write(result, keep_tensorboard=False)
    assert scalars(tmp_path / "e" / spec.run_id / "tb")["eval/return_mean"] == [(100, -500.0)]
