"""Overdose responses: what staff saw and did, entered afterwards, kept as a draft until signed.

A responder writes the record shaken and often interrupted, so it is a draft (in the vault, never a
file) until it is signed; after that it is final and corrections are addenda, as with notes.

Who reads what, decided here and nowhere else:
- counsellors and the coordinator (READ_OVERDOSES) read every signed response;
- anyone who may record responses reads the ones they entered or responded to;
- everyone else who may record sees only that a response happened, and when.
Free text (a remark, an addendum's words) carries health detail, so it is sealed under the notes
key (core/desk/sealed_text.py): only sessions that hold that key write or read it. A front-desk responder
records everything else; the remark box is offered to clinical sessions only.
The records and their choices live in overdose_model.py; the actions here (the session area `overdose`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.desk import sealed_text
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PermissionDenied, said
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.overdose_model import (
    DRAFT,
    LATE_ENTRY_DAYS,
    MAX_DOSES,
    MAX_REMARK,
    OUTCOMES,
    PLACES,
    ROUTES,
    SIGNED,
    SIGNS,
    Addendum,
    Response,
    ResponseDraft,
    ResponseLine,
)
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.ids import new_id

_COLUMNS = (
    "id, occurred_at, place, area_id, client_id, gender, age_band, signs, naloxone_doses, naloxone_route,"
    " rescue_breaths, oxygen, called_911, paramedics, outcome, aftercare_offered, debrief_offered, debrief_held,"
    " remark_key_id, remark_sealed, status, author_id, signed_at"
)


def _choice(choices: dict[str, str], value: str | None, words: str) -> str | None:
    if value in (None, ""):
        return None
    if value not in choices:
        raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "Choose {words} from the list."), words=words))
    return value


def _when(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text).replace(second=0, microsecond=0, tzinfo=None)
    except (TypeError, ValueError):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The date and time of the response are not valid.")) from None
    now = datetime.now()
    if when > now + timedelta(minutes=5):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "A response can't be in the future. Check the date and time."))
    if when < now - timedelta(days=LATE_ENTRY_DAYS):
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "A response can be entered at most {LATE_ENTRY_DAYS} days afterwards."),
                LATE_ENTRY_DAYS=LATE_ENTRY_DAYS,
            )
        )
    return when


def _checked(vault: Vault, draft: ResponseDraft) -> ResponseDraft:
    """Every value checked against its list; a draft may leave things out, never hold nonsense."""
    _when(draft.occurred_at)
    for sign in draft.signs:
        _choice(SIGNS, sign, "what was seen")
    if not 0 <= draft.naloxone_doses <= MAX_DOSES:
        raise InvalidInput(
            said(QT_TRANSLATE_NOOP("core", "Naloxone doses: between 0 and {MAX_DOSES}."), MAX_DOSES=MAX_DOSES)
        )
    place = _choice(PLACES, draft.place, "where it happened")
    if draft.remark and not vault.can(Permission.READ_NOTES):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "Only counsellors and the coordinator can add a written remark.")
        )
    if len(draft.remark) > MAX_REMARK:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "The remark can be at most {MAX_REMARK:,} characters."), MAX_REMARK=MAX_REMARK
            )
        )
    _check_people(vault, draft)
    return replace(
        draft,
        place=place,
        area_id=draft.area_id if place == "outreach" else None,
        naloxone_route=_choice(ROUTES, draft.naloxone_route, "how naloxone was given")
        if draft.naloxone_doses
        else None,
        outcome=_choice(OUTCOMES, draft.outcome, "the outcome"),
        gender=None if draft.client_id else demo.check_choice(demo.GENDERS, draft.gender, "gender identity"),
        age_band=None if draft.client_id else demo.check_choice(demo.AGE_BANDS, draft.age_band, "age band"),
        signs=tuple(dict.fromkeys(draft.signs)),
        responders=tuple(dict.fromkeys(draft.responders)),
    )


def _check_people(vault: Vault, draft: ResponseDraft) -> None:
    conn = vault.conn
    if (
        draft.client_id is not None
        and conn.execute("SELECT 1 FROM clients WHERE id = ? AND status != 'purged'", (draft.client_id,)).fetchone()
        is None
    ):
        raise NotFound(QT_TRANSLATE_NOOP("core", "That client's record no longer exists."))
    for staff_id in draft.responders:
        if conn.execute("SELECT 1 FROM staff WHERE id = ? AND active = 1", (staff_id,)).fetchone() is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("core", "One of the responders is not an active staff account. Choose again.")
            )
    if (
        draft.area_id is not None
        and conn.execute("SELECT 1 FROM outreach_areas WHERE id = ?", (draft.area_id,)).fetchone() is None
    ):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose the outreach area from the list."))


def _complete(draft: ResponseDraft) -> None:
    """What signing needs: the rest may be left unticked (it was not done)."""
    if draft.place is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose where it happened before signing."))
    if draft.place == "outreach" and draft.area_id is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose the outreach area before signing."))
    if not draft.responders:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Tick who responded before signing."))
    if draft.outcome is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose the outcome before signing."))
    if draft.naloxone_doses and draft.naloxone_route is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Choose how the naloxone was given (intranasal or intramuscular) before signing.")
        )


def _values(draft: ResponseDraft) -> tuple[Any, ...]:
    return (
        draft.occurred_at[:16],
        draft.occurred_at[:10],
        draft.place,
        draft.area_id,
        draft.client_id,
        draft.gender,
        draft.age_band,
        ",".join(draft.signs),
        draft.naloxone_doses,
        draft.naloxone_route,
        int(draft.rescue_breaths),
        int(draft.oxygen),
        int(draft.called_911),
        int(draft.paramedics),
        draft.outcome,
        int(draft.aftercare_offered),
        int(draft.debrief_offered),
        int(draft.debrief_held),
    )


_FIELDS = (
    "occurred_at, day, place, area_id, client_id, gender, age_band, signs, naloxone_doses, naloxone_route,"
    " rescue_breaths, oxygen, called_911, paramedics, outcome, aftercare_offered, debrief_offered, debrief_held"
)


@action(Permission.RECORD_OVERDOSES, audits=("overdose.draft_created",))
def save_draft(vault: Vault, draft: ResponseDraft) -> int:
    """Create or update my draft; returns its id. Called by the dialog's autosave and by the lock."""
    checked = _checked(vault, draft)
    with vault.transaction() as conn:
        if checked.response_id is None:
            stamp = now_iso()
            cursor = conn.execute(
                f"INSERT INTO overdose_responses (id, {_FIELDS}, status, author_id, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (new_id(conn, "overdose_responses"), *_values(checked), DRAFT, vault.user.id, stamp, stamp),
            )
            response_id = int(cursor.lastrowid or 0)
            vault.audit("overdose.draft_created", "overdose", response_id, client_id=checked.client_id)
        else:
            response_id = checked.response_id
            _own_draft(vault, response_id)
            sets = ", ".join(f"{name.strip()} = ?" for name in _FIELDS.split(","))
            conn.execute(
                f"UPDATE overdose_responses SET {sets}, updated_at = ? WHERE id = ?",
                (*_values(checked), now_iso(), response_id),
            )
        conn.execute("DELETE FROM overdose_responders WHERE response_id = ?", (response_id,))
        conn.executemany(
            "INSERT INTO overdose_responders (response_id, staff_id) VALUES (?, ?)",
            [(response_id, staff_id) for staff_id in checked.responders],
        )
        sealed_text.store(vault, "overdose_responses", response_id, "remark", checked.remark or None)
    return response_id


