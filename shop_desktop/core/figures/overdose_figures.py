"""Funder-report figures for overdose responses and take-home naloxone kits (counts only).

Signed responses dated in the period (drafts are not yet records); kits given on visits and outreach
shifts in the period that were not voided. Every figure goes through the report's suppression
(core/figures/suppression.py) like the rest; the totals printed twice are tied in report_figures.SAME_FIGURES.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shop_desktop.core.safety.overdose import OUTCOMES, PLACES
from shop_desktop.core.safety.overdose_kits import KINDS, REASONS
from shop_desktop.core.store.db import Connection

if TYPE_CHECKING:
    from shop_desktop.core.figures.periods import Period
    from shop_desktop.core.figures.report_tables import Table

SIGNED_IN_PERIOD = "FROM overdose_responses WHERE status = 'signed' AND day BETWEEN ? AND ?"
KITS_IN_PERIOD = (
    "FROM naloxone_kits k LEFT JOIN visits v ON v.id = k.visit_id LEFT JOIN outreach_shifts s ON s.id = k.shift_id"
    " WHERE k.day BETWEEN ? AND ? AND coalesce(v.voided_at, s.voided_at) IS NULL"
)


def overdose_section(conn: Connection, period: Period) -> list[Table]:
    return [*_responses(conn, period), *_kits(conn, period)]


def _grouped(conn: Connection, column: str, period: Period) -> dict[str, int]:
    rows = conn.execute(f"SELECT {column}, count(*) {SIGNED_IN_PERIOD} GROUP BY {column}", period.day_range)
    return {str(key): int(count) for key, count in rows}


def _responses(conn: Connection, period: Period) -> list[Table]:
    from shop_desktop.core.figures.report_tables import Table

    outcomes = _grouped(conn, "outcome", period)
    places = _grouped(conn, "place", period)
    return [
        Table(
            "overdose_outcomes",
            "Overdose responses, by outcome",
            ["Responses"],
            [(label, [outcomes.get(key, 0)]) for key, label in OUTCOMES.items()],
            total_label="Overdose responses",
        ),
        Table(
            "overdose_where",
            "Overdose responses, by where they happened",
            ["Responses"],
            [(label, [places.get(key, 0)]) for key, label in PLACES.items()],
            total_label="Overdose responses",
        ),
        _care(conn, period),
    ]


def _care(conn: Connection, period: Period) -> Table:
    """What was done, each line on its own: one response can count on several lines."""
    from shop_desktop.core.figures.report_tables import Table

    naloxone, called, paramedics, breaths, debriefs = conn.execute(
        "SELECT coalesce(sum(naloxone_doses > 0), 0), coalesce(sum(called_911), 0), coalesce(sum(paramedics), 0),"
        " coalesce(sum(rescue_breaths OR oxygen), 0), coalesce(sum(debrief_held OR EXISTS (SELECT 1 FROM"
        f" overdose_addenda a WHERE a.response_id = overdose_responses.id AND a.debrief_held = 1)), 0)"
        f" {SIGNED_IN_PERIOD}",
        period.day_range,
    ).fetchone()
    return Table(
        "overdose_care",
        "Overdose responses: what was done",
        ["Responses"],
        [
            ("Naloxone given", [int(naloxone)]),
            ("911 called", [int(called)]),
            ("Paramedics attended", [int(paramedics)]),
            ("Rescue breaths or oxygen given", [int(breaths)]),
            ("Staff debrief held", [int(debriefs)]),
        ],
        total_row=False,
        note="Each line counts the responses where it was done; one response can count on several lines.",
    )


def _kits(conn: Connection, period: Period) -> list[Table]:
    from shop_desktop.core.figures.report_tables import Table

    by_kind = dict(conn.execute(f"SELECT k.kind, sum(k.kits) {KITS_IN_PERIOD} GROUP BY k.kind", period.day_range))
    by_reason = dict(
        conn.execute(
            f"SELECT coalesce(k.reason, ''), sum(k.kits) {KITS_IN_PERIOD} AND k.kind = 'replacement'"
            " GROUP BY coalesce(k.reason, '')",
            period.day_range,
        )
    )
    trained = conn.execute(f"SELECT coalesce(sum(k.kits), 0) {KITS_IN_PERIOD} AND k.trained = 1", period.day_range)
    reasons = [(label, [int(by_reason.get(key, 0))]) for key, label in REASONS.items()]
    if by_reason.get(""):
        reasons.append(("Reason not recorded", [int(by_reason[""])]))
    return [
        Table(
            "naloxone_kits",
            "Take-home naloxone kits given",
            ["Kits"],
            [(label, [int(by_kind.get(key, 0))]) for key, label in KINDS.items()],
            total_label="Kits given (with details)",
            note="Kits whose details were recorded at check-in or on outreach; all kits handed out are "
            "counted with the other supplies.",
        ),
        Table(
            "naloxone_replacements",
            "Replacement naloxone kits, by reason",
            ["Kits"],
            reasons,
            total_label="Replacement kits",
        ),
        Table(
            "naloxone_trained",
            "Naloxone training",
            ["Kits"],
            [("Kits given with training that day", [int(trained.fetchone()[0])])],
            total_row=False,
        ),
    ]
