"""The encrypted vault: what opens it, what does not, and what stays unreadable on disk."""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from shop_desktop.core.errors import (
    AccountDisabled,
    PermissionDenied,
    SignInDelayed,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from shop_desktop.core.roles import Role
from shop_desktop.core.store import db, keyfile, migrations, staff
from shop_desktop.core.store.places import DB_NAME, KEYS_NAME
from shop_desktop.core.store.throttle import SignInThrottle
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, USERNAMES, add_member, sign_in_as


def folder_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def folder_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_plain_sqlite_cannot_read_the_database(vault: Vault, vault_dir: Path) -> None:
    plain = sqlite3.connect(vault_dir / DB_NAME)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_wrong_key_cannot_read_the_database(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(db.DatabaseError):
        db.connect(vault_dir / DB_NAME, bytes(32))


def test_client_alias_written_through_the_app_is_not_in_the_folder_bytes(vault: Vault, vault_dir: Path) -> None:
    from shop_desktop.core.care import notes
    from shop_desktop.core.desk import clients
    from tests.factories import make_client, make_visit

    canary = "Zephyrine Okonkwo-Lamontagne"
    client = make_client(vault, canary, remark=f"{canary} prefers mornings")
    make_visit(vault, client, "Shower")
    notes.sign_note(vault, notes.NoteDraft(client_id=client.id, note_type="case", body=f"Met {canary} today"))
    assert [m.alias for m in clients.search(vault, "zephyrine")] == [canary]
    for files in ("with the write-ahead log", "after a checkpoint"):
        on_disk = folder_bytes(vault_dir)
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert canary.encode(encoding) not in on_disk, files
        assert b"Zephyrine" not in on_disk and b"Okonkwo" not in on_disk
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.OUTREACH, Role.COUNSELLOR, Role.ADMIN])
def test_every_roles_slot_opens_the_vault(vault: Vault, vault_dir: Path, role: Role) -> None:
    add_member(vault, role)
    vault.lock()
    session = sign_in_as(vault_dir, role)
    assert session.user.username == USERNAMES[role]
    assert session.user.roles == frozenset({role})
    assert session.conn.execute("SELECT count(*) FROM staff").fetchone()[0] == 2
    session.lock()


def test_coordinator_slot_opens_the_vault(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    session = Vault.open(vault_dir, "Coordinator", COORDINATOR_PASS)  # user names ignore case
    assert session.user.roles == frozenset({Role.COORDINATOR})
    session.lock()


def test_wrong_passphrase_is_refused(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase, match="don't match"):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS + "x")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "nobody", COORDINATOR_PASS)


def test_passphrase_typed_in_another_unicode_form_is_accepted(vault_dir: Path) -> None:
    from tests.conftest import fast_kdf

    composed = "crème brûlée façade naïve"
    vault, _ = Vault.create(
        vault_dir, centre_name="T", username="amelie", display_name="Amélie", passphrase=composed, kdf=fast_kdf()
    )
    vault.lock()
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    session = Vault.open(vault_dir, "amelie", decomposed)
    assert session.user.username == "amelie"
    session.lock()


