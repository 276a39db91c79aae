"""A replica holds only what its profile carries (core/sync/profiles.py), in place.

Enrollment cuts the replica it hands a new device this way (enrollment.py). A laptop enrolled by an
earlier version holds what that version's profile carried: before 2026-12-02 the outreach laptop
took a Safe Suite stay whole (whose it is, the desk's remark, the times) and a consent's dates, and
before that a client's phone, remark and demographics. Migration 19 (`trim_replica_to_profile`)
cuts such a vault to today's profile when the new version first opens it, and has its next sync
forget base, which held the same rows whole (core/sync/catch_up.py's first step).
"""

from __future__ import annotations

from shop_desktop.core.store import db
from shop_desktop.core.store.session_keys import CATCH_UP_META
from shop_desktop.core.sync import columns, exchange
from shop_desktop.core.sync.profiles import EVERYTHING, PROFILES, profile_of_device

FORGET_BASE = "forget base"  # catch_up.FORGET


def trim_replica_to_profile(conn: db.Connection) -> None:
    """Migration 19 (inside the open's transaction): on a device whose profile carries less than
    everything, rows of the tables it doesn't carry go, and the columns it doesn't carry are
    blanked, as enrollment would have cut them. The centre and an office PC change nothing."""
    chosen = PROFILES.get(profile_of_device(conn))
    if chosen is None or (chosen.tables is EVERYTHING and not chosen.trims):
        return
    conn.execute("PRAGMA defer_foreign_keys = ON")  # the tables go one by one; checked at COMMIT
    conn.execute("PRAGMA secure_delete = ON")  # what goes is overwritten, not left in a free page
    for table in exchange.synced_tables(conn):
        if not chosen.carries(table):
            empty(conn, table)
    leave_dropped_columns(conn, chosen.key)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (CATCH_UP_META, FORGET_BASE))


def leave_dropped_columns(conn: db.Connection, profile_key: str) -> None:
    """The columns a profile doesn't carry (an outreach laptop: a client's phone, remark...) blanked
    in the replica: NULL, or the column's default where it may not be NULL. secure_delete and the
    VACUUM after make sure the old values are not left in a free page."""
    for table, trim in exchange.profiles()[profile_key].trims.items():
        info = conn.execute(f"PRAGMA table_info('{table}')").fetchall()
        given = {name: columns.literal(value) for name, value in trim.blanks.items()}
        blanks = [
            f'"{r[1]}" = {given.get(str(r[1])) or (r[4] if r[3] and r[4] is not None else "NULL")}'
            for r in info
            if str(r[1]) not in trim.kept and not r[5]
        ]
        if blanks:
            conn.execute(f'UPDATE "{table}" SET {", ".join(blanks)}')


def empty(conn: db.Connection, table: str) -> None:
    """Every row out, past the table's guards (e.g. "a signed note cannot be deleted"), guards back."""
    guards = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
    kept = guards.fetchall()
    for name, _ in kept:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(f'DELETE FROM "{table}"')
    for _, sql in kept:
        conn.execute(sql)
