"""The report's statistics: NumPy arrays in, NumPy arrays out; no store, no plotting.

Every interval is a stratified bootstrap from rliable (rliable.library.get_interval_estimates:
runs are resampled with replacement within each task). rliable draws its resamples from NumPy's
global random state, so each function here seeds it with `seed` for the duration of its call
(and puts the previous state back): the same arrays and seed give the same intervals.

Score dicts map an algorithm's name to a matrix (n_runs x n_tasks) of scores (normalised, for
the aggregates across tasks); the number of runs may differ between algorithms, the tasks may not.

Speed: rliable's metrics go through scipy's per-call machinery (trim_mean, mannwhitneyu), which
costs about a millisecond a call, thousands of times per interval. Inside the bootstrap this
module evaluates the same statistics with vectorised equivalents (`iqm`, `iqm_per_step`,
`prob_improvement`, `score_distribution`), which tests/test_report.py checks equal to
rliable.metrics on random and tied data; the resampling itself is rliable's.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

import numpy as np
from rliable import library as rly
from rliable import metrics
from scipy import stats

DEFAULT_REPS = 2000
DEFAULT_SEED = 0
METRIC_NAMES = ("IQM", "Median", "Mean", "Optimality gap")


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Seed NumPy's global random state (which rliable's bootstrap uses), restoring it after."""
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


def iqm(scores: np.ndarray) -> float:
    """Interquartile mean of all scores: rliable.metrics.aggregate_iqm (scipy's trim_mean with
    proportiontocut 0.25: int(n/4) values cut at each end of the sorted n scores)."""
    return float(iqm_per_step(np.asarray(scores)[..., None])[0])


def iqm_per_step(scores: np.ndarray) -> np.ndarray:
    """aggregate_iqm of scores[..., i] for every i of the last axis: (n_steps,)."""
    flat = np.sort(np.asarray(scores, dtype=float).reshape(-1, scores.shape[-1]), axis=0)
    cut = int(0.25 * flat.shape[0])
    return flat[cut:flat.shape[0] - cut].mean(axis=0)


def prob_improvement(scores_x: np.ndarray, scores_y: np.ndarray) -> float:
    """rliable.metrics.probability_of_improvement: P(X > Y) per task (Mann-Whitney U over
    n_x * n_y, ties counting one half), averaged over tasks. (n_runs_x x n_tasks),
    (n_runs_y x n_tasks) -> float."""
    x, y = np.asarray(scores_x)[:, None, :], np.asarray(scores_y)[None, :, :]
    per_task = (x > y).mean(axis=(0, 1)) + 0.5 * (x == y).mean(axis=(0, 1))
    return float(per_task.mean())


def score_distribution(scores: np.ndarray, taus: np.ndarray) -> np.ndarray:
    """rliable's run score distribution: the fraction of all scores above each tau: (n_taus,)."""
    return (np.asarray(scores).reshape(-1, 1) > np.asarray(taus).reshape(1, -1)).mean(axis=0)


def aggregate_metrics(scores: np.ndarray) -> np.ndarray:
    """IQM, median, mean and optimality gap (gamma = 1) of a (n_runs x n_tasks) matrix: (4,).

    The order is METRIC_NAMES. Median and mean are of the per-task mean scores (rliable's
    definitions); IQM and optimality gap are over all runs and tasks.
    """
    return np.array([iqm(scores), metrics.aggregate_median(scores),
                     metrics.aggregate_mean(scores), metrics.aggregate_optimality_gap(scores)])


