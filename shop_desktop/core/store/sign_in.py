"""The steps of a sign-in before a Vault holds it: load the key file, unlock a slot, settle a
pending key change, believe only what verifies, open and migrate the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shop_desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    AccountDisabled,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    is_wrong_key,
    raise_plain,
    said,
)
from shop_desktop.core.store import crypto, db, journal, keyfile, migrations, trust
from shop_desktop.core.store.instance_lock import InstanceLock
from shop_desktop.core.store.keyfile import Certificate, KeyFile, KeySlot, SlotSecrets
from shop_desktop.core.store.places import DB_NAME, KEYS_NAME, refuse_network_folder, vault_exists
from shop_desktop.core.store.staff_member import RECOVERY_MEMBER, StaffMember, select_staff

if TYPE_CHECKING:
    from shop_desktop.core.store.throttle import SignInThrottle
    from shop_desktop.core.store.vault import Vault


@dataclass
class Unlocked:
    """What a slot opened: its own secrets and the keys it was granted."""

    slot: KeySlot
    secrets: SlotSecrets
    data_keys: dict[int, bytes]
    notes_keys: dict[int, bytes]
    wrapping_key: bytes = b""  # to seal the audit anchor into this person's slot at sign-out
    root_private: bytes | None = None  # managers and the recovery key only


def _iso(timestamp: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def load_keys(folder: Path, **credentials: Any) -> KeyFile:
    """The key file, after a half-finished restore is finished or undone; a format-1 file is upgraded
    first, with the credentials of the person signing in."""
    refuse_network_folder(folder)
    problem = journal.recover(folder)
    if problem:
        raise VaultDamaged(problem)
    if not vault_exists(folder):
        raise VaultMissing(
            said(QT_TRANSLATE_NOOP("core", "There is no SHOP Desktop vault in {folder}."), folder=folder)
        )
    keyfile.remove_stale_temp_files(folder, KEYS_NAME)
    try:
        return keyfile.load(folder / KEYS_NAME)
    except keyfile.OlderFormat as older:
        from shop_desktop.core.store import keyfile_upgrade

        keyfile_upgrade.upgrade(folder, older.data, **credentials)
    return keyfile.load(folder / KEYS_NAME)


WRONG_NAME_OR_PASSPHRASE = QT_TRANSLATE_NOOP(
    "core", "That user name and passphrase don't match. Check Caps Lock and try again."
)


class KeysSettled(Exception):
    """A pending key file was rolled forward, or the one this sign-in unlocked was rolled back."""


def unlock_by_passphrase(folder: Path, keys: KeyFile, who: str, passphrase: str) -> tuple[KeyFile, Unlocked]:
    """The slot in the key file, or else in a key file a killed change left pending (kept only if
    that change committed: settle_pending_keys). Raises DecryptionFailed."""
    candidates = [keys]
    if journal.staged_keys_present(folder):
        try:
            candidates.append(keyfile.load(folder / journal.PENDING_KEYS))
        except (OSError, VaultDamaged, keyfile.OlderFormat):
            pass  # cut short: it was never committed
    slots = [(k, s) for k in candidates if (s := k.slot_for_username(who)) is not None]
    if not slots:
        # Same cost as a real try, so a wrong name cannot be told from a wrong passphrase.
        crypto.derive_passphrase_key(passphrase, keyfile.kdf_for_new_slot(keys))
    for found, slot in slots:
        try:
            return found, unlock_slot(found, slot, keyfile.wrapping_key_for_passphrase(slot, passphrase))
        except crypto.DecryptionFailed:
            continue
    raise crypto.DecryptionFailed("no such user, or not this passphrase")


def settle_pending_keys(folder: Path, conn: db.Connection, unlocked_from: KeyFile, *, settle: bool) -> None:
    """Roll a half-finished key change forward or back (core/store/journal.py, rule 2), before anything in
    either file is believed; start the sign-in again unless the file it unlocked stands unchanged.
    A session beside the app (settle=False) leaves the app's change alone and uses only shop.keys."""
    if not journal.staged_keys_present(folder):
        return
    settled = ""
    if settle:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (journal.KEYS_META,)).fetchone()
        settled = journal.settle_keys(folder, str(row[0]) if row else "")
    in_place = keyfile.load(folder / KEYS_NAME)
    if keyfile.canonical(in_place.to_json()) == keyfile.canonical(unlocked_from.to_json()) and settled != "forward":
        return
    if not settle:
        raise VaultInUse(
            QT_TRANSLATE_NOOP("core", "The app is changing a staff account right now. Try again in a minute.")
        )
    raise KeysSettled()


def unlock_slot(keys: KeyFile, slot: KeySlot, wrapping_key: bytes) -> Unlocked:
    """Open a slot's secrets and every grant sealed to it; nothing here is believed yet (believe)."""
    slot_secrets = keyfile.unseal_secrets(slot, wrapping_key, keys.vault_id)
    data_keys, notes_keys = keyfile.open_grants(slot, keys.vault_id, slot_secrets.box_private)
    return Unlocked(slot, slot_secrets, data_keys, notes_keys, wrapping_key)


