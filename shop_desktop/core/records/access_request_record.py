"""Gather one client's whole record for an access request, in sections a person can read.

Plain values are printed as they are; free text someone typed (a remark, a referral reason, a note)
is a `Passage`, which severing reads and changes before anything leaves the vault. Read here
directly, in one place, so that every table that points at a client is listed next to its words;
the independent test query in tests/core/test_access_request.py walks the same tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shop_desktop.core.care import notes, referrals
from shop_desktop.core.desk import restrictions, suite, turnaways
from shop_desktop.core.desk.conflicts import openings
from shop_desktop.core.safety import alerts
from shop_desktop.core.store.vault import Vault


@dataclass(frozen=True)
class Passage:
    """Free text that may name someone else; `extra` are words known to identify another person
    here (an alert's name, phone, plate or handle)."""

    location: str
    text: str
    extra: tuple[str, ...] = ()
    extra_why: str = ""


@dataclass
class Entry:
    title: str
    fields: list[tuple[str, str | Passage]] = field(default_factory=list)

    def add(self, label: str, value: Any) -> None:
        if value not in (None, ""):
            self.fields.append((label, value if isinstance(value, Passage) else str(value)))


@dataclass
class Section:
    key: str
    title: str
    intro: str
    entries: list[Entry] = field(default_factory=list)


def _yes(flag: object) -> str:
    return "Yes" if flag else "No"


def _day(iso: str | None) -> str:
    return (iso or "")[:10]


def _when(iso: str | None) -> str:
    return (iso or "")[:16].replace("T", " ")


def _local(iso: str) -> str:
    """An audit time (UTC) in the centre's local time, as the person lived it."""
    at = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return f"{(at.astimezone() if at.tzinfo else at):%Y-%m-%d %H:%M}"


def gather(vault: Vault, client_id: int, *, with_notes: bool, with_openings: bool = True) -> list[Section]:
    """Every section, in the order the person reads them. Notes only after a clinical review; the
    openings list only for the coordinator (a counsellor reviewing the text does not need it)."""
    conn = vault.conn
    sections = [
        _about(conn, client_id),
        _consent(conn, client_id),
        _visits(conn, client_id),
        _programs(conn, client_id),
        _suite(conn, client_id),
        _referrals(conn, client_id),
        _outreach(),
        _alerts(vault, client_id),
        _restrictions(vault, client_id),
    ]
    if with_notes:
        sections.append(_notes(vault, client_id))
    if with_openings:
        sections.append(_openings(vault, client_id))
    return sections


def _about(conn: Any, client_id: int) -> Section:
    row = conn.execute(
        "SELECT alias, code, pronouns, gender, age_band, birth_year, indigenous, phone, alumni, remark,"
        " first_visit, last_visit_at, status, created_at FROM clients WHERE id = ?",
        (client_id,),
    ).fetchone()
    section = Section("about", "About you", "The details the centre keeps about you.")
    entry = Entry("Your details")
    for label, value in zip(
        (
            "Name you use here",
            "Your client code",
            "Pronouns",
            "Gender",
            "Age group",
            "Year of birth",
            "Indigenous identity",
        ),
        row[:7],
        strict=True,
    ):
        entry.add(label, value)
    entry.add("Phone", row[7])
    entry.add("Alumni", _yes(row[8]))
    entry.add("Remark by staff", Passage(f"about/{client_id}/remark", row[9]) if row[9] else None)
    entry.add("First visit", _day(row[10]))
    entry.add("Last visit", _day(row[11]))
    entry.add("Record made", _day(row[13]))
    section.entries.append(entry)
    return section


def _consent(conn: Any, client_id: int) -> Section:
    section = Section("consent", "Your consent", "Each time you gave, changed or withdrew your consent.")
    for row in conn.execute(
        "SELECT id, keep_record, alias_on_slips, may_contact, given_on, ends_on, withdrawn_on FROM consents"
        " WHERE client_id = ? ORDER BY id",
        (client_id,),
    ):
        entry = Entry(f"Consent given {row[4]}")
        entry.add("Keep a record", _yes(row[1]))
        entry.add("Your name on referral slips", _yes(row[2]))
        entry.add("The centre may contact you", _yes(row[3]))
        entry.add("Ends on", row[5])
        entry.add("Withdrawn on", row[6])
        section.entries.append(entry)
    return section


def _visits(conn: Any, client_id: int) -> Section:
    section = Section("visits", "Your visits and services", "Each visit, with the services and supplies you had.")
    for row in conn.execute(
        "SELECT v.id, v.at, v.voided_at, v.void_reason,"
        " (SELECT group_concat(CASE WHEN s.kind = 'supply' THEN s.name || ' ×' || vs.quantity ELSE s.name END, ', ')"
        "  FROM visit_services vs JOIN services s ON s.id = vs.service_id WHERE vs.visit_id = v.id)"
        " FROM visits v WHERE v.client_id = ? ORDER BY v.at, v.id",
        (client_id,),
    ):
        entry = Entry(f"Visit {_when(row[1])}")
        entry.add("Services", row[4] or "None")
        if row[2]:
            entry.add("Cancelled by staff", _day(row[2]))
            entry.add("Why", Passage(f"visits/{row[0]}/void_reason", row[3]) if row[3] else None)
        section.entries.append(entry)
    for row in conn.execute("SELECT id, at, reason FROM turnaways WHERE client_id = ? ORDER BY at, id", (client_id,)):
        entry = Entry(f"Turned away {_when(row[1])}")
        entry.add("Why", turnaways.REASONS.get(row[2], row[2]))
        section.entries.append(entry)
    return section


def _programs(conn: Any, client_id: int) -> Section:
    section = Section("programs", "Programs you came to", "Each program session you were counted at by name.")
    for row in conn.execute(
        "SELECT ps.day, p.name FROM attendance a JOIN program_sessions ps ON ps.id = a.session_id"
        " JOIN programs p ON p.id = ps.program_id WHERE a.client_id = ? ORDER BY ps.day, p.name",
        (client_id,),
    ):
        section.entries.append(Entry(f"{row[1]}, {row[0]}"))
    return section


def _suite(conn: Any, client_id: int) -> Section:
    section = Section("suite", "Your Safe Suite stays", "Each booking of the Safe Suite in your name.")
    for row in conn.execute(
        "SELECT id, unit, arrival, departure, status, remark FROM suite_stays WHERE client_id = ? ORDER BY arrival, id",
        (client_id,),
    ):
        entry = Entry(f"Unit {row[1]}, {row[2]} to {row[3]}")
        entry.add("Status", suite.STATUS_WORDS.get(row[4], row[4]))
        entry.add("Remark by staff", Passage(f"suite/{row[0]}/remark", row[5]) if row[5] else None)
        section.entries.append(entry)
    return section


def _referrals(conn: Any, client_id: int) -> Section:
    section = Section("referrals", "Referrals to other agencies", "Each time staff referred you to a partner agency.")
    for row in conn.execute(
        "SELECT r.id, r.number, r.referred_on, a.name, r.priority, r.reason, r.services_requested, r.follow_up_on,"
        " r.status, r.outcome FROM referrals r JOIN agencies a ON a.id = r.agency_id"
        " WHERE r.client_id = ? ORDER BY r.referred_on, r.id",
        (client_id,),
    ):
        entry = Entry(f"Referral {row[1]} on {row[2]} to {row[3]}")
        entry.add("How soon", referrals.PRIORITIES.get(row[4], row[4]))
        entry.add("Why", Passage(f"referrals/{row[0]}/reason", row[5]))
        entry.add("Services asked for", Passage(f"referrals/{row[0]}/services", row[6]) if row[6] else None)
        entry.add("Follow-up on", row[7])
        entry.add("What happened", referrals.STATUSES.get(row[8], row[8]))
        entry.add("Outcome", Passage(f"referrals/{row[0]}/outcome", row[9]) if row[9] else None)
        section.entries.append(entry)
    return section


def _outreach() -> Section:
    return Section(
        "outreach",
        "Outreach contacts",
        "Outreach workers count the people they meet without names, so no outreach contact is linked to you.",
    )


def _alerts(vault: Vault, client_id: int) -> Section:
    """Bad-date reports the client made: their own words. The other person's description, name,
    phone, plate and handles are left out, and where their words repeat one it is severed."""
    from shop_desktop.core.safety import alert_links

    section = Section(
        "alerts",
        "Bad-date reports you made",
        "What you told us, in your words. The description of the other person is not included.",
    )
    linked = sorted(alert_links.alerts_linked_to(vault, client_id))
    for alert_id, reference, reported_on in linked:
        row = vault.conn.execute(
            "SELECT occurred_on, location, contact_method, categories, narrative, name_used, phones, plate, handles"
            " FROM alerts WHERE id = ?",
            (alert_id,),
        ).fetchone()
        identity = tuple(
            p.strip()
            for p in (row[5] or "", *(row[6] or "").split(","), row[7] or "", *(row[8] or "").split(","))
            if p.strip()
        )
        entry = Entry(f"Report {reference}, made {_day(reported_on)}")
        entry.add("When it happened", row[0])
        entry.add(
            "Where",
            Passage(f"alerts/{alert_id}/location", row[1], identity, "the other person in the report")
            if row[1]
            else None,
        )
        entry.add("How contact was made", alerts.CONTACT_METHODS.get(row[2], row[2]))
        entry.add("What happened", ", ".join(alerts.CATEGORIES.get(k, k) for k in str(row[3]).split(",") if k))
        entry.add(
            "In your words",
            Passage(f"alerts/{alert_id}/narrative", row[4], identity, "the other person in the report")
            if row[4]
            else None,
        )
        section.entries.append(entry)
    return section


def _restrictions(vault: Vault, client_id: int) -> Section:
    section = Section("restrictions", "Restrictions", "Times the centre limited a service for you, and why.")
    for r in sorted(restrictions.restrictions_for(vault, client_id), key=lambda r: (r.starts_on, r.id)):
        entry = Entry(f"Restriction from {r.starts_on}: {r.covers}")
        entry.add("Until", r.ends_on or "reviewed")
        entry.add("Review on", r.review_on)
        entry.add("Reason", r.reason)
        entry.add("Staff note", Passage(f"restrictions/{r.id}/note", r.note) if r.note else None)
        entry.add("Lifted on", r.lifted_on)
        lift = vault.conn.execute("SELECT lift_reason FROM restrictions WHERE id = ?", (r.id,)).fetchone()[0]
        entry.add("Why it was lifted", Passage(f"restrictions/{r.id}/lift_reason", lift) if lift else None)
        section.entries.append(entry)
    for row in vault.conn.execute(
        "SELECT id, created_at, ended_at FROM keep_apart WHERE ? IN (client_a, client_b) ORDER BY id", (client_id,)
    ):
        entry = Entry(f"Kept apart from another client, from {_day(row[1])}")
        entry.add("Ended on", _day(row[2]))
        entry.add(
            "The other client",
            Passage(f"keep_apart/{row[0]}/other", "another client", ("another client",), "the other client kept apart"),
        )
        section.entries.append(entry)
    return section


def _notes(vault: Vault, client_id: int) -> Section:
    section = Section(
        "notes",
        "Counselling notes",
        "Signed notes by your counsellors, with any later additions. Drafts are not included.",
    )
    names = {int(r[0]): str(r[1]) for r in vault.conn.execute("SELECT id, display_name FROM staff")}
    ciphers = notes._ciphers(vault)
    rows = vault.conn.execute(
        f"SELECT {notes._COLUMNS} FROM notes WHERE client_id = ? AND status = ? ORDER BY occurred_at, id",
        (client_id, notes.SIGNED),
    ).fetchall()
    parents = [notes._Row(*r) for r in rows if r[12] is None]
    addenda: dict[int, list[notes._Row]] = {}
    for r in rows:
        if r[12] is not None:
            addenda.setdefault(int(r[12]), []).append(notes._Row(*r))
    for row in parents:
        body, topics, kind = notes._unseal_with(ciphers, row)
        entry = Entry(f"{notes.NOTE_TYPES.get(kind, kind)}, {_when(row.occurred_at)}")
        entry.add("Written by", names.get(row.author_id, "a staff member"))
        entry.add("Length", f"{row.duration_minutes} minutes" if row.duration_minutes else None)
        entry.add("Topics", ", ".join(notes.TOPIC_TAGS.get(t, t) for t in topics))
        entry.add("Note", Passage(f"notes/{row.id}/body", body))
        for extra in sorted(addenda.get(row.id, []), key=lambda a: a.id):
            text = notes._unseal_with(ciphers, extra)[0]
            entry.add(f"Added {_day(extra.signed_at)}", Passage(f"notes/{extra.id}/body", text))
        section.entries.append(entry)
    return section


def _openings(vault: Vault, client_id: int) -> Section:
    section = Section(
        "openings", "Who opened your file", "Each time a staff member opened your record, from the audit trail."
    )
    for o in openings(vault, client_id):
        section.entries.append(Entry(f"{_local(o.at)}: {o.staff_name}", [("What they opened", o.what)]))
    return section


def passages(sections: list[Section]) -> list[Passage]:
    return [value for s in sections for e in s.entries for _, value in e.fields if isinstance(value, Passage)]
