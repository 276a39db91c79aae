"""The records era: the notes-key index, retention holds, access requests and corrections."""

from __future__ import annotations

from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.migrations.script import run_script


def _m_notes_key_index(conn: Connection) -> None:
    """Finding the notes still sealed under an older notes key (the re-seal after a rotation, at a
    clinical sign-in) reads the index, not every note: a full scan was 79 ms at twenty years."""
    conn.execute("CREATE INDEX notes_key ON notes (key_id)")


def _m_retention_holds(conn: Connection) -> None:
    """Clients a coordinator keeps past the retention period (a legal hold, an open matter), with why."""
    run_script(
        conn,
        """
        CREATE TABLE retention_holds (
            client_id INTEGER PRIMARY KEY REFERENCES clients(id),
            reason TEXT NOT NULL,
            held_by INTEGER NOT NULL REFERENCES staff(id),
            held_at TEXT NOT NULL
        );
        """,
    )


def _m_access_requests(conn: Connection) -> None:
    """PIPA access requests (received, due 30 days later, status; the severing review sealed under the
    notes key, since it quotes note text) and the corrections a person asked for, kept beside the record."""
    run_script(
        conn,
        """
        CREATE TABLE access_requests (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            received_on TEXT NOT NULL,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed', 'answered', 'withdrawn')),
            review_key_id INTEGER,
            review_sealed BLOB,
            reviewed_by INTEGER REFERENCES staff(id),
            reviewed_at TEXT,
            answered_on TEXT,
            answered_how TEXT,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX access_requests_due ON access_requests (status, due_on);
        CREATE INDEX access_requests_client ON access_requests (client_id);
        CREATE TABLE record_corrections (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            request_id INTEGER REFERENCES access_requests(id),
            asked_on TEXT NOT NULL,
            about TEXT NOT NULL,
            correction TEXT NOT NULL,
            recorded_by INTEGER NOT NULL REFERENCES staff(id),
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX record_corrections_client ON record_corrections (client_id, asked_on);
        CREATE TRIGGER record_corrections_stay BEFORE UPDATE ON record_corrections
            BEGIN SELECT RAISE(ABORT, 'a correction is kept as it was given'); END;
        """,
    )


def _m_history_indexes(conn: Connection) -> None:
    """A client's history read from two indexes alone: their notes' list lines (everything but the
    body) and their visits (with whether each was voided). From a cold disk the heaviest client's
    history read each note's wide row and each visit's row, one random page each (issue 21). The two
    indexes replace the narrower ones they begin with, so every query that used those still can."""
    run_script(
        conn,
        """
        DROP INDEX notes_client;
        CREATE INDEX notes_client_headers ON notes
            (client_id, occurred_at, status, author_id, addendum_to, kind_sealed, note_type, version, key_id, tags);
        DROP INDEX visits_client;
        CREATE INDEX visits_client_history ON visits (client_id, at, voided_at);
        """,
    )