def test_front_desk_slot_cannot_yield_the_notes_key(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    keys = keyfile.load(vault_dir / KEYS_NAME)
    slot = keys.slot_for_username("frontdesk")
    assert slot is not None and slot.notes_grants == {}
    secrets = keyfile.unseal_secrets(
        slot, keyfile.wrapping_key_for_passphrase(slot, PASSPHRASES[Role.FRONT_DESK]), keys.vault_id
    )
    data_keys, notes_keys = keyfile.open_grants(slot, keys.vault_id, secrets.box_private)
    assert data_keys and notes_keys == {}
    session = sign_in_as(vault_dir, Role.FRONT_DESK)
    assert not session.has_notes_key
    with pytest.raises(PermissionDenied):
        session.notes_key()
    session.lock()


def test_clinical_slots_carry_the_notes_key(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.COUNSELLOR)
    _, coordinator_key = vault.notes_key()
    vault.lock()
    session = sign_in_as(vault_dir, Role.COUNSELLOR)
    assert session.notes_key()[1] == coordinator_key
    session.lock()


def test_only_a_notes_key_holder_can_grant_a_clinical_role(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.ADMIN)
    vault.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    with pytest.raises(PermissionDenied, match="clinical role"):
        staff.add_staff(
            admin,
            username="newcounsellor",
            display_name="N",
            roles={Role.COUNSELLOR},
            new_passphrase="velvet thunder almond kite",
        )
    staff.add_staff(
        admin,
        username="newdesk",
        display_name="N",
        roles={Role.FRONT_DESK},
        new_passphrase="velvet thunder almond kite",
    )
    admin.lock()


def test_recovery_key_opens_the_vault_and_reads_notes(new_vault: tuple[Vault, str], vault_dir: Path) -> None:
    vault, recovery = new_vault
    _, notes_key = vault.notes_key()
    vault.lock()
    typed = recovery.lower().replace("-", " ")
    session = Vault.open_with_recovery(vault_dir, typed)
    assert session.is_recovery
    assert session.notes_key()[1] == notes_key
    session.lock()


def test_recovery_key_lets_an_admin_set_a_new_passphrase(
    vault: Vault, new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    recovery = new_vault[1]
    vault.lock()
    session = Vault.open_with_recovery(vault_dir, recovery)
    staff.reset_passphrase(session, 1, "brand new lilac pebble")
    session.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    again = Vault.open(vault_dir, "coordinator", "brand new lilac pebble")
    assert again.user.must_change_passphrase
    again.lock()


def test_disabled_user_cannot_sign_in(vault: Vault, vault_dir: Path) -> None:
    member = add_member(vault, Role.FRONT_DESK)
    staff.disable_staff(vault, member.id)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        sign_in_as(vault_dir, Role.FRONT_DESK)


def test_old_key_file_copy_does_not_open_after_disable(vault: Vault, vault_dir: Path) -> None:
    member = add_member(vault, Role.COUNSELLOR)
    old_copy = (vault_dir / KEYS_NAME).read_bytes()
    old_keys = keyfile.load(vault_dir / KEYS_NAME)
    staff.disable_staff(vault, member.id)
    vault.lock()
    # The leaver's own slot still unlocks in the old copy, but its data key no longer fits.
    slot = old_keys.slot_for_username("counsellor")
    assert slot is not None
    secrets = keyfile.unseal_secrets(
        slot, keyfile.wrapping_key_for_passphrase(slot, PASSPHRASES[Role.COUNSELLOR]), old_keys.vault_id
    )
    old_data_keys, old_notes_keys = keyfile.open_grants(slot, old_keys.vault_id, secrets.box_private)
    for key in old_data_keys.values():
        with pytest.raises(db.DatabaseError):
            db.connect(vault_dir / DB_NAME, key)
    # Putting the old key file back does not help either.
    current = (vault_dir / KEYS_NAME).read_bytes()
    (vault_dir / KEYS_NAME).write_bytes(old_copy)
    with pytest.raises((AccountDisabled, VaultDamaged)):
        sign_in_as(vault_dir, Role.COUNSELLOR)
    (vault_dir / KEYS_NAME).write_bytes(current)
    # The remaining staff open the vault with the new keys, and the notes key changed too.
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert session.notes_key()[1] not in old_notes_keys.values()
    session.lock()


def test_an_old_key_file_put_back_is_noticed(vault: Vault, vault_dir: Path) -> None:
    # A manager's signed change raises the generation (a change of one's own passphrase no longer
    # does: it touches only that person's own sealed slot, which keeps the same keys).
    old_copy = (vault_dir / KEYS_NAME).read_bytes()
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    (vault_dir / KEYS_NAME).write_bytes(old_copy)
    with pytest.raises(VaultDamaged, match="old copy"):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)


def test_change_own_passphrase(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(WrongPassphrase):
        staff.change_own_passphrase(vault, "not my passphrase at all", "a completely different phrase")
    staff.change_own_passphrase(vault, COORDINATOR_PASS, "a completely different phrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    Vault.open(vault_dir, "coordinator", "a completely different phrase").lock()


def test_second_instance_is_refused(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(VaultInUse, match="already open"):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    vault.lock()
    Vault.open(vault_dir, "coordinator", COORDINATOR_PASS).lock()


def test_missing_vault_is_reported(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nothing-here", "coordinator", COORDINATOR_PASS)


def test_vault_from_a_newer_version_is_refused_untouched(vault: Vault, vault_dir: Path) -> None:
    with vault.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    vault.lock()
    before = folder_digest(vault_dir)
    with pytest.raises(VaultTooNew, match="newer version"):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert folder_digest(vault_dir) == before


def test_wrong_passphrases_slow_down_and_are_remembered(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    now = [1_000_000.0]
    throttle = SignInThrottle(vault_dir, clock=lambda: now[0])
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "coordinator", "wrong wrong wrong wrong", throttle=throttle)
    assert throttle.wait_seconds("coordinator") > 0
    restarted = SignInThrottle(vault_dir, clock=lambda: now[0])  # a new app start reads the same file
    with pytest.raises(SignInDelayed, match="wait"):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS, throttle=restarted)
    first_wait = restarted.wait_seconds("coordinator")
    now[0] += first_wait + 0.1
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "coordinator", "wrong again wrong again", throttle=restarted)
    assert restarted.wait_seconds("coordinator") > first_wait
    now[0] += 10_000
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS, throttle=restarted)
    failed = session.conn.execute("SELECT detail FROM audit WHERE action = 'session.sign_in_failed'").fetchall()
    assert len(failed) == 1 and '"attempts":4' in failed[0][0]
    assert restarted.wait_seconds("coordinator") == 0
    session.lock()
