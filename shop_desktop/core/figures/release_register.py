"""The release register: every funder report that left the vault, so a later one can't be
subtracted from it to reveal a small count (rule 4 in core/figures/suppression.py).

A report is released when it is saved as PDF, printed or exported as CSV; a preview is not.
Each release keeps the period and every figure as counted, with whether it was printed.

Where it is kept, and why not sealed again: the register is a table inside the SQLCipher
database, so it is encrypted at rest under the data key and re-keyed whenever the data key
is rotated. It holds aggregate counts only, never a client id. Sealing each entry again under
a key derived from the data key would add nothing against anyone who has the data key (they
can recount every figure from the visits), and it would need re-sealing at every rotation.
What matters is that it is not quietly edited: each release's audit entry carries a digest of
its figures, and a register row that does not parse stops the next release instead of being
ignored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from shop_desktop.core.actions import action
from shop_desktop.core.errors import InvalidInput, PermissionDenied, VaultError
from shop_desktop.core.roles import Permission, Role
from shop_desktop.core.sync.ids import new_id

if TYPE_CHECKING:
    from shop_desktop.core.figures.report_figures import Period, ReportFigures, ReportRun
    from shop_desktop.core.figures.suppression import Sheet
    from shop_desktop.core.vault.vault import Vault

SHORT_PERIOD_DAYS = 28
RELEASE_WAYS = ("pdf", "print", "csv")

# Figures that add up over days (a period's count is the sum of its days'): (table, column or None
# for every column, row label or None for every row). Counts of unique people do not add up, nor
# do referral outcomes (they change after the report).
OVER_TIME: tuple[tuple[str, str | None, str | None], ...] = (
    ("clients", None, "New clients (first visit in this period)"),
    ("visits", None, None),
    ("services", None, None),
    ("supplies", None, None),
    ("programs", None, None),
    ("counselling", None, None),
    ("trend", "Visits", None),
    ("referrals", None, None),
    ("outreach", None, None),
    ("outreach_supplies", None, None),
    ("outreach_contacts", None, None),
    ("alerts", None, None),
    ("suite", None, "Nights used"),
    ("supply_stock", None, None),
)


@dataclass(frozen=True)
class Released:
    """One released report as the register holds it: name -> (value counted, mark printed instead
    of it: "" when the value was printed, else "<5" or "x")."""

    id: int
    run: str
    start: date
    end: date
    cells: dict[str, tuple[int, str]]

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and start <= self.end


def run_key(run: ReportRun) -> str:
    return f"{run.made_at.isoformat()}|{run.period.start.isoformat()}|{run.period.end.isoformat()}"


# --- reading ------------------------------------------------------------------------------------


def overlapping(vault: Vault, period: Period) -> tuple[tuple[Released, ...], int]:
    """The released reports a new report over `period` is checked against (those that overlap it, and
    those inside the time they cover), and the register's last id."""
    _check_against_audit(vault.conn)
    head = int(vault.conn.execute("SELECT coalesce(max(id), 0) FROM report_releases").fetchone()[0])
    span = vault.conn.execute(
        "SELECT min(period_start), max(period_end) FROM report_releases WHERE period_start <= ? AND period_end >= ?",
        (period.end.isoformat(), period.start.isoformat()),
    ).fetchone()
    # and those inside the time the overlapping ones cover: Nov 1-29 ties Nov 30 to Nov 1-30
    first, last = min(span[0] or "9999", period.start.isoformat()), max(span[1] or "", period.end.isoformat())
    rows = vault.conn.execute(
        "SELECT id, run, period_start, period_end, cells, digest FROM report_releases"
        " WHERE (period_start <= ? AND period_end >= ?) OR (period_start >= ? AND period_end <= ?) ORDER BY id",
        (period.end.isoformat(), period.start.isoformat(), first, last),
    ).fetchall()
    return tuple(_parse(row) for row in rows), head


def _check_against_audit(conn: Any) -> None:
    """Every release the signed audit trail records must still be in the register, unchanged: a row
    deleted or edited by hand would let the next report be subtracted from it unchecked."""
    kept = {int(i): str(d)[:32] for i, d in conn.execute("SELECT id, digest FROM report_releases")}
    for subject, detail in conn.execute("SELECT subject_id, detail FROM audit WHERE action = 'report.released'"):
        try:
            release_id, digest = int(subject), str(json.loads(detail)["digest"])
        except (TypeError, ValueError, KeyError):
            continue  # the audit trail's own check (audit-verify) speaks for a damaged entry
        if kept.get(release_id) != digest:
            raise VaultError(
                f"Release {release_id} is missing from the report register or was changed, so new reports "
                "can't be checked against it. Ask the coordinator to restore the latest backup."
            )


