"""`carry pack RESULTS_DIR` / `carry unpack DIR`: an experiment's unfinished runs moved to another
machine through git, by default through results/carried/<experiment> (harness/carried.py).

    python -m harness carry pack results/hopper-v4-1m       # before the machine goes; commit it
    python -m harness carry unpack results/carried/hopper-v4-1m --to results/hopper-v4-1m
    python -m harness run ...                                # the experiment's command: resumes

Finished runs travel as published stores (`publish`); this moves the checkpoints of the others.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from harness import carried
from harness.errors import UsageError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "carry",
        description="Move an experiment's unfinished runs to another machine through git. `pack` "
                    "writes each run's checkpoint small enough to commit (the SAC family's replay "
                    "buffer as its actions, about 12 bytes a step on Hopper); `unpack` makes them "
                    "whole in an experiment folder, replaying the env and checking that it gives "
                    "the transitions the run saw, so that the experiment's `run` command resumes "
                    "each run exactly where it stood.")
    sub = p.add_subparsers(dest="direction", metavar="pack|unpack", required=True)
    out = sub.add_parser("pack", help="write the unfinished runs' checkpoints into a folder fit to commit")
    out.add_argument("results_dir", metavar="RESULTS_DIR", type=Path,
                     help="the experiment folder a `run` wrote, e.g. results/hopper-v4-1m")
    out.add_argument("--to", type=Path, metavar="DIR",
                     help=f"where the packed runs go (default: {carried.CARRIED_DIR}/<experiment folder's name>)")
    back = sub.add_parser("unpack", help="make packed runs whole in an experiment folder, to resume from")
    back.add_argument("carried_dir", metavar="DIR", type=Path,
                      help=f"a folder `carry pack` wrote, e.g. {carried.CARRIED_DIR}/hopper-v4-1m")
    back.add_argument("--to", type=Path, metavar="RESULTS_DIR",
                      help="the experiment folder to resume in (default: results/<DIR's name>)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.direction == "pack":
        if not (args.results_dir / "experiment.json").exists():
            raise UsageError(f"{args.results_dir} is not an experiment folder (no experiment.json); "
                             "give the folder a `run` wrote, e.g. results/<name>")
        dest = args.to or carried.CARRIED_DIR / args.results_dir.resolve().name
        moved = carried.pack(args.results_dir, dest)
        where = dest
    else:
        if not args.carried_dir.is_dir():
            raise UsageError(f"{args.carried_dir} is not a folder; give one `carry pack` wrote, "
                             f"e.g. {carried.CARRIED_DIR}/<name>")
        where = args.to or Path("results") / args.carried_dir.resolve().name
        moved = carried.unpack(args.carried_dir, where)
    for m in moved:
        step = f" at step {m.step:,}" if m.step is not None else ""
        size = f" ({m.size / 1e6:.1f} MB)" if m.size else ""
        why = f": {m.why}" if m.why else ""
        print(f"{m.outcome:>8}  {m.run_id}{step}{size}{why}")
    if not moved:
        print(f"no unfinished run to {args.direction}")
    done = sum(m.outcome in ("packed", "unpacked") for m in moved)
    print(f"{args.direction}ed {done} run(s) {'into' if args.direction == 'pack' else 'to resume in'} {where}")
    return 1 if any(m.outcome == "failed" for m in moved) else 0
