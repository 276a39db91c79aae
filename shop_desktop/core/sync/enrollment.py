"""Enrollment: the file "Add a device" writes, and joining a new PC with it (SYNC.md, #25).

The file holds the device's number, profile, the vault id and who it was made for (plain, for the
wizard to show), the vault's key file, and a replica database holding only that profile's data,
sealed (AES-256-GCM) under a fresh file key. The file key is sealed to the box key in the chosen
joiner's signed certificate, as a grant is sealed to a slot, so only that person's passphrase
opens the file: not another staff member's, and not the data key, which every member holds. An
outreach replica holds no notes, overdose records or other tables outside its profile, and of a
client only the columns the profile keeps (deleted or blanked, then the file vacuumed, with
secure_delete on); its key file holds no notes-key grants.

    SHOPENROLL3\\n | header (JSON) | key file | file key sealed to the joiner | sealed replica

each part framed by its length (8 bytes); the sealed replica is parts of at most 1 MiB, each framed
by its length (4 bytes), its number and last flag in its nonce: making and joining never hold the
whole replica (a 20-year Join peaked at 781 MB with it sealed whole, issue 21). Version 2 still joins.

Joining (no session yet, like setup): the person's slot is opened with their passphrase, the key
file must verify under the root pinned inside that slot, the file key is opened with the slot's
box key, the replica is opened and written with the key file into a side folder, which is then
renamed into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cryptography.exceptions import InvalidTag

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, Cancelled, InvalidInput, VaultDamaged, WrongPassphrase, said
from shop_desktop.core.store import audit, crypto, db, journal, keyfile, trust
from shop_desktop.core.store.keyfile import KeyFile
from shop_desktop.core.store.places import DB_NAME, KEYS_NAME, refuse_network_folder, vault_exists
from shop_desktop.core.sync import devices, exchange, trim

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

MAGIC = b"SHOPENROLL3\n"
FORMAT, VERSION = "shop-enrollment", 3
WHOLE_MAGIC, WHOLE_VERSION = b"SHOPENROLL2\n", 2  # the replica sealed in one piece (earlier builds)
REPLICA_PART = 1 << 20
PART_LEN = struct.Struct(">I")
FRAME_LEN = struct.Struct(">Q")
FRAME_LIMITS = (1 << 20, 64 << 20, 1 << 16)  # header, key file, sealed file key: far above any real one
SUFFIX = ".shopenroll"
NOT_FOR_YOU = QT_TRANSLATE_NOOP(
    "core",
    "This enrollment file was made for {name}, and only their passphrase opens it."
    " Ask the coordinator to make one for you.",
)
NOT_ENROLLMENT = QT_TRANSLATE_NOOP(
    "core", "That file is not a SHOP Desktop enrollment file, or it was changed or cut short."
)
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


def _associated(header_raw: bytes, keys_payload: bytes) -> bytes:
    return b"shop-enroll|" + header_raw + hashlib.sha256(keys_payload).digest()


def _key_associated(header_raw: bytes) -> bytes:
    return b"shop-enroll-key|" + header_raw


def _frame(part: bytes) -> bytes:
    return FRAME_LEN.pack(len(part)) + part


def _part_nonce(index: int, last: bool) -> bytes:
    """The file key is new for every file, so a part's number and last flag make its nonce unique."""
    return struct.pack(">7sIB", b"enroll3", index, 1 if last else 0)


# --- making it (the centre PC) -----------------------------------------------------------------


@dataclass(frozen=True)
class EnrollmentPlan:
    """What the worker needs to make one enrollment file (no session, no connection)."""

    vault_folder: Path
    number: int
    profile: str
    folder: Path  # where the file goes
    header_raw: bytes
    keys_payload: bytes
    joiner_box: bytes = field(repr=False)  # the joiner's box public key, from their signed certificate
    data_key: bytes = field(repr=False)
    device_key: bytes = field(repr=False)

    @property
    def target(self) -> Path:
        return self.folder / enrollment_name(self.number)

    def left_behind(self) -> Path | None:
        """After a failure or Cancel: the file, if it was renamed into place before the end (then
        the number stays used, so no second device can ever be given it)."""
        return self.target if self.target.exists() else None


def joiner_certificate(vault: Vault, joiner: int | str) -> keyfile.Certificate:
    """The active, signed certificate of the person who will join, by user id or user name (checked
    before a number is used)."""
    if isinstance(joiner, str):
        slot = vault.keys.slot_for_username(joiner.strip())
        joiner = slot.user_id if slot is not None else -1
    cert = vault.keys.certificate(joiner)
    if cert is None or cert.status != keyfile.ACTIVE or vault.keys.slot_for_user(joiner) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core", "Choose a staff member with an active account: only they will be able to open the file."
            )
        )
    if vault.keys.rotation is not None or vault.open_epoch != vault.keys.epoch:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "A key change is still being finished. Sign in again, then add the device.")
        )
    return cert


