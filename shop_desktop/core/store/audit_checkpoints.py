"""Signed checkpoints: check every audit signature once, not at every verify.

When a person's check of the trail passes up to entry K, they sign a checkpoint
(vault id, their id, K, the hash of entry K, a SHA-256 digest of every column of entries 1..K) with
their own certified signing key and store it in `audit_checkpoints`. Their next check trusts only
checkpoints that verify under *their own* certificate keys (an insider can sign checkpoints too, but
only in their own name, and nobody else's check believes those), recomputes the digest of 1..K in a
few large SQL reads (no per-entry hashing or signature), and walks the chain entry by entry, with
every signature, only after K. Any change, removal, insertion or reordering of an entry at or below
K changes the digest; then the older checkpoints are tried, and at worst the whole trail is walked
from genesis, which names the first bad entry. A checkpoint that was forged, edited or moved fails
its signature and is ignored; one that was deleted only makes the next check slower. Each trusted
checkpoint is an anchor too: the trail must still hold entry K with that hash (a cut trail says so).
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import struct
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Protocol

from shop_desktop.core.store import audit, crypto
from shop_desktop.core.store.audit import Anchor, ChainReport
from shop_desktop.core.store.db import Connection

GROUP = 1024  # entries per read of the digest (about 400 kB: in the CPU cache, and the GIL held briefly)
TRIED = 3  # newest trusted checkpoints whose digest is recomputed before walking from genesis
LOOKED_AT = 200  # an insider can add rows: only this many of mine, newest first, are read at all
# Each format's label is signed into its checkpoints. 3 pickles each group (below); 2 encoded it a
# column at a time and is still believed, so a vault checked before 3 needs no full walk: its next
# check digests in 2 once, then signs a checkpoint in 3. 1 (JSON, row by row) is not trusted.
LABELS = {3: "shop-desktop audit checkpoint 3", 2: "shop-desktop audit checkpoint 2"}
NEWEST = 3
PICKLE_PROTOCOL = 5  # fixed: a digest must read the same in every later version of the app
_COLUMNS = "id, at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash, signature"
_LOWEST = -(2**63)
_COUNT = struct.Struct(">q")


class Rows(Protocol):
    """What the digest reads with: the app's sqlcipher3 connection, or APSW's (restore.py)."""

    def execute(self, sql: str, parameters: tuple[int, int], /) -> Any: ...


@dataclass(frozen=True)
class Checkpoint:
    signer_id: int
    entry_id: int
    entry_hash: str
    digest: str
    at: str
    signature: str = ""
    form: int = NEWEST  # which digest (LABELS) it was signed over

    def message(self, vault_id: str) -> bytes:
        fields = [LABELS[self.form], vault_id, self.signer_id, self.entry_id, self.entry_hash, self.digest, self.at]
        return hashlib.sha256(json.dumps(fields, separators=(",", ":")).encode()).digest()


Used = tuple[Checkpoint | None, "Carry | None"]


Carry = tuple[int, "hashlib._Hash"]  # (a group boundary B, the digest object for every entry <= B)


def prefix_digest(
    conn: Rows,
    upto: int,
    start: Carry | None = None,
    tick: Callable[[int], None] | None = None,
    form: int = NEWEST,
) -> tuple[hashlib._Hash, Carry]:
    """SHA-256 over every column of every entry with id <= upto (rows below 1 too), a group of ids
    at a time: (the digest, the carry at the last whole group, to go on from without reading 1..B
    again). start: a carry from an earlier digest of the same form. tick(entries so far) after each group.

    Groups are fixed id ranges (ids <= 0, then 1..GROUP, GROUP+1..2*GROUP, ...), the last cut at
    `upto`, so the digest depends only on the rows, never on how or from where it was read. Each
    group's bytes are self-delimiting, so they parse back to exactly its rows: no two trails share a
    digest. Reading the rows is most of the cost, not encoding them."""
    feed = _pickled if form == NEWEST else _columns
    done, digest = start if start else (_LOWEST, hashlib.sha256())
    carry: Carry = (done, digest.copy())
    for low, end, whole in spans(done, upto):
        feed(digest, read_group(conn, low, end))
        if whole:
            carry = (end, digest.copy())
        if tick is not None:
            tick(end)
    return digest, carry


def spans(done: int, upto: int) -> Iterator[tuple[int, int, bool]]:
    """The digest's groups after `done` up to `upto`: (ids above, ids up to, is it a whole group)."""
    while done < upto:
        boundary = 0 if done < 0 else (done // GROUP + 1) * GROUP
        end = min(upto, boundary)
        yield done, end, end == boundary
        done = end


def read_group(conn: Rows, low: int, end: int) -> list[tuple[object, ...]]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE id > ? AND id <= ? ORDER BY id", (low, end))
    found: list[tuple[object, ...]] = rows.fetchall()
    return found


def _pickled(digest: hashlib._Hash, rows: list[tuple[object, ...]]) -> None:
    """Format 3: b"G", the row count, then the group's rows pickled in fast mode (no memo, so the
    bytes depend on the values alone: each str, int, float, bytes or None with its type). A pickle
    ends itself (STOP) and parses back to the rows. Twice as fast as format 2's columns, in C."""
    digest.update(group_bytes(rows))


def group_bytes(rows: list[tuple[object, ...]]) -> bytes:
    """One group's bytes in format 3 (what _pickled feeds the digest)."""
    out = io.BytesIO()
    out.write(b"G" + _COUNT.pack(len(rows)))
    pickler = pickle.Pickler(out, protocol=PICKLE_PROTOCOL)
    pickler.fast = True
    pickler.dump(rows)  # a list of tuples from either library (no row factory on these connections)
    return out.getvalue()


def _columns(digest: hashlib._Hash, rows: list[tuple[object, ...]]) -> None:
    """Format 2: b"G" and its row count, then each column as (a kind byte, its length, its bytes)."""
    digest.update(b"G" + _COUNT.pack(len(rows)))
    for column in zip(*rows, strict=True):
        kind, body = _column(column)
        digest.update(kind + _COUNT.pack(len(body)))
        digest.update(body)


def _column(values: tuple[object, ...]) -> tuple[bytes, bytes]:
    """A column of one group: text joined by NUL (when no value holds one: the count of NULs says
    so), integers (8 bytes each), or anything else (text or NULL, or what only raw SQL writes) as
    Python's ascii() of it. Each is tried in C and gives way at the first value it can't take."""
    try:
        text = "\0".join(values)  # type: ignore[arg-type]
        if text.count("\0") == len(values) - 1:
            return b"z", text.encode("utf-8", "surrogatepass")
    except TypeError:
        pass
    try:
        return b"i", _int64(values)  # type: ignore[arg-type]
    except TypeError:
        return b"r", ascii(values).encode()


def _int64(values: Iterable[int]) -> bytes:
    packed = array("q", values)
    if sys.byteorder == "big":
        packed.byteswap()  # the same bytes on every machine: the vault may move
    return packed.tobytes()


def trusted(conn: Connection, vault_id: str, signer_id: int, keys: set[str]) -> list[Checkpoint]:
    """My checkpoints whose signature verifies under one of my certified keys, newest first."""
    rows = conn.execute(
        "SELECT signer_id, entry_id, entry_hash, digest, at, signature FROM audit_checkpoints"
        " WHERE signer_id = ? ORDER BY entry_id DESC, id DESC LIMIT ?",
        (signer_id, LOOKED_AT),
    ).fetchall()
    found = []
    for row in rows:
        try:
            point = Checkpoint(int(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]))
            signature = bytes.fromhex(point.signature)
            for form in LABELS:  # newest first
                formed = replace(point, form=form)
                if any(crypto.signature_valid(bytes.fromhex(k), signature, formed.message(vault_id)) for k in keys):
                    found.append(formed)
                    break
        except (TypeError, ValueError):
            continue  # a row an insider wrote by hand: not mine
    return found


