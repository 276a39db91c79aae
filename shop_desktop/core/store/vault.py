"""The vault: one folder with the SQLCipher database and its key file.

A `Vault` object is one signed-in session. It owns the open connection, the
unlocked keys and the signed-in person; every domain function takes it, so
permission checks and audit entries cannot be skipped by a new screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from shop_desktop.core import actions
from shop_desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    PermissionDenied,
    SignInDelayed,
    VaultDamaged,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
    raise_plain,
    said,
)
from shop_desktop.core.roles import PERMISSION_WORDS, Permission, Role, allowed
from shop_desktop.core.store import audit, crypto, db, journal, keyfile, migrations, session_keys, sign_in, trust
from shop_desktop.core.store.audit import Anchor, ChainReport  # the class's audit() and db hide those modules inside it
from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.instance_lock import InstanceLock
from shop_desktop.core.store.keyfile import Certificate, KeyFile, KeySlot, SlotSecrets
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.places import KEYS_NAME as KEYS_NAME  # re-exported
from shop_desktop.core.store.recovery import parse_recovery_key
from shop_desktop.core.store.sign_in import unlock_slot
from shop_desktop.core.store.staff_member import RECOVERY_USER_ID, StaffMember
from shop_desktop.core.store.staff_member import clean_username as clean_username  # re-exported
from shop_desktop.core.store.staff_member import new_vault_id as new_vault_id  # re-exported, as are the two below
from shop_desktop.core.store.staff_member import select_staff as select_staff
from shop_desktop.core.store.staff_member import staff_row as staff_row
from shop_desktop.core.store.throttle import SignInThrottle

ROTATING_NAME = "shop.db.rotating"
LOCKED = QT_TRANSLATE_NOOP("core", "The vault is locked. Sign in again to continue.")
MANAGERS_ONLY = QT_TRANSLATE_NOOP("core", "Only a coordinator or admin can change who holds the vault's keys.")


class Vault:
    """A signed-in session on one vault folder. Use `Vault.create`, `Vault.open` or `open_with_recovery`."""

    def __init__(
        self,
        folder: Path,
        conn: db.Connection,
        keys: KeyFile,
        unlocked: sign_in.Unlocked,
        user: StaffMember,
        lock: InstanceLock,
        open_epoch: int,
    ) -> None:
        self.folder = folder
        self._conn: db.Connection | None = conn
        self._db: Any = None
        self.keys = keys
        self._unlocked: sign_in.Unlocked | None = unlocked
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
        from shop_desktop.core.store.setup import build_new_vault, checked_first_account

        username = checked_first_account(folder, username, passphrase, centre_name, check_passphrase=check_passphrase)
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
        keys = sign_in.load_keys(folder, username=who, passphrase=passphrase, throttle=throttle)
        try:
            keys, unlocked = sign_in.unlock_by_passphrase(folder, keys, who, passphrase)
        except crypto.DecryptionFailed:
            delay = throttle.record_failure(who)
            raise WrongPassphrase(sign_in.WRONG_NAME_OR_PASSPHRASE, delay) from None
        try:
            vault = cls._connect(folder, keys, unlocked, recovery=False, shared=for_backup)
        except sign_in.KeysSettled:  # a half-finished key change was rolled forward or back: start again on it
            return cls.open(folder, username, passphrase, throttle, for_backup=for_backup)
        throttle.clear(who)
        vault._after_sign_in(throttle)
        return vault

    @classmethod
    def open_with_recovery(cls, folder: Path, recovery_text: str) -> Vault:
        recovery_key = parse_recovery_key(recovery_text)
        keys = sign_in.load_keys(folder, recovery_key=recovery_key)
        slot = keys.recovery_slot
        try:
            unlocked = unlock_slot(keys, slot, keyfile.wrapping_key_for_recovery(slot.kdf, recovery_key))
        except crypto.DecryptionFailed:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("core", "That recovery key is well formed but belongs to another vault.")
            ) from None
        try:
            vault = cls._connect(folder, keys, unlocked, recovery=True)
        except sign_in.KeysSettled:
            return cls.open_with_recovery(folder, recovery_text)
        vault._after_sign_in(SignInThrottle(folder))
        return vault

    @classmethod
    def _connect(
        cls, folder: Path, keys: KeyFile, unlocked: sign_in.Unlocked, *, recovery: bool, shared: bool = False
    ) -> Vault:
        lock = InstanceLock(folder)
        try:
            lock.acquire()
        except VaultInUse:
            if not shared:
                raise
        try:
            conn, epoch = sign_in.open_database(folder, keys, unlocked.data_keys)
            try:
                sign_in.settle_pending_keys(folder, conn, keys, settle=lock.held)
                migrations.refuse_if_newer(conn)
                db.configure(conn)
                sign_in.migrate_if_writer(conn, lock)
                decision, unlocked, user = sign_in.believe(conn, keys, unlocked, recovery)
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
        from shop_desktop.core.store import rotation

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
            sign_in.record_failed_sign_ins(self, throttle)
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
        """Plain warnings for a manager who just signed in (core/store/session_keys.py)."""
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

    # --- the session --------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> db.Connection:
        if self._conn is None:
            raise VaultLocked(LOCKED)
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
            raise VaultLocked(LOCKED)
        if not self.can(permission):
            words = PERMISSION_WORDS.get(permission, "do that")
            raise PermissionDenied(
                said(
                    QT_TRANSLATE_NOOP("core", "Your account can't {words}. Ask the coordinator if you need to."),
                    words=words,
                )
            )

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
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("core", "This note was sealed with a key this account was never given.")
            )
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
            conn.execute("COMMIT")  # the commit point of a staged key file too (core/store/journal.py, rule 2)
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._keys_rolled_back()
            raise_plain(error, self.folder)  # a full or failing disk in plain words, in one place
        self._keys_committed()

    def _stage_keys(self, staged: KeyFile) -> None:
        """Inside the transaction that records it: the new key file waits beside the old one, and
        the transaction will commit its hash; COMMIT decides (core/store/journal.py, rule 2)."""
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
        """Heads recorded where an insider can't lower them (core/store/session_keys.py)."""
        return session_keys.audit_anchors(self)

    def connect_worker(self) -> Connection:
        """A separate connection for a worker thread (SQLite connections belong to one thread)."""
        return db.connect_worker(self.folder / DB_NAME, self.data_key)

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
        that records the change. The COMMIT of that transaction is the commit point (core/store/journal.py,
        rule 2): the file is renamed into place after it, and a crash either side is settled at the
        next sign-in. A failed write (disk full) rolls the whole change back."""
        root_private = self._session().root_private
        if root_private is None or not trust.is_manager(self.certificate):
            raise PermissionDenied(MANAGERS_ONLY)
        if not self.signs_keys_here:
            raise PermissionDenied(self.why_keys_not_signed_here)
        staged.notes_commitments.update(trust.accepted_commitments(self.keys))  # clinically signed ones
        if staged.notes_rotation and not trust.notes_rotation_waiting(staged):
            staged.notes_rotation = None
        keyfile.sign_manifest(
            staged, signer_id=self.user.id, signer_private=self.secrets.sign_private, root_private=root_private
        )
        with self.transaction():
            self._stage_keys(staged)
            trust.store_accepted(self.conn, staged)

    @property
    def signs_keys_here(self) -> bool:
        """Is this the centre PC, the one device whose managers sign key-file changes? Two devices
        signing the same generation would fork the key file's chain: each would keep its own
        change and drop the other's (a colleague added on one PC could sign in nowhere). A rule
        of coordination, not a boundary: a manager anywhere holds the root key, and receivers check
        signatures, not which device signed (an insider editing sync_device gains nothing)."""
        return not self.why_keys_not_signed_here

    @property
    def why_keys_not_signed_here(self) -> str:
        """ "" on the centre PC; otherwise why not (a replica, or a restored centre not yet synced)."""
        return session_keys.why_keys_not_signed_here(self.conn)

    def commit_notes_keys(self, staged: KeyFile) -> None:
        """Write notes-key records and grants (the unsigned part); the manifest must be unchanged."""
        if keyfile.canonical(staged.manifest()) != keyfile.canonical(self.keys.manifest()):
            raise PermissionDenied(MANAGERS_ONLY)
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

    def _session(self) -> sign_in.Unlocked:
        if self._unlocked is None:
            raise VaultLocked(LOCKED)
        return self._unlocked

    def refresh_user(self) -> None:
        if not self.is_recovery:
            self.user = sign_in.member_from(self.conn, self.keys.certificate(self.user.id) or self.certificate)

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
