"""Unfinished runs carried to another machine: their checkpoints packed small enough to commit,
and unpacked into an experiment folder there, from which its `run` command resumes them exactly.

    <carried>/<task>/<algo>/seed<k>/state.pt        the checkpoint, less what can be rebuilt
    <carried>/<task>/<algo>/seed<k>/<array>-NNN.npy what it is rebuilt from, CHUNK_ROWS rows a file

The agent's `carry` (AgentSpec.carry) says what is left out and how it comes back: the SAC
family keeps its replay buffer's actions and replays the env for the rest (algorithms/sac/carry.py).
The arrays are cut into chunks so that a pack made later, of the same run at a later step,
rewrites only the last chunk: git stores each earlier one once. An unpacked checkpoint is the
file the run saved, byte for byte in what it holds, so the commit an experiment is held at
resumes it without knowing it travelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from envs.suites import get_task, make_env
from harness import registry
from harness.checkpoints import CHECKPOINT_DIR, CHECKPOINT_FILE
from harness.files import replace_folder, write_atomic
from harness.runner import machine, package_versions

STATE_FILE = "state.pt"
CARRIED_DIR = Path("results/carried")
CHUNK_ROWS = 100_000
_CHUNK = re.compile(r"(?P<name>[a-z_]+)-(?P<index>\d{3})\.npy")


@dataclass
class Moved:
    """What pack() or unpack() did with one run: 'packed', 'unpacked', 'kept' (nothing to do,
    and why), 'removed' (finished: its carried state is no longer needed) or 'failed' (why)."""

    run_id: str
    outcome: str
    step: int | None = None
    why: str = ""
    size: int = 0  # bytes written


def pack(results_dir: Path, dest: Path) -> list[Moved]:
    """Every unfinished run's checkpoint in results_dir, packed into dest; the packed state of a
    run that has finished since is removed (`publish` carries finished runs). A packed state at a
    later step than the checkpoint here is kept, so that a pack on a machine that has not caught
    up loses nothing."""
    moved = []
    folder = results_dir / CHECKPOINT_DIR
    for checkpoint in sorted(folder.rglob(CHECKPOINT_FILE)) if folder.is_dir() else []:
        run_id = checkpoint.parent.relative_to(folder).as_posix()
        target = dest / run_id
        saved = torch.load(checkpoint, weights_only=False)
        carried = _step(target / STATE_FILE)
        if carried is not None and carried > saved["step"]:
            moved.append(Moved(run_id, "kept", carried, f"the packed state is at a later step than "
                                                        f"the checkpoint here ({saved['step']:,})"))
            continue
        trainer, arrays = saved["trainer"], {}
        carry = registry.get(_parse(run_id)[1]).carry
        if carry is not None:
            trainer, arrays = carry.compact(trainer)
        state = {**saved, "trainer": trainer,
                 "carried_from": {"versions": package_versions(), "machine": machine()}}
        replace_folder(target, lambda tmp, state=state, arrays=arrays: _write(tmp, state, arrays))
        moved.append(Moved(run_id, "packed", saved["step"], size=_size(target)))
    for target in sorted(dest.rglob(STATE_FILE)) if dest.is_dir() else []:
        run_id = target.parent.relative_to(dest).as_posix()
        if (results_dir / run_id / "final.json").exists():
            _remove_run(dest, target.parent)
            moved.append(Moved(run_id, "removed", why="finished here: publish it"))
    return moved


def unpack(src: Path, results_dir: Path) -> list[Moved]:
    """Every run packed in src, made whole into results_dir's checkpoints, where the run is
    neither finished there nor checkpointed there at the same or a later step."""
    moved = []
    for state_file in sorted(src.rglob(STATE_FILE)):
        run_id = state_file.parent.relative_to(src).as_posix()
        saved = torch.load(state_file, weights_only=False)
        target = results_dir / CHECKPOINT_DIR / run_id / CHECKPOINT_FILE
        here = _step(target)
        if (results_dir / run_id / "final.json").exists():
            moved.append(Moved(run_id, "kept", saved["step"], "finished here"))
            continue
        if here is not None and here >= saved["step"]:
            moved.append(Moved(run_id, "kept", saved["step"], f"its checkpoint here is at step {here:,}"))
            continue
        task, algo, seed = _parse(run_id)
        trainer = saved["trainer"]
        carry = registry.get(algo).carry
        if carry is not None:
            env = make_env(get_task(task), seed=seed)
            try:
                trainer = carry.expand(trainer, _read_arrays(state_file.parent), env, seed)
            except ValueError as e:
                moved.append(Moved(run_id, "failed", saved["step"], f"{e}; packed with "
                                   f"{_versions(saved.get('carried_from'))}, here {_versions(None)}"))
                continue
            finally:
                env.close()
        whole = {k: v for k, v in saved.items() if k != "carried_from"}
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, lambda tmp, whole={**whole, "trainer": trainer}: torch.save(whole, tmp))
        moved.append(Moved(run_id, "unpacked", saved["step"], size=target.stat().st_size))
    return moved


def _write(folder: Path, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
    torch.save(state, folder / STATE_FILE)
    for name, values in arrays.items():
        for index, start in enumerate(range(0, max(len(values), 1), CHUNK_ROWS)):
            np.save(folder / f"{name}-{index:03d}.npy", values[start:start + CHUNK_ROWS])


def _read_arrays(folder: Path) -> dict[str, np.ndarray]:
    chunks: dict[str, list[tuple[int, Path]]] = {}
    for f in folder.iterdir():
        if match := _CHUNK.fullmatch(f.name):
            chunks.setdefault(match["name"], []).append((int(match["index"]), f))
    return {name: np.concatenate([np.load(f) for _, f in sorted(files)]) for name, files in chunks.items()}


def _step(path: Path) -> int | None:
    return torch.load(path, weights_only=False)["step"] if path.exists() else None


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.iterdir())


def _remove_run(dest: Path, folder: Path) -> None:
    for f in folder.iterdir():
        f.unlink()
    while folder != dest and not any(folder.iterdir()):  # the emptied parents too
        folder.rmdir()
        folder = folder.parent


def _parse(run_id: str) -> tuple[str, str, int]:
    """(task, algo, seed) of '<task>/<algo>/seed<k>'."""
    task, algo, seed = run_id.split("/")
    return task, algo, int(seed.removeprefix("seed"))


def _versions(carried_from: dict[str, Any] | None) -> str:
    versions = carried_from["versions"] if carried_from else package_versions()
    where = (carried_from or {"machine": machine()})["machine"]
    return (", ".join(f"{k} {versions.get(k, '?')}" for k in ("mujoco", "gymnasium", "numpy"))
            + f" on {where.get('platform', '?')}")
