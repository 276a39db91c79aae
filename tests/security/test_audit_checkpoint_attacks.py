"""T8 with signed checkpoints: a check that skips the signatures a checkpoint covers still catches
every change an insider makes with raw SQL, before or after the checkpoint, and a checkpoint an
insider forges, edits or moves is not believed.

The insider is front desk: the data key (raw SQL on every row, the append-only triggers dropped),
its own certified signing key, and the key file's public parts. The checker is the coordinator.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.errors import BackupProblem
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, audit_checkpoints, audit_trail, crypto, trust
from shop_desktop.core.store.audit import ChainReport
from shop_desktop.core.store.audit_checkpoints import Checkpoint
from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as
from tests.factories import make_client
from tests.security import attacker
from tests.security.test_audit_attacks import insider, without_guards


def checked_trail(vault: Vault) -> int:
    """A trail the coordinator has checked (a checkpoint at entry K), with entries after it; K."""
    add_member(vault, Role.FRONT_DESK)
    for n in range(5):
        make_client(vault, f"Client {n}")
    first = audit_trail.check(vault)
    assert first.ok and first.signatures_from == 1
    for n in range(3):
        make_client(vault, f"Later {n}")
    vault.lock()
    return first.entries


def coordinators_check(vault_dir: Path) -> ChainReport:
    vault = sign_in_as(vault_dir, Role.COORDINATOR)
    try:
        return audit_trail.check(vault)
    finally:
        vault.lock()


def tamper(vault_dir: Path) -> tuple[Connection, bytes, int]:
    """Front desk's raw connection with the guards dropped, its own signing key and its id."""
    data_key, desk_sign, desk_id = insider(vault_dir)
    conn = attacker.raw_sql(vault_dir, data_key)
    without_guards(conn)
    return conn, desk_sign, desk_id


def rehash_from(conn: Connection, first: int) -> None:
    """Recompute every hash from `first` on so the chain links again (the signatures can't be redone)."""
    prev = conn.execute("SELECT hash FROM audit WHERE id = ?", (first - 1,)).fetchone()[0]
    rows = conn.execute(
        "SELECT id, at, actor_id, action, subject_type, subject_id, detail FROM audit WHERE id >= ? ORDER BY id",
        (first,),
    ).fetchall()
    for entry_id, at, actor, action, s_type, s_id, detail in rows:
        digest = audit.entry_hash(entry_id, at, actor, action, s_type, s_id, detail, prev)
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry_id))
        prev = digest


def coordinator_id(conn: Connection) -> int:
    return int(conn.execute("SELECT signer_id FROM audit_checkpoints LIMIT 1").fetchone()[0])


def forge_checkpoint(conn: Connection, vault_dir: Path, signer_id: int, sign_private: bytes) -> None:
    """A checkpoint at the head over the trail as it is now, claimed for `signer_id`."""
    head_id, head_hash = audit.head(conn)
    digest = audit_checkpoints.prefix_digest(conn, head_id)[0].hexdigest()
    point = Checkpoint(signer_id, head_id, head_hash, digest, audit.now_iso())
    vault_id = attacker.read_keys(vault_dir)["manifest"]["vault_id"]
    signature = crypto.sign(sign_private, point.message(vault_id)).hex()
    conn.execute(
        "INSERT INTO audit_checkpoints (signer_id, entry_id, entry_hash, digest, at, signature) VALUES (?,?,?,?,?,?)",
        (signer_id, head_id, head_hash, digest, point.at, signature),
    )


def test_the_next_check_verifies_signatures_only_after_the_checkpoint(vault: Vault, vault_dir: Path) -> None:
    checked = checked_trail(vault)
    report = coordinators_check(vault_dir)
    assert report.ok
    assert report.signatures_from == checked + 1
    assert report.entries > checked + 3
    again = coordinators_check(vault_dir)  # from the checkpoint the second check carried on from the first's
    assert again.ok and again.signatures_from == report.entries + 1


