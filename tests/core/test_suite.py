"""Safe Suite: bookings at the edges (nights are [arrival, departure)), the stay's life, roles, audit,
merge and erase, and the funder report figures checked against a count of the rows written here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from shop_desktop.core import settings
from shop_desktop.core.desk import clients, suite, timeline
from shop_desktop.core.desk.suite import StayConflict, StayRequest
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.figures import report_figures
from shop_desktop.core.figures.report_figures import Period, compute_figures
from shop_desktop.core.roles import Role
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, fast_kdf, sign_in_as
from tests.factories import make_client

TODAY = date.today()
D = TODAY + timedelta(days=10)  # a day in the coming weeks, far from "today" rules


def days(n: int) -> date:
    return D + timedelta(days=n)


def book(vault: Vault, client_id: int, first: date, last: date, unit: int = 1, remark: str = "") -> suite.Stay:
    return suite.book_stay(vault, StayRequest(client_id, first, last, unit, remark=remark))


@pytest.fixture
def two(vault: Vault) -> tuple[int, int]:
    return make_client(vault, "Amara").id, make_client(vault, "Kateri").id


# --- booking at the edges -----------------------------------------------------------------------


def test_same_day_turnover_is_allowed(vault: Vault, two: tuple[int, int]) -> None:
    first = book(vault, two[0], days(0), days(3))
    second = book(vault, two[1], days(3), days(5))
    assert (first.nights, second.nights) == (3, 2)
    turnover = suite.occupancy(vault, days(3), days(3))[0]
    assert [s.id for s in turnover.stays] == [second.id]  # the leaving person's last night was days(2)


def test_back_to_back_stays_fill_every_night_once(vault: Vault) -> None:
    people = [make_client(vault, f"Guest {n}").id for n in range(4)]
    made = [book(vault, person, days(2 * n), days(2 * n + 2)) for n, person in enumerate(people)]
    nights = suite.occupancy(vault, days(-1), days(8))
    assert [o.occupied for o in nights] == [0] + [1] * 8 + [0]
    assert [o.stay_in(1).id for o in nights[1:9]] == [s.id for s in made for _ in range(2)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (2, 4),  # starts on the last night
        (-2, 1),  # ends one night into it
        (1, 2),  # inside it
        (-1, 5),  # around it
        (0, 3),  # the same nights
    ],
)
def test_overlapping_by_one_night_or_more_is_refused_naming_the_stay(
    vault: Vault, two: tuple[int, int], first: int, last: int
) -> None:
    booked = book(vault, two[0], days(0), days(3), remark="Arriving late")
    code = clients.get_client(vault, two[0]).code
    with pytest.raises(StayConflict) as refused:
        book(vault, two[1], days(first), days(last))
    message = str(refused.value)
    assert code in message and days(0).isoformat() in message and days(3).isoformat() in message
    assert "Amara" not in message and "Arriving" not in message  # code and dates only
    assert refused.value.stay_id == booked.id
    assert vault.conn.execute("SELECT count(*) FROM suite_stays").fetchone()[0] == 1


def test_several_units_take_the_same_nights(vault: Vault) -> None:
    settings.put(vault, "suite_units", "2")
    people = [make_client(vault, f"Guest {n}").id for n in range(3)]
    book(vault, people[0], days(0), days(4), unit=1)
    book(vault, people[1], days(0), days(4), unit=2)
    for unit in (1, 2):
        with pytest.raises(StayConflict, match=f"Unit {unit} is already booked"):
            book(vault, people[2], days(3), days(5), unit=unit)
    with pytest.raises(InvalidInput, match="from 1 to 2"):
        book(vault, people[2], days(0), days(2), unit=3)
    assert [o.occupied for o in suite.occupancy(vault, days(0), days(4))] == [2, 2, 2, 2, 0]
    assert suite.occupancy(vault, days(0), days(0))[0].units == 2


def test_one_person_cannot_be_in_two_units_at_once(vault: Vault) -> None:
    settings.put(vault, "suite_units", "2")
    person = make_client(vault).id
    book(vault, person, days(0), days(3), unit=1)
    with pytest.raises(StayConflict, match="already has a stay in unit 1"):
        book(vault, person, days(2), days(4), unit=2)
    book(vault, person, days(3), days(4), unit=2)


def test_extending_into_a_conflict_is_refused_and_changes_nothing(vault: Vault, two: tuple[int, int]) -> None:
    stay = book(vault, two[0], days(0), days(3))
    nxt = book(vault, two[1], days(5), days(8))
    assert suite.extend_stay(vault, stay.id, days(5)).departure == days(5)  # up to the next arrival
    with pytest.raises(StayConflict) as refused:
        suite.extend_stay(vault, stay.id, days(6))
    assert refused.value.stay_id == nxt.id and clients.get_client(vault, two[1]).code in str(refused.value)
    assert suite.get_stay(vault, stay.id).departure == days(5)
    with pytest.raises(InvalidInput, match="End early"):
        suite.extend_stay(vault, stay.id, days(4))


def test_cancelled_stays_free_their_nights(vault: Vault, two: tuple[int, int]) -> None:
    stay = book(vault, two[0], days(0), days(3))
    assert suite.cancel_stay(vault, stay.id).status == suite.CANCELLED
    book(vault, two[1], days(1), days(2))
    assert [s.client_id for s in suite.stays_between(vault, days(0), days(3))] == [two[1]]


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        (0, 0, "at least one night"),
        (3, 1, "at least one night"),
        (0, suite.MAX_NIGHTS + 1, "at most"),
        (400, 402, "a year ahead"),
        (-400, -398, "a year after"),
    ],
)
def test_dates_that_make_no_sense_are_refused(vault: Vault, first: int, last: int, words: str) -> None:
    person = make_client(vault).id
    with pytest.raises(InvalidInput, match=words):
        suite.book_stay(vault, StayRequest(person, TODAY + timedelta(days=first), TODAY + timedelta(days=last)))


def test_a_client_without_a_record_in_use_cannot_be_booked(vault: Vault) -> None:
    person = make_client(vault)
    clients.purge_on_request(vault, person.id)
    with pytest.raises(InvalidInput, match="no record in use"):
        book(vault, person.id, days(0), days(2))


# --- a stay's life ------------------------------------------------------------------------------


def test_check_in_and_out_record_the_nights_used(vault: Vault) -> None:
    person = make_client(vault).id
    stay = book(vault, person, TODAY - timedelta(days=3), TODAY + timedelta(days=2))
    with pytest.raises(InvalidInput, match="hasn't been checked in yet"):
        suite.check_out(vault, stay.id)
    stay = suite.check_in(vault, stay.id, TODAY - timedelta(days=3))
    assert stay.status == suite.CHECKED_IN
    with pytest.raises(InvalidInput, match="already in the suite"):
        suite.cancel_stay(vault, stay.id)
    stay = suite.check_out(vault, stay.id)
    assert (stay.status, stay.departure, stay.nights) == (suite.CHECKED_OUT, TODAY, 3)
    with pytest.raises(InvalidInput, match="already ended"):
        suite.extend_stay(vault, stay.id, TODAY + timedelta(days=5))


def test_arriving_late_frees_the_nights_missed_and_early_takes_free_ones(vault: Vault, two: tuple[int, int]) -> None:
    late = book(vault, two[0], TODAY - timedelta(days=4), TODAY - timedelta(days=1))
    assert suite.check_in(vault, late.id, TODAY - timedelta(days=3)).arrival == TODAY - timedelta(days=3)
    book(vault, two[1], TODAY - timedelta(days=6), TODAY - timedelta(days=4))
    early = book(vault, make_client(vault, "Early").id, TODAY, TODAY + timedelta(days=2))
    with pytest.raises(StayConflict):
        suite.check_in(vault, early.id, TODAY - timedelta(days=2))  # those nights are the late one's
    assert suite.check_in(vault, early.id, TODAY - timedelta(days=1)).arrival == TODAY - timedelta(days=1)


def test_leaving_on_the_day_of_arrival_counts_one_night(vault: Vault) -> None:
    stay = book(vault, make_client(vault).id, TODAY, TODAY + timedelta(days=3))
    suite.check_in(vault, stay.id)
    stay = suite.check_out(vault, stay.id)
    assert (stay.arrival, stay.departure, stay.nights) == (TODAY, TODAY + timedelta(days=1), 1)


def test_end_early_shortens_and_checks_out_when_the_day_has_come(vault: Vault, two: tuple[int, int]) -> None:
    future = book(vault, two[0], days(0), days(5))
    assert suite.end_early(vault, future.id, days(2)).departure == days(2)
    with pytest.raises(InvalidInput, match="after the arrival"):
        suite.end_early(vault, future.id, days(0))
    under_way = book(vault, two[1], TODAY - timedelta(days=2), TODAY + timedelta(days=4))
    suite.check_in(vault, under_way.id, TODAY - timedelta(days=2))
    ended = suite.end_early(vault, under_way.id, TODAY)
    assert (ended.status, ended.departure) == (suite.CHECKED_OUT, TODAY)


def test_check_in_ahead_of_time_is_refused(vault: Vault) -> None:
    stay = book(vault, make_client(vault).id, days(0), days(2))
    with pytest.raises(InvalidInput, match="not ahead"):
        suite.check_in(vault, stay.id, days(0))


# --- roles, audit, merge, erase -----------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.OUTREACH])
def test_front_desk_and_outreach_can_book(vault: Vault, vault_dir: Path, role: Role) -> None:
    person = make_client(vault).id
    add_member(vault, role)
    vault.lock()
    member = sign_in_as(vault_dir, role)
    try:
        stay = book(member, person, days(0), days(2))
        assert stay.staff_id == member.user.id
        assert suite.occupancy(member, days(0), days(0))[0].occupied == 1
    finally:
        member.lock()


def test_admin_cannot_see_or_book_the_suite(vault: Vault, vault_dir: Path) -> None:
    person = make_client(vault).id
    add_member(vault, Role.ADMIN)
    vault.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    try:
        with pytest.raises(PermissionDenied):
            book(admin, person, days(0), days(2))
        with pytest.raises(PermissionDenied):
            suite.stays_between(admin, days(0), days(2))
    finally:
        admin.lock()


def test_every_change_is_audited_with_ids_only(vault: Vault) -> None:
    person = make_client(vault).id
    stay = book(vault, person, TODAY - timedelta(days=1), TODAY + timedelta(days=3), remark="Bus ticket home")
    suite.check_in(vault, stay.id, TODAY - timedelta(days=1))
    suite.extend_stay(vault, stay.id, TODAY + timedelta(days=4))
    suite.end_early(vault, stay.id, TODAY + timedelta(days=2))
    suite.check_out(vault, stay.id)
    rows = vault.conn.execute(
        "SELECT action, subject_type, subject_id, detail FROM audit WHERE action LIKE 'suite.%' ORDER BY id"
    ).fetchall()
    assert [r[0] for r in rows] == [
        "suite.booked",
        "suite.checked_in",
        "suite.extended",
        "suite.ended_early",
        "suite.checked_out",
    ]
    assert {(r[1], r[2]) for r in rows} == {("suite_stay", str(stay.id))}
    assert json.loads(rows[0][3]) == {"client_id": person, "staff_id": vault.user.id}
    assert all("Bus" not in r[3] for r in rows)


def test_staff_member_for_the_stay_can_be_another_person(vault: Vault) -> None:
    colleague = add_member(vault, Role.FRONT_DESK)
    admin = add_member(vault, Role.ADMIN)
    assert {m.id for m in suite.staff_choices(vault)} == {vault.user.id, colleague.id}
    with pytest.raises(InvalidInput, match="staff member"):
        suite.book_stay(vault, StayRequest(make_client(vault, "Third").id, days(4), days(5), staff_id=admin.id))
    stay = suite.book_stay(vault, StayRequest(make_client(vault).id, days(0), days(1), staff_id=colleague.id))
    assert stay.staff_name == colleague.display_name
    with pytest.raises(InvalidInput, match="staff member"):
        suite.book_stay(vault, StayRequest(make_client(vault, "Other").id, days(2), days(3), staff_id=999))


def test_merging_two_records_moves_their_stays(vault: Vault, two: tuple[int, int]) -> None:
    stay = book(vault, two[1], days(0), days(2))
    clients.merge_clients(vault, two[0], two[1])
    assert suite.get_stay(vault, stay.id).client_id == two[0]
    assert [s.id for s in suite.stays_for_client(vault, two[0])] == [stay.id]


def test_erasing_a_client_keeps_the_nights_but_not_the_link(vault: Vault, two: tuple[int, int]) -> None:
    first = book(vault, two[0], TODAY - timedelta(days=6), TODAY - timedelta(days=4), remark="Quiet room")
    second = book(vault, two[0], TODAY - timedelta(days=3), TODAY - timedelta(days=1))
    for stay in (first, second):
        suite.check_in(vault, stay.id, stay.arrival)
        suite.check_out(vault, stay.id, stay.departure)
    clients.purge_on_request(vault, two[0])
    rows = vault.conn.execute("SELECT client_id, erased_person, remark FROM suite_stays").fetchall()
    assert [r[0] for r in rows] == [None, None] and rows[0][1] == rows[1][1] and rows[0][2] is None
    assert suite.get_stay(vault, first.id).who == "erased record"
    period = Period.custom(TODAY - timedelta(days=10), TODAY)
    assert dict(compute_figures(vault, period).table("suite").rows)["Unique people"] == [1]


def test_the_client_timeline_lists_stays(vault: Vault, two: tuple[int, int]) -> None:
    book(vault, two[0], days(0), days(3))
    entries = [e for e in timeline.client_timeline(vault, two[0]) if e.kind == "suite"]
    assert [(e.title, e.detail) for e in entries] == [
        ("Unit 1", f"{days(0).isoformat()} to {days(3).isoformat()}, 3 nights, booked")
    ]


def test_units_is_a_setting_with_a_default_of_one(vault: Vault) -> None:
    assert settings.SETTINGS["suite_units"].default == "1"
    assert suite.unit_count(vault) == 1
    with pytest.raises(InvalidInput):
        settings.put(vault, "suite_units", "0")


# --- funder report ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A demo vault (a year of stays) plus an erased client's stays, a no-show and a stay under way."""
    folder = tmp_path_factory.mktemp("suite-report") / "vault"
    result = demo.create_demo_vault(
        folder,
        seed=9,
        scale=demo.DemoScale(clients=60, days=300, notes=0, referrals=0),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    vault = result.vault
    settings.put(vault, "suite_units", "2")
    _add_edge_cases(vault)
    yield vault
    vault.lock()


def _add_edge_cases(vault: Vault) -> None:
    erased, no_show, staying = (make_client(vault, name).id for name in ("Forget Me", "No Show", "Staying"))
    for first, last in ((-40, -35), (-20, -18)):
        stay = book(vault, erased, TODAY + timedelta(days=first), TODAY + timedelta(days=last), unit=2)
        suite.check_in(vault, stay.id, stay.arrival)
        suite.check_out(vault, stay.id, stay.departure)
    clients.purge_on_request(vault, erased)
    book(vault, no_show, TODAY - timedelta(days=12), TODAY - timedelta(days=9), unit=2)
    under_way = book(vault, staying, TODAY - timedelta(days=5), TODAY + timedelta(days=6), unit=2)
    suite.check_in(vault, under_way.id, under_way.arrival)


def _periods() -> list[Period]:
    last_month = TODAY.replace(day=1) - timedelta(days=1)
    next_month = TODAY.replace(day=28) + timedelta(days=7)
    return [
        Period.month(last_month.year, last_month.month),
        Period.month(TODAY.year, TODAY.month),
        Period.custom(TODAY - timedelta(days=45), TODAY),
        Period.custom(TODAY - timedelta(days=500), TODAY + timedelta(days=10), "Everything"),
        Period.month(next_month.year, next_month.month),
        Period.calendar_year(2001),
    ]


def _expected(vault: Vault, period: Period) -> tuple[int, int, int, list[int]]:
    """(nights, stays, people, whole lengths), walking every night of every stay that happened."""
    nights, lengths, people = 0, [], set()
    for client_id, erased, arrival, departure, status in vault.conn.execute(
        "SELECT client_id, erased_person, arrival, departure, status FROM suite_stays"
    ):
        if status not in ("checked_in", "checked_out"):
            continue
        night, slept = date.fromisoformat(arrival), []
        while night < date.fromisoformat(departure) and (status == "checked_out" or night <= TODAY):
            slept.append(night)
            night += timedelta(days=1)
        inside = [n for n in slept if period.start <= n <= period.end]
        if inside:
            nights += len(inside)
            lengths.append(len(slept))
            people.add((client_id, erased))
    return nights, len(lengths), len(people), lengths


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_suite_figures_match_the_rows(demo_vault: Vault, period: Period) -> None:
    nights, stays, people, lengths = _expected(demo_vault, period)
    table = compute_figures(demo_vault, period).table("suite")
    assert dict(table.rows) == {"Nights used": [nights], "Stays": [stays], "Unique people": [people]}
    open_days = 0
    day = period.start
    while day <= min(period.end, TODAY):
        open_days, day = open_days + 1, day + timedelta(days=1)
    if nights >= 5 and stays >= 5 and open_days:
        assert f"Average length of stay: {sum(lengths) / stays:.1f} nights" in table.note
        assert f"Occupancy rate: {100 * nights / (2 * open_days):.0f}% (2 units over {open_days} days" in table.note
    else:
        assert "left out while the counts are small" in table.note


def test_the_report_has_data_to_check(demo_vault: Vault) -> None:
    """The periods above are not all empty: the demo and edge cases give real counts to compare."""
    nights, stays, people, _ = _expected(demo_vault, Period.custom(TODAY - timedelta(days=500), TODAY))
    assert nights > 100 and stays > 20 and people > 5
    assert report_figures.suite_section in report_figures.SECTION_BUILDERS
