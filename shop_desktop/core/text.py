"""Text rules shared by every form: search keys and field limits with plain messages.

Text is stored exactly as typed (emoji, right-to-left scripts, quotes, a pasted SQL
fragment: all SQL is parameterised), only trimmed at the ends; a field over its
limit is refused with a message naming the limit, never cut silently.
"""

from __future__ import annotations

import unicodedata

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, said

LIMITS = {
    "alias": 80,
    "pronouns": 40,
    "phone": 40,
    "remark": 2_000,
    "reason": 500,
    "name": 120,
    "description": 500,
}
FIELD_WORDS = {
    "alias": "The alias",
    "pronouns": "Pronouns",
    "phone": "The phone number",
    "remark": "The remark",
    "reason": "The reason",
    "name": "The name",
    "description": "The description",
}


SEARCH_MAX = 200  # a search box holds a name, a number or a few words; a paste past this is not a search


def search_query(typed: str) -> str:
    """What was typed into a search box, refused past SEARCH_MAX characters with a plain message.

    Every search in core passes its text through here, so the screens and the CLI give the same
    answer (and SQLite never sees a LIKE pattern too long for it).
    """
    if len(typed) > SEARCH_MAX:
        raise InvalidInput(
            f"A search can be at most {SEARCH_MAX} characters; this one has {len(typed):,}. "
            "Type a name, a number or a few words."
        )
    return typed


def search_key(text: str) -> str:
    """Case- and accent-insensitive form: "Sofía" and "SOFIA" both become "sofia"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def clean(field: str, value: str | None, *, required: bool = False) -> str | None:
    """Trim, check the length limit, and turn an empty optional field into None."""
    return clean_text(FIELD_WORDS.get(field, field.capitalize()), value, LIMITS[field], required=required)


def clean_text(words: str, value: str | None, limit: int, *, required: bool = False) -> str | None:
    """The one rule for text a person typed: trimmed; empty is None (or refused when required);
    no NUL (SQLite would cut the text there); at most `limit` characters. `words` names the field."""
    text = (value or "").strip()
    if not text:
        if required:
            raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "{words} is needed."), words=words))
        return None
    if "\x00" in text:
        raise InvalidInput(
            said(QT_TRANSLATE_NOOP("core", "{words} contains a character that can't be stored."), words=words)
        )
    if len(text) > limit:
        raise InvalidInput(f"{words} can be at most {limit:,} characters; this one has {len(text):,}.")
    return text


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with % and _ typed by a person taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
