"""The sections of a funder report counted outside the desk: the Safe Suite, outreach, aggressor alerts,
and the restriction, overdose and stock sections (each in its own module). Counts only."""

from __future__ import annotations

from datetime import date, timedelta

from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.figures.periods import Period
from shop_desktop.core.figures.report_tables import Table
from shop_desktop.core.store.db import Connection


def _setting_int(conn: Connection, key: str) -> int:
    from shop_desktop.core.settings import SETTINGS

    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return int(row[0] if row else SETTINGS[key].default)


def suite_section(conn: Connection, period: Period) -> list[Table]:
    """Nights used in the period by stays that happened (checked in; one under way counts up to tonight),
    the stays and people behind them. Average length and occupancy are not counts: they go in the note."""
    today, nights, lengths, people = date.today(), 0, [], set[str]()
    for person, arrival, departure, status in conn.execute(
        "SELECT coalesce('c' || client_id, 'e' || erased_person), arrival, departure, status FROM suite_stays"
        " WHERE status IN ('checked_in', 'checked_out') AND arrival <= ? AND departure > ?",
        (period.end.isoformat(), period.start.isoformat()),
    ):
        first, end = date.fromisoformat(arrival), date.fromisoformat(departure)
        if status == "checked_in":
            end = min(end, today + timedelta(days=1))
        used = (min(end, period.end + timedelta(days=1)) - max(first, period.start)).days
        if used > 0:
            nights, people = nights + used, people | {person}
            lengths.append((end - first).days)
    rows = [("Nights used", [nights]), ("Stays", [len(lengths)]), ("Unique people", [len(people)])]
    return [
        Table("suite", "Safe Suite", ["Count"], rows, total_row=False, note=_suite_note(conn, period, nights, lengths))
    ]


def _suite_note(conn: Connection, period: Period, nights: int, lengths: list[int]) -> str:
    """The rate and average are left out when a small count could be worked back from them."""
    units = _setting_int(conn, "suite_units")
    days = max(0, (min(period.end, date.today()) - period.start).days + 1)
    words = "Stays that happened: cancelled bookings and no-shows are not counted. "
    if min(nights, len(lengths)) < _setting_int(conn, "suppression_threshold") or not days:
        return words + "Average length of stay and occupancy rate are left out while the counts are small."
    average, rate = sum(lengths) / len(lengths), 100 * nights / (units * days)
    return words + (
        f"Average length of stay: {average:.1f} nights (whole stays). Occupancy rate: {rate:.0f}% "
        f"({units} unit{'' if units == 1 else 's'} over {days} days up to today)."
    )


def outreach_section(conn: Connection, period: Period) -> list[Table]:
    """Shifts, contacts, referrals and alerts split by street and online; hours in the note; supplies by type."""
    totals = {
        str(r[0]): [int(v) for v in r[1:]]
        for r in conn.execute(
            "SELECT a.kind, count(*), sum(s.contacts), sum(s.referrals), sum(s.alerts_shared), sum(s.minutes)"
            " FROM outreach_shifts s JOIN outreach_areas a ON a.id = s.area_id"
            " WHERE s.day BETWEEN ? AND ? AND s.voided_at IS NULL GROUP BY a.kind",
            period.day_range,
        )
    }
    street, online = (totals.get(kind, [0] * 5) for kind in ("street", "online"))
    hours = [f"{minutes / 60:,.1f}" for minutes in (street[4], online[4], street[4] + online[4])]
    shifts = Table(
        "outreach",
        "Outreach",
        ["Shifts", "Contacts", "Referrals made", "Alerts shared"],
        [("On the street", street[:4]), ("Online", online[:4])],
        total_label="All outreach",
        note=f"Hours on shift: {hours[0]} on the street, {hours[1]} online, {hours[2]} in all. "
        "Contacts are people met, counted without names.",
    )
    return [shifts, _outreach_supplies(conn, period), _outreach_contacts(conn, period)]


def _outreach_contacts(conn: Connection, period: Period) -> Table:
    """Who outreach met, for the contacts who chose to say (each question counted on its own)."""
    counts = {
        (str(r[0]), str(r[1])): int(r[2])
        for r in conn.execute(
            "SELECT c.field, c.value, sum(c.count) FROM outreach_contacts c JOIN outreach_shifts s ON s.id = c.shift_id"
            " WHERE s.day BETWEEN ? AND ? AND s.voided_at IS NULL GROUP BY 1, 2",
            period.day_range,
        )
    }
    rows = [
        (f"{title}: {label}", [counts.get((key, value), 0)])
        for key, title, choices in OUTREACH_QUESTIONS
        for value, label in choices.items()
    ]
    return Table(
        "outreach_contacts",
        "Outreach contacts who described themselves",
        ["Contacts"],
        rows,
        total_row=False,
        note="Optional questions, answered by some contacts only; each question is "
        "counted on its own, so the rows do not add up to the contacts.",
    )


OUTREACH_QUESTIONS = (
    ("gender", "Gender", demo.GENDERS),
    ("age_band", "Age", demo.AGE_BANDS),
    ("indigenous", "Indigenous identity", demo.INDIGENOUS),
)


def _outreach_supplies(conn: Connection, period: Period) -> Table:
    used = {
        (int(r[0]), str(r[1])): int(r[2])
        for r in conn.execute(
            "SELECT o.service_id, a.kind, sum(o.quantity) FROM outreach_supplies o"
            " JOIN outreach_shifts s ON s.id = o.shift_id JOIN outreach_areas a ON a.id = s.area_id"
            " WHERE s.day BETWEEN ? AND ? AND s.voided_at IS NULL GROUP BY 1, 2",
            period.day_range,
        )
    }
    catalog = conn.execute("SELECT id, name, active FROM services WHERE kind = 'supply' ORDER BY sort_order, name")
    rows = [
        (name, [used.get((i, "street"), 0), used.get((i, "online"), 0)])
        for i, name, active in catalog
        if active or (i, "street") in used or (i, "online") in used
    ]
    return Table(
        "outreach_supplies",
        "Supplies handed out on outreach",
        ["Street", "Online"],
        rows,
        total_label="All supplies",
        note="Items handed out, from the same catalog as the front desk.",
    )


def alerts_section(conn: Connection, period: Period) -> list[Table]:
    """Aggressor alerts taken in the period, by kind of harm (archived ones, entered by mistake, left out)."""
    from shop_desktop.core.safety.alerts import CATEGORIES, count_by_category

    counts, total = count_by_category(conn, *period.day_range)
    rows = [(label, [counts[key]]) for key, label in CATEGORIES.items()]
    return [
        Table(
            "alerts",
            "Aggressor alerts (bad date reports) by kind of harm",
            ["Alerts"],
            rows,
            total_label="Alerts taken",
            totals=[total],
            note="Reports taken in the period. One alert can name several kinds of harm, so the rows "
            "add up to more than the alerts taken.",
        )
    ]


def restrictions_and_turnaways_section(conn: Connection, period: Period) -> list[Table]:
    from shop_desktop.core.figures.restriction_figures import restrictions_section

    return restrictions_section(conn, period)


def overdose_and_naloxone_section(conn: Connection, period: Period) -> list[Table]:
    from shop_desktop.core.figures.overdose_figures import overdose_section

    return overdose_section(conn, period)


def supplies_stock_section(conn: Connection, period: Period) -> list[Table]:
    from shop_desktop.core.figures import stock_figures

    return stock_figures.supplies_stock_section(conn, period)
