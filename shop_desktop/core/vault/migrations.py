"""Numbered schema migrations, applied in one transaction at open (PRAGMA user_version).

Append a function to MIGRATIONS for every schema change; never edit one that
has shipped. Each must have a test that upgrades a vault made by the version
before it (tests/core/test_migrations.py).
"""

from __future__ import annotations

from collections.abc import Callable

from shop_desktop.core.errors import VaultTooNew
from shop_desktop.core.sync.devices import migrate_devices
from shop_desktop.core.sync.ids import migrate_sync
from shop_desktop.core.vault.db import Connection, sqlcipher


def run_script(conn: Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (executescript would commit it)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlcipher.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in migration")


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


def _m_overdose_naloxone(conn: Connection) -> None:
    """Overdose responses (drafts, then signed, corrected by addenda) and take-home naloxone kits given
    at check-in or on outreach. Free text is sealed under the notes key (core/desk/sealed_text.py)."""
    run_script(
        conn,
        """
        CREATE TABLE overdose_responses (
            id INTEGER PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
            occurred_at TEXT NOT NULL,
            day TEXT NOT NULL,
            place TEXT CHECK (place IN ('washroom', 'safe_suite', 'drop_in', 'outside', 'outreach')),
            area_id INTEGER REFERENCES outreach_areas(id),
            client_id INTEGER REFERENCES clients(id),
            gender TEXT,
            age_band TEXT,
            signs TEXT NOT NULL DEFAULT '',
            naloxone_doses INTEGER NOT NULL DEFAULT 0 CHECK (naloxone_doses BETWEEN 0 AND 20),
            naloxone_route TEXT CHECK (naloxone_route IN ('intranasal', 'intramuscular', 'both')),
            rescue_breaths INTEGER NOT NULL DEFAULT 0,
            oxygen INTEGER NOT NULL DEFAULT 0,
            called_911 INTEGER NOT NULL DEFAULT 0,
            paramedics INTEGER NOT NULL DEFAULT 0,
            outcome TEXT CHECK (outcome IN ('recovered', 'transported', 'refused_transport', 'died')),
            aftercare_offered INTEGER NOT NULL DEFAULT 0,
            debrief_offered INTEGER NOT NULL DEFAULT 0,
            debrief_held INTEGER NOT NULL DEFAULT 0,
            remark_key_id INTEGER,
            remark_sealed BLOB,
            author_id INTEGER NOT NULL REFERENCES staff(id),
            signed_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX overdose_responses_day ON overdose_responses (day);
        CREATE INDEX overdose_responses_author ON overdose_responses (author_id, status);
        CREATE TABLE overdose_responders (
            response_id INTEGER NOT NULL REFERENCES overdose_responses(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            PRIMARY KEY (response_id, staff_id)
        ) WITHOUT ROWID;
        CREATE INDEX overdose_responders_staff ON overdose_responders (staff_id);
        CREATE TABLE overdose_addenda (
            id INTEGER PRIMARY KEY,
            response_id INTEGER NOT NULL REFERENCES overdose_responses(id),
            author_id INTEGER NOT NULL REFERENCES staff(id),
            debrief_held INTEGER NOT NULL DEFAULT 0,
            text_key_id INTEGER,
            text_sealed BLOB,
            created_at TEXT NOT NULL
        );
        CREATE INDEX overdose_addenda_response ON overdose_addenda (response_id);
        CREATE TABLE naloxone_kits (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER REFERENCES visits(id),
            shift_id INTEGER REFERENCES outreach_shifts(id),
            day TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('first', 'replacement')),
            reason TEXT CHECK (reason IN ('used', 'lost_stolen', 'expired', 'police', 'other')),
            trained INTEGER NOT NULL DEFAULT 0,
            kits INTEGER NOT NULL DEFAULT 1 CHECK (kits > 0),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            CHECK ((visit_id IS NULL) != (shift_id IS NULL)),
            CHECK (kind = 'replacement' OR reason IS NULL)
        );
        CREATE INDEX naloxone_kits_day ON naloxone_kits (day);
        CREATE INDEX naloxone_kits_visit ON naloxone_kits (visit_id);
        CREATE INDEX naloxone_kits_shift ON naloxone_kits (shift_id);
        ALTER TABLE services ADD COLUMN naloxone INTEGER NOT NULL DEFAULT 0;
        UPDATE services SET naloxone = 1 WHERE name = 'Naloxone kits';
        """,
    )


def _m_stock_drug_alerts_shift_log(conn: Connection) -> None:
    """Supply stock (deliveries, waste, counts, reorder levels), community drug alerts, the shift log.

    Hand-outs are not copied here: they are read from visits and outreach shifts, from the day a
    supply's stock began to be kept (stock_supplies.tracked_from)."""
    run_script(
        conn,
        """
        CREATE TABLE stock_supplies (
            service_id INTEGER PRIMARY KEY REFERENCES services(id),
            reorder_level INTEGER NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
            tracked_from TEXT
        );
        CREATE TABLE stock_moves (
            id INTEGER PRIMARY KEY,
            service_id INTEGER NOT NULL REFERENCES services(id),
            kind TEXT NOT NULL CHECK (kind IN ('received', 'wasted', 'counted')),
            day TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            counted INTEGER CHECK (counted >= 0),
            lot TEXT,
            expires_on TEXT,
            reason TEXT,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            CHECK (kind = 'counted' OR quantity > 0)
        );
        CREATE INDEX stock_moves_service ON stock_moves (service_id, day);
        CREATE TABLE drug_alerts (
            id INTEGER PRIMARY KEY,
            issued_on TEXT NOT NULL,
            expires_on TEXT NOT NULL,
            substance TEXT NOT NULL,
            what_is_different TEXT NOT NULL,
            where_seen TEXT,
            source TEXT NOT NULL,
            withdrawn_at TEXT,
            withdrawn_by INTEGER REFERENCES staff(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            CHECK (expires_on >= issued_on)
        );
        CREATE INDEX drug_alerts_days ON drug_alerts (expires_on, issued_on);
        CREATE TABLE shift_log (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            at TEXT NOT NULL,
            text TEXT NOT NULL,
            handover INTEGER NOT NULL DEFAULT 0 CHECK (handover IN (0, 1)),
            client_id INTEGER REFERENCES clients(id),
            done_at TEXT,
            done_by INTEGER REFERENCES staff(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX shift_log_day ON shift_log (day, at);
        CREATE INDEX shift_log_open ON shift_log (handover, done_at, day);
        """,
    )


def _m_audit_checkpoints(conn: Connection) -> None:
    """Signed checkpoints of the audit trail (core/vault/audit_checkpoints.py): a check verifies each
    signature once, then only the entries after the newest checkpoint of the person checking.
    No append-only guard: a row deleted or edited is only a checkpoint that is no longer trusted."""
    run_script(
        conn,
        """
        CREATE TABLE audit_checkpoints (
            id INTEGER PRIMARY KEY,
            signer_id INTEGER NOT NULL,
            entry_id INTEGER NOT NULL,
            entry_hash TEXT NOT NULL,
            digest TEXT NOT NULL,
            at TEXT NOT NULL,
            signature TEXT NOT NULL
        );
        CREATE INDEX audit_checkpoints_signer ON audit_checkpoints (signer_id, entry_id);
        """,
    )


Migration = Callable[[Connection], None]
MIGRATIONS: tuple[Migration, ...] = (
    _m1_foundation,
    _m2_front_desk,
    _m3_notes,
    _m4_referrals,
    _m_suite_outreach,
    _m_alerts,
    _m_sealed_note_kind,
    _m_report_releases,
    _m_restrictions,
    _m_notes_key_index,
    _m_retention_holds,
    _m_access_requests,
    _m_overdose_naloxone,
    _m_stock_drug_alerts_shift_log,
    _m_audit_checkpoints,
    migrate_devices,  # sync's devices (core/sync/devices.py): needs nothing of migrate_sync
    migrate_sync,
)
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def refuse_if_newer(conn: Connection) -> None:
    if schema_version(conn) > len(MIGRATIONS):
        raise VaultTooNew(
            "This vault was made by a newer version of SHOP Desktop. "
            "Install that version (or newer) to open it; nothing was changed."
        )


def migrate(conn: Connection, migrations: tuple[Migration, ...] | None = None) -> int:
    """Bring the schema to the newest version in one transaction; returns the version reached."""
    migrations = MIGRATIONS if migrations is None else migrations
    current = schema_version(conn)
    if current > len(migrations):
        raise VaultTooNew(
            "This vault was made by a newer version of SHOP Desktop. "
            "Install that version (or newer) to open it; nothing was changed."
        )
    if current == len(migrations):
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(current + 1, len(migrations) + 1):
            migrations[number - 1](conn)
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(migrations)