def verify(
    conn: Connection,
    signers: dict[int, set[str]],
    anchors: tuple[Anchor, ...],
    *,
    vault_id: str,
    me: int,
    tick: Callable[[int], None] | None = None,
    rows: Rows | None = None,
    digested: Digested | None = None,
) -> tuple[ChainReport, Used]:
    """The trail checked from my newest checkpoint that still matches: (report, (the checkpoint
    used, its digest object) for record() to carry on). Signature keys come from `signers` only (T8).
    tick(entries so far) as the digest and the walk go (progress; it may raise Cancelled).
    rows: another connection to the same file for the digest's reads (default: conn).
    digested: digests already taken of these checkpoints (digest_first), used instead of reading."""
    points = trusted(conn, vault_id, me, signers.get(me, set()))
    anchors = anchors + tuple(
        Anchor(f"your own check of the trail on {p.at[:16]}", p.entry_id, p.entry_hash) for p in points
    )
    changed: Checkpoint | None = None
    for point in points[:TRIED]:
        known = (digested or {}).get(point)
        digest, carry = known or prefix_digest(rows or conn, point.entry_id, tick=tick, form=point.form)
        if digest.hexdigest() == point.digest:
            report = audit.verify(conn, signers, anchors, after=(point.entry_id, point.entry_hash), tick=tick)
            return _changed_below(report, changed), (point, carry)
        changed = changed or point
    report = audit.verify(conn, signers, anchors, tick=tick)
    return _changed_below(report, changed), (None, None)


