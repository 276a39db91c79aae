"""The benchmark still runs: the same steps on a tiny vault (the full run stays out of CI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_small_benchmark_runs_every_step(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "run.py"),
            "--small",
            "--cache",
            str(tmp_path / "cache"),
            "--out",
            str(out),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    table = out.read_text(encoding="utf-8")
    for row in (
        "start to sign-in window",
        "unlock",
        "search-as-you-type p95",
        "aggressor alert lookup p95",
        "check-in save",
        "today's list",
        "note search",
        "fiscal-year funder report",
        "backup and verify",
        "verified restore",
    ):
        line = next(line for line in table.splitlines() if line.startswith(f"| {row}"))
        measured = line.split("|")[3]
        assert "failed" not in line and measured.strip().endswith((" ms", " s")), line
