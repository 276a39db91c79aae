"""Enrollment: the file "Add a device" writes, and joining a new PC with it (SYNC.md, #25).

The file holds the device's number, profile and the vault id (plain, for the wizard to show), the
vault's key file, and a replica database holding only that profile's data, sealed (AES-256-GCM)
under a key derived from the data key. The data key is granted only to people's slots, which
only their passphrases (or the recovery key) open, so only a member of this vault opens the
file. An outreach replica holds no notes, overdose records or other tables outside its profile
(deleted, then the file vacuumed, with secure_delete on), and its key file no notes-key grants.

    SHOPENROLL1\\n | header (JSON) | key file | sealed replica

Joining (no session yet, like setup): the person's slot is opened with their passphrase, the key
file must verify under the root pinned inside that slot, the replica is opened and written with
the key file into a side folder, which is then renamed into place.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shop_desktop.core.errors import InvalidInput, VaultDamaged, WrongPassphrase
from shop_desktop.core.sync import devices, exchange
from shop_desktop.core.vault import audit, crypto, db, journal, keyfile, trust
from shop_desktop.core.vault.keyfile import KeyFile
from shop_desktop.core.vault.places import DB_NAME, KEYS_NAME, refuse_network_folder, vault_exists

if TYPE_CHECKING:
    from shop_desktop.core.vault.vault import Vault

MAGIC = b"SHOPENROLL1\n"
FORMAT, VERSION = "shop-enrollment", 1
SUFFIX = ".shopenroll"
NOT_ENROLLMENT = "That file is not a SHOP Desktop enrollment file, or it was changed or cut short."
# Meta that belongs to the centre PC alone, never to a replica.
LOCAL_META = (
    journal.KEYS_META,
    trust.TAMPERING_META,
    "sync.folder",
    "sync.sent",
    "sync.keys_sent",
    "sync.devices_sent",
    "sync.last_run",
    "sync.disable_marks",  # this vault's own record of when it learned of each disable
    devices.DEVICE_KEY_META,
)


def enrollment_name(number: int) -> str:
    return f"shop-device-{number}{SUFFIX}"


def _key(data_key: bytes, header: dict[str, Any]) -> bytes:
    return crypto.hkdf(data_key, f"shop-enroll|{header['vault_id']}|{header['device']}|{header['epoch']}".encode())


def _associated(header_raw: bytes, keys_payload: bytes) -> bytes:
    return b"shop-enroll|" + header_raw + hashlib.sha256(keys_payload).digest()


def _frame(part: bytes) -> bytes:
    return struct.pack(">Q", len(part)) + part


# --- making it (the centre PC) -----------------------------------------------------------------


def write_enrollment(vault: Vault, number: int, folder: Path, device_key: bytes) -> Path:
    """The enrollment file for device `number`, written atomically into `folder`."""
    found = devices.device(vault.conn, number)
    if found is None:
        raise InvalidInput(f"There is no device number {number}.")
    if vault.keys.rotation is not None or vault.open_epoch != vault.keys.epoch:
        raise InvalidInput("A key change is still being finished. Sign in again, then add the device.")
    folder.mkdir(parents=True, exist_ok=True)
    header = {"format": FORMAT, "version": VERSION, "vault_id": vault.keys.vault_id, "device": number}
    header |= {"profile": found.profile, "name": found.name, "epoch": vault.open_epoch, "made_at": audit.now_iso()}
    header_raw = json.dumps(header, sort_keys=True).encode()
    keys_payload = keyfile.payload(keys_for_profile(vault.keys, found.profile))
    with exchange.apsw_alone(vault):  # if new: the centre's changes from now on travel as bundles
        exchange.start_base(vault.folder, vault.data_key)
    replica = make_replica(vault, number, found.profile, device_key)
    sealed = crypto.seal(_key(vault.data_key, header), replica, _associated(header_raw, keys_payload))
    target = folder / enrollment_name(number)
    journal.atomic_write(target, MAGIC + _frame(header_raw) + _frame(keys_payload) + _frame(sealed))
    return target


def keys_for_profile(keys: KeyFile, profile_key: str) -> KeyFile:
    """The key file a device of this profile holds: without notes-key grants unless it carries notes
    (the grants are the unsigned part, so the signed manifest still verifies)."""
    copied = keyfile.KeyFile.from_json(json.loads(keyfile.payload(keys)))
    if not carries_notes(profile_key):
        for slot in copied.slots:
            slot.notes_grants = {}
    return copied


def carries_notes(profile_key: str) -> bool:
    return exchange.carries(profile_key, "notes")


def make_replica(vault: Vault, number: int, profile_key: str, device_key: bytes) -> bytes:
    """A copy of the database with only this profile's rows, as this device's number, vacuumed."""
    with tempfile.TemporaryDirectory(prefix="shop-enroll-", dir=vault.folder) as scratch:
        path = Path(scratch) / "replica.db"
        db.export_rekeyed(vault.conn, path, vault.data_key)
        conn = db.connect(path, vault.data_key)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            _keep_only_profile(conn, number, profile_key, device_key)
            conn.execute("VACUUM")
        finally:
            conn.close()
        return path.read_bytes()


def _keep_only_profile(conn: db.Connection, number: int, profile_key: str, device_key: bytes) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")  # the rows that stay may point at rows that don't travel
    conn.execute("BEGIN IMMEDIATE")
    centre_sent = conn.execute("SELECT value FROM meta WHERE key = 'sync.sent'").fetchone()
    for table in exchange.synced_tables(conn):
        if not exchange.carries(profile_key, table):
            _empty(conn, table)
    _leave_dropped_columns(conn, profile_key)
    covered = {devices.SECRET_META + key for key in devices.covered_profiles(profile_key)}
    for (key,) in conn.execute("SELECT key FROM meta").fetchall():
        if key in LOCAL_META or (str(key).startswith(devices.SECRET_META) and key not in covered):
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    # the centre's trail is the centre's (who checked in, when): this device starts its own chain
    _empty(conn, "audit")
    conn.execute("DELETE FROM audit_checkpoints")  # the centre person's own checks, not this device's
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_review'").fetchone():
        conn.execute("DELETE FROM sync_review")  # the centre's own review list
    # The centre's change counters say what the centre settled; copied, they made the new device
    # look as if it had synced, so its base started empty and its first bundle carried the whole
    # replica back. Never synced: joining copies base from the replica (join -> start_base).
    conn.execute("UPDATE sync_changed SET captured = -1, inserted = -2")
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (devices.DEVICE_KEY_META, device_key.hex()))
    exchange.set_this_device(conn, number)
    conn.execute("UPDATE sync_devices SET last_seq = ? WHERE number = 0", (int(centre_sent[0]) if centre_sent else 0,))
    conn.execute("COMMIT")


def _leave_dropped_columns(conn: db.Connection, profile_key: str) -> None:
    """The columns a profile doesn't carry (an outreach laptop: a client's phone, remark...) blanked
    in the replica: NULL, or the column's default where it may not be NULL. secure_delete and the
    VACUUM after make sure the old values are not left in a free page."""
    for table, trim in exchange.profiles()[profile_key].trims.items():
        info = conn.execute(f"PRAGMA table_info('{table}')").fetchall()
        blanks = [
            f'"{r[1]}" = {r[4] if r[3] and r[4] is not None else "NULL"}'
            for r in info
            if str(r[1]) not in trim.kept and not r[5]
        ]
        if blanks:
            conn.execute(f'UPDATE "{table}" SET {", ".join(blanks)}')


def _empty(conn: db.Connection, table: str) -> None:
    """Every row out, past the table's guards (e.g. "a signed note cannot be deleted"), guards back."""
    guards = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
    kept = guards.fetchall()
    for name, _ in kept:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(f'DELETE FROM "{table}"')
    for _, sql in kept:
        conn.execute(sql)


