"""The report: reports/<experiment>.md and its figures in reports/<experiment>/, from the store.

    aggregate.py  numbers only (rliable intervals, profiles, probability of improvement)
    collect.py    the store -> records and arrays (which runs the aggregates use, and why)
    tables.py     markdown tables and number formats
    figures.py    matplotlib PNGs
    markdown.py   the document, section by section

`write_report(experiment_dir, reports_dir)` is what `python -m harness report` and the end of
`python -m harness run` call.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from envs.reference import (
    DEFAULT_REFERENCE,
    load_published,
    load_random_scores,
    load_sources,
    missing_normalisation_reason,
    normaliser_for,
    parse_reference,
)
from harness.errors import UsageError
from harness.files import write_atomic
from harness.report import aggregate
from harness.report.collect import aggregate_selection, load_experiment
from harness.report.markdown import Context, render

__all__ = ["ALL_PAIRS", "write_report"]

ALL_PAIRS = "all"  # --baseline all: the probability of improvement of every pair


def write_report(experiment_dir: Path, reports_dir: Path = Path("reports"),
                 baseline: str | None = None, reference: str | None = None,
                 reps: int = aggregate.DEFAULT_REPS, seed: int = aggregate.DEFAULT_SEED,
                 random_scores_file: Path | None = None) -> Path:
    """Write reports_dir/<experiment>.md (and its figures under reports_dir/<experiment>/).

    experiment_dir: a folder `run` wrote (results/<experiment>). baseline: the probability of
    improvement compares every algorithm with this one (default: the reference's algorithm where
    the experiment ran it, else its first; "all": every pair).
    reference: "SOURCE:ALGO" of envs/data/published_scores.csv, the 1 of the normalised scores
    (default smose-aaai-poster:sac-l). reps, seed: bootstrap resamples and their seed.
    random_scores_file: another random_scores.csv (default: envs/data/random_scores.csv).
    Returns the markdown's path. Raises UsageError for a folder that holds no experiment.
    """
    exp = load_experiment(experiment_dir)
    if baseline is not None and baseline != ALL_PAIRS and baseline not in exp.algos:
        raise UsageError(f"--baseline {baseline!r} is not an algorithm of this experiment; "
                         f"valid: {', '.join(exp.algos)}, or {ALL_PAIRS} for every pair")
    if reps < 1:
        raise UsageError("the number of bootstrap resamples must be at least 1")
    published = load_published()
    reference = reference or DEFAULT_REFERENCE
    try:
        parse_reference(reference, published)
    except ValueError as e:
        raise UsageError(str(e)) from e
    if baseline is None:  # one baseline, as rliable compares: the reference's algorithm if run
        reference_algo = parse_reference(reference, published)[1]
        baseline = reference_algo if reference_algo in exp.algos else exp.algos[0]
    random_scores = load_random_scores(random_scores_file) if random_scores_file \
        else load_random_scores()
    normalisers = {t: normaliser_for(t, reference, random_scores, published) for t in exp.tasks}
    reasons = {t: missing_normalisation_reason(t, reference, random_scores, published)
               for t in exp.tasks}

    name = Path(experiment_dir).resolve().name
    reports_dir = Path(reports_dir)
    fig_dir = reports_dir / name
    if fig_dir.exists():  # stale figures and pages of an earlier report would otherwise linger
        for f in fig_dir.glob("*.png"):
            f.unlink()
        for folder in [f for f in fig_dir.iterdir() if f.is_dir()]:  # the agents' pages
            shutil.rmtree(folder)
    fig_dir.mkdir(parents=True, exist_ok=True)

    ctx = Context(exp=exp, fig_dir=fig_dir, fig_rel=name, reference=reference,
                  baseline=None if baseline == ALL_PAIRS else baseline,
                  reps=reps, seed=seed, published=published, sources=load_sources(),
                  random_scores=random_scores, normalisers=normalisers, reasons=reasons,
                  selection=aggregate_selection(exp, reasons), palette=palette(exp.algos))
    text = render(ctx)
    if not any(fig_dir.iterdir()):
        shutil.rmtree(fig_dir)
    out = reports_dir / f"{name}.md"
    write_atomic(out, lambda tmp: tmp.write_text(text))
    return out


def palette(algos: list[str]) -> list[str]:
    """The names colours go to, by position: every registered agent in the registry's order, then
    this experiment's others, so that an agent has one colour in every report."""
    from harness import registry

    names = list(registry.all_specs())
    return names + [a for a in algos if a not in names]
