"""Executors: where runs happen. The driver always writes results; workers only compute them.

Both take batches: lists of runs that one process trains together (harness/batching.py; a
batch of one is a plain run), behind one interface (`Executor`). `LocalExecutor`: a process pool
on this machine, one torch thread per worker (one worker runs in this process). `RayExecutor`:
the same batches as Ray tasks on a cluster (or a local Ray instance) that it connects to for its
`with` block; each task returns its RunResults to the driver, so no shared file system is
needed. In both, progress reaches the driver through a queue and goes to an `Observer`: the
`run` command's draws it (harness/display.py) and logs it live (harness/live.py).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Any, Protocol

import torch

from harness import checkpoints, runner
from harness.checkpoints import Checkpointing
from harness.errors import UsageError
from harness.spec import Progress, ProgressFn, RunResult, RunSpec, RunStopped

ResultFn = Callable[[RunResult], None]


class Observer(Protocol):
    """What the driver does with runs as they go: progress events, then each run's result."""

    def update(self, run_id: str, event: Progress) -> None: ...

    def finished(self, result: RunResult) -> None: ...


class Executor(Protocol):
    """Where batches run: entered before the runs are planned (`cpus` is what they are planned
    for), then run(batches, ...) calls on_result(result) in the driver for each run as its
    batch ends and tells the observer of its progress."""

    cpus: int

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: Any) -> None: ...

    def where(self) -> str: ...

    def stop(self, run_id: str, why: str) -> None:
        """Ask a run to stop at its next progress report (about once a second): it ends there,
        not finished, with `why` in its error. Called from the observer while `run` runs."""
        ...

    def run(self, batches: list[list[RunSpec]], on_result: ResultFn, observer: Observer | None = None,
            checkpointing: Checkpointing | None = None) -> None: ...


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


class LocalExecutor:
    """A process pool on this machine, `workers` processes at most (one: in this process)."""

    def __init__(self, workers: int | None = None):
        self.cpus = workers or os.cpu_count() or 1  # what seed batches are planned for
        self.workers = self.cpus
        self._stopped: Any = {}  # run_id -> why; a manager's dict, shared with the workers, while a pool runs

    def stop(self, run_id: str, why: str) -> None:
        self._stopped[run_id] = why

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: Any) -> None:
        pass

    def where(self) -> str:
        return f"{self.workers} worker(s)"

    def run(self, batches: list[list[RunSpec]], on_result: ResultFn, observer: Observer | None = None,
            checkpointing: Checkpointing | None = None) -> None:
        update = observer.update if observer else (lambda run_id, info: None)
        self._stopped = {}  # a stop applies to the runs of this call (another call may reuse run ids)
        if self.workers <= 1:
            previous = torch.get_num_threads()
            torch.set_num_threads(1)
            try:
                for batch in batches:
                    for result in runner.run_batch(batch, stoppable(update, self._stopped), checkpointing):
                        _deliver(result, on_result, observer)
            finally:
                torch.set_num_threads(previous)
            return

        ctx = mp.get_context("spawn")  # fresh interpreters: no forked torch or MuJoCo state
        with ctx.Manager() as manager:
            progress_queue, self._stopped = manager.Queue(), manager.dict(self._stopped)
            with _pumping(progress_queue.get, queue.Empty, update):
                pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx,
                                           initializer=_init_worker, initargs=(progress_queue, self._stopped))
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
                    self._stopped = dict(self._stopped)  # the manager, and its dict, end here