def believe(
    conn: db.Connection, file_keys: KeyFile, unlocked: Unlocked, recovery: bool
) -> tuple[trust.Decision, Unlocked, StaffMember]:
    """Decide what this sign-in trusts (trust.decide), then keep only the keys that verify:
    roles and status from the signed certificate, data keys from the accepted grants, notes keys
    only for a clinical certificate and only ones a clinical account made."""
    # A slot sealed by format 1 has no pin yet: it takes the root the database accepted (or, before
    # the database has one, the file's) and keeps it from this sign-in on.
    pinned = unlocked.secrets.root_public or trust.stored_root(conn) or file_keys.root_public
    accepted = trust.load_accepted(conn, pinned)
    decision = trust.decide(file_keys, accepted, pinned)
    if accepted is None and decision.problems:
        raise VaultDamaged(UNSIGNED_KEY_FILE)  # nothing verified to fall back on
    if accepted is None and trust.accepted_was_kept(conn):
        decision.problems.append("the database's copy of the signed key list was removed or changed")
    if "older" in " ".join(decision.problems) and not recovery:
        raise VaultDamaged(OLDER_KEY_FILE)
    keys = decision.keys
    slot = next((s for s in keys.slots if s.slot_id == unlocked.slot.slot_id), None)
    cert = keys.certificate_for_slot(unlocked.slot.slot_id)
    if slot is None or cert is None or cert.user_id != unlocked.slot.user_id or cert.status != keyfile.ACTIVE:
        raise AccountDisabled(
            QT_TRANSLATE_NOOP("core", "This account has been disabled. Ask the coordinator if you need access.")
        )
    data_keys, opened_notes = keyfile.open_grants(slot, keys.vault_id, unlocked.secrets.box_private)
    notes_keys: dict[int, bytes] = {}
    if trust.is_clinical_cert(cert):
        notes_keys, problems = trust.accepted_notes_keys(keys, opened_notes)
        decision.problems.extend(problems)
    decision.problems.extend(trust.bad_notes_records(keys))
    root_private = None
    if trust.is_manager(cert):
        root_private = keyfile.open_root_grant(keys, slot, unlocked.secrets.box_private)
    kept = Unlocked(slot, unlocked.secrets, data_keys, notes_keys, unlocked.wrapping_key, root_private)
    user = RECOVERY_MEMBER if recovery else member_from(conn, cert)
    return decision, kept, user


UNSIGNED_KEY_FILE = QT_TRANSLATE_NOOP(
    "core",
    "The key file isn't signed by this vault's managers, and the database has no signed copy to "
    "check it against, so nothing in it can be trusted. Restore the latest backup.",
)


OLDER_KEY_FILE = QT_TRANSLATE_NOOP(
    "core",
    "The key file is older than the database: it looks like an old copy was put back. "
    "Open the vault with the recovery key, or restore the latest backup.",
)


def open_database(folder: Path, keys: KeyFile, data_keys: dict[int, bytes]) -> tuple[db.Connection, int]:
    """Try the current epoch's key first, then an older one a half-finished rotation left."""
    for epoch in sorted(data_keys, key=lambda e: (e != keys.epoch, -e)):
        try:
            return db.connect(folder / DB_NAME, data_keys[epoch]), epoch
        except db.DatabaseError as error:
            if not is_wrong_key(error):  # a full or failing disk is not a wrong key
                raise_plain(error, folder, "signing in", "Nothing was changed.")
    raise AccountDisabled(
        QT_TRANSLATE_NOOP(
            "core",
            "This account's keys no longer open the database. The account may have been disabled, "
            "or the key file is older than the database (an old copy put back). Ask the coordinator.",
        )
    )


def migrate_if_writer(conn: db.Connection, lock: InstanceLock) -> None:
    if lock.held:
        migrations.migrate(conn)
    elif migrations.schema_version(conn) < migrations.LATEST:
        raise VaultInUse(
            QT_TRANSLATE_NOOP(
                "core",
                "The vault needs updating, and another SHOP Desktop window has it open. Close it, then try again.",
            )
        )


def member_from(conn: db.Connection, cert: Certificate | None) -> StaffMember:
    """Who signed in: roles and status from the signed certificate; name and dates from the table."""
    if cert is None:
        raise AccountDisabled(
            QT_TRANSLATE_NOOP("core", "This account has been disabled. Ask the coordinator if you need access.")
        )
    found = select_staff(conn, "WHERE id = ?", (cert.user_id,))
    row = found[0] if found else None
    return StaffMember(
        id=cert.user_id,
        username=cert.username,
        display_name=row.display_name if row else cert.username,
        roles=trust.cert_roles(cert),
        active=cert.status == keyfile.ACTIVE,
        must_change_passphrase=bool(row and row.must_change_passphrase),
        created_at=row.created_at if row else "",
        disabled_at=row.disabled_at if row else None,
    )


def record_failed_sign_ins(vault: Vault, throttle: SignInThrottle) -> None:
    """Inside the sign-in's transaction: one audit entry per name the throttle saw fail."""
    for who, times in throttle.take_failures().items():
        slot = vault.keys.slot_for_username(who)
        vault.audit(
            "session.sign_in_failed",
            "staff",
            slot.user_id if slot else None,
            known_user=slot is not None,
            attempts=len(times),
            first=_iso(times[0]),
            last=_iso(times[-1]),
        )
