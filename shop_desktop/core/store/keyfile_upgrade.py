"""Key file format 1 -> 2, done once at the first sign-in of a coordinator (or the recovery key).

Format 1 believed whatever the file and the staff table said. The upgrade is the last time that
is trusted: the person upgrading proves who they are with their passphrase, the database must open
with their key, and their account must be an active coordinator there. Only a coordinator or the
recovery key holds both the notes keys (to sign their creation records) and the right to make the
vault root. Signing keys in the format-1 audit trail are kept as retired certificates, so the
trail still verifies.

Crash rule: core/store/journal.py's rule 2, like every key-file-and-database change. The format-2 file
waits whole beside the old one (.shop.keys.pending); the transaction that accepts its manifest and
audits the upgrade commits its hash, and that COMMIT is the commit point. Killed before it: the
next sign-in deletes the pending file and upgrades again from format 1. Killed after it: the next
sign-in, by anyone, finds the committed hash and puts the pending file in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, PermissionDenied, WrongPassphrase
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, crypto, db, journal, keyfile, trust
from shop_desktop.core.store.keyfile import Certificate, KeyFile, KeySlot
from shop_desktop.core.store.places import DB_NAME

NEEDS_COORDINATOR = QT_TRANSLATE_NOOP(
    "core",
    "SHOP Desktop was updated and this vault's key file needs a one-time upgrade. The coordinator "
    "(or someone with the recovery key) must sign in first; then everyone can sign in as before.",
)
WRONG = QT_TRANSLATE_NOOP("core", "That user name and passphrase don't match. Check Caps Lock and try again.")


def _v1_slot(data: dict[str, Any]) -> KeySlot:
    return KeySlot(
        slot_id=str(data["slot_id"]),
        kind=str(data["kind"]),
        user_id=int(data["user_id"]),
        username=str(data["username"]),
        slot_version=int(data["slot_version"]),
        kdf=dict(data["kdf"]),
        box_public=bytes.fromhex(data["box_public"]),
        sign_public=bytes.fromhex(data["sign_public"]),
        sealed_secrets=bytes.fromhex(data["secrets"]),
        grants={int(k): bytes.fromhex(v) for k, v in data.get("grants", {}).items()},
        notes_grants={int(k): bytes.fromhex(v) for k, v in data.get("notes_grants", {}).items()},
    )


def upgrade(
    folder: Path,
    data: dict[str, Any],
    *,
    username: str | None = None,
    passphrase: str | None = None,
    throttle: Any = None,
    recovery_key: bytes | None = None,
) -> None:
    vault_id = str(data["vault_id"])
    slots = [_v1_slot(s) for s in data["slots"]]
    slot, wrapping = _find(slots, username, passphrase, recovery_key, throttle)
    try:
        secrets_ = keyfile.unseal_secrets(slot, wrapping, vault_id)
    except crypto.DecryptionFailed:
        if recovery_key is not None:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("core", "That recovery key is well formed but belongs to another vault.")
            ) from None
        raise WrongPassphrase(WRONG, throttle.record_failure(username or "") if throttle else 0) from None
    data_keys, notes_keys = keyfile.open_grants(slot, vault_id, secrets_.box_private)
    conn = _open(folder, data_keys, int(data["epoch"]))
    try:
        if _settled_by_an_earlier_upgrade(folder, conn):
            return  # a killed upgrade had committed: its key file is now in place, for anyone to open
        staff = {
            int(r[0]): (str(r[1]), str(r[2]), bool(r[3]))
            for r in conn.execute("SELECT id, username, roles, active FROM staff")
        }
        if slot.kind != keyfile.RECOVERY:
            row = staff.get(slot.user_id)
            if row is None or not row[2] or Role.COORDINATOR.value not in row[1].split(","):
                raise PermissionDenied(NEEDS_COORDINATOR)
        keys, root_private = _build(data, slots, staff, audit.declared_keys(conn))
        _pin_and_record(keys, slot, wrapping, secrets_, notes_keys, root_private)
        _commit(folder, conn, keys, slot.user_id, secrets_.sign_private)
    finally:
        conn.close()


def _settled_by_an_earlier_upgrade(folder: Path, conn: Any) -> bool:
    """A format-2 key file left pending by a killed upgrade: rolled forward if the database committed
    its hash, else deleted (core/store/journal.py, rule 2). True when the upgraded file is now in place."""
    if not journal.staged_keys_present(folder):
        return False
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (journal.KEYS_META,)).fetchone()
    return journal.settle_keys(folder, str(row[0]) if row else "") == "forward"


def _commit(folder: Path, conn: Any, keys: KeyFile, actor_id: int, sign_private: bytes) -> None:
    """Rule 2 of core/store/journal.py: the new key file waits beside the old one, the transaction that
    accepts its manifest and audits the upgrade also commits its hash; that COMMIT is the commit point."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        digest = journal.stage_keys(folder, keyfile.payload(keys))
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (journal.KEYS_META, digest))
        trust.store_accepted(conn, keys)
        audit.append(
            conn,
            actor_id=actor_id,
            sign_private=sign_private,
            action="keys.upgraded",
            subject_type="vault",
            detail={"format": keyfile.VERSION},
        )
        journal.point_of_commit(folder)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        journal.drop_staged_keys(folder)
        raise
    journal.install_keys(folder)


