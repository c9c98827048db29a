"""Executors: where runs happen. The driver always writes results; workers only compute them.

Both take batches: lists of runs that one process trains together (harness/batching.py; a
batch of one is a plain run). `local`: a process pool on this machine, one torch thread per
worker (workers=1 runs in this process). `ray`: the same batches as Ray tasks on a cluster (or a
local Ray instance); each returns its RunResults to the driver, so no shared file system is
needed. In both, progress reaches the driver through a queue and goes to an `Observer`: the
`run` command's draws it (`ProgressDisplay`) and logs it live (harness/live.py).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Any, Protocol

import torch
from rich.console import Console
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

from harness import checkpoints, runner
from harness.checkpoints import Checkpointing
from harness.errors import UsageError
from harness.spec import Progress, ProgressFn, RunResult, RunSpec
from harness.textable import duration

ResultFn = Callable[[RunResult], None]
RATE_WINDOW_SECONDS = 60.0  # a run's steps/s and ETA in plain progress lines: over this window


class Observer(Protocol):
    """What the driver does with runs as they go: progress events, then each run's result."""

    def update(self, run_id: str, event: Progress) -> None: ...

    def finished(self, result: RunResult) -> None: ...


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
            TextColumn("{task.description}", style="bold"),
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
                self.console.print(f"[green]done[/]   {result.spec.run_id}: return "
                                   f"{f.get('return_mean', float('nan')):.1f} +- {f.get('return_std', float('nan')):.1f} "
                                   f"({f.get('wall_time_s', 0):.0f}s, {f.get('steps_per_second', 0):.0f} steps/s"
                                   + (f"; its seed batch {f['aggregate_steps_per_second']:.0f} in all"
                                      if "aggregate_steps_per_second" in f else "") + ")", soft_wrap=True)
            else:
                last = (result.error or "").strip().splitlines()[-1:] or ["unknown error"]
                self.console.print(f"[red]failed[/] {result.spec.run_id}: {last[0]}", soft_wrap=True)
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
        self.latest[run_id] = event._replace(steps_per_second=self._rate(run_id, event))
        first = run_id not in self.last_line
        if first or event.phase != "train" or now - self.last_line[run_id] >= self.line_seconds:
            self.last_line[run_id] = now
            self._print(run_line(run_id, self.latest[run_id]))
        if now - self.last_line.get("", self.started) >= self.line_seconds:
            self.last_line[""] = now
            self._print(self._experiment_line())

    def _rate(self, run_id: str, event: Progress) -> float:
        """Steps/s over the last RATE_WINDOW_SECONDS, 0 (not known yet) until two events are a
        second apart: a run's average would promise too much after its fast random warm-up, and
        its first event's figure is its start-up time."""
        (t0, s0), (t1, s1) = self.recent[run_id][0], self.recent[run_id][-1]
        return (s1 - s0) / (t1 - t0) if t1 - t0 >= 1.0 else 0.0

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


PROCESS_OVERHEAD_BYTES = 700 * 2**20  # a worker with torch, MuJoCo and the networks, measured ~0.6 GB


def buffer_bytes(spec: RunSpec) -> int:
    """A float32 replay buffer of min(budget, 1M) transitions (obs, next obs, action, reward, done)."""
    from envs.suites import get_task, make_env

    env = make_env(get_task(spec.task))
    obs_dim, act_dim = env.observation_space.shape[0], env.action_space.shape[0]
    env.close()
    capacity = min(spec.settings.budget, 1_000_000)
    return capacity * (2 * obs_dim + act_dim + 2) * 4


def batch_memory_bytes(batch: Sequence[RunSpec]) -> int:
    """One process, and the replay buffer of each seed in it."""
    return PROCESS_OVERHEAD_BYTES + sum(buffer_bytes(s) for s in batch)