def _own_draft(vault: Vault, response_id: int) -> tuple[Any, ...]:
    row = vault.conn.execute(
        "SELECT status, author_id, client_id FROM overdose_responses WHERE id = ?", (response_id,)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That overdose response no longer exists."))
    if row[0] != DRAFT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "This response is signed and can't be changed. Add an addendum to correct it.")
        )
    if row[1] != vault.user.id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("core", "Only the person who started a draft can change it."))
    return tuple(row)


@action(Permission.RECORD_OVERDOSES, audits=("overdose.draft_created", "overdose.signed"))
def sign_response(vault: Vault, draft: ResponseDraft) -> int:
    """Save and sign: from now on the record is final; corrections are addenda."""
    _complete(_checked(vault, draft))
    with vault.transaction() as conn:
        response_id = save_draft(vault, draft)
        _own_draft(vault, response_id)
        conn.execute(
            "UPDATE overdose_responses SET status = ?, signed_at = ? WHERE id = ?", (SIGNED, now_iso(), response_id)
        )
        vault.audit("overdose.signed", "overdose", response_id, client_id=draft.client_id)
    return response_id


@action(Permission.RECORD_OVERDOSES, audits=("overdose.draft_discarded",))
def discard_draft(vault: Vault, response_id: int) -> None:
    with vault.transaction() as conn:
        row = _own_draft(vault, response_id)
        conn.execute("DELETE FROM overdose_responders WHERE response_id = ?", (response_id,))
        conn.execute("DELETE FROM overdose_responses WHERE id = ?", (response_id,))
        vault.audit("overdose.draft_discarded", "overdose", response_id, client_id=row[2])


