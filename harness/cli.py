"""python -m harness: the command line.

Each sub-command lives in its own module under harness.commands and exposes
`add_parser(subparsers)`, which adds its parser and sets `func` (args -> exit code).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import NoReturn

from harness import __version__
from harness.errors import UsageError
from harness.registry import RegistryError
from harness.store import StoreError

COMMAND_MODULES = [
    "harness.commands.run",
    "harness.commands.tune",
    "harness.commands.info",
    "harness.commands.bench",
    "harness.commands.interpret",
    "harness.commands.report",
    "harness.commands.random_scores",
    "harness.commands.publish",
    "harness.commands.carry",
]


class OneLineErrors(argparse.ArgumentParser):
    """A parser whose errors are one line (what was wrong, and where help is), exit code 2, as
    every other error of the CLI, not the usage block and then the error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrors(
        prog="python -m harness",
        description="Run, store and report comparative experiments of interpretable RL agents.",
    )
    parser.add_argument("--version", action="version", version=f"smose-bench {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        importlib.import_module(module).add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(argv or ["run"])  # bare `python -m harness` runs the quick preset
    try:
        return int(args.func(args) or 0)
    except (UsageError, RegistryError, StoreError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        resumable = args.command in ("run", "tune")
        print("interrupted" + ("; finished runs are in the store: rerun the same command to resume"
                               if resumable else ""), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`python -m harness list | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 141
