"""Targeted timings for issue 21's audit, restore and backup rows, on the cached full vault.

    python bench/split_timings.py bench/cache/full [--before /path/to/older/checkout]

Prints one JSON line per measurement. The 20-year vault's full run takes an hour on the shared
machine; this measures only the parts changed, paired where a before exists: each side runs in
its own process (ABBA), on the same vault and the same backup file. The load average is printed
with every line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def say(what: str, seconds: float, **extra: object) -> None:
    print(json.dumps({"what": what, "seconds": round(seconds, 3), "load": os.getloadavg()[0], **extra}), flush=True)


def _add_entries(vault: Any, new_entries: int) -> None:
    from shop_desktop.core.store import audit

    with vault.transaction() as conn:
        for n in range(new_entries):
            audit.append(
                conn,
                actor_id=vault.user.id,
                sign_private=vault.secrets.sign_private,
                action="client.viewed",
                subject_type="client",
                subject_id=n % 5000 + 1,
            )


def audit_rows(cache: Path, new_entries: int = 1000) -> None:
    """The first check (every signature; it signs a checkpoint), then checks after a day's entries."""
    from bench.vaults import open_vault
    from shop_desktop.core.store import audit, audit_checkpoints, audit_trail

    vault = open_vault(cache)
    try:
        total = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        mine = vault.conn.execute(
            "SELECT count(*) FROM audit_checkpoints WHERE signer_id = ?", (vault.user.id,)
        ).fetchone()[0]
        if not mine:
            started = time.perf_counter()
            report = audit_trail.check(vault)
            say(
                "audit check, no checkpoint yet (every signature; signs one)",
                time.perf_counter() - started,
                entries=report.entries,
                ok=report.ok,
            )
        for _ in range(3):
            _add_entries(vault, new_entries)
            started = time.perf_counter()
            report = audit_trail.check(vault)
            say(
                f"audit check after {new_entries} new entries",
                time.perf_counter() - started,
                entries=report.entries,
                signatures_from=report.signatures_from,
                ok=report.ok,
            )
        head_id = audit.head(vault.conn)[0]
        started = time.perf_counter()
        audit_checkpoints.prefix_digest(vault.conn, head_id)
        say("digest of every entry (no signatures)", time.perf_counter() - started, entries=head_id)
        del total
    finally:
        vault.lock()


def make_backup_file(cache: Path, out: Path) -> Path:
    from bench.vaults import open_vault
    from shop_desktop.core.backup import backup

    vault = open_vault(cache)
    try:
        return backup.make_backup(backup.prepare_backup(vault, out)).path
    finally:
        vault.lock()


def one_backup(cache: Path, out: Path) -> float:
    """Run in a child process with whichever checkout is first on its path."""
    from bench.vaults import open_vault
    from shop_desktop.core.backup import backup

    vault = open_vault(cache)
    try:
        plan = backup.prepare_backup(vault, out)
        started = time.perf_counter()
        made = backup.make_backup(plan)
        seconds = time.perf_counter() - started
        made.path.unlink()
        return seconds
    finally:
        vault.lock()


def plain_copy(cache: Path, out: Path) -> float:
    started = time.perf_counter()
    target = out / "plain-copy.db"
    shutil.copyfile(cache / "vault" / "shop.db", target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    seconds = time.perf_counter() - started
    target.unlink()
    return seconds


def restore_rows(cache: Path, made: Path, out: Path) -> None:
    """As the Backup screen does it now (verify, then restore the same bytes) and as the CLI does."""
    from bench.vaults import BENCH_PASS
    from shop_desktop.core.backup import backup, restore

    target = out / "restored"
    for flow in ("screen", "cli", "screen", "cli"):
        shutil.rmtree(target, ignore_errors=True)
        started = time.perf_counter()
        opened = backup.open_backup(made, "coordinator", BENCH_PASS)
        opened_at = time.perf_counter()
        checked = restore.verify_backup(opened) if flow == "screen" else ""
        verified_at = time.perf_counter()
        restore.restore_backup(opened, target, checked=checked)
        done = time.perf_counter()
        say(
            f"restore as the {flow} does it",
            done - started,
            open=round(opened_at - started, 3),
            verify=round(verified_at - opened_at, 3),
            restore=round(done - verified_at, 3),
        )
    shutil.rmtree(target, ignore_errors=True)


def check_rows(cache: Path, made: Path, out: Path) -> None:
    """integrity_check against quick_check (and SQLCipher's page check) on one decrypted copy, ABBA."""
    from bench.vaults import BENCH_PASS
    from shop_desktop.core.backup import backup
    from shop_desktop.core.backup.backup_file import check_body
    from shop_desktop.core.store import db

    opened = backup.open_backup(made, "coordinator", BENCH_PASS)
    copy = out / "checked.db"
    with open(copy, "wb") as sink:
        check_body(opened, sink, lambda *_: None, lambda: False)
    for pragma in ("integrity_check", "quick_check", "quick_check", "integrity_check", "cipher_integrity_check"):
        conn = db.connect(copy, opened.data_key)
        started = time.perf_counter()
        conn.execute(f"PRAGMA {pragma}").fetchall()
        say(f"PRAGMA {pragma} on the restored copy", time.perf_counter() - started)
        conn.close()
    copy.unlink()


def child(code_root: Path, what: str, cache: Path, out: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(code_root)}
    script = (
        f"import sys; from pathlib import Path; sys.path.insert(0, {str(ROOT)!r});"
        f"sys.path.insert(0, {str(code_root)!r});"
        f"from bench.split_timings import {what}; print({what}(Path({str(cache)!r}), Path({str(out)!r})))"
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def backup_rows(cache: Path, out: Path, before: Path | None) -> None:
    sides = [("after", ROOT)] + ([("before", before)] if before else [])
    order = sides + sides[::-1]
    for name, root in order:
        seconds = child(root, "one_backup", cache, out)
        copy = plain_copy(cache, out)
        say(f"backup and verify ({name})", seconds, plain_copy=round(copy, 3), ratio=round(seconds / copy, 2))


def main() -> None:
    cache = Path(sys.argv[1]).resolve()
    before = Path(sys.argv[sys.argv.index("--before") + 1]) if "--before" in sys.argv else None
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else ["audit", "backup", "restore"]
    out = cache / "split-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    if "audit" in only:
        audit_rows(cache)
    if "backup" in only:
        backup_rows(cache, out, before)
    if "restore" in only:
        made = make_backup_file(cache, out)
        check_rows(cache, made, out)
        restore_rows(cache, made, out)
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
