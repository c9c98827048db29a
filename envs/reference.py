"""Reference scores: published figures, the measured random-policy scores, and normalisation.

Three data files under envs/data/ (see envs/data/SOURCES.md):

    published_scores.csv   final returns published by other papers and projects, one row per
                           (source, algo, env family, env version); never mixed into the
                           harness's own aggregates, only shown beside them
    published_sources.csv  what each `source` of published_scores.csv is, and where it comes from
    random_scores.csv      the uniform-random policy's return per task, measured by
                           `python -m harness random-scores` on the fixed evaluation seeds
    claims.csv             the seed papers' claims that an experiment can check, each naming its
                           paper, where it is made, the agents, metrics and tasks it needs

Normalisation (rliable does none): normalised = (score - random) / (reference - random), per task.
The reference of a task is named by REFERENCE_SPEC "SOURCE:ALGO" (default
"smose-aaai-poster:sac-l", the SAC-L return published in the SMoSE paper) and looked up for the
task's family (Hopper-v5 -> Hopper; the published figure's own version is reported beside it).
Tasks the published source does not cover fall back to a named constant, their maximum return
(TASK_MAX_RETURN); a task with neither has no reference, and is reported in raw scores only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from envs.suites import task_family

DATA_DIR = Path(__file__).resolve().parent / "data"
PUBLISHED_FILE = DATA_DIR / "published_scores.csv"
SOURCES_FILE = DATA_DIR / "published_sources.csv"
RANDOM_FILE = DATA_DIR / "random_scores.csv"
CLAIMS_FILE = DATA_DIR / "claims.csv"

DEFAULT_REFERENCE = "smose-aaai-poster:sac-l"

# The best return a task allows, where it is known exactly: the fallback reference of tasks no
# published source covers. InvertedPendulum: +1 per step for at most 1000 steps; Pendulum: the
# reward is minus a cost that is 0 at best.
TASK_MAX_RETURN: dict[str, float] = {"InvertedPendulum": 1000.0, "Pendulum": 0.0}


def task_version(task: str) -> str:
    """"v5" for "Hopper-v5" ("" when the name has no version)."""
    return "v" + task.split("-v")[1] if "-v" in task else ""


# --- published figures ---------------------------------------------------------------------------
def load_published(path: Path = PUBLISHED_FILE) -> pd.DataFrame:
    """The published figures: columns source, algo, env, env_version, steps, return_mean,
    return_std, runs, protocol (empty cells are NaN: not published)."""
    df = pd.read_csv(path)
    expected = {"source", "algo", "env", "env_version", "steps", "return_mean", "return_std",
                "runs", "protocol"}
    missing = expected - set(df.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    return df


def load_sources(path: Path = SOURCES_FILE) -> pd.DataFrame:
    """What each published source is: columns source, title, where, budget, env_version, protocol."""
    return pd.read_csv(path)


# --- the papers' claims -------------------------------------------------------------------------
CLAIM_TESTS = ("beats", "matches", "at_most")


@dataclass(frozen=True)
class Claim:
    """One claim of a seed paper, as an experiment can check it.

    test: "beats" (subject's metric above the baseline's), "matches" (within `margin` of the
    task's normalisation span, reference - random), "at_most" (subject / baseline <= margin).
    Metrics: final_return, auc (the mean evaluation return during training), parameters (the
    acting policy's total), interpretation:KEY (a number of the run's interpretation summary).
    tasks: the task families the paper makes the claim on; budget: its training steps (None:
    not stated, or irrelevant to the claim).
    """

    claim: str
    paper: str
    where: str
    statement: str
    test: str
    subject: str
    subject_metric: str
    baseline: str
    baseline_metric: str
    tasks: tuple[str, ...]
    margin: float | None
    budget: int | None

    @property
    def paired(self) -> bool:
        """Both sides are measured on the same runs (one agent, two metrics)."""
        return self.subject == self.baseline


def load_claims(path: Path = CLAIMS_FILE) -> list[Claim]:
    """The claims of claims.csv, in file order."""
    df = pd.read_csv(path, dtype={"margin": float, "budget": float})
    claims = []
    for row in df.itertuples(index=False):
        if row.test not in CLAIM_TESTS:
            raise ValueError(f"{path}: claim {row.claim!r} has test {row.test!r}; valid: {', '.join(CLAIM_TESTS)}")
        claims.append(Claim(
            claim=row.claim, paper=row.paper, where=row.where, statement=row.statement, test=row.test,
            subject=row.subject, subject_metric=row.subject_metric, baseline=row.baseline,
            baseline_metric=row.baseline_metric, tasks=tuple(str(row.tasks).split()),
            margin=None if pd.isna(row.margin) else float(row.margin),
            budget=None if pd.isna(row.budget) else int(row.budget)))
    return claims


# --- random-policy scores ------------------------------------------------------------------------
@dataclass(frozen=True)
class RandomScore:
    """The uniform-random policy's return on one task, as measured by the harness."""

    task: str
    return_mean: float
    return_std: float
    episodes: int
    method: str


def load_random_scores(path: Path = RANDOM_FILE) -> dict[str, RandomScore]:
    """{task name: RandomScore} from random_scores.csv ({} when the file does not exist)."""
    if not path.exists():
        return {}
    df = pd.read_csv(path)
    return {row.task: RandomScore(row.task, float(row.return_mean), float(row.return_std),
                                  int(row.episodes), str(row.method))
            for row in df.itertuples()}


# --- normalisation -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Normaliser:
    """How one task's returns are normalised: (score - random) / (reference - random).

    reference_name says where `reference` comes from, e.g. "smose-aaai-poster sac-l (Hopper-v4,
    1M steps)" or "maximum return (constant)".
    """

    task: str
    random: float
    reference: float
    reference_name: str
    random_name: str

    def __call__(self, scores: np.ndarray) -> np.ndarray:
        """Normalised scores, same shape as `scores` (raw returns)."""
        return normalise(scores, self.random, self.reference)


def normalise(scores: np.ndarray, random: float | np.ndarray,
              reference: float | np.ndarray) -> np.ndarray:
    """(scores - random) / (reference - random), elementwise.

    scores: any shape; random, reference: scalars, or arrays broadcasting against scores
    (e.g. (n_tasks,) against a (n_runs, n_tasks) matrix). 0 is the random policy, 1 the reference.
    """
    random = np.asarray(random, dtype=float)
    reference = np.asarray(reference, dtype=float)
    if np.any(reference == random):
        raise ValueError("reference equals the random score: the normalisation is undefined")
    return (np.asarray(scores, dtype=float) - random) / (reference - random)


def parse_reference(spec: str | None, published: pd.DataFrame | None = None) -> tuple[str, str]:
    """"SOURCE:ALGO" or "ALGO" (of smose-aaai-poster) -> (source, algo). Raises ValueError
    naming the valid choices when the source publishes no figure for that algorithm."""
    published = load_published() if published is None else published
    spec = spec or DEFAULT_REFERENCE
    source, _, algo = spec.rpartition(":")
    source = source or DEFAULT_REFERENCE.split(":")[0]
    rows = published[(published["source"] == source) & (published["algo"] == algo)]
    if rows.empty:
        valid = sorted({f"{s}:{a}" for s, a in zip(published["source"], published["algo"])})
        raise ValueError(f"no published figures for reference {spec!r}; valid: {', '.join(valid)}")
    return source, algo


def reference_for(task: str, reference: str | None = None,
                  published: pd.DataFrame | None = None) -> tuple[float, str] | None:
    """The reference return of a task and its name, or None when there is none.

    The published return of `reference` ("SOURCE:ALGO") for the task's family, preferring the
    task's own version; otherwise the task's maximum return (TASK_MAX_RETURN) when known.
    """
    published = load_published() if published is None else published
    source, algo = parse_reference(reference, published)
    rows = published[(published["source"] == source) & (published["algo"] == algo)
                     & (published["env"] == task_family(task))]
    if not rows.empty:
        same = rows[rows["env_version"] == task_version(task)]
        row = (same if not same.empty else rows).iloc[0]
        budget = "budget not published" if pd.isna(row["steps"]) else f"{int(row['steps']):,} steps"
        return float(row["return_mean"]), (f"{source} {algo} ({row['env']}-{row['env_version']}, "
                                           f"{budget})")
    if task_family(task) in TASK_MAX_RETURN:
        return TASK_MAX_RETURN[task_family(task)], "maximum return (constant)"
    return None


def normaliser_for(task: str, reference: str | None = None,
                   random_scores: dict[str, RandomScore] | None = None,
                   published: pd.DataFrame | None = None) -> Normaliser | None:
    """The task's Normaliser, or None when it lacks a measured random score or a reference."""
    random_scores = load_random_scores() if random_scores is None else random_scores
    ref = reference_for(task, reference, published)
    rnd = random_scores.get(task)
    if ref is None or rnd is None:
        return None
    return Normaliser(task, rnd.return_mean, ref[0], ref[1],
                      f"uniform random policy, {rnd.episodes} episodes (measured)")


def missing_normalisation_reason(task: str, reference: str | None = None,
                                 random_scores: dict[str, RandomScore] | None = None,
                                 published: pd.DataFrame | None = None) -> str | None:
    """Why a task cannot be normalised (None when it can)."""
    random_scores = load_random_scores() if random_scores is None else random_scores
    reasons = []
    if task not in random_scores:
        reasons.append("no measured random score (run `python -m harness random-scores`)")
    if reference_for(task, reference, published) is None:
        reasons.append(f"no published {reference or DEFAULT_REFERENCE} return and no known "
                       "maximum return")
    return "; ".join(reasons) or None
