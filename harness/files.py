"""Writing a file so that a reader never sees it half written."""

from __future__ import annotations

import os
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
