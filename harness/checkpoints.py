"""Checkpoints that an interrupted run resumes from: where they live, what a file holds, which
ones are read back, and their removal.

One file per run, <folder>/<task>/<algo>/seed<k>/checkpoint.pt, whether the run trains alone or
in a seed batch: a seed's run does not depend on the seeds beside it, so a rerun planned into
other batches (another --workers, another cluster) still resumes every run from its own file.
A file holds the format number, the identity of the run it was taken of, the step, the
trainer's state of that seed and the runner's record of the run so far.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from harness.files import write_atomic
from harness.spec import RunSpec

# Bumped when what a checkpoint holds changes; a checkpoint of another format is not resumed.
# 5: the SAC family's Adam state as each seed's rows of its moments (no torch.optim state_dict).
# 4: the SAC temperature's Adam state within the actor's. 3: one file per seed, every random
# draw from the seed's own streams. 2: a batch's one file, the process's torch stream. 1 (none
# recorded): resets replayed.
FORMAT = 5
CHECKPOINT_DIR = ".checkpoints"  # inside the experiment folder; a run's is removed when it finishes
CHECKPOINT_FILE = "checkpoint.pt"


@dataclass(frozen=True)
class Checkpointing:
    """Where and how often runs save a checkpoint.

    A checkpoint is taken every `interval` steps (trainers that report safe points, the SB3
    agents at rollout boundaries, at the first safe step after that). With `buffer` off the
    replay buffer is not saved (smaller files; the resumed run refills it and so no longer
    equals an uninterrupted one).
    """

    folder: Path
    interval: int
    buffer: bool = True

    def path(self, spec: RunSpec) -> Path:
        return Path(self.folder) / spec.run_id / CHECKPOINT_FILE

    def next_after(self, step: int) -> int:
        return (step // self.interval + 1) * self.interval


def save(checkpointing: Checkpointing, spec: RunSpec, step: int, state: dict[str, Any]) -> None:
    """Write one run's checkpoint atomically: a checkpoint file that exists is complete."""
    target = checkpointing.path(spec)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, lambda tmp: torch.save(
        {**state, "format": FORMAT, "run": spec.fingerprint(), "step": step}, tmp))


@dataclass
class Saved:
    """What load() found for one run: its state, or None and why a file there was set aside."""

    state: dict[str, Any] | None = None
    ignored: str | None = None

    @property
    def step(self) -> int:
        return self.state["step"] if self.state is not None else 0


def load(checkpointing: Checkpointing | None, spec: RunSpec) -> Saved:
    """The run's checkpoint, unless there is none, it has another format, or it was taken of
    another run (one left on a Ray node by an earlier experiment in a folder of the same name).
    A file set aside says why: the run starts again from step 0."""
    if checkpointing is None or not checkpointing.path(spec).exists():
        return Saved()
    saved = torch.load(checkpointing.path(spec), weights_only=False)
    if saved.get("format") != FORMAT:
        why = f"its checkpoint has format {saved.get('format', 1)}, this version reads format {FORMAT}"
    elif saved.get("run") != spec.fingerprint():
        why = "its checkpoint was taken of another experiment's run (other settings)"
    else:
        return Saved(saved)
    return Saved(ignored=f"{why}; the run started again from step 0")


def remove(checkpointing: Checkpointing | None, spec: RunSpec) -> None:
    """Delete a finished run's checkpoint (called by whoever can see its disk)."""
    if checkpointing is not None:
        shutil.rmtree(checkpointing.path(spec).parent, ignore_errors=True)


def prune(checkpointing: Checkpointing | None) -> None:
    """Remove the empty folders the removed checkpoints left, the checkpoint folder too where it
    is empty (once no run of the experiment is training)."""
    if checkpointing is None or not Path(checkpointing.folder).is_dir():
        return
    folder = Path(checkpointing.folder)
    # deepest first, the folder itself last
    for sub in sorted([folder, *(d for d in folder.rglob("*") if d.is_dir())], key=lambda d: len(d.parts), reverse=True):
        if not any(sub.iterdir()):
            sub.rmdir()
