"""Records other than the client's identity and notes that the retention policy keeps for a set time.

Each area adds one `KeptRecords` to `KEPT_RECORDS`: its setting (how many years after the record
ended), the records past that, and how their text is erased. A record's row stays, with its dates
and category, so every count in a funder report is the same before and after; only the words go
(a sealed note, a reason typed by staff).

Overdose records are being built in their own module: they add an entry here, with a setting
"retention_overdose_years" in core/settings.py, and the review and the run pick them up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.vault import Vault


@dataclass(frozen=True)
class KeptRecords:
    setting: str  # years after a record ended, in core/settings.py
    audit: str  # the entry each erasure writes (ids only)
    subject: str  # the audit entry's subject type
    describe: Callable[[int, str], str]  # (how many, cut-off day) -> a line of the review
    due: Callable[[Connection, str], list[int]]  # records that ended before the cut-off and still hold text
    erase: Callable[[Connection, int], None]  # the text of one record goes; the row and its counts stay
    of_client: Callable[[Connection, int], list[int]]  # a client's records, erased with the client


# --- restrictions (core/desk/restrictions.py) --------------------------------------------------------


def _restrictions_due(conn: Connection, cutoff: str) -> list[int]:
    rows = conn.execute(
        "SELECT r.id FROM restrictions r WHERE coalesce(r.lifted_on, r.ends_on) < ?"
        " AND (r.note_sealed IS NOT NULL OR r.lift_reason IS NOT NULL"
        " OR EXISTS (SELECT 1 FROM restriction_overrides o WHERE o.restriction_id = r.id AND o.reason != ''))"
        " ORDER BY r.id",
        (cutoff,),
    ).fetchall()
    return [int(r[0]) for r in rows]


def _restriction_erase(conn: Connection, restriction_id: int) -> None:
    conn.execute(
        "UPDATE restrictions SET note_sealed = NULL, note_key_id = NULL, lift_reason = NULL WHERE id = ?",
        (restriction_id,),
    )
    conn.execute("UPDATE restriction_overrides SET reason = '' WHERE restriction_id = ?", (restriction_id,))


def _restrictions_of(conn: Connection, client_id: int) -> list[int]:
    rows = conn.execute("SELECT id FROM restrictions WHERE client_id = ? ORDER BY id", (client_id,)).fetchall()
    return [int(r[0]) for r in rows]


RESTRICTIONS = KeptRecords(
    setting="retention_restriction_years",
    audit="retention.restriction_erased",
    subject="restriction",
    describe=lambda n, day: f"{n} restriction record(s) that ended before {day}: their notes and reasons are erased",
    due=_restrictions_due,
    erase=_restriction_erase,
    of_client=_restrictions_of,
)

KEPT_RECORDS: list[KeptRecords] = [RESTRICTIONS]  # overdose records go here (see the module's note)


def erase_client_conflict_text(conn: Connection, client_id: int) -> None:
    """Words staff typed about an erased client elsewhere: keep-apart and staff-conflict reasons (sealed)
    and break-glass reasons. The rows stay (break-glass openings are counted in funder reports)."""
    conn.execute(
        "UPDATE keep_apart SET reason_sealed = NULL, reason_key_id = NULL WHERE ? IN (client_a, client_b)",
        (client_id,),
    )
    conn.execute(
        "UPDATE keep_apart_overrides SET reason = '' WHERE pair_id IN"
        " (SELECT id FROM keep_apart WHERE ? IN (client_a, client_b))",
        (client_id,),
    )
    conn.execute(
        "UPDATE staff_conflicts SET reason_sealed = NULL, reason_key_id = NULL WHERE client_id = ?", (client_id,)
    )
    conn.execute("UPDATE break_glass SET reason = '' WHERE client_id = ?", (client_id,))


def erase_kept_records_of(vault: Vault, client_id: int) -> None:
    """Inside the client's erasure transaction: every kept record of theirs loses its text too."""
    for area in KEPT_RECORDS:
        for record_id in area.of_client(vault.conn, client_id):
            area.erase(vault.conn, record_id)
    erase_client_conflict_text(vault.conn, client_id)