# --- joining (the new PC) ------------------------------------------------------------------------


def read_enrollment(path: Path) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """(header, its bytes, key file payload, sealed replica); refused in plain words if malformed."""
    try:
        raw = path.read_bytes()
        if not raw.startswith(MAGIC):
            raise ValueError("no magic")
        parts, at = [], len(MAGIC)
        for _ in range(3):
            (length,) = struct.unpack_from(">Q", raw, at)
            parts.append(raw[at + 8 : at + 8 + length])
            at += 8 + length
        if at != len(raw):
            raise ValueError("length")
        header = json.loads(parts[0])
        if header.get("format") != FORMAT or int(header.get("version", 0)) != VERSION:
            raise ValueError("format")
    except (OSError, ValueError, struct.error):
        raise InvalidInput(NOT_ENROLLMENT) from None
    return header, parts[0], parts[1], parts[2]


def describe(path: Path) -> dict[str, Any]:
    """What the wizard shows before asking for a passphrase: device name, number, profile."""
    header = read_enrollment(path)[0]
    return {key: header[key] for key in ("name", "device", "profile", "vault_id", "made_at")}


def join(enrollment_file: Path, target_folder: Path, username: str, passphrase: str) -> Path:
    """Make the replica vault in target_folder; the person then signs in as usual."""
    if vault_exists(target_folder) or (target_folder.exists() and any(target_folder.iterdir())):
        raise InvalidInput(f"{target_folder} is not empty. Choose an empty folder for this PC's vault.")
    refuse_network_folder(target_folder)
    header, header_raw, keys_payload, sealed = read_enrollment(enrollment_file)
    keys = keyfile.KeyFile.from_json(json.loads(keys_payload))
    data_key = _member_data_key(keys, header, username, passphrase)
    try:
        replica = crypto.open_sealed(_key(data_key, header), sealed, _associated(header_raw, keys_payload))
    except crypto.DecryptionFailed:
        raise InvalidInput(NOT_ENROLLMENT) from None
    keys_payload = _without_my_anchor(keys, username, passphrase)
    _install(target_folder, replica, keys_payload)
    exchange.start_base(target_folder, data_key)  # base: what this device holds at enrollment
    return target_folder


