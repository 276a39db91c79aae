"""A device restored from a backup while the others keep syncing: its bundle numbers and new ids.

A restored device must number its next bundle above every one of its own the others applied, hand
out no id its earlier self handed out, say plainly when its own bundles are missing or when another
PC speaks as it (a copy), and come through a cancelled or failing catch-up. Every device's vault
file is read back: nothing made on any device is lost, deleted or overwritten.
"""

from __future__ import annotations

from pathlib import Path

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.errors import Cancelled, VaultError
from shop_desktop.core.roles import Role
from shop_desktop.core.store import staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import catch_up, devices, enrollment, receive, syncing
from tests.conftest import COORDINATOR_PASS, PASSPHRASES
from tests.factories import make_client
from tests.sync.restored_scenes import (
    NAMES,
    aliases,
    centre_backup,
    centre_bundles_tidied,
    client_rows,
    make_backup_of,
    no_items_anywhere,
    number_of,
    office_backup,
    restore_to,
    said,
    same_clients_everywhere,
    sync_all,
    three_lost_bundles,
    try_sync,
)
from tests.sync.three import Three, sync


def test_own_bundles_tidied_away_are_said_and_numbered_over(three: Three, tmp_path: Path) -> None:
    """The sync says the centre's own later bundles are gone; its new client still reaches everyone."""
    made, _z, sent = centre_bundles_tidied(three, tmp_path)
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    new = make_client(centre, "Registered After Restore")
    result = sync(centre)
    assert said(result, f"up to number {sent}", "not in the sync folder")
    assert result.written and all(number_of(name) > sent for name in result.written)
    sync_all(three, rounds=2)
    assert all(new.id in client_rows(getattr(three, n)) for n in NAMES)


def test_a_copy_given_the_sync_folder_is_said_and_deletes_nothing(three: Three, tmp_path: Path) -> None:
    """A copy restored to look at, then given the sync folder: both PCs are told; no row is lost."""
    made = centre_backup(three, tmp_path)
    make_client(three.centre, "Original After Backup")
    sync_all(three)
    opened = backup.open_backup(made, "coordinator", COORDINATOR_PASS)
    assert restore.restore_backup(opened, tmp_path / "look-at-old-state").synced  # "Restore elsewhere"
    copy = Vault.open(tmp_path / "look-at-old-state", "coordinator", COORDINATOR_PASS)
    syncing.set_folder(copy, three.folder)  # someone chooses it anyway
    sync(copy)
    made_on_copy = make_client(copy, "Made On The Copy")
    sync(copy)
    sync(three.office)
    made_on_original = make_client(three.centre, "Made On The Original")
    original_said, error = try_sync(three.centre)
    sync_all(three, rounds=2)
    copy_said, copy_error = try_sync(copy)
    copy_rows = client_rows(copy)
    copy.lock()
    assert error == copy_error == ""
    assert said(original_said, "copy") and said(copy_said, "copy")  # in words, on both PCs
    assert made_on_copy.id != made_on_original.id
    for name in NAMES:
        have = client_rows(getattr(three, name))
        assert made_on_copy.id in have and made_on_original.id in have, name
    assert {made_on_copy.id, made_on_original.id} <= set(copy_rows)


def test_a_catch_up_cancelled_at_once_is_done_at_the_next_sync(three: Three, tmp_path: Path) -> None:
    """Cancel pressed during the first sync after a restore: the next sync brings everything back."""
    made, lost = three_lost_bundles(three, tmp_path)
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    new = make_client(centre, "After Restore")
    plan = syncing.prepare(centre)
    try:
        syncing.run(plan, lambda *_: None, lambda: True)
    except Cancelled:
        pass
    syncing.finish(centre, None)
    sync_all(three)
    for name in NAMES:
        assert set(lost) | {new.id} <= set(client_rows(getattr(three, name))), name
    assert same_clients_everywhere(three)
    assert len(aliases(three.centre)) == len(set(aliases(three.centre)))
    assert no_items_anywhere(three)


