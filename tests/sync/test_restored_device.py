"""A device put back from a backup, with the others still syncing (core/sync/catch_up.py).

The centre PC registers a client after its last backup, syncs, and is lost. Its backup is restored
(on a new PC, or over the same folder). Before this, the restored centre's next bundle deleted that
client on every device (its record of what it had sent was ahead of it), or its next new client took
the lost client's id and overwrote it everywhere: both silently. Each test reads the rows back from
the vault files of every device.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.errors import PermissionDenied, VaultError
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import catch_up, ids, review, syncing
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member
from tests.factories import make_client
from tests.sync.three import Three, sync

LOST, NEW = "Ayşe After-Backup", "Noor Made-Later"


def aliases(vault: Vault) -> list[str]:
    return sorted(str(r[0]) for r in vault.conn.execute("SELECT alias FROM clients"))


def _backed_up_then_more(three: Three, tmp_path: Path) -> Path:
    """A backup, then a client registered and synced to the office: the backup doesn't hold it."""
    sync(three.centre)
    sync(three.office)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(three.centre, usb))
    make_client(three.centre, LOST)
    sync(three.centre)
    sync(three.office)
    assert LOST in aliases(three.office)
    return made.path


def _restored(three: Three, made: Path, tmp_path: Path, where: str) -> Vault:
    folder = three.centre.folder
    three.centre.lock()
    opened = backup.open_backup(made, "coordinator", COORDINATOR_PASS)
    if where == "a new PC":
        folder = tmp_path / "new-centre-pc"
        restore.restore_backup(opened, folder)
    else:
        live = restore.prove_live(folder, username="coordinator", passphrase=COORDINATOR_PASS)
        restore.restore_backup(opened, folder, replace=True, live=live)
    centre = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    assert LOST not in aliases(centre)  # the backup is older than the client
    assert syncing.folder(centre) is None  # chosen again on purpose: a copy to look at never syncs
    syncing.set_folder(centre, three.folder)
    three.centre = centre
    return centre


@pytest.mark.parametrize("where", ["a new PC", "the same folder"])
def test_what_the_centre_did_after_its_backup_comes_back_and_nothing_is_lost_anywhere(
    three: Three, tmp_path: Path, where: str
) -> None:
    centre = _restored(three, _backed_up_then_more(three, tmp_path), tmp_path, where)
    said = sync(centre).notices
    assert any("What it did after that backup is back" in n for n in said), said
    assert LOST in aliases(centre)
    make_client(centre, NEW)
    sync(centre)
    sync(three.office)
    sync(centre)
    expected = sorted(["Zoë Before", LOST, NEW])
    assert aliases(centre) == aliases(three.office) == expected
    assert review.items(three.office) == [] and review.items(centre) == []  # nothing clashed
    caught = [e for e in audit.entries(centre.conn) if e.action == "sync.caught_up"]
    assert len(caught) == 1 and caught[0].detail["bundles"] == 1
    assert centre.verify_audit().ok and three.office.verify_audit().ok


def test_a_client_registered_before_the_first_sync_after_a_restore_takes_no_lost_id(
    three: Three, tmp_path: Path
) -> None:
    """No sync folder at hand at first (the USB stick is elsewhere): the desk registers someone, and
    the lost client's id, which the office holds, is not taken."""
    made = _backed_up_then_more(three, tmp_path)
    lost_id = three.office.conn.execute("SELECT id FROM clients WHERE alias = ?", (LOST,)).fetchone()[0]
    centre = _restored(three, made, tmp_path, "a new PC")
    new_id = make_client(centre, NEW).id
    assert new_id != lost_id and new_id > lost_id
    assert ids.device_of(new_id) == 0  # still the centre's range
    sync(centre)
    sync(three.office)
    both = {str(r[0]): int(r[1]) for r in three.office.conn.execute("SELECT alias, id FROM clients")}
    assert both[LOST] == lost_id and both[NEW] == new_id
    assert aliases(centre) == aliases(three.office)


def test_a_colleague_added_after_the_backup_is_known_again_after_the_restore(three: Three, tmp_path: Path) -> None:
    """The key file the centre signed after its backup travels in its own bundle: the colleague can
    sign in at the restored centre, and nobody has to add them again."""
    sync(three.centre)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(three.centre, usb)).path
    add_member(three.centre, Role.FRONT_DESK, username="late-joiner")
    sync(three.centre)
    centre = _restored(three, made, tmp_path, "a new PC")
    assert "late-joiner" not in {m.username for m in staff.list_staff(centre)}
    sync(centre)
    folder = centre.folder
    centre.lock()
    joiner = Vault.open(folder, "late-joiner", PASSPHRASES[Role.FRONT_DESK])
    joiner.lock()


def test_the_catch_up_runs_once_and_ends(three: Three, tmp_path: Path) -> None:
    centre = _restored(three, _backed_up_then_more(three, tmp_path), tmp_path, "a new PC")
    assert catch_up.waiting(centre.conn) == catch_up.FORGET
    sync(centre)
    assert catch_up.waiting(centre.conn) == ""
    again = sync(centre)
    assert not any("restored from a backup" in n for n in again.notices)
    assert aliases(centre).count(LOST) == 1


