"""The processing engine: tasks, the runs they do, scheduling, selections and option checks."""

from ovbp_sandbox.engine.engine import Engine

__all__ = ["Engine"]
