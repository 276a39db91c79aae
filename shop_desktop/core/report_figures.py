"""The figures of a funder report for one period: counts only, from plain SQL aggregates.

Nothing here reads a name, alias, code or note text: each section is a GROUP BY over
visits, services, programs and note types. Later features (referrals, alerts, Safe
Suite, outreach) add their sections by appending a builder to SECTION_BUILDERS.

What is counted:
- a visit counts unless it was voided; a named visit has a client, an anonymous one has none
  (a client erased on request keeps their visits and counts, as clients.py promises);
- a new client is one whose first visit ever (not voided) falls in the period;
- counselling sessions and crisis interventions are signed notes (and erased notes, which keep
  their type and date) dated in the period, addenda left out, as notes.count_by_type counts them;
- demographics describe the unique named clients served. Anonymous visitors are left out there:
  their details are recorded per visit, not per person, so they cannot join a count of people;
  the number of anonymous visits is in the Visits table.

Small counts are withheld by `suppress_table` (see its docstring) before anything is printed.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from shop_desktop.core import demographics as demo
from shop_desktop.core import notes
from shop_desktop.core.db import Connection
from shop_desktop.core.errors import Cancelled, InvalidInput
from shop_desktop.core.roles import Permission
from shop_desktop.core.vault import Vault

# --- the period -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput("The report period ends before it starts. Check the two dates.")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), f"{calendar.month_name[month]} {year}")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """A calendar quarter: 1 is January to March."""
        if quarter not in (1, 2, 3, 4):
            raise InvalidInput("A quarter is 1, 2, 3 or 4.")
        first = 3 * quarter - 2
        start, end = cls.month(year, first).start, cls.month(year, first + 2).end
        return cls(start, end, f"Q{quarter} {year} ({calendar.month_name[first]} to {end:%B} {year})")

    @classmethod
    def fiscal_year(cls, start_year: int) -> Period:
        """April 1 to March 31, as most Canadian non-profits and their funders report."""
        label = f"Fiscal year {start_year}–{(start_year + 1) % 100:02d} (April {start_year} to March {start_year + 1})"
        return cls(date(start_year, 4, 1), date(start_year + 1, 3, 31), label)

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), f"Calendar year {year}")

    @classmethod
    def custom(cls, start: date, end: date, label: str = "") -> Period:
        return cls(start, end, label.strip() or f"{start.isoformat()} to {end.isoformat()}")

    @property
    def dates(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"

    @property
    def day_range(self) -> tuple[str, str]:
        """(first day, last day) as stored in visits.day, for BETWEEN."""
        return self.start.isoformat(), self.end.isoformat()

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        found, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            found.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found


PERIOD_KINDS = {
    "month": "A month",
    "quarter": "A quarter (calendar)",
    "fiscal": "A fiscal year (April to March)",
    "year": "A calendar year",
    "custom": "Custom dates",
}


def recent_periods(kind: str, today: date, count: int = 12) -> list[Period]:
    """The choices a coordinator is offered, newest first, starting with the one under way."""
    if kind == "month":
        months = [(today.year - (n + 12 - today.month) // 12, (today.month - 1 - n) % 12 + 1) for n in range(count)]
        return [Period.month(y, m) for y, m in months]
    if kind == "quarter":
        current = (today.month - 1) // 3
        return [Period.quarter(today.year - (n + 3 - current) // 4, (current - n) % 4 + 1) for n in range(count)]
    if kind == "fiscal":
        first = today.year if today.month >= 4 else today.year - 1
        return [Period.fiscal_year(first - n) for n in range(count)]
    if kind == "year":
        return [Period.calendar_year(today.year - n) for n in range(count)]
    raise InvalidInput("Choose a month, a quarter, a fiscal year or a calendar year.")


# --- tables ---------------------------------------------------------------------------------


@dataclass
class Table:
    """One section's counts. Each column is summed in the total row unless `totals` says otherwise
    (unique people over months are not a sum)."""

    key: str
    title: str
    columns: list[str]
    rows: list[tuple[str, list[int]]]
    total_row: bool = True
    total_label: str = "Total"
    totals: list[int] | None = None
    note: str = ""

    def column_totals(self) -> list[int]:
        if self.totals is not None:
            return list(self.totals)
        return [sum(values[c] for _, values in self.rows) for c in range(len(self.columns))]


@dataclass(frozen=True)
class MonthFigures:
    year: int
    month: int
    visits: int
    unique_clients: int

    @property
    def label(self) -> str:
        return f"{calendar.month_abbr[self.month]} {self.year}"


@dataclass
class ReportFigures:
    period: Period
    tables: list[Table] = field(default_factory=list)
    trend: list[MonthFigures] = field(default_factory=list)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


# --- the sections ---------------------------------------------------------------------------

NOT_VOIDED = "voided_at IS NULL"
SERVED_IN_PERIOD = (
    f"SELECT DISTINCT client_id FROM visits WHERE day BETWEEN ? AND ? AND {NOT_VOIDED} AND client_id IS NOT NULL"
)


def clients_section(conn: Connection, period: Period) -> list[Table]:
    # visits.at starts with the day ('2026-04-01T09:30'), so `at < start` is `day < start`,
    # and it lets SQLite walk the (client_id, at) index.
    total, new = conn.execute(
        f"SELECT count(*), coalesce(sum(NOT EXISTS (SELECT 1 FROM visits v WHERE v.client_id = p.client_id"
        f" AND v.at < ? AND v.{NOT_VOIDED})), 0) FROM ({SERVED_IN_PERIOD}) p",
        (period.start.isoformat(), *period.day_range),
    ).fetchone()
    return [
        Table(
            "clients",
            "Clients served",
            ["Clients"],
            [("New clients (first visit in this period)", [int(new)]), ("Returning clients", [int(total) - int(new)])],
            total_label="Unique clients served",
            note="Named clients; each person is counted once.",
        )
    ]


def visits_section(conn: Connection, period: Period) -> list[Table]:
    named, anonymous = conn.execute(
        f"SELECT count(client_id), count(*) - count(client_id) FROM visits WHERE day BETWEEN ? AND ? AND {NOT_VOIDED}",
        period.day_range,
    ).fetchone()
    return [
        Table(
            "visits",
            "Visits",
            ["Visits"],
            [("By named clients", [int(named)]), ("By anonymous visitors", [int(anonymous)])],
            total_label="All visits",
            note="Visits entered by mistake and voided are not counted.",
        )
    ]


def services_section(conn: Connection, period: Period) -> list[Table]:
    used = {
        int(r[0]): (int(r[1]), int(r[2]))
        for r in conn.execute(
            "SELECT vs.service_id, count(*), sum(vs.quantity)"
            " FROM visits v JOIN visit_services vs ON vs.visit_id = v.id"
            f" WHERE v.day BETWEEN ? AND ? AND v.{NOT_VOIDED} GROUP BY vs.service_id",
            period.day_range,
        )
    }
    catalog = conn.execute("SELECT id, name, kind, active FROM services ORDER BY sort_order, name").fetchall()
    shown = [(int(i), name, kind) for i, name, kind, active in catalog if active or int(i) in used]
    services = [(name, [used.get(i, (0, 0))[0]]) for i, name, kind in shown if kind == "service"]
    supplies = [(name, list(used.get(i, (0, 0)))) for i, name, kind in shown if kind == "supply"]
    return [
        Table(
            "services",
            "Services",
            ["Visits"],
            services,
            total_label="All service uses",
            note="Visits that included each service; one visit can include several.",
        ),
        Table(
            "supplies",
            "Harm-reduction supplies",
            ["Visits", "Items given"],
            supplies,
            total_label="All supplies",
            note="Visits at which each supply was given, and the number of items.",
        ),
    ]


def programs_section(conn: Connection, period: Period) -> list[Table]:
    rows = conn.execute(
        "SELECT p.name, p.active, count(s.id), coalesce(sum((SELECT count(*) FROM attendance a"
        " WHERE a.session_id = s.id)), 0), coalesce(sum(s.anonymous_count), 0)"
        " FROM programs p LEFT JOIN program_sessions s ON s.program_id = p.id AND s.day BETWEEN ? AND ?"
        " GROUP BY p.id ORDER BY coalesce(p.weekday, 9), p.name",
        period.day_range,
    ).fetchall()
    kept = [
        (name, [int(sessions), int(named), int(heads)])
        for name, active, sessions, named, heads in rows
        if active or sessions
    ]
    return [
        Table(
            "programs",
            "Program sessions and attendance",
            ["Sessions", "Attended by name", "Head count"],
            kept,
            total_label="All programs",
            note="Head count: people counted at a session without their name.",
        )
    ]


COUNSELLING_ROWS = {"counselling": "Counselling sessions", "crisis": "Crisis interventions"}


SEALED_ROW = "Notes whose kind only clinical staff can see"


def counselling_section(conn: Connection, period: Period, ciphers: Any = None) -> list[Table]:
    """A note's kind is sealed (docs/security-model.md, T1): a clinical person's report opens each
    kind in memory; anyone else's counts those notes in one row of their own."""
    after_end = (period.end + timedelta(days=1)).isoformat()
    counts = notes.count_by_type(conn, period.start.isoformat(), after_end, ciphers)
    rows = [(label, [int(counts.get(kind, 0))]) for kind, label in COUNSELLING_ROWS.items()]
    if counts.get(notes.UNKNOWN_KIND):
        rows.append((SEALED_ROW, [int(counts[notes.UNKNOWN_KIND])]))
    return [
        Table(
            "counselling",
            "Counselling and crisis support",
            ["Sessions"],
            rows,
            total_label="All sessions",
            note="Counts of signed records only; no note text is read.",
        )
    ]


