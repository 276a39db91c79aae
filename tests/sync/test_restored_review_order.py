"""A device restored from a backup while the others keep syncing: its own later work, in order.

What a device did after its backup comes back from its own bundles (core/sync/catch_up.py), each
applied after the others' bundles it had seen when it was made (send.SEEN_KEY). These scenarios edit,
check in and erase after the backup, on the restored device and on the others, and read every
device's vault file back: the same rows everywhere, nothing lost, no review item for a clash that
never happened, and no sync that fails.
"""

from __future__ import annotations

from pathlib import Path

from shop_desktop.core.desk import clients, outreach, programs, visits
from shop_desktop.core.store import staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import catch_up, ids
from tests.factories import make_client, make_visit
from tests.sync.restored_scenes import (
    DESKS,
    NAMES,
    active,
    centre_backup,
    client_rows,
    consents,
    laptop_backup,
    log_shift,
    meal,
    no_items_anywhere,
    office_backup,
    open_items,
    remark,
    restore_laptop,
    restore_to,
    said,
    same_clients_everywhere,
    shifts,
    sync_all,
    try_sync,
    visit_ids,
    zoe,
)
from tests.sync.three import Three, sync


def _office_checked_in_mira(three: Three, tmp_path: Path) -> tuple[Path, int, int]:
    """The office's backup; the centre registers Mira; the office checks her in."""
    made = office_backup(three, tmp_path)
    mira = make_client(three.centre, "Mira Centre-Made")
    sync(three.centre)
    sync(three.office)
    visit = make_visit(three.office, mira, "Meal")
    sync_all(three)
    return made, mira.id, visit


def test_a_restored_office_gets_back_its_new_client_and_its_edit(three: Three, tmp_path: Path) -> None:
    """The office's client and remark made after its backup are back on it, and stay everywhere."""
    made = office_backup(three, tmp_path)
    z = zoe(three.office)
    lost = make_client(three.office, "Office After Backup")
    remark(three.office, z, "office edit")
    sync_all(three)
    office = restore_to(three, "office", made, tmp_path, new_folder="new-office")
    new = make_client(office, "Office After Restore")  # before the first sync
    assert new.id != lost.id and ids.device_of(new.id) == 1
    assert said(sync(office), "What it did after that backup is back")
    sync_all(three)
    for name in NAMES:
        rows = client_rows(getattr(three, name))
        assert rows[lost.id][1] == "Office After Backup" and rows[new.id][1] == "Office After Restore", name
    assert all(client_rows(getattr(three, n))[z][2] == "office edit" for n in DESKS)
    assert same_clients_everywhere(three) and no_items_anywhere(three)


def test_a_restored_office_keeps_its_edit_of_a_client_the_centre_registered_later(three: Three, tmp_path: Path) -> None:
    """The office's remark on a client it first saw after its backup is back on it; no review item."""
    made = office_backup(three, tmp_path)
    mira = make_client(three.centre, "Mira Centre-Made")
    sync(three.centre)
    sync(three.office)
    remark(three.office, mira.id, "office edit")
    sync_all(three)
    office = restore_to(three, "office", made, tmp_path, new_folder="new-office")
    assert try_sync(office)[1] == ""
    sync_all(three)
    assert all(client_rows(getattr(three, n))[mira.id][2] == "office edit" for n in DESKS)
    assert no_items_anywhere(three)


def test_a_restored_office_syncs_after_checking_in_a_client_registered_later(three: Three, tmp_path: Path) -> None:
    """Sync works at every press, and what the office records next reaches the centre."""
    made, _mira, _visit = _office_checked_in_mira(three, tmp_path)
    office = restore_to(three, "office", made, tmp_path, new_folder="new-office")
    errors = [try_sync(office)[1] for _ in range(2)]
    made_after = make_client(office, "Office After Restore")
    errors.append(try_sync(office)[1])
    sync(three.centre)
    assert errors == ["", "", ""]
    assert catch_up.waiting(office.conn) == ""
    assert made_after.id in client_rows(three.centre)


def test_a_restored_office_gets_its_check_in_back(three: Three, tmp_path: Path) -> None:
    """The office's check-in of a client registered after its backup is on it again, not on a list."""
    made, mira, visit = _office_checked_in_mira(three, tmp_path)
    office = restore_to(three, "office", made, tmp_path, new_folder="new-office")
    assert try_sync(office)[1] == ""
    sync_all(three, rounds=3)
    for name in DESKS:
        vault = getattr(three, name)
        assert mira in client_rows(vault) and visit in visit_ids(vault), name
    assert no_items_anywhere(three)


def test_an_office_edit_made_after_the_centres_lost_edit_stays(three: Three, tmp_path: Path) -> None:
    """Centre edits, office edits after it; the restored centre keeps the office's later remark."""
    made = centre_backup(three, tmp_path)
    z = zoe(three.centre)
    remark(three.centre, z, "centre v1")
    sync(three.centre)
    sync(three.office)
    remark(three.office, z, "office v2")
    sync_all(three)
    restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    sync_all(three)
    assert all(client_rows(getattr(three, n))[z][2] == "office v2" for n in DESKS)
    assert no_items_anywhere(three)


def test_edits_taking_turns_after_the_backup_list_no_clash(three: Three, tmp_path: Path) -> None:
    """Centre v1, office v2, centre v3, each seeing the last: v3 everywhere, nothing to review."""
    made = centre_backup(three, tmp_path)
    z = zoe(three.centre)
    for vault, text in ((three.centre, "centre v1"), (three.office, "office v2"), (three.centre, "centre v3")):
        remark(vault, z, text)
        sync(vault)
        sync(three.office if vault is three.centre else three.centre)
    sync_all(three)
    assert no_items_anywhere(three)
    restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    sync_all(three)
    assert all(client_rows(getattr(three, n))[z][2] == "centre v3" for n in DESKS)
    assert no_items_anywhere(three)


