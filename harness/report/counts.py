"""Each agent's parameter counts (Agent.parameter_counts) as the report shows them.

Runs record their counts in final.json. Runs made before the deterministic policy's counts
existed recorded only "total" and "active": those are completed by building the agent, untrained,
from this version's registry with the runs' own hyper-parameters, and only where the built agent
has the recorded total (the same architecture); the report says which counts were built.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from harness.report.collect import Experiment

RECORDED = "recorded by the runs"
COMPLETED = ("the deterministic policy's counted on the agent as this version's registry builds it "
             "with the runs' hyper-parameters (the runs predate that count)")
BUILT = "built by this version's registry (no run of it in this experiment)"


def run_counts(exp: Experiment, task: str, algo: str) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """(the counts the runs of (task, algo) recorded, their hyper-parameters): the first run,
    finished or failed, that has them; (None, {}) where none does."""
    for r in exp.runs(task, algo) + exp.runs(task, algo, "failed"):
        counts = (r.final or {}).get("param_counts") or (r.config or {}).get("param_counts")
        if counts:
            return counts, (r.config or {}).get("hparams") or {}
    return None, {}


def parameter_counts(exp: Experiment, task: str, algo: str) -> tuple[dict[str, Any] | None, str]:
    """(counts, where they come from): what the runs recorded, completed where they predate the
    deterministic policy's counts; built by the registry where the experiment has no run of it."""
    recorded, hparams = run_counts(exp, task, algo)
    if recorded is not None and "deterministic" in recorded:
        return recorded, RECORDED
    built = built_counts(algo, task, tuple(sorted((k, _frozen(v)) for k, v in hparams.items())))
    if recorded is None:
        return built, BUILT if built else "unavailable"
    if built and built.get("total") == recorded.get("total"):
        return {**built, **recorded}, COMPLETED
    return recorded, RECORDED


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@cache
def built_counts(algo: str, task: str, hparams: tuple[tuple[str, Any], ...] = ()) -> dict[str, Any] | None:
    """The counts of an untrained `algo` built for `task` with these hyper-parameters; None where
    this version cannot build it (an unregistered name, an unknown task or hyper-parameter)."""
    from envs.suites import get_task, make_env
    from harness import registry

    try:
        spec = registry.get(algo)
        known = set(spec.hparam_names())
        config = spec.make_config({k: v for k, v in hparams if k in known})
        env = make_env(get_task(task))
        try:
            return spec.factory(env, config, 0).parameter_counts()
        finally:
            env.close()
    except Exception:  # a report never fails for want of a count: it shows n/a
        return None
