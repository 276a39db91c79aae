"""Check-ins are saved at the centre: the outreach laptop sends no visits (its stream carries none).

Before, a check-in on the laptop wrote the visit and the client's first and last visit into the
laptop's vault, and none of it ever left: the centre never counted the visit, and the laptop kept
who came in when. Now it is refused there and changes nothing; the centre's check-ins still date
the client at the centre and at the office, and the laptop's client row stays without visit dates.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shop_desktop.core.desk import visits
from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.store.places import DB_NAME
from tests.factories import make_client, service_id
from tests.sync.test_outreach_columns import every_page
from tests.sync.three import Three, sync

DATES = "SELECT first_visit, last_visit_at FROM clients WHERE id = ?"


def _at(minutes_ago: int) -> datetime:
    return (datetime.now() - timedelta(minutes=minutes_ago)).replace(second=0, microsecond=0)


def _counts(three: Three) -> list[int]:
    ask = "SELECT (SELECT count(*) FROM visits) + (SELECT count(*) FROM visit_services)"
    return [int(v.conn.execute(ask).fetchone()[0]) for v in (three.centre, three.office, three.laptop)]


def test_the_laptop_refuses_a_check_in_and_holds_no_visit_time(three: Three) -> None:
    client = make_client(three.centre, "Juniper Lane")
    sync(three.centre)
    sync(three.laptop)
    lap, when = three.laptop, _at(30)
    before = _counts(three)
    meal = service_id(lap, "Meal")
    for named in (client.id, None):
        with pytest.raises(InvalidInput, match="Check-ins are saved at the centre PC"):
            visits.check_in(lap, named, {meal: 1}, at=when)
    assert tuple(lap.conn.execute(DATES, (client.id,)).fetchone()) == (None, None)
    sync(lap)
    sync(three.centre)
    sync(three.office)
    assert _counts(three) == before
    lap.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = every_page(lap.folder / DB_NAME, lap.data_key)
    assert b"Juniper Lane" in plain  # the control
    assert when.isoformat(timespec="minutes").encode() not in plain


def test_a_centre_check_in_dates_the_client_at_the_centre_and_office_only(three: Three) -> None:
    client = make_client(three.centre, "Juniper Lane")
    when = _at(10)
    visits.check_in(three.centre, client.id, {service_id(three.centre, "Meal"): 1}, at=when)
    sync(three.centre)
    sync(three.office)
    sync(three.laptop)
    expected = (when.date().isoformat(), when.isoformat(timespec="minutes"))
    for vault in (three.centre, three.office):
        assert tuple(vault.conn.execute(DATES, (client.id,)).fetchone()) == expected
    assert tuple(three.laptop.conn.execute(DATES, (client.id,)).fetchone()) == (None, None)
    assert three.laptop.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0
