"""The sync row: a day at a busy centre (300 check-ins, 40 notes, 50 outreach contacts) bundled on the
centre PC, applied on an office PC, and verified there, each under 2 s; the bundle's size reported.

Both vaults are made here (the office one by Add a device and Join, as a person would) and brought in
step by one untimed exchange first, so the timed exchange carries exactly the day's changes. The
centre is a copy of the benchmark's cached vault, so the diff runs against years of history.
"Verified" is what a coordinator's check does after the day's exchange, on each PC: its audit trail
(every device's chain) from its last signed checkpoint, and the office holding the day; the row's
time is the slower of the two devices' checks (each PC checks its own, at the same time).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from bench.goals import Outcome, Step
from bench.vaults import BENCH_PASS
from shop_desktop.core.store.vault import Vault

DAY = {"check-ins": 300, "notes": 40, "outreach contacts": 50}
LIMIT = 2.0  # seconds, for each of bundling, applying and verifying


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    result = work()
    return time.perf_counter() - began, result


def _exchange(vault: Vault) -> Any:
    """One Sync now, as the screen runs it: prepare, the worker half (here on this thread), finish."""
    from shop_desktop.core.sync import syncing

    plan = syncing.prepare(vault)
    result = syncing.run(plan, lambda _fraction, _words: None, lambda: False)
    syncing.finish(vault, result)
    assert not result.refused, result.refused
    return result


def _pair(work: Path, cache: Path) -> tuple[Vault, Vault, Path]:
    """The centre (a copy of the cached vault), an office PC enrolled from it, one sync folder."""
    from shop_desktop.core.sync import devices, enrollment, syncing

    shutil.copytree(cache / "vault", work / "centre")
    folder = work / "sync"
    folder.mkdir()
    centre = Vault.open(work / "centre", "coordinator", BENCH_PASS)
    syncing.set_folder(centre, folder)
    enrolled = devices.add(centre, "Office PC", "office", work, "coordinator")
    enrollment.join(enrolled, work / "office", "coordinator", BENCH_PASS)
    office = Vault.open(work / "office", "coordinator", BENCH_PASS)
    syncing.set_folder(office, folder)
    _exchange(centre)
    _exchange(office)  # its first bundle holds no rows: its base started equal to its replica
    _verified(office, centre)  # each device's first check walks the whole trail once and signs a checkpoint
    return centre, office, folder


def busy_day(vault: Vault) -> None:
    """300 check-ins, 40 signed notes, 5 outreach shifts of 10 contacts each."""
    from shop_desktop.core.care import notes
    from shop_desktop.core.care.notes import NoteDraft
    from shop_desktop.core.desk import outreach, visits

    clients = [  # who may check in without seeing the coordinator first (as bench/steps.py's check-in row)
        int(r[0])
        for r in vault.conn.execute(
            "SELECT c.id FROM clients c WHERE status = 'active' AND EXISTS (SELECT 1 FROM consents"
            " WHERE client_id = c.id) AND NOT EXISTS (SELECT 1 FROM restrictions r WHERE r.client_id = c.id)"
            " ORDER BY id LIMIT 300"
        )
    ]
    meal = int(vault.conn.execute("SELECT id FROM services WHERE name = 'Meal'").fetchone()[0])
    now = datetime.now()
    for n in range(DAY["check-ins"]):  # the last few hours, one every half minute (never in the future)
        visits.check_in(vault, clients[n % len(clients)], {meal: 1}, at=now - timedelta(seconds=30 * n + 30))
    for n in range(DAY["notes"]):
        body = f"Busy-day benchmark note {n}: talked through housing and safety planning."
        notes.sign_note(vault, NoteDraft(client_id=clients[n % len(clients)], note_type="counselling", body=body))
    area = outreach.add_area(vault, f"Benchmark stroll {date.today().isoformat()}", outreach.STREET)
    shift_day = date.today() - timedelta(days=1)  # logged the morning after, as outreach often is
    for n in range(DAY["outreach contacts"] // 10):
        starts, ends = clock(8 + 2 * n), clock(9 + 2 * n)
        outreach.log_shift(vault, outreach.ShiftRecord(shift_day, starts, ends, area.id, contacts=10))


def _new_bundles(folder: Path, before: set[Path]) -> list[Path]:
    return [p for p in folder.glob("*.shopsync") if p not in before]


def _verified(office: Vault, centre: Vault) -> tuple[dict[str, float], str]:
    """Both audit trails verify (every device's chain, from each one's last checkpoint) and the office
    holds the centre's day. Returns each device's check time: each PC checks its own trail, on its
    own processor, so a person waits for one of them, not for both one after the other."""
    from shop_desktop.core.store import audit_trail

    took: dict[str, float] = {}
    for name, vault in (("office", office), ("centre", centre)):
        took[name], report = _timed(lambda v=vault: audit_trail.check(v))
        assert report.ok, report.problem
    for table in ("visits", "notes", "outreach_shifts"):
        here, there = (v.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for v in (office, centre))  # noqa: S608
        assert here == there, f"{table}: office {here}, centre {there}"
    return took, f"{report.entries:,} audit entries"


def step_sync_day(cache: Path, scale: dict[str, int]) -> Outcome:
    with tempfile.TemporaryDirectory(dir=cache) as scratch:
        centre, office, folder = _pair(Path(scratch), cache)
        try:
            busy_day(centre)
            before = set(folder.glob("*.shopsync"))
            bundled, _ = _timed(lambda: _exchange(centre))
            size = sum(p.stat().st_size for p in _new_bundles(folder, before))
            applied, _ = _timed(lambda: _exchange(office))
            checks, entries = _verified(office, centre)
            verified = max(checks.values())
        finally:
            centre.lock()
            office.lock()
    return {
        "seconds": bundled + applied + verified,
        "bundle_seconds": bundled,
        "apply_seconds": applied,
        "verify_seconds": verified,
        "bundle_kb": size / 1000,
        "shown": f"bundle {bundled:.2f} s · apply {applied:.2f} s · verify {verified:.2f} s",
        "note": f"bundle {size / 1000:,.0f} kB for {', '.join(f'{v} {k}' for k, v in DAY.items())}; {entries};"
        f" verify is the slower device's own check (centre {checks['centre']:.2f} s, office {checks['office']:.2f} s)",
    }


STEPS = [
    Step(
        "sync_day",
        "sync: a busy day (300 check-ins, 40 notes, 50 outreach contacts)",
        "bundled, applied and verified, each under 2 s",
        {"bundle_seconds": LIMIT, "apply_seconds": LIMIT, "verify_seconds": LIMIT},
        step_sync_day,
    )
]
