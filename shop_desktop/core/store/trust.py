"""What a sign-in believes from the key file, and what it refuses (docs/security-model.md, T2-T6).

The key file can be written by anyone at the centre PC. So a sign-in believes its manifest only if
it is signed by the root pinned in the person's own sealed slot *and* by a manager whose
certificate is active in the manifest the database accepted last. The database keeps that last
accepted manifest (meta `keyfile_manifest`), written in the same transaction as the change it
records; the key file is written first, so after a crash the file can be exactly one signed step
ahead, which the next sign-in accepts. Anything else is refused, the accepted manifest is used
instead, an audit entry is written and the next manager is warned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from shop_desktop.core.roles import Permission, Role, allowed, is_clinical
from shop_desktop.core.store import crypto, keyfile
from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.keyfile import ACTIVE, RETIRED, Certificate, KeyFile

MANIFEST_META = "keyfile_manifest"
FORMAT_META = "keyfile_format"
TAMPERING_META = "keyfile_tampering"
HISTORY_META = "keyfile_manifest_at."  # + generation: each signed manifest accepted here, passed on by sync
KEPT_STEPS = 400  # the newest generations kept in it
TAMPERING_WARNING = (
    "Someone changed the key file without a manager's signature. Nothing was granted. "
    "Check who had access to this PC, then make a backup."
)
NOTES_ROTATION_WAITING = "Notes key rotation waiting for a counsellor to sign in."


def cert_roles(cert: Certificate | None) -> frozenset[Role]:
    if cert is None or cert.status != ACTIVE:
        return frozenset()
    return frozenset(Role(r) for r in cert.roles if r in Role._value2member_map_)


def is_manager(cert: Certificate | None) -> bool:
    return allowed(cert_roles(cert), Permission.MANAGE_STAFF)


def is_clinical_cert(cert: Certificate | None) -> bool:
    return is_clinical(cert_roles(cert))


def manifest_problem(keys: KeyFile, pinned_root: bytes) -> str:
    """Why this file's manifest can't be believed, or "" when its signatures check out."""
    if keys.manifest_raw is None or keys.root_public != pinned_root:
        return "the key file names a vault root this account doesn't trust"
    message = keyfile.manifest_message(keys.manifest_raw)
    if not crypto.signature_valid(pinned_root, keys.signature, message):
        return "the key file's list of keys and accounts is not signed by the vault root"
    signer = keys.certificate(keys.signed_by)
    if not is_manager(signer) or signer is None:
        return "the key file was signed by someone who isn't an active manager"
    if not crypto.signature_valid(signer.sign_public, keys.signer_signature, message):
        return "the key file's manager signature doesn't match"
    return ""


@dataclass
class Decision:
    keys: KeyFile  # what this sign-in works with
    problems: list[str] = field(default_factory=list)  # tampering found (empty when all is well)
    store: bool = False  # the database should remember keys as its accepted manifest
    repair: bool = False  # write the accepted manifest back into the key file


def decide(file_keys: KeyFile, accepted: KeyFile | None, pinned_root: bytes) -> Decision:
    """Choose between the key file's manifest and the one the database accepted last."""
    problem = manifest_problem(file_keys, pinned_root)
    if accepted is None:
        return Decision(file_keys, [problem] if problem else [], store=not problem)
    if not problem and file_keys.generation == accepted.generation:
        if keyfile.canonical(file_keys.manifest_raw) == keyfile.canonical(accepted.manifest_raw):
            return Decision(file_keys)
        problem = "the key file was re-signed without going through the app"
    elif not problem and file_keys.generation == accepted.generation + 1:
        if is_manager(accepted.certificate(file_keys.signed_by)):
            return Decision(file_keys, store=True)  # a manager's change the database didn't record (a crash)
        problem = "the key file was signed by someone who was no longer an active manager"
    elif not problem and file_keys.generation > accepted.generation:
        problem = "the key file skips changes the database never saw"
    elif not problem:
        problem = "the key file is older than the database"
    merged = with_manifest(file_keys, accepted)
    return Decision(merged, [problem], repair=True)


def with_manifest(file_keys: KeyFile, accepted: KeyFile) -> KeyFile:
    """The accepted manifest with the file's slots (their own AEAD protects them) and notes records."""
    merged = keyfile.from_manifest(
        dict(accepted.manifest_raw or {}), [s.to_json() for s in file_keys.slots if s.sealed_secrets]
    )
    merged.signature, merged.signer_signature = accepted.signature, accepted.signer_signature
    merged.notes_records = list(file_keys.notes_records)
    return merged


def accepted_was_kept(conn: Connection) -> bool:
    """Has this database ever recorded an accepted manifest? (Then it must still have a good one.)"""
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (FORMAT_META,)).fetchone() is not None