DEMOGRAPHICS = (
    ("gender", "Gender identity", demo.GENDERS),
    ("age", "Age band", demo.AGE_BANDS),
    ("indigenous", "Indigenous identity", demo.INDIGENOUS),
)


def demographics_section(conn: Connection, period: Period) -> list[Table]:
    tallies: dict[str, Counter[str]] = {key: Counter() for key, _, _ in DEMOGRAPHICS}
    for gender, band, born, indigenous, count in conn.execute(
        "SELECT gender, age_band, birth_year, indigenous, count(*) FROM clients"
        f" WHERE id IN ({SERVED_IN_PERIOD}) GROUP BY 1, 2, 3, 4",
        period.day_range,
    ):
        # a year of birth gives the age band at the end of the period, as the client screen does today
        age = demo.age_band_for(born, period.end) if born else band
        for key, value in (("gender", gender), ("age", age), ("indigenous", indigenous)):
            tallies[key][value or ""] += int(count)
    return [_demographic_table(key, title, choices, tallies[key]) for key, title, choices in DEMOGRAPHICS]


def _demographic_table(key: str, title: str, choices: dict[str, str], tally: Counter[str]) -> Table:
    rows = [(label, [tally[choice]]) for choice, label in choices.items()]
    unknown = sum(n for choice, n in tally.items() if choice not in choices)
    rows.append((demo.UNKNOWN, [unknown]))
    return Table(
        key,
        title,
        ["Clients"],
        rows,
        total_label="Unique clients served",
        note="Unique named clients served in the period, as they described themselves.",
    )


