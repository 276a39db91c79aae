"""One-line factories for tests: clients and visits on a real vault."""

from __future__ import annotations

from datetime import datetime

from shop_desktop.core.desk import clients, visits
from shop_desktop.core.desk.clients import Client, ClientDetails, Consent
from shop_desktop.core.store.vault import Vault


def make_client(vault: Vault, alias: str = "Sofía", **details: object) -> Client:
    return clients.register_client(
        vault,
        ClientDetails(alias=alias, **details),  # type: ignore[arg-type]
        Consent(keep_record=True, alias_on_slips=True),
    )


def service_id(vault: Vault, name: str) -> int:
    return next(s.id for s in visits.service_catalog(vault) if s.name == name)


def make_visit(vault: Vault, client: Client | None, *names: str, at: datetime | None = None) -> int:
    chosen = {service_id(vault, n): 1 for n in (names or ("Meal",))}
    return visits.check_in(vault, client.id if client else None, chosen, at=at)
