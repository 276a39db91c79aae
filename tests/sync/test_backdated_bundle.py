"""A leaver cannot get a bundle taken by backdating its header to before their disable (#25):
the header's time is the author's own word, so a disabled account's bundle numbered after the
last one this vault had taken from that device when it learned of the disable is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.store import staff
from shop_desktop.core.sync import send
from tests.factories import make_client
from tests.sync.three import make_three, sync


class _Backdated:
    """The leaver's own copy of the program, which writes any time it likes into the header."""

    @staticmethod
    def now_iso() -> str:
        return "2020-01-01T09:00:00.000000+00:00"


def _aliases(vault) -> set[str]:  # type: ignore[no-untyped-def]
    return {row[0] for row in vault.conn.execute("SELECT alias FROM clients")}


def test_a_backdated_bundle_from_a_disabled_account_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    three = make_three(tmp_path)
    try:
        make_client(three.laptop, "Before Disable")
        sync(three.laptop)
        assert not sync(three.centre).refused  # number 1 from the laptop taken while the account was active
        outreach_id = next(m.id for m in staff.list_staff(three.centre) if m.username == "outreach")
        staff.disable_staff(three.centre, outreach_id)

        make_client(three.laptop, "After Disable")
        with monkeypatch.context() as patch:
            patch.setattr(send, "audit", _Backdated)
            written = sync(three.laptop).written
        assert written  # the leaver's bundle is in the folder, its header saying 2020

        result = sync(three.centre)
        assert any("when it learned of the disable" in m and "device 2" in m for m in result.refused)
        assert "After Disable" not in _aliases(three.centre)
        assert "Before Disable" in _aliases(three.centre)
        office = sync(three.office)  # the office, which learns of the disable from the centre, refuses it too
        assert any("disabled by then" in m for m in office.refused)
        assert "After Disable" not in _aliases(three.office)
    finally:
        three.close()
