"""A deterministic kill harness: run an operation in a child process and stop it dead at its Nth
write, fsync, rename, mkdir or unlink (every one goes through core/journal.py's seam).

    points = count_points(code)          # run once to the end: the operations it makes, in order
    for n in range(1, len(points) + 1):
        killed_at(code, n)               # the child exits with KILLED just before operation n
        ... assert what the next start must find ...

`code` is Python run in the child after the hook is installed; it may read `ARGS` (a dict the
test passes in). os._exit skips every cleanup, like a power cut for everything already handed to
the kernel. Writes SQLite makes itself are not counted here: SQLite's own journal covers those.
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
import json, os, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from shop_desktop.core import journal
ARGS = json.loads({args!r})
KILL_AT = {kill_at}
seen = []
def _stop_here(kind, path):
    seen.append(kind + " " + path.name)
    if len(seen) == KILL_AT:
        Path({log!r}).write_text(json.dumps(seen))
        os._exit({killed})
journal.set_hook(_stop_here)
"""
EPILOGUE = """
Path({log!r}).write_text(json.dumps(seen))
"""


def _run(code: str, args: dict[str, Any], kill_at: int) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    with tempfile.TemporaryDirectory(prefix="shop-kill-") as scratch:
        log = str(Path(scratch) / "points.json")
        fill = {"root": str(ROOT), "args": json.dumps(args), "kill_at": kill_at, "log": log, "killed": KILLED}
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


def killed_at(code: str, args: dict[str, Any], n: int) -> list[str]:
    """Run and stop dead just before operation n; returns the operations up to and including it."""
    child, points = _run(code, args, kill_at=n)
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
