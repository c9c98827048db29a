"""Plain tables for the terminal: GitHub-flavoured markdown pipes, columns aligned."""

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
