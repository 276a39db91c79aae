"""The benchmark's core steps. `python bench/steps.py CACHE SCALE_JSON STEP...` prints a JSON line a step.

Each step opens the cached vault, does its work several times, and reports the median (or
p95), the same work on the unencrypted copy where that makes sense (paired: interleaved in
one run, after the same warm-up), and the process's peak memory. The GUI rows are in
gui_steps.py; the registry of every row, with its goal, is STEPS at the end of this file.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.goals import Outcome, Step  # noqa: E402
from bench.measure import (  # noqa: E402
    drop_from_page_cache,
    paired,
    paired_median,
    peak_mb,
    percentile,
    settled,
    timed,
    vault_files,
)
from bench.vaults import (  # noqa: E402
    BENCH_PASS,
    PLAIN_NAME,
    SEED,
    busiest_fiscal_year,
    heaviest_client,
    open_vault,
    plain_session,
    sessions,
)
from shop_desktop.core.store.vault import Vault  # noqa: E402

# --- the core steps -----------------------------------------------------------------------------


def repeats(scale: dict[str, int]) -> int:
    """Runs of a slow step: 3 (a median), or fewer where the growth rows ask (the 2x and 4x vaults)."""
    return int(scale.get("repeats", 3))


def step_unlock(cache: Path, scale: dict[str, int]) -> Outcome:
    times = [timed(lambda: open_vault(cache).lock()) for _ in range(3)]
    return {"seconds": statistics.median(times), "note": "Argon2id cost is on purpose (0.3-1 s)"}


def step_unlock_cold(cache: Path, scale: dict[str, int]) -> Outcome:
    """Sign-in as the app does it after a reboot: the vault's pages are not in the OS cache."""
    from shop_desktop.core.care import notes

    def sign_in() -> None:
        vault = open_vault(cache)
        notes.reseal_with_newest_key(vault)  # the clinical sign-in's scan for notes under older keys
        notes.my_drafts(vault)
        vault.lock()

    times = []
    for _ in range(3):
        drop_from_page_cache(vault_files(cache / "vault"))
        times.append(timed(sign_in))
    return {
        "seconds": statistics.median(times),
        "note": "vault dropped from the page cache first; with the re-seal scan",
    }


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

    launch("bare"), launch("app")  # the same warm-up on both sides
    app_times: list[float] = []
    bare_times: list[float] = []
    for index in range(4):
        order = ("app", "bare") if index % 2 == 0 else ("bare", "app")
        for kind in order:
            (app_times if kind == "app" else bare_times).append(launch(kind))
    import resource

    child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "seconds": statistics.median(app_times),
        "plain_seconds": statistics.median(bare_times),
        "note": "plain = a bare PySide6 window",
        "peak_mb": child_kib / 1024,
    }


def step_audit_verify(cache: Path, scale: dict[str, int]) -> Outcome:
    """The coordinator's everyday check (Audit screen, `audit-verify`): every link and signature
    after their newest signed checkpoint, the digest before it. Each run follows a day's worth of
    new entries. The first check of a vault (no checkpoint yet: every signature) is timed once."""
    from shop_desktop.core.store import audit_trail

    vault = open_vault(cache)
    try:
        mine = vault.conn.execute("SELECT count(*) FROM audit_checkpoints WHERE signer_id = ?", (vault.user.id,))
        first = None
        if not mine.fetchone()[0]:
            started = time.perf_counter()
            report = audit_trail.check(vault)
            first = time.perf_counter() - started
            if not report.ok:
                raise RuntimeError(f"the bench vault's audit trail does not verify: {report}")
        times, report = [], None
        for _ in range(repeats(scale)):
            _add_a_day(vault)
            started = time.perf_counter()
            report = audit_trail.check(vault)
            times.append(time.perf_counter() - started)
    finally:
        vault.lock()
    if report is None or not report.ok:
        raise RuntimeError(f"the bench vault's audit trail does not verify: {report}")
    firstly = f"; the first check ever (every signature) took {first:.1f} s" if first is not None else ""
    return {
        "seconds": statistics.median(times),
        "note": f"{report.entries:,} entries; signatures checked from entry {report.signatures_from:,} "
        f"({DAY_OF_ENTRIES:,} new since the last check), the digest before{firstly}",
    }