def _find(
    slots: list[KeySlot], username: str | None, passphrase: str | None, recovery_key: bytes | None, throttle: Any
) -> tuple[KeySlot, bytes]:
    if recovery_key is not None:
        slot = next(s for s in slots if s.kind == keyfile.RECOVERY)
        return slot, keyfile.wrapping_key_for_recovery(slot.kdf, recovery_key)
    wanted = (username or "").strip().casefold()
    found = next((s for s in slots if s.kind == keyfile.PASSPHRASE and s.username.casefold() == wanted), None)
    if found is None:
        raise WrongPassphrase(WRONG, throttle.record_failure(username or "") if throttle else 0)
    return found, keyfile.wrapping_key_for_passphrase(found, passphrase or "")


def _open(folder: Path, data_keys: dict[int, bytes], epoch: int) -> db.Connection:
    for candidate in sorted(data_keys, key=lambda e: (e != epoch, -e)):
        try:
            return db.connect(folder / DB_NAME, data_keys[candidate])
        except db.DatabaseError:
            continue
    raise PermissionDenied(NEEDS_COORDINATOR)


def _build(
    data: dict[str, Any], slots: list[KeySlot], staff: dict[int, tuple[str, str, bool]], history: dict[int, set[str]]
) -> tuple[KeyFile, bytes]:
    root_private, root_public = crypto.new_signing_keypair()
    passphrase_slots = [s for s in slots if s.kind == keyfile.PASSPHRASE]
    for_tests = all(keyfile.below_floor(s.kdf) for s in passphrase_slots)
    kdf_defaults = {k: int(v) for k, v in data["kdf_defaults"].items()}
    if not for_tests:
        kdf_defaults = {k: max(kdf_defaults.get(k, 0), floor) for k, floor in keyfile.KDF_FLOOR.items()}
    keys = KeyFile(
        vault_id=str(data["vault_id"]),
        generation=int(data["generation"]),
        epoch=int(data["epoch"]),
        kdf_defaults=kdf_defaults,
        slots=[],
        rotation=data.get("rotation"),
        root_public=root_public,
        for_tests=for_tests,
        next_user_id=1 + max([0, *staff, *(s.user_id for s in slots)]),
    )
    for slot in slots:
        row = staff.get(slot.user_id)
        if slot.kind == keyfile.PASSPHRASE and (row is None or not row[2]):
            continue  # a slot whose account is disabled opens nothing any more
        if slot.kind == keyfile.RECOVERY:
            roles = ["coordinator", "admin"]
        else:
            assert row is not None  # an active account's row (checked just above)
            roles = [r for r in row[1].split(",") if r]
        keys.slots.append(slot)
        keys.certificates.append(keyfile.certificate_for(slot, roles, trust.next_serial(keys)))
        if slot.kind == keyfile.RECOVERY or {"coordinator", "admin"} & set(roles):
            keyfile.grant_root_key(keys, slot, root_private)
    _keep_history(keys, staff, history)
    return keys, root_private


def _keep_history(keys: KeyFile, staff: dict[int, tuple[str, str, bool]], history: dict[int, set[str]]) -> None:
    """Earlier signing keys from the format-1 trail become retired certificates (for audit-verify)."""
    current = {c.sign_public.hex() for c in keys.certificates}
    for user_id, found in sorted(history.items()):
        name, roles = staff.get(user_id, ("recovery" if user_id == 0 else f"user{user_id}", "", False))[:2]
        for key in sorted(found - current):
            keys.certificates.append(
                Certificate(
                    user_id,
                    name,
                    [r for r in roles.split(",") if r],
                    keyfile.RETIRED,
                    f"retired-{user_id}",
                    b"",
                    bytes.fromhex(key),
                    trust.next_serial(keys),
                )
            )


def _pin_and_record(
    keys: KeyFile,
    slot: KeySlot,
    wrapping: bytes,
    secrets_: keyfile.SlotSecrets,
    notes_keys: dict[int, bytes],
    root_private: bytes,
) -> None:
    """The upgrader's own slot gets the pinned root; the notes keys it holds get signed records."""
    secrets_.vault_id, secrets_.root_public = keys.vault_id, keys.root_public
    keyfile.reseal_secrets(slot, wrapping, keys.vault_id, secrets_)
    for key_id, key in sorted(notes_keys.items()):
        record = keyfile.notes_record(keys.vault_id, key_id, key, slot.user_id, secrets_.sign_private)
        keys.notes_records.append(record)
        keys.notes_commitments[key_id] = record["commitment"]
    # Signing raises the generation past format 1's, as any signed write does.
    keyfile.sign_manifest(keys, signer_id=slot.user_id, signer_private=secrets_.sign_private, root_private=root_private)
