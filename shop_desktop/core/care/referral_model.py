"""What a referral is: agency categories, priorities, statuses and limits, and the records of an
agency, a referral, a follow-up and the slip's contents."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES: dict[str, str] = {
    "health_clinic": "Health authority clinic",
    "housing": "Housing",
    "shelter": "Shelter",
    "legal_aid": "Legal aid",
    "victim_services": "Victim services",
    "detox_treatment": "Detox and treatment",
    "income_assistance": "Income assistance",
    "indigenous_led": "Indigenous-led services",
    "other": "Other",
}


PRIORITIES: dict[str, str] = {"emergency": "Emergency", "urgent": "Urgent", "routine": "Routine"}


# When to check back, by priority, unless the worker picks another day.
FOLLOW_UP_AFTER = {"emergency": 1, "urgent": 3, "routine": 14}


MADE, ATTENDED, NOT_ATTENDED, DECLINED, NOT_NEEDED = "made", "attended", "not_attended", "declined", "no_longer_needed"


STATUSES: dict[str, str] = {
    MADE: "Made, waiting to hear",
    ATTENDED: "Attended",
    NOT_ATTENDED: "Did not attend",
    DECLINED: "Declined",
    NOT_NEEDED: "No longer needed",
}


LATE_ENTRY_DAYS = 92


SOON_DAYS = 7


OVERDUE, DUE, SOON = "overdue", "due", "soon"


AGENCY_LIMITS = {
    "name": 120,
    "address": 300,
    "phone": 40,
    "hours": 200,
    "contact_person": 120,
    "what_to_bring": 500,
    "remarks": 2_000,
}


AGENCY_WORDS = {
    "name": "The agency's name",
    "address": "The address",
    "phone": "The phone number",
    "hours": "The hours",
    "contact_person": "The contact person",
    "what_to_bring": "What to bring",
    "remarks": "The remarks",
}


REASON_LIMIT, SERVICES_LIMIT, OUTCOME_LIMIT = 500, 300, 1_000


@dataclass(frozen=True)
class AgencyDetails:
    """What the agency form edits; name and category are required."""

    name: str
    category: str = "other"
    address: str | None = None
    phone: str | None = None
    hours: str | None = None
    contact_person: str | None = None
    what_to_bring: str | None = None
    remarks: str | None = None


@dataclass(frozen=True)
class Agency:
    id: int
    details: AgencyDetails
    active: bool

    @property
    def name(self) -> str:
        return self.details.name

    @property
    def category_label(self) -> str:
        return CATEGORIES.get(self.details.category, self.details.category)


@dataclass(frozen=True)
class ReferralRequest:
    """What the referral form sends. referred_on defaults to today, follow_up_on to the priority's."""

    client_id: int
    agency_id: int
    reason: str
    priority: str = "routine"
    services_requested: str = ""
    alias_consent: bool = False
    referred_on: str = ""
    follow_up_on: str | None = None


@dataclass(frozen=True)
class Referral:
    id: int
    number: str
    client_id: int | None
    client_code: str | None
    client_alias: str | None
    agency_id: int
    agency_name: str
    agency_category: str
    priority: str
    reason: str
    services_requested: str
    referred_on: str
    staff_id: int
    staff_name: str
    alias_consent: bool
    follow_up_on: str | None
    status: str
    outcome: str | None

    @property
    def client_label(self) -> str:
        if self.client_code is None:
            return "Client erased on request"
        return f"{self.client_alias} ({self.client_code})" if self.client_alias else self.client_code

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def priority_label(self) -> str:
        return PRIORITIES.get(self.priority, self.priority)


@dataclass(frozen=True)
class FollowUp:
    referral: Referral
    state: str  # OVERDUE, DUE (today) or SOON (within SOON_DAYS)
    days: int  # from today to the follow-up day; negative when overdue


@dataclass(frozen=True)
class ReferralSlip:
    """Everything printed on a slip, and nothing else."""

    number: str
    referred_on: str
    centre_name: str
    centre_address: str
    centre_phone: str
    agency_name: str
    agency_address: str
    agency_phone: str
    agency_hours: str
    reason: str
    services_requested: str
    client_label: str  # the alias when the client agreed, otherwise the client code
    shows_alias: bool
    staff_first_name: str
    consent_wording: str
