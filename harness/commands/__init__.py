"""One module per CLI sub-command; each exposes add_parser(subparsers), and harness.cli.COMMANDS
names its module and its line in the help (so that `--help` imports none of them).

The checks below are shared by several sub-commands: each turns a bad flag into a UsageError
before anything is computed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from harness.errors import UsageError


def check_writable(folder: Path, flag: str) -> None:
    """`folder` exists (made if need be) and takes a file; else a UsageError naming `flag`."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as e:
        raise UsageError(f"cannot write to {flag} {folder}: {e.strerror or e}") from None


def check_seed(seed: int, flag: str = "--seed") -> int:
    """A seed NumPy and gymnasium accept: 0 to 2**32 - 1."""
    if not 0 <= seed < 2**32:
        raise UsageError(f"{flag} must be between 0 and 2**32 - 1, not {seed}")
    return seed
