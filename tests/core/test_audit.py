"""The audit trail names the first entry that was changed, removed, reordered or forged."""

from __future__ import annotations

import json

import pytest

from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, crypto
from shop_desktop.core.store.db import DatabaseError
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member


def _drop_guards(vault: Vault) -> None:
    """What someone editing the file by hand would do first."""
    vault.conn.execute("DROP TRIGGER audit_append_only_update")
    vault.conn.execute("DROP TRIGGER audit_append_only_delete")


def _some_entries(vault: Vault) -> None:
    for role in (Role.FRONT_DESK, Role.OUTREACH, Role.ADMIN):
        add_member(vault, role)


def test_intact_chain_verifies(vault: Vault) -> None:
    _some_entries(vault)
    report = vault.verify_audit()
    assert report.ok and report.entries == 4 and report.first_bad_id is None


def test_entries_cannot_be_changed_through_sql(vault: Vault) -> None:
    with pytest.raises(DatabaseError, match="append-only"):
        vault.conn.execute("UPDATE audit SET action = 'x' WHERE id = 1")
    with pytest.raises(DatabaseError, match="append-only"):
        vault.conn.execute("DELETE FROM audit WHERE id = 1")


def test_edited_entry_is_named(vault: Vault) -> None:
    _some_entries(vault)
    _drop_guards(vault)
    vault.conn.execute("UPDATE audit SET subject_id = '99' WHERE id = 3")
    report = vault.verify_audit()
    assert not report.ok and report.first_bad_id == 3 and "changed" in report.problem


def test_deleted_entry_is_named(vault: Vault) -> None:
    _some_entries(vault)
    _drop_guards(vault)
    vault.conn.execute("DELETE FROM audit WHERE id = 2")
    report = vault.verify_audit()
    assert not report.ok and report.first_bad_id == 3


def test_reordered_entries_are_named(vault: Vault) -> None:
    _some_entries(vault)
    _drop_guards(vault)
    second, third = vault.conn.execute("SELECT * FROM audit WHERE id IN (2, 3) ORDER BY id").fetchall()
    vault.conn.execute("DELETE FROM audit WHERE id IN (2, 3)")
    insert = "INSERT INTO audit VALUES (" + ",".join("?" * 10) + ")"
    vault.conn.execute(insert, (2, *third[1:]))  # entry 3 moved to position 2, and the other way round
    vault.conn.execute(insert, (3, *second[1:]))
    report = vault.verify_audit()
    assert not report.ok and report.first_bad_id == 2


def test_entry_in_someone_elses_name_is_caught(vault: Vault) -> None:
    member = add_member(vault, Role.FRONT_DESK)
    forger_key, _ = crypto.new_signing_keypair()
    with vault.transaction() as conn:
        audit.append(
            conn,
            actor_id=member.id,
            sign_private=forger_key,
            action="client.purged",
            subject_type="client",
            subject_id=7,
        )
    report = vault.verify_audit()
    assert not report.ok and report.first_bad_id == 3 and "signature" in report.problem


def test_entries_hold_ids_not_names(vault: Vault) -> None:
    add_member(vault, Role.FRONT_DESK)
    for entry in audit.entries(vault.conn):
        text = json.dumps(entry.detail)
        assert "Front desk Person" not in text and "frontdesk" not in text
