"""How the bench measures: medians, percentiles, paired encrypted/plain timings, a cold page cache."""

from __future__ import annotations

import os
import resource
import shutil
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
    secure: Callable[[Any], object],
    plain: Callable[[Any], object],
    items: Iterable[Any],
    warm_up: int = 1,
    between: Callable[[], object] = lambda: None,
) -> tuple[list[float], list[float]]:
    """The same work on both sides, item by item, interleaved (ABBA order so neither side always
    goes first), after the same warm-up on each. `between` runs before every run, untimed (what a
    side left behind is cleared away, so neither pays for the other's). Returns (secure times,
    plain times)."""
    items = list(items)
    for item in items[:warm_up]:
        between()
        secure(item)
        between()
        plain(item)
    secure_times: list[float] = []
    plain_times: list[float] = []

    def run(side: Callable[[Any], object], item: Any) -> float:
        between()
        return timed(lambda: side(item))

    for index, item in enumerate(items):
        if index % 2 == 0:
            secure_times.append(run(secure, item))
            plain_times.append(run(plain, item))
        else:
            plain_times.append(run(plain, item))
            secure_times.append(run(secure, item))
    return secure_times, plain_times


def paired_median(
    secure: Callable[[], object],
    plain: Callable[[], object],
    runs: int = 5,
    warm_up: int = 1,
    between: Callable[[], object] = lambda: None,
) -> tuple[float, float]:
    a, b = paired(lambda _: secure(), lambda _: plain(), range(runs), warm_up=warm_up, between=between)
    return statistics.median(a), statistics.median(b)


def settled(folder: Path, keep: Sequence[Path] = ()) -> Callable[[], None]:
    """Empties `folder` but for `keep`, then has the system write everything out: a file one run
    left (a backup, a plain copy overwritten) would otherwise be freed and flushed during the
    next run's fsync, on whichever side came next (measured: 1.67-2.10 s for a backup that takes
    0.93-1.05 s on a settled disk)."""

    def settle() -> None:
        for path in folder.iterdir():
            if path in keep:
                continue
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        getattr(os, "sync", lambda: None)()

    return settle


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
