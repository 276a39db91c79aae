"""A benchmark row: what it measures, its goal in words, and the limits that decide "met"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Outcome = dict[str, Any]
DEFAULT_PEAK_MB = 300.0  # any one step's process; the GUI session row has its own, tighter goal


@dataclass(frozen=True)
class Step:
    """One row: what is measured, its goal in words, and the limits that decide "met".

    limits maps an outcome field to its maximum: "seconds", "ratio" (seconds / plain_seconds),
    "peak_mb", "blocked_seconds" (longest the GUI thread was busy), "exponent" (growth).
    """

    name: str
    label: str
    goal: str
    limits: dict[str, float] = field(default_factory=dict)
    run: Callable[[Path, dict[str, int]], Outcome] | None = None
    floor_seconds: float | None = None  # the unlock's KDF must not get cheaper than this

    def misses(self, outcome: Outcome) -> list[str]:
        """The limits this outcome breaks, in words (empty: every goal met)."""
        values = dict(outcome)
        seconds, plain = outcome.get("seconds"), outcome.get("plain_seconds")
        if isinstance(seconds, float) and isinstance(plain, float) and plain:
            values["ratio"] = seconds / plain
        limits = {"peak_mb": DEFAULT_PEAK_MB, **self.limits}
        missed = [
            f"{key} {values[key]:.3g} > {limit:g}"
            for key, limit in limits.items()
            if isinstance(values.get(key), int | float) and values[key] > limit
        ]
        # A goal whose number the step did not report is not met: it was never checked.
        missed += [f"{key} not measured" for key in self.limits if not isinstance(values.get(key), int | float)]
        if self.floor_seconds is not None and isinstance(seconds, float) and seconds < self.floor_seconds:
            missed.append(f"seconds {seconds:.3g} < {self.floor_seconds:g}")
        return missed

    def checked(self, outcome: Outcome) -> bool:
        return any(isinstance(outcome.get(key), int | float) for key in ("seconds", *self.limits))
