"""An enrollment file opens only for the person the coordinator made it for.

Played as the insider: another staff member with their own passphrase (and so their own slot's keys
and the data key), and someone holding the raw data key and the file. None of them gets the replica.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto, keyfile
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment
from tests.conftest import PASSPHRASES, add_member
from tests.factories import make_client
from tests.sync.enrollment_bytes import take_apart

ALIAS = "Wren from the motel strip"


@pytest.fixture
def centre(vault: Vault) -> Vault:
    add_member(vault, Role.OUTREACH)
    add_member(vault, Role.COUNSELLOR)
    make_client(vault, ALIAS)
    return vault


def _own_box_key(keys: keyfile.KeyFile, username: str, passphrase: str) -> bytes:
    slot = keys.slot_for_username(username)
    assert slot is not None
    opened = keyfile.unseal_secrets(slot, keyfile.wrapping_key_for_passphrase(slot, passphrase), keys.vault_id)
    return opened.box_private


def _frames(parts: list[bytes]) -> bytes:
    return enrollment.MAGIC + b"".join(struct.pack(">Q", len(p)) + p for p in parts)


def test_only_the_named_person_opens_it(centre: Vault, tmp_path: Path) -> None:
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", "outreach")
    assert enrollment.describe(made)["for_username"] == "outreach"
    with pytest.raises(InvalidInput, match="made for outreach, and only their passphrase opens it"):
        enrollment.join(made, tmp_path / "stolen", "counsellor", PASSPHRASES[Role.COUNSELLOR])
    with pytest.raises(InvalidInput, match="made for outreach"):
        enrollment.join(made, tmp_path / "stolen", "coordinator", "whatever they type")
    assert not (tmp_path / "stolen").exists()
    joined = enrollment.join(made, tmp_path / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    street = Vault.open(joined, "outreach", PASSPHRASES[Role.OUTREACH])
    try:
        assert [r[0] for r in street.conn.execute("SELECT alias FROM clients")] == [ALIAS]
    finally:
        street.lock()


def test_the_data_key_and_another_persons_slot_open_nothing(centre: Vault, tmp_path: Path) -> None:
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", "outreach")
    header, (header_raw, keys_payload, sealed_key, sealed) = take_apart(made)
    keys = keyfile.KeyFile.from_json(json.loads(keys_payload))
    data_key = centre.data_key  # what every member, and whoever copies an unlocked key, holds
    counsellor_box = _own_box_key(keys, "counsellor", PASSPHRASES[Role.COUNSELLOR])
    ad = b"shop-enroll|" + header_raw
    context = f"shop-enroll|{header['vault_id']}|{header['device']}|{header['epoch']}".encode()
    tries = [
        lambda: crypto.open_sealed(crypto.hkdf(data_key, context), sealed, ad),  # the old derivation
        lambda: crypto.open_sealed(data_key, sealed, ad),
        lambda: crypto.open_box(data_key, sealed_key, b"shop-enroll-key|" + header_raw),
        lambda: crypto.open_box(counsellor_box, sealed_key, b"shop-enroll-key|" + header_raw),
    ]
    for attempt in tries:
        with pytest.raises(crypto.DecryptionFailed):
            attempt()
    assert ALIAS.encode() not in made.read_bytes()


def test_a_header_rewritten_to_name_someone_else_opens_nothing(centre: Vault, tmp_path: Path) -> None:
    """The insider puts their own name in the plain header: the file key was sealed to the
    outreach worker's box key, and the header is bound into both seals."""
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", "outreach")
    header, (_, keys_payload, sealed_key, sealed) = take_apart(made)
    counsellor = keyfile.KeyFile.from_json(json.loads(keys_payload)).slot_for_username("counsellor")
    assert counsellor is not None
    header |= {"for_user": counsellor.user_id, "for_username": "counsellor"}
    forged = tmp_path / "forged.shopenroll"
    forged.write_bytes(_frames([json.dumps(header, sort_keys=True).encode(), keys_payload, sealed_key, sealed]))
    with pytest.raises(InvalidInput, match="not a SHOP Desktop enrollment file, or it was changed"):
        enrollment.join(forged, tmp_path / "stolen", "counsellor", PASSPHRASES[Role.COUNSELLOR])
    assert not (tmp_path / "stolen").exists()


def test_a_file_for_nobody_real_is_refused_before_a_number_is_used(centre: Vault, tmp_path: Path) -> None:
    for who in ("nobody", 9999):
        with pytest.raises(InvalidInput, match="active account"):
            devices.add(centre, "Outreach laptop", "outreach", tmp_path / "out", who)
    assert [d.number for d in devices.listing(centre)] == [0]
    assert not (tmp_path / "out").exists()