def _parse(row: Sequence[Any]) -> Released:
    """A register row, checked: a damaged one stops the release rather than being skipped."""
    try:
        start, end = date.fromisoformat(row[2]), date.fromisoformat(row[3])
        if hashlib.sha256(str(row[4]).encode()).hexdigest() != row[5]:
            raise ValueError  # the figures were edited after release
        cells = json.loads(row[4])
        parsed = {str(name): (int(v), str(mark)) for name, (v, mark) in cells.items()}
        if end < start or any(
            v < 0 or (mark and mark != "x" and not mark.startswith("<")) for v, mark in parsed.values()
        ):
            raise ValueError
    except (TypeError, ValueError, AttributeError):
        raise VaultError(
            f"Release {row[0]} in the report register is damaged, so new reports can't be checked "
            "against it. Ask the coordinator to restore the latest backup."
        ) from None
    return Released(int(row[0]), str(row[1]), start, end, parsed)


def check_period_allowed(vault: Vault, period: Period) -> None:
    """A period shorter than 28 days can be subtracted from the months around it: coordinator only."""
    if (period.end - period.start).days + 1 < SHORT_PERIOD_DAYS and Role.COORDINATOR not in vault.roles:
        raise PermissionDenied(
            f"A report for fewer than {SHORT_PERIOD_DAYS} days needs the coordinator: a short period can be "
            "subtracted from a longer one to single people out, so many of its figures may be withheld. "
            "Choose a month, a quarter or a year instead."
        )


def short_period_warning(period: Period) -> str:
    """What a coordinator is told before making a short custom report."""
    if (period.end - period.start).days + 1 >= SHORT_PERIOD_DAYS:
        return ""
    return (
        f"This period is shorter than {SHORT_PERIOD_DAYS} days. Figures that could be worked out by "
        "subtracting it from a released report (or a released one from it) are withheld, so it may lose figures."
    )


# --- releasing ----------------------------------------------------------------------------------


@action(Permission.RUN_REPORTS, audits=("report.released",))
def release(vault: Vault, run: ReportRun, figures: ReportFigures, how: str) -> int:
    """Record that this report leaves the vault (saved as PDF, printed, or exported as CSV); returns
    the release id. A run released twice (PDF then CSV) is one release, audited each time."""
    from shop_desktop.core.figures.report_figures import cell_name, shown_table

    if how not in RELEASE_WAYS:
        raise InvalidInput("A report is released by saving it as PDF, printing it, or exporting CSV.")
    key = run_key(run)
    cells = {
        cell_name(table, r, c): [value, shown if not shown.isdigit() else ""]
        for table in figures.tables
        for r, (row, (_, printed)) in enumerate(zip(_grid(table), shown_table(figures, table), strict=True))
        for c, (value, shown) in enumerate(zip(row, printed, strict=True))
    }
    text = json.dumps(cells, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode()).hexdigest()
    with vault.transaction() as conn:
        mine = conn.execute("SELECT id, digest FROM report_releases WHERE run = ?", (key,)).fetchone()
        newer = conn.execute(
            "SELECT count(*) FROM report_releases WHERE id > ? AND run != ?", (run.register_head, key)
        ).fetchone()[0]
        if mine is None and newer:
            raise InvalidInput(
                "Another report was released while this one was open. Make this report again, so it is "
                "checked against that one before it leaves the vault."
            )
        if mine is not None and mine[1] != digest:
            raise InvalidInput("These figures are not the ones released for this report. Make the report again.")
        release_id = int(mine[0]) if mine is not None else _insert(conn, key, run, how, text, digest)
        vault.audit(
            "report.released",
            "report",
            release_id,
            start=run.period.start.isoformat(),
            end=run.period.end.isoformat(),
            how=how,
            digest=digest[:32],
        )
    return release_id


def _insert(conn: Any, key: str, run: ReportRun, how: str, text: str, digest: str) -> int:
    cursor = conn.execute(
        "INSERT INTO report_releases (id, run, period_start, period_end, threshold, released_at, how, cells, digest)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new_id(conn, "report_releases"),
            key,
            run.period.start.isoformat(),
            run.period.end.isoformat(),
            run.threshold,
            datetime.now().isoformat(timespec="seconds"),
            how,
            text,
            digest,
        ),
    )
    return int(cursor.lastrowid)


