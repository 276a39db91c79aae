"""The outreach laptop shows Safe Suite availability: which nights the unit is taken, not by whom.

A stay's client, the desk's remark and the check-in time stay at the centre; the laptop's vault
and its sync base are decrypted page by page and searched for them. The laptop books nothing (a
booking there would keep its client on the street); the centre's bookings still show as taken.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.desk import suite
from shop_desktop.core.desk.suite import StayRequest
from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.roles import Role
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.sync import changes, devices, enrollment, profiles
from tests.conftest import PASSPHRASES
from tests.factories import make_client
from tests.sync.test_outreach_columns import every_page
from tests.sync.three import Three, sync

TODAY = date.today()
REMARK = "Back stairs, leaves before the 7am shift change"
STAY = "SELECT unit, client_id, erased_person, arrival, departure, status, remark, checked_in_at FROM suite_stays"


def _book(three: Three) -> tuple[int, int]:
    """A stay under way tonight and two more nights, and a later booking that is then cancelled."""
    centre = three.centre
    client = make_client(centre, "Juniper Lane")
    stay = suite.book_stay(centre, StayRequest(client.id, TODAY, TODAY + timedelta(days=3), remark=REMARK))
    suite.check_in(centre, stay.id, TODAY)
    later = suite.book_stay(centre, StayRequest(client.id, TODAY + timedelta(days=10), TODAY + timedelta(days=12)))
    suite.cancel_stay(centre, later.id)
    return client.id, stay.id


def _taken_nights(vault_: object, days: int) -> list[bool]:
    shown = suite.occupancy(vault_, TODAY, TODAY + timedelta(days=days - 1))  # type: ignore[arg-type]
    return [day.occupied == 1 for day in shown]


def test_the_laptop_holds_when_the_unit_is_taken_but_not_who_or_the_remark(three: Three) -> None:
    client_id, stay_id = _book(three)
    sync(three.centre)
    sync(three.laptop)
    lap = three.laptop
    rows = {tuple(r) for r in lap.conn.execute(STAY)}
    day = TODAY.isoformat
    assert rows == {
        (1, None, None, day(), (TODAY + timedelta(days=3)).isoformat(), "checked_in", None, None),
        (1, None, None, (TODAY + timedelta(days=10)).isoformat(), (TODAY + timedelta(days=12)).isoformat(),
         "cancelled", None, None),
    }  # fmt: skip
    assert three.centre.conn.execute(f"{STAY} WHERE id = ?", (stay_id,)).fetchone()[1] == client_id  # the control
    # availability, computed here: nights 0, 1, 2 taken; 3 free; the cancelled nights 10, 11 free
    assert _taken_nights(lap, 13) == [True, True, True] + [False] * 10
    assert _taken_nights(three.centre, 13) == _taken_nights(lap, 13)
    tonight = suite.occupancy(lap, TODAY, TODAY)[0].stays[0]
    assert (tonight.client_id, tonight.client_code, tonight.remark, tonight.who) == (None, None, "", "taken")
    lap.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in (lap.folder / DB_NAME, changes.base_path(lap.folder)):
        plain = every_page(path, lap.data_key)
        assert b"Juniper Lane" in plain  # the control: the scan reads what the laptop holds
        assert REMARK.encode() not in plain, path.name


def test_a_laptop_joining_after_the_stay_holds_no_client_link_either(three: Three, tmp_path: Path) -> None:
    _book(three)
    made = devices.add(three.centre, "Second laptop", "outreach", tmp_path / "again", "outreach")
    folder = enrollment.join(made, tmp_path / "second", "outreach", PASSPHRASES[Role.OUTREACH])
    for path in (folder / DB_NAME, changes.base_path(folder)):
        assert REMARK.encode() not in every_page(path, three.centre.data_key)
    assert REMARK.encode() not in made.read_bytes()


def test_the_laptop_books_and_changes_no_stay(three: Three) -> None:
    client_id, stay_id = _book(three)
    sync(three.centre)
    sync(three.laptop)
    lap = three.laptop
    before = sorted(tuple(r) for r in lap.conn.execute(STAY))
    assert suite.why_not_book_here(lap).startswith("Safe Suite stays are booked and changed at the centre PC")
    assert suite.why_not_book_here(three.centre) == ""
    later = StayRequest(client_id, TODAY + timedelta(days=20), TODAY + timedelta(days=21))
    for attempt in (
        lambda: suite.book_stay(lap, later),
        lambda: suite.check_out(lap, stay_id, TODAY),
        lambda: suite.extend_stay(lap, stay_id, TODAY + timedelta(days=5)),
        lambda: suite.end_early(lap, stay_id, TODAY + timedelta(days=1)),
    ):
        with pytest.raises(InvalidInput, match="booked and changed at the centre PC"):
            attempt()
    assert sorted(tuple(r) for r in lap.conn.execute(STAY)) == before
    suite.book_stay(three.centre, later)  # the centre still books
    assert three.centre.conn.execute("SELECT count(*) FROM suite_stays").fetchone()[0] == 3


def test_the_stay_columns_listed_are_the_schemas_in_order(three: Three) -> None:
    found = tuple(str(r[1]) for r in three.centre.conn.execute("PRAGMA table_info('suite_stays')"))
    assert found == profiles.STAY_COLUMNS
    assert {"client_id", "erased_person", "remark", "checked_in_at", "checked_out_at", "cancelled_at"}.isdisjoint(
        profiles.OUTREACH_STAYS.kept
    )