def test_a_missing_own_bundle_is_said_plainly_and_nothing_is_overwritten(three: Three, tmp_path: Path) -> None:
    """Somebody tidied the sync folder: the first of two bundles from after the backup is gone. The
    later one can't be applied without it (its changes follow the first's); the office keeps both."""
    made = _backed_up_then_more(three, tmp_path)
    first = sorted(three.folder.glob("*-d0-centre-*"))[-1]
    make_client(three.centre, "Second Lost")
    sync(three.centre)
    sync(three.office)
    for path in three.folder.glob(first.name.replace("-centre-", "-*-")):
        path.unlink()
    centre = _restored(three, made, tmp_path, "a new PC")
    number = int(first.name.split("-")[-1].split(".")[0])
    result = sync(centre)
    assert any(
        "not all of its own bundles" in n and f"number {number} is not in the sync folder" in n for n in result.notices
    ), result.notices
    assert LOST not in aliases(centre) and "Second Lost" not in aliases(centre)
    make_client(centre, NEW)
    sync(centre)
    sync(three.office)
    assert {LOST, "Second Lost", NEW} <= set(aliases(three.office))  # nothing overwritten or deleted there


def test_a_disable_made_after_the_backup_holds_at_the_restored_centre(three: Three, tmp_path: Path) -> None:
    """The centre disabled the counsellor after its backup (a new data key) and registered a client
    under that key. Restored, its first sync takes both back: the client is there, the leaver's
    passphrase opens nothing, and the office agrees (T6)."""
    sync(three.centre)
    sync(three.office)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(three.centre, usb)).path
    counsellor = next(m for m in staff.list_staff(three.centre) if m.username == "counsellor")
    staff.disable_staff(three.centre, counsellor.id)
    make_client(three.centre, LOST)
    sync(three.centre)
    sync(three.office)
    centre = _restored(three, made, tmp_path, "a new PC")
    result = sync(centre)
    assert result.refused == [] and result.waiting == [], (result.refused, result.waiting)
    assert any("What it did after that backup is back" in n for n in result.notices), result.notices
    assert LOST in aliases(centre)
    folder = centre.folder
    centre.lock()
    with pytest.raises(VaultError):
        Vault.open(folder, "counsellor", PASSPHRASES[Role.COUNSELLOR])
    three.centre = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    make_client(three.centre, NEW)
    sync(three.centre)
    sync(three.office)
    assert aliases(three.centre) == aliases(three.office) == sorted(["Zoë Before", LOST, NEW])


def test_staff_changes_wait_for_the_restored_centres_first_sync(three: Three, tmp_path: Path) -> None:
    """Signing a key file before taking back the ones it signed after the backup would fork the
    chain the office follows: refused in words that say what to do, then allowed after the sync."""
    centre = _restored(three, _backed_up_then_more(three, tmp_path), tmp_path, "a new PC")
    before = (centre.folder / "shop.keys").read_bytes()
    with pytest.raises(PermissionDenied, match="restored from a backup and hasn't synced since"):
        add_member(centre, Role.FRONT_DESK, username="too-soon")
    assert (centre.folder / "shop.keys").read_bytes() == before
    assert "Sync now" in staff.changed_elsewhere(centre)
    sync(centre)
    assert staff.changed_elsewhere(centre) == ""
    add_member(centre, Role.FRONT_DESK, username="after-sync")
    sync(centre)
    sync(three.office)
    assert "after-sync" in {m.username for m in staff.list_staff(three.office)}


def test_a_vault_that_never_synced_is_restored_as_before(vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb)).path
    highest = make_client(vault, "Before The Loss").id
    result = restore.restore_backup(backup.open_backup(made, "coordinator", COORDINATOR_PASS), tmp_path / "new")
    assert not result.synced
    restored = Vault.open(tmp_path / "new", "coordinator", COORDINATOR_PASS)
    try:
        assert catch_up.waiting(restored.conn) == "" and staff.changed_elsewhere(restored) == ""
        assert make_client(restored, "After").id == highest  # nothing to keep clear of: the next id
        add_member(restored, Role.FRONT_DESK, username="straight-away")
    finally:
        restored.lock()


def test_a_device_backed_up_right_after_joining_is_restored_as_a_syncing_one(three: Three, tmp_path: Path) -> None:
    """Backed up before its sync folder was chosen: its restore still keeps its new ids clear of the
    ones it handed out after the backup, and its first sync takes them back."""
    from shop_desktop.core.sync import devices, enrollment

    made_file = devices.add(three.centre, "Back office", "office", tmp_path / "enroll", "coordinator")
    enrollment.join(made_file, tmp_path / "back", "coordinator", COORDINATOR_PASS)
    back = Vault.open(tmp_path / "back", "coordinator", COORDINATOR_PASS)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(back, usb)).path
    back.lock()
    result = restore.restore_backup(backup.open_backup(made, "coordinator", COORDINATOR_PASS), tmp_path / "again")
    assert result.synced
    again = Vault.open(tmp_path / "again", "coordinator", COORDINATOR_PASS)
    try:
        assert catch_up.waiting(again.conn) == catch_up.FORGET
    finally:
        again.lock()
