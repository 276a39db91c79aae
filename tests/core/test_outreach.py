"""Outreach shift log: what a shift records, what is refused, the editable area list, roles, audit,
and the funder report figures checked against a count of the rows written here."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.desk import outreach
from shop_desktop.core.desk.outreach import ShiftRecord
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.figures import report_figures
from shop_desktop.core.figures.report_figures import Period, compute_figures
from shop_desktop.core.roles import Role
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, fast_kdf, sign_in_as
from tests.factories import service_id

TODAY = date.today()


def area(vault: Vault, name: str) -> int:
    return next(a.id for a in outreach.list_areas(vault) if a.name == name)


def evening(vault: Vault, **changes: object) -> ShiftRecord:
    fields: dict[str, object] = {
        "day": TODAY - timedelta(days=1),
        "starts": time(20, 0),
        "ends": time(1, 30),
        "area_id": area(vault, "Motel strip"),
        "contacts": 12,
        "supplies": {service_id(vault, "Condoms"): 40, service_id(vault, "Naloxone kits"): 2},
        "referrals": 1,
        "alerts_shared": 2,
        "remark": "Rain, fewer people out",
        "demographics": {"gender": {"woman": 8, "trans_woman": 2}, "age_band": {"25_34": 5}},
    }
    fields.update(changes)
    return ShiftRecord(**fields)  # type: ignore[arg-type]


def test_a_shift_keeps_everything_the_form_sent(vault: Vault) -> None:
    record = evening(vault)
    shift = outreach.get_shift(vault, outreach.log_shift(vault, record))
    assert shift.record == record
    assert (shift.area_name, shift.area_kind, shift.minutes, shift.hours) == ("Motel strip", "street", 330, 5.5)
    assert shift.items == 42 and shift.supplies_text == "Naloxone kits ×2, Condoms ×40"
    assert shift.staff_name == vault.user.display_name


@pytest.mark.parametrize(
    ("starts", "ends", "minutes"),
    [
        (time(9, 0), time(17, 0), 480),
        (time(22, 0), time(2, 0), 240),
        (time(23, 45), time(0, 15), 30),
    ],
)
def test_shift_length_goes_past_midnight(starts: time, ends: time, minutes: int) -> None:
    assert outreach.shift_minutes(starts, ends) == minutes


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"day": TODAY + timedelta(days=1)}, "hasn't come yet"),
        ({"day": TODAY - timedelta(days=400)}, "at most a year"),
        ({"starts": time(20, 0), "ends": time(20, 0)}, "ends at the time it starts"),
        ({"area_id": 999}, "area or platform"),
        ({"contacts": -1}, "contacts"),
        ({"contacts": 5000}, "contacts"),
        ({"referrals": -2}, "referrals made"),
        ({"demographics": {"gender": {"woman": 13}}}, "more than the 12 contacts"),
        ({"demographics": {"gender": {"martian": 1}}}, "gender identity from the list"),
        ({"demographics": {"religion": {"x": 1}}}, "Only gender identity"),
        ({"supplies": {1: 3}}, "catalog of supplies"),  # 1 is the Shower, a service
    ],
)
def test_what_does_not_fit_is_refused(vault: Vault, changes: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        outreach.log_shift(vault, evening(vault, **changes))
    assert vault.conn.execute("SELECT count(*) FROM outreach_shifts").fetchone()[0] == 0


def test_supply_quantity_limits(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="Condoms: the quantity"):
        outreach.log_shift(vault, evening(vault, supplies={service_id(vault, "Condoms"): 0}))


def test_supplies_come_from_the_front_desk_catalog(vault: Vault) -> None:
    names = [s.name for s in outreach.supply_catalog(vault)]
    assert names[:3] == ["Naloxone kits", "Condoms", "Lube"] and "Shower" not in names


def test_a_shift_can_be_corrected_and_voided(vault: Vault) -> None:
    shift_id = outreach.log_shift(vault, evening(vault))
    corrected = evening(vault, contacts=20, supplies={service_id(vault, "Needles"): 30}, demographics={})
    outreach.update_shift(vault, shift_id, corrected)
    assert outreach.get_shift(vault, shift_id).record == corrected
    outreach.void_shift(vault, shift_id)
    assert outreach.recent_shifts(vault) == []
    with pytest.raises(InvalidInput, match="voided"):
        outreach.void_shift(vault, shift_id)


def test_the_area_list_is_editable(vault: Vault) -> None:
    kinds = Counter(a.kind for a in outreach.list_areas(vault))
    assert kinds["street"] >= 3 and kinds["online"] >= 2  # seeded by the migration
    added = outreach.add_area(vault, "  Bus loop  ", "street")
    assert (added.name, added.kind_label) == ("Bus loop", "Street")
    with pytest.raises(InvalidInput, match="already in the list"):
        outreach.add_area(vault, "bus LOOP", "street")
    shift_id = outreach.log_shift(vault, evening(vault, area_id=added.id))
    outreach.retire_area(vault, added.id)
    assert "Bus loop" not in [a.name for a in outreach.list_areas(vault)]
    assert outreach.get_shift(vault, shift_id).area_name == "Bus loop"  # past shifts keep it
    assert outreach.add_area(vault, "Bus loop", "street").id == added.id
    with pytest.raises(InvalidInput, match="street area or an online platform"):
        outreach.add_area(vault, "Somewhere", "river")


def test_recent_shifts_newest_first(vault: Vault) -> None:
    older = outreach.log_shift(vault, evening(vault, day=TODAY - timedelta(days=5)))
    newer = outreach.log_shift(vault, evening(vault, day=TODAY))
    assert [s.id for s in outreach.recent_shifts(vault)] == [newer, older]


def test_outreach_logs_and_front_desk_cannot(vault: Vault, vault_dir: Path) -> None:
    add_member(vault, Role.OUTREACH)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    worker = sign_in_as(vault_dir, Role.OUTREACH)
    try:
        shift_id = outreach.log_shift(worker, evening(worker))
        assert outreach.get_shift(worker, shift_id).staff_id == worker.user.id
    finally:
        worker.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        with pytest.raises(PermissionDenied):
            outreach.log_shift(desk, evening(desk))
        with pytest.raises(PermissionDenied):
            outreach.recent_shifts(desk)
    finally:
        desk.lock()


def test_every_change_is_audited_with_ids_only(vault: Vault) -> None:
    shift_id = outreach.log_shift(vault, evening(vault))
    outreach.update_shift(vault, shift_id, evening(vault, remark="Motel manager asked us to move on"))
    outreach.void_shift(vault, shift_id)
    rows = vault.conn.execute(
        "SELECT action, subject_type, subject_id, detail FROM audit WHERE action LIKE 'outreach.%' ORDER BY id"
    ).fetchall()
    assert [r[0] for r in rows] == ["outreach.shift_logged", "outreach.shift_corrected", "outreach.shift_voided"]
    assert {(r[1], r[2]) for r in rows} == {("outreach_shift", str(shift_id))}
    assert json.loads(rows[0][3]) == {"area_id": area(vault, "Motel strip")}
    assert all("Motel" not in r[3] and "Rain" not in r[3] for r in rows)


# --- funder report ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A demo vault (a year of shifts) plus a voided shift, a retired supply and a retired area."""
    folder = tmp_path_factory.mktemp("outreach-report") / "vault"
    result = demo.create_demo_vault(
        folder,
        seed=4,
        scale=demo.DemoScale(clients=40, days=400, notes=0, referrals=0),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    vault = result.vault
    voided = outreach.log_shift(vault, evening(vault, day=TODAY - timedelta(days=2), contacts=99))
    outreach.void_shift(vault, voided)
    from shop_desktop.core.desk import visits

    screens = service_id(vault, "Screens")
    outreach.log_shift(vault, evening(vault, day=TODAY - timedelta(days=3), supplies={screens: 7}))
    visits.set_service_active(vault, screens, False)
    retired = outreach.add_area(vault, "Old bridge", "street")
    outreach.log_shift(vault, evening(vault, day=TODAY - timedelta(days=4), area_id=retired.id))
    outreach.retire_area(vault, retired.id)
    yield vault
    vault.lock()


def _periods() -> list[Period]:
    last_month = TODAY.replace(day=1) - timedelta(days=1)
    return [
        Period.month(last_month.year, last_month.month),
        Period.month(TODAY.year, TODAY.month),
        Period.custom(TODAY - timedelta(days=45), TODAY),
        Period.custom(TODAY - timedelta(days=500), TODAY + timedelta(days=10), "Everything"),
        Period.calendar_year(2001),
    ]


def _counted_shifts(vault: Vault, period: Period) -> list[tuple[int, str, int, int, int, int]]:
    """(id, street/online, contacts, referrals, alerts, minutes) of each shift that counts."""
    kinds = dict(vault.conn.execute("SELECT id, kind FROM outreach_areas").fetchall())
    found = []
    for shift_id, day, starts, ends, area_id, contacts, referrals, alerts, voided in vault.conn.execute(
        "SELECT id, day, starts, ends, area_id, contacts, referrals, alerts_shared, voided_at FROM outreach_shifts"
    ):
        if voided is None and period.start.isoformat() <= day <= period.end.isoformat():
            begin, end = (int(t[:2]) * 60 + int(t[3:]) for t in (starts, ends))
            minutes = end - begin if end > begin else end + 24 * 60 - begin
            found.append((shift_id, kinds[area_id], contacts, referrals, alerts, minutes))
    return found


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_outreach_figures_match_the_rows(demo_vault: Vault, period: Period) -> None:
    counted = _counted_shifts(demo_vault, period)
    expected, minutes = {}, {}
    for kind, label in (("street", "On the street"), ("online", "Online")):
        mine = [s for s in counted if s[1] == kind]
        expected[label] = [len(mine), sum(s[2] for s in mine), sum(s[3] for s in mine), sum(s[4] for s in mine)]
        minutes[kind] = sum(s[5] for s in mine)
    table = compute_figures(demo_vault, period).table("outreach")
    assert dict(table.rows) == expected
    assert table.column_totals() == [a + b for a, b in zip(*expected.values(), strict=True)]
    street, online = minutes["street"] / 60, minutes["online"] / 60
    assert (
        f"Hours on shift: {street:,.1f} on the street, {online:,.1f} online, {street + online:,.1f} in all."
    ) in table.note


@pytest.mark.parametrize("period", _periods(), ids=lambda p: p.label)
def test_outreach_supplies_match_the_rows(demo_vault: Vault, period: Period) -> None:
    kind_of = {s[0]: s[1] for s in _counted_shifts(demo_vault, period)}
    items: Counter[tuple[int, str]] = Counter()
    for shift_id, supply, quantity in demo_vault.conn.execute(
        "SELECT shift_id, service_id, quantity FROM outreach_supplies"
    ):
        if shift_id in kind_of:
            items[(supply, kind_of[shift_id])] += quantity
    expected = {}
    for supply, name, active in demo_vault.conn.execute("SELECT id, name, active FROM services WHERE kind = 'supply'"):
        if active or items[(supply, "street")] or items[(supply, "online")]:
            expected[name] = [items[(supply, "street")], items[(supply, "online")]]
    table = compute_figures(demo_vault, period).table("outreach_supplies")
    assert dict(table.rows) == expected


def test_the_report_has_data_to_check(demo_vault: Vault) -> None:
    counted = _counted_shifts(demo_vault, Period.custom(TODAY - timedelta(days=45), TODAY))
    assert {kind for _, kind, *_ in counted} == {"street", "online"} and len(counted) > 10
    assert report_figures.outreach_section in report_figures.SECTION_BUILDERS


def test_the_same_shift_saved_twice_counts_once(vault: Vault) -> None:
    """A double click on Save: the second is refused in core, so the funder report counts one shift."""
    first = outreach.log_shift(vault, evening(vault))
    with pytest.raises(InvalidInput, match="already logged"):
        outreach.log_shift(vault, evening(vault))
    outreach.void_shift(vault, first)
    outreach.log_shift(vault, evening(vault))  # once voided, the shift can be logged again


def test_contacts_who_described_themselves_are_counted_per_answer(vault: Vault) -> None:
    outreach.log_shift(vault, evening(vault))
    outreach.log_shift(
        vault,
        evening(
            vault, day=TODAY - timedelta(days=2), demographics={"gender": {"woman": 3}, "indigenous": {"metis": 2}}
        ),
    )
    voided = outreach.log_shift(
        vault, evening(vault, day=TODAY - timedelta(days=3), demographics={"gender": {"woman": 9}})
    )
    outreach.void_shift(vault, voided)
    period = Period.custom(TODAY - timedelta(days=10), TODAY)
    table = compute_figures(vault, period).table("outreach_contacts")
    expected = dict(
        vault.conn.execute(  # an independent count straight from the rows
            "SELECT c.field || '/' || c.value, sum(c.count) FROM outreach_contacts c"
            " JOIN outreach_shifts s ON s.id = c.shift_id WHERE s.voided_at IS NULL GROUP BY 1"
        ).fetchall()
    )
    shown = {label: values[0] for label, values in table.rows if values[0]}
    assert shown == {
        "Gender: Woman": expected["gender/woman"],
        "Gender: Trans woman": expected["gender/trans_woman"],
        "Age: 25 to 34": expected["age_band/25_34"],
        "Indigenous identity: Métis": expected["indigenous/metis"],
    }
    assert expected["gender/woman"] == 11
