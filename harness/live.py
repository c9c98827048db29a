"""What the driver writes while runs train: each run's TensorBoard events and its curve so far.

Workers send their new rows with every progress event (spec.Progress), so the driver writes
them here on the local pool and on Ray alike, without a shared file system:

    <out>/<task>/<algo>/seed<k>/
        tb/             TensorBoard events, flushed as they arrive (`tensorboard --logdir <out>`)
        curve.csv       the evaluations so far (the report draws it, marked unfinished)
        progress.json   step, budget, steps/s, last evaluation return, when it was written

When the run ends the store writes its complete folder over these (store.Store.write), keeping
the event files written here so that a TensorBoard already open sees each point once.
"""

from __future__ import annotations

import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from harness.files import write_atomic
from harness.spec import RECORDS, Progress, Rows, RunResult
from harness.store import PROGRESS_FILE, Store, add_to_tensorboard, write_json_atomic

PROGRESS_WRITE_SECONDS = 5.0  # progress.json at most this often per run (and at every evaluation)


@dataclass
class _LiveRun:
    folder: Path
    writer: Any  # torch.utils.tensorboard.SummaryWriter
    written: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORDS, 0))
    curve: list[dict[str, Any]] = field(default_factory=list)
    progress_written: float = 0.0


class LiveLog:
    """Writes each run's progress into its folder as it arrives (see the module docstring).

    update() may be called from the executor's progress thread while finish() is called from the
    driver's: a lock keeps them apart, and events of a run already finished are dropped.
    """

    def __init__(self, store: Store):
        self.store = store
        self.runs: dict[str, _LiveRun] = {}
        self.done: set[str] = set()
        self.errors: dict[str, str] = {}  # runs whose live log stopped, and why (the store still gets them)
        self.lock = threading.Lock()

    def update(self, run_id: str, event: Progress) -> None:
        with self.lock:
            if run_id in self.done:
                return
            try:
                self._update(run_id, event)
            except OSError as e:  # a full or vanished disk must not stop the training it watches
                self.errors[run_id] = f"live log stopped: {e}"
                self.done.add(run_id)
                run = self.runs.pop(run_id, None)
                if run is not None:
                    run.writer.close()

    def _update(self, run_id: str, event: Progress) -> None:
        run = self.runs.get(run_id) or self._open(run_id)
        new_curve = self._write(run, "curve", event.curve)
        self._write(run, "train_episodes", event.train_episodes)
        self._write(run, "scalars", event.scalars)
        run.writer.flush()
        if new_curve:
            _write_csv_atomic(run.folder / "curve.csv", run.curve)
        now = time.time()
        if new_curve or now - run.progress_written >= PROGRESS_WRITE_SECONDS:
            run.progress_written = now
            write_json_atomic(run.folder / PROGRESS_FILE, {
                "step": event.step, "total": event.total, "phase": event.phase,
                "steps_per_second": event.steps_per_second, "last_return": event.last_return,
                "updated": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now)),
            })

    def finish(self, result: RunResult) -> bool:
        """Write what the run recorded that its events did not carry, and close its events file.
        Returns whether the run's TensorBoard events are complete in its folder."""
        run_id = result.spec.run_id
        with self.lock:
            self.done.add(run_id)
            run = self.runs.pop(run_id, None)
            if run is None:
                return False
            for name in run.written:
                self._write(run, name, Rows(0, getattr(result, name)))
            run.writer.close()
            return True

    def close(self) -> None:
        """Close every events file still open (runs interrupted with the driver)."""
        with self.lock:
            for run in self.runs.values():
                run.writer.close()
            self.runs.clear()

    def _open(self, run_id: str) -> _LiveRun:
        from torch.utils.tensorboard import SummaryWriter

        folder = self.store.root / run_id
        # What an earlier, interrupted or failed, attempt left: the run resends its history.
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        run = _LiveRun(folder, SummaryWriter(log_dir=str(folder / "tb")))
        self.runs[run_id] = run
        return run

    @staticmethod
    def _write(run: _LiveRun, name: str, new: Rows) -> int:
        """Write the rows of `new` not written yet; returns how many."""
        skip = max(0, run.written[name] - new.start)
        rows = new.rows[skip:]
        add_to_tensorboard(run.writer, name, rows)
        if name == "curve":
            run.curve.extend(rows)
        run.written[name] = max(run.written[name], new.start + len(new.rows))
        return len(rows)


def _write_csv_atomic(path: Path, rows: list[dict[str, Any]]) -> None:
    write_atomic(path, lambda tmp: pd.DataFrame(rows).to_csv(tmp, index=False))