FOLDER_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "core",
    "The enrollment file can't be written in {folder}: the folder is read-only, full or gone (a USB stick"
    " locked or taken out?). Choose another folder.",
)


def check_folder(folder: Path) -> None:
    """Before a device number is used (Add a device): `folder` exists or can be made, and takes a file."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(prefix=".shop-check-", dir=folder):
            pass
    except OSError:
        raise InvalidInput(said(FOLDER_NOT_WRITABLE, folder=folder)) from None


def plan_enrollment(vault: Vault, number: int, folder: Path, device_key: bytes, joiner: int | str) -> EnrollmentPlan:
    """On the session's thread: what goes in the header and key file, and the session's connection
    set aside for the worker (exchange.set_aside; exchange.take_back when the worker is done)."""
    found = devices.device(vault.conn, number)
    if found is None:
        raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "There is no device number {number}."), number=number))
    cert = joiner_certificate(vault, joiner)
    check_folder(folder)
    header = {"format": FORMAT, "version": VERSION, "vault_id": vault.keys.vault_id, "device": number}
    header |= {"profile": found.profile, "name": found.name, "epoch": vault.open_epoch, "made_at": audit.now_iso()}
    header |= {"for_user": cert.user_id, "for_username": cert.username}
    keys_payload = keyfile.payload(keys_for_profile(vault.keys, found.profile))
    exchange.set_aside(vault)
    return EnrollmentPlan(
        vault.folder, number, found.profile, folder, json.dumps(header, sort_keys=True).encode(), keys_payload,
        cert.box_public, vault.data_key, device_key,
    )  # fmt: skip


def make_enrollment(plan: EnrollmentPlan, report: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Path:
    """The worker half: the replica copied, cut to the profile, compacted and sealed to the joiner,
    then written atomically. Cancel stops before the file is written (Cancelled): no file then."""

    def step(fraction: float, words: str) -> None:
        if cancelled():
            raise Cancelled()
        report(fraction, words)

    step(0.02, QT_TRANSLATE_NOOP("core", "Getting this PC ready to send its changes…"))
    exchange.start_base(plan.vault_folder, plan.data_key)  # if new: the centre's changes travel as bundles
    with replica_file(plan, step) as replica:
        step(0.9, QT_TRANSLATE_NOOP("core", "Sealing the file for the person who will join…"))
        file_key = os.urandom(32)  # opened only through the joiner's own slot (their passphrase)
        sealed_key = crypto.seal_to(plan.joiner_box, file_key, _key_associated(plan.header_raw))
        head = MAGIC + b"".join(_frame(part) for part in (plan.header_raw, plan.keys_payload, sealed_key))
        sealed = _sealed_parts(file_key, _associated(plan.header_raw, plan.keys_payload), replica, cancelled)
        step(0.95, QT_TRANSLATE_NOOP("core", "Writing the enrollment file…"))  # sealed as it is written
        journal.atomic_write_parts(plan.target, (head, _replica_frame(replica), *sealed))
    report(1.0, QT_TRANSLATE_NOOP("core", "Enrollment file written."))
    return plan.target


def _part_count(replica: Path) -> int:
    return max(1, -(-replica.stat().st_size // REPLICA_PART))  # an empty replica is one empty part


def _replica_frame(replica: Path) -> bytes:
    """The sealed replica's frame length: each part adds its 4-byte length and a 16-byte tag."""
    return FRAME_LEN.pack(replica.stat().st_size + _part_count(replica) * (PART_LEN.size + 16))


def _sealed_parts(file_key: bytes, associated: bytes, replica: Path, cancelled: Callable[[], bool]) -> Iterator[bytes]:
    """The replica read and sealed a part at a time."""
    cipher, parts = crypto.AESGCM(file_key), _part_count(replica)
    with open(replica, "rb") as source:
        for index in range(parts):
            if cancelled():
                raise Cancelled()
            sealed = cipher.encrypt(_part_nonce(index, index == parts - 1), source.read(REPLICA_PART), associated)
            yield PART_LEN.pack(len(sealed)) + sealed


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


