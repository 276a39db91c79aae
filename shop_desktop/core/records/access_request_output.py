"""What an access request's review and record are made of, and the pure steps that make them.

No vault here: `access_request` reads the client's file inside its actions (permission, conflict
rule, audit) and hands a `Prepared` record over; finding other people in it and applying the
reviewer's decisions is plain computing, so a screen runs it on a worker thread (with 5,000
clients in the registry and a long file it takes seconds, not the 100 ms the GUI thread may block).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from shop_desktop.core.records import access_request_severing as severing
from shop_desktop.core.records.access_request_record import Passage, Section, passages

DUE_DAYS = 30
OPEN, REVIEWED, ANSWERED, WITHDRAWN = "open", "reviewed", "answered", "withdrawn"
STATUS_WORDS = {
    OPEN: "Waiting for review",
    REVIEWED: "Reviewed, ready to give",
    ANSWERED: "Answered",
    WITHDRAWN: "Withdrawn",
}
MAX_CORRECTION = 4_000


@dataclass(frozen=True)
class AccessRequest:
    id: int
    client_id: int
    client_code: str
    client_alias: str
    received_on: str
    due_on: str
    status: str
    reviewed_at: str | None
    answered_on: str | None

    @property
    def status_words(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)

    def days_left(self, today: date | None = None) -> int:
        return (date.fromisoformat(self.due_on) - (today or date.today())).days


@dataclass(frozen=True)
class Decision:
    """The reviewer's word on one proposal: sever `text` (the found text, or changed), or keep it."""

    key: str
    sever: bool
    text: str
    ground: str = severing.OTHER_PERSON


@dataclass(frozen=True)
class ExtraCut:
    """Something more the reviewer severs in one passage (every place it occurs there)."""

    location: str
    text: str
    ground: str
    reason: str


@dataclass(frozen=True)
class ReviewItem:
    proposal: severing.Proposal
    where: str  # "Counselling notes › Counselling session, 2026-03-02 10:00 › Note"
    context: str  # the words around it, for the reviewer's eyes only
    decision: Decision | None


@dataclass(frozen=True)
class PassagePlace:
    location: str
    where: str
    text: str


@dataclass(frozen=True)
class Review:
    request: AccessRequest
    items: tuple[ReviewItem, ...]
    places: tuple[PassagePlace, ...]
    extra: tuple[ExtraCut, ...]


@dataclass(frozen=True)
class Severed:
    """Where something was severed in the record given, and why (the output lists every one)."""

    section: str
    entry: str
    field: str
    ground: str
    ground_words: str
    count: int


@dataclass(frozen=True)
class RecordEntry:
    title: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RecordSection:
    key: str
    title: str
    intro: str
    entries: tuple[RecordEntry, ...]


@dataclass(frozen=True)
class AccessRecord:
    """What the person is given, as the PDF prints it and the JSON file holds it."""

    centre_name: str
    centre_address: str
    made_on: str
    made_by: str
    client: str
    request_received: str
    request_due: str
    sections: tuple[RecordSection, ...]
    severed: tuple[Severed, ...]
    grounds: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> str:
        return json.dumps(_plain(self), ensure_ascii=False, indent=2)


def _plain(record: AccessRecord) -> dict[str, Any]:
    return {
        "centre": {"name": record.centre_name, "address": record.centre_address},
        "made_on": record.made_on,
        "made_by": record.made_by,
        "client": record.client,
        "request": {"received_on": record.request_received, "due_on": record.request_due},
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "intro": s.intro,
                "entries": [
                    {"title": e.title, "fields": [{"label": k, "value": v} for k, v in e.fields]} for e in s.entries
                ],
            }
            for s in record.sections
        ],
        "severed": [s.__dict__ for s in record.severed],
        "grounds": record.grounds,
    }


@dataclass(frozen=True)
class Prepared:
    """One client's file as read for a request, still unsevered: only ever in memory."""

    request: AccessRequest
    sections: tuple[Section, ...]
    people: tuple[severing.Person, ...]  # every other client in the registry
    decisions: dict[str, Decision]
    extra: tuple[ExtraCut, ...]
    centre_name: str = ""
    centre_address: str = ""
    made_by: str = ""


