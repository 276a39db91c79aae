"""A device that was away catches up on several key-file generations in one sync.

The laptop is out on outreach while the centre adds a staff member, then disables one (the data
key rotates), then disables another (it rotates again). When the laptop comes back, one sync
brings every step; afterwards every active person can sign in on the laptop, the leavers can't,
and the laptop's key file verifies under the root pinned in each person's own slot.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Role
from shop_desktop.core.store import keyfile, staff, trust
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member
from tests.sync.three import Three, sync


def _user_id(vault: Vault, username: str) -> int:
    return next(m.id for m in staff.list_staff(vault) if m.username == username)


def _centre_moves_on(three: Three, *, sync_between: bool) -> int:
    """Three signed changes at the centre while the laptop is away; the centre's generation after."""
    add_member(three.centre, Role.FRONT_DESK)
    add_member(three.centre, Role.ADMIN)
    if sync_between:
        sync(three.centre)
    staff.disable_staff(three.centre, _user_id(three.centre, "admin"))  # the data key rotates
    if sync_between:
        sync(three.centre)
    staff.disable_staff(three.centre, _user_id(three.centre, "counsellor"))  # and rotates again
    sync(three.centre)
    return three.centre.keys.generation


def _signs_in(folder: Path, username: str, passphrase: str) -> Vault:
    vault = Vault.open(folder, username, passphrase)
    assert vault.user.username == username
    return vault


@pytest.mark.parametrize("sync_between", [True, False], ids=["a-bundle-each-step", "one-bundle-for-all"])
def test_the_laptop_takes_every_step_at_once_and_everyone_still_signs_in(three: Three, sync_between: bool) -> None:
    laptop_generation = three.laptop.keys.generation
    generation = _centre_moves_on(three, sync_between=sync_between)
    assert generation >= laptop_generation + 3
    for device in (three.laptop, three.office):
        result = sync(device)
        assert result.refused == [], result.refused
        assert device.keys.generation == generation
        assert device.open_epoch == three.centre.open_epoch  # re-keyed to the newest data key
        device.lock()
        _everyone_but_the_leavers_signs_in(device.folder, generation, three.centre.keys.root_public)


def _everyone_but_the_leavers_signs_in(folder: Path, generation: int, root: bytes) -> None:
    on_disk = keyfile.load(folder / "shop.keys")
    assert on_disk.generation == generation
    assert trust.manifest_problem(on_disk, root) == ""
    for username, passphrase in (
        ("outreach", PASSPHRASES[Role.OUTREACH]),
        ("frontdesk", PASSPHRASES[Role.FRONT_DESK]),
        ("coordinator", COORDINATOR_PASS),
    ):
        person = _signs_in(folder, username, passphrase)
        try:
            assert person.keys.generation == generation
            assert person.verify_audit().ok, person.verify_audit()
            assert not person.meta(trust.TAMPERING_META)  # nothing was refused as tampering
        finally:
            person.lock()
    for username, role in (("counsellor", Role.COUNSELLOR), ("admin", Role.ADMIN)):
        with pytest.raises(VaultError):
            Vault.open(folder, username, PASSPHRASES[role])


SECOND = "second coordinator passphrase"


def test_a_disable_signed_by_a_coordinator_added_while_the_laptop_was_away_is_taken(three: Three) -> None:
    """The laptop's key file doesn't know the new coordinator: only the step that added them does."""
    staff.add_staff(three.centre, username="coord2", display_name="C Two", roles={Role.COORDINATOR},
                    new_passphrase=SECOND)  # fmt: skip
    three.centre.lock()
    newcomer = Vault.open(three.centre.folder, "coord2", SECOND)
    try:
        staff.disable_staff(newcomer, _user_id(newcomer, "counsellor"))
        sync(newcomer)  # one bundle for both changes
        generation = newcomer.keys.generation
    finally:
        newcomer.lock()
    for device in (three.laptop, three.office):
        result = sync(device)
        assert result.refused == [] and device.keys.generation == generation, result.refused
    three.laptop.lock()
    with pytest.raises(VaultError):
        Vault.open(three.laptop.folder, "counsellor", PASSPHRASES[Role.COUNSELLOR])
    person = _signs_in(three.laptop.folder, "coord2", SECOND)
    try:
        assert person.verify_audit().ok and not person.meta(trust.TAMPERING_META)
    finally:
        person.lock()


def _leaver_signs(keys: keyfile.KeyFile, signer_id: int, sign_private: bytes, root_private: bytes) -> bytes:
    """A key file the disabled admin made with the root key and signing key they kept: themselves
    an active coordinator again."""
    for cert in keys.certificates:
        if cert.user_id == signer_id and cert.status != keyfile.RETIRED:
            cert.status, cert.roles = keyfile.ACTIVE, ["coordinator"]
    keyfile.sign_manifest(keys, signer_id=signer_id, signer_private=sign_private, root_private=root_private)
    return keyfile.payload(keys)


def test_a_leavers_jump_over_their_own_disable_is_refused(three: Three) -> None:
    """The disabled admin still has the root key. A key file one step past their disable, signed by
    them, reaches a device that never saw the disable: refused whether or not the real steps come with it."""
    from shop_desktop.core.sync import bundle, keys_sync, syncing

    add_member(three.centre, Role.ADMIN)
    sync(three.centre)
    sync(three.laptop)
    three.centre.lock()
    admin = Vault.open(three.centre.folder, "admin", PASSPHRASES[Role.ADMIN])
    assert admin.root_private is not None  # a manager holds the root key, and keeps it after leaving
    kept = (admin.user.id, bytes(admin.secrets.sign_private), bytes(admin.root_private))
    admin.lock()
    centre = Vault.open(three.centre.folder, "coordinator", COORDINATOR_PASS)
    staff.disable_staff(centre, kept[0])
    sync(centre)
    real = keys_sync.outgoing(centre.conn, centre.folder, three.laptop.keys.generation)
    centre.lock()
    plan = syncing.prepare(three.laptop)
    syncing.finish(three.laptop, None)
    forged = _leaver_signs(keyfile.load(three.centre.folder / "shop.keys"), *kept)
    with_steps = json.loads(forged)
    with_steps[keys_sync.STEPS_FIELD] = json.loads(real)[keys_sync.STEPS_FIELD] + [
        json.loads(trust.manifest_value(keyfile.load(three.centre.folder / "shop.keys")))
    ]
    for payload in (forged, json.dumps(with_steps).encode()):
        with pytest.raises(bundle.BundleRefused, match="(signed by an active manager|without the signed changes)"):
            keys_sync.verified(plan.state, payload, "forged.shopsync")
    assert keys_sync.verified(plan.state, real, "real.shopsync") is not None  # the real steps are taken


def test_the_database_keeps_only_the_newest_steps(three: Three) -> None:
    """A backup signs a generation too: over years the steps would grow without end."""
    import copy

    newest = three.centre.keys.generation + 2 * trust.KEPT_STEPS
    with three.centre.transaction() as conn:
        for generation in range(three.centre.keys.generation + 1, newest + 1):
            step = copy.deepcopy(three.centre.keys)
            step.generation = generation
            trust.remember_manifest(conn, step)
    rows = three.centre.conn.execute("SELECT key FROM meta WHERE key LIKE 'keyfile_manifest_at.%'").fetchall()
    kept = sorted(int(str(r[0]).rsplit(".", 1)[1]) for r in rows)
    assert kept == list(range(newest - trust.KEPT_STEPS + 1, newest + 1))
