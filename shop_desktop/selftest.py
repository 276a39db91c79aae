"""`shop-desktop --self-test`: prove a new install works, in seconds, without touching real data.

Everything happens in a throwaway vault in a temporary folder that is removed afterwards. One
line per check; exit code 0 only if every check passed. IT staff run it on the centre PC after
installing or copying the program folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from shop_desktop import __version__

SELF_TEST_PASS = "self test throwaway passphrase"


class Checks:
    def __init__(self) -> None:
        self.failed = 0
        self.state: dict[str, Any] = {}

    def run(self, name: str, check: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = check()
        except Exception as error:  # a self-test reports every failure and carries on
            self.failed += 1
            print(f"FAIL  {name}: {type(error).__name__}: {error}", flush=True)
            return
        print(
            f"ok    {name} ({(time.perf_counter() - started) * 1000:.0f} ms){': ' + detail if detail else ''}",
            flush=True,
        )


def run_self_test() -> int:
    from shop_desktop.core.store import crypto

    print(f"SHOP Desktop {__version__} self-test (Python {sys.version.split()[0]}, {sys.platform})", flush=True)
    checks = Checks()
    with tempfile.TemporaryDirectory(prefix="shop-selftest-") as scratch:
        root = Path(scratch)
        kdf = crypto.KdfParams(os.urandom(16), iterations=1, lanes=1, memory_kib=8 * 1024)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("encrypted vault created (SQLCipher)", lambda: _create(checks, root, kdf)),
            ("a client and a visit written and read back", lambda: _record(checks)),
            ("backup written and verified", lambda: _backup(checks, root)),
            ("backup restored into a new folder", lambda: _restore(checks, root)),
            ("funder report rendered to PDF", lambda: _report(checks)),
            ("referral slip rendered to PDF", lambda: _slip(checks)),
            ("Qt: sign-in window with fonts and icons", lambda: _window(root)),
            ("Qt binding keeps Python's reference counts (no leak)", _binding_canary),
        ]
        for name, step in steps:
            checks.run(name, step)
        vault = checks.state.get("vault")
        if vault is not None:
            vault.lock()
    print("All checks passed." if not checks.failed else f"{checks.failed} check(s) failed.", flush=True)
    return 0 if not checks.failed else 1


def _create(checks: Checks, root: Path, kdf: Any) -> str:
    from shop_desktop.core.store.vault import Vault

    vault, _ = Vault.create(
        root / "vault",
        centre_name="Self-test Centre",
        username="selftest",
        display_name="Self Test",
        passphrase=SELF_TEST_PASS,
        kdf=kdf,
    )
    checks.state["vault"] = vault
    cipher = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
    header = (root / "vault" / "shop.db").read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise RuntimeError("the database file is not encrypted")
    return f"SQLCipher {cipher}"


def _record(checks: Checks) -> str:
    from shop_desktop.core.desk import clients, visits
    from shop_desktop.core.desk.clients import ClientDetails, Consent

    vault = checks.state["vault"]
    client = clients.register_client(
        vault, ClientDetails(alias="Tk'emlúps Test 🌱"), Consent(keep_record=True, alias_on_slips=True)
    )
    service = next(s.id for s in visits.service_catalog(vault) if s.kind != "supply")
    visits.check_in(vault, client.id, {service: 1})
    found = clients.search(vault, "tk'emlups")
    if not found or found[0].alias != "Tk'emlúps Test 🌱":
        raise RuntimeError("the client could not be found again")
    checks.state["client"] = client
    return ""


def _backup(checks: Checks, root: Path) -> str:
    from shop_desktop.core.backup import backup

    (root / "usb").mkdir()
    made = backup.make_backup(backup.prepare_backup(checks.state["vault"], root / "usb"))
    checks.state["backup"] = made
    return f"fingerprint {made.fingerprint}"


def _restore(checks: Checks, root: Path) -> str:
    from shop_desktop.core.backup import backup, restore

    opened = backup.open_backup(checks.state["backup"].path, "selftest", SELF_TEST_PASS)
    result = restore.restore_backup(opened, root / "restored")
    return f"{result.counts.get('clients', 0)} client(s)"


def _report(checks: Checks) -> str:
    from shop_desktop.core.figures.report_figures import Period, begin_report
    from shop_desktop.reports.funder_report import build_funder_report_pdf

    vault = checks.state["vault"]
    today = date.today()
    run = begin_report(vault, Period.custom(date(today.year, 1, 1), today))
    pdf = build_funder_report_pdf(run.figures(vault.conn), run.centre_name, run.made_by, datetime.now(), run.threshold)
    return _pdf_check(pdf)


def _slip(checks: Checks) -> str:
    from dataclasses import fields

    from shop_desktop.core.care.referrals import ReferralSlip
    from shop_desktop.reports.referral_slip import build_referral_slip

    values = {f.name: "Tk'emlúps te Secwépemc Health" for f in fields(ReferralSlip)}
    values.update(number="R-2026-0001", referred_on=date.today().isoformat(), shows_alias=False)
    return _pdf_check(build_referral_slip(ReferralSlip(**values)))


def _pdf_check(pdf: bytes) -> str:
    if not pdf.startswith(b"%PDF") or b"FontFile2" not in pdf:
        raise RuntimeError("the PDF is not valid or has no embedded font")
    return f"{len(pdf) // 1024} KB"


def _window(root: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from shop_desktop.gui.shell.app import AppController, configure_application

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    controller = AppController(root / "vault")
    window = controller.start()
    app.processEvents()
    image = window.grab()
    window.close()
    if image.isNull() or image.width() < 200:
        raise RuntimeError("the window did not draw")
    return f"{QApplication.font().family()}, {image.width()}x{image.height()}"


def _binding_canary() -> str:
    from shop_desktop.gui.shell.canary import binding_canary

    return binding_canary()
