"""`shop-desktop report` releases what it writes, and offers the standard periods."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS
from tests.test_cli import run


def _report(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path, *period: str) -> tuple:
    common = ["--data-dir", str(folder), "--user", "coordinator", "--passphrase-stdin"]
    out = folder.parent / f"report-{len(list(folder.parent.glob('report-*')))}.pdf"
    return run(monkeypatch, capsys, "report", *common, *period, "--out", str(out), stdin=COORDINATOR_PASS + "\n")


def test_each_written_report_is_in_the_release_register(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.lock()
    code, out, _ = _report(monkeypatch, capsys, vault_dir, "--month", "2026-11")
    assert code == 0 and "November 2026" in out
    code, out, _ = _report(monkeypatch, capsys, vault_dir, "--fiscal-year", "2026")
    assert code == 0 and "Fiscal year 2026" in out
    code, _, err = _report(monkeypatch, capsys, vault_dir, "--from", "2026-11-30", "--to", "2026-11-30")
    assert code == 0 and "shorter than 28 days" in err
    code, _, err = _report(monkeypatch, capsys, vault_dir)
    assert code != 0 and "--month" in err
    opened = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        periods = opened.conn.execute("SELECT period_start, period_end FROM report_releases ORDER BY id").fetchall()
    finally:
        opened.lock()
    assert periods == [("2026-11-01", "2026-11-30"), ("2026-04-01", "2027-03-31"), ("2026-11-30", "2026-11-30")]
