"""The benchmark still runs: every row on a tiny vault (the full run stays out of CI).

The tiny run checks the harness only: its timings say nothing, so a missed goal there must not
fail it, while the same miss on the full vault must make bench/run.py exit non-zero.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import run  # noqa: E402
from bench.goals import Step  # noqa: E402

ROWS = (
    "start to sign-in window",
    "unlock (sign in)",
    "unlock, cold cache",
    "search-as-you-type p95",
    "search, cold cache",
    "aggressor alert lookup p95",
    "check-in save",
    "today's list",
    "note search",
    "verify the audit trail",
    "heaviest client's timeline",
    "timeline, cold cache",
    "fiscal-year funder report",
    "backup and verify",
    "verified restore",
    "GUI: sign-in to main window",
    "GUI: check-in screen",
    "GUI: clients registry",
    "GUI: heaviest client's history",
    "GUI: Notes screen",
    "GUI: Referrals screen",
    "GUI: Reports, fiscal-year preview",
    "GUI: Backup screen",
    "GUI: an hour's work",
    "sync: a busy day",
    "growth: verified restore",
    "growth: backup and verify",
    "growth: audit verify",
    "growth: note search",
)


def test_small_benchmark_runs_every_row_and_states_its_goal(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    finished = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--small"]
        + ["--cache", str(tmp_path / "cache"), "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert finished.returncode == 0, finished.stdout[-2000:] + finished.stderr[-2000:]
    table = out.read_text(encoding="utf-8")
    assert "audit trail of" in table.splitlines()[2]
    for row in ROWS:
        line = next((line for line in table.splitlines() if line.startswith(f"| {row}")), None)
        assert line is not None, f"no row {row!r} in\n{table}"
        cells = [cell.strip() for cell in line.split("|")[1:-1]]
        goal, measured, result = cells[1], cells[2], cells[6]
        assert goal and "failed" not in line, line
        assert measured.endswith((" ms", " s")), line
        assert result.startswith(("goal met", "MISSED")), line
    assert " / " in next(line for line in table.splitlines() if line.startswith("| growth: note search"))


def _row(step: Step, outcome: dict[str, object]) -> run.Row:
    return run.to_row(step, outcome)


def test_a_missed_goal_fails_the_full_run_but_not_the_harness_check() -> None:
    step = Step("x", "x", "under 100 ms and within 1.3x plain", {"seconds": 0.1, "ratio": 1.3})
    met = _row(step, {"seconds": 0.05, "plain_seconds": 0.045, "peak_mb": 120.0})
    slow = _row(step, {"seconds": 0.12, "plain_seconds": 0.2, "peak_mb": 120.0})
    unpaired = _row(step, {"seconds": 0.05, "plain_seconds": 0.02, "peak_mb": 120.0})
    heavy = _row(step, {"seconds": 0.05, "peak_mb": 320.0})
    assert met.note.startswith("goal met") and not met.missed
    for row in (slow, unpaired, heavy):
        assert row.missed and row.note.startswith("MISSED"), row
    assert run.exit_code([met], small=False) == 0
    assert run.exit_code([met, slow], small=False) == 1
    assert run.exit_code([met, slow], small=True) == 0
    broken = _row(step, {"error": "boom"})
    assert run.exit_code([met, broken], small=True) == 2


def test_growth_exponent_is_the_slope_on_a_log_log_scale() -> None:
    from bench.measure import growth_exponent

    assert abs(growth_exponent([1, 2, 4], [3.0, 6.0, 12.0]) - 1.0) < 1e-9
    assert abs(growth_exponent([1, 2, 4], [3.2, 8.3, 20.6]) - 1.34) < 0.01  # the restore the issue measured


def test_a_goal_that_was_not_measured_is_not_met() -> None:
    step = Step("x", "x", "under 100 ms and within 1.3x plain", {"seconds": 0.1, "ratio": 1.3})
    blind = Step("y", "y", "GUI never blocked over 100 ms", {"blocked_seconds": 0.1})
    unpaired = _row(step, {"seconds": 0.05, "peak_mb": 120.0})  # no plain side: the ratio was never checked
    unblocked = _row(blind, {"seconds": 0.05, "peak_mb": 120.0})
    skipped = _row(step, {"skipped": "no build"})
    for row in (unpaired, unblocked, skipped):
        assert row.missed and "not measured" in row.note, row
    assert run.exit_code([skipped], small=False) == 1
