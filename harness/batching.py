"""Which runs train together: the seeds of one agent on one task, as a seed batch in one process.

A batch pays the per-step Python and dispatch cost once for all its seeds (see
algorithms/sac/learner.py); a seed's run is the same in any batch. Batches are split so that every worker has one where there are
enough seeds, and to at most `max_seeds` seeds each.
"""

from __future__ import annotations

import math

from harness import registry
from harness.spec import RunSpec


def plan_batches(specs: list[RunSpec], workers: int, max_seeds: int | None = None) -> list[list[RunSpec]]:
    """Group runs that differ only by seed; each group is one process's work.

    max_seeds=1 turns batching off; None allows every seed of a group in one batch. Agents
    without a seed-batch trainer always run one seed per process. Order is kept.
    """
    groups: dict[tuple, list[RunSpec]] = {}
    for spec in specs:
        batchable = max_seeds != 1 and registry.has_seed_batch(spec.algo)
        key = (spec.experiment, spec.algo, spec.task, repr(spec.settings)) if batchable else (spec.run_id,)
        groups.setdefault(key, []).append(spec)
    # Enough batches to keep every worker busy, as far as the seeds allow.
    chunks_per_group = math.ceil(workers / len(groups)) if groups else 1
    batches: list[list[RunSpec]] = []
    for group in groups.values():
        n_chunks = max(chunks_per_group, math.ceil(len(group) / (max_seeds or len(group))))
        n_chunks = min(n_chunks, len(group))
        size, extra = divmod(len(group), n_chunks)
        start = 0
        for k in range(n_chunks):  # as even as possible, the larger chunks first
            end = start + size + (1 if k < extra else 0)
            batches.append(group[start:end])
            start = end
    return batches
