"""The lists the overdose entry dialog chooses from: staff who responded, street outreach areas, and
the client (found by alias or code). Reads only, for anyone who records responses."""

from __future__ import annotations

from shop_desktop.core.actions import action
from shop_desktop.core.desk import clients
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.vault import Vault


@action(Permission.RECORD_OVERDOSES)
def find_person(vault: Vault, typed: str) -> tuple[int, str, str] | None:
    """The first client matching an alias or code typed in the entry dialog: (id, alias, code)."""
    found = clients.search(vault, typed, limit=1) if typed.strip() else []
    return (found[0].id, found[0].alias, found[0].code) if found else None


@action(Permission.RECORD_OVERDOSES)
def person_code(vault: Vault, client_id: int) -> str:
    """A draft's client, shown again by code when the draft is continued."""
    return clients.get_client(vault, client_id).code


@action(Permission.RECORD_OVERDOSES)
def responder_choices(vault: Vault) -> list[tuple[int, str]]:
    """Active staff accounts, by name, to tick who responded."""
    rows = vault.conn.execute(
        "SELECT id, display_name FROM staff WHERE active = 1 ORDER BY display_name COLLATE NOCASE"
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


@action(Permission.RECORD_OVERDOSES)
def area_choices(vault: Vault) -> list[tuple[int, str]]:
    """The street outreach areas (the outreach log's own list)."""
    rows = vault.conn.execute(
        "SELECT id, name FROM outreach_areas WHERE active = 1 AND kind = 'street' ORDER BY sort_order, name"
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]
