"""Markdown tables: numbers in, GitHub-flavoured markdown out (no statistics, no store)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np


def num(x: float | None) -> str:
    """A return-like number for a table: whole numbers from 100 on (a tenth of a reward unit says
    nothing beside seeds that differ by tens), one decimal from 10, else 3 significant digits."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    x = float(x)
    if abs(x) >= 99.5:
        return f"{x:,.0f}"
    if abs(x) >= 9.95:
        return f"{x:.1f}"
    if abs(x) < 5e-4:  # e.g. the std of equal figures, 1.8e-15 by float arithmetic
        return "0"
    return f"{x:.3g}"


def norm(x: float) -> str:
    """A normalised score (1 = the reference): two decimals, and no "-0.00"."""
    text = f"{x:.2f}"
    return "0.00" if text == "-0.00" else text


def interval(ci: Sequence[float] | np.ndarray, fmt=num) -> str:
    return f"[{fmt(ci[0])}, {fmt(ci[1])}]"


def percent(x: float) -> str:
    return f"{100 * x:.3g}%"


def escape(text: str) -> str:
    """Make text safe inside a table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def table(headers: Sequence[str], rows: Sequence[Sequence[str]],
          align: Sequence[str] | None = None) -> str:
    """A markdown table. align: per column "l" or "r" (default: first left, others right)."""
    align = align or ["l"] + ["r"] * (len(headers) - 1)
    sep = ["---:" if a == "r" else ":---" for a in align]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(sep) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def mean_spread(values: np.ndarray, fmt: Callable[[float], str] = num) -> str:
    """"mean ± std" over seeds, the sample standard deviation (n - 1 in its denominator: with two
    or three seeds the n form understates the spread by 29% or 18%); the mean alone for one value.
    NaN values (not recorded) are left out."""
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if len(values) < 2:
        return fmt(values[0]) if len(values) else "n/a"
    return f"{fmt(values.mean())} ± {fmt(values.std(ddof=1))}"


def final_return_cell(values: np.ndarray, spread: str, best: bool) -> str:
    """"mean ± std<br>spread (n)" over seeds (spread: e.g. "range [lo, hi]"); bold when best;
    "no finished run" when empty."""
    if len(values) == 0:
        return "no finished run"
    mean = num(values.mean())
    mean = f"**{mean}**" if best else mean
    std = f" ± {num(values.std(ddof=1))}" if len(values) > 1 else ""
    below = f"<br>{spread}" if spread else ""
    return f"{mean}{std}{below} (n={len(values)})"