class RayExecutor:
    """A Ray cluster, connected for the `with` block (see ray_cluster): its CPU count is known
    before the runs are planned, and the batches go to the connection it holds.

    Each batch is a Ray task (one CPU and one torch thread); a task whose worker dies is retried
    `max_retries` times, and a run that raises is returned as failed, as the local executor's.
    Checkpoints are written on the worker's node, under the experiment folder's absolute path,
    and removed there when their runs finish: a resume finds them where the nodes share that
    file system (or the run lands on the same node)."""

    def __init__(self, address: str | None, num_cpus: int | None = None, max_retries: int = 1):
        self.address, self.num_cpus, self.max_retries = address, num_cpus, max_retries
        self.cpus = 0
        self._connection: Any = None
        self._stops: Any = None  # the actor holding the runs asked to stop, while `run` runs

    def stop(self, run_id: str, why: str) -> None:
        if self._stops is not None:
            self._stops.add.remote(run_id, why)

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
        if self._connection is None:
            raise RuntimeError("a RayExecutor runs batches inside its `with` block")
        ray = _import_ray()
        from ray.util.queue import Empty, Queue

        update = observer.update if observer else (lambda run_id, info: None)
        progress_queue = Queue()
        self._stops = ray.remote(num_cpus=0)(_StopList).remote()
        remote_run = ray.remote(num_cpus=1, max_retries=self.max_retries)(_run_in_ray)
        with _pumping(progress_queue.get, Empty, update):
            pending = {remote_run.remote(batch, progress_queue, checkpointing, self._stops): batch
                       for batch in batches}
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
        self._stops = None


class _StopList:
    """A Ray actor: the runs the driver asked to stop (run_id -> why), read by the workers."""

    def __init__(self) -> None:
        self.runs: dict[str, str] = {}

    def add(self, run_id: str, why: str) -> None:
        self.runs[run_id] = why

    def get(self) -> dict[str, str]:
        return self.runs


def stoppable(progress: ProgressFn, stopped: Any) -> ProgressFn:
    """`progress`, then RunStopped where the driver asked the run to stop (stopped: run_id -> why,
    a mapping or a callable returning one)."""
    def report(run_id: str, event: Progress) -> None:
        progress(run_id, event)
        runs = stopped() if callable(stopped) else stopped
        if run_id in runs:
            raise RunStopped(f"stopped at step {event.step:,} by the driver: {runs[run_id]}")
    return report


def _deliver(result: RunResult, on_result: ResultFn, observer: Observer | None) -> None:
    on_result(result)
    if observer:
        observer.finished(result)


@contextmanager
def _pumping(get: Callable[..., Any], empty: type[Exception], update: ProgressFn) -> Iterator[None]:
    """A thread that hands the workers' progress events, (run_id, event) from get(timeout=...),
    to update() in the driver while the block runs; `empty` is what get raises on a timeout."""
    stop = threading.Event()

    def pump() -> None:
        while not stop.is_set():
            try:
                run_id, info = get(timeout=0.2)
            except empty:
                continue
            except Exception:  # the queue is gone (its manager or actor shut down)
                return
            update(run_id, info)

    thread = threading.Thread(target=pump, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=2)


_worker_queue: Any = None
_worker_stopped: Any = None


def _init_worker(progress_queue: Any, stopped: Any) -> None:
    global _worker_queue, _worker_stopped
    _worker_queue, _worker_stopped = progress_queue, stopped
    torch.set_num_threads(1)


def _run_in_worker(batch: list[RunSpec], checkpointing: Checkpointing | None) -> list[RunResult]:
    return runner.run_batch(batch, stoppable(lambda run_id, info: _worker_queue.put((run_id, info)),
                                             _worker_stopped), checkpointing)


STOPS_READ_SECONDS = 2.0  # how often a Ray worker asks which runs were stopped


def _run_in_ray(batch: list[RunSpec], progress_queue: Any, checkpointing: Checkpointing | None,
                stops: Any = None) -> list[RunResult]:
    import ray

    torch.set_num_threads(1)
    known: dict[str, Any] = {"runs": {}, "read": 0.0}

    def stopped() -> dict[str, str]:
        if stops is not None and time.monotonic() - known["read"] >= STOPS_READ_SECONDS:
            known["runs"], known["read"] = ray.get(stops.get.remote()), time.monotonic()
        return known["runs"]

    results = runner.run_batch(batch, stoppable(lambda run_id, info: progress_queue.put_nowait((run_id, info)),
                                                stopped), checkpointing)
    # Removed here, on the node that wrote them: the driver may not see this node's disk.
    for result in results:
        if result.status == "finished":
            checkpoints.remove(checkpointing, result.spec)
    return results


def _ray_task_error(error: Exception) -> str:
    text = repr(error)
    if "ModuleNotFoundError" in text:  # a node without the project installed
        return ("ray task failed: its worker could not import the project; install smose-bench on "
                f"every node (pip install -e '.[ray]'): {text}")
    return f"ray task failed: {text}"


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
