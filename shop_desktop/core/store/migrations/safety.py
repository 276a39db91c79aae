"""The safety era: overdose responses and naloxone, stock, drug alerts, the shift log, audit checkpoints."""

from __future__ import annotations

from shop_desktop.core.store.db import Connection
from shop_desktop.core.store.migrations.script import run_script


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
    """Signed checkpoints of the audit trail (core/store/audit_checkpoints.py): a check verifies each
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
