"""smose-bench: the harness that runs, stores and reports comparative RL experiments."""

__version__ = "0.1.0"
