"""The benchmark's steps. Run as `python bench/steps.py STEP CACHE SCALE_JSON`; prints one JSON line.

Each step opens the cached vault, does its work several times, and reports the
median, the same work on the unencrypted copy where that makes sense, and the
process's peak memory.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shop_desktop.core import db, migrations  # noqa: E402
from shop_desktop.core.instance_lock import InstanceLock  # noqa: E402
from shop_desktop.core.vault import Vault  # noqa: E402

BENCH_PASS = "benchmark vault passphrase only"
PLAIN_NAME = "plain.db"
SEED = 20261125

Outcome = dict[str, Any]


@dataclass(frozen=True)
class Step:
    name: str
    label: str
    goal: str
    limit_seconds: float | None = None
    limit_ratio: float | None = None
    run: Callable[[Path, dict[str, int]], Outcome] | None = None

    def met(self, outcome: Outcome) -> bool | None:
        checks = []
        seconds, plain = outcome.get("seconds"), outcome.get("plain_seconds")
        if self.limit_seconds is not None and isinstance(seconds, float):
            checks.append(seconds <= self.limit_seconds)
        if self.limit_ratio is not None and isinstance(seconds, float) and isinstance(plain, float) and plain:
            checks.append(seconds / plain <= self.limit_ratio)
        peak = outcome.get("peak_mb")
        if isinstance(peak, int | float):
            checks.append(peak < 300)
        return all(checks) if checks else None


# --- building the vaults ----------------------------------------------------------------


def ensure_vaults(cache: Path, scale: dict[str, int], *, rebuild: bool = False) -> bool:
    """Build the encrypted vault and its plain copy unless a matching one is cached."""
    stamp = {"scale": scale, "schema": migrations.LATEST, "seed": SEED}
    marker = cache / "built.json"
    if not rebuild and marker.exists() and json.loads(marker.read_text()) == stamp:
        return False
    if cache.exists():
        shutil.rmtree(cache)
    cache.mkdir(parents=True)
    build_vault(cache / "vault", scale)
    export_plain(cache)
    marker.write_text(json.dumps(stamp))
    return True


def build_vault(folder: Path, scale: dict[str, int]) -> None:
    from shop_desktop.core import demo

    plan = demo.DemoScale(
        clients=scale["clients"],
        days=days_for(scale),
        visits=scale["visits"],
        notes=scale["notes"],
        referrals=scale["referrals"],
        alerts=scale["alerts"],
    )
    result = demo.create_demo_vault(folder, seed=SEED, scale=plan, shared_passphrase=BENCH_PASS)
    result.vault.lock()


def days_for(scale: dict[str, int]) -> int:
    """About 55 visits a day for a busy centre: 400,000 visits is twenty years."""
    return max(30, scale["visits"] // 55)


def export_plain(cache: Path) -> None:
    vault = open_vault(cache)
    try:
        vault.conn.execute(f"ATTACH DATABASE '{cache / PLAIN_NAME}' AS plain KEY ''")
        vault.conn.execute("SELECT sqlcipher_export('plain')")
        vault.conn.execute(f"PRAGMA plain.user_version = {migrations.LATEST}")
        vault.conn.execute("DETACH DATABASE plain")
    finally:
        vault.lock()


def open_vault(cache: Path) -> Vault:
    return Vault.open(cache / "vault", "coordinator", BENCH_PASS)


def plain_session(vault: Vault, cache: Path) -> Vault:
    """The same signed-in session, but on the unencrypted copy: identical code, no cipher."""
    conn = db.sqlcipher.connect(str(cache / PLAIN_NAME), isolation_level=None)
    db.configure(conn)
    session = Vault(cache, conn, vault.keys, vault._session(), vault.user, InstanceLock(cache), vault.open_epoch)
    return session


@contextmanager
def sessions(cache: Path) -> Iterator[tuple[Vault, Vault]]:
    """(encrypted session, the same session on the plain copy), both closed afterwards."""
    vault = open_vault(cache)
    plain = plain_session(vault, cache)
    try:
        yield vault, plain
    finally:
        plain.conn.close()
        vault.lock()


# --- measuring ----------------------------------------------------------------------------


def peak_mb() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / (1024 * 1024)


def median_time(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


# --- the steps ------------------------------------------------------------------------------


def step_unlock(cache: Path, scale: dict[str, int]) -> Outcome:
    def unlock() -> None:
        open_vault(cache).lock()

    return {"seconds": median_time(unlock, runs=3), "note": "Argon2id cost is on purpose (0.3-1 s)"}


def step_startup(cache: Path, scale: dict[str, int]) -> Outcome:
    probe = ROOT / "bench" / "startup_probe.py"

    def launch(kind: str) -> float:
        started = time.time()
        out = subprocess.run(
            [sys.executable, str(probe), kind, str(cache / "vault")],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return float(out.stdout.strip().splitlines()[-1]) - started

    bare = statistics.median(launch("bare") for _ in range(3))
    app = statistics.median(launch("app") for _ in range(3))  # the last children: the app's own peak
    child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": app, "plain_seconds": bare, "note": "plain = a bare PySide6 window", "peak_mb": child_kib / 1024}


def step_audit_verify(cache: Path, scale: dict[str, int]) -> Outcome:

    vault = open_vault(cache)
    try:
        seconds = median_time(lambda: vault.verify_audit(), runs=3)
    finally:
        vault.lock()
    return {"seconds": seconds}


def _queries(vault: Vault, count: int = 60) -> list[str]:
    """What a front desk types: the first 2-4 letters of real aliases, some codes, a few misses."""
    rng = random.Random(SEED)
    rows = vault.conn.execute("SELECT alias, code FROM clients WHERE status = 'active' ORDER BY id").fetchall()
    typed = []
    for _ in range(count):
        alias, code = rng.choice(rows)
        kind = rng.random()
        typed.append(code.lower() if kind < 0.2 else "zzq" if kind < 0.25 else alias[: rng.randint(2, 4)])
    return typed


def _timed_each(work: Callable[[str], object], items: list[str]) -> list[float]:
    times = []
    for item in items:
        started = time.perf_counter()
        work(item)
        times.append(time.perf_counter() - started)
    return times


def step_search(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core import clients

    with sessions(cache) as (vault, plain):
        typed = _queries(vault)
        clients.search(vault, "warm up")
        secure = _timed_each(lambda q: clients.search(vault, q), typed)
        bare = _timed_each(lambda q: clients.search(plain, q), typed)
    return {
        "seconds": percentile(secure, 0.95),
        "plain_seconds": percentile(bare, 0.95),
        "note": f"p50 {statistics.median(secure) * 1000:.1f} ms (plain {statistics.median(bare) * 1000:.1f} ms)"
        f", {len(typed)} queries",
    }


def _alert_queries(vault: Vault, count: int = 16) -> list[str]:
    """What a worker screening a date types, keystroke by keystroke: numbers in any format, part of a
    plate, a handle, words of a description, and a few misses."""
    rng = random.Random(SEED)
    rows = vault.conn.execute("SELECT phones, plate, handles, hair, vehicle_make FROM alerts ORDER BY id").fetchall()
    if not rows:
        return []
    whole = []
    for index in range(count):
        phones, plate, handles, hair, make = rng.choice(rows)
        choices = [p for p in (phones, (plate or "")[-3:], handles, f"{hair or ''} {make or ''}".strip()) if p]
        whole.append("(250) 555-0999" if index % 8 == 7 else rng.choice(choices))
    return [text[:end] for text in whole for end in range(2, len(text) + 1)]


def step_alert_search(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core import alerts

    with sessions(cache) as (vault, plain):
        typed = _alert_queries(vault)
        if not typed:
            return {"skipped": "no alerts in the demo vault yet"}
        alerts.search(vault, "warm up")
        secure = _timed_each(lambda q: alerts.search(vault, q), typed)
        bare = _timed_each(lambda q: alerts.search(plain, q), typed)
        total = vault.conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
    return {
        "seconds": percentile(secure, 0.95),
        "plain_seconds": percentile(bare, 0.95),
        "note": f"p50 {statistics.median(secure) * 1000:.1f} ms (plain {statistics.median(bare) * 1000:.1f} ms)"
        f", {len(typed)} keystrokes over {total:,} alerts",
    }


def _check_in_times(session: Vault, client_ids: list[int], service: int) -> list[float]:
    from shop_desktop.core import visits

    return _timed_each(lambda cid: visits.check_in(session, int(cid), {service: 1}), [str(c) for c in client_ids])


def step_checkin(cache: Path, scale: dict[str, int]) -> Outcome:
    """Copies of the vaults, so the cached ones stay as built."""
    import tempfile

    with tempfile.TemporaryDirectory(dir=cache) as scratch:
        work = Path(scratch)
        shutil.copytree(cache / "vault", work / "vault")
        shutil.copy2(cache / PLAIN_NAME, work / PLAIN_NAME)
        with sessions(work) as (vault, plain):
            ids = [
                r[0]
                for r in vault.conn.execute(
                    "SELECT c.id FROM clients c WHERE status = 'active' AND EXISTS (SELECT 1 FROM consents"
                    " WHERE client_id = c.id) ORDER BY id LIMIT 40"
                )
            ]
            meal = vault.conn.execute("SELECT id FROM services WHERE name = 'Meal'").fetchone()[0]
            secure = _check_in_times(vault, ids[:20], meal)
            bare = _check_in_times(plain, ids[20:], meal)
    return {
        "seconds": statistics.median(secure),
        "plain_seconds": statistics.median(bare),
        "note": f"p95 {percentile(secure, 0.95) * 1000:.1f} ms; audited, fsync'd (synchronous=FULL)",
    }


def step_today(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core import visits

    with sessions(cache) as (vault, plain):
        busiest = vault.conn.execute("SELECT day FROM visits GROUP BY day ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        secure = median_time(lambda: visits.visits_on(vault, busiest), runs=9)
        bare = median_time(lambda: visits.visits_on(plain, busiest), runs=9)
        count = len(visits.visits_on(vault, busiest))
    return {"seconds": secure, "plain_seconds": bare, "note": f"busiest day: {count} visits"}


def step_note_search(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core import notes

    with sessions(cache) as (vault, plain):
        total = vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
        if not total:
            return {"skipped": "no notes in the demo vault yet"}
        # A word no note has: every note is decrypted and scanned (the worst case).
        secure = median_time(lambda: notes.search_notes(vault, "xylophone"), runs=3)
        bare = median_time(lambda: notes.search_notes(plain, "xylophone"), runs=3)
    return {"seconds": secure, "plain_seconds": bare, "note": f"{total:,} notes decrypted in memory"}


def step_timeline(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core import timeline

    with sessions(cache) as (vault, plain):
        heaviest, count = vault.conn.execute(
            "SELECT client_id, count(*) FROM visits WHERE client_id IS NOT NULL GROUP BY client_id"
            " ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        secure = median_time(lambda: timeline.client_timeline(vault, heaviest), runs=5)
        bare = median_time(lambda: timeline.client_timeline(plain, heaviest), runs=5)
        entries = len(timeline.client_timeline(vault, heaviest))
    return {"seconds": secure, "plain_seconds": bare, "note": f"{entries:,} entries ({count:,} visits)"}


def _busiest_fiscal_year(vault: Vault) -> Any:
    from shop_desktop.core.report_figures import Period

    row = vault.conn.execute(
        "SELECT CASE WHEN substr(day, 6, 2) >= '04' THEN substr(day, 1, 4) ELSE substr(day, 1, 4) - 1 END AS fy"
        " FROM visits GROUP BY fy ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return Period.fiscal_year(int(row[0]))


def _report_pdf(session: Vault, period: Any) -> bytes:
    from shop_desktop.core.report_figures import begin_report
    from shop_desktop.reports.funder_report import build_funder_report_pdf

    run = begin_report(session, period)
    figures = run.figures(session.conn)
    return build_funder_report_pdf(figures, run.centre_name, run.made_by, run.made_at, run.threshold)


def step_report(cache: Path, scale: dict[str, int]) -> Outcome:
    with sessions(cache) as (vault, plain):
        period = _busiest_fiscal_year(vault)
        secure = median_time(lambda: _report_pdf(vault, period), runs=3)
        bare = median_time(lambda: _report_pdf(plain, period), runs=3)
        visits = vault.conn.execute(
            "SELECT count(*) FROM visits WHERE day BETWEEN ? AND ?", period.day_range
        ).fetchone()[0]
    return {"seconds": secure, "plain_seconds": bare, "note": f"{period.label}: {visits:,} visits"}


def _plain_copy(cache: Path, target: Path) -> None:
    shutil.copyfile(cache / "vault" / "shop.db", target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())  # the backup is fsynced too: compare like with like


def step_backup(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core import backup

    out = cache / "backup-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    vault = open_vault(cache)
    try:
        plan = backup.prepare_backup(vault, out)
        secure = median_time(lambda: backup.make_backup(plan), runs=3)
    finally:
        vault.lock()
    bare = median_time(lambda: _plain_copy(cache, out / "plain-copy.db"), runs=3)
    size = (cache / "vault" / "shop.db").stat().st_size / 1e6
    shutil.rmtree(out, ignore_errors=True)
    return {
        "seconds": secure,
        "plain_seconds": bare,
        "note": f"{size:,.0f} MB vault; snapshot, encrypt, fsync, read back and verify",
    }


def step_restore(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core import backup, restore

    out = cache / "backup-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    vault = open_vault(cache)
    try:
        made = backup.make_backup(backup.prepare_backup(vault, out))
    finally:
        vault.lock()
    opened = backup.open_backup(made.path, "coordinator", BENCH_PASS)

    def restore_once() -> None:
        target = out / "restored"
        shutil.rmtree(target, ignore_errors=True)
        restore.restore_backup(opened, target)

    secure = median_time(restore_once, runs=3)
    bare = median_time(lambda: _plain_copy(cache, out / "plain-copy.db"), runs=3)
    shutil.rmtree(out, ignore_errors=True)
    return {
        "seconds": secure,
        "plain_seconds": bare,
        "note": "decrypt, SQLCipher/SQLite/foreign-key/count/audit-chain checks, swap",
    }


FROZEN = ROOT / "dist" / "shop-desktop" / ("shop-desktop.exe" if sys.platform == "win32" else "shop-desktop")


def _launch_to_window(command: list[str], cache: Path) -> float:
    env = {**os.environ, "SHOP_DESKTOP_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run(
        [*command, "--data-dir", str(cache / "vault")], capture_output=True, text=True, timeout=120, check=True, env=env
    )
    return float(out.stdout.strip().splitlines()[-1]) - started


def step_frozen_startup(cache: Path, scale: dict[str, int]) -> Outcome:
    if not FROZEN.exists():
        return {"skipped": "no build: run pyinstaller build.spec first"}
    source = statistics.median(_launch_to_window([sys.executable, "-m", "shop_desktop"], cache) for _ in range(3))
    frozen = statistics.median(_launch_to_window([str(FROZEN)], cache) for _ in range(3))
    size = sum(p.stat().st_size for p in FROZEN.parent.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    return {"seconds": frozen, "plain_seconds": source, "note": f"build folder {size:,.0f} MB; plain = from source"}


STEPS: list[Step] = [
    Step("startup", "start to sign-in window", "within 2x a bare PySide6 window", limit_ratio=2.0, run=step_startup),
    Step("unlock", "unlock (sign in)", "0.3-1 s on purpose", limit_seconds=1.2, run=step_unlock),
    Step("search", "search-as-you-type p95", "under 20 ms", limit_seconds=0.020, run=step_search),
    Step("alert_search", "aggressor alert lookup p95", "under 20 ms", limit_seconds=0.020, run=step_alert_search),
    Step("checkin", "check-in save (median)", "under 20 ms", limit_seconds=0.020, run=step_checkin),
    Step("today", "today's list (busiest day)", "instant (under 50 ms)", limit_seconds=0.050, run=step_today),
    Step("note_search", "note search over all notes", "under 2 s", limit_seconds=2.0, run=step_note_search),
    Step("audit_verify", "verify the audit trail", "seconds", run=step_audit_verify),
    Step("timeline", "heaviest client's timeline", "under 200 ms", limit_seconds=0.2, run=step_timeline),
    Step("report", "fiscal-year funder report to PDF", "under 3 s", limit_seconds=3.0, run=step_report),
    Step("backup", "backup and verify", "within 3x a plain file copy", limit_ratio=3.0, run=step_backup),
    Step("restore", "verified restore", "seconds", run=step_restore),
    Step(
        "frozen_startup",
        "built program: start to sign-in window",
        "about 1x the source checkout",
        limit_ratio=1.5,
        run=step_frozen_startup,
    ),
]


def main(argv: list[str]) -> int:
    name, cache, scale = argv[0], Path(argv[1]), json.loads(argv[2])
    step = next(s for s in STEPS if s.name == name)
    outcome = step.run(cache, scale) if step.run else {"skipped": "feature not built yet"}
    outcome.setdefault("peak_mb", peak_mb())
    print(json.dumps(outcome))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
