"""Supply stock: the arithmetic against an independent tally, warnings, permissions by role."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.desk import outreach, visits
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.safety import stock
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client, service_id

TODAY = date.today()


def _give(vault: Vault, client_id: int | None, supplies: dict[str, int], at: datetime | None = None) -> int:
    return visits.check_in(vault, client_id, {service_id(vault, n): q for n, q in supplies.items()}, at=at)


def _outreach(vault: Vault, supplies: dict[str, int], starts: int = 18) -> int:
    area = outreach.list_areas(vault)[0].id
    record = outreach.ShiftRecord(
        TODAY, time(starts, 0), time(starts + 1, 0), area, contacts=3,
        supplies={service_id(vault, n): q for n, q in supplies.items()},
    )  # fmt: skip
    return outreach.log_shift(vault, record)


def _on_hand(vault: Vault, name: str) -> int | None:
    return next(s.on_hand for s in stock.stock_levels(vault) if s.name == name)


def test_on_hand_is_received_less_handed_out_and_wasted_plus_what_counts_found(vault: Vault) -> None:
    condoms, needles = service_id(vault, "Condoms"), service_id(vault, "Needles")
    client = make_client(vault)
    tally = {"Condoms": 0, "Needles": 0}  # what a person would work out on paper, row by row
    # Before the stock begins, hand-outs (yesterday) are not taken off any shelf.
    _give(vault, client.id, {"Condoms": 30}, at=datetime.now() - timedelta(days=1))
    stock.record_count(vault, condoms, 200)
    tally["Condoms"] = 200
    stock.record_delivery(vault, condoms, 500)
    stock.record_delivery(vault, needles, 1000)
    tally["Condoms"] += 500
    tally["Needles"] += 1000
    _give(vault, client.id, {"Condoms": 12, "Needles": 20})
    _give(vault, None, {"Condoms": 3})
    voided = _give(vault, None, {"Condoms": 40, "Needles": 40}, at=datetime.now() - timedelta(minutes=3))
    visits.void_visit(vault, voided, "Entered twice")  # a voided visit gives out nothing
    tally["Condoms"] -= 12 + 3
    tally["Needles"] -= 20
    _outreach(vault, {"Condoms": 50, "Needles": 100})
    tally["Condoms"] -= 50
    tally["Needles"] -= 100
    stock.record_waste(vault, needles, 25, "expired")
    tally["Needles"] -= 25
    assert _on_hand(vault, "Condoms") == tally["Condoms"] == 635
    assert _on_hand(vault, "Needles") == tally["Needles"] == 855
    # A stock-take finds 630 condoms: the shelf is believed, the difference (-5) is kept.
    stock.record_count(vault, condoms, 630)
    assert _on_hand(vault, "Condoms") == 630
    moves = [m for m in stock.recent_moves(vault) if m.name == "Condoms" and m.kind == "counted"]
    assert [m.quantity for m in moves] == [-5, 200]
    _give(vault, client.id, {"Condoms": 10}, at=datetime.now() + timedelta(minutes=1))
    assert _on_hand(vault, "Condoms") == 620
    # Supplies nobody has counted yet have no on-hand figure, not a negative one.
    assert _on_hand(vault, "Lube") is None


def test_waste_beyond_the_shelf_and_deliveries_before_the_stock_began_are_refused(vault: Vault) -> None:
    lube = service_id(vault, "Lube")
    with pytest.raises(InvalidInput, match="count what is on the shelf first"):
        stock.record_waste(vault, lube, 1, "damaged")
    stock.record_count(vault, lube, 10)
    with pytest.raises(InvalidInput, match="more than the 10 on hand"):
        stock.record_waste(vault, lube, 11, "damaged")
    with pytest.raises(InvalidInput, match="stock began on"):
        stock.record_delivery(vault, lube, 5, day=TODAY - timedelta(days=1))
    with pytest.raises(InvalidInput, match="hasn't come yet"):
        stock.record_delivery(vault, lube, 5, day=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="between 1 and"):
        stock.record_delivery(vault, lube, 0)
    assert _on_hand(vault, "Lube") == 10


def test_naloxone_needs_an_expiry_and_kits_near_expiry_are_warned_oldest_first(vault: Vault) -> None:
    kits = service_id(vault, "Naloxone kits")
    with pytest.raises(InvalidInput, match="expiry date"):
        stock.record_delivery(vault, kits, 20, lot="A1")
    stock.record_delivery(vault, kits, 10, lot="OLD1", expires_on=TODAY + timedelta(days=30))
    stock.record_delivery(vault, kits, 24, lot="NEW2", expires_on=TODAY + timedelta(days=400))
    _give(vault, None, {"Naloxone kits": 4})
    # The oldest kits go out first: 6 of lot OLD1 are left, and they expire within 60 days.
    warnings = stock.stock_warnings(vault)
    assert [(w.kind, w.text) for w in warnings] == [
        ("expiring", f"Naloxone kits: 6 of lot OLD1 expire on {(TODAY + timedelta(days=30)).isoformat()}. "
         "Hand those out first."),
    ]  # fmt: skip
    assert {lot.lot: lot.left for lot in stock.lots_on_hand(vault)} == {"OLD1": 6, "NEW2": 24}
    _give(vault, None, {"Naloxone kits": 6})
    assert stock.stock_warnings(vault) == []
    assert warnings_after(vault, TODAY + timedelta(days=31)) == []  # none of OLD1 left to expire


def warnings_after(vault: Vault, day: date) -> list[str]:
    return [w.kind for w in stock.stock_warnings(vault, day)]


def test_expired_kits_on_the_shelf_say_so(vault: Vault) -> None:
    kits = service_id(vault, "Naloxone kits")
    stock.record_delivery(vault, kits, 5, lot="Z9", expires_on=TODAY + timedelta(days=3))
    assert warnings_after(vault, TODAY + timedelta(days=4)) == ["expired"]


def test_low_stock_warns_at_or_below_the_reorder_level(vault: Vault) -> None:
    swabs = service_id(vault, "Swabs")
    stock.record_count(vault, swabs, 101)
    stock.set_reorder_level(vault, swabs, 100)
    assert stock.stock_warnings(vault) == []
    _give(vault, None, {"Swabs": 1})
    (warning,) = stock.stock_warnings(vault)
    assert warning.kind == "low"
    assert warning.text == "Swabs: 100 on hand, at or below the reorder level of 100. Time to order more."


def test_the_usage_sheet_adds_up_month_by_month(vault: Vault) -> None:
    condoms = service_id(vault, "Condoms")
    stock.record_count(vault, condoms, 100)
    stock.record_delivery(vault, condoms, 300)
    _give(vault, None, {"Condoms": 25, "Lube": 7})
    stock.set_reorder_level(vault, condoms, 50)
    sheet = stock.usage_sheet(vault, TODAY.year, TODAY.month)
    line = next(line for line in sheet.lines if line.name == "Condoms")
    assert (line.opening, line.movement.received, line.movement.handed_out, line.closing) == (0, 300, 25, 375)
    assert line.movement.adjusted == 100  # the first count found 100 on a shelf the app thought empty
    assert line.to_order == 0  # 375 on hand covers another 25 and the 50 buffer
    lube = next(line for line in sheet.lines if line.name == "Lube")
    assert (lube.opening, lube.movement.handed_out, lube.closing) == (None, 7, None)


def test_permissions_by_role(vault_dir: Path, vault: Vault) -> None:
    for role in (Role.FRONT_DESK, Role.OUTREACH, Role.COUNSELLOR, Role.ADMIN):
        add_member(vault, role)
    condoms = service_id(vault, "Condoms")
    vault.lock()
    for role in (Role.FRONT_DESK, Role.OUTREACH, Role.COUNSELLOR):
        session = Session(sign_in_as(vault_dir, role))
        session.stock.record_delivery(condoms, 10)
        with pytest.raises(PermissionDenied):
            session.stock.set_reorder_level(condoms, 5)  # the catalog is the coordinator's
        session.lock()
    admin = Session(sign_in_as(vault_dir, Role.ADMIN))
    for call in (
        lambda: admin.stock.stock_levels(),
        lambda: admin.stock.record_delivery(condoms, 10),
        lambda: admin.stock.usage_sheet(TODAY.year, TODAY.month),
    ):
        with pytest.raises(PermissionDenied):
            call()
    admin.lock()
    coordinator = Session(sign_in_as(vault_dir, Role.COORDINATOR))
    coordinator.stock.set_reorder_level(condoms, 5)
    assert next(s.on_hand for s in coordinator.stock.stock_levels() if s.name == "Condoms") == 30
    coordinator.lock()


def test_the_demo_has_stock_alerts_and_a_log_that_add_up(tmp_path: Path) -> None:
    from shop_desktop.core.safety import drug_alerts, shift_log
    from shop_desktop.core.sample import centre as demo
    from tests.conftest import COORDINATOR_PASS, fast_kdf

    result = demo.create_demo_vault(
        tmp_path / "demo",
        seed=5,
        scale=demo.DemoScale(clients=60, days=120, notes=5),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    vault = result.vault
    conn = vault.conn
    for row in stock.stock_levels(vault):
        if row.tracked_from is None:
            continue
        # Recount on hand from the raw rows, independently of stock.py's own sums.
        moved = dict(
            conn.execute(
                "SELECT kind, sum(quantity) FROM stock_moves WHERE service_id = ? GROUP BY kind", (row.service_id,)
            ).fetchall()
        )
        handed = (
            conn.execute(
                "SELECT coalesce(sum(vs.quantity), 0) FROM visit_services vs JOIN visits v ON v.id = vs.visit_id"
                " WHERE vs.service_id = ? AND v.voided_at IS NULL AND v.day >= ?",
                (row.service_id, row.tracked_from),
            ).fetchone()[0]
            + conn.execute(
                "SELECT coalesce(sum(o.quantity), 0) FROM outreach_supplies o"
                " JOIN outreach_shifts s ON s.id = o.shift_id"
                " WHERE o.service_id = ? AND s.voided_at IS NULL AND s.day >= ?",
                (row.service_id, row.tracked_from),
            ).fetchone()[0]
        )
        expected = moved.get("received", 0) - handed - moved.get("wasted", 0) + moved.get("counted", 0)
        assert row.on_hand == expected >= 0, row.name
    kinds = {w.kind for w in stock.stock_warnings(vault)}
    assert {"low", "expiring"} <= kinds
    assert len(drug_alerts.active_drug_alerts(vault)) == 2 and len(drug_alerts.recent_drug_alerts(vault)) == 3
    assert len(shift_log.open_handovers(vault)) == 2
    assert vault.verify_audit().ok
    vault.lock()


def test_a_late_visit_dated_before_a_count_does_not_come_off_the_counted_shelf(vault: Vault) -> None:
    """The count saw the real shelf: the kits of a visit entered afterwards, dated earlier, were
    already gone when it was taken. The month's sheet still adds up: the count change absorbs them."""
    kits = service_id(vault, "Condoms")
    stock.record_count(vault, kits, 100)
    _give(vault, None, {"Condoms": 7})  # after the count: comes off
    _give(vault, None, {"Condoms": 4}, at=datetime.now() - timedelta(days=1))  # entered late, dated yesterday
    assert _on_hand(vault, "Condoms") == 93
    line = next(line for line in stock.usage_sheet(vault, TODAY.year, TODAY.month).lines if line.name == "Condoms")
    assert line.closing == 93
    move = line.movement
    assert line.opening + move.received - move.handed_out - move.wasted + move.adjusted == line.closing


def test_reading_the_shelf_reads_only_the_visits_since_the_last_count(vault: Vault) -> None:
    """The query plan walks the visits by day from the count, never every supply line ever given."""
    from shop_desktop.core.safety.stock_ledger import HANDED_BY_DAY

    for sql in HANDED_BY_DAY:
        plan = " ".join(
            str(r[-1]) for r in vault.conn.execute("EXPLAIN QUERY PLAN " + sql.format(extra=""), ("a", "b"))
        )
        assert "USING INDEX visits_day" in plan or "USING INDEX outreach_shifts_day" in plan, plan


def test_a_damaged_expiry_date_in_the_file_is_a_plain_message(vault: Vault) -> None:
    kits = service_id(vault, "Naloxone kits")
    stock.record_delivery(vault, kits, 5, lot="Q1", expires_on=TODAY + timedelta(days=300))
    with vault.transaction() as conn:  # an insider (or a bad disk) writes nonsense into the row
        conn.execute("UPDATE stock_moves SET expires_on = 'soon' WHERE lot = 'Q1'")
    with pytest.raises(InvalidInput, match="damaged expiry date"):
        stock.stock_warnings(vault)
