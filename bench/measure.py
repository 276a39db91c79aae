"""How the bench measures: medians, percentiles, paired encrypted/plain timings, a cold page cache."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any


def peak_mb() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / (1024 * 1024)


def rss_mb() -> float:
    """Memory the process holds now (Linux); the peak elsewhere."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_mb()
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def median_time(work: Callable[[], object], runs: int = 5) -> float:
    return statistics.median(timed(work) for _ in range(runs))


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def paired(
    secure: Callable[[Any], object], plain: Callable[[Any], object], items: Iterable[Any], warm_up: int = 1
) -> tuple[list[float], list[float]]:
    """The same work on both sides, item by item, interleaved (ABBA order so neither side always
    goes first), after the same warm-up on each. Returns (secure times, plain times)."""
    items = list(items)
    for item in items[:warm_up]:
        secure(item)
        plain(item)
    secure_times: list[float] = []
    plain_times: list[float] = []
    for index, item in enumerate(items):
        if index % 2 == 0:
            secure_times.append(timed(lambda: secure(item)))  # noqa: B023 (used at once)
            plain_times.append(timed(lambda: plain(item)))  # noqa: B023
        else:
            plain_times.append(timed(lambda: plain(item)))  # noqa: B023
            secure_times.append(timed(lambda: secure(item)))  # noqa: B023
    return secure_times, plain_times


def paired_median(
    secure: Callable[[], object], plain: Callable[[], object], runs: int = 5, warm_up: int = 1
) -> tuple[float, float]:
    a, b = paired(lambda _: secure(), lambda _: plain(), range(runs), warm_up=warm_up)
    return statistics.median(a), statistics.median(b)


def drop_from_page_cache(paths: Iterable[Path]) -> None:
    """Ask the kernel to forget these files' cached pages, as after a reboot (clean pages only,
    so flush first). Where posix_fadvise is missing the run stays warm, and says so."""
    if not hasattr(os, "posix_fadvise"):
        raise RuntimeError("no posix_fadvise on this system: cold-cache rows need Linux")
    for path in paths:
        if not path.exists():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fdatasync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def vault_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("shop.")]


def growth_exponent(sizes: Sequence[float], seconds: Sequence[float]) -> float:
    """The least-squares slope of log(time) against log(size): 1.0 is linear."""
    import math

    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in seconds]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