def interval_estimates(score_dict: Mapping[str, np.ndarray],
                       func: Callable[[np.ndarray], np.ndarray] = aggregate_metrics,
                       reps: int = DEFAULT_REPS, seed: int = DEFAULT_SEED,
                       confidence: float = 0.95) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Point estimates and stratified-bootstrap intervals of `func` for each algorithm.

    score_dict: {algo: (n_runs x n_tasks) scores}. func: (n_runs x n_tasks) -> (k,).
    Returns ({algo: (k,)}, {algo: (2 x k)}), the interval's lower bounds in row 0.
    """
    with seeded(seed):
        return rly.get_interval_estimates(dict(score_dict), func, reps=reps,
                                          confidence_interval_size=confidence)


def mean_interval(values: np.ndarray, reps: int = DEFAULT_REPS, seed: int = DEFAULT_SEED,
                  confidence: float = 0.95) -> np.ndarray:
    """Bootstrap interval of the mean of `values` (n_runs,) over runs (seeds): (2,).

    rliable's stratified bootstrap with one task is the plain bootstrap over runs. With a single
    run the interval is that run's value at both ends (no uncertainty can be estimated).
    """
    values = np.asarray(values, dtype=float).reshape(-1, 1)
    _, cis = interval_estimates({"x": values}, lambda s: np.array([np.mean(s)]), reps, seed,
                                confidence)
    return cis["x"][:, 0]


def curve_bands(curves: np.ndarray, reps: int = DEFAULT_REPS, seed: int = DEFAULT_SEED,
                confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Mean learning curve over runs and its bootstrap band.

    curves: (n_runs x n_steps) returns at common evaluation steps.
    Returns (mean (n_steps,), interval (2 x n_steps)).
    """
    curves = np.asarray(curves, dtype=float)
    points, cis = interval_estimates({"x": curves[:, None, :]},
                                     lambda s: np.mean(s, axis=0)[0], reps, seed, confidence)
    return points["x"], cis["x"]


def iqm_over_steps(curves: Mapping[str, np.ndarray], reps: int = DEFAULT_REPS,
                   seed: int = DEFAULT_SEED,
                   confidence: float = 0.95) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Sample efficiency: the IQM across runs and tasks at each evaluation step.

    curves: {algo: (n_runs x n_tasks x n_steps) normalised scores}.
    Returns ({algo: (n_steps,)}, {algo: (2 x n_steps)}).
    """
    return interval_estimates(curves, iqm_per_step, reps, seed, confidence)


def performance_profiles(score_dict: Mapping[str, np.ndarray], taus: np.ndarray,
                         reps: int = DEFAULT_REPS, seed: int = DEFAULT_SEED,
                         ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Score distributions (the fraction of runs scoring above tau) with bootstrap bands.

    score_dict: {algo: (n_runs x n_tasks)}; taus: (n_taus,) thresholds.
    Returns ({algo: (n_taus,)}, {algo: (2 x n_taus)}).
    """
    with seeded(seed):
        return rly.create_performance_profile(dict(score_dict), taus, reps=reps,
                                              custom_profile_func=score_distribution)


def improvement_pairs(algos: Sequence[str], baseline: str | None = None) -> list[tuple[str, str]]:
    """(x, y) pairs for P(x > y): each algorithm over the baseline, or every pair once (x before
    y in `algos`; P(y > x) = 1 - P(x > y), as the Mann-Whitney U statistics of the two orders
    sum to n_x * n_y, ties counting one half)."""
    if baseline is not None:
        return [(a, baseline) for a in algos if a != baseline]
    return [(x, y) for i, x in enumerate(algos) for y in algos[i + 1:]]


def probability_of_improvement(score_dict: Mapping[str, np.ndarray],
                               pairs: Sequence[tuple[str, str]], reps: int = DEFAULT_REPS,
                               seed: int = DEFAULT_SEED,
                               ) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], np.ndarray]]:
    """P(X > Y) averaged over tasks (rliable.metrics.probability_of_improvement, evaluated by
    `prob_improvement`), with intervals from rliable's independent stratified bootstrap of X's
    and Y's runs.

    score_dict: {algo: (n_runs x n_tasks)} (the same tasks for X and Y). pairs: [(x, y), ...].
    Returns ({(x, y): P}, {(x, y): (2,)}).
    """
    pair_dict = {f"{x},{y}": (score_dict[x], score_dict[y]) for x, y in pairs}
    with seeded(seed):
        points, cis = rly.get_interval_estimates(pair_dict, prob_improvement, reps=reps)
    return ({(x, y): float(points[f"{x},{y}"]) for x, y in pairs},
            {(x, y): np.asarray(cis[f"{x},{y}"]).reshape(2) for x, y in pairs})


