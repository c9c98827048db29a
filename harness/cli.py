"""python -m harness: the command line.

Each sub-command lives in its own module under harness.commands and exposes
`add_parser(subparsers)`, which adds its parser and sets `func` (args -> exit code). A command
line that names a command imports that command's module alone, and `--help` none (COMMANDS holds
each command's line of it): the modules pull in torch, scikit-learn, rliable and Optuna, seconds
of imports that `report` or `--help` do not need.
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

COMMANDS = {  # each command, in the order of the help: the module that adds its parser, its line in the help
    "run": ("harness.commands.run", "train and evaluate algorithms x tasks x seeds, then write the report"),
    "tune": ("harness.commands.tune",
             "Optuna trials of one agent on one task, several seeds each; the best as --hparams YAML"),
    "list": ("harness.commands.info", "list algorithms, environment suites and presets"),
    "params": ("harness.commands.info", "parameter counts of each algorithm's policy per task"),
    "bench": ("harness.commands.bench", "env steps/s of our agents beside SB3's SAC (one thread)"),
    "interpret": ("harness.commands.interpret",
                  "interpret a finished run: its policy distilled into trees and a linear policy (any "
                  "agent), and the agent's own analysis where it has one (SMoSE's experts and router "
                  "trees, PMOE's primitives)"),
    "report": ("harness.commands.report", "write the markdown report of an experiment folder (no retraining)"),
    "random-scores": ("harness.commands.random_scores", "measure the uniform-random policy's return per task"),
    "publish": ("harness.commands.publish", "copy an experiment's finished runs into a folder fit to commit"),
    "carry": ("harness.commands.carry",
              "pack unfinished runs' checkpoints to commit; unpack them on another machine"),
}


class OneLineErrors(argparse.ArgumentParser):
    """A parser whose errors are one line (what was wrong, and where help is), exit code 2, as
    every other error of the CLI, not the usage block and then the error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of `command` (its module alone imported); of any other word, the parser that
    lists every command (`--help`, `--version`, or the error that names the choices)."""
    parser = OneLineErrors(
        prog="python -m harness",
        description="Run, store and report comparative experiments of interpretable RL agents.",
    )
    parser.add_argument("--version", action="version", version=f"smose-bench {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command in COMMANDS:
        importlib.import_module(COMMANDS[command][0]).add_parser(subparsers)
    else:  # the help's list of commands, or an unknown command's error: no command's module needed
        for name, (_, line) in COMMANDS.items():
            subparsers.add_parser(name, help=line)
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
