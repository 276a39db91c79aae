"""Where bundles meet the engine: profiles, capture against `sync/base.db`, and applying a changeset.

INTERIM. The engine (core/sync/profiles.py, changes.py, merge.py: sync-engine) owns profiles,
capture and merge. Until those land, this module uses them when they exist and otherwise a
plain stand-in built on the same pieces SYNC.md names (apsw `Session.diff` against base,
`Changeset.apply`), with the simplest conflict rule (the incoming row wins, nothing listed for
review). Bundles, devices, enrollment and the run call only the functions here, so swapping in
the engine is this one file.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import apsw

from shop_desktop.core.vault import db, journal
from shop_desktop.core.vault.places import DB_NAME

BASE = Path("sync") / "base.db"
# Never travel: this device's own bookkeeping, the audit trail (each device keeps its own), search
# indexes (virtual tables and their shadows are rebuilt from rows).
_LOCAL = {"meta", "audit", "audit_checkpoints"}
_OUTREACH = frozenset(
    {"clients", "services", "programs", "outreach_areas", "outreach_shifts", "outreach_supplies",
     "outreach_contacts", "alerts", "alert_links", "suite_stays", "staff"}
)  # fmt: skip


@dataclass(frozen=True)
class Profile:
    key: str
    title: str
    tables: frozenset[str]
    description: str = ""


def _engine(name: str) -> Any:
    try:
        return importlib.import_module(f"shop_desktop.core.sync.{name}")
    except ImportError:
        return None


def profiles(all_tables: frozenset[str] | None = None) -> dict[str, Any]:
    """The device profiles: the engine's, or the stand-in (centre and office: every synced table)."""
    engine = _engine("profiles")
    if engine is not None:
        return dict(engine.PROFILES)
    everything = all_tables if all_tables is not None else _STAND_IN_TABLES
    return {
        "centre": Profile("centre", "Centre PC", everything),
        "office": Profile("office", "Office PC", everything),
        "outreach": Profile("outreach", "Outreach laptop", _OUTREACH & everything),
    }


def travels(name: str) -> bool:
    return not (name in _LOCAL or name.startswith(("sync_", "sqlite_", "alert_search")))


_STAND_IN_TABLES = frozenset(
    "settings staff clients consents services visits visit_services programs program_sessions attendance notes "
    "agencies referrals suite_stays outreach_areas outreach_shifts outreach_supplies outreach_contacts alerts "
    "alert_links report_releases restriction_reasons restrictions restriction_overrides keep_apart "
    "keep_apart_overrides staff_conflicts break_glass turnaways retention_holds access_requests "
    "record_corrections overdose_responses overdose_responders overdose_addenda naloxone_kits stock_supplies "
    "stock_moves drug_alerts shift_log".split()
)


def this_device(conn: Any) -> int:
    """This vault's device number: the engine's (sync_device), or the stand-in's meta entry."""
    engine = _engine("ids")
    if engine is not None:
        return int(engine.this_device(conn))
    row = conn.execute("SELECT value FROM meta WHERE key = 'sync.device'").fetchone()
    return int(row[0]) if row else 0


def set_this_device(conn: Any, number: int) -> None:
    engine = _engine("ids")
    if engine is not None:
        engine.set_this_device(conn, number)
        return
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sync.device', ?)", (str(number),))


def synced_tables(conn: Any) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    return [str(r[0]) for r in rows if travels(str(r[0]))]


def open_apsw(path: Path, data_key: bytes) -> apsw.Connection:
    conn = apsw.Connection(str(path))
    conn.execute("PRAGMA cipher = 'sqlcipher'")
    conn.execute("PRAGMA legacy = 4")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def base_path(vault_folder: Path) -> Path:
    return vault_folder / BASE


def make_base(vault_folder: Path, conn: db.Connection, data_key: bytes) -> None:
    """base.db = the database as it is now (a copy under the same key), written whole then renamed."""
    target = base_path(vault_folder)
    target.parent.mkdir(exist_ok=True)
    side = target.with_name("base.db.making")
    db.export_rekeyed(conn, side, data_key)
    with open(side, "rb+") as handle:
        journal.fsync(handle.fileno(), side)
    journal.replace(side, target)
    journal.fsync_folder(target.parent)


def rekey_base(vault_folder: Path, data_key: bytes, older: list[bytes]) -> None:
    """After a rotation re-keyed the database, base follows (it is opened with an older key, re-keyed)."""
    for key in [data_key, *older]:
        try:
            conn = open_apsw(base_path(vault_folder), key)
        except apsw.Error:
            continue
        try:
            if key != data_key:
                conn.execute(f"PRAGMA rekey = \"x'{data_key.hex()}'\"")
        finally:
            conn.close()
        return


def capture(vault_folder: Path, data_key: bytes, tables: frozenset[str]) -> dict[str, bytes]:
    """This device's changes since base, one changeset per table that has any. Base is not touched."""
    conn = open_apsw(vault_folder / DB_NAME, data_key)
    try:
        conn.execute(f"ATTACH DATABASE ? AS base KEY \"x'{data_key.hex()}'\"", (str(base_path(vault_folder)),))
        present = {r[0] for r in conn.execute("SELECT name FROM base.sqlite_master WHERE type = 'table'")}
        found = {}
        for table in sorted(t for t in tables if t in present and travels(t)):
            session = apsw.Session(conn, "main")
            session.attach(table)
            session.diff("base", table)
            changeset = session.changeset()
            session.close()
            if changeset:
                found[table] = changeset
        return found
    finally:
        conn.close()


def joined(parts: dict[str, bytes], tables: frozenset[str]) -> bytes:
    """One changeset of the given tables' parts."""
    chosen = [parts[t] for t in sorted(parts) if t in tables]
    return functools.reduce(apsw.Changeset.concat, chosen) if chosen else b""


def _incoming_wins(reason: int, change: apsw.TableChange) -> int:
    if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
        return int(apsw.SQLITE_CHANGESET_REPLACE)
    return int(apsw.SQLITE_CHANGESET_OMIT)


def apply(conn: apsw.Connection, changeset: bytes, author_device: int) -> None:
    """Apply to the database `conn` is on, inside the caller's transaction (the stand-in merge)."""
    engine = _engine("merge")
    if engine is not None:
        engine.apply_changeset(conn, changeset, author_device)
        return
    if changeset:
        apsw.Changeset.apply(changeset, conn, conflict=_incoming_wins, flags=apsw.SQLITE_CHANGESETAPPLY_NOSAVEPOINT)


def settle_base(vault_folder: Path, data_key: bytes, changeset: bytes) -> None:
    """Bring base up to what was sent or received (a no-op for changes base already has)."""
    if not changeset:
        return
    conn = open_apsw(base_path(vault_folder), data_key)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        with conn:
            apsw.Changeset.apply(changeset, conn, conflict=_incoming_wins)
    finally:
        conn.close()
