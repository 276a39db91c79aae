"""The bench's vaults: a deterministic large demo vault with a realistic audit trail, and an
unencrypted SQLite copy of the same rows, built once and cached under bench/cache/."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench import trail
from shop_desktop.core.store import db, migrations
from shop_desktop.core.store.instance_lock import InstanceLock
from shop_desktop.core.store.vault import Vault

BENCH_PASS = "benchmark vault passphrase only"
PLAIN_NAME = "plain.db"
SEED = 20261125

FULL = {"clients": 5000, "visits": 400_000, "notes": 60_000, "referrals": 10_000, "alerts": 2_000}
SMALL = {"clients": 40, "visits": 600, "notes": 100, "referrals": 20, "alerts": 10}


def scaled(scale: dict[str, int], factor: int) -> dict[str, int]:
    """The same centre over `factor` times as many years: every kind of record grows alike."""
    return {kind: count * factor for kind, count in scale.items()}


def ensure_vaults(cache: Path, scale: dict[str, int], *, rebuild: bool = False, quick_kdf: bool = False) -> bool:
    """Build the encrypted vault and its plain copy unless a matching one is cached. quick_kdf
    (the tiny harness check only) makes each sign-in cost milliseconds instead of Argon2id's second."""
    stamp = {"scale": scale, "schema": migrations.LATEST, "seed": SEED, "trail": trail.VERSION}
    if quick_kdf:
        stamp["quick_kdf"] = True
    marker = cache / "built.json"
    if not rebuild and marker.exists() and json.loads(marker.read_text()) == stamp:
        return False
    if cache.exists():
        shutil.rmtree(cache)
    cache.mkdir(parents=True)
    build_vault(cache / "vault", scale, quick_kdf=quick_kdf)
    trail.add_realistic_trail(cache / "vault", BENCH_PASS, SEED)
    entries = export_plain(cache)
    marker.write_text(json.dumps(stamp))
    (cache / "trail.json").write_text(json.dumps({"entries": entries}))
    return True


def build_vault(folder: Path, scale: dict[str, int], *, quick_kdf: bool = False) -> None:
    import os

    from shop_desktop.core.sample import centre as demo
    from shop_desktop.core.store import crypto

    kdf = crypto.KdfParams(os.urandom(16), iterations=1, lanes=1, memory_kib=8) if quick_kdf else None

    plan = demo.DemoScale(
        clients=scale["clients"],
        days=days_for(scale),
        visits=scale["visits"],
        notes=scale["notes"],
        referrals=scale["referrals"],
        alerts=scale["alerts"],
    )
    result = demo.create_demo_vault(folder, seed=SEED, scale=plan, shared_passphrase=BENCH_PASS, kdf=kdf)
    result.vault.lock()


def days_for(scale: dict[str, int]) -> int:
    """About 55 visits a day for a busy centre: 400,000 visits is twenty years."""
    return max(30, scale["visits"] // 55)


def export_plain(cache: Path) -> int:
    """The plain copy; returns how many audit entries the vault holds."""
    vault = open_vault(cache)
    try:
        entries = int(vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0])
        vault.conn.execute(f"ATTACH DATABASE '{cache / PLAIN_NAME}' AS plain KEY ''")
        vault.conn.execute("SELECT sqlcipher_export('plain')")
        vault.conn.execute(f"PRAGMA plain.user_version = {migrations.LATEST}")
        vault.conn.execute("DETACH DATABASE plain")
    finally:
        vault.lock()
    return entries


def open_vault(cache: Path, username: str = "coordinator") -> Vault:
    return Vault.open(cache / "vault", username, BENCH_PASS)


def plain_session(vault: Vault, cache: Path) -> Vault:
    """The same signed-in session, but on the unencrypted copy: identical code, no cipher."""
    conn = db.sqlcipher.connect(str(cache / PLAIN_NAME), isolation_level=None)
    db.configure(conn)
    return Vault(cache, conn, vault.keys, vault._session(), vault.user, InstanceLock(cache), vault.open_epoch)


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


def heaviest_client(vault: Vault) -> int:
    row = vault.conn.execute(
        "SELECT client_id FROM visits WHERE client_id IS NOT NULL GROUP BY client_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return int(row[0])


def busiest_fiscal_year(vault: Vault) -> Any:
    from shop_desktop.core.figures.report_figures import Period

    row = vault.conn.execute(
        "SELECT CASE WHEN substr(day, 6, 2) >= '04' THEN substr(day, 1, 4) ELSE substr(day, 1, 4) - 1 END AS fy"
        " FROM visits GROUP BY fy ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return Period.fiscal_year(int(row[0]))
