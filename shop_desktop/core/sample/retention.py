"""Former clients in the demo vault, last seen years ago, so a newcomer signing in as the coordinator
sees the retention review (core/records/retention.py) with something in it. Every person here is invented."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from shop_desktop.core.care import notes
from shop_desktop.core.desk import clients, visits
from shop_desktop.core.desk.clients import ClientDetails, Consent
from shop_desktop.core.store.vault import Vault

FORMER_NAMES = (
    "Marigold", "Juniper Lee", "Opal", "Saffron", "Wren T.", "Delphine", "Kestrel", "Lark",
    "Rosalind", "Tamsin", "Blue", "Ondine", "Fern K.", "Hazel Mae",
)  # fmt: skip


def populate_former_clients(
    vault: Vault, rng: random.Random, *, count: int = 12, today: date | None = None
) -> list[int]:
    """`count` clients registered 8 to 11 years ago whose last visit was more than 7 years ago."""
    if count <= 0:
        return []
    today = today or date.today()
    catalog = [s.id for s in visits.service_catalog(vault) if s.kind == "service"][:6]
    made = []
    for index in range(count):
        alias = f"{FORMER_NAMES[index % len(FORMER_NAMES)]} (former)"
        client = clients.register_client(vault, ClientDetails(alias=alias), Consent(keep_record=True))
        first = datetime.combine(today, datetime.min.time()) - timedelta(days=rng.randrange(8 * 365, 11 * 365))
        first = first.replace(hour=10)
        seen = [
            first + timedelta(days=n * rng.randint(7, 60), minutes=rng.randrange(480)) for n in range(rng.randint(1, 5))
        ]
        _old_visits(
            vault,
            client.id,
            [w for w in seen if (datetime.now() - w).days > 7 * 365 + 30] or [first],
            rng.choice(catalog),
        )
        if index % 4 == 0 and vault.has_notes_key:
            body = "Talked about housing; follow-up at the drop-in."
            notes.sign_note(vault, notes.NoteDraft(client.id, "case", body, first.isoformat(timespec="minutes")))
        with vault.transaction() as conn:  # registered back then, not today
            conn.execute("UPDATE clients SET created_at = ? WHERE id = ?", (first.isoformat(), client.id))
            conn.execute("UPDATE consents SET given_on = ? WHERE client_id = ?", (first.date().isoformat(), client.id))
        made.append(client.id)
    return made


def _old_visits(vault: Vault, client_id: int, times: list[datetime], service_id: int) -> None:
    """Visits from years ago (check_in takes late entries of a few months only), as the demo's front desk does."""
    with vault.transaction() as conn:
        for when in times:
            cursor = conn.execute(
                "INSERT INTO visits (client_id, at, day, staff_id, created_at) VALUES (?, ?, ?, ?, ?)",
                (
                    client_id,
                    when.isoformat(timespec="minutes"),
                    when.date().isoformat(),
                    vault.user.id,
                    when.isoformat(),
                ),
            )
            conn.execute(
                "INSERT INTO visit_services (visit_id, service_id, quantity) VALUES (?, ?, 1)",
                (cursor.lastrowid, service_id),
            )
        conn.execute(
            "UPDATE clients SET first_visit = ?, last_visit_at = ? WHERE id = ?",
            (min(times).date().isoformat(), max(times).isoformat(timespec="minutes"), client_id),
        )
