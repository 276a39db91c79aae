"""What an insider or a leaver can do with raw file and SQL access (TRUST.md's actors).

Everything here works from what such a person really has: the key file's bytes (anyone at the
centre PC), their own passphrase and so their own sealed secrets, and, once signed in, the data
key (raw SQL on every row). It reads the key file as JSON in either format (1 or 2), so each
attack also runs against the code before the trust model (to show that it fails there).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from shop_desktop.core.store import crypto, db
from shop_desktop.core.store.places import DB_NAME, KEYS_NAME


def read_keys(folder: Path) -> dict[str, Any]:
    return json.loads((folder / KEYS_NAME).read_text())


def write_keys(folder: Path, data: dict[str, Any]) -> None:
    (folder / KEYS_NAME).write_text(json.dumps(data, indent=1, sort_keys=True))


def public_part(data: dict[str, Any]) -> dict[str, Any]:
    """Where the signed-or-not public fields live: the manifest (format 2) or the top (format 1)."""
    return data["manifest"] if "manifest" in data else data


def slots(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Each slot with its box public key and user id (format 2 keeps keys in the certificates)."""
    if "manifest" not in data:
        return data["slots"]
    certs = {c["slot_id"]: c for c in data["manifest"]["certificates"] if c["status"] != "retired"}
    found = []
    for slot in data["slots"]:
        cert = certs.get(slot["slot_id"], {})
        found.append(slot | {"box_public": cert.get("box_public", ""), "username": cert.get("username", "")})
    return found


def sign_publics(data: dict[str, Any]) -> dict[str, str]:
    """Everyone's audit signature public key, by user id, as the key file shows it."""
    if "manifest" in data:
        certs = [c for c in data["manifest"]["certificates"] if c["status"] == "active"]
        return {str(c["user_id"]): c["sign_public"] for c in certs}
    return {str(s["user_id"]): s["sign_public"] for s in data["slots"]}


def slot_by_name(data: dict[str, Any], username: str) -> dict[str, Any]:
    return next(s for s in slots(data) if s.get("username") == username)


def clinical_and_recovery_slots(data: dict[str, Any], clinical_ids: set[int]) -> list[dict[str, Any]]:
    return [s for s in slots(data) if s["kind"] == "recovery" or int(s["user_id"]) in clinical_ids]


def plant_notes_grant(data: dict[str, Any], slot_id: str, key_id: int, notes_key: bytes) -> None:
    """Seal a notes key of my making to a colleague's slot (their public key is all it takes)."""
    slot = next(s for s in slots(data) if s["slot_id"] == slot_id)
    ad = f"shop-notes|{data['vault_id']}|{key_id}|{slot_id}|{slot['user_id']}".encode()
    sealed = crypto.seal_to(bytes.fromhex(slot["box_public"]), notes_key, ad).hex()
    raw = next(s for s in data["slots"] if s["slot_id"] == slot_id)
    raw.setdefault("notes_grants", {})[str(key_id)] = sealed


def plant_data_grant(data: dict[str, Any], slot_id: str, epoch: int, data_key: bytes) -> None:
    slot = next(s for s in slots(data) if s["slot_id"] == slot_id)
    ad = f"shop-grant|{data['vault_id']}|{epoch}|{slot_id}|{slot['user_id']}".encode()
    sealed = crypto.seal_to(bytes.fromhex(slot["box_public"]), data_key, ad).hex()
    if "manifest" in data:
        data["manifest"]["grants"].setdefault(slot_id, {})[str(epoch)] = sealed
    else:
        next(s for s in data["slots"] if s["slot_id"] == slot_id)["grants"][str(epoch)] = sealed


def highest_notes_key_id(data: dict[str, Any]) -> int:
    ids = [int(k) for s in data["slots"] for k in s.get("notes_grants", {})]
    ids += [int(r["key_id"]) for r in data.get("notes_keys", [])]
    return max(ids, default=0)


def raw_sql(folder: Path, data_key: bytes) -> db.Connection:
    """The database as a signed-in insider has it: every row, read and write."""
    return db.connect(folder / DB_NAME, data_key)


def notes_opened_with(folder: Path, data_key: bytes, candidates: list[bytes]) -> list[str]:
    """The note bodies any of these keys decrypts, read straight from the table."""
    conn = raw_sql(folder, data_key)
    try:
        rows = conn.execute("SELECT id, client_id, version, body FROM notes WHERE status != 'purged'").fetchall()
    finally:
        conn.close()
    found = []
    for note_id, client_id, version, body in rows:
        ad = f"shop-note|{note_id}|{client_id}|{version}|body".encode()
        for key in candidates:
            try:
                found.append(crypto.open_sealed(key, body, ad).decode())
                break
            except crypto.DecryptionFailed:
                continue
    return found


def count_notes(folder: Path, data_key: bytes) -> int:
    conn = raw_sql(folder, data_key)
    try:
        return int(conn.execute("SELECT count(*) FROM notes WHERE status != 'purged'").fetchone()[0])
    finally:
        conn.close()


def my_notes_grants(folder: Path, username: str, passphrase: str) -> list[bytes]:
    """Every notes key sealed to my own slot, opened with my own passphrase (no app code involved
    beyond the primitives)."""
    data = read_keys(folder)
    slot = slot_by_name(data, username)
    kdf = crypto.KdfParams.from_json(slot["kdf"])
    wrapping = crypto.derive_passphrase_key(passphrase, kdf)
    ad = f"shop-slot|{data['vault_id']}|{slot['slot_id']}|{slot['user_id']}|{slot['slot_version']}".encode()
    box_private = bytes.fromhex(json.loads(crypto.open_sealed(wrapping, bytes.fromhex(slot["secrets"]), ad))["box"])
    keys = []
    for key_id, sealed in slot.get("notes_grants", {}).items():
        grant_ad = f"shop-notes|{data['vault_id']}|{key_id}|{slot['slot_id']}|{slot['user_id']}".encode()
        try:
            keys.append(crypto.open_box(box_private, bytes.fromhex(sealed), grant_ad))
        except crypto.DecryptionFailed:
            continue
    return keys