def review_of(prepared: Prepared) -> Review:
    """Each proposal with the words around it and the decision already saved, if any."""
    sections = list(prepared.sections)
    places = _places(sections)
    finder = severing.Finder(prepared.people)
    items = tuple(
        ReviewItem(
            p,
            places[p.location].where,
            _context(places[p.location].text, p.start, p.end),
            prepared.decisions.get(p.key),
        )
        for p in _proposals(finder, sections)
    )
    return Review(prepared.request, items, tuple(places.values()), prepared.extra)


def proposal_keys(prepared: Prepared) -> set[str]:
    return {p.key for p in _proposals(severing.Finder(prepared.people), list(prepared.sections))}


def sever_record(prepared: Prepared) -> AccessRecord:
    """The person's record with the reviewer's decisions applied (and anything undecided severed)."""
    finder = severing.Finder(prepared.people)
    made, listed = _severed_sections(list(prepared.sections), finder, prepared.decisions, list(prepared.extra))
    request = prepared.request
    return AccessRecord(
        centre_name=prepared.centre_name,
        centre_address=prepared.centre_address,
        made_on=date.today().isoformat(),
        made_by=prepared.made_by,
        client=f"{request.client_alias} ({request.client_code})",
        request_received=request.received_on,
        request_due=request.due_on,
        sections=made,
        severed=listed,
        grounds={g: severing.GROUNDS[g] for g in sorted({s.ground for s in listed})},
    )


def _places(sections: list[Section]) -> dict[str, PassagePlace]:
    return {
        value.location: PassagePlace(value.location, f"{s.title} › {e.title} › {label}", value.text)
        for s in sections
        for e in s.entries
        for label, value in e.fields
        if isinstance(value, Passage)
    }


def _proposals(finder: severing.Finder, sections: list[Section]) -> list[severing.Proposal]:
    found: list[severing.Proposal] = []
    for passage in passages(sections):
        found += finder.find(passage.location, passage.text, passage.extra, passage.extra_why)
    return found


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return (
        ("…" if start > width else "")
        + f"{before}[{text[start:end]}]{after}"
        + ("…" if end + width < len(text) else "")
    )


def _cuts_for(
    passage: Passage, proposals: list[severing.Proposal], decisions: dict[str, Decision], extra: list[ExtraCut]
) -> list[severing.Cut]:
    """A proposal nobody decided on (the record changed after the review) is severed: safe first."""
    cuts: list[severing.Cut] = []
    for p in proposals:
        decision = decisions.get(p.key)
        if decision is not None and not decision.sever:
            continue
        ground = decision.ground if decision else p.ground
        span = (p.start, p.end)
        if decision and decision.text.strip() and decision.text.strip() != p.found:
            span = severing.locate(passage.text, decision.text, p.start) or span
            if not span[0] <= p.start < span[1]:
                span = (min(span[0], p.start), max(span[1], p.end))  # a changed cut still covers the name
        cuts.append(severing.Cut(passage.location, span[0], span[1], ground))
    for cut in extra:
        if cut.location == passage.location:
            cuts += [
                severing.Cut(cut.location, a, b, cut.ground, cut.reason)
                for a, b in severing.every_place(passage.text, cut.text)
            ]
    return cuts


def _severed_sections(
    sections: list[Section], finder: severing.Finder, decisions: dict[str, Decision], extra: list[ExtraCut]
) -> tuple[tuple[RecordSection, ...], tuple[Severed, ...]]:
    listed: list[Severed] = []
    out: list[RecordSection] = []
    for s in sections:
        entries = []
        for e in s.entries:
            fields = []
            for label, value in e.fields:
                if isinstance(value, Passage):
                    proposals = finder.find(value.location, value.text, value.extra, value.extra_why)
                    text, made = severing.apply_cuts(value.text, _cuts_for(value, proposals, decisions, extra))
                    listed += _listing(s.title, e.title, label, made)
                    value = text
                fields.append((label, value))
            entries.append(RecordEntry(e.title, tuple(fields)))
        out.append(RecordSection(s.key, s.title, s.intro, tuple(entries)))
    return tuple(out), tuple(listed)


def _listing(section: str, entry: str, label: str, cuts: list[severing.Cut]) -> list[Severed]:
    counts: dict[str, int] = {}
    for cut in cuts:
        counts[cut.ground] = counts.get(cut.ground, 0) + 1
    return [Severed(section, entry, label, g, severing.GROUNDS[g], n) for g, n in sorted(counts.items())]
