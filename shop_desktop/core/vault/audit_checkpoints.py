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
import json
from dataclasses import dataclass, replace

from shop_desktop.core.vault import audit, crypto
from shop_desktop.core.vault.audit import Anchor, ChainReport
from shop_desktop.core.vault.db import Connection

CHUNK = 20_000  # entries per read of the digest (about 8 MB)
TRIED = 3  # newest trusted checkpoints whose digest is recomputed before walking from genesis
LOOKED_AT = 200  # an insider can add rows: only this many of mine, newest first, are read at all
_LABEL = "shop-desktop audit checkpoint 1"
_COLUMNS = "id, at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash, signature"
_LOWEST = -(2**63)


@dataclass(frozen=True)
class Checkpoint:
    signer_id: int
    entry_id: int
    entry_hash: str
    digest: str
    at: str
    signature: str = ""

    def message(self, vault_id: str) -> bytes:
        fields = [_LABEL, vault_id, self.signer_id, self.entry_id, self.entry_hash, self.digest, self.at]
        return hashlib.sha256(json.dumps(fields, separators=(",", ":")).encode()).digest()


Used = tuple[Checkpoint | None, "hashlib._Hash | None"]


def prefix_digest(conn: Connection, upto: int, start: tuple[int, hashlib._Hash] | None = None) -> hashlib._Hash:
    """SHA-256 over every column of every entry with id <= upto, in id order (rows below 1 too).
    start=(K, the digest object for 1..K) carries an earlier digest on instead of reading 1..K again.

    The digested text is the JSON array of each row followed by a comma (ensure_ascii: the same
    bytes on every Python; NULL, text and numbers stay apart), so it parses back to exactly those
    rows (no two trails share a digest), whatever the chunks or the checkpoint it carries on from.
    Python's C encoder, not SQL: SQLCipher's cipher_memory_security makes SQL string building
    about 30 times slower (every allocation is wiped)."""
    done, digest = start if start else (_LOWEST, hashlib.sha256())
    while done < upto:
        end = min(upto, max(done, 0) + CHUNK)
        rows = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE id > ? AND id <= ? ORDER BY id", (done, end))
        found = rows.fetchall()
        if found:  # each row's JSON and a comma: the same bytes however the rows are split into reads
            text = json.dumps(found, ensure_ascii=True, separators=(",", ":"), default=_blob)
            digest.update(text[1:-1].encode() + b",")
        done = end
    return digest


def _blob(value: object) -> object:
    """Only raw SQL puts a blob in the trail; it must change the digest, not stop the check."""
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    raise TypeError(type(value).__name__)


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
            signature, message = bytes.fromhex(point.signature), point.message(vault_id)
            if any(crypto.signature_valid(bytes.fromhex(k), signature, message) for k in keys):
                found.append(point)
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
) -> tuple[ChainReport, Used]:
    """The trail checked from my newest checkpoint that still matches: (report, (the checkpoint
    used, its digest object) for record() to carry on). Signature keys come from `signers` only (T8)."""
    points = trusted(conn, vault_id, me, signers.get(me, set()))
    anchors = anchors + tuple(
        Anchor(f"your own check of the trail on {p.at[:16]}", p.entry_id, p.entry_hash) for p in points
    )
    changed: Checkpoint | None = None
    for point in points[:TRIED]:
        digest = prefix_digest(conn, point.entry_id)
        if digest.hexdigest() == point.digest:
            report = audit.verify(conn, signers, anchors, after=(point.entry_id, point.entry_hash))
            return _changed_below(report, changed), (point, digest)
        changed = changed or point
    report = audit.verify(conn, signers, anchors)
    return _changed_below(report, changed), (None, None)


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
    point, digest = used
    if not report.ok or report.entries == 0 or (point is not None and point.entry_id >= report.entries):
        return None
    start = (point.entry_id, digest) if point is not None and digest is not None else None
    total = prefix_digest(conn, report.entries, start).hexdigest()
    made = Checkpoint(me, report.entries, report.head, total, audit.now_iso())
    signature = crypto.sign(sign_private, made.message(vault_id)).hex()
    conn.execute(
        "INSERT INTO audit_checkpoints (signer_id, entry_id, entry_hash, digest, at, signature) VALUES (?,?,?,?,?,?)",
        (made.signer_id, made.entry_id, made.entry_hash, made.digest, made.at, signature),
    )
    return replace(made, signature=signature)