Digested = dict[Checkpoint, tuple["hashlib._Hash", Carry]]


def digest_first(digest_of: Callable[[Checkpoint], tuple[hashlib._Hash, Carry]], points: list[Checkpoint]) -> Digested:
    """The digests verify() would take, read beforehand by `digest_of` (audit_trail.check reads
    through APSW with the session's connection closed): newest first, up to the first that
    matches, as verify() tries them."""
    found: Digested = {}
    for point in points[:TRIED]:
        found[point] = digest_of(point)
        if found[point][0].hexdigest() == point.digest:
            break
    return found


def _changed_below(report: ChainReport, changed: Checkpoint | None) -> ChainReport:
    """A walk can pass over rows a checkpoint says were different (e.g. a signature's hex re-cased):
    that is still a change to entries someone had checked, so it fails."""
    if not report.ok or changed is None:
        return report
    problem = f"entries up to {changed.entry_id} changed after you checked them on {changed.at[:16]}"
    return replace(report, ok=False, first_bad_id=changed.entry_id, problem=problem)


def record(
    conn: Connection,
    report: ChainReport,
    *,
    vault_id: str,
    me: int,
    sign_private: bytes,
    used: Used = (None, None),
) -> Checkpoint | None:
    """After a check passed: sign a checkpoint at the head it checked (nothing if there is nothing new).
    Call inside a transaction on the vault's writing connection."""
    point, carry = used
    if not report.ok or report.entries == 0:
        return None
    if point is not None and point.entry_id >= report.entries and point.form == NEWEST:
        return None
    if point is not None and point.form != NEWEST:
        carry = None  # an older form's digest can't be carried on: this once, the whole trail again
    total = prefix_digest(conn, report.entries, carry)[0].hexdigest()
    made = Checkpoint(me, report.entries, report.head, total, audit.now_iso())
    signature = crypto.sign(sign_private, made.message(vault_id)).hex()
    conn.execute(
        "INSERT INTO audit_checkpoints (signer_id, entry_id, entry_hash, digest, at, signature) VALUES (?,?,?,?,?,?)",
        (made.signer_id, made.entry_id, made.entry_hash, made.digest, made.at, signature),
    )
    return replace(made, signature=signature)
