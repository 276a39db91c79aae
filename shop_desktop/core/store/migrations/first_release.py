"""The first release's schema: staff and the audit trail, the front desk, notes, referrals."""

from __future__ import annotations

from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.migrations.script import run_script


def _m1_foundation(conn: Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            roles TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            must_change_passphrase INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            disabled_at TEXT
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            subject_type TEXT,
            subject_id TEXT,
            detail TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            signature TEXT NOT NULL
        );
        CREATE INDEX audit_subject ON audit (subject_type, subject_id);
        CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """,
    )


def _m2_front_desk(conn: Connection) -> None:
    """Client registry with consent records, service catalog, visits, programs and attendance."""
    run_script(
        conn,
        """
        CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            alias TEXT,
            search_key TEXT NOT NULL DEFAULT '',
            pronouns TEXT,
            gender TEXT,
            age_band TEXT,
            birth_year INTEGER,
            indigenous TEXT,
            first_visit TEXT,
            phone TEXT,
            alumni INTEGER NOT NULL DEFAULT 0,
            remark TEXT,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'archived', 'merged', 'purged')),
            merged_into INTEGER REFERENCES clients(id),
            last_visit_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX clients_recent ON clients (status, last_visit_at DESC);
        CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            keep_record INTEGER NOT NULL,
            alias_on_slips INTEGER NOT NULL,
            may_contact INTEGER NOT NULL,
            given_on TEXT NOT NULL,
            ends_on TEXT,
            withdrawn_on TEXT,
            recorded_by INTEGER NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX consents_client ON consents (client_id, id);
        CREATE TABLE services (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL CHECK (kind IN ('service', 'supply')),
            hotkey TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id),
            at TEXT NOT NULL,
            day TEXT NOT NULL,
            gender TEXT,
            age_band TEXT,
            indigenous TEXT,
            staff_id INTEGER NOT NULL,
            voided_at TEXT,
            void_reason TEXT,
            voided_by INTEGER,
            created_at TEXT NOT NULL
        );
        CREATE INDEX visits_day ON visits (day, at);
        CREATE INDEX visits_client ON visits (client_id, at);
        CREATE TABLE visit_services (
            visit_id INTEGER NOT NULL REFERENCES visits(id),
            service_id INTEGER NOT NULL REFERENCES services(id),
            quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
            PRIMARY KEY (visit_id, service_id)
        ) WITHOUT ROWID;
        CREATE INDEX visit_services_service ON visit_services (service_id);
        CREATE TABLE programs (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            description TEXT NOT NULL DEFAULT '',
            weekday INTEGER,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE program_sessions (
            id INTEGER PRIMARY KEY,
            program_id INTEGER NOT NULL REFERENCES programs(id),
            day TEXT NOT NULL,
            anonymous_count INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_count >= 0),
            created_by INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (program_id, day)
        );
        CREATE INDEX program_sessions_day ON program_sessions (day);
        CREATE TABLE attendance (
            session_id INTEGER NOT NULL REFERENCES program_sessions(id),
            client_id INTEGER NOT NULL REFERENCES clients(id),
            PRIMARY KEY (session_id, client_id)
        ) WITHOUT ROWID;
        CREATE INDEX attendance_client ON attendance (client_id);
        """,
    )
    services = [
        ("Shower", "service", "s"),
        ("Laundry", "service", "l"),
        ("Meal", "service", "m"),
        ("Internet", "service", "i"),
        ("Phone", "service", "p"),
        ("Mail pickup", "service", "k"),
        ("Clothing", "service", "c"),
        ("Staff contact", "service", "t"),
        ("Naloxone kits", "supply", "1"),
        ("Condoms", "supply", "2"),
        ("Lube", "supply", "3"),
        ("Needles", "supply", "4"),
        ("Sterile water", "supply", "5"),
        ("Cookers", "supply", "6"),
        ("Swabs", "supply", "7"),
        ("Tourniquets", "supply", "8"),
        ("Sharps containers", "supply", "9"),
        ("Pipes", "supply", None),
        ("Mouthpieces", "supply", None),
        ("Screens", "supply", None),
    ]
    conn.executemany(
        "INSERT INTO services (name, kind, hotkey, sort_order) VALUES (?, ?, ?, ?)",
        [(name, kind, key, order) for order, (name, kind, key) in enumerate(services)],
    )
    conn.executemany(
        "INSERT INTO programs (name, description, weekday) VALUES (?, ?, ?)",
        [
            ("Tuesday breakfast", "Breakfast with the overdose-prevention nurse", 1),
            ("Thursday luncheon", "Luncheon with health practitioners", 3),
            ("Alumni Group", "Peer group for alumni of the centre", None),
        ],
    )


def _m3_notes(conn: Connection) -> None:
    """Counselling notes: body and tags sealed under the notes key; signed notes are final."""
    run_script(
        conn,
        """
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id),
            note_type TEXT NOT NULL CHECK (note_type IN ('counselling', 'crisis', 'case', 'safety_plan')),
            occurred_at TEXT NOT NULL,
            duration_minutes INTEGER,
            author_id INTEGER NOT NULL REFERENCES staff(id),
            follow_up_date TEXT,
            status TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'purged')),
            version INTEGER NOT NULL,
            key_id INTEGER NOT NULL,
            body BLOB NOT NULL,
            tags BLOB NOT NULL,
            addendum_to INTEGER REFERENCES notes(id),
            signed_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX notes_client ON notes (client_id, occurred_at);
        CREATE INDEX notes_author ON notes (author_id, status);
        CREATE INDEX notes_addendum ON notes (addendum_to);
        CREATE INDEX notes_occurred ON notes (occurred_at);
        CREATE TRIGGER notes_signed_are_final BEFORE UPDATE ON notes
            WHEN OLD.status = 'signed' AND NOT (
                NEW.status = 'purged'
                OR (NEW.version > OLD.version AND NEW.status = 'signed' AND NEW.note_type = OLD.note_type
                    AND NEW.occurred_at = OLD.occurred_at AND NEW.author_id = OLD.author_id))
            BEGIN SELECT RAISE(ABORT, 'a signed note cannot be changed'); END;
        CREATE TRIGGER notes_signed_stay BEFORE DELETE ON notes WHEN OLD.status != 'draft'
            BEGIN SELECT RAISE(ABORT, 'a signed note cannot be deleted'); END;
        """,
    )


def _m4_referrals(conn: Connection) -> None:
    """Partner agency directory and referrals (the client link is cleared when a client is erased)."""
    run_script(
        conn,
        """
        CREATE TABLE agencies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            search_key TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            address TEXT,
            phone TEXT,
            hours TEXT,
            contact_person TEXT,
            what_to_bring TEXT,
            remarks TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX agencies_name ON agencies (name COLLATE NOCASE);
        CREATE TABLE referrals (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            client_id INTEGER REFERENCES clients(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            priority TEXT NOT NULL CHECK (priority IN ('emergency', 'urgent', 'routine')),
            reason TEXT NOT NULL,
            services_requested TEXT NOT NULL DEFAULT '',
            referred_on TEXT NOT NULL,
            staff_id INTEGER NOT NULL,
            alias_consent INTEGER NOT NULL DEFAULT 0,
            follow_up_on TEXT,
            status TEXT NOT NULL DEFAULT 'made'
                CHECK (status IN ('made', 'attended', 'not_attended', 'declined', 'no_longer_needed')),
            outcome TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX referrals_client ON referrals (client_id, referred_on);
        CREATE INDEX referrals_agency ON referrals (agency_id);
        CREATE INDEX referrals_day ON referrals (referred_on);
        CREATE INDEX referrals_follow_up ON referrals (status, follow_up_on);
        CREATE INDEX referrals_staff ON referrals (staff_id, status, follow_up_on);
        """,
    )