def available_memory_bytes() -> int | None:
    """MemAvailable from /proc/meminfo (Linux), or None where it cannot be read."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def workers_within_memory(batches: Sequence[Sequence[RunSpec]], workers: int) -> tuple[int, str | None]:
    """Cap the worker count so that the largest batches (processes) fit in the available memory.

    Returns (workers, a sentence saying why they were limited, or None)."""
    available = available_memory_bytes()
    if available is None or not batches:
        return workers, None
    shapes = {(b[0].task, b[0].settings.budget, len(b)): b for b in batches}
    per_process = max(batch_memory_bytes(b) for b in shapes.values())
    fit = max(1, int(available * 0.9 // per_process))
    if fit >= workers:
        return workers, None
    return fit, (f"limiting workers to {fit}: a worker needs up to {per_process / 2**30:.1f} GiB (its "
                 f"replay buffers and process) and {available / 2**30:.1f} GiB is available")


def run_local(batches: Iterable[Sequence[RunSpec]], workers: int, on_result: ResultFn,
              observer: Observer | None = None,
              checkpointing: Checkpointing | None = None) -> None:
    """Run batches on a local process pool; on_result(result) is called in the driver for each
    run as its batch ends."""
    batches = [list(b) for b in batches]
    update = observer.update if observer else (lambda run_id, info: None)
    if workers <= 1:
        previous = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            for batch in batches:
                for result in runner.run_batch(batch, update, checkpointing):
                    _deliver(result, on_result, observer)
        finally:
            torch.set_num_threads(previous)
        return

    ctx = mp.get_context("spawn")  # fresh interpreters: no forked torch or MuJoCo state
    with ctx.Manager() as manager:
        progress_queue = manager.Queue()
        stop = threading.Event()
        pump = threading.Thread(target=_pump, args=(progress_queue, update, stop), daemon=True)
        pump.start()
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                   initializer=_init_worker, initargs=(progress_queue,))
        try:
            futures = {pool.submit(_run_in_worker, batch, checkpointing): batch for batch in batches}
            for future in as_completed(futures):
                try:
                    results = future.result()
                except Exception as e:  # the worker process itself died
                    results = [RunResult(spec=spec, status="failed", error=f"worker process failed: {e!r}")
                               for spec in futures[future]]
                for result in results:
                    _deliver(result, on_result, observer)
        except BaseException:
            # The worker processes, read before shutdown(), which sets the pool's map to None.
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in processes:
                proc.terminate()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            stop.set()
            pump.join(timeout=2)


def _deliver(result: RunResult, on_result: ResultFn, observer: Observer | None) -> None:
    on_result(result)
    if observer:
        observer.finished(result)


_worker_queue: Any = None


def _init_worker(progress_queue: Any) -> None:
    global _worker_queue
    _worker_queue = progress_queue
    torch.set_num_threads(1)


def _run_in_worker(batch: list[RunSpec], checkpointing: Checkpointing | None) -> list[RunResult]:
    return runner.run_batch(batch, lambda run_id, info: _worker_queue.put((run_id, info)), checkpointing)


def _pump(progress_queue: Any, update: ProgressFn, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            run_id, info = progress_queue.get(timeout=0.2)
        except queue.Empty:
            continue
        except (EOFError, OSError):
            return
        update(run_id, info)
        time.sleep(0)


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UsageError("--executor ray needs Ray: pip install 'smose-bench[ray]'") from None
    return ray


def parse_ray_address(address: str | None) -> str | None:
    """None (a local instance), 'auto', or HOST:PORT (also ray://HOST:PORT); raises UsageError."""
    if address is None or address.strip().lower() == "auto":
        return None if address is None else "auto"
    address = address.strip()
    if not re.fullmatch(r"(ray://)?[^\s:/]+:\d{1,5}", address):
        raise UsageError(f"--ray-address must be 'auto' or HOST:PORT (e.g. 10.0.0.5:6379), not {address!r}")
    return address


def _check_reachable(address: str, timeout_s: float = 5.0) -> None:
    """Fail fast where nothing listens: ray.init would otherwise retry for minutes."""
    host, port = address.removeprefix("ray://").rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=timeout_s).close()
    except OSError as e:
        raise UsageError(f"cannot reach the Ray cluster at {address}: {e.strerror or e} (is `ray start "
                         "--head` running there, and is the port open?)") from None


@contextmanager
def ray_cluster(address: str | None, num_cpus: int | None = None) -> Iterator[int]:
    """Ray, connected for the block, and the cluster's CPU count.

    address: "auto" (the cluster `ray start` made on this machine), HOST:PORT, or None for a new
    local instance of num_cpus CPUs (default: this machine's). An instance connected here is shut
    down after the block; one already connected (a test's, an outer block's) is left as it is.
    Raises UsageError, in one line, where the cluster cannot be found or refuses the connection.
    """
    ray = _import_ray()
    connected_here = not ray.is_initialized()
    if connected_here:
        if address not in (None, "auto"):
            _check_reachable(address)
        try:
            ray.init(address=address, num_cpus=num_cpus if address is None else None,
                     include_dashboard=False, log_to_driver=False, logging_level="ERROR")
        except (ConnectionError, RuntimeError) as e:
            raise UsageError(_connection_error(address, e)) from None
    try:
        yield int(ray.cluster_resources().get("CPU", 0))
    finally:
        if connected_here:
            ray.shutdown()


