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

The sections live in desk_sections.py and safety_sections.py, the period in periods.py, the tables'
shapes in report_tables.py; small counts are withheld by `withhold` (withholding.py; the rule is in
core/figures/suppression.py) before anything is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shop_desktop.core.actions import action
from shop_desktop.core.care import notes
from shop_desktop.core.errors import Cancelled
from shop_desktop.core.figures.desk_sections import (
    COUNSELLING_ROWS,
    DEMOGRAPHICS,
    NOT_VOIDED,
    SEALED_ROW,
    SERVED_IN_PERIOD,
    clients_section,
    counselling_section,
    demographics_section,
    programs_section,
    referrals_section,
    services_section,
    trend_section,
    visits_section,
)
from shop_desktop.core.figures.periods import PERIOD_KINDS, Period, recent_periods
from shop_desktop.core.figures.report_tables import MonthFigures, ReportFigures, Table
from shop_desktop.core.figures.safety_sections import (
    OUTREACH_QUESTIONS,
    alerts_section,
    outreach_section,
    overdose_and_naloxone_section,
    restrictions_and_turnaways_section,
    suite_section,
    supplies_stock_section,
)
from shop_desktop.core.figures.withholding import (
    SAME_FIGURES,
    WITHHELD,
    Cell,
    DisplayRow,
    add_report,
    cell_name,
    hidden_cells,
    shown_table,
    small_mark,
    suppress_table,
    withheld_totals,
    withhold,
)
from shop_desktop.core.jobs import WorkerTask, for_worker
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.vault import Vault

# The names callers have always imported from here; each lives in the module of its concern.
__all__ = [
    "COUNSELLING_ROWS",
    "DEMOGRAPHICS",
    "NOT_VOIDED",
    "OUTREACH_QUESTIONS",
    "PERIOD_KINDS",
    "SAME_FIGURES",
    "SEALED_ROW",
    "SECTION_BUILDERS",
    "SERVED_IN_PERIOD",
    "WITHHELD",
    "Cell",
    "DisplayRow",
    "MonthFigures",
    "Period",
    "ReportFigures",
    "ReportRun",
    "SectionBuilder",
    "Table",
    "add_report",
    "alerts_section",
    "begin_report",
    "cell_name",
    "clients_section",
    "compute_figures",
    "count_in_worker",
    "counselling_section",
    "demographics_section",
    "figures_for",
    "hidden_cells",
    "outreach_section",
    "overdose_and_naloxone_section",
    "programs_section",
    "recent_periods",
    "referrals_section",
    "restrictions_and_turnaways_section",
    "services_section",
    "shown_table",
    "small_mark",
    "suite_section",
    "supplies_stock_section",
    "suppress_table",
    "trend_section",
    "visits_section",
    "withheld_totals",
    "withhold",
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
        """Count every section, then decide what is withheld (the whole report, and the month grid)."""
        figures = _read_figures(conn, self.period, progress, cancelled, self.note_ciphers)
        withhold(
            figures,
            self.threshold,
            self.earlier,
            lambda month: _read_figures(conn, month, None, cancelled, self.note_ciphers),
            months=True,
        )
        return figures


@action(Permission.RUN_REPORTS, audits=("report.made",))
def begin_report(vault: Vault, period: Period) -> ReportRun:
    """Check the permission and write the audit entry (the period only) on the session's thread."""
    from shop_desktop.core import settings
    from shop_desktop.core.figures import release_register
    from shop_desktop.core.store import audit

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
