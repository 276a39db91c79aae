"""What an aggressor alert is: its kinds of harm, contact methods, statuses and field limits, the
Alert records, a lookup's match and the sheet's contents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

CATEGORIES: dict[str, str] = {
    "physical_assault": "Physical assault",
    "sexual_assault": "Sexual assault",
    "robbery": "Robbery",
    "threats": "Threats or intimidation",
    "extortion": "Extortion",
    "refused_to_pay": "Refused to pay",
    "removed_condom": "Removed condom",
    "drugged": "Drugged",
    "stalking": "Stalking",
    "other": "Other",
}


CONTACT_METHODS: dict[str, str] = {
    "street": "Street",
    "phone": "Phone",
    "online": "Online platform",
    "venue": "Venue",
    "other": "Other",
}


CONTACT_PHRASES = {
    "street": "met on the street",
    "phone": "contact by phone",
    "online": "met online",
    "venue": "met at a venue",
    "other": "other contact",
}


POLICE: dict[str, str] = {
    "not_said": "Not asked, or didn't say",
    "told": "Chose to tell police",
    "not_told": "Chose not to tell police",
}


ACTIVE, RESOLVED, ARCHIVED = "active", "resolved", "archived"


STATUSES: dict[str, str] = {ACTIVE: "Active", RESOLVED: "Resolved", ARCHIVED: "Archived"}


REF_CHARACTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no I, L, O, 0 or 1 to misread


SEARCH_LIMIT = 30


DESCRIPTION_FIELDS = ("gender", "age", "height", "build", "hair", "skin_tone", "marks", "clothing", "name_used")


VEHICLE_FIELDS = ("vehicle_colour", "vehicle_make", "vehicle_model", "plate")


LIMITS = {"narrative": 4_000, "location": 200, "phones": 300, "handles": 300, "marks": 300, "clothing": 300}


FIELD_WORDS = {
    "occurred_time": "The time",
    "location": "The area or location",
    "contact_where": "The platform or venue",
    "narrative": "What happened",
    "gender": "Gender",
    "age": "Approximate age",
    "height": "Height",
    "build": "Build",
    "hair": "Hair",
    "skin_tone": "Skin tone",
    "marks": "Distinguishing marks",
    "clothing": "Clothing",
    "name_used": "The name or alias used",
    "vehicle_make": "The vehicle's make",
    "vehicle_model": "The vehicle's model",
    "vehicle_colour": "The vehicle's colour",
    "plate": "The plate",
    "phones": "The phone numbers",
    "handles": "The handles or emails",
}


@dataclass(frozen=True)
class AlertDetails:
    """What the report form edits. Only the date and at least one kind of harm are required."""

    occurred_on: str
    categories: tuple[str, ...]
    narrative: str = ""
    occurred_time: str | None = None  # "HH:MM" when known
    location: str | None = None
    contact_method: str = "street"
    contact_where: str | None = None  # the online platform or venue
    gender: str | None = None
    age: str | None = None
    height: str | None = None
    build: str | None = None
    hair: str | None = None
    skin_tone: str | None = None
    marks: str | None = None
    clothing: str | None = None
    name_used: str | None = None
    vehicle_make: str | None = None
    vehicle_model: str | None = None
    vehicle_colour: str | None = None
    plate: str | None = None  # full or partial, several separated by commas
    phones: str | None = None  # as typed, several separated by commas or lines
    handles: str | None = None  # online handles or emails
    police: str = "not_said"


@dataclass(frozen=True)
class Alert:
    """An alert as the lookup, the sheet and exports see it: no reporter, no client link."""

    id: int
    reference: str
    details: AlertDetails
    status: str
    reported_on: str
    updated_at: str

    @property
    def fresh_on(self) -> str:
        """The day the sheet window counts from: the incident or the report, whichever is later."""
        return max(self.details.occurred_on, self.reported_on)

    def on_sheet(self, today: date, days: int) -> bool:
        return self.status == ACTIVE and self.fresh_on >= (today - timedelta(days=days)).isoformat()

    def status_words(self, today: date, days: int) -> str:
        if self.status == ACTIVE and not self.on_sheet(today, days):
            return "Expired"  # older than the sheet's window: off the sheet, still searchable
        return STATUSES[self.status]


@dataclass(frozen=True)
class AlertMatch:
    """One lookup result: the alert, how well it matched (0 is best) and what matched, in words."""

    alert: Alert
    tier: int
    why: str


@dataclass(frozen=True)
class AlertSheet:
    """Everything the sheet prints, and nothing else: no reporter, no client, no staff name."""

    centre_name: str
    centre_phone: str
    made_on: date
    days: int
    alerts: tuple[Alert, ...]
