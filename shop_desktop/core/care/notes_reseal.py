"""Moving notes to the newest notes key after a rotation, on a worker thread (T5).

`prepare_reseal` runs on the GUI thread and copies what the job needs (the database path, the data
key, the notes keys): the session's own keys are wiped by lock() on the GUI thread, and a worker
must never read them. `reseal` then works on its own connection: each batch is opened and sealed
again outside any transaction, and written in one short one, a row only if it is still the version
that was read (a note edited meanwhile is left for the next pass). Each batch is atomic, so a crash
leaves every note under its old key or its new one, readable either way; whoever signs in next
carries on. Same result as notes.reseal_with_newest_key, which does it on the session's connection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from shop_desktop.core.actions import action
from shop_desktop.core.care.note_model import PURGED, SEALED_KIND, NoteDamaged
from shop_desktop.core.care.note_sealing import _COLUMNS, _ad, _Row, _sealed_topics, _unseal_with
from shop_desktop.core.errors import Cancelled, raise_plain
from shop_desktop.core.roles import Permission
from shop_desktop.core.store import crypto, db
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.places import DB_NAME

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

BATCH = 50  # one short write transaction each: a GUI-thread write never waits long behind it
WAITING = "(key_id < ? OR kind_sealed = 0) AND status != ?"


@dataclass
class ResealPlan:
    folder: Path
    newest: int
    data_key: bytes = field(repr=False)
    notes_keys: dict[int, bytes] = field(repr=False)
    waiting: int = 0


@action(Permission.READ_NOTES, audits=())
def prepare_reseal(vault: Vault) -> ResealPlan:
    """On the GUI thread: what the job needs, copied. Whether any note waits is the job's first
    question (counting them reads every note: 0.2 s on a 20-year vault, at every clinical sign-in)."""
    newest, _ = vault.notes_key()
    return ResealPlan(vault.folder, newest, vault.data_key, vault.all_notes_keys)


def reseal(
    plan: ResealPlan,
    report: Callable[[float, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """On a worker thread: every waiting note sealed under the newest key; returns how many moved."""
    conn = db.connect(plan.folder / DB_NAME, plan.data_key, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        row = conn.execute(f"SELECT count(*) FROM notes WHERE {WAITING}", (plan.newest, PURGED)).fetchone()
        plan.waiting = int(row[0])
        if not plan.waiting:
            return 0
        ciphers = {key_id: crypto.AESGCM(key) for key_id, key in plan.notes_keys.items()}
        moved, last_id = 0, 0
        while not (is_cancelled and is_cancelled()):
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM notes WHERE {WAITING} AND id > ? ORDER BY id LIMIT ?",
                (plan.newest, PURGED, last_id, BATCH),
            ).fetchall()
            if not rows:
                break
            changes = [c for c in (_sealed_again(plan, ciphers, _Row(*raw)) for raw in rows) if c is not None]
            last_id = int(rows[-1][0])
            moved += _write(conn, changes)
            if report is not None:
                report(min(1.0, moved / max(1, plan.waiting)), f"{moved} of {plan.waiting} notes")
        if is_cancelled and is_cancelled():
            raise Cancelled()
        return moved
    except (OSError, db.DatabaseError) as error:
        raise_plain(error, plan.folder, "re-sealing notes", "The notes not yet done stay readable.")
    finally:
        conn.close()


def _sealed_again(
    plan: ResealPlan, ciphers: dict[int, crypto.AESGCM], row: _Row
) -> tuple[int, int, bytes, bytes, str, str, int, int, int] | None:
    try:
        body, tags, kind = _unseal_with(ciphers, row)
    except NoteDamaged:
        return None  # left as it is: opening it says it is damaged
    version, key = row.version + 1, plan.notes_keys[plan.newest]
    sealed_body = crypto.seal(key, body.encode("utf-8"), _ad(row.id, row.client_id, version, "body"))
    sealed_tags = crypto.seal(key, _sealed_topics(kind, tags), _ad(row.id, row.client_id, version, "tags"))
    return (version, plan.newest, sealed_body, sealed_tags, now_iso(), SEALED_KIND, row.id, row.version, row.key_id)


def _write(conn: db.Connection, changes: list[tuple[int, int, bytes, bytes, str, str, int, int, int]]) -> int:
    """One short transaction; a note someone changed since it was read keeps its new version."""
    before = conn.total_changes
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "UPDATE notes SET version = ?, key_id = ?, body = ?, tags = ?, updated_at = ?, note_type = ?,"
            " kind_sealed = 1 WHERE id = ? AND version = ? AND key_id = ?",
            changes,
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return conn.total_changes - before