def _may_read(vault: Vault, response_id: int, status: str, author_id: int) -> bool:
    if author_id == vault.user.id:
        return True
    if status != SIGNED:
        return False  # a draft is its author's alone
    if vault.can(Permission.READ_OVERDOSES):
        return True
    return (
        vault.conn.execute(
            "SELECT 1 FROM overdose_responders WHERE response_id = ? AND staff_id = ?", (response_id, vault.user.id)
        ).fetchone()
        is not None
    )


@action(Permission.RECORD_OVERDOSES, audits=("overdose.read",))
def open_response(vault: Vault, response_id: int) -> Response:
    """The whole record with its addenda, for those who may read it; the trail records who did."""
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM overdose_responses WHERE id = ?", (response_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That overdose response no longer exists."))
    if not _may_read(vault, response_id, row[20], row[21]):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "core", "Only the responders, counsellors and the coordinator can read this overdose response."
            )
        )
    with vault.transaction():
        vault.audit("overdose.read", "overdose", response_id, client_id=row[4])
    return _response_from(vault, row)


def _response_from(vault: Vault, row: tuple[Any, ...]) -> Response:
    response_id = int(row[0])
    responders = tuple(
        int(r[0])
        for r in vault.conn.execute(
            "SELECT staff_id FROM overdose_responders WHERE response_id = ? ORDER BY staff_id", (response_id,)
        )
    )
    remark = sealed_text.unseal(vault, "overdose_responses", response_id, row[18], row[19])
    draft = ResponseDraft(
        occurred_at=str(row[1]),
        place=row[2],
        area_id=row[3],
        client_id=row[4],
        gender=row[5],
        age_band=row[6],
        signs=tuple(s for s in str(row[7]).split(",") if s in SIGNS),
        responders=responders,
        naloxone_doses=int(row[8]),
        naloxone_route=row[9],
        rescue_breaths=bool(row[10]),
        oxygen=bool(row[11]),
        called_911=bool(row[12]),
        paramedics=bool(row[13]),
        outcome=row[14],
        aftercare_offered=bool(row[15]),
        debrief_offered=bool(row[16]),
        debrief_held=bool(row[17]),
        remark=remark or "",
        response_id=response_id,
    )
    hidden = row[19] is not None and remark is None
    return Response(draft, str(row[20]), int(row[21]), row[22], hidden, _addenda(vault, response_id))


def _addenda(vault: Vault, response_id: int) -> tuple[Addendum, ...]:
    rows = vault.conn.execute(
        "SELECT id, author_id, created_at, text_key_id, text_sealed, debrief_held FROM overdose_addenda"
        " WHERE response_id = ? ORDER BY id",
        (response_id,),
    ).fetchall()
    return tuple(
        Addendum(
            int(r[0]),
            int(r[1]),
            str(r[2]),
            sealed_text.unseal(vault, "overdose_addenda", int(r[0]), r[3], r[4]),
            r[4] is not None,
            bool(r[5]),
        )
        for r in rows
    )


@action(Permission.RECORD_OVERDOSES, audits=("overdose.addendum_added",))
def add_addendum(vault: Vault, response_id: int, text: str) -> int:
    """A correction beneath a signed response, sealed like a note; it can't be changed afterwards.

    Written by those who may read the record and who hold the notes key (the words carry health
    detail); a front-desk responder asks a counsellor or the coordinator."""
    words = text.strip()
    if not words:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Write the correction before saving the addendum."))
    if len(words) > MAX_REMARK:
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "An addendum can be at most {MAX_REMARK:,} characters."),
                MAX_REMARK=MAX_REMARK,
            )
        )
    if not vault.can(Permission.READ_NOTES):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "Only counsellors and the coordinator can add an addendum. Ask one of them.")
        )
    with vault.transaction() as conn:
        row = _readable_signed(vault, response_id)
        cursor = conn.execute(
            "INSERT INTO overdose_addenda (id, response_id, author_id, created_at) VALUES (?, ?, ?, ?)",
            (new_id(conn, "overdose_addenda"), response_id, vault.user.id, now_iso()),
        )
        addendum_id = int(cursor.lastrowid or 0)
        sealed_text.store(vault, "overdose_addenda", addendum_id, "text", words)
        vault.audit("overdose.addendum_added", "overdose", response_id, addendum=addendum_id, client_id=row[2])
    return addendum_id