def _connection_error(address: str | None, error: BaseException) -> str:
    causes, e = [], error
    while e is not None:
        causes.append(e)
        e = e.__cause__ or e.__context__
    # Ray reports a refused token as a ConnectionError whose cause's text holds the auth error.
    if any("AuthenticationError" in f"{type(c).__name__} {c}" for c in causes):
        return (f"the Ray cluster at {address} asks for its token: set RAY_AUTH_MODE=token, with the "
                "head's ~/.ray/auth_token copied here (or RAY_AUTH_TOKEN set)")
    if address == "auto":
        return ("--ray-address auto: no Ray cluster is running on this machine (start one with "
                "`ray start --head`, or leave --ray-address out for a local instance)")
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return f"cannot connect to Ray{f' at {address}' if address else ''}: {first_line}"


def run_ray(batches: Iterable[Sequence[RunSpec]], address: str | None, on_result: ResultFn,
            observer: Observer | None = None, max_retries: int = 1,
            num_cpus: int | None = None, checkpointing: Checkpointing | None = None) -> None:
    """Run batches as Ray tasks (one CPU and one torch thread each) on the cluster at `address`
    (see ray_cluster; inside a ray_cluster block, on that one). A task whose worker dies is
    retried `max_retries` times; a run that raises is returned as failed, like the local
    executor's. Checkpoints are written on the worker's node, under the experiment folder's
    absolute path, and removed there when their runs finish: a resume finds them where the nodes
    share that file system (or the run lands on the same node)."""
    with ray_cluster(address, num_cpus):
        ray = _import_ray()
        from ray.util.queue import Queue

        batches = [list(b) for b in batches]
        update = observer.update if observer else (lambda run_id, info: None)
        progress_queue = Queue()
        stop = threading.Event()
        pump = threading.Thread(target=_pump_ray, args=(progress_queue, update, stop), daemon=True)
        pump.start()
        remote_run = ray.remote(num_cpus=1, max_retries=max_retries)(_run_in_ray)
        try:
            pending = {remote_run.remote(batch, progress_queue, checkpointing): batch for batch in batches}
            while pending:
                done, _ = ray.wait(list(pending), num_returns=1)
                batch = pending.pop(done[0])
                try:
                    results = ray.get(done[0])
                except Exception as e:  # the task's worker died more often than max_retries
                    results = [RunResult(spec=spec, status="failed", error=_ray_task_error(e))
                               for spec in batch]
                for result in results:
                    _deliver(result, on_result, observer)
        finally:
            stop.set()
            pump.join(timeout=2)


def _ray_task_error(error: Exception) -> str:
    text = repr(error)
    if "ModuleNotFoundError" in text:  # a node without the project installed
        return ("ray task failed: its worker could not import the project; install smose-bench on "
                f"every node (pip install -e '.[ray]'): {text}")
    return f"ray task failed: {text}"


def _run_in_ray(batch: list[RunSpec], progress_queue: Any,
                checkpointing: Checkpointing | None) -> list[RunResult]:
    torch.set_num_threads(1)
    results = runner.run_batch(batch, lambda run_id, info: progress_queue.put_nowait((run_id, info)),
                               checkpointing)
    # Removed here, on the node that wrote them: the driver may not see this node's disk.
    for result in results:
        if result.status == "finished":
            checkpoints.remove(checkpointing, result.spec)
    return results


def _pump_ray(progress_queue: Any, update: ProgressFn, stop: threading.Event) -> None:
    from ray.util.queue import Empty

    while not stop.is_set():
        try:
            run_id, info = progress_queue.get(timeout=0.5)
        except Empty:
            continue
        except Exception:  # the queue actor is gone (shutdown)
            return
        update(run_id, info)


class LocalExecutor:
    """A process pool on this machine (see run_local), `workers` processes at most."""

    def __init__(self, workers: int | None = None):
        self.cpus = workers or os.cpu_count() or 1  # what seed batches are planned for
        self.workers = self.cpus

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: Any) -> None:
        pass

    def where(self) -> str:
        return f"{self.workers} worker(s)"

    def run(self, batches: list[list[RunSpec]], on_result: ResultFn, observer: Observer | None = None,
            checkpointing: Checkpointing | None = None) -> None:
        run_local(batches, self.workers, on_result, observer, checkpointing)


class RayExecutor:
    """A Ray cluster, connected for the `with` block (see ray_cluster): its CPU count is known
    before the runs are planned, and the batches go to the connection it holds."""

    def __init__(self, address: str | None, num_cpus: int | None = None):
        self.address, self.num_cpus = address, num_cpus
        self.cpus = 0
        self._connection: Any = None

    def __enter__(self) -> RayExecutor:
        self._connection = ray_cluster(self.address, self.num_cpus)
        self.cpus = self._connection.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._connection.__exit__(*exc)

    def where(self) -> str:
        return f"on Ray ({self.address or 'a local instance'}, {self.cpus} CPUs)"

    def run(self, batches: list[list[RunSpec]], on_result: ResultFn, observer: Observer | None = None,
            checkpointing: Checkpointing | None = None) -> None:
        run_ray(batches, self.address, on_result, observer, checkpointing=checkpointing)
