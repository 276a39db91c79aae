"""A finished job gives its memory back: a session's footprint does not ratchet up job by job."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from shop_desktop.gui.common import workers

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; malloc_trim is glibc's")


def held_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 1e6


def test_a_job_that_made_and_dropped_150_mb_leaves_little_behind() -> None:
    survivors: list[bytes] = []

    def work(report: object, cancelled: object) -> int:
        # Many small buffers (a search's plaintexts, a report's rows); a few outlive the job,
        # which is what keeps a heap from shrinking by itself.
        blobs = [bytes(1000) + str(n).encode() for n in range(150_000)]
        survivors.extend(blobs[::64])
        return len(blobs)

    def grown_by(run: object) -> float:
        gc.collect()
        before = held_mb()
        run()  # type: ignore[operator]
        gc.collect()
        return held_mb() - before

    workers.return_memory()  # start from a trimmed heap, whatever earlier tests left
    kept = grown_by(lambda: work(None, None))  # the same work outside a job: the heap keeps it
    workers.return_memory()
    job = workers.Job(work)
    after_job = grown_by(lambda: workers.SynchronousPool().start(job))
    assert kept > 100, f"the control run kept only {kept:.0f} MB: this C library returns memory by itself"
    assert after_job < 40, f"{after_job:.0f} MB still held after the job"
