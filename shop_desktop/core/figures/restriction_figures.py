"""Funder-report figures for restrictions, overrides, break-glass and turnaways (counts only).

Takes a connection so the report worker can count on its own; every figure goes through the same
suppression as the rest of the report (core/figures/suppression.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shop_desktop.core.desk.turnaways import REASONS
from shop_desktop.core.store.db import Connection

if TYPE_CHECKING:
    from shop_desktop.core.figures.periods import Period
    from shop_desktop.core.figures.report_tables import Table


def restrictions_section(conn: Connection, period: Period) -> list[Table]:
    from shop_desktop.core.figures.report_tables import Table

    first, last = period.day_range
    in_force, started, ended = _in_force_started_ended(conn, first, last)
    overrides = _count(
        conn, "SELECT count(*) FROM restriction_overrides WHERE substr(at, 1, 10) BETWEEN ? AND ?", period
    )
    glass = _count(conn, "SELECT count(*) FROM break_glass WHERE substr(at, 1, 10) BETWEEN ? AND ?", period)
    turned = dict(
        conn.execute("SELECT reason, count(*) FROM turnaways WHERE day BETWEEN ? AND ? GROUP BY reason", (first, last))
    )
    return [
        Table(
            "restrictions",
            "Service restrictions",
            ["Count"],
            [
                ("In force at some time in the period", [int(in_force or 0)]),
                ("Started in the period", [int(started or 0)]),
                ("Ended or lifted in the period", [int(ended or 0)]),
                ("Restrictions overridden (with a reason)", [overrides]),
                ("Break-glass openings of a record", [glass]),
            ],
            total_row=False,
            note="Each line counts on its own; a restriction can be in force, start and end in one period.",
        ),
        Table(
            "turnaways",
            "People turned away, by reason",
            ["Turned away"],
            [(label, [int(turned.get(key, 0))]) for key, label in REASONS.items()],
            total_label="Turned away",
        ),
    ]


def _in_force_started_ended(conn: Connection, first: str, last: str) -> tuple[int, int, int]:
    row = conn.execute(
        "SELECT"
        " sum(starts_on <= ? AND coalesce(lifted_on, ends_on, '9999') > ?),"
        " sum(starts_on BETWEEN ? AND ?),"
        " sum(coalesce(lifted_on, ends_on) BETWEEN ? AND ?)"
        " FROM restrictions",
        (last, first, first, last, first, last),
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)


def _count(conn: Connection, sql: str, period: Period) -> int:
    return int(conn.execute(sql, period.day_range).fetchone()[0])
