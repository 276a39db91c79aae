"""Normalising and checking what people type into an alert or a lookup: phone numbers, plates,
handles, words and lists, and the checks on a report's details."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields
from datetime import date

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from shop_desktop.core.safety.alert_model import CATEGORIES, CONTACT_METHODS, FIELD_WORDS, LIMITS, POLICE, AlertDetails
from shop_desktop.core.text import clean_text, search_key

_REFERENCE = re.compile(r"a-?[2-9a-hj-km-np-z]{4}", re.IGNORECASE)


_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)


_PHONE_CHARS = set("0123456789 -.()+/") | {"\u00a0", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"}


_SEPARATORS = re.compile(r"[,;/\n]|\s+or\s+|\s+and\s+", re.IGNORECASE)


_PLATE_FOLD = str.maketrans({"O": "0", "I": "1", "*": "?", "_": "?"})


def _ascii_digits(text: str) -> str:
    """Fullwidth, Arabic-Indic and other digits as 0-9 (a pasted number may carry any of them)."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


def normalise_phone(text: str) -> str:
    """Digits only; a North American number becomes its 10 digits ("+1 (250) 555-0123" -> "2505550123").

    An extension is dropped; any other length (a partial or overseas number) keeps all its digits."""
    text = _ascii_digits(unicodedata.normalize("NFKC", text)).strip()
    text = re.sub(r"^tel:", "", text, flags=re.IGNORECASE)
    extension = _EXTENSION.search(text)
    if extension and sum(ch.isdigit() for ch in text[: extension.start()]) >= 7:
        text = text[: extension.start()]
    digits = "".join(ch for ch in text if ch.isdigit())
    for prefix in ("0111", "001", "1"):  # dialled from abroad (011 1, 00 1) or with the trunk 1
        if len(digits) == 10 + len(prefix) and digits.startswith(prefix):
            return digits[len(prefix) :]
    return digits


def normalise_plate(text: str) -> str:
    """Upper-case letters and digits, without spaces or dashes: "abc-4k7" -> "ABC4K7"."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).upper() if ch.isalnum() or ch == "?")


def plate_key(text: str) -> str:
    """The plate as searched: normalised, O read as 0 and I as 1 (easy to mix up at night), and
    ?, * or _ standing for a character the worker couldn't read."""
    return normalise_plate(unicodedata.normalize("NFKC", text).translate(_PLATE_FOLD)).translate(_PLATE_FOLD)


def handle_key(text: str) -> str:
    """Case-insensitive, without a leading @, a profile link reduced to its name, spaces dropped."""
    text = unicodedata.normalize("NFKC", text).strip().casefold()
    if "/" in text:
        text = text.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return "".join(text.lstrip("@").split())


def _words(text: str) -> str:
    """Accent- and case-free words, punctuation as spaces (so "hoodie," is the word "hoodie")."""
    return " ".join(re.sub(r"[^\w]+", " ", search_key(text)).split())


def split_list(text: str | None) -> list[str]:
    """Several numbers, plates or handles in one field: commas, semicolons, slashes, lines or "or"."""
    return [part.strip() for part in _SEPARATORS.split(text or "") if part.strip()]


def phone_display(typed: str) -> str:
    digits = normalise_phone(typed)
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if len(digits) == 10 else typed.strip()


def _text(name: str, value: str | None) -> str | None:
    return clean_text(FIELD_WORDS.get(name, name), value, LIMITS.get(name, 120))


def _checked(details: AlertDetails, today: date) -> AlertDetails:
    try:
        when = date.fromisoformat(details.occurred_on)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The date it happened is not a date.")) from None
    if when > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The date it happened is in the future. Check the date."))
    kinds = tuple(k for k in CATEGORIES if k in details.categories)
    if not kinds or len(kinds) != len(set(details.categories)):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", 'Tick at least one kind of harm from the list ("Other" if none fits).')
        )
    if details.contact_method not in CONTACT_METHODS or details.police not in POLICE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "Choose how contact was made and the police choice from the lists.")
        )
    time = _text("occurred_time", details.occurred_time)
    if time is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", time):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The time is written as hours and minutes, e.g. 23:30."))
    texts = {
        f.name: _text(f.name, getattr(details, f.name))
        for f in fields(AlertDetails)
        if f.name not in ("occurred_on", "categories", "occurred_time", "contact_method", "police", "narrative")
    }
    return AlertDetails(
        occurred_on=when.isoformat(),
        categories=kinds,
        occurred_time=time,
        narrative=_text("narrative", details.narrative) or "",
        contact_method=details.contact_method,
        police=details.police,
        **texts,
    )
