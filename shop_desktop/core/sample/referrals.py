"""Synthetic partner agencies and referrals for the demo vault.

The agencies are invented but shaped like a Canadian centre's real partners; their phone
numbers are in 555-01xx, which is never given to a real line. Older referrals mostly have an
outcome; recent ones are still waiting, a few of them past their follow-up day.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import accumulate

from shop_desktop.core import settings
from shop_desktop.core.care import referrals
from shop_desktop.core.care.referrals import MADE, AgencyDetails
from shop_desktop.core.roles import Role
from shop_desktop.core.sample.frontdesk import bulk_insert
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault, select_staff

DEMO_PHONE = "250-555-0100"
WEEKDAYS = "Mon–Fri 8:30–16:30"
AGENCIES: tuple[AgencyDetails, ...] = (
    AgencyDetails(
        "Harbourside Community Health Clinic",
        "health_clinic",
        "1020 Harbour Road, Victoria BC V8W 2A1",
        "250-555-0110",
        WEEKDAYS + "; walk-in Tue and Thu evenings",
        "Intake nurse",
        "Health card if you have one (not required)",
        "Health authority clinic; sex-worker friendly",
    ),
    AgencyDetails(
        "Pandora Sexual Health Clinic",
        "health_clinic",
        "745 Pandora Avenue, Victoria BC V8W 1N9",
        "250-555-0111",
        "Mon, Wed, Fri 10:00–18:00",
        "Dr. Amrit Sandhu",
        None,
        "STI testing, birth control, PrEP",
    ),
    AgencyDetails(
        "Tk'emlúps te Secwépemc Health",
        "indigenous_led",
        "330 Chief Alex Thomas Way, Kamloops BC",
        "250-555-0120",
        WEEKDAYS,
        "Community health worker",
        "Status card if you have one",
        "Elders on Wednesdays; transport help for appointments",
    ),
    AgencyDetails(
        "Lək̓ʷəŋən Family Wellness Centre",
        "indigenous_led",
        "1500 Songhees Way, Victoria BC",
        "250-555-0121",
        "Mon–Thu 9:00–16:00",
        "Wellness coordinator",
        None,
        "Cultural supports, counselling, smudge room",
    ),
    AgencyDetails(
        "Métis Family Services",
        "indigenous_led",
        "212 Gorge Road East, Victoria BC",
        "250-555-0122",
        WEEKDAYS,
        None,
        None,
        None,
    ),
    AgencyDetails(
        "Pacific Housing Registry",
        "housing",
        "900 Yates Street, 2nd floor, Victoria BC",
        "250-555-0130",
        "Mon–Fri 9:00–15:00",
        "Housing outreach worker",
        "Photo ID, proof of income if any",
        "Waitlist for supportive housing",
    ),
    AgencyDetails(
        "Safe Harbour Women's Shelter",
        "shelter",
        "Location shared by phone only",
        "250-555-0140",
        "24 hours",
        "Shift lead",
        None,
        "Women and gender-diverse adults; call first",
    ),
    AgencyDetails(
        "Rainbow Youth Emergency Shelter",
        "shelter",
        "Location shared by phone only",
        "250-555-0141",
        "24 hours",
        None,
        None,
        "Ages 16–24, 2SLGBTQIA+ affirming",
    ),
    AgencyDetails(
        "Community Legal Aid Clinic",
        "legal_aid",
        "818 Broughton Street, Victoria BC",
        "250-555-0150",
        "Tue and Thu 13:00–16:00, by appointment",
        "Duty counsel",
        "Any court papers you have",
        "Criminal, family and tenancy matters",
    ),
    AgencyDetails(
        "Sex Workers' Rights Legal Project",
        "legal_aid",
        "Drop-in at the centre, first Monday",
        "250-555-0151",
        "First Monday of the month 12:00–15:00",
        None,
        None,
        None,
    ),
    AgencyDetails(
        "Victim Services — Downtown",
        "victim_services",
        "850 Caledonia Avenue, Victoria BC",
        "250-555-0160",
        "Mon–Fri 8:00–20:00",
        "Victim support worker",
        None,
        "Court accompaniment; help reporting a bad date, only if the client wants",
    ),
    AgencyDetails(
        "Sexual Assault Response Team",
        "victim_services",
        "Through the hospital emergency department",
        "250-555-0161",
        "24 hours",
        None,
        None,
        "Forensic exam within 7 days; no police report needed",
    ),
    AgencyDetails(
        "Pathways Withdrawal Management (Detox)",
        "detox_treatment",
        "1125 Pembroke Street, Victoria BC",
        "250-555-0170",
        "Intake line Mon–Fri 8:00–12:00",
        "Intake worker",
        "Medications you take",
        "Call the intake line each morning for a bed",
    ),
    AgencyDetails(
        "Cedar Grove Treatment Centre",
        "detox_treatment",
        "4400 West Saanich Road, Saanich BC",
        "250-555-0171",
        WEEKDAYS,
        None,
        "Referral form from the centre",
        "28-day program; women's stream",
    ),
    AgencyDetails(
        "Income Assistance Office",
        "income_assistance",
        "1011 Fort Street, Victoria BC",
        "250-555-0180",
        "Mon–Fri 8:30–16:00",
        None,
        "Photo ID, SIN, bank statement",
        "Provincial ministry office; ask for the crisis supplement",
    ),
)

NEEDS: dict[str, tuple[tuple[str, str], ...]] = {
    "health_clinic": (
        ("Sexual health check-up and STI testing.", "STI testing, birth control"),
        ("Wound that is not healing; wants it looked at.", "Wound care"),
        ("Wants to start PrEP.", "PrEP assessment"),
    ),
    "indigenous_led": (
        ("Would like culturally grounded support and to meet an Elder.", "Elder visit, counselling"),
        ("Looking for help reconnecting with family and community.", "Family support"),
    ),
    "housing": (
        ("Lost her room; needs a housing application.", "Housing application"),
        ("Rent going up; looking for something affordable.", "Housing waitlist"),
    ),
    "shelter": (("Needs a safe bed tonight.", "Emergency bed"), ("Leaving an unsafe place to stay.", "Shelter bed")),
    "legal_aid": (
        ("Court date coming up and no lawyer.", "Duty counsel"),
        ("Landlord trying to evict without notice.", "Tenancy advice"),
    ),
    "victim_services": (
        ("Support after a bad date on the weekend.", "Support worker, options for reporting"),
        ("Wants someone to go to court with them.", "Court accompaniment"),
    ),
    "detox_treatment": (
        ("Wants to stop using and needs a detox bed.", "Detox bed"),
        ("Asking about a treatment program after detox.", "Treatment intake"),
    ),
    "income_assistance": (
        ("Needs help applying for income assistance.", "Application, crisis supplement"),
        ("Cheque stopped; needs to sort it out.", "Help with the caseworker"),
    ),
}
PRIORITY_WEIGHTS = (("emergency", 8), ("urgent", 27), ("routine", 65))
OUTCOME_WEIGHTS = (("attended", 55), ("not_attended", 17), ("declined", 10), ("no_longer_needed", 8), (MADE, 10))
OUTCOMES = {
    "attended": "Went to the appointment.",
    "not_attended": "Missed it; will try again.",
    "declined": "Changed their mind.",
    "no_longer_needed": "Sorted out another way.",
}
REFERRING_ROLES = frozenset({Role.COUNSELLOR, Role.COORDINATOR, Role.FRONT_DESK, Role.OUTREACH})


REFERRAL_COLUMNS = (
    "number", "client_id", "agency_id", "priority", "reason", "services_requested", "referred_on", "staff_id",
    "alias_consent", "follow_up_on", "status", "outcome", "created_at", "updated_at",
)  # fmt: skip


def populate_referrals(vault: Vault, rng: random.Random, *, count: int, days: int) -> int:
    """The demo agencies, and `count` referrals of clients who visit, over the last `days` days."""
    if not settings.get(vault, "centre_phone"):
        settings.put(vault, "centre_phone", DEMO_PHONE)
    with vault.transaction():
        agency_ids = [referrals.write_agency(vault, details, None) for details in AGENCIES]
        vault.audit("demo.agencies_added", None, None, agencies=len(agency_ids))
    clients = [
        r[0]
        for r in vault.conn.execute(
            "SELECT client_id FROM visits WHERE client_id IS NOT NULL GROUP BY client_id ORDER BY count(*) DESC"
            " LIMIT 2000"
        ).fetchall()
    ]
    if count <= 0 or not clients:
        return 0
    plan = _Plan(vault, clients, dict(zip(agency_ids, (a.category for a in AGENCIES), strict=True)))
    rows = sorted((plan.referral(rng, days) for _ in range(count)), key=lambda row: str(row[5]))
    with vault.transaction():
        bulk_insert(vault, "referrals", REFERRAL_COLUMNS, _numbered(rows))
        vault.audit("demo.referrals_added", None, None, referrals=len(rows))
    return len(rows)


class _Plan:
    """Who refers whom: regular visitors are referred more often; staff who meet clients refer."""

    def __init__(self, vault: Vault, clients: list[int], categories: dict[int, str]) -> None:
        self.clients = clients
        self.cumulative = list(accumulate(1.0 / (rank + 1) ** 0.5 for rank in range(len(clients))))
        self.categories = categories
        self.staff = [m.id for m in select_staff(vault.conn) if m.roles & REFERRING_ROLES] or [vault.user.id]
        self.alias_ok = {
            r[0]
            for r in vault.conn.execute(
                "SELECT client_id FROM consents c WHERE alias_on_slips = 1 AND withdrawn_on IS NULL"
                " AND id = (SELECT max(id) FROM consents WHERE client_id = c.client_id)"
            )
        }
        self.stamp = now_iso()

    def referral(self, rng: random.Random, days: int) -> tuple[object, ...]:
        client = rng.choices(self.clients, cum_weights=self.cumulative)[0]
        agency_id = rng.choice(list(self.categories))
        reason, services = rng.choice(NEEDS.get(self.categories[agency_id], NEEDS["health_clinic"]))
        priority = rng.choices([p for p, _ in PRIORITY_WEIGHTS], [w for _, w in PRIORITY_WEIGHTS])[0]
        age = rng.randrange(max(1, days))
        on = date.today() - timedelta(days=age)
        follow = referrals.suggested_follow_up(priority, on) + timedelta(days=rng.randint(0, 3))
        # recent referrals wait for news; a few from the last month are past their follow-up day
        outcomes = [(s, w) for s, w in OUTCOME_WEIGHTS if age < 30 or s != MADE]
        status = MADE if age < 10 else rng.choices([s for s, _ in outcomes], [w for _, w in outcomes])[0]
        alias = client in self.alias_ok and rng.random() < 0.8
        return (
            client,
            agency_id,
            priority,
            reason,
            services,
            on.isoformat(),
            rng.choice(self.staff),
            int(alias),
            follow.isoformat(),
            status,
            OUTCOMES.get(status),
            self.stamp,
            self.stamp,
        )


def _numbered(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """R-YEAR-NNNN numbers in date order, counting from 1 each year."""
    counters: dict[str, int] = {}
    numbered = []
    for row in rows:
        year = str(row[5])[:4]
        counters[year] = counters.get(year, 0) + 1
        numbered.append((f"R-{year}-{counters[year]:04d}", *row))
    return numbered
