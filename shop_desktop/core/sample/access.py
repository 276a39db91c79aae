"""One open access request in the demo vault, so a newcomer sees the screen with something to do.

Logged through the core action as the coordinator (the demo's first account), for a client with
notes and visits, received a few days ago: waiting for the clinical review.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from shop_desktop.core.records import access_request
from shop_desktop.core.store.vault import Vault


def populate_access_requests(vault: Vault, rng: random.Random) -> int | None:
    """The request's id, or None when the demo has no client with a note to ask about."""
    rows = vault.conn.execute(
        "SELECT DISTINCT n.client_id FROM notes n JOIN clients c ON c.id = n.client_id"
        " WHERE c.status = 'active' AND n.status = 'signed' ORDER BY n.client_id LIMIT 50"
    ).fetchall()
    if not rows:
        rows = vault.conn.execute("SELECT id FROM clients WHERE status = 'active' ORDER BY id LIMIT 50").fetchall()
    if not rows:
        return None
    client_id = int(rng.choice(rows)[0])
    received = date.today() - timedelta(days=rng.randint(3, 9))
    return access_request.log_request(vault, client_id, received).id
