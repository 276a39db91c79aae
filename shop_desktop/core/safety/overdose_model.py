"""What an overdose response is: places, signs, routes and outcomes, the limits, and the records
of a draft, an addendum, a signed response and a list line."""

from __future__ import annotations

from dataclasses import dataclass, field

PLACES = {
    "washroom": "Washroom",
    "safe_suite": "Safe Suite",
    "drop_in": "Drop-in room",
    "outside": "Outside the centre",
    "outreach": "On outreach",
}


SIGNS = {
    "unresponsive": "Unresponsive",
    "not_breathing": "Not breathing",
    "slow_breathing": "Slow or shallow breathing",
    "blue_lips": "Blue or grey lips or nails",
    "snoring": "Snoring or gurgling",
    "pinpoint_pupils": "Pinpoint pupils",
    "seizure": "Seizure",
    "other": "Something else",
}


ROUTES = {"intranasal": "Intranasal", "intramuscular": "Intramuscular", "both": "Both"}


OUTCOMES = {
    "recovered": "Recovered on site",
    "transported": "Transported to hospital",
    "refused_transport": "Refused transport",
    "died": "Died",
}


MAX_DOSES = 20


MAX_REMARK = 4_000


LATE_ENTRY_DAYS = 92


DRAFT, SIGNED = "draft", "signed"


@dataclass(frozen=True)
class ResponseDraft:
    """What the entry dialog holds; every field may still be empty in a draft."""

    occurred_at: str  # "YYYY-MM-DDTHH:MM", local time
    place: str | None = None
    area_id: int | None = None  # the outreach area, when place is "outreach"
    client_id: int | None = None  # None: someone anonymous (with optional age band and gender)
    gender: str | None = None
    age_band: str | None = None
    signs: tuple[str, ...] = ()
    responders: tuple[int, ...] = ()  # staff ids
    naloxone_doses: int = 0
    naloxone_route: str | None = None
    rescue_breaths: bool = False
    oxygen: bool = False
    called_911: bool = False
    paramedics: bool = False
    outcome: str | None = None
    aftercare_offered: bool = False
    debrief_offered: bool = False
    debrief_held: bool = False
    remark: str = ""  # sealed; clinical sessions only
    response_id: int | None = None


@dataclass(frozen=True)
class Addendum:
    id: int
    author_id: int
    created_at: str
    text: str | None  # None when this session may not read it (or there was none)
    has_text: bool
    debrief_held: bool = False  # "the staff debrief was held", recorded after signing


@dataclass(frozen=True)
class Response:
    draft: ResponseDraft
    status: str
    author_id: int
    signed_at: str | None
    remark_hidden: bool  # a remark is there, sealed from this session
    addenda: tuple[Addendum, ...] = field(default=())

    @property
    def id(self) -> int:
        return int(self.draft.response_id or 0)


@dataclass(frozen=True)
class ResponseLine:
    """One line of the list. `readable` False: only that a response happened, and when."""

    id: int
    occurred_at: str
    status: str
    readable: bool
    place: str | None = None
    outcome: str | None = None
    naloxone_doses: int = 0
    called_911: bool = False
    mine: bool = False
