"""A vault made by the app before key-file format 2 (tests/fixtures/v1_vault) upgrades, and
what an insider can and cannot do around it. Killing it at each step: tests/crash/test_upgrade_kills.py."""

from __future__ import annotations

import copy
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.errors import PermissionDenied, WrongPassphrase
from shop_desktop.core.store import crypto, keyfile
from shop_desktop.core.store.places import KEYS_NAME, list_usernames
from shop_desktop.core.store.vault import Vault

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPECTED = json.loads((FIXTURES / "v1_expected.json").read_text())
CLINICAL = ("cora", "cass")


class Crash(Exception):
    """Stands for the power going off at one I/O step."""


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "v1"
    shutil.copytree(FIXTURES / "v1_vault", target)
    return target


@pytest.fixture
def crash_at() -> Iterator[list[int]]:
    """crash_at[0] = N: the Nth I/O step of the upgrade raises (0: never). Counts in crash_at[1]."""
    state = [0, 0]

    def hook(step: str) -> None:
        state[1] += 1
        if state[1] == state[0]:
            raise Crash(step)

    keyfile.io_hook = hook
    yield state
    keyfile.io_hook = None


def sign_in(folder: Path, name: str) -> Vault:
    return Vault.open(folder, name, EXPECTED["passphrases"][name])


def assert_upgraded_vault_is_whole(folder: Path) -> None:
    """Every account opens with its roles, every note reads for clinical roles, the trail verifies."""
    assert json.loads((folder / KEYS_NAME).read_text())["version"] == 2
    for name, roles in EXPECTED["roles"].items():
        if name in EXPECTED["disabled"]:
            with pytest.raises(WrongPassphrase):
                sign_in(folder, name)
            continue
        session = sign_in(folder, name)
        try:
            assert sorted(r.value for r in session.roles) == roles
            assert session.verify_audit().ok
            if name in CLINICAL:
                for note_id, want in EXPECTED["notes"].items():
                    note = notes.open_note(session, int(note_id))
                    assert (note.body, note.note_type, list(note.tags)) == (want["body"], want["kind"], want["tags"])
            else:
                assert not session.has_notes_key
        finally:
            session.lock()
    recovery = Vault.open_with_recovery(folder, EXPECTED["recovery_key"])
    assert recovery.verify_audit().entries >= EXPECTED["audit_entries_at_least"]
    recovery.lock()


def test_only_a_coordinator_can_start_the_upgrade(v1_copy: Path) -> None:
    before = (v1_copy / KEYS_NAME).read_bytes()
    with pytest.raises(PermissionDenied, match="coordinator"):
        sign_in(v1_copy, "fern")
    with pytest.raises(PermissionDenied, match="coordinator"):
        sign_in(v1_copy, "adam")
    assert (v1_copy / KEYS_NAME).read_bytes() == before


def test_the_v1_fixture_upgrades_and_every_account_opens(v1_copy: Path) -> None:
    active = sorted(n for n in EXPECTED["passphrases"] if n not in EXPECTED["disabled"])
    assert list_usernames(v1_copy) == active  # the sign-in window's list, before and after
    sign_in(v1_copy, "cora").lock()
    assert list_usernames(v1_copy) == active
    assert_upgraded_vault_is_whole(v1_copy)
    # The app re-seals a batch at each clinical sign-in: format-1 notes get their kind sealed too.
    cass = sign_in(v1_copy, "cass")
    assert notes.reseal_with_newest_key(cass) == len(EXPECTED["notes"])
    kinds = {r[0] for r in cass.conn.execute("SELECT DISTINCT note_type FROM notes")}
    cass.lock()
    assert kinds == {notes.SEALED_KIND}
    assert_upgraded_vault_is_whole(v1_copy)


def test_after_the_upgrade_a_key_file_under_another_root_pins_nothing(v1_copy: Path, tmp_path: Path) -> None:
    """Until fern's first sign-in after the upgrade her slot has no pinned root. An insider (olly,
    who has the data key) swaps the key file for one signed under a root of their own, with fern's
    slot in it, a certificate making her a counsellor and a grant of the real data key. Her first
    sign-in must pin the vault's real root (the database's), not the insider's."""
    sign_in(v1_copy, "cora").lock()
    olly = sign_in(v1_copy, "olly")
    data_key = olly.data_key
    olly.lock()
    mallory_pass = "pebble lantern otter meadow"
    other = tmp_path / "other"
    Vault.create(
        other,
        centre_name="X",
        username="mallory",
        display_name="M",
        passphrase=mallory_pass,
        kdf=crypto.KdfParams(os.urandom(16), iterations=1, lanes=1, memory_kib=8),
    )[0].lock()
    mallory = Vault.open(other, "mallory", mallory_pass)
    root_private, mallory_sign = mallory.root_private, mallory.secrets.sign_private
    forged = copy.deepcopy(mallory.keys)
    mallory.lock()
    real = keyfile.load(v1_copy / KEYS_NAME)
    fern_slot = next(s for s in real.slots if s.username == "fern")
    fern_cert = copy.deepcopy(real.certificate(fern_slot.user_id))
    fern_cert.roles = ["counsellor"]
    forged.vault_id = real.vault_id
    forged.certificates.append(fern_cert)
    fern_slot.grants = {}
    keyfile.grant_data_key(fern_slot, real.vault_id, real.epoch, data_key)
    forged.epoch = real.epoch
    forged.slots.append(fern_slot)
    keyfile.sign_manifest(forged, signer_id=1, signer_private=mallory_sign, root_private=root_private)
    keyfile.save(v1_copy / KEYS_NAME, forged)

    fern = sign_in(v1_copy, "fern")
    try:
        assert sorted(r.value for r in fern.roles) == ["front_desk"] and not fern.has_notes_key
        assert fern.secrets.root_public == real.root_public
        found = fern.conn.execute("SELECT count(*) FROM audit WHERE action = 'keys.tampering_found'").fetchone()
        assert found[0] == 1
    finally:
        fern.lock()
    # The swap also threw away everyone else's sealed slot: that is destruction (detected, not
    # prevented); the coordinator restores the key file from a backup.
