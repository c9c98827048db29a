"""Plain text for the terminal: markdown pipe tables with aligned columns, and durations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]],
                   right_align: Sequence[bool] | None = None) -> str:
    """A pipe table with padded columns (numbers right-aligned where right_align says so)."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    right = list(right_align) if right_align is not None else [False] * len(headers)

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c.rjust(w) if r else c.ljust(w)
                                 for c, w, r in zip(row, widths, right)) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if r else ("-" * (w + 2))
                          for w, r in zip(widths, right)) + "|"
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])])


def duration(seconds: float) -> str:
    """A duration as a person plans with it: 42 -> '42s', 125 -> '2m05s', 3725 -> '1h02m',
    and past two days 300000 -> '3.5 days'."""
    seconds = int(round(seconds))
    if seconds >= 48 * 3600:
        return f"{seconds / 86400:.1f} days"
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"