def _add_a_day(vault: Any) -> None:
    from shop_desktop.core.store import audit

    with vault.transaction() as conn:
        for n in range(DAY_OF_ENTRIES):
            audit.append(
                conn,
                actor_id=vault.user.id,
                sign_private=vault.secrets.sign_private,
                action="client.viewed",
                subject_type="client",
                subject_id=n + 1,
            )


DAY_OF_ENTRIES = 1_000  # about a busy day: 55 check-ins, their services, notes read and signed, sign-ins


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


def _p95_outcome(secure: list[float], bare: list[float], what: str) -> Outcome:
    return {
        "seconds": percentile(secure, 0.95),
        "plain_seconds": percentile(bare, 0.95),
        "note": f"paired; p50 {statistics.median(secure) * 1000:.1f} ms (plain {statistics.median(bare) * 1000:.1f} ms)"
        f", {what}",
    }


def step_search(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core.desk import clients

    with sessions(cache) as (vault, plain):
        typed = _queries(vault)
        secure, bare = paired(lambda q: clients.search(vault, q), lambda q: clients.search(plain, q), typed, warm_up=5)
    return _p95_outcome(secure, bare, f"{len(typed)} queries")


def _cold_first(cache: Path, work: Callable[[Vault], object], runs: int = 3) -> tuple[list[float], list[float]]:
    """The first `work` after the files left the page cache, on a fresh connection each time,
    encrypted and plain alternating which goes first."""
    secure_times: list[float] = []
    plain_times: list[float] = []
    for index in range(runs):
        vault = open_vault(cache)
        plain = plain_session(vault, cache)
        try:
            drop_from_page_cache([*vault_files(cache / "vault"), cache / PLAIN_NAME])
            sides = [(vault, secure_times), (plain, plain_times)]
            for session, times in sides if index % 2 == 0 else reversed(sides):
                times.append(timed(lambda s=session: work(s)))
        finally:
            plain.conn.close()
            vault.lock()
    return secure_times, plain_times


def step_search_cold(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core.desk import clients

    with sessions(cache) as (vault, _plain):
        first = _queries(vault, 1)[0]
    secure, bare = _cold_first(cache, lambda s: clients.search(s, first))
    return {
        "seconds": statistics.median(secure),
        "plain_seconds": statistics.median(bare),
        "note": "first keystroke after the vault left the page cache, median of 3",
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
    from shop_desktop.core.safety import alerts

    with sessions(cache) as (vault, plain):
        typed = _alert_queries(vault)
        if not typed:
            return {"skipped": "no alerts in the demo vault yet"}
        secure, bare = paired(lambda q: alerts.search(vault, q), lambda q: alerts.search(plain, q), typed, warm_up=5)
        total = vault.conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
    return _p95_outcome(secure, bare, f"{len(typed)} keystrokes over {total:,} alerts")


def step_checkin(cache: Path, scale: dict[str, int]) -> Outcome:
    """Copies of the vaults, so the cached ones stay as built."""
    from shop_desktop.core.desk import visits

    with tempfile.TemporaryDirectory(dir=cache) as scratch:
        work = Path(scratch)
        shutil.copytree(cache / "vault", work / "vault")
        shutil.copy2(cache / PLAIN_NAME, work / PLAIN_NAME)
        with sessions(work) as (vault, plain):
            ids = [
                r[0]
                for r in vault.conn.execute(
                    "SELECT c.id FROM clients c WHERE status = 'active' AND EXISTS (SELECT 1 FROM consents"
                    " WHERE client_id = c.id) AND NOT EXISTS (SELECT 1 FROM restrictions r WHERE r.client_id = c.id)"
                    " ORDER BY id LIMIT 41"
                )
            ]
            meal = vault.conn.execute("SELECT id FROM services WHERE name = 'Meal'").fetchone()[0]
            secure, bare = paired(
                lambda cid: visits.check_in(vault, int(cid), {meal: 1}),
                lambda cid: visits.check_in(plain, int(cid), {meal: 1}),
                ids,
            )
    return {
        "seconds": statistics.median(secure),
        "plain_seconds": statistics.median(bare),
        "note": f"paired; p95 {percentile(secure, 0.95) * 1000:.1f} ms; audited, fsync'd (synchronous=FULL)",
    }


def step_today(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core.desk import visits

    with sessions(cache) as (vault, plain):
        busiest = vault.conn.execute("SELECT day FROM visits GROUP BY day ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        secure, bare = paired_median(
            lambda: visits.visits_on(vault, busiest), lambda: visits.visits_on(plain, busiest), 9
        )
        count = len(visits.visits_on(vault, busiest))
    return {"seconds": secure, "plain_seconds": bare, "note": f"paired; busiest day: {count} visits"}


def step_note_search(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core.care import notes

    with sessions(cache) as (vault, plain):
        total = vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
        if not total:
            return {"skipped": "no notes in the demo vault yet"}
        # A word no note has: every note is decrypted and scanned (the worst case).
        secure, bare = paired_median(
            lambda: notes.search_notes(vault, "xylophone"),
            lambda: notes.search_notes(plain, "xylophone"),
            repeats(scale),
        )
    return {"seconds": secure, "plain_seconds": bare, "note": f"paired; {total:,} notes decrypted in memory"}


def step_timeline(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core.desk import timeline

    with sessions(cache) as (vault, plain):
        heaviest = heaviest_client(vault)
        secure, bare = paired_median(
            lambda: timeline.client_timeline(vault, heaviest), lambda: timeline.client_timeline(plain, heaviest), 5
        )
        entries = len(timeline.client_timeline(vault, heaviest))
    return {"seconds": secure, "plain_seconds": bare, "note": f"paired; core query only; {entries:,} entries"}


def step_timeline_cold(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core.desk import timeline

    with sessions(cache) as (vault, _plain):
        heaviest = heaviest_client(vault)
    secure, bare = _cold_first(cache, lambda s: timeline.client_timeline(s, heaviest))
    return {
        "seconds": statistics.median(secure),
        "plain_seconds": statistics.median(bare),
        "note": "the heaviest client, after the vault left the page cache, median of 3",
    }


def _report_pdf(session: Vault, period: Any) -> bytes:
    from shop_desktop.core.figures.report_figures import begin_report
    from shop_desktop.reports.funder_report import build_funder_report_pdf

    run = begin_report(session, period)
    figures = run.figures(session.conn)
    return build_funder_report_pdf(figures, run.centre_name, run.made_by, run.made_at, run.threshold)


def step_report(cache: Path, scale: dict[str, int]) -> Outcome:
    with sessions(cache) as (vault, plain):
        period = busiest_fiscal_year(vault)
        secure, bare = paired_median(lambda: _report_pdf(vault, period), lambda: _report_pdf(plain, period), 3)
        visits = vault.conn.execute(
            "SELECT count(*) FROM visits WHERE day BETWEEN ? AND ?", period.day_range
        ).fetchone()[0]
    return {"seconds": secure, "plain_seconds": bare, "note": f"paired; {period.label}: {visits:,} visits"}


def _plain_copy(cache: Path, target: Path) -> None:
    shutil.copyfile(cache / "vault" / "shop.db", target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())  # the backup is fsynced too: compare like with like


def _plain_copy_read_back(cache: Path, target: Path) -> None:
    """The plain copy, then read back from the drive as the backup's check reads its file."""
    _plain_copy(cache, target)
    with open(target, "rb") as handle:
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        while handle.read(1 << 20):
            pass


def step_backup(cache: Path, scale: dict[str, int]) -> Outcome:
    from shop_desktop.core.backup import backup

    out = cache / "backup-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    vault = open_vault(cache)
    try:
        plan = backup.prepare_backup(vault, out)
        secure, bare = paired_median(
            lambda: backup.make_backup(plan),
            lambda: _plain_copy(cache, out / "plain-copy.db"),
            repeats(scale),
            0,
            settled(out),
        )
        # Not the goal, but what it leaves out: a plain copy that checks itself as a backup must.
        _, read_back = paired_median(
            lambda: None, lambda: _plain_copy_read_back(cache, out / "plain-copy.db"), repeats(scale), 0, settled(out)
        )
    finally:
        vault.lock()
    size = (cache / "vault" / "shop.db").stat().st_size / 1e6
    shutil.rmtree(out, ignore_errors=True)
    return {
        "seconds": secure,
        "plain_seconds": bare,
        "size_mb": size,
        "note": f"paired, each run on a settled disk; {size:,.0f} MB vault; read in place, encrypt, fsync, read "
        f"back from the drive and verify; a plain copy read back from the drive takes {read_back:.2f} s "
        f"({secure / read_back:.2f}x)",
    }


def step_restore(cache: Path, scale: dict[str, int]) -> Outcome:
    """As the Backup screen does it: open the file (one Argon2id), verify it, then restore."""
    from shop_desktop.core.backup import backup, restore

    out = cache / "backup-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    vault = open_vault(cache)
    try:
        made = backup.make_backup(backup.prepare_backup(vault, out))
    finally:
        vault.lock()

    def restore_once() -> None:
        target = out / "restored"
        opened = backup.open_backup(made.path, "coordinator", BENCH_PASS)
        checked = restore.verify_backup(opened)  # the screen shows "every check passed" first
        restore.restore_backup(opened, target, checked=checked)

    # No warm-up run: each restore takes minutes at this size, and ABBA order treats both sides alike.
    secure, bare = paired_median(
        restore_once, lambda: _plain_copy(cache, out / "plain-copy.db"), repeats(scale), 0, settled(out, [made.path])
    )
    size = (cache / "vault" / "shop.db").stat().st_size / 1e6
    shutil.rmtree(out, ignore_errors=True)
    return {
        "seconds": secure,
        "plain_seconds": bare,
        "size_mb": size,
        "note": "paired, each run on a settled disk; as the Backup screen: open (one Argon2id), verify (decrypt; "
        "SQLCipher page check, quick_check, foreign keys, counts, audit trail from the checkpoint), then restore the "
        "same bytes, swap",
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


def _steps() -> list[Step]:
    from bench import gui_steps, sync_day

    s, r = "seconds", "ratio"
    return [
        Step("startup", "start to sign-in window", "within 2x a bare PySide6 window", {r: 2.0}, step_startup),
        Step("unlock", "unlock (sign in)", "0.3-1.2 s on purpose", {s: 1.2}, step_unlock, floor_seconds=0.3),
        Step("unlock_cold", "unlock, cold cache", "under 1.5 s", {s: 1.5}, step_unlock_cold),
        Step("search", "search-as-you-type p95", "under 20 ms and within 1.3x plain", {s: 0.020, r: 1.3}, step_search),
        Step("search_cold", "search, cold cache (first keystroke)", "under 100 ms", {s: 0.1}, step_search_cold),
        Step("alert_search", "aggressor alert lookup p95", "under 20 ms", {s: 0.020}, step_alert_search),
        Step("checkin", "check-in save (median)", "under 20 ms", {s: 0.020}, step_checkin),
        Step("today", "today's list (busiest day)", "under 50 ms", {s: 0.050}, step_today),
        Step("note_search", "note search over all notes", "under 1 s", {s: 1.0}, step_note_search),
        Step("audit_verify", "verify the audit trail", "under 3 s", {s: 3.0}, step_audit_verify),
        Step("timeline", "heaviest client's timeline (core)", "under 100 ms", {s: 0.1}, step_timeline),
        Step("timeline_cold", "timeline, cold cache", "under 300 ms", {s: 0.3}, step_timeline_cold),
        Step("report", "fiscal-year funder report to PDF", "under 3 s", {s: 3.0}, step_report),
        Step("backup", "backup and verify", "within 2x a plain file copy", {r: 2.0}, step_backup),
        Step("restore", "verified restore", "under 5 s", {s: 5.0}, step_restore),
        *gui_steps.STEPS,
        *sync_day.STEPS,
        Step(
            "frozen_startup",
            "built program: start to sign-in window",
            "about 1x the source checkout",
            {r: 1.5},
            step_frozen_startup,
        ),
    ]


STEPS: list[Step] = _steps()


def main(argv: list[str]) -> int:
    """steps.py CACHE SCALE_JSON STEP [STEP...]: one JSON line per step, in order."""
    import traceback

    cache, scale, names = Path(argv[0]), json.loads(argv[1]), argv[2:]
    for name in names:
        step = next(s for s in STEPS if s.name == name)
        try:
            outcome = step.run(cache, scale) if step.run else {"skipped": "feature not built yet"}
        except Exception as error:  # the row says "failed" with the reason; the rest still run
            traceback.print_exc()
            outcome = {"error": f"{type(error).__name__}: {error}"}
        outcome.setdefault("peak_mb", peak_mb())
        print(json.dumps({"step": name, **outcome}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
