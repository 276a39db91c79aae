"""Checkpoint digest formats: format 3 (each group pickled) is what a check signs now; a checkpoint
signed in format 2 (a column at a time) by an older version is still believed, once, so a centre
that updates the app doesn't wait for a walk over every signature. The digest is stored in signed
checkpoints, so its bytes are a contract: pinned here for a fixed trail."""

from __future__ import annotations

import hashlib
from pathlib import Path

import apsw

from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, audit_checkpoints, audit_trail, crypto, trust
from shop_desktop.core.store.audit_checkpoints import Checkpoint
from shop_desktop.core.store.db import sqlcipher
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.changes import open_apsw
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client
from tests.security import attacker
from tests.security.test_audit_checkpoint_attacks import coordinators_check, tamper

FIXED_ROWS = [
    (-1, "t-1", None, "x", None, None, "{}", "", "h-1", "s-1"),
    (1, "2026-01-02T03:04:05.000006+00:00", 3, "client.registered", "client", 17, '{"é":"ש🙂"}', "0", "h1", "s1"),
    (2, "t2", 3, "a.c", "client", "7", "{}", "h1", "h2", "s2"),
    (3, "t3", 2.5, "a.d", b"\x00\x01", None, "{}", "h2", "h3", "s3"),
]


def _digest_of(rows: list[tuple[object, ...]], form: int) -> str:
    conn = sqlcipher.connect(":memory:")
    conn.execute(
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at, actor_id, action, subject_type, subject_id, detail,"
        " prev_hash, hash, signature)"
    )
    conn.executemany("INSERT INTO audit VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    return audit_checkpoints.prefix_digest(conn, 3, form=form)[0].hexdigest()  # type: ignore[arg-type]


def test_the_digest_bytes_are_pinned_for_each_format() -> None:
    """A new Python or a refactor that changed these bytes would make every centre's checkpoints
    unbelievable (a walk over every signature at the next check): it fails here first."""
    assert _digest_of(FIXED_ROWS, 3) == PINNED[3]
    assert _digest_of(FIXED_ROWS, 2) == PINNED[2]
    assert PINNED[2] != PINNED[3]


PINNED = {
    3: "9a927f226023bb0e5e3ab4cb1bed1ebb98803909a81ffc2ed51444d43da7628b",
    2: "a10e4ab36ea4a9271cdc8482691af51ca71caf93b3b2ec71875b9670223d769e",
}


def _sign_old_checkpoint(vault_dir: Path, signer: Vault) -> int:
    """What a check made by the previous version left: a format-2 checkpoint at the head, signed by
    the coordinator, and no format-3 one."""
    conn = attacker.raw_sql(vault_dir, signer.data_key)
    try:
        conn.execute("DELETE FROM audit_checkpoints")
        head_id, head_hash = audit.head(conn)
        digest = audit_checkpoints.prefix_digest(conn, head_id, form=2)[0].hexdigest()
        point = Checkpoint(signer.user.id, head_id, head_hash, digest, audit.now_iso(), form=2)
        signature = crypto.sign(signer.secrets.sign_private, point.message(signer.keys.vault_id)).hex()
        conn.execute(
            "INSERT INTO audit_checkpoints (signer_id, entry_id, entry_hash, digest, at, signature)"
            " VALUES (?,?,?,?,?,?)",
            (point.signer_id, head_id, head_hash, digest, point.at, signature),
        )
    finally:
        conn.close()
    return head_id


def _old_checked_trail(vault: Vault, vault_dir: Path) -> int:
    add_member(vault, Role.FRONT_DESK)
    for n in range(5):
        make_client(vault, f"Client {n}")
    vault.lock()
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    try:
        head = _sign_old_checkpoint(vault_dir, coordinator)
        for n in range(3):
            make_client(coordinator, f"Later {n}")
    finally:
        coordinator.lock()
    return head


def test_a_format_2_checkpoint_is_believed_once_then_format_3_is_signed(vault: Vault, vault_dir: Path) -> None:
    old_head = _old_checked_trail(vault, vault_dir)
    report = coordinators_check(vault_dir)
    assert report.ok and report.signatures_from == old_head + 1  # no walk over every signature
    again = coordinators_check(vault_dir)
    assert again.ok and again.signatures_from == report.entries + 1
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    try:
        keys = trust.signing_keys(coordinator.keys)[coordinator.user.id]
        points = audit_checkpoints.trusted(coordinator.conn, coordinator.keys.vault_id, coordinator.user.id, keys)
    finally:
        coordinator.lock()
    assert [p.form for p in points][:1] == [3] and 2 in [p.form for p in points]


def test_a_change_below_a_format_2_checkpoint_is_still_named(vault: Vault, vault_dir: Path) -> None:
    _old_checked_trail(vault, vault_dir)
    conn, _, _ = tamper(vault_dir)
    conn.execute("UPDATE audit SET detail = '{\"x\":1}' WHERE id = 3")
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok and report.first_bad_id == 3


def test_apsw_and_the_apps_connection_read_the_same_digest(vault: Vault, vault_dir: Path) -> None:
    """restore.py digests its private copy through APSW (faster rows); it must equal the app's."""
    for n in range(30):
        make_client(vault, f"Client {n} ש🙂")
    head_id = audit.head(vault.conn)[0]
    ours = audit_checkpoints.prefix_digest(vault.conn, head_id)[0].hexdigest()
    folder, key = vault.folder, vault.data_key
    vault.lock()  # two SQLite libraries in one process must not share a live file (core/sync/exchange.py)
    other = open_apsw(folder / "shop.db", key)
    try:
        assert isinstance(other, apsw.Connection)
        assert audit_checkpoints.prefix_digest(other, head_id)[0].hexdigest() == ours
    finally:
        other.close()
    assert ours != hashlib.sha256().hexdigest()


def test_what_the_session_writes_after_a_check_through_apsw_is_kept(vault: Vault, vault_dir: Path) -> None:
    """check() closes the session's connection while APSW reads and opens a fresh one after: the
    writes that follow land in the vault (APSW deleting a WAL still in use would lose them)."""
    add_member(vault, Role.FRONT_DESK)
    first = audit_trail.check(vault)  # signs the checkpoint the second check digests through APSW
    make_client(vault, "Between the checks")
    second = audit_trail.check(vault)
    assert first.ok and second.ok and second.signatures_from == first.entries + 1
    make_client(vault, "Written after the check")
    vault.lock()
    raw = attacker.raw_sql(vault_dir, _data_key(vault_dir))
    try:
        names = [r[0] for r in raw.execute("SELECT alias FROM clients")]
        points = raw.execute("SELECT count(*) FROM audit_checkpoints").fetchone()[0]
    finally:
        raw.close()
    assert {"Between the checks", "Written after the check"} <= set(names) and points == 2


def _data_key(vault_dir: Path) -> bytes:
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    try:
        return coordinator.data_key
    finally:
        coordinator.lock()
