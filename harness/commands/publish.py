"""`publish RESULTS_DIR`: an experiment's finished runs as a store to commit or share, by default
results/published/<experiment>, which git keeps (results/README.md).

A published store is what `report` and `interpret` read, with each model reduced to its acting
policy: no checkpoints, replay buffers, critics or optimiser moments. It is also what an
experiment carries on from on another machine: copied to results/<experiment> there, the
experiment's own `run` command skips the runs published and trains the others from step 0.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from harness import registry
from harness.store import Store

PUBLISHED_DIR = Path("results/published")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "publish",
        description="Copy the finished runs of an experiment folder into --to (by default "
                    f"{PUBLISHED_DIR}/<name>, kept by git), as `report` and "
                    "`interpret` read them, with each model reduced to its acting policy (no "
                    "checkpoints, replay buffers, critics or optimiser moments). Runs already "
                    "in --to are left as they are; unfinished runs are listed with their step.")
    p.add_argument("results_dir", metavar="RESULTS_DIR", type=Path,
                   help="the experiment folder a `run` wrote, e.g. results/quick")
    p.add_argument("--to", type=Path, metavar="DIR",
                   help="the published store: a new folder, or one that holds the same experiment "
                        f"(default: {PUBLISHED_DIR}/<experiment folder's name>, which git keeps)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def acting_files(algo: str, model_dir: Path) -> dict[str, bytes]:
        return registry.get(algo).acting_files(model_dir)

    dest = args.to or PUBLISHED_DIR / args.results_dir.resolve().name
    copied, not_finished = Store(args.results_dir).publish(dest, acting_files)
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    print(f"published {len(copied)} finished run(s) to {dest} ({size / 1e6:.1f} MB there in all)")
    for record in copied:
        print(f"  {record.task}/{record.algo}/seed{record.seed}  final return "
              f"{record.final['return_mean']:,.1f}")
    if not_finished:
        print(f"not finished, left out ({len(not_finished)}): a rerun of `run` trains them again "
              "from their checkpoints here, or from step 0 where these are gone")
        for record in not_finished:
            where = "not started" if record.status == "missing" else record.status
            if record.progress:
                where = f"step {record.progress['step']:,} of {record.progress['total']:,}"
            print(f"  {record.task}/{record.algo}/seed{record.seed}  {where}")
    return 0