@contextmanager
def replica_file(plan: EnrollmentPlan, step: Callable[[float, str], None]) -> Iterator[Path]:
    """A copy of the database with only this profile's rows, as this device's number, vacuumed
    (on the worker's own connection: the session's is set aside meanwhile); still keyed with the
    data key, in a scratch folder beside the vault that goes when the block ends."""
    with tempfile.TemporaryDirectory(prefix="shop-enroll-", dir=plan.vault_folder) as scratch:
        path = Path(scratch) / "replica.db"
        step(0.1, QT_TRANSLATE_NOOP("core", "Copying the records…"))
        source = db.connect(plan.vault_folder / DB_NAME, plan.data_key)
        try:
            db.export_rekeyed(source, path, plan.data_key)
        finally:
            source.close()
        conn = db.connect(path, plan.data_key)
        try:
            step(0.4, QT_TRANSLATE_NOOP("core", "Leaving out what this device doesn't carry…"))
            conn.execute("PRAGMA secure_delete = ON")
            _keep_only_profile(conn, plan.number, plan.profile, plan.device_key)
            step(0.6, QT_TRANSLATE_NOOP("core", "Compacting the copy…"))
            conn.execute("VACUUM")
        finally:
            conn.close()
        yield path


def _keep_only_profile(conn: db.Connection, number: int, profile_key: str, device_key: bytes) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")  # the rows that stay may point at rows that don't travel
    conn.execute("BEGIN IMMEDIATE")
    centre_sent = conn.execute("SELECT value FROM meta WHERE key = 'sync.sent'").fetchone()
    for table in exchange.synced_tables(conn):
        if not exchange.carries(profile_key, table):
            trim.empty(conn, table)
    trim.leave_dropped_columns(conn, profile_key)
    covered = {devices.SECRET_META + key for key in devices.covered_profiles(profile_key)}
    for (key,) in conn.execute("SELECT key FROM meta").fetchall():
        if key in LOCAL_META or (str(key).startswith(devices.SECRET_META) and key not in covered):
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    # the centre's trail is the centre's (who checked in, when): this device starts its own chain
    trim.empty(conn, "audit")
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


# --- joining (the new PC) ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Opened:
    """An enrollment file's small parts, read; the sealed replica is read later, part by part."""

    header: dict[str, Any]
    header_raw: bytes
    keys_payload: bytes
    sealed_key: bytes
    version: int
    replica_at: int
    replica_length: int


def _open_enrollment(path: Path) -> _Opened:
    """Its header, key file and sealed file key; its size must be exactly what the frames say.
    Refused in plain words if malformed."""
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(MAGIC))
            if magic not in (MAGIC, WHOLE_MAGIC):
                raise ValueError("no magic")
            small = [_read_frame(handle, limit) for limit in FRAME_LIMITS]
            (replica_length,) = FRAME_LEN.unpack(_read_exactly(handle, FRAME_LEN.size))
            replica_at = handle.tell()
            if os.fstat(handle.fileno()).st_size != replica_at + replica_length:
                raise ValueError("length")
        header = json.loads(small[0])
        version = VERSION if magic == MAGIC else WHOLE_VERSION
        if not isinstance(header, dict) or header.get("format") != FORMAT or int(header.get("version", 0)) != version:
            raise ValueError("format")
    except (OSError, ValueError, TypeError, struct.error):  # TypeError: a header that isn't an object
        raise InvalidInput(NOT_ENROLLMENT) from None
    return _Opened(header, small[0], small[1], small[2], version, replica_at, replica_length)


def _read_exactly(handle: BinaryIO, length: int) -> bytes:
    data = handle.read(length)
    if len(data) != length:
        raise ValueError("cut short")
    return data


def _read_frame(handle: BinaryIO, limit: int) -> bytes:
    (length,) = FRAME_LEN.unpack(_read_exactly(handle, FRAME_LEN.size))
    if length > limit:
        raise ValueError("impossible length")
    return _read_exactly(handle, length)


def describe(path: Path) -> dict[str, Any]:
    """What the wizard shows before asking for a passphrase: device name, number, profile, for whom."""
    header = _open_enrollment(path).header
    return {key: header.get(key) for key in ("name", "device", "profile", "vault_id", "made_at", "for_username")}


