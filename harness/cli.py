"""python -m harness: the command line.

Each sub-command lives in its own module under harness.commands and exposes
`add_parser(subparsers)`, which adds its parser and sets `func` (args -> exit code). A command
line that names a command imports that command's module alone: the others pull in torch,
scikit-learn, rliable and Optuna, seconds of imports that `report` or `list` do not need.
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

COMMANDS = {  # each command, in the order of the help, and the module that adds its parser
    "run": "harness.commands.run",
    "tune": "harness.commands.tune",
    "list": "harness.commands.info",
    "params": "harness.commands.info",
    "bench": "harness.commands.bench",
    "interpret": "harness.commands.interpret",
    "report": "harness.commands.report",
    "random-scores": "harness.commands.random_scores",
    "publish": "harness.commands.publish",
    "carry": "harness.commands.carry",
}


class OneLineErrors(argparse.ArgumentParser):
    """A parser whose errors are one line (what was wrong, and where help is), exit code 2, as
    every other error of the CLI, not the usage block and then the error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of `command` alone (its module alone imported)."""
    parser = OneLineErrors(
        prog="python -m harness",
        description="Run, store and report comparative experiments of interpretable RL agents.",
    )
    parser.add_argument("--version", action="version", version=f"smose-bench {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values())
    for module in modules:
        importlib.import_module(module).add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = (sys.argv[1:] if argv is None else argv) or ["run"]  # bare `python -m harness`: the quick preset
    args = build_parser(argv[0]).parse_args(argv)
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