def test_a_catch_up_that_fails_midway_is_finished_at_the_next_sync(three: Three, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The USB stick pulled during the catch-up: the next sync brings back the rest, nothing lost."""
    made, lost = three_lost_bundles(three, tmp_path)
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    real, calls = receive.apply, []

    def flaky(sync_, state, path, profile, notices=None):  # type: ignore[no-untyped-def]
        calls.append(path.name)
        if len(calls) == 2:
            raise OSError(5, "Input/output error (the USB stick was pulled)")
        return real(sync_, state, path, profile, notices)

    monkeypatch.setattr(receive, "apply", flaky)
    _result, error = try_sync(centre)
    monkeypatch.setattr(receive, "apply", real)
    assert error and catch_up.waiting(centre.conn) == catch_up.OWN_BUNDLES
    new = make_client(centre, "Between The Runs")
    assert try_sync(centre)[1] == ""
    sync_all(three)
    for name in NAMES:
        assert set(lost) | {new.id} <= set(client_rows(getattr(three, name))), name
    assert same_clients_everywhere(three) and no_items_anywhere(three)


def test_the_same_backup_restored_twice_hands_out_no_id_twice(three: Three, tmp_path: Path) -> None:
    """Rosa registered after the first restore, Sam after the second: both kept everywhere."""
    made = centre_backup(three, tmp_path)
    make_client(three.centre, "Lost Once")
    sync_all(three)
    first = restore_to(three, "centre", made, tmp_path, new_folder="new-centre-1")
    sync(first)
    rosa = make_client(first, "Rosa After First Restore")
    sync_all(three)
    assert rosa.id in client_rows(three.office)
    second = restore_to(three, "centre", made, tmp_path, new_folder="new-centre-2", choose_folder=False)
    sam = make_client(second, "Sam After Second Restore")
    syncing.set_folder(second, three.folder)
    sync_all(three, rounds=2)
    assert sam.id != rosa.id
    for name in NAMES:
        rows = client_rows(getattr(three, name))
        assert rows[rosa.id][1] == "Rosa After First Restore" and rows[sam.id][1] == "Sam After Second Restore"
    assert same_clients_everywhere(three)


def test_a_backup_made_before_the_first_sync_overwrites_no_client(three: Three, tmp_path: Path) -> None:
    """Backed up before its sync folder was chosen: after the restore its clients all stay."""
    file = devices.add(three.centre, "Back office", "office", three.root / "enroll", "coordinator")
    sync(three.centre)
    enrollment.join(file, three.root / "back-office", "coordinator", COORDINATOR_PASS)
    back = Vault.open(three.root / "back-office", "coordinator", COORDINATOR_PASS)
    made = make_backup_of(back, tmp_path)  # no sync folder chosen yet
    syncing.set_folder(back, three.folder)
    sync(back)
    sync_all(three)
    want = {make_client(back, "Back Office One").id: "Back Office One"}
    sync(back)
    want[make_client(back, "Back Office Two").id] = "Back Office Two"
    sync(back)
    sync_all(three)
    back.lock()
    restore.restore_backup(backup.open_backup(made, "coordinator", COORDINATOR_PASS), tmp_path / "new-back")
    back = Vault.open(tmp_path / "new-back", "coordinator", COORDINATOR_PASS)
    syncing.set_folder(back, three.folder)
    want[make_client(back, "Back Office After Restore").id] = "Back Office After Restore"
    errors = [try_sync(back)[1]]
    sync_all(three, rounds=2)
    errors.append(try_sync(back)[1])
    sync_all(three)
    for vault in (three.office, three.centre, back):
        assert {i: client_rows(vault).get(i, (None, None))[1] for i in want} == want
    back.lock()
    assert errors == ["", ""]


def test_a_restored_office_across_a_disable_gets_its_rows_back(three: Three, tmp_path: Path) -> None:
    """A client registered under the data key of a disable made after the backup: back, and the
    leaver still can't open the restored office."""
    made = office_backup(three, tmp_path)
    counsellor = next(m for m in staff.list_staff(three.centre) if m.username == "counsellor")
    staff.disable_staff(three.centre, counsellor.id)
    sync(three.centre)
    sync(three.office)
    lost = make_client(three.office, "Office Under New Key")
    sync_all(three)
    office = restore_to(three, "office", made, tmp_path, new_folder="new-office")
    made_before = make_client(office, "Office Before First Sync")
    errors = [try_sync(office)[1] for _ in range(3)]
    sync_all(three, rounds=2)
    folder = office.folder
    office.lock()
    try:
        Vault.open(folder, "counsellor", PASSPHRASES[Role.COUNSELLOR]).lock()
        opened_by_leaver = True
    except VaultError:
        opened_by_leaver = False
    three.office = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    assert errors == ["", "", ""] and not opened_by_leaver
    assert lost.id in client_rows(three.office) and made_before.id in client_rows(three.centre)
    assert same_clients_everywhere(three)


def test_own_bundles_are_caught_up_on_even_with_the_mark_deleted(three: Three, tmp_path: Path) -> None:
    """sync.catch_up deleted by hand on the restored centre: its later client is deleted nowhere."""
    made = centre_backup(three, tmp_path)
    lost = make_client(three.centre, "Lost After Backup")
    sync_all(three)
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    with centre.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (catch_up.CATCH_UP_META,))
    result, error = try_sync(centre)
    sync_all(three)
    assert error == "" and said(result, "under this PC's own device number")
    for name in NAMES:
        assert client_rows(getattr(three, name)).get(lost.id, (None, None))[1] == "Lost After Backup", name
    assert no_items_anywhere(three)
