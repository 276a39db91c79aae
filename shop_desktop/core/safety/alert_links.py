"""The clinical-only follow-up link from an aggressor alert to the reporting worker's client record.

Kept apart from alerts.py on purpose: the lookup, the sheet and exports never import this module,
and the link never appears on an alert. The client id is sealed under the notes key (AES-GCM, bound
to the alert id), so only clinical accounts (READ_NOTES) can read or change it, even with the
database open. Merges and erasures reach it through linked_records.py.
"""

from __future__ import annotations

from shop_desktop.core.actions import action
from shop_desktop.core.desk import clients
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.alerts import get_alert
from shop_desktop.core.store import crypto
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.store.vault import Vault


def _link_ad(alert_id: int) -> bytes:
    return f"shop-alert-link|{alert_id}".encode()


@action(Permission.EDIT_ALERTS, audits=("alert.follow_up_linked", "alert.follow_up_unlinked"))
def set_follow_up(vault: Vault, alert_id: int, client_id: int | None) -> None:
    """Link the alert to the reporting worker's client record, or remove the link (None).

    The client id is sealed under the notes key; the audit entry names the alert only, so the
    audit trail (which admins read) does not say who reported it."""
    vault.require(Permission.READ_NOTES)
    get_alert(vault, alert_id)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM alert_links WHERE alert_id = ?", (alert_id,))
        if client_id is not None:
            if clients.get_client(vault, client_id).status not in (clients.ACTIVE, clients.ARCHIVED):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("core", "That client record was merged or erased. Choose the record in use.")
                )
            _write_link(vault, alert_id, client_id)
        vault.audit(
            "alert.follow_up_linked" if client_id is not None else "alert.follow_up_unlinked", "alert", alert_id
        )


def _write_link(vault: Vault, alert_id: int, client_id: int) -> None:
    key_id, key = vault.notes_key()
    sealed = crypto.seal(key, str(client_id).encode(), _link_ad(alert_id))
    vault.conn.execute(
        "INSERT INTO alert_links (alert_id, key_id, sealed, linked_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(alert_id) DO UPDATE SET key_id = excluded.key_id, sealed = excluded.sealed",
        (alert_id, key_id, sealed, now_iso()),
    )


def _links(vault: Vault, alert_id: int | None = None) -> dict[int, int]:
    """{alert id: client id} for the links this session's notes keys open (others are skipped)."""
    # One cipher per key, not per link: making one cost ~0.4 ms, 70 ms of each client history.
    ciphers = {key_id: crypto.AESGCM(key) for key_id, key in vault.all_notes_keys.items()}
    where = "" if alert_id is None else " WHERE alert_id = ?"
    found: dict[int, int] = {}
    for linked, key_id, sealed in vault.conn.execute(
        f"SELECT alert_id, key_id, sealed FROM alert_links{where}", () if alert_id is None else (alert_id,)
    ):
        if key_id in ciphers:
            try:
                found[int(linked)] = int(crypto.open_sealed_with(ciphers[key_id], sealed, _link_ad(int(linked))))
            except (crypto.DecryptionFailed, ValueError):
                continue
    return found


@action(Permission.READ_NOTES)
def follow_up_client(vault: Vault, alert_id: int) -> clients.ClientMatch | None:
    """The linked client, following merges; None if there is none or the person was erased."""
    client_id = _links(vault, alert_id).get(alert_id)
    for _ in range(20):
        if client_id is None:
            return None
        row = vault.conn.execute(
            "SELECT code, alias, pronouns, last_visit_at, status, merged_into FROM clients WHERE id = ?", (client_id,)
        ).fetchone()
        if row is None or row[4] == clients.PURGED:
            return None
        if row[4] != clients.MERGED:
            return clients.ClientMatch(client_id, row[0], row[1] or "", row[2], row[3])
        client_id = row[5]  # merged: follow it to the record kept
    return None


def alerts_linked_to(vault: Vault, client_id: int) -> list[tuple[int, str, str]]:
    """(alert id, reference, reported on) of the alerts this client reported and asked follow-up for.

    Clinical staff only, like the link itself; for the client's history."""
    vault.require(Permission.READ_NOTES)
    linked = [alert_id for alert_id, linked_client in _links(vault).items() if linked_client == client_id]
    if not linked:
        return []
    marks = ",".join("?" * len(linked))
    rows = vault.conn.execute(f"SELECT id, reference, reported_on FROM alerts WHERE id IN ({marks})", linked)
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def move_links(vault: Vault, from_client: int, to_client: int) -> int:
    """Two records of one person merged: links move to the kept record (a link this session can't
    open still finds its way there, as follow_up_client follows the merge)."""
    vault.require(Permission.MERGE_CLIENTS)  # only as part of a merge or an erase
    if not vault.has_notes_key:
        return 0
    moving = [a for a, c in _links(vault).items() if c == from_client]
    with vault.transaction():
        for alert_id in moving:
            _write_link(vault, alert_id, to_client)
    return len(moving)


def erase_links_of(vault: Vault, client_id: int) -> int:
    """The person asked to be forgotten: their follow-up links go; the alerts stay (they hold no
    reporter), so other workers stay warned. A link sealed under a notes key this account was never
    given stays, pointing at an erased record that shows nothing."""
    vault.require(Permission.PURGE_CLIENTS)  # only as part of a merge or an erase
    if not vault.has_notes_key:
        return 0
    gone = [a for a, c in _links(vault).items() if c == client_id]
    with vault.transaction() as conn:
        conn.executemany("DELETE FROM alert_links WHERE alert_id = ?", [(a,) for a in gone])
    return len(gone)