def stored_root(conn: Connection) -> bytes:
    """The root named by the database's accepted manifest, unverified: only to pin a slot sealed by
    format 1 at its owner's first sign-in, so swapping the key file alone can't choose the root."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (MANIFEST_META,)).fetchone()
    try:
        return bytes.fromhex(json.loads(row[0])["manifest"]["root_public"]) if row else b""
    except (ValueError, KeyError, TypeError):
        return b""


def load_accepted(conn: Connection, pinned_root: bytes) -> KeyFile | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (MANIFEST_META,)).fetchone()
    keys = manifest_from_value(str(row[0])) if row else None
    # The database is writable by any insider too: only a manifest the root signed counts.
    return keys if keys is not None and not manifest_problem(keys, pinned_root) else None


def manifest_from_value(value: str) -> KeyFile | None:
    """A signed manifest as store_accepted keeps it, unverified (None if it doesn't parse)."""
    try:
        data = json.loads(value)
        keys = keyfile.from_manifest(dict(data["manifest"]), [])
        keys.signature = bytes.fromhex(data["signature"])
        keys.signer_signature = bytes.fromhex(data["signer_signature"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return keys


def manifest_value(keys: KeyFile) -> str:
    return json.dumps(
        {
            "manifest": keys.manifest_raw,
            "signature": keys.signature.hex(),
            "signer_signature": keys.signer_signature.hex(),
        },
        sort_keys=True,
    )


def store_accepted(conn: Connection, keys: KeyFile) -> None:
    for key, setting in (
        (MANIFEST_META, manifest_value(keys)),
        ("keyfile_generation", str(keys.generation)),
        (FORMAT_META, "2"),
    ):
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, setting),
        )
    remember_manifest(conn, keys)


def remember_manifest(conn: Connection, keys: KeyFile) -> None:
    """Every signed manifest accepted here, by generation: a device that was away while several key
    changes were made checks each of them when they reach it by sync (core/sync/keys_sync.py)."""
    row = (f"{HISTORY_META}{keys.generation}", manifest_value(keys))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", row)
    # A device further behind than this (months: a backup signs a generation too) joins again.
    conn.execute(
        "DELETE FROM meta WHERE key LIKE ? AND CAST(substr(key, ?) AS INTEGER) <= ?",
        (f"{HISTORY_META}%", len(HISTORY_META) + 1, keys.generation - KEPT_STEPS),
    )


def accepted_notes_keys(keys: KeyFile, opened: dict[int, bytes]) -> tuple[dict[int, bytes], list[str]]:
    """The notes keys a clinical slot may use: each must match a commitment a clinical account signed
    (T5). Returns (keys, problems) — a planted key is refused and reported."""
    good_commitments = accepted_commitments(keys)
    usable, problems = {}, []
    for key_id, key in opened.items():
        if good_commitments.get(key_id) == keyfile.notes_commitment(key):
            usable[key_id] = key
        else:
            problems.append(f"a notes key (number {key_id}) was not made by a clinical account")
    return usable, problems


def accepted_commitments(keys: KeyFile) -> dict[int, str]:
    """Notes key id -> commitment, for records whose signer is (or, for keys the managers already
    listed, was) a clinical account."""
    found: dict[int, str] = {}
    for record in keys.notes_records:
        try:
            key_id, commitment, made_by = int(record["key_id"]), str(record["commitment"]), int(record["made_by"])
            signature = bytes.fromhex(record["signature"])
        except (KeyError, ValueError, TypeError):
            continue
        if key_id in found:
            continue
        message = keyfile.notes_record_message(keys.vault_id, key_id, commitment)
        for cert in (c for c in keys.certificates if c.user_id == made_by):
            if not crypto.signature_valid(cert.sign_public, signature, message):
                continue
            clinical_now = is_clinical_cert(cert)
            clinical_then = is_clinical({Role(r) for r in cert.roles if r in Role._value2member_map_})
            if clinical_now or (clinical_then and keys.notes_commitments.get(key_id) == commitment):
                found[key_id] = commitment
                break
    return found


def bad_notes_records(keys: KeyFile) -> list[str]:
    good = accepted_commitments(keys)
    return [
        f"a notes key record (number {r.get('key_id')}) is not signed by a clinical account"
        for r in keys.notes_records
        if good.get(_int(r.get("key_id"))) != r.get("commitment")
    ]


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def notes_rotation_waiting(keys: KeyFile) -> bool:
    if not keys.notes_rotation:
        return False
    after = int(keys.notes_rotation.get("after_key", 0))
    return not any(key_id > after for key_id in accepted_commitments(keys))


def signing_keys(keys: KeyFile) -> dict[int, set[str]]:
    """Audit signature keys by account, from certificates only (T8), including earlier keys."""
    found: dict[int, set[str]] = {}
    for cert in keys.certificates:
        found.setdefault(cert.user_id, set()).add(cert.sign_public.hex())
    return found


def retire(keys: KeyFile, user_id: int) -> Certificate | None:
    """Turn an account's current certificate into a retired one (its key stays for the audit trail)."""
    cert = keys.certificate(user_id)
    if cert is not None:
        cert.status = RETIRED
        cert.slot_id = f"retired-{cert.slot_id}"
    return cert


def next_serial(keys: KeyFile) -> int:
    return 1 + max((c.serial for c in keys.certificates), default=0)
