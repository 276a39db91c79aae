"""A deterministic kill harness: run an operation in a child process and stop it dead at its Nth
write, fsync, rename, mkdir or unlink (every one goes through core/store/journal.py's seam).

    points = count_points(code)          # run once to the end: the operations it makes, in order
    for n in range(1, len(points) + 1):
        killed_at(code, n)               # the child exits with KILLED just before operation n
        ... assert what the next start must find ...

`code` is Python run in the child after the hook is installed; it may read `ARGS` (a dict the
test passes in). os._exit skips every cleanup, like a power cut for everything already handed to
the kernel; with power_cut=True unsynced data and undurable renames are lost too. Writes SQLite
makes itself are not counted here: SQLite's own journal covers those.
To put another operation (add staff, disable) through it, write its `code` and its invariant.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
KILLED = 86

PRELUDE = """
import json, os, shutil, sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
from shop_desktop.core.store import journal
ARGS = json.loads({args!r})
KILL_AT = {kill_at}
POWER_CUT = {power_cut}
seen = []
synced = {{}}  # file -> its size at its last fsync
dirty = set()  # files written since their last fsync
renames = []  # [source, target, folders still to fsync, copy of what the target was] not yet durable
moving_from = [None]

def _lose_what_was_not_synced():
    # A power cut: unsynced data is gone, and so are renames no folder fsync made durable.
    for path in dirty:
        if path.exists():
            os.truncate(path, synced.get(path, 0))
    for source, target, _, overwritten in reversed(renames):
        if target.exists() and not source.exists():
            os.replace(target, source)
            if overwritten is not None:  # a rename over a file that was not made durable: the old one stays
                os.replace(overwritten, target)

def _follow(kind, path):
    if kind == "write":
        dirty.add(path)
    elif kind == "fsync" and path.is_dir():
        for pending in renames:
            pending[2].discard(path)
        renames[:] = [r for r in renames if r[2]]
    elif kind == "fsync":
        synced[path] = path.stat().st_size
        dirty.discard(path)
    elif kind == "rename":
        source = moving_from[0]
        overwritten = None
        if POWER_CUT and path.is_file():
            overwritten = Path(tempfile.mkdtemp(dir=path.parent.parent)) / path.name
            shutil.copyfile(path, overwritten)
        renames.append([source, path, {{source.parent, path.parent}}, overwritten])
        if source in synced:
            synced[path] = synced.pop(source)
        if source in dirty:
            dirty.discard(source)
            dirty.add(path)

def _stop_here(kind, path):
    if kind == "rename-from":
        moving_from[0] = path
        return
    seen.append(kind + " " + path.name)
    if len(seen) == KILL_AT:
        if POWER_CUT:
            _lose_what_was_not_synced()
        Path({log!r}).write_text(json.dumps(seen))
        os._exit({killed})
    _follow(kind, path)
journal.set_hook(_stop_here)
"""
EPILOGUE = """
Path({log!r}).write_text(json.dumps(seen))
"""


def _run(
    code: str, args: dict[str, Any], kill_at: int, power_cut: bool = False
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    with tempfile.TemporaryDirectory(prefix="shop-kill-") as scratch:
        log = str(Path(scratch) / "points.json")
        fill = {"root": str(ROOT), "args": json.dumps(args), "kill_at": kill_at, "log": log, "killed": KILLED}
        fill["power_cut"] = power_cut
        script = PRELUDE.format(**fill) + textwrap.dedent(code) + EPILOGUE.format(**fill)
        child = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
        points = json.loads(Path(log).read_text()) if Path(log).exists() else []
    return child, points


def count_points(code: str, args: dict[str, Any]) -> list[str]:
    """Run to the end with no kill; the seam operations it made, e.g. ["write .shop.db.restoring", ...]."""
    child, points = _run(code, args, kill_at=0)
    if child.returncode != 0:
        raise AssertionError(f"the operation failed on its own: {child.stderr}")
    return points


def killed_at(code: str, args: dict[str, Any], n: int, *, power_cut: bool = False) -> list[str]:
    """Run and stop dead just before operation n; returns the operations up to and including it.

    power_cut=True also loses what a power cut would: data written since a file's last fsync, and
    renames no fsync of their folders made durable (a pessimistic POSIX disk; SQLite's own writes
    are not modelled, its journal covers them)."""
    child, points = _run(code, args, kill_at=n, power_cut=power_cut)
    if child.returncode != KILLED:
        raise AssertionError(f"expected a kill at point {n}, got exit {child.returncode}: {child.stderr}")
    return points


# --- the same, from outside: strace kills at the Nth system call ------------------------------------
# A cross-check that needs no seam (it also stops SQLite's own writes); slower, so it runs on request:
# SHOP_DESKTOP_STRACE_SWEEP=1 python -m pytest tests/crash -k strace

STRACED = ("write", "pwrite64", "fsync", "fdatasync", "rename", "renameat", "renameat2", "unlink", "unlinkat", "mkdir")


def _plain_script(code: str, args: dict[str, Any]) -> str:
    head = "import json, sys\nfrom pathlib import Path\n"
    head += f"sys.path.insert(0, {str(ROOT)!r})\nARGS = json.loads({json.dumps(args)!r})\n"
    return head + textwrap.dedent(code)


def strace_counts(code: str, args: dict[str, Any]) -> dict[str, int]:
    """How many of each writing system call the operation makes, run to the end under strace."""
    with tempfile.TemporaryDirectory(prefix="shop-strace-") as scratch:
        log = Path(scratch) / "calls"
        trace = ",".join(STRACED)
        command = ["strace", "-f", "-qq", "-o", str(log), "-e", f"trace={trace}", sys.executable, "-c"]
        child = subprocess.run([*command, _plain_script(code, args)], cwd=ROOT, capture_output=True, text=True)
        if child.returncode != 0:
            raise AssertionError(child.stderr)
        counts: dict[str, int] = {}
        for line in log.read_text().splitlines():
            name = line.split(None, 1)[-1].split("(", 1)[0].strip()
            if name in STRACED:
                counts[name] = counts.get(name, 0) + 1
    return counts


def strace_killed_at(code: str, args: dict[str, Any], call: str, n: int) -> int:
    """Run with SIGKILL delivered at the nth `call`; returns the exit status (-9 when it was killed)."""
    command = ["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"trace={call}"]
    command += ["-e", f"inject={call}:signal=KILL:when={n}", sys.executable, "-c", _plain_script(code, args)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120).returncode
