"""Bundles applied in the order they were made (each after the bundles of third devices its author
had applied, send.SEEN_KEY), with and without a restore: every device ends with the last word.
The centre retires a service (or archives a client), the office undoes it having seen that, the
centre does it again. Before, a laptop applied all of the centre's bundles, then the office's, and
ended with the office's older word for good; a restored centre's full re-send then spread it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from shop_desktop.core.desk import clients, visits
from shop_desktop.core.store.vault import Vault
from tests.sync.restored_scenes import (
    NAMES,
    active,
    centre_backup,
    client_rows,
    meal,
    no_items_anywhere,
    restore_to,
    sync_all,
    zoe,
)
from tests.sync.three import Three, sync


def _centre_office_centre(three: Three, change: Callable[[Vault, bool], None]) -> None:
    """The centre sets it, the office sets it back having seen that, the centre sets it again."""
    for vault, on in ((three.centre, True), (three.office, False), (three.centre, True)):
        change(vault, on)
        sync(vault)
        sync(three.office if vault is three.centre else three.centre)
    sync_all(three)


def test_the_laptop_ends_with_the_centres_last_word_on_a_service(three: Three, tmp_path: Path) -> None:
    """No restore at all: Meal retired, brought back, retired again; the laptop should say retired."""
    m = meal(three.centre)
    sync_all(three)
    _centre_office_centre(three, lambda vault, on: visits.set_service_active(vault, m, not on))
    assert {n: active(getattr(three, n), m) for n in NAMES} == dict.fromkeys(NAMES, 0)


def test_a_restored_centre_keeps_its_last_archive(three: Three, tmp_path: Path) -> None:
    """Centre archives, office brings back, centre archives again: archived everywhere, no item."""
    made = centre_backup(three, tmp_path)
    z = zoe(three.centre)
    _centre_office_centre(three, lambda vault, on: clients.set_archived(vault, z, on))
    restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    sync_all(three, rounds=3)
    assert {n: client_rows(getattr(three, n))[z][3] for n in NAMES} == dict.fromkeys(NAMES, "archived")
    assert no_items_anywhere(three)


def test_a_restored_centre_keeps_its_last_word_on_a_service(three: Three, tmp_path: Path) -> None:
    """Centre retires Meal, office brings it back, centre retires it: retired everywhere, no item."""
    made = centre_backup(three, tmp_path)
    m = meal(three.centre)
    _centre_office_centre(three, lambda vault, on: visits.set_service_active(vault, m, not on))
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    sync(centre)
    assert active(centre, m) == 0  # the centre's own last word, once its catch-up is done
    sync_all(three, rounds=3)
    assert {n: active(getattr(three, n), m) for n in NAMES} == dict.fromkeys(NAMES, 0)
    assert no_items_anywhere(three)
