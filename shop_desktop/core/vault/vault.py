"""The vault: one folder with the SQLCipher database and its key file.

A `Vault` object is one signed-in session. It owns the open connection, the
unlocked keys and the signed-in person; every domain function takes it, so
permission checks and audit entries cannot be skipped by a new screen.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shop_desktop.core import actions
from shop_desktop.core.errors import (
    AccountDisabled,
    InvalidInput,
    PermissionDenied,
    SignInDelayed,
    VaultDamaged,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    is_wrong_key,
    raise_plain,
)
from shop_desktop.core.roles import PERMISSION_WORDS, Permission, Role, allowed, parse_roles, roles_text
from shop_desktop.core.vault import audit, crypto, db, journal, keyfile, migrations, session_keys, trust
from shop_desktop.core.vault.audit import Anchor, ChainReport  # the class's audit() and db hide those modules inside it
from shop_desktop.core.vault.db import Connection
from shop_desktop.core.vault.instance_lock import InstanceLock
from shop_desktop.core.vault.keyfile import Certificate, KeyFile, KeySlot, SlotSecrets
from shop_desktop.core.vault.places import DB_NAME, KEYS_NAME, refuse_network_folder, vault_exists
from shop_desktop.core.vault.recovery import parse_recovery_key
from shop_desktop.core.vault.throttle import SignInThrottle

ROTATING_NAME = "shop.db.rotating"
RECOVERY_USER_ID = audit.RECOVERY_ACTOR


@dataclass(frozen=True)
class StaffMember:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool = True
    must_change_passphrase: bool = False
    created_at: str = ""
    disabled_at: str | None = None

    @property
    def first_name(self) -> str:
        return self.display_name.split()[0] if self.display_name.strip() else self.username

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StaffMember:
        return cls(
            id=int(row["id"]),
            username=row["username"],
            display_name=row["display_name"],
            roles=parse_roles(row["roles"]),
            active=bool(row["active"]),
            must_change_passphrase=bool(row["must_change_passphrase"]),
            created_at=row["created_at"],
            disabled_at=row["disabled_at"],
        )


RECOVERY_MEMBER = StaffMember(
    id=RECOVERY_USER_ID,
    username="recovery",
    display_name="Recovery key",
    roles=frozenset({Role.COORDINATOR, Role.ADMIN}),
)


@dataclass
class _Unlocked:
    """What a slot opened: its own secrets and the keys it was granted."""

    slot: KeySlot
    secrets: SlotSecrets
    data_keys: dict[int, bytes]
    notes_keys: dict[int, bytes]
    wrapping_key: bytes = b""  # to seal the audit anchor into this person's slot at sign-out
    root_private: bytes | None = None  # managers and the recovery key only


class Vault:
    """A signed-in session on one vault folder. Use `Vault.create`, `Vault.open` or `open_with_recovery`."""

    def __init__(
        self,
        folder: Path,
        conn: db.Connection,
        keys: KeyFile,
        unlocked: _Unlocked,
        user: StaffMember,
        lock: InstanceLock,
        open_epoch: int,
    ) -> None:
        self.folder = folder
        self._conn: db.Connection | None = conn
        self._db: Any = None
        self.keys = keys
        self._unlocked: _Unlocked | None = unlocked
        self.open_epoch = open_epoch  # the data key the database file is keyed with right now
        self._data_key = bytearray(unlocked.data_keys[open_epoch])
        self.user = user
        self._instance_lock = lock
        self._decision: trust.Decision | None = None
        self._keys_before: KeyFile | None = None  # while a staged key file waits for COMMIT

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        centre_name: str,
        username: str,
        display_name: str,
        passphrase: str,
        centre_address: str = "",
        kdf: crypto.KdfParams | None = None,
        check_passphrase: bool = True,
    ) -> tuple[Vault, str]:
        """Make a new vault with its first coordinator; returns the session and the recovery key text."""
        from shop_desktop.core.vault import passphrase as rules
        from shop_desktop.core.vault.setup import build_new_vault

        username = clean_username(username)
        if check_passphrase:
            rules.check(passphrase, username=username, centre_name=centre_name)
        if vault_exists(folder):
            raise InvalidInput(f"There is already a vault in {folder}. Choose an empty folder.")
        refuse_network_folder(folder)
        kdf = kdf or crypto.calibrate_kdf()
        return build_new_vault(
            cls,
            folder,
            centre_name=centre_name,
            centre_address=centre_address,
            username=username,
            display_name=display_name,
            passphrase=passphrase,
            kdf=kdf,
        )

    @classmethod
    def open(
        cls,
        folder: Path,
        username: str,
        passphrase: str,
        throttle: SignInThrottle | None = None,
        *,
        for_backup: bool = False,
    ) -> Vault:
        """Sign in. for_backup: a session that only backs up, allowed beside the app's (see instance_lock)."""
        throttle = throttle or SignInThrottle(folder)
        who = username.strip()
        wait = throttle.wait_seconds(who)
        if wait > 0:
            raise SignInDelayed(wait)
        keys = _load_keys(folder, username=who, passphrase=passphrase, throttle=throttle)
        try:
            keys, unlocked = _unlock_by_passphrase(folder, keys, who, passphrase)
        except crypto.DecryptionFailed:
            delay = throttle.record_failure(who)
            raise WrongPassphrase(
                "That user name and passphrase don't match. Check Caps Lock and try again.", delay
            ) from None
        try:
            vault = cls._connect(folder, keys, unlocked, recovery=False, shared=for_backup)
        except _KeysSettled:  # a half-finished key change was rolled forward or back: start again on it
            return cls.open(folder, username, passphrase, throttle, for_backup=for_backup)
        throttle.clear(who)
        vault._after_sign_in(throttle)
        return vault

    @classmethod
    def open_with_recovery(cls, folder: Path, recovery_text: str) -> Vault:
        recovery_key = parse_recovery_key(recovery_text)
        keys = _load_keys(folder, recovery_key=recovery_key)
        slot = keys.recovery_slot
        try:
            unlocked = unlock_slot(keys, slot, keyfile.wrapping_key_for_recovery(slot.kdf, recovery_key))
        except crypto.DecryptionFailed:
            raise WrongPassphrase("That recovery key is well formed but belongs to another vault.") from None
        try:
            vault = cls._connect(folder, keys, unlocked, recovery=True)
        except _KeysSettled:
            return cls.open_with_recovery(folder, recovery_text)
        vault._after_sign_in(SignInThrottle(folder))
        return vault

    @classmethod
    def _connect(
        cls, folder: Path, keys: KeyFile, unlocked: _Unlocked, *, recovery: bool, shared: bool = False
    ) -> Vault:
        lock = InstanceLock(folder)
        try:
            lock.acquire()
        except VaultInUse:
            if not shared:
                raise
        try:
            conn, epoch = _open_database(folder, keys, unlocked.data_keys)
            try:
                _settle_pending_keys(folder, conn, keys, settle=lock.held)
                migrations.refuse_if_newer(conn)
                db.configure(conn)
                _migrate_if_writer(conn, lock)
                decision, unlocked, user = _believe(conn, keys, unlocked, recovery)
            except BaseException as error:
                conn.close()
                raise_plain(error, folder, "signing in", "Nothing was changed.")
        except BaseException:
            lock.release()
            raise
        vault = cls(folder, conn, decision.keys, unlocked, user, lock, epoch)
        vault._decision = decision
        return vault

    def _after_sign_in(self, throttle: SignInThrottle) -> None:
        from shop_desktop.core.vault import rotation

        writer = self._instance_lock.held  # a backup-only session beside the app leaves upkeep to the app
        decision, self._decision = self._decision, None
        problems = list(decision.problems) if decision else []
        with self.transaction() as conn:
            if writer and decision and decision.store:
                trust.store_accepted(conn, self.keys)
            changed = writer and session_keys.reconcile_staff(conn, self.keys)
            if changed and not (decision and decision.store):
                problems.append("the staff table didn't match the signed certificates (it was put right)")
            if problems:
                session_keys.record_tampering(self, problems)
        if writer and decision and (decision.repair or not self.secrets.root_public):
            session_keys.rewrite_own_slot(self, repair=decision.repair)  # accepted manifest back; root pinned
        if writer and problems:
            session_keys.drop_refused_notes_keys(self)
        if writer:  # finishing a rotation is the writer's job
            rotation.finish_pending(self)
        with self.transaction():
            self._record_failed_sign_ins(throttle)
            self.audit("session.sign_in", "staff", self.user.id, method=self.sign_in_method)
        if writer:
            rotation.fulfil_notes_rotation(self)

    def leave_thread(self) -> None:
        """Signed in on a worker thread (the sign-in window's, so the KDF and the first steps don't
        block the screen): close the connection there, where it belongs. The keys stay; the thread
        that carries on calls continue_here."""
        self.release_connection()

    def continue_here(self) -> None:
        """The session's own connection, opened on the calling thread (after leave_thread)."""
        conn = db.connect(self.folder / DB_NAME, self.data_key_for(self.open_epoch))
        db.configure(conn)
        self.attach_connection(conn, self.open_epoch)

    def take_warnings(self) -> list[str]:
        """Plain warnings for a manager who just signed in (core/vault/session_keys.py)."""
        return session_keys.take_warnings(self)

    def anchor_in_manifest(self) -> None:
        if self._instance_lock.held:  # the key file is the writer's: a backup beside the app leaves it be
            session_keys.anchor_in_manifest(self)

    @property
    def certificate(self) -> Certificate | None:
        return self.keys.certificate(self.user.id)

    @property
    def root_private(self) -> bytes | None:
        return self._session().root_private

    @property
    def own_slot(self) -> tuple[str, bytes]:
        """(my slot's id, the key its secrets are sealed under), to re-seal them (session_keys)."""
        session = self._session()
        return session.slot.slot_id, session.wrapping_key

    def use_wrapping_key(self, slot: KeySlot, wrapping_key: bytes) -> None:
        """After my own passphrase changed: my slot is now sealed under this key."""
        session = self._session()
        session.slot, session.wrapping_key = slot, wrapping_key

    def _record_failed_sign_ins(self, throttle: SignInThrottle) -> None:
        for who, times in throttle.take_failures().items():
            slot = self.keys.slot_for_username(who)
            self.audit(
                "session.sign_in_failed",
                "staff",
                slot.user_id if slot else None,
                known_user=slot is not None,
                attempts=len(times),
                first=_iso(times[0]),
                last=_iso(times[-1]),
            )

    # --- the session --------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> db.Connection:
        if self._conn is None:
            raise VaultLocked("The vault is locked. Sign in again to continue.")
        return self._conn

    @property
    def db(self) -> Any:
        """The sqlite-utils Database on this session's connection (GUI thread only)."""
        if self._db is None:
            self._db = db.wrap(self.conn)
        return self._db

    @property
    def is_recovery(self) -> bool:
        return self.user.id == RECOVERY_USER_ID

    @property
    def sign_in_method(self) -> str:
        return "recovery_key" if self.is_recovery else "passphrase"

    @property
    def roles(self) -> frozenset[Role]:
        return self.user.roles

    def can(self, permission: Permission) -> bool:
        if permission in (Permission.READ_NOTES, Permission.WRITE_NOTES) and not self.has_notes_key:
            return False
        return allowed(self.user.roles, permission)

    def require(self, permission: Permission) -> None:
        if not self.is_open:
            raise VaultLocked("The vault is locked. Sign in again to continue.")
        if not self.can(permission):
            words = PERMISSION_WORDS.get(permission, "do that")
            raise PermissionDenied(f"Your account can't {words}. Ask the coordinator if you need to.")

    @property
    def is_unlocked(self) -> bool:
        return self._unlocked is not None

    @property
    def has_notes_key(self) -> bool:
        return bool(self._unlocked and self._unlocked.notes_keys)

    def notes_key(self, key_id: int | None = None) -> tuple[int, bytes]:
        """(key id, key) — the newest notes key, or a given older one to read old notes."""
        self.require(Permission.READ_NOTES)
        keys = self._session().notes_keys
        chosen = max(keys) if key_id is None else key_id
        if chosen not in keys:
            raise VaultDamaged("This note was sealed with a key this account was never given.")
        return chosen, keys[chosen]

    @property
    def secrets(self) -> SlotSecrets:
        return self._session().secrets

    @property
    def data_key(self) -> bytes:
        self._session()
        return bytes(self._data_key)

    @property
    def all_notes_keys(self) -> dict[int, bytes]:
        return dict(self._session().notes_keys)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE ... COMMIT; nested use joins the outer transaction."""
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            if self._keys_before is not None:
                journal.point_of_commit(self.folder)
            conn.execute("COMMIT")  # the commit point of a staged key file too (core/vault/journal.py, rule 2)
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._keys_rolled_back()
            raise_plain(error, self.folder)  # a full or failing disk in plain words, in one place
        self._keys_committed()

    def _stage_keys(self, staged: KeyFile) -> None:
        """Inside the transaction that records it: the new key file waits beside the old one, and
        the transaction will commit its hash; COMMIT decides (core/vault/journal.py, rule 2)."""
        with self.transaction():
            digest = journal.stage_keys(self.folder, keyfile.payload(staged))
            self.set_meta(journal.KEYS_META, digest)
            if self._keys_before is None:
                self._keys_before = self.keys
            self.keys = staged

    def _keys_committed(self) -> None:
        if self._keys_before is None:
            return
        self._keys_before = None
        try:
            journal.install_keys(self.folder)
        except OSError as error:
            raise_plain(error, self.folder, "saving", "The change was saved; it is finished at the next sign-in.")

    def _keys_rolled_back(self) -> None:
        if self._keys_before is not None:
            self.keys, self._keys_before = self._keys_before, None
            journal.drop_staged_keys(self.folder)

    def audit(self, action: str, subject_type: str | None = None, subject_id: object = None, **detail: Any) -> int:
        """One signed entry, inside the caller's transaction. Ids only, never names or text."""
        actions.check_audit(action)
        return audit.append(
            self.conn,
            actor_id=self.user.id,
            sign_private=self.secrets.sign_private,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            detail=detail,
        )

    def verify_audit(self) -> ChainReport:
        """The whole trail, with signature keys from the certificates only, against every anchor
        (every signature, no checkpoint: core/audit_trail.check is the everyday check)."""
        return audit.verify(self.conn, trust.signing_keys(self.keys), self.audit_anchors())

    def audit_anchors(self) -> tuple[Anchor, ...]:
        """Heads recorded where an insider can't lower them: the last backup's, my own last sign-out's."""
        anchors = []
        backup_anchor = self.keys.audit_anchor  # another device's backup anchors that device's own trail
        if backup_anchor and int(backup_anchor.get("device", 0)) == session_keys.device_number(self.conn):
            source = f"the backup made {str(backup_anchor.get('at', ''))[:16]}"
            anchors.append(audit.Anchor(source, int(backup_anchor["audit_id"]), str(backup_anchor["audit_hash"])))
        mine = self.secrets.anchor
        if mine.get("audit_id"):
            source = f"your own last sign-out ({str(mine.get('at', ''))[:16]})"
            anchors.append(audit.Anchor(source, int(mine["audit_id"]), str(mine["audit_hash"])))
        return tuple(anchors)

    def connect_worker(self) -> Connection:
        """A separate connection for a worker thread (SQLite connections belong to one thread)."""
        conn = db.connect(self.folder / DB_NAME, self.data_key, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_meta(self, key: str, value: object) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )

    def commit_keys(self, staged: KeyFile) -> None:
        """Sign (as a manager) and stage a changed copy of the key file; call inside the transaction
        that records the change. The COMMIT of that transaction is the commit point (core/vault/journal.py,
        rule 2): the file is renamed into place after it, and a crash either side is settled at the
        next sign-in. A failed write (disk full) rolls the whole change back."""
        root_private = self._session().root_private
        if root_private is None or not trust.is_manager(self.certificate):
            raise PermissionDenied("Only a coordinator or admin can change who holds the vault's keys.")
        staged.notes_commitments.update(trust.accepted_commitments(self.keys))  # clinically signed ones
        if staged.notes_rotation and not trust.notes_rotation_waiting(staged):
            staged.notes_rotation = None
        keyfile.sign_manifest(
            staged, signer_id=self.user.id, signer_private=self.secrets.sign_private, root_private=root_private
        )
        with self.transaction():
            self._stage_keys(staged)
            trust.store_accepted(self.conn, staged)

    def commit_notes_keys(self, staged: KeyFile) -> None:
        """Write notes-key records and grants (the unsigned part); the manifest must be unchanged."""
        if keyfile.canonical(staged.manifest()) != keyfile.canonical(self.keys.manifest()):
            raise PermissionDenied("Only a coordinator or admin can change who holds the vault's keys.")
        staged.manifest_raw = self.keys.manifest_raw
        self._stage_keys(staged)  # joins the caller's transaction, or is one of its own

    def remember_data_key(self, epoch: int, key: bytes) -> None:
        self._session().data_keys[epoch] = key

    def remember_notes_key(self, key_id: int, key: bytes) -> None:
        if self._session().notes_keys or self.is_recovery:
            self._session().notes_keys[key_id] = key

    def data_key_for(self, epoch: int) -> bytes:
        return self._session().data_keys[epoch]

    def data_keys(self) -> dict[int, bytes]:
        return dict(self._session().data_keys)

    def release_connection(self) -> None:
        """Close the connection but keep the keys (for swapping the database file)."""
        self.conn.close()
        self._conn = None

    def attach_connection(self, conn: Connection, epoch: int) -> None:
        self._conn = conn
        self._db = None
        self.open_epoch = epoch
        self._data_key[:] = self.data_key_for(epoch)

    def _session(self) -> _Unlocked:
        if self._unlocked is None:
            raise VaultLocked("The vault is locked. Sign in again to continue.")
        return self._unlocked

    def refresh_user(self) -> None:
        if not self.is_recovery:
            self.user = _member_from(self.conn, self.keys.certificate(self.user.id) or self.certificate)

    def lock(self) -> None:
        """Close the connection and drop every key this session held."""
        if self._conn is not None and self._unlocked is not None and self._instance_lock.held:
            session_keys.anchor_audit_head(self)  # the writer's: a backup beside the app never writes the key file
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
        for index in range(len(self._data_key)):
            self._data_key[index] = 0
        self._unlocked = None
        self._instance_lock.release()

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


