"""The release register: every funder report that left the vault, so a later one can't be
subtracted from it to reveal a small count (rule 4 in core/figures/suppression.py).

A report is released when it is saved as PDF, printed or exported as CSV; a preview is not.
Each release keeps the period and every figure as counted, with whether it was printed. Figures
that add up over days are protected by the month grid (core/figures/month_grid.py), which needs no
register; the register is what a report whose dates cut months checks its counts of people
against, and it keeps the months cut by reports released before the grid withheld for good.

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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from shop_desktop.core.actions import action
from shop_desktop.core.errors import InvalidInput, PermissionDenied, VaultError
from shop_desktop.core.roles import Permission, Role
from shop_desktop.core.sync.ids import new_id

if TYPE_CHECKING:
    from shop_desktop.core.figures.report_figures import Period, ReportFigures, ReportRun
    from shop_desktop.core.store.vault import Vault

SHORT_PERIOD_DAYS = 28
RELEASE_WAYS = ("pdf", "print", "csv")


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
    # Through audit_subject (releases are audited as subject "report"): the action alone scanned the
    # whole trail, 1.2 s at twenty years, on the GUI thread before every report.
    released = "SELECT subject_id, detail FROM audit WHERE subject_type = 'report' AND action = 'report.released'"
    for subject, detail in conn.execute(released):
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
            v < 0 or (mark and mark != "x" and not mark.startswith(("<", "≥"))) for v, mark in parsed.values()
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
    """What a coordinator is told before making a report that will lose figures for its dates."""
    from shop_desktop.core.figures.month_grid import whole_months_ended

    if whole_months_ended(period):
        return ""
    words = (
        "These dates cut a month (they do not follow whole months, or the period has not ended yet), so the "
        "figures that add up over days (visits, services, referrals and the like) are withheld: choose months "
        "that have ended (a month, a quarter, a year, or dates from a 1st to the last day of last month) to see them."
    )
    if (period.end - period.start).days + 1 >= SHORT_PERIOD_DAYS:
        return words
    return f"This period is shorter than {SHORT_PERIOD_DAYS} days. " + words


# --- releasing ----------------------------------------------------------------------------------


@action(Permission.RUN_REPORTS, audits=("report.released",))
def release(vault: Vault, run: ReportRun, figures: ReportFigures, how: str) -> int:
    """Record that this report leaves the vault (saved as PDF, printed, or exported as CSV); returns
    the release id. A run released twice (PDF then CSV) is one release, audited each time."""
    from shop_desktop.core.figures.withholding import printed_cells

    if how not in RELEASE_WAYS:
        raise InvalidInput("A report is released by saving it as PDF, printing it, or exporting CSV.")
    key = run_key(run)
    cells = {name: [value, mark] for name, (value, mark) in printed_cells(figures).items()}
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