def _member_data_key(keys: KeyFile, header: dict[str, Any], username: str, passphrase: str) -> bytes:
    """The data key, only through a member's own slot, and only from a key file their pinned root signed."""
    wrong = WrongPassphrase("That user name and passphrase don't match an account of this vault.")
    slot = keys.slot_for_username(username.strip())
    if slot is None or keys.vault_id != header.get("vault_id"):
        raise wrong
    try:
        opened = keyfile.unseal_secrets(slot, keyfile.wrapping_key_for_passphrase(slot, passphrase), keys.vault_id)
    except crypto.DecryptionFailed:
        raise wrong from None
    if trust.manifest_problem(keys, opened.root_public):
        raise VaultDamaged("The enrollment file's key list isn't signed by this vault's managers. Ask for a new one.")
    cert = keys.certificate_for_slot(slot.slot_id)
    if cert is None or cert.status != keyfile.ACTIVE:
        raise WrongPassphrase("This account has been disabled. Ask the coordinator if you need access.")
    data_keys, _ = keyfile.open_grants(slot, keys.vault_id, opened.box_private)
    epoch = int(header.get("epoch", -1))
    if epoch not in data_keys:
        raise VaultDamaged("This account was not given the key the enrollment file is sealed under. Ask for a new one.")
    return data_keys[epoch]


def _without_my_anchor(keys: KeyFile, username: str, passphrase: str) -> bytes:
    """The key file with the joiner's own slot re-sealed without its audit anchor: that anchor is a
    head of the centre's trail, which this device doesn't hold (it starts its own). Only sealed
    secrets change, which the manifest's signature doesn't cover."""
    slot = keys.slot_for_username(username.strip())
    assert slot is not None  # _member_data_key opened it
    wrapping = keyfile.wrapping_key_for_passphrase(slot, passphrase)
    opened = keyfile.unseal_secrets(slot, wrapping, keys.vault_id)
    opened.anchor = {}
    keyfile.reseal_secrets(slot, wrapping, keys.vault_id, opened)
    return keyfile.payload(keys)


def _install(target_folder: Path, replica: bytes, keys_payload: bytes) -> None:
    """Both files whole in a side folder, then one rename: a crash leaves no half vault behind."""
    target_folder.parent.mkdir(parents=True, exist_ok=True)
    side = target_folder.with_name(f".{target_folder.name}.joining")
    shutil.rmtree(side, ignore_errors=True)
    side.mkdir()
    journal.atomic_write(side / DB_NAME, replica)
    journal.atomic_write(side / KEYS_NAME, keys_payload)
    if target_folder.exists():
        target_folder.rmdir()  # empty (checked above)
    journal.replace(side, target_folder)
    journal.fsync_folder(target_folder.parent)
