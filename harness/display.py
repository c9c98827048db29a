"""What the driver shows of an experiment as it runs: live bars on a terminal, plain progress
lines where the output is a file (nohup, SLURM, CI)."""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import (
    Progress as Bars,
)

from harness.spec import Progress, RunResult
from harness.textable import duration

RATE_WINDOW_SECONDS = 60.0  # a run's steps/s and ETA in plain progress lines: over this window


class ProgressDisplay:
    """Overall runs done, and per active run: steps, last evaluation return, steps/s, ETA.

    On a terminal, live bars. Otherwise (output to a file, under nohup, SLURM or CI) plain lines:
    one per active run every `line_seconds`, and one for the experiment.
    """

    def __init__(self, n_runs: int, console: Console | None = None, line_seconds: float = 30.0):
        self.console = console or Console(stderr=True)
        self.plain = not self.console.is_terminal
        self.n_runs, self.done, self.line_seconds = n_runs, 0, line_seconds
        self.started = time.monotonic()
        self.latest: dict[str, Progress] = {}
        self.last_line: dict[str, float] = {}
        self.recent: dict[str, deque[tuple[float, int]]] = {}  # (time, step) of each run's events
        self.progress = Bars(
            TextColumn("{task.description}", style="bold", markup=False),  # a variant's [key=value]
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            TextColumn("{task.fields[info]}"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=self.console,
            refresh_per_second=2,
        )
        self.overall = self.progress.add_task("runs", total=n_runs, info="")
        self.tasks: dict[str, TaskID] = {}
        self.lock = threading.Lock()

    def __enter__(self) -> ProgressDisplay:
        if not self.plain:
            self.progress.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        if not self.plain:
            self.progress.__exit__(*exc)

    def update(self, run_id: str, event: Progress) -> None:
        with self.lock:
            if self.plain:
                self._plain_lines(run_id, event)
                return
            if run_id not in self.tasks:
                self.tasks[run_id] = self.progress.add_task(run_id, total=event.total, info="")
            ret = event.last_return
            text = (f"return {ret:9.1f}" if ret is not None else "return       -") + \
                   f"  {event.steps_per_second:6.0f} steps/s" + (f"  {event.phase}" if event.phase != "train" else "")
            self.progress.update(self.tasks[run_id], completed=event.step, info=text)

    def finished(self, result: RunResult) -> None:
        with self.lock:
            self.done += 1
            self.latest.pop(result.spec.run_id, None)
            self.recent.pop(result.spec.run_id, None)
            task = self.tasks.pop(result.spec.run_id, None)
            if task is not None:
                self.progress.remove_task(task)
            self.progress.advance(self.overall)
            if result.status == "finished":
                f = result.final or {}
                self.console.print(f"[green]done[/]   {escape(result.spec.run_id)}: return "
                                   f"{f.get('return_mean', float('nan')):.1f} +- {f.get('return_std', float('nan')):.1f} "
                                   f"({f.get('wall_time_s', 0):.0f}s, {f.get('steps_per_second', 0):.0f} steps/s"
                                   + (f"; its seed batch {f['aggregate_steps_per_second']:.0f} in all"
                                      if "aggregate_steps_per_second" in f else "") + ")", soft_wrap=True)
            else:
                last = (result.error or "").strip().splitlines()[-1:] or ["unknown error"]
                self.console.print(f"[red]failed[/] {escape(result.spec.run_id)}: {escape(last[0])}", soft_wrap=True)
            if self.plain:
                self._print(self._experiment_line())

    # --- without a terminal ------------------------------------------------------------------
    def _plain_lines(self, run_id: str, event: Progress) -> None:
        now = time.monotonic()
        recent = self.recent.setdefault(run_id, deque())
        if event.phase == "resumed":
            recent.clear()
        recent.append((now, event.step))
        while now - recent[0][0] > RATE_WINDOW_SECONDS:
            recent.popleft()
        rate = self._rate(run_id)
        if rate is None:  # after a pause (SIGSTOP) the window holds one event: the last rate known
            known = self.latest.get(run_id)
            rate = known.steps_per_second if known is not None and event.phase != "resumed" else 0.0
        self.latest[run_id] = event._replace(steps_per_second=rate)
        first = run_id not in self.last_line
        if first or event.phase != "train" or now - self.last_line[run_id] >= self.line_seconds:
            self.last_line[run_id] = now
            self._print(run_line(run_id, self.latest[run_id]))
        if now - self.last_line.get("", self.started) >= self.line_seconds:
            self.last_line[""] = now
            self._print(self._experiment_line())

    def _rate(self, run_id: str) -> float | None:
        """Steps/s over the last RATE_WINDOW_SECONDS, None (not known) unless two events in it
        are a second apart: a run's average would promise too much after its fast random
        warm-up, and its first event's figure is its start-up time."""
        (t0, s0), (t1, s1) = self.recent[run_id][0], self.recent[run_id][-1]
        return (s1 - s0) / (t1 - t0) if t1 - t0 >= 1.0 else None

    def _experiment_line(self) -> str:
        """Runs done, training and waiting; the experiment's ETA at the present aggregate rate."""
        active = list(self.latest.values())
        waiting = max(0, self.n_runs - self.done - len(active))
        budget = active[0].total if active else 0
        remaining = sum(e.total - e.step for e in active) + waiting * budget
        rate = sum(e.steps_per_second for e in active)
        eta = f", eta {duration(remaining / rate)}" if rate > 0 and (active or waiting) else ""
        return (f"experiment: {self.done}/{self.n_runs} runs done, {len(active)} training, {waiting} "
                f"waiting, {duration(time.monotonic() - self.started)} elapsed{eta}")

    def _print(self, line: str) -> None:
        self.console.print(f"{time.strftime('%H:%M:%S')} {line}", soft_wrap=True, markup=False,
                           highlight=False)


def run_line(run_id: str, event: Progress) -> str:
    """One run's progress as a plain line: step, last evaluation return, steps/s, ETA."""
    ret = f"{event.last_return:.1f}" if event.last_return is not None else "-"
    if event.steps_per_second <= 0:
        speed = "  starting"
    else:
        speed = f"  {event.steps_per_second:.0f} steps/s" + (
            f"  eta {duration((event.total - event.step) / event.steps_per_second)}" if event.step < event.total else "")
    phase = f"  ({event.phase})" if event.phase != "train" else ""
    return (f"{run_id}  step {event.step:,}/{event.total:,} ({100 * event.step / event.total:.0f}%)  "
            f"return {ret}{speed}{phase}")
