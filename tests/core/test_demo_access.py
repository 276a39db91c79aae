"""The demo vault has one access request waiting for review, and it can be reviewed and given."""

from __future__ import annotations

from pathlib import Path

from shop_desktop.core.records import access_request
from shop_desktop.core.sample.centre import DemoScale, create_demo_vault
from tests.access_case import accept_all
from tests.conftest import fast_kdf


def test_the_demo_has_one_open_request_that_can_be_answered(tmp_path: Path) -> None:
    demo = create_demo_vault(tmp_path / "demo", scale=DemoScale(clients=40, days=30), kdf=fast_kdf())
    vault = demo.vault
    try:
        (request,) = access_request.list_requests(vault)
        assert request.status == "open" and 3 <= -request.days_left() + 30 <= 9
        signed = vault.conn.execute(
            "SELECT count(*) FROM notes WHERE client_id = ? AND status = 'signed'", (request.client_id,)
        ).fetchone()[0]
        assert signed >= 1
        accept_all(vault, request.id)
        record = access_request.build_record(vault, request.id)
        assert next(s for s in record.sections if s.key == "notes").entries
    finally:
        vault.lock()
