"""Searching note text: decrypted in memory only, one note at a time, newest first, keeping only
the hits and a snippet of each."""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable
from typing import Any

from shop_desktop.core.care.note_model import SIGNED, TOPIC_TAGS, NoteHeader, SearchHit
from shop_desktop.core.care.note_sealing import _ad
from shop_desktop.core.store import crypto
from shop_desktop.core.store.db import Connection


class NoteSearch:
    """One search over note text. Decrypts in memory only, one note at a time, and keeps nothing
    but the hits (a snippet each) once it returns."""

    def __init__(
        self,
        wanted: str,
        ciphers: dict[int, crypto.AESGCM],
        limit: int,
        closed: frozenset[int] | set[int] = frozenset(),
    ) -> None:
        self.wanted = wanted
        self.closed = closed  # clients the searcher is in conflict with: their notes never match
        self._ciphers = ciphers
        self.limit = limit
        self.tag_hits = {key for key, label in TOPIC_TAGS.items() if wanted in label.casefold()}

    def run(self, conn: Connection, cancelled: Callable[[], bool] = lambda: False) -> list[SearchHit]:
        """Newest first, up to `limit`. The newest notes are read in date order (the order comes
        from the date index alone), so a common word stops early; if the limit is not reached by
        then, the older rest is read in one pass in table order, not by jumping through the date
        index across the whole file (3x slower at twenty years), keeping the newest hits."""
        if len(self.wanted) < 2:
            return []
        hits: list[SearchHit] = []
        order = conn.execute("SELECT id, occurred_at FROM notes ORDER BY occurred_at DESC, id DESC")
        last: tuple[int, str] | None = None
        for _ in range(DATE_ORDER_CHUNKS):
            chunk = order.fetchmany(SEARCH_CHUNK)
            if not chunk or cancelled():
                return hits
            hits += self._in_date_order(conn, [int(r[0]) for r in chunk], self.limit - len(hits))
            if len(hits) >= self.limit:
                return hits
            last = (int(chunk[-1][0]), str(chunk[-1][1]))
        order.close()
        return hits + self._older_than(conn, last, self.limit - len(hits), cancelled)

    def _in_date_order(self, conn: Connection, ids: list[int], wanted: int) -> list[SearchHit]:
        marks = ",".join("?" * len(ids))
        query = f"SELECT {_SEARCH_COLUMNS} FROM notes WHERE status = ? AND id IN ({marks})"
        rows = {r[0]: r for r in conn.execute(query, (SIGNED, *ids))}
        found: list[SearchHit] = []
        for note_id in ids:
            hit = self._match(rows[note_id]) if note_id in rows else None
            if hit is not None:
                found.append(hit)
                if len(found) >= wanted:
                    break
        return found

    def _older_than(
        self, conn: Connection, last: tuple[int, str] | None, wanted: int, cancelled: Callable[[], bool]
    ) -> list[SearchHit]:
        """Every signed note older than `last` (by date, then id; all if None), in one sequential pass."""
        query = f"SELECT {_SEARCH_COLUMNS} FROM notes NOT INDEXED WHERE status = ?"
        if last is None:
            cursor = conn.execute(query, (SIGNED,))
        else:
            note_id, occurred = last
            older = " AND (occurred_at < ? OR (occurred_at = ? AND id < ?))"
            cursor = conn.execute(query + older, (SIGNED, occurred, occurred, note_id))
        newest: list[tuple[str, int, SearchHit]] = []  # a heap of the `wanted` newest hits so far
        for count, raw in enumerate(cursor):
            if count % 500 == 0 and cancelled():
                break
            hit = self._match(raw)
            if hit is None:
                continue
            ranked = (hit.header.occurred_at, hit.header.id, hit)
            if len(newest) < wanted:
                heapq.heappush(newest, ranked)
            elif ranked[:2] > newest[0][:2]:
                heapq.heapreplace(newest, ranked)
        return [hit for _, _, hit in sorted(newest, key=lambda r: r[:2], reverse=True)]

    def _match(self, raw: tuple[Any, ...]) -> SearchHit | None:
        """One note: the body is opened first; the sealed topics (and kind) only for a hit, or when the
        body alone doesn't match and the words name a topic (most notes never pay for the second decrypt)."""
        note_id, client_id, note_type, occurred_at, author_id, status, addendum_to, version, key_id = raw[:9]
        cipher = self._ciphers.get(key_id)
        if cipher is None or client_id in self.closed:  # closed: the searcher has a conflict with the client
            return None
        try:
            body = crypto.open_sealed_with(cipher, raw[9], _ad(note_id, client_id, version, "body")).decode("utf-8")
            position = body.casefold().find(self.wanted)
            if position < 0 and not self.tag_hits:
                return None
            topics, kind = self._topics(cipher, raw)
            if position < 0 and not self.tag_hits.intersection(topics):
                return None
        except (crypto.DecryptionFailed, UnicodeDecodeError, ValueError, KeyError, TypeError):
            return None  # damaged: opening it says so
        header = NoteHeader(note_id, client_id, kind, occurred_at, author_id, status, addendum_to)
        return SearchHit(header, _snippet(body, position, len(self.wanted)))

    @staticmethod
    def _topics(cipher: crypto.AESGCM, raw: tuple[Any, ...]) -> tuple[tuple[str, ...], str]:
        """(topics, kind) from the sealed topics; a note sealed before the kind was keeps it in note_type."""
        note_id, client_id, version = raw[0], raw[1], raw[7]
        sealed = json.loads(crypto.open_sealed_with(cipher, raw[10], _ad(note_id, client_id, version, "tags")))
        if isinstance(sealed, dict):
            return tuple(sealed["topics"]), str(sealed["kind"])
        return tuple(sealed), str(raw[2])


SEARCH_CHUNK = 1_000


DATE_ORDER_CHUNKS = 2  # the newest 2,000 notes in date order, then the rest in table order


_SEARCH_COLUMNS = "id, client_id, note_type, occurred_at, author_id, status, addendum_to, version, key_id, body, tags"


def _snippet(body: str, position: int, length: int, context: int = 60) -> str:
    if position < 0:
        return body[: context * 2].replace("\n", " ")
    start = max(0, position - context)
    piece = body[start : position + length + context].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if position + length + context < len(body) else "")
