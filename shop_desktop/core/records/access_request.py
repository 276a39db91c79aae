"""A client's access request under PIPA: logged, reviewed for other people's information, answered.

The coordinator logs the request (the centre must answer within 30 days; the due date counted
here is 30 calendar days, never later than the Act's 30 working days). A clinical reviewer (a
counsellor or coordinator holding the notes key) goes through every place the registry finds
another client's alias or code in the record's free text, accepts or changes each, and may sever
more with a reason; the decisions are sealed under the notes key, since they quote note text.
Only then can the coordinator make the record: every section of the client's file, with the
severing applied and listed by ground. Corrections the person asks for are kept as dated
corrections beside the record; the original is never changed.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from shop_desktop.core import settings
from shop_desktop.core.actions import action
from shop_desktop.core.desk import clients, conflicts, sealed_text
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PermissionDenied
from shop_desktop.core.records import access_request_severing as severing
from shop_desktop.core.records.access_request_output import (
    ANSWERED,
    DUE_DAYS,
    MAX_CORRECTION,
    OPEN,
    REVIEWED,
    WITHDRAWN,
    AccessRecord,
    AccessRequest,
    Decision,
    ExtraCut,
    PassagePlace,
    Prepared,
    Review,
    _places,
    proposal_keys,
    review_of,
    sever_record,
)
from shop_desktop.core.records.access_request_record import Entry, Passage, Section, gather
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id
from shop_desktop.core.text import clean

_SELECT = (
    "SELECT r.id, r.client_id, c.code, coalesce(c.alias, ''), r.received_on, r.due_on, r.status, r.reviewed_at,"
    " r.answered_on FROM access_requests r JOIN clients c ON c.id = r.client_id"
)


def _request(vault: Vault, request_id: int) -> AccessRequest:
    row = vault.conn.execute(f"{_SELECT} WHERE r.id = ?", (request_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That access request no longer exists."))
    return AccessRequest(int(row[0]), int(row[1]), *row[2:])


@action(Permission.ANSWER_ACCESS_REQUESTS, audits=("access_request.logged",))
def log_request(vault: Vault, client_id: int, received_on: date | None = None) -> AccessRequest:
    """A person asked for their record: the 30 days start from the day the centre received it."""
    received = received_on or date.today()
    if received > date.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The day the request was received can't be in the future."))
    client = clients.get_client(vault, client_id)
    if client.status not in (clients.ACTIVE, clients.ARCHIVED):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "That client record was merged or erased. Choose the record in use.")
        )
    stamp = now_iso()
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO access_requests (id, client_id, received_on, due_on, status, created_by, created_at,"
            " updated_at)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                new_id(conn, "access_requests"),
                client_id,
                received.isoformat(),
                (received + timedelta(days=DUE_DAYS)).isoformat(),
                OPEN,
                vault.user.id,
                stamp,
                stamp,
            ),
        )
        request_id = int(cursor.lastrowid or 0)
        vault.audit("access_request.logged", "client", client_id, request=request_id)
    return _request(vault, request_id)


@action(Permission.ANSWER_ACCESS_REQUESTS, audits=())
def list_requests(vault: Vault, *, include_closed: bool = False) -> list[AccessRequest]:
    """Open requests first by due date (the most urgent on top), then answered ones."""
    where = "" if include_closed else " WHERE r.status IN ('open', 'reviewed')"
    rows = vault.conn.execute(
        f"{_SELECT}{where} ORDER BY r.status IN ('answered', 'withdrawn'), r.due_on, r.id"
    ).fetchall()
    return [AccessRequest(int(r[0]), int(r[1]), *r[2:]) for r in rows]


@action(Permission.ANSWER_ACCESS_REQUESTS, audits=("access_request.withdrawn",))
def withdraw_request(vault: Vault, request_id: int) -> AccessRequest:
    request = _request(vault, request_id)
    if request.status in (ANSWERED, WITHDRAWN):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "This request is already closed."))
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE access_requests SET status = ?, updated_at = ? WHERE id = ?", (WITHDRAWN, now_iso(), request_id)
        )
        vault.audit("access_request.withdrawn", "client", request.client_id, request=request_id)
    return _request(vault, request_id)


def _require_reviewer(vault: Vault) -> None:
    if not vault.has_notes_key:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "core",
                "The review of an access request is done by a counsellor or coordinator who holds the notes key.",
            )
        )


def _corrections(vault: Vault, client_id: int) -> Section:
    section = Section(
        "corrections",
        "Corrections you asked for",
        "What you told us is wrong or missing. Your words are kept beside the record;"
        " the record itself is not changed.",
    )
    for row in vault.conn.execute(
        "SELECT id, asked_on, about, correction, recorded_at FROM record_corrections WHERE client_id = ?"
        " ORDER BY asked_on, id",
        (client_id,),
    ):
        entry = Entry(f"Correction asked for on {row[1]}")
        entry.add("About", row[2])
        entry.add("Your correction", Passage(f"corrections/{row[0]}/text", row[3]))
        entry.add("Recorded", row[4][:10])
        section.entries.append(entry)
    return section


def _sections(vault: Vault, client_id: int, *, with_openings: bool) -> list[Section]:
    found = gather(vault, client_id, with_notes=True, with_openings=with_openings)
    return found + [_corrections(vault, client_id)]


def _people(vault: Vault, client_id: int) -> tuple[severing.Person, ...]:
    """Every other client in the registry, whatever their status (an erased one has no alias left)."""
    rows = vault.conn.execute("SELECT id, alias, code FROM clients WHERE id != ?", (client_id,)).fetchall()
    return tuple(severing.Person(int(r[0]), r[1], str(r[2])) for r in rows if not str(r[2]).startswith("ERASED-"))


def _prepared(vault: Vault, request: AccessRequest, *, with_openings: bool) -> Prepared:
    decisions, extra = _saved_review(vault, request.id)
    return Prepared(
        request,
        tuple(_sections(vault, request.client_id, with_openings=with_openings)),
        _people(vault, request.client_id),
        decisions,
        tuple(extra),
        settings.get(vault, "centre_name"),
        settings.get(vault, "centre_address"),
        vault.user.display_name,
    )


@action(Permission.READ_NOTES, audits=(conflicts.OPENED,))
def prepare_review(vault: Vault, request_id: int) -> Prepared:
    """The client's file for the clinical reviewer, read (and the reading audited) here; the screen
    finds the proposals with `access_request_output.review_of` on a worker."""
    _require_reviewer(vault)
    request = _request(vault, request_id)
    conflicts.open_record(vault, request.client_id, "access_request")
    return _prepared(vault, request, with_openings=False)


@action(Permission.READ_NOTES, audits=(conflicts.OPENED,))
def review(vault: Vault, request_id: int) -> Review:
    """What the clinical reviewer goes through: each proposal with the words around it, and the
    decisions already saved (a review can be done in more than one sitting)."""
    return review_of(prepare_review(vault, request_id))


def _saved_review(vault: Vault, request_id: int) -> tuple[dict[str, Decision], list[ExtraCut]]:
    row = vault.conn.execute(
        "SELECT review_key_id, review_sealed FROM access_requests WHERE id = ?", (request_id,)
    ).fetchone()
    if row is None or row[1] is None:
        return {}, []
    text = sealed_text.unseal(vault, "access_requests", request_id, row[0], row[1])
    if text is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "core",
                "The review of this request is sealed under the notes key. A counsellor or coordinator who holds it "
                "can open it.",
            )
        )
    saved = json.loads(text)
    decisions = {d["key"]: Decision(**d) for d in saved["decisions"]}
    return decisions, [ExtraCut(**e) for e in saved["extra"]]


def _checked_extra(cut: ExtraCut, places: dict[str, PassagePlace]) -> ExtraCut:
    if cut.location not in places:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "That part of the record is no longer there. Open the review again.")
        )
    if cut.ground not in severing.GROUNDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose one of the grounds listed for severing."))
    reason = clean("reason", cut.reason, required=True)
    if not severing.every_place(places[cut.location].text, cut.text):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core", "The words to sever were not found in that part of the record. Copy them exactly."
            )
        )
    return ExtraCut(cut.location, cut.text.strip(), cut.ground, str(reason))


@action(Permission.READ_NOTES, audits=("access_request.reviewed",))
def save_review(vault: Vault, request_id: int, decisions: list[Decision], extra: list[ExtraCut]) -> AccessRequest:
    """Every proposal must have a decision; the whole review is sealed under the notes key."""
    _require_reviewer(vault)
    request = _request(vault, request_id)
    if request.status in (ANSWERED, WITHDRAWN):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "This request is closed; its review can no longer change."))
    conflicts.require_access(vault, request.client_id)
    prepared = _prepared(vault, request, with_openings=False)
    places = _places(list(prepared.sections))
    wanted = proposal_keys(prepared)
    given = {d.key: d for d in decisions}
    if wanted - set(given):
        raise InvalidInput(f"{len(wanted - set(given))} proposed severings still need a decision.")
    for d in given.values():
        if d.ground not in severing.GROUNDS:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose one of the grounds listed for severing."))
    checked = [_checked_extra(cut, places) for cut in extra]
    body = json.dumps(
        {"decisions": [d.__dict__ for d in given.values() if d.key in wanted], "extra": [c.__dict__ for c in checked]},
        ensure_ascii=False,
    )
    with vault.transaction() as conn:
        sealed_text.store(vault, "access_requests", request_id, "review", body)
        conn.execute(
            "UPDATE access_requests SET status = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ? WHERE id = ?",
            (REVIEWED, vault.user.id, now_iso(), now_iso(), request_id),
        )
        vault.audit(
            "access_request.reviewed",
            "client",
            request.client_id,
            request=request_id,
            proposals=len(wanted),
            added=len(checked),
        )
    return _request(vault, request_id)


@action(Permission.ANSWER_ACCESS_REQUESTS, audits=(conflicts.OPENED, "access_request.record_made"))
def prepare_record(vault: Vault, request_id: int) -> Prepared:
    """The client's file with the sealed review, for `access_request_output.sever_record` (a worker).

    Refused until a clinical reviewer has been through it: notes and free text leave the vault only
    after someone who may read them has looked for other people in them."""
    request = _request(vault, request_id)
    if request.status == OPEN or request.reviewed_at is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core",
                "A counsellor or coordinator with the notes key must review this record for other people's "
                "information first (Review severing).",
            )
        )
    if request.status == WITHDRAWN:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "This request was withdrawn."))
    _require_reviewer(vault)
    conflicts.open_record(vault, request.client_id, "access_request")
    prepared = _prepared(vault, request, with_openings=True)
    with vault.transaction():
        vault.audit("access_request.record_made", "client", request.client_id, request=request_id)
    return prepared


@action(Permission.ANSWER_ACCESS_REQUESTS, audits=(conflicts.OPENED, "access_request.record_made"))
def build_record(vault: Vault, request_id: int) -> AccessRecord:
    """The person's record, severed as the reviewer decided, ready for the PDF and the JSON file."""
    return sever_record(prepare_record(vault, request_id))