def test_a_restored_office_keeps_its_last_word_on_a_service(three: Three, tmp_path: Path) -> None:
    """Office retires Meal, centre brings it back, office retires it: retired everywhere, no item."""
    made = office_backup(three, tmp_path)
    m = meal(three.centre)
    for vault, on in ((three.office, False), (three.centre, True), (three.office, False)):
        visits.set_service_active(vault, m, on)
        sync(vault)
        sync(three.centre if vault is three.office else three.office)
    sync(three.centre)
    assert active(three.centre, m) == active(three.office, m) == 0
    office = restore_to(three, "office", made, tmp_path, new_folder="new-office")
    sync(office)
    assert active(office, m) == 0
    sync_all(three, rounds=3)
    assert {n: active(getattr(three, n), m) for n in NAMES} == dict.fromkeys(NAMES, 0)
    assert no_items_anywhere(three)


def test_an_erasure_after_the_backup_is_redone(three: Three, tmp_path: Path) -> None:
    """A person erased after the centre's backup is erased again on it, and nowhere named."""
    made = centre_backup(three, tmp_path)
    z = zoe(three.centre)
    clients.purge_on_request(three.centre, z)
    sync_all(three)
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    assert client_rows(centre)[z][1] == "Zoë Before"  # the backup still has her
    sync_all(three)
    for name in NAMES:
        vault = getattr(three, name)
        assert client_rows(vault)[z][1] is None and client_rows(vault)[z][3] == "purged", name
        assert consents(vault, z) == 0, name
    assert no_items_anywhere(three)


def test_an_office_removal_of_a_centre_added_attendee_holds(three: Three, tmp_path: Path) -> None:
    """The office took Zoë off the centre's new group after its backup: she stays off, everywhere."""
    made = office_backup(three, tmp_path)
    z = zoe(three.centre)
    session = programs.session_for(three.centre, programs.add_program(three.centre, "Art group").id)
    programs.add_attendee(three.centre, session.id, z)
    sync(three.centre)
    sync(three.office)
    programs.remove_attendee(three.office, session.id, z)
    sync_all(three)

    def count(vault: Vault) -> int:
        return int(vault.conn.execute("SELECT count(*) FROM attendance").fetchone()[0])

    assert {n: count(getattr(three, n)) for n in NAMES} == dict.fromkeys(NAMES, 0)
    office = restore_to(three, "office", made, tmp_path, new_folder="new-office")
    assert try_sync(office)[1] == ""
    sync_all(three)
    assert {n: count(getattr(three, n)) for n in NAMES} == dict.fromkeys(NAMES, 0)
    assert no_items_anywhere(three)


def test_a_restored_laptop_gets_back_its_shift_and_client(three: Three, tmp_path: Path) -> None:
    """The outreach worker's shift and street client from after the backup are back on the laptop."""
    made = laptop_backup(three, tmp_path)
    area = outreach.list_areas(three.laptop)[0].id
    shift = log_shift(three.laptop, area, 7)
    street = make_client(three.laptop, "Met On The Street")
    sync_all(three)
    laptop = restore_laptop(three, made, tmp_path)
    assert shift not in shifts(laptop)
    again = make_client(laptop, "Met After Restore")
    sync(laptop)
    sync_all(three)
    for name in NAMES:
        vault = getattr(three, name)
        assert shifts(vault).get(shift) == (area, 7), name
        assert {street.id, again.id} <= set(client_rows(vault)), name
    assert ids.device_of(again.id) == 2 and again.id != street.id
    assert no_items_anywhere(three)


def test_a_restored_laptop_syncs_with_a_shift_in_an_area_added_later(three: Three, tmp_path: Path) -> None:
    """A shift in an area the centre added after the laptop's backup: back, and every sync works."""
    made = laptop_backup(three, tmp_path)
    area = outreach.add_area(three.centre, "New Motel Strip", "street").id
    sync(three.centre)
    sync(three.laptop)
    shift = log_shift(three.laptop, area, 9)
    sync_all(three)
    laptop = restore_laptop(three, made, tmp_path)
    made_after = make_client(laptop, "Met After Restore")
    errors = [try_sync(laptop)[1] for _ in range(3)]
    sync(three.centre)
    assert errors == ["", "", ""]
    assert shifts(laptop).get(shift) == shifts(three.centre).get(shift) == (area, 9)
    assert made_after.id in client_rows(three.centre)
    assert open_items(laptop) == []


def test_a_restored_centre_syncs_and_can_disable_a_leaver(three: Three, tmp_path: Path) -> None:
    """The centre checked in a client the office registered after its backup: it syncs, and a
    worker who leaves that day can be disabled."""
    made = centre_backup(three, tmp_path)
    kim = make_client(three.office, "Kim Office-Made")
    sync(three.office)
    sync(three.centre)
    visit = make_visit(three.centre, kim, "Meal")
    sync_all(three)
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    errors = [try_sync(centre)[1] for _ in range(2)]
    assert errors == ["", ""] and catch_up.waiting(centre.conn) == ""
    assert kim.id in client_rows(centre) and visit in visit_ids(centre)
    counsellor = next(m for m in staff.list_staff(centre) if m.username == "counsellor")
    staff.disable_staff(centre, counsellor.id)
    sync_all(three)
    assert not any(m.active for m in staff.list_staff(three.office) if m.username == "counsellor")
