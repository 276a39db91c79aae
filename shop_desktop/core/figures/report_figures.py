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

Small counts are withheld by `withhold` (the rule is in core/figures/suppression.py) before anything is printed.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from shop_desktop.core.actions import action
from shop_desktop.core.care import notes
from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.errors import Cancelled, InvalidInput
from shop_desktop.core.jobs import WorkerTask, for_worker
from shop_desktop.core.roles import Permission
from shop_desktop.core.vault.db import Connection
from shop_desktop.core.vault.vault import Vault

if TYPE_CHECKING:
    from shop_desktop.core.figures.suppression import Sheet

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
    summed: tuple[int, ...] | None = None  # columns whose total is their sum; all unless `totals` is given

    def summed_columns(self) -> tuple[int, ...]:
        if self.summed is not None:
            return self.summed
        return () if self.totals is not None else tuple(range(len(self.columns)))

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
    hidden: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # table key -> withheld cells
    blurred: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # withheld small cells shown "x"
    threshold: int = 5

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
            # visits add up over the months; unique clients do, too, when there is only one month
            summed=(0,) if len(rows) > 1 else (0, 1),
            note="Unique clients: named clients who came that month; a person who came in several "
            "months counts once in the whole period.",
        )
    ]


def referrals_section(conn: Connection, period: Period) -> list[Table]:
    """Referrals made in the period, by kind of agency and by what came of them (referrals of a client
    erased on request still count: only their link to the person was removed)."""
    from shop_desktop.core.care.referrals import CATEGORIES, STATUSES

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
    restrictions_and_turnaways_section,
    overdose_and_naloxone_section,
    supplies_stock_section,
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
    """A report the core has allowed and audited; its figures may be counted on a worker's connection.

    `earlier` holds the released reports whose periods overlap this one (read from the release
    register on the session's thread), so the figures can be withheld against them."""

    period: Period
    threshold: int
    centre_name: str
    made_by: str
    made_at: datetime
    audit_head: str  # the start of the audit chain's head, for the PDF footer
    earlier: tuple[Any, ...] = ()
    register_head: int = 0  # the last release when this run began: releasing checks it has not moved
    note_ciphers: Any = field(default=None, repr=False)  # a clinical session's, to open note kinds

    def figures(
        self,
        conn: Connection,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ReportFigures:
        """Count every section, then decide what is withheld (the whole report and the register)."""
        figures = _read_figures(conn, self.period, progress, cancelled, self.note_ciphers)
        withhold(
            figures,
            self.threshold,
            self.earlier,
            lambda part: _read_figures(conn, part, None, cancelled, self.note_ciphers),
        )
        return figures


@action(Permission.RUN_REPORTS, audits=("report.made",))
def begin_report(vault: Vault, period: Period) -> ReportRun:
    """Check the permission and write the audit entry (the period only) on the session's thread."""
    from shop_desktop.core import settings
    from shop_desktop.core.figures import release_register
    from shop_desktop.core.vault import audit

    release_register.check_period_allowed(vault, period)
    with vault.transaction():
        vault.audit("report.made", "report", None, start=period.start.isoformat(), end=period.end.isoformat())
    earlier, head = release_register.overlapping(vault, period)
    return ReportRun(
        period,
        settings.get_int(vault, "suppression_threshold"),
        settings.get(vault, "centre_name"),
        vault.user.display_name,
        datetime.now(),
        audit.head(vault.conn)[1][:16],
        earlier=earlier,
        register_head=head,
        note_ciphers=notes.note_ciphers(vault),
    )


@action(Permission.RUN_REPORTS)
def count_in_worker(vault: Vault, run: ReportRun) -> WorkerTask[ReportFigures]:
    """The counting of a run begun on this session, on a worker's own connection opened now."""
    return for_worker(
        vault, lambda conn, progress, cancelled: run.figures(conn, lambda done: progress(done, "Counting…"), cancelled)
    )


@action(Permission.RUN_REPORTS)
def figures_for(vault: Vault, run: ReportRun) -> ReportFigures:
    """The figures of a run begun on this session (counted on its own connection)."""
    return run.figures(vault.conn)


def compute_figures(
    vault: Vault,
    period: Period,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportFigures:
    """Check the permission, audit, and count every section on the session's connection."""
    return begin_report(vault, period).figures(vault.conn, progress, cancelled)


# --- suppression ----------------------------------------------------------------------------
# The rule is written out in core/figures/suppression.py; here is what this report ties together.

WITHHELD = "x"
Cell = tuple[int, int]
DisplayRow = tuple[str, list[str]]

# Figures printed in two places that a reader knows are the same number: (table, row, column),
# row -1 being the total row. Each group is tied together, so a figure withheld in one place
# is withheld wherever it is printed.
SAME_FIGURES: tuple[tuple[tuple[str, int, int], ...], ...] = (
    (("clients", -1, 0), ("gender", -1, 0), ("age", -1, 0), ("indigenous", -1, 0), ("trend", -1, 1)),
    (("visits", -1, 0), ("trend", -1, 0)),
    (("referrals", -1, 0), ("referral_outcomes", -1, 0)),
    (("overdose_outcomes", -1, 0), ("overdose_where", -1, 0)),
    (("naloxone_kits", 1, 0), ("naloxone_replacements", -1, 0)),
)


def small_mark(threshold: int) -> str:
    return f"<{threshold}"


def cell_name(table: Table, row: int, column: int) -> str:
    """The name of a figure in the release register: section, row label and column."""
    label = table.rows[row][0] if row < len(table.rows) else table.total_label
    return f"{table.key}|{label}|{table.columns[column]}"


def add_report(sheet: Sheet, figures: ReportFigures, *, hideable: bool, prefix: str = "") -> dict[str, int]:
    """Put every printed figure of the report on the sheet, with every sum a reader can do;
    returns the sheet's index of each figure by its register name."""
    cells: dict[str, int] = {}
    where: dict[tuple[str, int, int], int] = {}
    for table in figures.tables:
        grid = _grid(table)
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                total = table.total_row and r == len(table.rows)
                index = sheet.add(prefix + cell_name(table, r, c), value, total=total, hideable=hideable)
                cells[cell_name(table, r, c)] = where[(table.key, r, c)] = index
        for c in table.summed_columns() if table.total_row else []:
            sheet.tie(
                where[(table.key, len(table.rows), c)], [where[(table.key, r, c)] for r in range(len(table.rows))]
            )
    for group in SAME_FIGURES:
        found = [_place(figures, where, spot) for spot in group]
        present = [index for index in found if index is not None]
        for other in present[1:]:
            sheet.same(present[0], other)
    from shop_desktop.core.figures.stock_figures import handed_out_sums

    for total_spot, parts in handed_out_sums(figures):  # a sum across tables (stock_figures.py)
        sheet.tie(where[total_spot], [where[part] for part in parts])
    for larger, smaller in _no_less_than(figures):
        if larger in where and smaller in where:
            sheet.at_least(where[larger], where[smaller])
    return cells


def _no_less_than(figures: ReportFigures) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """(larger, smaller) pairs a reader knows without being told: every client served made a named
    visit; a month's clients are no more than its visits or the period's clients; an alert kind is
    no more than the alerts taken; a Safe Suite stay has a night, and a person a stay."""
    pairs = [
        (("visits", 0, 0), ("clients", 2, 0)),
        (("suite", 0, 0), ("suite", 1, 0)),
        (("suite", 1, 0), ("suite", 2, 0)),
    ]
    for table in figures.tables:
        if table.key == "trend":
            whole = len(table.rows)
            pairs += [((table.key, r, 0), (table.key, r, 1)) for r in range(len(table.rows))]
            pairs += [((table.key, whole, 1), (table.key, r, 1)) for r in range(len(table.rows))]
        if table.key == "alerts":
            pairs += [((table.key, len(table.rows), 0), (table.key, r, 0)) for r in range(len(table.rows))]
    return pairs


def _place(figures: ReportFigures, where: dict[tuple[str, int, int], int], spot: tuple[str, int, int]) -> int | None:
    key, row, column = spot
    table = next((t for t in figures.tables if t.key == key and t.total_row), None)
    return None if table is None else where.get((key, len(table.rows) if row < 0 else row, column))


def withhold(figures: ReportFigures, threshold: int, earlier: Sequence[Any] = (), atoms: Any = None) -> None:
    """Decide every withheld figure of the report (figures.hidden), across the whole report and
    against the released reports in `earlier` (see core/figures/release_register.py)."""
    from shop_desktop.core.figures import release_register, suppression

    sheet = suppression.Sheet(threshold)
    cells = add_report(sheet, figures, hideable=True)
    suppression.primary(sheet)
    if earlier:
        release_register.tie_to_released(sheet, cells, figures, earlier, atoms)
    suppression.protect(sheet)
    figures.hidden = {table.key: set() for table in figures.tables}
    figures.blurred = {table.key: set() for table in figures.tables}
    for table in figures.tables:
        for r, row in enumerate(_grid(table)):
            for c in range(len(row)):
                index = cells[cell_name(table, r, c)]
                if index in sheet.hidden:
                    figures.hidden[table.key].add((r, c))
                if index in sheet.blurred:
                    figures.blurred[table.key].add((r, c))
    figures.threshold = threshold


def withheld_totals(figures: ReportFigures) -> list[str]:
    """The totals the report had to print as "x", in words, for its notes page."""
    found = []
    for table in figures.tables:
        if not table.total_row:
            continue
        for c, shown in enumerate(shown_table(figures, table)[-1][1]):
            if shown == WITHHELD:
                column = f" ({table.columns[c]})" if len(table.columns) > 1 else ""
                found.append(f"{table.title}: {table.total_label}{column}")
    return found


def suppress_table(
    table: Table, threshold: int, hidden: set[Cell] | None = None, blurred: set[Cell] | None = None
) -> list[DisplayRow]:
    """The rows as printed, the total row last when the table has one. `hidden` and `blurred` come
    from the whole report (figures.hidden, figures.blurred); without them the table is protected on its own."""
    grid = _grid(table)
    if hidden is None:
        alone = ReportFigures(Period(date.min, date.min, ""), [table])
        withhold(alone, threshold)
        hidden, blurred = alone.hidden[table.key], alone.blurred[table.key]
    blurred = blurred or set()
    labels = [label for label, _ in table.rows] + ([table.total_label] if table.total_row else [])
    return [
        (labels[r], [_shown(value, (r, c) in hidden, (r, c) in blurred, threshold) for c, value in enumerate(row)])
        for r, row in enumerate(grid)
    ]


def shown_table(figures: ReportFigures, table: Table) -> list[DisplayRow]:
    """A table of the report as printed, with the report's own withheld figures."""
    return suppress_table(table, figures.threshold, figures.hidden.get(table.key), figures.blurred.get(table.key))


def _shown(value: int, hidden: bool, blurred: bool, threshold: int) -> str:
    if not hidden:
        return str(value)
    return small_mark(threshold) if 0 < value < threshold and not blurred else WITHHELD


def _grid(table: Table) -> list[list[int]]:
    rows = [list(values) for _, values in table.rows]
    return rows + [table.column_totals()] if table.total_row else rows


def hidden_cells(table: Table, threshold: int) -> set[Cell]:
    """(row, column) of every withheld cell of one table protected on its own; row len(table.rows)
    is the total row."""
    figures = ReportFigures(Period(date.min, date.min, ""), [table])
    withhold(figures, threshold)
    return figures.hidden[table.key]
