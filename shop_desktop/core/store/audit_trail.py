"""The audit trail as the screens and the CLI see it: read and checked only by those allowed to."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from shop_desktop.core.actions import action
from shop_desktop.core.errors import Cancelled
from shop_desktop.core.progress import Progress
from shop_desktop.core.roles import Permission
from shop_desktop.core.store import audit, audit_checkpoints, db, trust
from shop_desktop.core.store.audit import Anchor, AuditEntry, ChainReport
from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.vault import Vault


@action(Permission.VIEW_AUDIT, audits=())
def recent_entries(vault: Vault, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """The newest entries first (ids and actions only: the trail holds no names or text)."""
    return audit.entries(vault.conn, limit=limit, offset=offset)


Writing = Callable[[Connection], AbstractContextManager[object]]


@dataclass(frozen=True)
class TrailCheck:
    """What a check needs from the session, taken on the session's thread (a worker never reads
    the session's keys: lock() may wipe them meanwhile)."""

    signers: dict[int, set[str]]
    anchors: tuple[Anchor, ...]
    vault_id: str
    me: int
    sign_private: bytes | None = field(repr=False)  # None: I hold no certified key, so no checkpoint
    full: bool = False
    database: Path | None = None  # for in_worker: the vault's database file and its key
    data_key: bytes = field(default=b"", repr=False)
    digested: audit_checkpoints.Digested | None = None  # taken beforehand (check: through APSW)

    def in_worker(self, progress: Progress, cancelled: Callable[[], bool]) -> ChainReport:
        """run() on a connection of the worker's own, opened there: opening one costs ~100 ms, too
        long for the GUI thread (the key was copied on the session's thread, as a backup's is)."""
        assert self.database is not None
        conn = db.connect(self.database, self.data_key, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            return self.run(conn, progress, cancelled)
        finally:
            conn.close()

    def run(
        self, conn: Connection, progress: Progress, cancelled: Callable[[], bool], writing: Writing | None = None
    ) -> ChainReport:
        """Prove the trail on `conn` (reads only, no lock held); if it passes, sign a checkpoint at
        the head it reached, in a write transaction of `writing` (default: one on `conn`)."""
        tick = _ticker(conn, progress, cancelled)
        used: audit_checkpoints.Used = (None, None)
        if self.full:
            report = audit.verify(conn, self.signers, self.anchors, tick=tick)
        else:
            report, used = audit_checkpoints.verify(
                conn, self.signers, self.anchors, vault_id=self.vault_id, me=self.me, tick=tick, digested=self.digested
            )
        if report.ok and self.sign_private is not None:
            progress(1.0, "Signing a checkpoint…")
            with (writing or _writing)(conn):
                audit_checkpoints.record(
                    conn, report, vault_id=self.vault_id, me=self.me, sign_private=self.sign_private, used=used
                )
        return report


def _ticker(conn: Connection, progress: Progress, cancelled: Callable[[], bool]) -> Callable[[int], None]:
    """Progress as a share of the entries there are now; Cancel stops the check between reads."""
    total = max(1, audit.head(conn)[0])

    def tick(done: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(min(done, total) / total, "Checking the audit trail…")

    return tick


@contextmanager
def _writing(conn: Connection) -> Iterator[None]:
    """One write transaction on a connection that is not the session's (a worker's own)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _begin(vault: Vault, full: bool) -> TrailCheck:
    signers = trust.signing_keys(vault.keys)
    me = vault.user.id
    key = bytes(vault.secrets.sign_private) if me in signers else None
    return TrailCheck(signers, vault.audit_anchors(), vault.keys.vault_id, me, key, full)


def _never() -> bool:
    return False


@action(Permission.VIEW_AUDIT, audits=())
def check(vault: Vault, *, full: bool = False) -> ChainReport:
    """Every entry's chain link and signature (keys from the certificates), against every anchor.

    Entries up to my own newest signed checkpoint that still matches are proved unchanged by its
    digest instead of one signature each (core/store/audit_checkpoints.py); full=True checks every
    signature again. A check that passes signs a new checkpoint at the head it reached."""
    begun = _begin(vault, full)
    if not full:
        begun = replace(begun, digested=_digested_through_apsw(vault, begun))
    return begun.run(vault.conn, lambda _f, _w: None, _never, lambda _conn: vault.transaction())


def _digested_through_apsw(vault: Vault, begun: TrailCheck) -> audit_checkpoints.Digested:
    """The checkpoints' digests read through APSW, a third cheaper a row than sqlcipher3 (which
    wipes every allocation). Two SQLite libraries in one process don't see each other's locks, and
    APSW closing deletes a WAL another library still writes to (core/sync/exchange.py), so the
    session's connection is closed meanwhile and opened afresh after: no writer, here or in this
    process, shares the file with APSW. For the CLI and scripts; the Audit screen's check runs on a
    worker beside a session that keeps working, so it reads through sqlcipher3 (check_in_worker)."""
    points = audit_checkpoints.trusted(vault.conn, begun.vault_id, begun.me, begun.signers.get(begun.me, set()))
    if not points:
        return {}
    path, key = vault.folder / DB_NAME, bytes(vault.data_key)

    def digest_of(point: audit_checkpoints.Checkpoint) -> tuple[Any, audit_checkpoints.Carry]:
        # One reader: a second one on another thread measured no faster (1.83-2.55 s against
        # 1.81-2.23 s on a quiet machine), the rows' Python objects being made under the GIL.
        reader = db.connect_apsw(path, key)
        try:
            return audit_checkpoints.prefix_digest(reader, point.entry_id, form=point.form)
        finally:
            reader.close()

    vault.release_connection()
    try:
        return audit_checkpoints.digest_first(digest_of, points)
    finally:
        vault.continue_here()


@action(Permission.VIEW_AUDIT, audits=())
def check_in_worker(vault: Vault, *, full: bool = False) -> Callable[[Progress, Callable[[], bool]], ChainReport]:
    """The same check, begun here (permission, keys, anchors), for a worker: call the result there
    with (progress, is_cancelled). A cancelled check signs nothing."""
    begun = _begin(vault, full)
    return replace(begun, database=vault.folder / DB_NAME, data_key=bytes(vault.data_key)).in_worker
