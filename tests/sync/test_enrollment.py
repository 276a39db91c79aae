"""Joining a new PC with an enrollment file and a member's passphrase (core/sync/enrollment.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.errors import InvalidInput, VaultDamaged, WrongPassphrase
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member
from tests.factories import make_client
from tests.sync.enrollment_bytes import take_apart

BODY = "Counselling words that must stay at the centre"


@pytest.fixture
def centre(vault: Vault) -> Vault:
    add_member(vault, Role.OUTREACH)
    add_member(vault, Role.COUNSELLOR)
    client = make_client(vault, "Zoë Joiner")
    notes.sign_note(vault, NoteDraft(client_id=client.id, note_type="counselling", body=BODY))
    return vault


def test_a_counsellor_joins_an_outreach_laptop_and_holds_no_notes_key(centre: Vault, tmp_path: Path) -> None:
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", "counsellor")
    laptop = enrollment.join(made, tmp_path / "laptop", "counsellor", PASSPHRASES[Role.COUNSELLOR])
    session = Vault.open(laptop, "counsellor", PASSPHRASES[Role.COUNSELLOR])
    try:
        assert not session.has_notes_key  # a clinical account, but the laptop was given no notes key
        assert session.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
        assert [r[0] for r in session.conn.execute("SELECT alias FROM clients")] == ["Zoë Joiner"]
        assert session.verify_audit().ok
    finally:
        session.lock()
    for path in [made, *[p for p in laptop.rglob("*") if p.is_file()]]:
        assert BODY.encode() not in path.read_bytes()


def test_an_office_pc_joins_with_everything_and_cant_hand_out_numbers(centre: Vault, tmp_path: Path) -> None:
    made = devices.add(centre, "Office PC", "office", tmp_path / "out", "counsellor")
    enrollment.join(made, tmp_path / "office", "counsellor", PASSPHRASES[Role.COUNSELLOR])
    session = Vault.open(tmp_path / "office", "counsellor", PASSPHRASES[Role.COUNSELLOR])
    try:
        assert session.has_notes_key and notes.open_note(session, 1).body == BODY
    finally:
        session.lock()
    office = Vault.open(tmp_path / "office", "coordinator", COORDINATOR_PASS)
    try:
        with pytest.raises(InvalidInput, match="added on the centre PC"):
            devices.add(office, "Another", "outreach", tmp_path / "out", "coordinator")
    finally:
        office.lock()


def test_a_wrong_passphrase_or_a_stranger_opens_nothing_and_leaves_nothing(centre: Vault, tmp_path: Path) -> None:
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", "outreach")
    for who, phrase in (("outreach", "not the passphrase at all"), ("nobody", PASSPHRASES[Role.OUTREACH])):
        with pytest.raises(WrongPassphrase):
            enrollment.join(made, tmp_path / "laptop", who, phrase)
    assert not (tmp_path / "laptop").exists()


def test_a_changed_enrollment_file_is_refused(centre: Vault, tmp_path: Path) -> None:
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", "outreach")
    raw = bytearray(made.read_bytes())
    raw[-100] ^= 0x01  # inside the sealed replica
    made.write_bytes(bytes(raw))
    with pytest.raises(InvalidInput, match="not a SHOP Desktop enrollment file"):
        enrollment.join(made, tmp_path / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    with pytest.raises(InvalidInput, match="not a SHOP Desktop enrollment file"):
        enrollment.join(tmp_path / "missing.shopenroll", tmp_path / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])


def test_an_enrollment_file_whose_key_list_was_edited_is_refused(centre: Vault, tmp_path: Path) -> None:
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", "outreach")
    header, (_, keys_payload, _, _) = take_apart(made)
    edited = json.loads(keys_payload)
    for cert in edited["manifest"]["certificates"]:
        if cert["username"] == "outreach":
            cert["roles"] = ["coordinator"]  # an insider promotes themselves in the file
    new_keys = json.dumps(edited, indent=1, sort_keys=True).encode()
    made.write_bytes(made.read_bytes().replace(keys_payload, new_keys).replace(
        len(keys_payload).to_bytes(8, "big") + new_keys, len(new_keys).to_bytes(8, "big") + new_keys
    ))  # fmt: skip
    with pytest.raises((VaultDamaged, InvalidInput)):
        enrollment.join(made, tmp_path / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    assert not (tmp_path / "laptop").exists()


def test_joining_refuses_a_folder_that_is_not_empty(centre: Vault, tmp_path: Path) -> None:
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", "outreach")
    (tmp_path / "laptop").mkdir()
    (tmp_path / "laptop" / "photo.jpg").write_bytes(b"x")
    with pytest.raises(InvalidInput, match="is not empty"):
        enrollment.join(made, tmp_path / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    assert [p.name for p in (tmp_path / "laptop").iterdir()] == ["photo.jpg"]