def _readable_signed(vault: Vault, response_id: int) -> tuple[Any, ...]:
    row = vault.conn.execute(
        "SELECT status, author_id, client_id FROM overdose_responses WHERE id = ?", (response_id,)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That overdose response no longer exists."))
    if row[0] != SIGNED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Only a signed response takes addenda; a draft can still be edited.")
        )
    if not _may_read(vault, response_id, row[0], row[1]):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "Only the responders, counsellors and the coordinator can correct this response.")
        )
    return tuple(row)


@action(Permission.RECORD_OVERDOSES, audits=("overdose.debrief_recorded",))
def record_debrief_held(vault: Vault, response_id: int) -> int:
    """The staff debrief was held after the response was signed: an addendum with no words, which any
    responder may add (nothing sealed to write), counted in the report as a debrief held."""
    with vault.transaction() as conn:
        row = _readable_signed(vault, response_id)
        cursor = conn.execute(
            "INSERT INTO overdose_addenda (id, response_id, author_id, debrief_held, created_at)"
            " VALUES (?, ?, ?, 1, ?)",
            (new_id(conn, "overdose_addenda"), response_id, vault.user.id, now_iso()),
        )
        addendum_id = int(cursor.lastrowid or 0)
        vault.audit("overdose.debrief_recorded", "overdose", response_id, addendum=addendum_id, client_id=row[2])
    return addendum_id


@action(Permission.RECORD_OVERDOSES)
def list_responses(vault: Vault, limit: int = 500) -> list[ResponseLine]:
    """Signed responses newest first, and my own drafts: details where this session may read them."""
    rows = vault.conn.execute(
        "SELECT r.id, r.occurred_at, r.status, r.author_id, r.place, r.outcome, r.naloxone_doses, r.called_911,"
        " EXISTS (SELECT 1 FROM overdose_responders x WHERE x.response_id = r.id AND x.staff_id = ?)"
        " FROM overdose_responses r WHERE r.status = ? OR r.author_id = ?"
        " ORDER BY r.occurred_at DESC, r.id DESC LIMIT ?",
        (vault.user.id, SIGNED, vault.user.id, limit),
    ).fetchall()
    clinical = vault.can(Permission.READ_OVERDOSES)
    lines = []
    for r in rows:
        mine = r[3] == vault.user.id or bool(r[8])
        if mine or clinical:
            lines.append(ResponseLine(r[0], r[1], r[2], True, r[4], r[5], int(r[6]), bool(r[7]), mine))
        else:
            lines.append(ResponseLine(r[0], r[1], r[2], False))
    return lines


@action(SIGNED_IN)
def my_drafts(vault: Vault) -> list[ResponseLine]:
    """Drafts I left unsigned (the lock or a power cut came first); offered back at sign-in."""
    if not vault.can(Permission.RECORD_OVERDOSES):
        return []
    rows = vault.conn.execute(
        "SELECT id, occurred_at FROM overdose_responses WHERE status = ? AND author_id = ? ORDER BY id",
        (DRAFT, vault.user.id),
    ).fetchall()
    return [ResponseLine(int(r[0]), str(r[1]), DRAFT, True, mine=True) for r in rows]


def move_responses(vault: Vault, from_client: int, to_client: int) -> int:
    """A merge (clients.merge_clients, through linked_records): the responses follow the kept record."""
    cursor = vault.conn.execute(
        "UPDATE overdose_responses SET client_id = ? WHERE client_id = ?", (to_client, from_client)
    )
    return int(cursor.rowcount)


def unlink_responses_of(vault: Vault, client_id: int) -> int:
    """An erasure on request: each response stays (and counts) as one for someone anonymous."""
    cursor = vault.conn.execute("UPDATE overdose_responses SET client_id = NULL WHERE client_id = ?", (client_id,))
    return int(cursor.rowcount)
