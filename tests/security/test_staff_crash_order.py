"""Add-staff and disable are crash-safe by ordering: the key file is the commit point, the
database follows at the next sign-in, and ids come from the signed counter (never reused)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core import keyfile, staff
from shop_desktop.core.roles import Role
from shop_desktop.core.vault import Vault
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, USERNAMES, add_member, sign_in_as


class Crash(Exception):
    pass


def crash_at(step: str) -> None:
    def hook(name: str) -> None:
        if name == step:
            raise Crash(name)

    keyfile.io_hook = hook


@pytest.mark.parametrize("step", ["write", "fsync", "rename", "fsync-folder"])
def test_add_staff_killed_at_each_step_never_hands_an_id_out_twice(vault: Vault, vault_dir: Path, step: str) -> None:
    crash_at(step)
    try:
        with pytest.raises(Crash):
            add_member(vault, Role.FRONT_DESK)
    finally:
        keyfile.io_hook = None
    vault.lock()
    committed = step == "fsync-folder"  # the rename happened: the key file has the new account
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    names = {m.username: m.id for m in staff.list_staff(session)}
    assert (USERNAMES[Role.FRONT_DESK] in names) == committed
    counsellor = add_member(session, Role.COUNSELLOR)
    assert counsellor.id not in {v for k, v in names.items() if k != USERNAMES[Role.COUNSELLOR]}
    session.lock()
    if committed:
        sign_in_as(vault_dir, Role.FRONT_DESK).lock()  # the account made before the crash works
    sign_in_as(vault_dir, Role.COUNSELLOR).lock()


def test_disable_killed_after_its_key_file_is_written_still_shuts_the_leaver_out(vault: Vault, vault_dir: Path) -> None:
    leaver = add_member(vault, Role.FRONT_DESK)
    crash_at("fsync-folder")
    try:
        with pytest.raises(Crash):
            staff.disable_staff(vault, leaver.id)
    finally:
        keyfile.io_hook = None
    vault.lock()
    with pytest.raises(Exception, match="disabled|don't match|no longer open"):
        Vault.open(vault_dir, USERNAMES[Role.FRONT_DESK], PASSPHRASES[Role.FRONT_DESK])
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert not staff.get_staff(session, leaver.id).active  # the database followed the key file
    assert session.keys.rotation is None and session.open_epoch == 2
    session.lock()
