"""What a counselling note is: its kinds and topic tags, limits, statuses, and the records a
clinical screen is given (header, note, draft, search hit); NoteDamaged when one can't be opened."""

from __future__ import annotations

from dataclasses import dataclass, field

from shop_desktop.core.errors import VaultError

NOTE_TYPES: dict[str, str] = {
    "counselling": "Counselling session",
    "crisis": "Crisis intervention",
    "case": "Case note",
    "safety_plan": "Safety plan",
}


TOPIC_TAGS: dict[str, str] = {
    "housing": "Housing",
    "violence": "Violence or assault",
    "health": "Health",
    "substance_use": "Substance use",
    "legal": "Legal",
    "income": "Income",
    "family": "Family",
    "mental_health": "Mental health",
    "work_safety": "Work safety",
}


SEALED_KIND = "counselling"  # what note_type holds once the real kind is sealed (the column must hold a kind)


MAX_BODY = 200_000


MAX_DURATION_MINUTES = 24 * 60


DRAFT, SIGNED, PURGED = "draft", "signed", "purged"


class NoteDamaged(VaultError):
    exit_code = 7

    def __init__(self, note_id: int) -> None:
        super().__init__(
            "This note is damaged and can't be shown. The rest of the client's record is fine; "
            "the coordinator can check a recent backup for a good copy."
        )
        self.note_id = note_id


@dataclass(frozen=True)
class NoteHeader:
    """What a clinical list shows before a note is opened (no body)."""

    id: int
    client_id: int
    note_type: str
    occurred_at: str
    author_id: int
    status: str
    addendum_to: int | None

    @property
    def type_label(self) -> str:
        return NOTE_TYPES.get(self.note_type, self.note_type)


@dataclass(frozen=True)
class Note:
    id: int
    client_id: int
    note_type: str
    occurred_at: str
    duration_minutes: int | None
    author_id: int
    follow_up_date: str | None
    status: str
    tags: tuple[str, ...]
    body: str
    addendum_to: int | None
    signed_at: str | None
    version: int
    addenda: tuple[Note, ...] = field(default=())

    @property
    def is_signed(self) -> bool:
        return self.status == SIGNED

    @property
    def type_label(self) -> str:
        return NOTE_TYPES.get(self.note_type, self.note_type)


@dataclass(frozen=True)
class NoteDraft:
    """What the editor sends to save_draft; note_id is None for a new note."""

    client_id: int
    note_type: str
    body: str
    occurred_at: str = ""
    duration_minutes: int | None = None
    follow_up_date: str | None = None
    tags: tuple[str, ...] = ()
    note_id: int | None = None


@dataclass(frozen=True)
class SearchHit:
    header: NoteHeader
    snippet: str
