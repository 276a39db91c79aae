"""Progress from long work, thinned to what a person can see: about 100 updates a job, whatever its size.

A 148 MB backup reports 2,300 chunks; a re-seal reports every note. Each report that reached the
screen cost a queued signal and a repaint (and, with a leaking Qt binding, a reference each), so
the gate lets one through per 1% of progress, the first and the last, and a change of words at
most a few times a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Progress = Callable[[float, str], None]

STEP = 0.01  # one update per percent
WORDS_EVERY = 0.25  # seconds between updates that only change the words


class ProgressGate:
    """Wraps a progress callback; calls it only when the change is worth showing."""

    def __init__(self, forward: Progress, clock: Callable[[], float] = time.monotonic) -> None:
        self.forward = forward
        self.clock = clock
        self.sent = 0
        self._fraction = -1.0
        self._words: str | None = None
        self._at = 0.0

    def __call__(self, fraction: float, words: str) -> None:
        now = self.clock()
        first = self.sent == 0
        moved = fraction - self._fraction >= STEP or (fraction >= 1.0 > self._fraction)
        reworded = words != self._words and now - self._at >= WORDS_EVERY
        if first or moved or reworded:
            self.sent += 1
            self._fraction, self._words, self._at = fraction, words, now
            self.forward(fraction, words)
