"""What a backup that reads itself back from the drive can cost at best, on this machine.

    python bench/backup_floor.py bench/cache/full [--rounds 5]

The backup row's goal is 2x a plain copy (sendfile and fsync), with the read-back from the drive.
This times, interleaved and each on a settled disk (the last round's files removed, `os.sync()`):
the plain copy; the same copy read back from the drive (`posix_fadvise(DONTNEED)` first); that
read-back with SHA-256 (the fingerprint a backup shows); the app's backup; and reading one file
back while writing another, against one after the other (can the read-back overlap the writing?).
It writes only copies of the bench vault's encrypted file, beside it, and removes them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from bench.steps import open_vault
    from shop_desktop.core.backup import backup

    source = args.cache / "vault" / "shop.db"
    out = args.cache / "floor-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    size = source.stat().st_size

    def settle() -> None:
        for path in out.iterdir():
            path.unlink()
        os.sync()

    def copy(target: Path) -> None:
        with open(source, "rb") as a, open(target, "wb") as b:
            os.sendfile(b.fileno(), a.fileno(), 0, size)
            os.fsync(b.fileno())

    def read_back(target: Path, hashing: bool) -> None:
        fd = os.open(target, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        digest = hashlib.sha256()
        while block := os.read(fd, 8 << 20):
            if hashing:
                digest.update(block)
        os.close(fd)

    vault = open_vault(args.cache)
    try:
        plan = backup.prepare_backup(vault, out)
        rows: dict[str, Callable[[], object]] = {
            "plain copy (sendfile, fsync)": lambda: copy(out / "a"),
            "copy, then read back from the drive": lambda: (copy(out / "a"), read_back(out / "a", False)),
            "copy, then read back with SHA-256": lambda: (copy(out / "a"), read_back(out / "a", True)),
            "backup and verify (this code)": lambda: backup.make_backup(plan),
        }
        times: dict[str, list[float]] = {name: [] for name in rows}
        together, apart = [], []
        for _ in range(args.rounds):
            for name, run in rows.items():
                settle()
                started = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - started)
            for bucket, overlapped in ((together, True), (apart, False)):
                settle()
                copy(out / "a")
                os.sync()
                started = time.perf_counter()
                if overlapped:
                    reader = threading.Thread(target=read_back, args=(out / "a", False))
                    reader.start()
                    copy(out / "b")
                    reader.join()
                else:
                    read_back(out / "a", False)
                    copy(out / "b")
                bucket.append(time.perf_counter() - started)
    finally:
        vault.lock()
        shutil.rmtree(out, ignore_errors=True)
    base = statistics.median(times["plain copy (sendfile, fsync)"])
    print(f"{size / 1e6:,.0f} MB, {args.rounds} rounds, load {os.getloadavg()[0]:.1f}")
    for name, seen in times.items():
        median = statistics.median(seen)
        print(f"{name}: {median:.3f} s ({median / base:.2f}x), {min(seen):.3f}-{max(seen):.3f}")
    print(
        f"read one file back while writing another: {statistics.median(together):.3f} s; "
        f"one after the other: {statistics.median(apart):.3f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
