"""Writing a file or a folder so that a reader never sees it half written."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    """`write(tmp)` writes a temporary sibling of `path`, which then replaces `path` in one step.

    The temporary name is unique per call (pid and a random part), so that processes on several
    nodes writing into one shared folder never write into each other's temporary file.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def replace_folder(target: Path, fill: Callable[[Path], None]) -> None:
    """Make the folder `target` in one step: `fill(tmp)` writes a temporary sibling, which then
    replaces `target` (and whatever it held). A run folder that exists is complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:12]}"  # mkdir: the umask's mode,
    tmp.mkdir()  # where mkdtemp's 0700 would become the run folder's
    try:
        fill(tmp)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
