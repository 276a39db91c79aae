"""Numbered schema migrations, applied in one transaction at open (PRAGMA user_version).
Imports only the core root's shared modules and the vault's database module; each era's bodies
live in their own module here.

Append a function to MIGRATIONS for every schema change; never edit one that
has shipped. Each must have a test that upgrades a vault made by the version
before it (tests/core/test_migrations.py).
"""

from __future__ import annotations

from collections.abc import Callable

from shop_desktop.core.errors import VaultTooNew
from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.migrations.first_release import (
    _m1_foundation,
    _m2_front_desk,
    _m3_notes,
    _m4_referrals,
)
from shop_desktop.core.store.migrations.records import (
    _m_access_requests,
    _m_history_indexes,
    _m_notes_key_index,
    _m_retention_holds,
)
from shop_desktop.core.store.migrations.safety import (
    _m_audit_checkpoints,
    _m_overdose_naloxone,
    _m_stock_drug_alerts_shift_log,
)
from shop_desktop.core.store.migrations.script import run_script
from shop_desktop.core.store.migrations.suite_alerts_restrictions import (
    _m_alerts,
    _m_report_releases,
    _m_restrictions,
    _m_sealed_note_kind,
    _m_suite_outreach,
)
from shop_desktop.core.sync.devices import migrate_devices
from shop_desktop.core.sync.ids import migrate_sync
from shop_desktop.core.sync.trim import trim_replica_to_profile

__all__ = ["LATEST", "MIGRATIONS", "Migration", "migrate", "refuse_if_newer", "run_script", "schema_version"]

Migration = Callable[[Connection], None]
MIGRATIONS: tuple[Migration, ...] = (
    _m1_foundation,
    _m2_front_desk,
    _m3_notes,
    _m4_referrals,
    _m_suite_outreach,
    _m_alerts,
    _m_sealed_note_kind,
    _m_report_releases,
    _m_restrictions,
    _m_notes_key_index,
    _m_retention_holds,
    _m_access_requests,
    _m_overdose_naloxone,
    _m_stock_drug_alerts_shift_log,
    _m_audit_checkpoints,
    migrate_devices,  # sync's devices (core/sync/devices.py): needs nothing of migrate_sync
    migrate_sync,
    _m_history_indexes,
    trim_replica_to_profile,  # a laptop enrolled by an earlier version: cut to today's profile
)
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def refuse_if_newer(conn: Connection) -> None:
    if schema_version(conn) > len(MIGRATIONS):
        raise VaultTooNew(
            "This vault was made by a newer version of SHOP Desktop. "
            "Install that version (or newer) to open it; nothing was changed."
        )


def migrate(conn: Connection, migrations: tuple[Migration, ...] | None = None) -> int:
    """Bring the schema to the newest version in one transaction; returns the version reached."""
    migrations = MIGRATIONS if migrations is None else migrations
    current = schema_version(conn)
    if current > len(migrations):
        raise VaultTooNew(
            "This vault was made by a newer version of SHOP Desktop. "
            "Install that version (or newer) to open it; nothing was changed."
        )
    if current == len(migrations):
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(current + 1, len(migrations) + 1):
            migrations[number - 1](conn)
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(migrations)
