"""Note search returns the newest matching notes first, whichever way it reads them.

The search reads the newest notes in date order, then the older rest in table order; with
tiny chunks both paths run on a handful of notes written out of date order (as a counsellor
does when writing up last week's session today)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from shop_desktop.core.care import note_search, notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.store.vault import Vault
from tests.factories import make_client

WORD = "shelter"
Written = dict[str, list[tuple[str, int]]]


def write(vault: Vault, client_id: int, when: datetime, body: str, tags: tuple[str, ...] = ()) -> tuple[str, int]:
    occurred = when.isoformat(timespec="minutes")
    draft = NoteDraft(client_id=client_id, note_type="case", body=body, tags=tags, occurred_at=occurred)
    return occurred, notes.sign_note(vault, draft)


@pytest.fixture
def written(vault: Vault) -> Written:
    """24 notes on shuffled dates: which mention the word, which only carry the housing tag."""
    client = make_client(vault).id
    rng = random.Random(7)
    days = list(range(24))
    rng.shuffle(days)
    start = datetime(2025, 1, 1, 10, 0)
    kinds: dict[str, list[tuple[str, int]]] = {"word": [], "tag": [], "neither": []}
    for n, day in enumerate(days):
        when = start + timedelta(days=day)
        if n % 3 == 0:
            kinds["word"].append(write(vault, client, when, f"Called the {WORD.upper()} about a bed"))
        elif n % 3 == 1:
            kinds["tag"].append(write(vault, client, when, "Talked it through", ("housing",)))
        else:
            kinds["neither"].append(write(vault, client, when, "Dental appointment"))
    return kinds


@pytest.mark.parametrize("chunk, date_chunks", [(1_000, 2), (3, 1), (2, 2), (5, 0)])
def test_the_newest_hits_come_first_up_to_the_limit(
    vault: Vault, written: Written, monkeypatch: pytest.MonkeyPatch, chunk: int, date_chunks: int
) -> None:
    monkeypatch.setattr(note_search, "SEARCH_CHUNK", chunk)
    monkeypatch.setattr(note_search, "DATE_ORDER_CHUNKS", date_chunks)
    newest_first = sorted(written["word"], reverse=True)
    for limit in (3, 200):
        hits = notes.search_notes(vault, WORD, limit=limit)
        assert [h.header.id for h in hits] == [note_id for _, note_id in newest_first[:limit]]
    topic = notes.search_notes(vault, "housing", limit=5)  # the tag's label: only the tagged notes
    assert [h.header.id for h in topic] == [note_id for _, note_id in sorted(written["tag"], reverse=True)[:5]]
    assert notes.search_notes(vault, "xylophone") == []
