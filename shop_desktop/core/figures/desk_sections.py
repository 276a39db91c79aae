"""The sections of a funder report counted at the desk: clients, visits, services, programs, counselling,
demographics, the months, referrals. Plain SQL aggregates: nothing here reads a name, alias or note."""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import timedelta
from typing import Any

from shop_desktop.core.care import notes
from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.figures.periods import Period
from shop_desktop.core.figures.report_tables import Table
from shop_desktop.core.store.db import Connection

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