HOW_GIVEN = ("printed", "saved")


@action(Permission.ANSWER_ACCESS_REQUESTS, audits=("access_request.answered",))
def record_given(vault: Vault, request_id: int, how: str) -> AccessRequest:
    """The record left the vault (printed, or saved where the coordinator chose): the request is answered."""
    if how not in HOW_GIVEN:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Say whether the record was printed or saved."))
    request = _request(vault, request_id)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE access_requests SET status = ?, answered_on = coalesce(answered_on, ?), answered_how = ?,"
            " updated_at = ? WHERE id = ?",
            (ANSWERED, date.today().isoformat(), how, now_iso(), request_id),
        )
        vault.audit("access_request.answered", "client", request.client_id, request=request_id, how=how)
    return _request(vault, request_id)


@action(Permission.ANSWER_ACCESS_REQUESTS, audits=("access_request.correction_added",))
def add_correction(vault: Vault, request_id: int, about: str, correction: str, asked_on: date | None = None) -> int:
    """A correction the person asks for, dated and kept beside the record; the original stays as it was."""
    request = _request(vault, request_id)
    what = clean("name", about, required=True)
    text = (correction or "").strip()
    if not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Write the correction the person asked for."))
    if len(text) > MAX_CORRECTION:
        raise InvalidInput(f"A correction can be at most {MAX_CORRECTION:,} characters; this one has {len(text):,}.")
    day = asked_on or date.today()
    if day > date.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The day the correction was asked for can't be in the future."))
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO record_corrections (id, client_id, request_id, asked_on, about, correction, recorded_by,"
            " recorded_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                new_id(conn, "record_corrections"),
                request.client_id,
                request_id,
                day.isoformat(),
                what,
                text,
                vault.user.id,
                now_iso(),
            ),
        )
        correction_id = int(cursor.lastrowid or 0)
        vault.audit("access_request.correction_added", "client", request.client_id, correction=correction_id)
    return correction_id


def move_requests(vault: Vault, from_client: int, to_client: int) -> int:
    """Two records of one person merged: their requests and corrections go with the record kept."""
    vault.require(Permission.MERGE_CLIENTS)  # only as part of a merge (linked_records)
    moved = 0
    for table in ("access_requests", "record_corrections"):
        moved += vault.conn.execute(
            f"UPDATE {table} SET client_id = ? WHERE client_id = ?", (to_client, from_client)
        ).rowcount
    return moved


def erase_requests_of(vault: Vault, client_id: int) -> int:
    """The person asked to be forgotten: their corrections (their words) and requests go."""
    vault.require(Permission.PURGE_CLIENTS)  # only as part of an erase (linked_records)
    gone = vault.conn.execute("DELETE FROM record_corrections WHERE client_id = ?", (client_id,)).rowcount
    return gone + vault.conn.execute("DELETE FROM access_requests WHERE client_id = ?", (client_id,)).rowcount
