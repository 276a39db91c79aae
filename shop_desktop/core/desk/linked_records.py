"""Records in other areas that point at a client, moved on a merge and erased on a purge.

Each area that links records to a client adds its mover and eraser here, so merge and
purge in clients.py never miss one.
"""

from __future__ import annotations

from collections.abc import Callable

from shop_desktop.core.roles import Permission
from shop_desktop.core.store.vault import Vault

Mover = Callable[[Vault, int, int], object]
Eraser = Callable[[Vault, int], object]


def _notes_move(vault: Vault, from_id: int, to_id: int) -> object:
    from shop_desktop.core.care import notes

    return notes.move_notes(vault, from_id, to_id)


def _notes_erase(vault: Vault, client_id: int) -> object:
    from shop_desktop.core.care import notes

    return notes.erase_notes_of(vault, client_id)


def _referrals_move(vault: Vault, from_id: int, to_id: int) -> object:
    from shop_desktop.core.care import referrals

    return referrals.move_referrals(vault, from_id, to_id)


def _referrals_erase(vault: Vault, client_id: int) -> object:
    from shop_desktop.core.care import referrals

    return referrals.erase_referrals_of(vault, client_id)


def _suite_move(vault: Vault, from_id: int, to_id: int) -> object:
    from shop_desktop.core.desk import suite

    return suite.move_stays(vault, from_id, to_id)


def _suite_erase(vault: Vault, client_id: int) -> object:
    from shop_desktop.core.desk import suite

    return suite.erase_stays_of(vault, client_id)


def _alert_links_move(vault: Vault, from_id: int, to_id: int) -> object:
    from shop_desktop.core.safety import alert_links

    return alert_links.move_links(vault, from_id, to_id)


def _alert_links_erase(vault: Vault, client_id: int) -> object:
    from shop_desktop.core.safety import alert_links

    return alert_links.erase_links_of(vault, client_id)


def _access_move(vault: Vault, from_id: int, to_id: int) -> object:
    from shop_desktop.core.records import access_request

    return access_request.move_requests(vault, from_id, to_id)


def _access_erase(vault: Vault, client_id: int) -> object:
    from shop_desktop.core.records import access_request

    return access_request.erase_requests_of(vault, client_id)


def _overdose_move(vault: Vault, from_id: int, to_id: int) -> object:
    from shop_desktop.core.safety import overdose

    return overdose.move_responses(vault, from_id, to_id)


def _overdose_erase(vault: Vault, client_id: int) -> object:
    from shop_desktop.core.safety import overdose

    return overdose.unlink_responses_of(vault, client_id)


def _shift_log_move(vault: Vault, from_id: int, to_id: int) -> object:
    from shop_desktop.core.safety import shift_log

    return shift_log.move_entries(vault, from_id, to_id)


def _shift_log_erase(vault: Vault, client_id: int) -> object:
    from shop_desktop.core.safety import shift_log

    return shift_log.erase_links_of(vault, client_id)


def _kept_text_erase(vault: Vault, client_id: int) -> object:
    """Restriction notes, lift and override reasons, keep-apart, staff-conflict and break-glass reasons:
    the rows stay (they are counted), the words staff typed about the person go."""
    from shop_desktop.core.records import retention_records

    retention_records.erase_kept_records_of(vault, client_id)
    return None


MOVERS: list[Mover] = [
    _notes_move,
    _referrals_move,
    _suite_move,
    _alert_links_move,
    _access_move,
    _overdose_move,
    _shift_log_move,
]
ERASERS: list[Eraser] = [
    _notes_erase,
    _referrals_erase,
    _suite_erase,
    _alert_links_erase,
    _access_erase,
    _overdose_erase,
    _shift_log_erase,
    _kept_text_erase,
]


def move_all(vault: Vault, from_id: int, to_id: int) -> None:
    """Called by clients.merge_clients; checked here too so no other caller can skip the rule."""
    vault.require(Permission.MERGE_CLIENTS)
    for mover in MOVERS:
        mover(vault, from_id, to_id)


def erase_all(vault: Vault, client_id: int) -> None:
    """Called by clients.purge_on_request; checked here too so no other caller can skip the rule."""
    vault.require(Permission.PURGE_CLIENTS)
    for eraser in ERASERS:
        eraser(vault, client_id)