def trend_section(conn: Connection, period: Period) -> list[Table]:
    by_month = {
        r[0]: (int(r[1]), int(r[2]))
        for r in conn.execute(
            f"SELECT substr(day, 1, 7), count(*), count(DISTINCT client_id) FROM visits"
            f" WHERE day BETWEEN ? AND ? AND {NOT_VOIDED} GROUP BY 1",
            period.day_range,
        )
    }
    visits, unique = conn.execute(
        f"SELECT count(*), count(DISTINCT client_id) FROM visits WHERE day BETWEEN ? AND ? AND {NOT_VOIDED}",
        period.day_range,
    ).fetchone()
    rows = [
        (f"{calendar.month_name[m]} {y}", list(by_month.get(f"{y:04d}-{m:02d}", (0, 0)))) for y, m in period.months()
    ]
    return [
        Table(
            "trend",
            "Month by month",
            ["Visits", "Unique clients"],
            rows,
            total_label="Whole period",
            totals=[int(visits), int(unique)],
            note="Unique clients: named clients who came that month; a person who came in several "
            "months counts once in the whole period.",
        )
    ]


def referrals_section(conn: Connection, period: Period) -> list[Table]:
    """Referrals made in the period, by kind of agency and by what came of them (referrals of a client
    erased on request still count: only their link to the person was removed)."""
    from shop_desktop.core.referrals import CATEGORIES, STATUSES

    counts = Counter(
        {
            (str(k), str(s)): int(n)
            for k, s, n in conn.execute(
                "SELECT a.category, r.status, count(*) FROM referrals r JOIN agencies a ON a.id = r.agency_id"
                " WHERE r.referred_on BETWEEN ? AND ? GROUP BY 1, 2",
                period.day_range,
            )
        }
    )
    by_kind = [(label, [sum(n for (k, _), n in counts.items() if k == key)]) for key, label in CATEGORIES.items()]
    by_status = [(label, [sum(n for (_, s), n in counts.items() if s == key)]) for key, label in STATUSES.items()]
    return [
        Table(
            "referrals",
            "Referrals by kind of agency",
            ["Referrals"],
            by_kind,
            total_label="All referrals",
            note="Referrals made in the period; one client can be referred more than once.",
        ),
        Table(
            "referral_outcomes",
            "What came of the referrals",
            ["Referrals"],
            by_status,
            total_label="All referrals",
            note="As recorded by staff at follow-up.",
        ),
    ]


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
    from shop_desktop.core.alerts import CATEGORIES, count_by_category

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