def test_a_digest_carried_on_equals_one_read_afresh_across_groups(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(4):
        make_client(vault, f"Client {n}")
    monkeypatch.setattr(audit_checkpoints, "GROUP", 3)
    head_id = audit.head(vault.conn)[0]
    afresh = audit_checkpoints.prefix_digest(vault.conn, head_id)[0].hexdigest()
    for k in range(1, head_id):
        digest_k, carry = audit_checkpoints.prefix_digest(vault.conn, k)
        assert carry[0] == k - k % 3 and digest_k.hexdigest() != afresh, k  # carried from the last whole group
        carried = audit_checkpoints.prefix_digest(vault.conn, head_id, carry)[0]
        assert carried.hexdigest() == afresh, k
    monkeypatch.setattr(audit_checkpoints, "GROUP", 5)  # the groups are part of the format: another size differs
    assert audit_checkpoints.prefix_digest(vault.conn, head_id)[0].hexdigest() != afresh


def test_an_entry_changed_before_the_checkpoint_is_named(vault: Vault, vault_dir: Path) -> None:
    checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    conn.execute("""UPDATE audit SET detail = '{"moved":1}' WHERE id = 3""")
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok
    assert report.first_bad_id == 3 and "contents were changed" in report.problem


def test_an_entry_changed_and_the_chain_rehashed_before_the_checkpoint_is_named(vault: Vault, vault_dir: Path) -> None:
    checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    conn.execute("UPDATE audit SET action = 'session.sign_out' WHERE id = 4")
    rehash_from(conn, 4)
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok
    assert report.first_bad_id == 4 and "signature does not belong" in report.problem


def test_an_entry_deleted_before_the_checkpoint_is_named(vault: Vault, vault_dir: Path) -> None:
    checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    conn.execute("DELETE FROM audit WHERE id = 4")
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok
    assert report.first_bad_id == 5 and "entry 4 is missing" in report.problem


def test_two_entries_swapped_before_the_checkpoint_are_named(vault: Vault, vault_dir: Path) -> None:
    checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    columns = "at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash, signature"
    three = conn.execute(f"SELECT {columns} FROM audit WHERE id = 3").fetchone()
    four = conn.execute(f"SELECT {columns} FROM audit WHERE id = 4").fetchone()
    conn.execute("DELETE FROM audit WHERE id IN (3, 4)")
    for entry_id, row in ((3, four), (4, three)):
        conn.execute(f"INSERT INTO audit (id, {columns}) VALUES (?,?,?,?,?,?,?,?,?,?)", (entry_id, *row))
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok
    assert report.first_bad_id == 3


def test_a_checkpoint_forged_in_the_coordinators_name_is_not_believed(vault: Vault, vault_dir: Path) -> None:
    checked = checked_trail(vault)
    conn, desk_sign, desk_id = tamper(vault_dir)
    changed = checked + 2  # after the real checkpoint, where every signature is checked
    conn.execute(f"""UPDATE audit SET detail = '{{"moved":1}}' WHERE id = {changed}""")
    rehash_from(conn, changed)
    forger_private, _ = crypto.new_signing_keypair()
    forge_checkpoint(conn, vault_dir, coordinator_id(conn), desk_sign)  # front desk's own key
    forge_checkpoint(conn, vault_dir, coordinator_id(conn), forger_private)  # a key nobody certified
    forge_checkpoint(conn, vault_dir, desk_id, desk_sign)  # front desk's genuine checkpoint, in its own name
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok
    assert report.first_bad_id == changed and "signature does not belong" in report.problem


def test_the_real_checkpoint_moved_up_to_cover_a_change_is_not_believed(vault: Vault, vault_dir: Path) -> None:
    checked = checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    changed = checked + 2
    conn.execute(f"UPDATE audit SET action = 'client.purged' WHERE id = {changed}")
    rehash_from(conn, changed)
    head_id, head_hash = audit.head(conn)
    digest = audit_checkpoints.prefix_digest(conn, head_id)[0].hexdigest()
    conn.execute("UPDATE audit_checkpoints SET entry_id = ?, entry_hash = ?, digest = ?", (head_id, head_hash, digest))
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok
    assert report.first_bad_id == changed and "signature does not belong" in report.problem


def test_with_every_checkpoint_deleted_the_whole_trail_is_checked_again(vault: Vault, vault_dir: Path) -> None:
    checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    conn.execute("DELETE FROM audit_checkpoints")
    conn.execute("UPDATE audit SET subject_id = '999' WHERE id = 2")
    rehash_from(conn, 2)
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok
    assert report.first_bad_id == 2 and report.signatures_from == 1


def test_a_tail_cut_below_my_checkpoint_names_my_check(vault: Vault, vault_dir: Path) -> None:
    checked = checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    conn.execute("DELETE FROM audit WHERE id >= ?", (checked - 1,))
    keys = trust.signing_keys(vault.keys)
    vault_id = vault.keys.vault_id
    me = coordinator_id(conn)
    report, _ = audit_checkpoints.verify(conn, keys, (), vault_id=vault_id, me=me)  # no other anchor
    conn.close()
    assert not report.ok
    assert f"entry {checked}, recorded in your own check of the trail" in report.problem
    assert "cut short" in report.problem


def test_a_re_cased_signature_before_the_checkpoint_still_fails(vault: Vault, vault_dir: Path) -> None:
    """The walk alone would pass it (hex is hex); the checkpoint says entries someone checked changed."""
    checked = checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    conn.execute("UPDATE audit SET signature = upper(signature) WHERE id = 2")
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok
    assert report.first_bad_id == checked and "changed after you checked them" in report.problem


def test_a_backup_of_a_trail_changed_before_the_checkpoint_is_refused(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """The restore checks signatures only after the restorer's own checkpoint, which the backup
    carries: an entry changed below it (and the chain rehashed) still makes the backup refused."""
    checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    conn.execute("UPDATE audit SET action = 'client.viewed' WHERE id = 3")
    rehash_from(conn, 3)
    conn.close()
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    (tmp_path / "usb").mkdir()
    made = backup.make_backup(backup.prepare_backup(coordinator, tmp_path / "usb"))
    coordinator.lock()
    opened = backup.open_backup(made.path, "coordinator", COORDINATOR_PASS)
    with pytest.raises(BackupProblem) as refused:
        restore.restore_backup(opened, tmp_path / "restored")
    assert "audit trail doesn't check out" in str(refused.value)


def test_a_blob_written_over_an_entry_before_the_checkpoint_is_named(vault: Vault, vault_dir: Path) -> None:
    checked_trail(vault)
    conn, _, _ = tamper(vault_dir)
    conn.execute("UPDATE audit SET detail = X'7B7D' WHERE id = 3")  # the bytes of '{}', as a blob
    conn.close()
    report = coordinators_check(vault_dir)
    assert not report.ok and report.first_bad_id == 3


def test_every_kind_of_change_to_a_row_changes_the_digest() -> None:
    """Raw SQL can change a value's type or move text between entries: each trail digests apart."""
    from shop_desktop.core.store.db import sqlcipher

    def digest(rows: list[tuple[object, ...]]) -> str:
        conn = sqlcipher.connect(":memory:")
        conn.execute(
            "CREATE TABLE audit (id, at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash,"
            " signature)"
        )
        conn.executemany("INSERT INTO audit VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        return audit_checkpoints.prefix_digest(conn, 10)[0].hexdigest()  # type: ignore[arg-type]

    base = [
        (1, "t1", 3, "a.b", None, None, '{"x":1}', "0", "h1", "s1"),
        (2, "t2", 3, "a.c", "client", "7", "{}", "h1", "h2", "s2"),
    ]

    def changed(row: int, column: int, value: object) -> list[tuple[object, ...]]:
        rows = [list(r) for r in base]
        rows[row][column] = value
        return [tuple(r) for r in rows]

    moved = changed(0, 6, '{"x":1}{')
    moved[1] = (*moved[1][:6], "}", *moved[1][7:])  # one character moved from one entry to the next
    trails = [
        base,
        changed(0, 4, ""),  # NULL becomes empty text
        changed(0, 4, "None"),
        changed(1, 5, 7),  # text becomes a number
        changed(1, 2, 3.0),
        changed(1, 1, b"t2"),  # text becomes a blob of the same bytes
        changed(0, 9, "S1"),
        moved,
        [(0, "t0", 3, "a.b", None, None, "{}", "0", "h0", "s0"), *base],  # an entry slipped in below 1
        base[:1],
    ]
    digests = [digest(t) for t in trails]
    assert len(set(digests)) == len(trails)
    assert digest(base) == digests[0]  # and the same rows always give the same digest
