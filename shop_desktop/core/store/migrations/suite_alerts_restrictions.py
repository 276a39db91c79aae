"""The second era: the safe suite and outreach, aggressor alerts, sealed note kinds, the release
register, service restrictions and keep-apart conflicts."""

from __future__ import annotations

from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.migrations.script import run_script


def _m_suite_outreach(conn: Connection) -> None:
    """Safe Suite stays (nights are [arrival, departure)) and the outreach shift log with its areas."""
    run_script(
        conn,
        """
        CREATE TABLE suite_stays (
            id INTEGER PRIMARY KEY,
            unit INTEGER NOT NULL CHECK (unit >= 1),
            client_id INTEGER REFERENCES clients(id),
            erased_person INTEGER,
            arrival TEXT NOT NULL,
            departure TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'booked'
                CHECK (status IN ('booked', 'checked_in', 'checked_out', 'cancelled')),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            remark TEXT,
            checked_in_at TEXT,
            checked_out_at TEXT,
            cancelled_at TEXT,
            created_by INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (departure > arrival)
        );
        CREATE INDEX suite_stays_unit ON suite_stays (unit, arrival, departure);
        CREATE INDEX suite_stays_days ON suite_stays (arrival, departure);
        CREATE INDEX suite_stays_client ON suite_stays (client_id, arrival);
        CREATE TABLE outreach_areas (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL CHECK (kind IN ('street', 'online')),
            active INTEGER NOT NULL DEFAULT 1,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE outreach_shifts (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            starts TEXT NOT NULL,
            ends TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            area_id INTEGER NOT NULL REFERENCES outreach_areas(id),
            contacts INTEGER NOT NULL DEFAULT 0 CHECK (contacts >= 0),
            referrals INTEGER NOT NULL DEFAULT 0 CHECK (referrals >= 0),
            alerts_shared INTEGER NOT NULL DEFAULT 0 CHECK (alerts_shared >= 0),
            remark TEXT,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            voided_at TEXT,
            voided_by INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX outreach_shifts_day ON outreach_shifts (day);
        CREATE INDEX outreach_shifts_area ON outreach_shifts (area_id);
        CREATE TABLE outreach_supplies (
            shift_id INTEGER NOT NULL REFERENCES outreach_shifts(id),
            service_id INTEGER NOT NULL REFERENCES services(id),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            PRIMARY KEY (shift_id, service_id)
        ) WITHOUT ROWID;
        CREATE INDEX outreach_supplies_service ON outreach_supplies (service_id);
        CREATE TABLE outreach_contacts (
            shift_id INTEGER NOT NULL REFERENCES outreach_shifts(id),
            field TEXT NOT NULL CHECK (field IN ('gender', 'age_band', 'indigenous')),
            value TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count > 0),
            PRIMARY KEY (shift_id, field, value)
        ) WITHOUT ROWID;
        """,
    )
    areas = [
        ("Downtown core", "street"),
        ("Harbour front", "street"),
        ("Industrial park", "street"),
        ("Motel strip", "street"),
        ("Dating apps", "online"),
        ("Escort ad sites", "online"),
        ("Social media", "online"),
    ]
    conn.executemany(
        "INSERT INTO outreach_areas (name, kind, sort_order) VALUES (?, ?, ?)",
        [(name, kind, order) for order, (name, kind) in enumerate(areas)],
    )


def _m_alerts(conn: Connection) -> None:
    """Aggressor alerts: the reports, their normalised search index, and the sealed clinical-only link."""
    run_script(
        conn,
        """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            reported_on TEXT NOT NULL,
            occurred_on TEXT NOT NULL,
            occurred_time TEXT,
            location TEXT,
            contact_method TEXT NOT NULL CHECK (contact_method IN ('street', 'phone', 'online', 'venue', 'other')),
            contact_where TEXT,
            categories TEXT NOT NULL,
            narrative TEXT NOT NULL DEFAULT '',
            gender TEXT,
            age TEXT,
            height TEXT,
            build TEXT,
            hair TEXT,
            skin_tone TEXT,
            marks TEXT,
            clothing TEXT,
            name_used TEXT,
            vehicle_make TEXT,
            vehicle_model TEXT,
            vehicle_colour TEXT,
            plate TEXT,
            phones TEXT,
            handles TEXT,
            police TEXT NOT NULL DEFAULT 'not_said' CHECK (police IN ('not_said', 'told', 'not_told')),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'resolved', 'archived')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX alerts_current ON alerts (status, occurred_on);
        CREATE INDEX alerts_reported ON alerts (reported_on);
        CREATE TABLE alert_search (
            alert_id INTEGER PRIMARY KEY REFERENCES alerts(id),
            status TEXT NOT NULL,
            occurred_on TEXT NOT NULL,
            words TEXT NOT NULL DEFAULT '',
            story TEXT NOT NULL DEFAULT '',
            phones TEXT NOT NULL DEFAULT '',
            plates TEXT NOT NULL DEFAULT '',
            handles TEXT NOT NULL DEFAULT '',
            partial INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE alert_links (
            alert_id INTEGER PRIMARY KEY REFERENCES alerts(id),
            key_id INTEGER NOT NULL,
            sealed BLOB NOT NULL,
            linked_at TEXT NOT NULL
        );
        """,
    )


