"""`python -m harness random-scores`: measure the uniform-random policy's return per task.

The random score is the 0 of the normalised scores of the report. It is measured with the
harness's own evaluation protocol (harness.protocol.evaluate, the fixed evaluation reset seeds),
with actions drawn uniformly from the action box by the action space, seeded once per task.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd

from envs.reference import RANDOM_FILE
from envs.suites import make_env, resolve_tasks
from harness.commands import check_seed, check_writable
from harness.errors import UsageError
from harness.protocol import EVAL_SEED_BASE, evaluate

DEFAULT_ENVS = "mujoco,mujoco-v4,small"
COLUMNS = ["task", "env_id", "return_mean", "return_std", "return_min", "return_max",
           "length_mean", "episodes", "method", "gymnasium", "mujoco", "measured"]


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "random-scores",
        description="Measure the uniform-random policy's return per task on the fixed evaluation "
                    "seeds, and write it where the report's normalisation reads it.")
    p.add_argument("--envs", default=DEFAULT_ENVS,
                   help=f"tasks or suites, comma-separated (default: {DEFAULT_ENVS})")
    p.add_argument("--episodes", type=int, default=100,
                   help="evaluation episodes per task (default: 100, the final evaluation's)")
    p.add_argument("--seed", type=int, default=0, help="seed of the action space (default: 0)")
    p.add_argument("--out", type=Path, default=RANDOM_FILE,
                   help="CSV to write; rows of other tasks already there are kept "
                        "(default: envs/data/random_scores.csv)")
    p.set_defaults(func=run)


def measure(task, episodes: int, seed: int) -> dict:
    """One row of random_scores.csv: the random policy's returns on the first `episodes` seeds."""
    env = make_env(task, seed=seed)
    try:
        ev = evaluate(lambda obs: env.action_space.sample(), env, task, episodes)
    finally:
        env.close()
    r = ev.returns
    return {
        "task": task.name, "env_id": task.env_id,
        "return_mean": float(r.mean()), "return_std": float(r.std()),
        "return_min": float(r.min()), "return_max": float(r.max()),
        "length_mean": float(np.mean(ev.lengths)), "episodes": len(r),
        "method": (f"uniform random actions (action_space.sample(), action space seeded {seed} "
                   f"once); harness.protocol.evaluate on reset seeds {EVAL_SEED_BASE}.."
                   f"{EVAL_SEED_BASE + episodes - 1}; return_std over episodes"),
        "gymnasium": metadata.version("gymnasium"), "mujoco": metadata.version("mujoco"),
        "measured": date.today().isoformat(),
    }


def run(args: argparse.Namespace) -> int:
    try:
        tasks = resolve_tasks(args.envs)
    except ValueError as e:
        raise UsageError(str(e)) from e
    if args.episodes < 1:
        raise UsageError("--episodes must be at least 1")
    check_seed(args.seed)
    old = read_scores(args.out)  # before measuring: a bad --out loses no measurement
    rows = []
    for task in tasks:
        t0 = time.perf_counter()
        row = measure(task, args.episodes, args.seed)
        rows.append(row)
        print(f"{task.name:22s} {row['return_mean']:12.2f} +- {row['return_std']:9.2f} "
              f"({args.episodes} episodes, mean length {row['length_mean']:.0f}, "
              f"{time.perf_counter() - t0:.1f}s)", flush=True)
    # as text: the rows of other tasks are written back as they were read, to the last digit
    new = pd.DataFrame(rows, columns=COLUMNS).map(lambda v: "" if pd.isna(v) else repr(v) if isinstance(v, float) else str(v))
    if old is not None:
        new = pd.concat([old[~old["task"].isin(new["task"])], new], ignore_index=True)
    new.to_csv(args.out, index=False)
    print(f"wrote {args.out} ({len(rows)} task(s) measured)")
    return 0


def read_scores(out: Path) -> pd.DataFrame | None:
    """The scores already in --out (None for a new file), after checking that --out can be written:
    a UsageError names what is wrong."""
    if out.is_dir():
        raise UsageError(f"--out {out} is a folder; give a CSV file")
    check_writable(out.parent, "--out's folder")
    if not out.exists():
        return None
    try:
        old = pd.read_csv(out, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, OSError) as e:
        raise UsageError(f"--out {out} is not a random-scores CSV: {str(e).splitlines()[0]}") from None
    if "task" not in old.columns:
        raise UsageError(f"--out {out} is not a random-scores CSV (no 'task' column)")
    return old
