"""T8: the audit trail can't speak in someone else's name, and a cut or rebuilt trail is caught.

TRUST.md attack 8 (issue 16 finding 8), checked with `shop-desktop audit-verify` as a manager.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from shop_desktop.cli import main
from shop_desktop.core.backup import backup
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, crypto
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as
from tests.factories import make_client
from tests.security import attacker


def audit_verify(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(COORDINATOR_PASS + "\n"))
    code = main(["--data-dir", str(vault_dir), "audit-verify", "--user", "coordinator", "--passphrase-stdin"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def insider(vault_dir: Path) -> tuple[bytes, bytes, int]:
    """Front desk signs in once: (data key, its own signing key, its id)."""
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    found = desk.data_key, desk.secrets.sign_private, desk.user.id
    desk.lock()
    return found


def without_guards(conn: object) -> None:
    """Raw SQL can drop the append-only triggers: they stop mistakes, not an insider."""
    conn.execute("DROP TRIGGER IF EXISTS audit_append_only_update")  # type: ignore[attr-defined]
    conn.execute("DROP TRIGGER IF EXISTS audit_append_only_delete")  # type: ignore[attr-defined]


def test_an_entry_in_a_colleagues_name_with_a_key_declared_in_details_is_named(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    counsellor_id = add_member(vault, Role.COUNSELLOR).id
    add_member(vault, Role.FRONT_DESK)
    client = make_client(vault)
    vault.lock()
    data_key, desk_sign, desk_id = insider(vault_dir)
    forger_private, forger_public = crypto.new_signing_keypair()
    conn = attacker.raw_sql(vault_dir, data_key)
    conn.execute("BEGIN IMMEDIATE")
    audit.append(
        conn,
        actor_id=desk_id,
        sign_private=desk_sign,
        action="staff.added",
        subject_type="staff",
        subject_id=counsellor_id,
        detail={audit.KEY_FIELD: {str(counsellor_id): forger_public.hex()}},
    )
    forged_id = audit.append(
        conn,
        actor_id=counsellor_id,
        sign_private=forger_private,
        action="client.purged",
        subject_type="client",
        subject_id=client.id,
    )
    conn.execute("COMMIT")
    conn.close()
    code, said = audit_verify(vault_dir, monkeypatch, capsys)
    assert code != 0
    assert f"audit entry {forged_id} " in said and "signature does not belong" in said


def test_a_trail_rebuilt_from_genesis_is_named(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_member(vault, Role.FRONT_DESK)
    make_client(vault)
    vault.lock()
    data_key, _, _ = insider(vault_dir)
    forger_private, forger_public = crypto.new_signing_keypair()
    conn = attacker.raw_sql(vault_dir, data_key)
    rows = conn.execute(
        "SELECT at, actor_id, action, subject_type, subject_id, detail FROM audit ORDER BY id"
    ).fetchall()
    actors = {str(r[1]): forger_public.hex() for r in rows}
    without_guards(conn)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM audit")
    real = attacker.sign_publics(attacker.read_keys(vault_dir))
    for n, (at, actor, action, s_type, s_id, detail) in enumerate(rows):
        declared = json.loads(detail)
        if n == 0:  # the forger's key for everyone at genesis; everyone's real key right after,
            declared[audit.KEY_FIELD] = actors  # so entries written later by the real people verify too
        elif audit.KEY_FIELD in declared or n == 1:
            declared[audit.KEY_FIELD] = real
        audit.append(
            conn,
            actor_id=actor,
            sign_private=forger_private,
            action=action,
            subject_type=s_type,
            subject_id=s_id,
            detail=declared,
            at=at,
        )
    conn.execute("COMMIT")
    conn.close()
    code, said = audit_verify(vault_dir, monkeypatch, capsys)
    assert code != 0
    assert "audit entry 1 " in said and "signature does not belong" in said


def test_a_tail_cut_below_the_last_backups_head_names_the_backup(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_member(vault, Role.FRONT_DESK)
    for n in range(3):
        make_client(vault, f"Client {n}")
    (tmp_path / "usb").mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, tmp_path / "usb"))
    make_client(vault, "After the backup")
    vault.lock()
    data_key, _, _ = insider(vault_dir)
    conn = attacker.raw_sql(vault_dir, data_key)
    without_guards(conn)
    conn.execute("DELETE FROM audit WHERE id >= ?", (int(made.header.audit_head["id"]) - 1,))
    conn.close()
    code, said = audit_verify(vault_dir, monkeypatch, capsys)
    assert code != 0
    assert "recorded in the backup made" in said and "cut short or rebuilt" in said


def test_a_tail_cut_below_my_own_last_sign_out_names_it(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_member(vault, Role.FRONT_DESK)
    for n in range(3):
        make_client(vault, f"Client {n}")
    last_mine = audit.head(vault.conn)[0]
    vault.lock()  # my sign-out seals the head into my own slot
    data_key, _, _ = insider(vault_dir)
    conn = attacker.raw_sql(vault_dir, data_key)
    without_guards(conn)
    conn.execute("DELETE FROM audit WHERE id >= ?", (last_mine - 1,))
    conn.close()
    code, said = audit_verify(vault_dir, monkeypatch, capsys)
    assert code != 0
    assert "your own last sign-out" in said
    code, said = audit_verify(vault_dir, monkeypatch, capsys)  # still, after signing in and out again
    assert code != 0 and "your own last sign-out" in said