# --- helpers ----------------------------------------------------------------------------


def clean_username(name: str) -> str:
    cleaned = name.strip()
    if not (2 <= len(cleaned) <= 40) or any(ch.isspace() for ch in cleaned):
        raise InvalidInput('A user name is 2 to 40 characters with no spaces, e.g. "maria" or "frontdesk2".')
    return cleaned


def _iso(timestamp: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def _load_keys(folder: Path, **credentials: Any) -> KeyFile:
    """The key file, after a half-finished restore is finished or undone; a format-1 file is upgraded
    first, with the credentials of the person signing in."""
    refuse_network_folder(folder)
    problem = journal.recover(folder)
    if problem:
        raise VaultDamaged(problem)
    if not vault_exists(folder):
        raise VaultMissing(f"There is no SHOP Desktop vault in {folder}.")
    keyfile.remove_stale_temp_files(folder, KEYS_NAME)
    try:
        return keyfile.load(folder / KEYS_NAME)
    except keyfile.OlderFormat as older:
        from shop_desktop.core.vault import keyfile_upgrade

        keyfile_upgrade.upgrade(folder, older.data, **credentials)
    return keyfile.load(folder / KEYS_NAME)


class _KeysSettled(Exception):
    """A pending key file was rolled forward, or the one this sign-in unlocked was rolled back."""


def _unlock_by_passphrase(folder: Path, keys: KeyFile, who: str, passphrase: str) -> tuple[KeyFile, _Unlocked]:
    """The slot in the key file, or else in a key file a killed change left pending (kept only if
    that change committed: _settle_pending_keys). Raises DecryptionFailed."""
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


def _settle_pending_keys(folder: Path, conn: db.Connection, unlocked_from: KeyFile, *, settle: bool) -> None:
    """Roll a half-finished key change forward or back (core/vault/journal.py, rule 2), before anything in
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
        raise VaultInUse("The app is changing a staff account right now. Try again in a minute.")
    raise _KeysSettled()


def unlock_slot(keys: KeyFile, slot: KeySlot, wrapping_key: bytes) -> _Unlocked:
    """Open a slot's secrets and every grant sealed to it; nothing here is believed yet (_believe)."""
    slot_secrets = keyfile.unseal_secrets(slot, wrapping_key, keys.vault_id)
    data_keys, notes_keys = keyfile.open_grants(slot, keys.vault_id, slot_secrets.box_private)
    return _Unlocked(slot, slot_secrets, data_keys, notes_keys, wrapping_key)


def _believe(
    conn: db.Connection, file_keys: KeyFile, unlocked: _Unlocked, recovery: bool
) -> tuple[trust.Decision, _Unlocked, StaffMember]:
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
        raise AccountDisabled("This account has been disabled. Ask the coordinator if you need access.")
    data_keys, opened_notes = keyfile.open_grants(slot, keys.vault_id, unlocked.secrets.box_private)
    notes_keys: dict[int, bytes] = {}
    if trust.is_clinical_cert(cert):
        notes_keys, problems = trust.accepted_notes_keys(keys, opened_notes)
        decision.problems.extend(problems)
    decision.problems.extend(trust.bad_notes_records(keys))
    root_private = None
    if trust.is_manager(cert):
        root_private = keyfile.open_root_grant(keys, slot, unlocked.secrets.box_private)
    kept = _Unlocked(slot, unlocked.secrets, data_keys, notes_keys, unlocked.wrapping_key, root_private)
    user = RECOVERY_MEMBER if recovery else _member_from(conn, cert)
    return decision, kept, user


UNSIGNED_KEY_FILE = (
    "The key file isn't signed by this vault's managers, and the database has no signed copy to "
    "check it against, so nothing in it can be trusted. Restore the latest backup."
)
OLDER_KEY_FILE = (
    "The key file is older than the database: it looks like an old copy was put back. "
    "Open the vault with the recovery key, or restore the latest backup."
)


def _open_database(folder: Path, keys: KeyFile, data_keys: dict[int, bytes]) -> tuple[db.Connection, int]:
    """Try the current epoch's key first, then an older one a half-finished rotation left."""
    for epoch in sorted(data_keys, key=lambda e: (e != keys.epoch, -e)):
        try:
            return db.connect(folder / DB_NAME, data_keys[epoch]), epoch
        except db.DatabaseError as error:
            if not is_wrong_key(error):  # a full or failing disk is not a wrong key
                raise_plain(error, folder, "signing in", "Nothing was changed.")
    raise AccountDisabled(
        "This account's keys no longer open the database. The account may have been disabled, "
        "or the key file is older than the database (an old copy put back). Ask the coordinator."
    )


def _migrate_if_writer(conn: db.Connection, lock: InstanceLock) -> None:
    if lock.held:
        migrations.migrate(conn)
    elif migrations.schema_version(conn) < migrations.LATEST:
        raise VaultInUse(
            "The vault needs updating, and another SHOP Desktop window has it open. Close it, then try again."
        )


def _member_from(conn: db.Connection, cert: Certificate | None) -> StaffMember:
    """Who signed in: roles and status from the signed certificate; name and dates from the table."""
    if cert is None:
        raise AccountDisabled("This account has been disabled. Ask the coordinator if you need access.")
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


def select_staff(conn: db.Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[StaffMember]:
    """Staff rows as StaffMember, e.g. select_staff(conn, "WHERE id = ?", (3,)). The one staff query."""
    cursor = conn.execute(f"SELECT * FROM staff {where}", params)
    names = [c[0] for c in cursor.description]
    return [StaffMember.from_row(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def new_vault_id() -> str:
    return secrets.token_hex(16)


def staff_row(username: str, display_name: str, roles: frozenset[Role], created_at: str) -> dict[str, Any]:
    return {
        "username": username,
        "display_name": display_name.strip() or username,
        "roles": roles_text(roles),
        "active": 1,
        "must_change_passphrase": 0,
        "created_at": created_at,
    }