def join(enrollment_file: Path, target_folder: Path, username: str, passphrase: str) -> Path:
    """Make the replica vault in target_folder; the person then signs in as usual."""
    if vault_exists(target_folder) or (target_folder.exists() and any(target_folder.iterdir())):
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "{folder} is not empty. Choose an empty folder for this PC's vault."),
                folder=target_folder,
            )
        )
    refuse_network_folder(target_folder)
    opened = _open_enrollment(enrollment_file)
    try:  # the key list is checked against the vault's root below; first it must be one
        keys = keyfile.KeyFile.from_json(json.loads(opened.keys_payload))
    except (VaultDamaged, ValueError, KeyError, TypeError, AttributeError):
        raise InvalidInput(NOT_ENROLLMENT) from None
    data_key, box_private = _member_keys(keys, opened.header, username, passphrase)
    try:  # their passphrase opened the slot the header names: a failure now is damage, not the wrong person
        file_key = crypto.open_box(box_private, opened.sealed_key, _key_associated(opened.header_raw))
    except crypto.DecryptionFailed:
        raise InvalidInput(NOT_ENROLLMENT) from None
    keys_payload = _without_my_anchor(keys, username, passphrase)
    _install(target_folder, lambda sink: _open_replica(enrollment_file, opened, file_key, sink), keys_payload)
    exchange.start_base(target_folder, data_key)  # base: what this device holds at enrollment
    return target_folder


def _open_replica(path: Path, opened: _Opened, file_key: bytes, sink: journal.SeamFile) -> None:
    """The sealed replica opened part by part into `sink`; any part that doesn't open (changed,
    dropped, repeated, moved, cut off, or bytes after the last) refuses the whole file."""
    associated = _associated(opened.header_raw, opened.keys_payload)
    try:
        with open(path, "rb") as handle:
            handle.seek(opened.replica_at)
            if opened.version == WHOLE_VERSION:
                sink.write(crypto.open_sealed(file_key, handle.read(opened.replica_length), associated))
                return
            cipher, left, index = crypto.AESGCM(file_key), opened.replica_length, 0
            while left > 0:
                (length,) = PART_LEN.unpack(_read_exactly(handle, PART_LEN.size))
                if not 16 <= length <= REPLICA_PART + 16 or length > left - PART_LEN.size:
                    raise ValueError("impossible part")
                left -= PART_LEN.size + length
                sink.write(cipher.decrypt(_part_nonce(index, left == 0), _read_exactly(handle, length), associated))
                index += 1
    except (crypto.DecryptionFailed, InvalidTag, ValueError, struct.error):
        raise InvalidInput(NOT_ENROLLMENT) from None


def _member_keys(keys: KeyFile, header: dict[str, Any], username: str, passphrase: str) -> tuple[bytes, bytes]:
    """(the data key, the slot's box key), only through the joiner's own slot, and only from a key
    file their pinned root signed."""
    wrong = WrongPassphrase(
        QT_TRANSLATE_NOOP("core", "That user name and passphrase don't match an account of this vault.")
    )
    slot = keys.slot_for_username(username.strip())
    if slot is None or keys.vault_id != header.get("vault_id"):
        raise wrong
    if slot.user_id != header.get("for_user"):  # said before the passphrase's slow key derivation
        raise InvalidInput(said(NOT_FOR_YOU, name=header.get("for_username", "someone else")))
    try:
        opened = keyfile.unseal_secrets(slot, keyfile.wrapping_key_for_passphrase(slot, passphrase), keys.vault_id)
    except crypto.DecryptionFailed:
        raise wrong from None
    if trust.manifest_problem(keys, opened.root_public):
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "core", "The enrollment file's key list isn't signed by this vault's managers. Ask for a new one."
            )
        )
    cert = keys.certificate_for_slot(slot.slot_id)
    if cert is None or cert.status != keyfile.ACTIVE:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("core", "This account has been disabled. Ask the coordinator if you need access.")
        )
    data_keys, _ = keyfile.open_grants(slot, keys.vault_id, opened.box_private)
    epoch = header.get("epoch")
    if not isinstance(epoch, int) or epoch not in data_keys:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "core", "This account was not given the key the enrollment file is sealed under. Ask for a new one."
            )
        )
    return data_keys[epoch], opened.box_private


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


def _install(target_folder: Path, write_replica: Callable[[journal.SeamFile], None], keys_payload: bytes) -> None:
    """Both files whole in a side folder, then one rename: a crash leaves no half vault behind, and
    a replica that doesn't open leaves no side folder either."""
    target_folder.parent.mkdir(parents=True, exist_ok=True)
    side = target_folder.with_name(f".{target_folder.name}.joining")
    shutil.rmtree(side, ignore_errors=True)
    side.mkdir()
    try:
        with journal.open_new(side / DB_NAME) as replica:
            write_replica(replica)
            replica.sync()
    except BaseException:
        shutil.rmtree(side, ignore_errors=True)
        raise
    journal.atomic_write(side / KEYS_NAME, keys_payload)
    if target_folder.exists():
        target_folder.rmdir()  # empty (checked above)
    journal.replace(side, target_folder)
    journal.fsync_folder(target_folder.parent)
