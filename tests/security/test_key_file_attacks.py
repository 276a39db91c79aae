"""T3, T4, T6, T9: only managers change who holds keys; leavers are out; weakening is refused.

TRUST.md attacks 4, 5 and 9 (issue 16 findings 4, 5, 9).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto, db, staff
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, USERNAMES, add_member, fast_kdf, sign_in_as
from tests.security import attacker

TAMPERING = "Someone changed the key file without a manager's signature. Nothing was granted."


def opens_with(folder: Path, key: bytes) -> bool:
    try:
        db.connect(folder / DB_NAME, key).close()
    except db.DatabaseError:
        return False
    return True


def test_a_forced_rotation_from_public_keys_is_refused_and_the_database_keeps_its_key(
    vault: Vault, vault_dir: Path
) -> None:
    """Attack 4: grants of a key the attacker chose for epoch+1 and a rotation marker."""
    add_member(vault, Role.FRONT_DESK)
    add_member(vault, Role.COUNSELLOR)
    real_key = vault.data_key
    vault.lock()
    chosen = crypto.new_key()
    data = attacker.read_keys(vault_dir)
    public = attacker.public_part(data)
    epoch = int(public["epoch"])
    for slot in attacker.slots(data):
        attacker.plant_data_grant(data, slot["slot_id"], epoch + 1, chosen)
    public["rotation"] = {"old_epoch": epoch, "new_epoch": epoch + 1}
    attacker.write_keys(vault_dir, data)

    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)  # an ordinary sign-in
    counsellor.lock()
    assert opens_with(vault_dir, real_key) and not opens_with(vault_dir, chosen)
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    assert counsellor.take_warnings() == []  # not a manager: the warning waits for one
    counsellor.lock()
    coordinator = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert TAMPERING in " ".join(coordinator.take_warnings())
    assert coordinator.take_warnings() == []  # once
    found = coordinator.conn.execute("SELECT count(*) FROM audit WHERE action = 'keys.tampering_found'").fetchone()
    coordinator.lock()
    assert found[0] >= 1
    assert opens_with(vault_dir, real_key) and not opens_with(vault_dir, chosen)


def test_an_old_key_file_put_back_opens_nothing_for_the_leaver(vault: Vault, vault_dir: Path) -> None:
    """Attack 5: the leaver's copy of shop.keys, as it was and with its generation raised."""
    leaver = add_member(vault, Role.COUNSELLOR)
    add_member(vault, Role.FRONT_DESK)
    kept = attacker.read_keys(vault_dir)
    staff.disable_staff(vault, leaver.id)
    vault.lock()
    current = attacker.read_keys(vault_dir)
    raised = json.loads(json.dumps(kept))
    attacker.public_part(raised)["generation"] = int(attacker.public_part(current)["generation"]) + 5
    for old in (kept, raised):
        attacker.write_keys(vault_dir, old)
        with pytest.raises(VaultError) as refused:
            sign_in_as(vault_dir, Role.COUNSELLOR)
        assert "older" in str(refused.value)
    attacker.write_keys(vault_dir, current)
    sign_in_as(vault_dir, Role.FRONT_DESK).lock()  # the vault itself is fine once the file is back


def test_kdf_defaults_lowered_in_the_file_do_not_weaken_a_new_account(tmp_path: Path) -> None:
    """Attack 9, on a vault made at the real cost (not a test vault)."""
    folder = tmp_path / "real"
    floor = crypto.KdfParams(os.urandom(16))  # 64 MiB, t=3, p=4
    vault, _ = Vault.create(
        folder, centre_name="Real", username="coordinator", display_name="C", passphrase=COORDINATOR_PASS, kdf=floor
    )
    vault.lock()
    data = attacker.read_keys(folder)
    attacker.public_part(data)["kdf_defaults"] = {"iterations": 1, "lanes": 1, "memory_kib": 8}
    attacker.write_keys(folder, data)
    coordinator = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    staff.add_staff(
        coordinator,
        username=USERNAMES[Role.FRONT_DESK],
        display_name="Desk",
        roles={Role.FRONT_DESK},
        new_passphrase=PASSPHRASES[Role.FRONT_DESK],
    )
    coordinator.lock()
    kdf = attacker.slot_by_name(attacker.read_keys(folder), USERNAMES[Role.FRONT_DESK])["kdf"]
    assert (kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) >= (64 * 1024, 3, 4)
    assert kdf["memory_kib"] >= 64 * 1024 and kdf["iterations"] >= 3 and kdf["lanes"] >= 4


@pytest.mark.parametrize(
    "edit",
    [
        "DELETE FROM meta WHERE key = 'keyfile_manifest'",
        "UPDATE meta SET value = '{}' WHERE key = 'keyfile_manifest'",
        "UPDATE staff SET roles = 'coordinator' WHERE username = 'frontdesk'",
        "UPDATE staff SET active = 1 WHERE username = 'leaver'",
    ],
)
def test_edits_to_the_databases_own_records_of_who_holds_what_are_shown_to_the_manager(
    vault: Vault, vault_dir: Path, edit: str
) -> None:
    add_member(vault, Role.FRONT_DESK)
    leaver = add_member(vault, Role.OUTREACH, username="leaver")
    staff.disable_staff(vault, leaver.id)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    data_key = desk.data_key
    desk.lock()
    conn = attacker.raw_sql(vault_dir, data_key)
    conn.execute(edit)
    conn.close()
    again = sign_in_as(vault_dir, Role.FRONT_DESK)
    assert again.roles == {Role.FRONT_DESK}
    again.lock()
    with pytest.raises(VaultError):
        Vault.open(vault_dir, "leaver", PASSPHRASES[Role.OUTREACH])
    coordinator = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert TAMPERING in " ".join(coordinator.take_warnings())
    members = {m.username: m for m in staff.list_staff(coordinator)}
    coordinator.lock()
    assert members["frontdesk"].roles == {Role.FRONT_DESK} and not members["leaver"].active


def test_a_database_swapped_for_one_of_the_attackers_making_is_refused(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """Forced rotation taken further: a chosen key granted for epoch+1 *and* shop.db replaced by a
    database keyed with it (which holds no signed copy of the key file)."""
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    other, _ = Vault.create(
        tmp_path / "other",
        centre_name="X",
        username="coordinator",
        display_name="X",
        passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    chosen = other.data_key
    other.conn.execute("DELETE FROM meta WHERE key IN ('keyfile_manifest', 'keyfile_format')")
    other.lock()
    data = attacker.read_keys(vault_dir)
    public = attacker.public_part(data)
    for slot in attacker.slots(data):
        attacker.plant_data_grant(data, slot["slot_id"], int(public["epoch"]) + 1, chosen)
    public["epoch"] = int(public["epoch"]) + 1
    attacker.write_keys(vault_dir, data)
    (vault_dir / DB_NAME).write_bytes((tmp_path / "other" / DB_NAME).read_bytes())
    with pytest.raises(VaultError, match="isn.t signed by this vault.s managers"):
        sign_in_as(vault_dir, Role.COUNSELLOR)