# --- small samples: differences of means with intervals valid at a handful of seeds ---------------
def difference_interval(x: np.ndarray, y: np.ndarray, confidence: float = 0.95,
                        paired: bool = False) -> tuple[float, float, float]:
    """mean(x) - mean(y) with its t interval: (difference, low, high).

    Independent samples: Welch's interval (unequal variances, Welch-Satterthwaite degrees of
    freedom). Paired (x[i] and y[i] from the same run): the one-sample t interval of x - y.
    Valid at any n >= 2 per side for normally distributed values, where a bootstrap over 3 seeds
    can only return the seeds' own range. Fewer than 2 values on a side: (difference, nan, nan).
    Two constant samples: the interval is the difference itself.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if paired:
        d = x - y
        diff, n = float(d.mean()), len(d)
        if n < 2:
            return diff, math.nan, math.nan
        se, df = float(d.std(ddof=1)) / math.sqrt(n), n - 1
    else:
        diff = float(x.mean() - y.mean())
        if len(x) < 2 or len(y) < 2:
            return diff, math.nan, math.nan
        se, df = _welch(x.var(ddof=1), len(x), y.var(ddof=1), len(y))
    if se == 0:
        return diff, diff, diff
    half = float(stats.t.ppf(0.5 + confidence / 2, df)) * se
    return diff, diff - half, diff + half


def _welch(var_x: float, n_x: int, var_y: float, n_y: int) -> tuple[float, float]:
    """(standard error of the difference of means, Welch-Satterthwaite degrees of freedom)."""
    a, b = var_x / n_x, var_y / n_y
    se = math.sqrt(a + b)
    if se == 0:
        return 0.0, float(n_x + n_y - 2)
    df = (a + b) ** 2 / (a ** 2 / (n_x - 1) + b ** 2 / (n_y - 1))
    return se, df


def seeds_to_decide(x: np.ndarray, y: np.ndarray, bounds: Sequence[float], confidence: float = 0.95,
                    paired: bool = False, most: int = 200) -> int | None:
    """The seeds per side at which the observed means and standard deviations would give a
    `difference_interval` that excludes every bound in `bounds` (0 for "beats"; -m and +m for
    "matches"): how many seeds the observed effect needs to be told apart from them. None when
    more than `most` would be needed (or never, as for a difference exactly on a bound)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if min(len(x), len(y)) < 2:
        return None
    if paired:
        diff, var = float((x - y).mean()), float((x - y).var(ddof=1))
    else:
        diff, var_x, var_y = float(x.mean() - y.mean()), float(x.var(ddof=1)), float(y.var(ddof=1))
    for n in range(2, most + 1):
        if paired:
            se, df = math.sqrt(var / n), n - 1
        else:
            se, df = _welch(var_x, n, var_y, n)
        half = float(stats.t.ppf(0.5 + confidence / 2, df)) * se
        if all(not (diff - half <= b <= diff + half) for b in bounds):
            return n
    return None


def exact_mann_whitney_p(x: np.ndarray, y: np.ndarray) -> float:
    """The exact one-sided p-value of the Mann-Whitney U test that x tends to exceed y (scipy).
    With 3 runs against 3 it is at least 1/20 = 0.05, however far apart the runs are."""
    return float(stats.mannwhitneyu(np.asarray(x, dtype=float), np.asarray(y, dtype=float),
                                    alternative="greater", method="exact").pvalue)