def _m_sealed_note_kind(conn: Connection) -> None:
    """A note's kind moves into its sealed topics (T1): the column keeps a placeholder once a clinical
    session has re-sealed the note, so a signed note may change its note_type exactly then."""
    run_script(
        conn,
        """
        ALTER TABLE notes ADD COLUMN kind_sealed INTEGER NOT NULL DEFAULT 0;
        DROP TRIGGER notes_signed_are_final;
        CREATE TRIGGER notes_signed_are_final BEFORE UPDATE ON notes
            WHEN OLD.status = 'signed' AND NOT (
                NEW.status = 'purged'
                OR (NEW.version > OLD.version AND NEW.status = 'signed'
                    AND (NEW.note_type = OLD.note_type OR NEW.kind_sealed = 1)
                    AND NEW.occurred_at = OLD.occurred_at AND NEW.author_id = OLD.author_id))
            BEGIN SELECT RAISE(ABORT, 'a signed note cannot be changed'); END;
        """,
    )


def _m_report_releases(conn: Connection) -> None:
    """The release register: every funder report that left the vault (saved, printed or exported),
    with its period and every figure as counted and whether it was withheld. Counts only: no client
    is named or linked. It lives inside the SQLCipher database and is re-keyed with it."""
    run_script(
        conn,
        """
        CREATE TABLE report_releases (
            id INTEGER PRIMARY KEY,
            run TEXT NOT NULL UNIQUE,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            threshold INTEGER NOT NULL,
            released_at TEXT NOT NULL,
            how TEXT NOT NULL,
            cells TEXT NOT NULL,
            digest TEXT NOT NULL
        );
        CREATE INDEX report_releases_period ON report_releases (period_start, period_end);
        """,
    )


def _m_restrictions(conn: Connection) -> None:
    """Service restrictions, keep-apart conflicts (client-client and staff-client), break-glass, turnaways.

    Free text that only clinical roles may read (a restriction's note, a conflict's reason) is sealed
    under the notes key, like an alert's follow-up link.
    """
    run_script(
        conn,
        """
        CREATE TABLE restriction_reasons (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL UNIQUE,
            active INTEGER NOT NULL DEFAULT 1,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE restrictions (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            scope TEXT NOT NULL CHECK (scope IN ('dropin', 'suite', 'program', 'service')),
            scope_id INTEGER,
            starts_on TEXT NOT NULL,
            ends_on TEXT,
            review_on TEXT,
            reason_id INTEGER NOT NULL REFERENCES restriction_reasons(id),
            note_key_id INTEGER,
            note_sealed BLOB,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            lifted_on TEXT,
            lifted_by INTEGER REFERENCES staff(id),
            lift_reason TEXT
        );
        CREATE INDEX restrictions_client ON restrictions (client_id, starts_on);
        CREATE TABLE restriction_overrides (
            id INTEGER PRIMARY KEY,
            restriction_id INTEGER NOT NULL REFERENCES restrictions(id),
            action TEXT NOT NULL,
            reason TEXT NOT NULL,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            at TEXT NOT NULL
        );
        CREATE TABLE keep_apart (
            id INTEGER PRIMARY KEY,
            client_a INTEGER NOT NULL REFERENCES clients(id),
            client_b INTEGER NOT NULL REFERENCES clients(id),
            reason_key_id INTEGER,
            reason_sealed BLOB,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            ended_at TEXT,
            CHECK (client_a < client_b)
        );
        CREATE INDEX keep_apart_a ON keep_apart (client_a);
        CREATE INDEX keep_apart_b ON keep_apart (client_b);
        CREATE TABLE keep_apart_overrides (
            id INTEGER PRIMARY KEY,
            pair_id INTEGER NOT NULL REFERENCES keep_apart(id),
            action TEXT NOT NULL,
            reason TEXT NOT NULL,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            at TEXT NOT NULL
        );
        CREATE TABLE staff_conflicts (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            client_id INTEGER NOT NULL REFERENCES clients(id),
            reason_key_id INTEGER,
            reason_sealed BLOB,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            ended_at TEXT
        );
        CREATE INDEX staff_conflicts_pair ON staff_conflicts (staff_id, client_id);
        CREATE TABLE break_glass (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            client_id INTEGER NOT NULL REFERENCES clients(id),
            reason TEXT NOT NULL,
            at TEXT NOT NULL,
            reviewed_by INTEGER REFERENCES staff(id),
            reviewed_at TEXT
        );
        CREATE TABLE turnaways (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            day TEXT NOT NULL,
            client_id INTEGER REFERENCES clients(id),
            reason TEXT NOT NULL CHECK (reason IN ('suite_full', 'restricted', 'closed', 'other')),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX turnaways_day ON turnaways (day);
        """,
    )
    conn.executemany(
        "INSERT INTO restriction_reasons (label, sort_order) VALUES (?, ?)",
        [("Violence toward staff or clients", 1), ("Theft", 2), ("Other", 3)],
    )