def _grid(table: Any) -> list[list[int]]:
    rows = [list(values) for _, values in table.rows]
    return rows + [table.column_totals()] if table.total_row else rows


# --- tying a new report to the released ones --------------------------------------------------


def over_time(name: str) -> bool:
    """Whether a figure (by register name) adds up over the days of its period."""
    table, row, column = name.split("|", 2)
    return any(t == table and c in (None, column) and r in (None, row) for t, c, r in OVER_TIME)


def tie_to_released(
    sheet: Sheet,
    cells: dict[str, int],
    figures: ReportFigures,
    earlier: Sequence[Released],
    count: Callable[[Period], ReportFigures],
) -> None:
    """Put the released reports and the unseen parts of the periods on the sheet, with every sum that
    ties them to the new report. Over a period nested with a released one, withhold the new report's
    figures that differ by 1 to threshold-1 from the released figure, and its counts of people that
    the released report withheld."""
    from shop_desktop.core.figures.report_figures import Period

    new = figures.period
    for old in earlier:
        nested = (old.start >= new.start and old.end <= new.end) or (new.start >= old.start and new.end <= old.end)
        for name, index in cells.items():
            if nested and name in old.cells and sheet.values[index] > 0:
                value, mark = old.cells[name]
                if 0 < abs(sheet.values[index] - value) < sheet.threshold:
                    sheet.hidden.add(index)
                # a count of people over a period inside another is no more than over the longer one,
                # so printing it would bound the one withheld: it is withheld here too
                if mark and not over_time(name):
                    sheet.hidden.add(index)
    reports = [(new.start, new.end, cells)]
    for old in earlier:
        reports.append((old.start, old.end, _add_released(sheet, old, count(Period.custom(old.start, old.end)))))
        if (old.start, old.end) == (new.start, new.end):
            for name, index in cells.items():
                if name in reports[-1][2]:
                    sheet.same(index, reports[-1][2][name])
    _tie_over_time(sheet, reports, count)


def _add_released(sheet: Sheet, old: Released, layout: ReportFigures) -> dict[str, int]:
    """The released report's figures as released; a figure it did not have is unseen."""
    from shop_desktop.core.figures.report_figures import add_report

    placed = add_report(sheet, layout, hideable=False, prefix=f"release {old.id}: ")
    for name, index in placed.items():
        if name in old.cells:
            sheet.values[index], mark = old.cells[name]
            if mark:
                sheet.hidden.add(index)
            if mark == "x":
                sheet.blurred.add(index)  # a released "x" says nothing of its size, whatever it is
        else:
            sheet.unseen.add(index)
    return placed


def _tie_over_time(
    sheet: Sheet, reports: list[tuple[date, date, dict[str, int]]], count: Callable[[Period], ReportFigures]
) -> None:
    """Cut the time the reports cover into pieces at every start and end; each report's figure that adds
    up over days is the sum of its pieces'. A piece that is itself a report's period is that report;
    any other piece is unseen (its figures are at least 0, and a small one must stay unknown)."""
    from shop_desktop.core.figures.report_figures import Period

    cuts = sorted({start for start, _, _ in reports} | {end + timedelta(days=1) for _, end, _ in reports})
    pieces: list[tuple[date, date, dict[str, int], bool]] = []
    for first, after in zip(cuts, cuts[1:], strict=False):
        last = after - timedelta(days=1)
        if not any(start <= first and last <= end for start, end, _ in reports):
            continue
        same = next((placed for start, end, placed in reports if (start, end) == (first, last)), None)
        if same is None:
            same = _unseen_piece(sheet, count(Period.custom(first, last)), f"{first}..{last}: ")
        pieces.append((first, last, same, same in [placed for *_, placed in reports]))
    for start, end, placed in reports:
        inside = [(piece, seen) for first, last, piece, seen in pieces if start <= first and last <= end]
        if len(inside) < 2:
            continue
        for name, index in placed.items():
            parts = [piece[name] for piece, _ in inside if name in piece]
            if over_time(name):
                sheet.tie(index, parts)


def _unseen_piece(sheet: Sheet, figures: ReportFigures, prefix: str) -> dict[str, int]:
    """The figures of a piece no report covers alone that add up over days: each one an unseen count.
    Its own sums follow from the reports' sums, so they are not repeated."""
    from shop_desktop.core.figures.report_figures import cell_name

    placed = {}
    for table in figures.tables:
        for r, row in enumerate(_grid(table)):
            for c, value in enumerate(row):
                name = cell_name(table, r, c)
                if over_time(name):
                    placed[name] = sheet.add(prefix + name, value, unseen=True)
    return placed
