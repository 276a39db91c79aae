"""The audit trail: append-only, hash-chained, each entry signed by the person who acted.

Entries hold ids only, never names or note text. Which signing key belongs to whom comes only
from the staff certificates in the signed key file (core/store/trust.py `signing_keys`), never from an
entry's own details, so nobody can declare a key and then write entries in another's name (T8).
A trail rebuilt or cut short is caught by comparing it with anchors: heads recorded where an
insider can't lower them (in backups, and in each person's sealed slot at sign-out).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from shop_desktop.core.store import crypto
from shop_desktop.core.store.db import Connection

GENESIS = "0" * 64
RECOVERY_ACTOR = 0

# Format 1 declared signing keys in entry details (detail["keys"]); read only by the one-time
# upgrade of a format-1 vault (keyfile_upgrade), never when verifying.
KEY_FIELD = "keys"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor_id: int
    action: str
    subject_type: str | None
    subject_id: str | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str
    signature: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str = ""
    head: str = GENESIS
    signatures_from: int = 1  # the first entry whose signature this check verified (a checkpoint covers those before)


@dataclass(frozen=True)
class Anchor:
    """A head recorded somewhere an insider can't lower it: the chain must still hold this entry."""

    source: str  # in words: "the backup made 2026-11-30 14:02", "your own sign-out on ..."
    entry_id: int
    hash: str


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def entry_hash(
    entry_id: int,
    at: str,
    actor_id: int,
    action: str,
    subject_type: str | None,
    subject_id: str | None,
    detail_json: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [entry_id, at, actor_id, action, subject_type, subject_id, detail_json, prev_hash],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def append(
    conn: Connection,
    *,
    actor_id: int,
    sign_private: bytes,
    action: str,
    subject_type: str | None = None,
    subject_id: object = None,
    detail: dict[str, Any] | None = None,
    at: str | None = None,
) -> int:
    """Append one signed entry; call inside the transaction that made the change."""
    last_id, prev = head(conn)
    entry_id = last_id + 1
    at = at or now_iso()
    subject = None if subject_id is None else str(subject_id)
    detail_json = json.dumps(detail or {}, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    digest = entry_hash(entry_id, at, actor_id, action, subject_type, subject, detail_json, prev)
    signature = crypto.sign(sign_private, bytes.fromhex(digest)).hex()
    conn.execute(
        "INSERT INTO audit (id, at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash,"
        " signature) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (entry_id, at, actor_id, action, subject_type, subject, detail_json, prev, digest, signature),
    )
    return entry_id


def holds(conn: Connection, entry_id: int, digest: str) -> bool:
    """Is this entry still in the chain as it was? (An anchor is never moved off a cut trail.)"""
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", (entry_id,)).fetchone()
    return row is not None and str(row[0]) == digest


def _rows(conn: Connection, after: int | None = None) -> Any:
    columns = "id, at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash, signature"
    if after is None:
        return conn.execute(f"SELECT {columns} FROM audit ORDER BY rowid")
    return conn.execute(f"SELECT {columns} FROM audit WHERE rowid > ? ORDER BY rowid", (after,))


def verify(
    conn: Connection,
    signers: dict[int, set[str]],
    anchors: tuple[Anchor, ...] = (),
    *,
    after: tuple[int, str] | None = None,
    tick: Callable[[int], None] | None = None,
) -> ChainReport:
    """Walk the chain; name the first entry that was altered, removed, reordered or forged, or the
    anchor that shows the trail was rebuilt or cut short. `signers`: trust.signing_keys(keys).

    after=(K, hash of entry K): entries up to K were already proved unchanged (a checkpoint the
    caller checked, core/store/audit_checkpoints.py); the walk starts at K+1 and anchors at or below K
    are looked up directly. tick(entries so far) is called every TICK entries (progress; it may
    raise Cancelled)."""
    start, prev = after or (0, GENESIS)
    expected_id = start + 1
    count = start
    seen: dict[int, str] = {}
    wanted = {a.entry_id for a in anchors}
    for row in _rows(conn, start if after else None):
        entry_id, digest = row[0], row[8]
        problem = _check_entry(row, expected_id, prev, signers)
        if problem:
            return ChainReport(False, count, int(entry_id), problem, prev, start + 1)
        if entry_id in wanted:
            seen[entry_id] = digest
        prev = digest
        expected_id += 1
        count += 1
        if tick is not None and count % TICK == 0:
            tick(count)
    problem_at = _anchor_problem(conn, anchors, seen, start, count)
    if problem_at is not None:
        return ChainReport(False, count, problem_at[0], problem_at[1], prev, start + 1)
    return ChainReport(True, count, head=prev, signatures_from=start + 1)


TICK = 10_000  # entries between progress calls of a walk


def _anchor_problem(
    conn: Connection, anchors: tuple[Anchor, ...], seen: dict[int, str], start: int, count: int
) -> tuple[int, str] | None:
    """(entry id, why) for the first anchor the walked chain no longer holds."""
    for anchor in anchors:
        held = seen.get(anchor.entry_id) == anchor.hash
        if anchor.entry_id <= start:
            held = holds(conn, anchor.entry_id, anchor.hash)
        if not held:
            why = "is missing" if anchor.entry_id > count else "is different"
            return (
                anchor.entry_id,
                f"entry {anchor.entry_id}, recorded in {anchor.source}, {why}: the trail was cut short or rebuilt",
            )
    return None


def _check_entry(row: tuple[Any, ...], expected_id: int, prev: str, signers: dict[int, set[str]]) -> str:
    entry_id, at, actor, action, s_type, s_id, detail_json, prev_hash, digest, signature = row
    if entry_id != expected_id:
        return f"entry {expected_id} is missing or out of order (found {entry_id})"
    if prev_hash != prev:
        return "does not follow the entry before it (an entry was removed or reordered)"
    try:
        rehashed = entry_hash(entry_id, at, actor, action, s_type, s_id, detail_json, prev_hash)
    except TypeError:  # a blob written by raw SQL: the app only writes text and numbers
        rehashed = ""
    if rehashed != digest:
        return "its contents were changed after it was written"
    try:
        candidates = signers.get(int(actor), set())
        signed = any(
            crypto.signature_valid(bytes.fromhex(k), bytes.fromhex(signature), bytes.fromhex(digest))
            for k in candidates
        )
    except (TypeError, ValueError):  # not hex, or not text: raw SQL, never the app
        signed = False
    if not signed:
        return "its signature does not belong to the person it names"
    return ""


def declared_keys(conn: Connection) -> dict[int, set[str]]:
    """Format 1 only: the signing keys its trail declared, learned along the chain as format 1 did
    (for the one-time upgrade; the upgrade is the last time this is trusted)."""
    keys: dict[int, set[str]] = {}
    for row in _rows(conn):
        for uid, new in _declared_keys(row[6]).items():
            keys.setdefault(uid, set()).update(new)
    return keys


def _declared_keys(detail_json: str) -> dict[int, set[str]]:
    try:
        declared = json.loads(detail_json).get(KEY_FIELD, {})
    except (ValueError, AttributeError):
        return {}
    return {int(uid): {str(key)} for uid, key in declared.items()}


def entries(conn: Connection, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT id, at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash, signature"
        " FROM audit ORDER BY id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8], r[9]) for r in rows]
