"""Algorithms behind the common agent interface (see algorithms.base)."""
