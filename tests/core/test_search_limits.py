"""A 50,000-character paste into any search: a plain refusal from core, never SQLite's own error."""

from __future__ import annotations

import pytest

from shop_desktop.core.care import notes, referrals
from shop_desktop.core.desk import clients
from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.safety import alerts
from shop_desktop.core.store.vault import Vault
from tests.factories import make_client

PASTE = "Amar' OR 1=1; -- %_" * 2_632  # 50,008 characters of everything a search must take literally


@pytest.mark.parametrize(
    "search",
    [
        lambda vault, typed: clients.search(vault, typed),
        lambda vault, typed: alerts.search(vault, typed),
        lambda vault, typed: referrals.list_agencies(vault, typed=typed),
        lambda vault, typed: notes.search_notes(vault, typed),
    ],
    ids=["clients", "alerts", "agencies", "notes"],
)
def test_long_paste_is_refused_in_plain_words(vault: Vault, search: object) -> None:
    make_client(vault, "Amar")
    with pytest.raises(InvalidInput) as refused:
        search(vault, PASTE)  # type: ignore[operator]
    assert str(refused.value).startswith("A search can be at most 200 characters; this one has 50,008.")
    assert search(vault, PASTE[:200]) == []  # type: ignore[operator]  # 200 is still a search
    assert [m.alias for m in clients.search(vault, "amar")] == ["Amar"]
