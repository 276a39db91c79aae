"""Keys over sync: a newer key file travels in a bundle and is taken only when it verifies here.

The attacker is the outreach worker's own laptop: it holds the data key, the outreach secret and
its own certified signing key, so it can make a well-sealed, well-signed bundle; what it can't
make is a key file the vault's managers signed.
"""

from __future__ import annotations

import json
from pathlib import Path

from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, keyfile
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import bundle, syncing
from tests.conftest import PASSPHRASES, add_member
from tests.sync.three import Three, sync


def test_a_colleague_added_at_the_centre_can_sign_in_on_the_office_pc(three: Three) -> None:
    add_member(three.centre, Role.FRONT_DESK)
    sync(three.centre)
    result = sync(three.office)
    assert result.adopted_keys is not None and result.refused == []
    assert "sync.keys_adopted" in {e.action for e in audit.entries(three.office.conn, limit=1000)}
    three.office.lock()
    desk = Vault.open(three.office.folder, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    try:
        assert desk.roles == {Role.FRONT_DESK} and desk.verify_audit().ok
    finally:
        desk.lock()
    sync(three.laptop)
    laptop_keys = json.loads((three.laptop.folder / "shop.keys").read_text())
    assert "frontdesk" in {c["username"] for c in laptop_keys["manifest"]["certificates"]}
    assert all(not s["notes_grants"] for s in laptop_keys["slots"])  # still no notes-key grant on the laptop


def _forged_bundle(three: Three, keys_payload: bytes) -> Path:
    """The laptop's own well-signed bundle, carrying a key file of the laptop's making."""
    plan = syncing.prepare(three.laptop)
    syncing.finish(three.laptop, None)
    state, run = plan.state, plan.run
    epoch = state.newest_epoch
    header = bundle.Header(state.vault_id, run["device"], "outreach", 1, epoch, run["author"], audit.now_iso(), 99)
    seal_key = bundle.sync_key(state.data_keys[epoch], state.vault_id, epoch, "outreach", state.secrets["outreach"])
    raw = bundle.make(header, b"", {"devices": []}, keys_payload=keys_payload, seal_key=seal_key,
                      sign_private=run["sign_private"], device_private=run["device_key"])  # fmt: skip
    return bundle.write(three.folder, header.name, raw)


def test_a_key_file_the_laptop_promoted_itself_in_is_refused(three: Three) -> None:
    forged = keyfile.load(three.laptop.folder / "shop.keys")
    raw = forged.to_json()
    raw["manifest"]["generation"] += 1
    for cert in raw["manifest"]["certificates"]:
        if cert["username"] == "outreach":
            cert["roles"] = ["coordinator"]
    _forged_bundle(three, json.dumps(raw).encode())
    before = (three.centre.folder / "shop.keys").read_bytes()
    result = sync(three.centre)
    assert any("isn't signed by an active manager" in m for m in result.refused), result.refused
    assert (three.centre.folder / "shop.keys").read_bytes() == before
    assert three.centre.keys.certificate(three.laptop.user.id).roles == ["outreach"]


def test_an_older_key_file_in_a_bundle_changes_nothing(three: Three) -> None:
    add_member(three.centre, Role.FRONT_DESK)  # the centre is a generation ahead of the laptop's file
    _forged_bundle(three, (three.laptop.folder / "shop.keys").read_bytes())
    result = sync(three.centre)
    assert result.refused == [] and result.adopted_keys is None
    assert three.centre.keys.certificate_for_slot(three.centre.keys.slot_for_username("frontdesk").slot_id)