SectionBuilder = Callable[[Connection, Period], list[Table]]
SECTION_BUILDERS: list[SectionBuilder] = [
    clients_section,
    visits_section,
    services_section,
    programs_section,
    counselling_section,
    demographics_section,
    trend_section,
    referrals_section,
    suite_section,
    outreach_section,
    alerts_section,
]


# --- making the report ---------------------------------------------------------------------


def _read_figures(
    conn: Connection,
    period: Period,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    ciphers: Any = None,
) -> ReportFigures:
    figures = ReportFigures(period)
    for done, builder in enumerate(SECTION_BUILDERS):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if builder is counselling_section:
            figures.tables.extend(counselling_section(conn, period, ciphers))
        else:
            figures.tables.extend(builder(conn, period))
        if progress is not None:
            progress((done + 1) / len(SECTION_BUILDERS))
    figures.trend = _trend_of(figures)
    return figures


def _trend_of(figures: ReportFigures) -> list[MonthFigures]:
    trend = next((t for t in figures.tables if t.key == "trend"), None)
    if trend is None:
        return []
    return [
        MonthFigures(y, m, values[0], values[1])
        for (y, m), (_, values) in zip(figures.period.months(), trend.rows, strict=True)
    ]


@dataclass(frozen=True)
class ReportRun:
    """A report the core has allowed and audited; its figures may be counted on a worker's connection."""

    period: Period
    threshold: int
    centre_name: str
    made_by: str
    made_at: datetime
    audit_head: str  # the start of the audit chain's head, for the PDF footer
    note_ciphers: Any = field(default=None, repr=False)  # a clinical session's, to open note kinds

    def figures(
        self,
        conn: Connection,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ReportFigures:
        return _read_figures(conn, self.period, progress, cancelled, self.note_ciphers)


def begin_report(vault: Vault, period: Period) -> ReportRun:
    """Check the permission and write the audit entry (the period only) on the session's thread."""
    from shop_desktop.core import audit, settings

    vault.require(Permission.RUN_REPORTS)
    with vault.transaction():
        vault.audit("report.made", "report", None, start=period.start.isoformat(), end=period.end.isoformat())
    return ReportRun(
        period,
        settings.get_int(vault, "suppression_threshold"),
        settings.get(vault, "centre_name"),
        vault.user.display_name,
        datetime.now(),
        audit.head(vault.conn)[1][:16],
        notes.note_ciphers(vault),
    )


def compute_figures(
    vault: Vault,
    period: Period,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportFigures:
    """Check the permission, audit, and count every section on the session's connection."""
    return begin_report(vault, period).figures(vault.conn, progress, cancelled)


# --- suppression ----------------------------------------------------------------------------

WITHHELD = "x"
Cell = tuple[int, int]
DisplayRow = tuple[str, list[str]]
_NO_LIMIT = 10**15


def small_mark(threshold: int) -> str:
    return f"<{threshold}"


def suppress_table(table: Table, threshold: int) -> list[DisplayRow]:
    """The rows as printed, the total row last when the table has one.

    A count from 1 to threshold-1 prints as "<5" (primary); zero stays "0". So that such a count
    cannot be worked out from the rest, more cells print as "x" (secondary): in a row, or a column
    without a total, with exactly one withheld cell, the next-smallest non-zero cell; in a column
    with a printed total, the next-smallest whenever the total and the printed cells would pin a
    withheld cell to one value (e.g. two "<5" cells summing to 2). Printed totals are true totals;
    a total is withheld only when it is itself small, or when nothing else is left to withhold."""
    grid = _grid(table)
    hidden = hidden_cells(table, threshold)
    labels = [label for label, _ in table.rows] + ([table.total_label] if table.total_row else [])
    return [
        (labels[r], [_shown(value, (r, c) in hidden, threshold) for c, value in enumerate(row)])
        for r, row in enumerate(grid)
    ]


def _shown(value: int, hidden: bool, threshold: int) -> str:
    if not hidden:
        return str(value)
    return small_mark(threshold) if value < threshold else WITHHELD


def _grid(table: Table) -> list[list[int]]:
    rows = [list(values) for _, values in table.rows]
    return rows + [table.column_totals()] if table.total_row else rows


def hidden_cells(table: Table, threshold: int) -> set[Cell]:
    """(row, column) of every withheld cell; row len(table.rows) is the total row."""
    grid = _grid(table)
    hidden = {(r, c) for r, row in enumerate(grid) for c, value in enumerate(row) if 0 < value < threshold}
    while _withhold_one_more(table, grid, hidden, threshold):
        pass
    return hidden


def _withhold_one_more(table: Table, grid: list[list[int]], hidden: set[Cell], threshold: int) -> bool:
    data_rows, width = len(table.rows), len(table.columns)
    groups: list[tuple[list[Cell], Cell | None]] = [([(r, c) for c in range(width)], None) for r in range(data_rows)]
    groups += [([(r, c) for r in range(data_rows)], (data_rows, c) if table.total_row else None) for c in range(width)]
    for cells, total in groups:
        if total is not None and total not in hidden:
            exposed = _pinned(grid, hidden, cells, total, threshold)
        else:
            exposed = sum(cell in hidden for cell in cells) == 1
        if exposed:
            extra = _next_smallest(grid, hidden, cells) or total
            if extra is not None and extra not in hidden:
                hidden.add(extra)
                return True
    return False


def _next_smallest(grid: list[list[int]], hidden: set[Cell], cells: list[Cell]) -> Cell | None:
    printed = [cell for cell in cells if cell not in hidden and grid[cell[0]][cell[1]] > 0]
    return min(printed, key=lambda cell: (grid[cell[0]][cell[1]], cell), default=None)


def _pinned(grid: list[list[int]], hidden: set[Cell], cells: list[Cell], total: Cell, threshold: int) -> bool:
    """Whether the printed total and printed cells leave some withheld cell only one possible value.

    A reader knows a "<5" cell is 1..threshold-1 and an "x" cell is at least the threshold."""
    withheld = [grid[r][c] for r, c in cells if (r, c) in hidden]
    if not withheld:
        return False
    rest = grid[total[0]][total[1]] - sum(grid[r][c] for r, c in cells if (r, c) not in hidden)
    bounds = [(1, threshold - 1) if value < threshold else (threshold, _NO_LIMIT) for value in withheld]
    low_sum, high_sum = sum(b[0] for b in bounds), sum(b[1] for b in bounds)
    for low, high in bounds:
        least = max(low, rest - (high_sum - high))
        most = min(high, rest - (low_sum - low))
        if least >= most:
            return True
    return False
