"""`python -m harness report RESULTS_DIR`: write reports/<experiment>.md from the store alone."""

from __future__ import annotations

import argparse
from pathlib import Path

from envs.reference import DEFAULT_REFERENCE
from harness.commands import check_seed, check_writable
from harness.errors import UsageError
from harness.report.aggregate import DEFAULT_REPS, DEFAULT_SEED


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report",
        description="Write <reports-dir>/<experiment>.md and its figures (<reports-dir>/"
                    "<experiment>/*.png) from an experiment folder: final returns beside the "
                    "published figures, rliable aggregates of normalised scores, learning curves, "
                    "performance profiles, probability of improvement, parameters, compute, and "
                    "SMoSE's experts and trees. Failed and missing runs are listed.")
    p.add_argument("results_dir", metavar="RESULTS_DIR", type=Path,
                   help="the experiment folder a `run` wrote, e.g. results/quick")
    p.add_argument("--reports-dir", type=Path, default=Path("reports"),
                   help="where to write the report (default: reports)")
    p.add_argument("--baseline", metavar="NAME",
                   help="probability of improvement of each algorithm over NAME, or 'all' for "
                        "every pair (default: the reference's algorithm where the experiment has "
                        "it, else its first)")
    p.add_argument("--reference", metavar="SOURCE:ALGO", default=DEFAULT_REFERENCE,
                   help="published return used as 1 of the normalised scores, from "
                        f"envs/data/published_scores.csv (default: {DEFAULT_REFERENCE})")
    p.add_argument("--reps", type=int, default=DEFAULT_REPS,
                   help=f"bootstrap resamples of every interval (default: {DEFAULT_REPS})")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help=f"seed of the bootstrap (default: {DEFAULT_SEED})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from harness.report import write_report

    if args.reps < 1:
        raise UsageError("--reps must be at least 1")
    check_seed(args.seed)
    check_writable(args.reports_dir, "--reports-dir")
    path = write_report(args.results_dir, args.reports_dir, baseline=args.baseline,
                        reference=args.reference, reps=args.reps, seed=args.seed)
    print(f"report: {path}")
    return 0
