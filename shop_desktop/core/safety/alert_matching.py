"""Fuzzy matching for the screening lookup: the search index's row for an alert, what typed text
could be (a number, a plate, a handle, words), and how well each stored alert matches it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from shop_desktop.core.safety.alert_model import (
    ACTIVE,
    ARCHIVED,
    CATEGORIES,
    DESCRIPTION_FIELDS,
    RESOLVED,
    VEHICLE_FIELDS,
    AlertDetails,
)
from shop_desktop.core.safety.alert_normalising import (
    _EXTENSION,
    _PHONE_CHARS,
    _ascii_digits,
    _words,
    handle_key,
    normalise_phone,
    plate_key,
    split_list,
)
from shop_desktop.core.store.vault import Vault


def _index_row(details: AlertDetails) -> dict[str, Any]:
    plates = [plate_key(p) for p in split_list(details.plate)]
    phones = [normalise_phone(p) for p in split_list(details.phones)]
    handles = [handle_key(h) for piece in split_list(details.handles) for h in _handle_words(piece)]
    described = [getattr(details, name) or "" for name in (*DESCRIPTION_FIELDS, *VEHICLE_FIELDS[:3])]
    described += [details.location or "", details.contact_where or "", *(CATEGORIES[k] for k in details.categories)]
    partial = any(len(p) < 6 or "?" in p for p in plates) or any(3 <= len(p) < 10 for p in phones)
    return {
        "words": _words(" ".join(described)),
        "story": _words(details.narrative),
        "phones": " ".join(p for p in phones if p),
        "plates": " ".join(p for p in plates if p),
        "handles": " ".join(sorted(h for h in handles if h)),
        "partial": int(partial),
    }


def _handle_words(piece: str) -> list[str]:
    """ "@bigdave99 on Leolist" is the handle @bigdave99; "Big Dave" (a display name) is itself."""
    words = piece.split()
    marked = [w for w in words if "@" in w or "/" in w]
    return marked or [piece]


def _write_index(vault: Vault, alert_id: int, details: AlertDetails, status: str) -> None:
    row = _index_row(details)
    vault.conn.execute(
        "INSERT INTO alert_search (alert_id, status, occurred_on, words, story, phones, plates, handles, partial)"
        " VALUES (:id, :status, :on, :words, :story, :phones, :plates, :handles, :partial)"
        " ON CONFLICT(alert_id) DO UPDATE SET status = excluded.status, occurred_on = excluded.occurred_on,"
        " words = excluded.words, story = excluded.story, phones = excluded.phones, plates = excluded.plates,"
        " handles = excluded.handles, partial = excluded.partial",
        {**row, "id": alert_id, "status": status, "on": details.occurred_on},
    )


@dataclass(frozen=True)
class _Probe:
    """What the typed text could be: a phone number, a plate, a handle, and its words."""

    phone: str
    plate: str
    handle: str
    words: tuple[str, ...]


def _probe(typed: str) -> _Probe:
    text = unicodedata.normalize("NFKC", typed).strip()
    phone_like = set(_ascii_digits(_EXTENSION.sub("", re.sub(r"^tel:", "", text, flags=re.I)))) <= _PHONE_CHARS
    phone = normalise_phone(text) if phone_like else ""
    plate = plate_key(text) if re.fullmatch(r"[\w\s?*-]{2,12}", text) else ""
    handle = handle_key(text) if len(text.split()) == 1 else ""
    return _Probe(
        phone if len(phone) >= 3 else "",
        plate if 2 <= len(plate) <= 10 else "",
        handle if len(handle) >= 2 else "",
        tuple(_words(text).split()),
    )


def _phone_tier(wanted: str, stored: str) -> int | None:
    if not wanted or not stored:
        return None
    if stored == wanted:
        return 0
    if min(len(stored), len(wanted)) >= 7 and (stored.endswith(wanted) or wanted.endswith(stored)):
        return 1  # the same number with or without its area code
    if wanted in stored or (len(stored) >= 4 and stored in wanted):
        return 2  # part of a number, typed or on record
    return None


def _plate_tier(wanted: str, stored: str) -> int | None:
    if not wanted or not stored:
        return None
    if stored == wanted:
        return 0
    if "?" in stored + wanted:
        pattern, other = (stored, wanted) if "?" in stored else (wanted, stored)
        regex = re.escape(pattern).replace(r"\?", ".")
        return 1 if re.search(regex, other) else None
    if wanted in stored or (len(stored) >= 3 and stored in wanted):
        return 1  # a partial plate, typed or on record
    return None


def _handle_tier(wanted: str, stored: str) -> int | None:
    if not wanted or not stored:
        return None
    if stored == wanted:
        return 0
    if stored.startswith(wanted):
        return 1
    return 2 if len(wanted) >= 3 and wanted in stored else None


WHY = {
    ("phone", 0): "Same phone number",
    ("phone", 1): "Same number, area code left off",
    ("phone", 2): "Part of a phone number",
    ("plate", 0): "Same plate",
    ("plate", 1): "Part of a plate",
    ("handle", 0): "Same handle or email",
    ("handle", 1): "Part of a handle or email",
    ("handle", 2): "Part of a handle or email",
    ("words", 2): "Description",
    ("words", 3): "Description",
    ("words", 4): "What happened",
}


def _best(probe: str, stored: str, tier_of: Any, kind: str) -> tuple[int, str] | None:
    tiers = [t for value in stored.split() if (t := tier_of(probe, value)) is not None]
    return (min(tiers), WHY[kind, min(tiers)]) if tiers else None


def _word_tier(words: tuple[str, ...], row: dict[str, Any]) -> tuple[int, str] | None:
    if not words:
        return None
    described = f" {row['words']}"
    if all(f" {w}" in described for w in words):
        return 2, WHY["words", 2]
    keys = f"{row['words']} {row['phones']} {row['plates'].lower()} {row['handles']}"
    if all(w in keys for w in words):
        return 3, WHY["words", 3]
    if all(w in keys or w in row["story"] for w in words):
        return 4, WHY["words", 4]
    return None


def _score(probe: _Probe, row: dict[str, Any]) -> tuple[int, str] | None:
    found = [
        hit
        for hit in (
            _best(probe.phone, row["phones"], _phone_tier, "phone"),
            _best(probe.plate, row["plates"], _plate_tier, "plate"),
            _best(probe.handle, row["handles"], _handle_tier, "handle"),
            _word_tier(probe.words, row),
        )
        if hit is not None
    ]
    return min(found) if found else None


def _candidates(vault: Vault, probe: _Probe, include_archived: bool) -> list[dict[str, Any]]:
    """Rows that might match (LIKE in SQL is fast); `_score` then decides exactly."""
    # one LIKE per column: SQLite's LIKE is quick, but over a concatenation of the columns it is 40x slower
    in_any = "(words LIKE ? OR phones LIKE ? OR plates LIKE ? OR handles LIKE ? OR story LIKE ?)"
    words_clause = " AND ".join([in_any] * len(probe.words)) or "0"
    cursor = vault.conn.execute(
        "SELECT alert_id, occurred_on, status, words, story, phones, plates, handles FROM alert_search"
        f" WHERE status IN (?, ?, ?) AND (partial OR ({words_clause}) OR phones LIKE ? OR plates LIKE ?"
        " OR handles LIKE ?)",
        (
            ACTIVE,
            RESOLVED,
            ARCHIVED if include_archived else ACTIVE,
            *(f"%{w}%" for w in probe.words for _ in "12345"),
            _like(probe.phone),
            _like(probe.plate),
            _like(probe.handle),
        ),
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str | None:
    """A LIKE pattern, or NULL (which matches nothing) when there is nothing to look for."""
    return f"%{text}%" if text and "%" not in text and "_" not in text else None


def _negated(day: str) -> int:
    return -date.fromisoformat(day).toordinal()
