"""Passphrase rules (NIST SP 800-63B: length over composition) and the suggestion button."""

from __future__ import annotations

import secrets
import unicodedata
from functools import cache

from shop_desktop.assets import resource_path
from shop_desktop.core.errors import WeakPassphrase

MIN_LENGTH = 15
MAX_LENGTH = 1024
SUGGESTED_WORDS = 5


@cache
def word_list() -> tuple[str, ...]:
    text = resource_path("words.txt").read_text(encoding="utf-8")
    return tuple(sorted({w.strip() for w in text.splitlines() if w.strip()}))


@cache
def blocklist() -> frozenset[str]:
    text = resource_path("blocklist.txt").read_text(encoding="utf-8")
    return frozenset(_squash(line) for line in text.splitlines() if line.strip())


def _squash(text: str) -> str:
    """Case, spaces and punctuation do not make a listed passphrase any safer."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def problem_with(passphrase: str, *, username: str = "", centre_name: str = "") -> str:
    """Why this passphrase is refused, in plain words; "" when it is fine."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        return (
            f"A passphrase needs at least {MIN_LENGTH} characters ({len(text)} so far). "
            "A few unrelated words are easiest to remember."
        )
    if len(text) > MAX_LENGTH:
        return f"A passphrase can be at most {MAX_LENGTH} characters."
    squashed = _squash(text)
    if squashed in blocklist() or len(set(squashed)) <= 3:
        return "That passphrase is too easy to guess. Try a few unrelated words."
    for own in (username, centre_name):
        own_squashed = _squash(own)
        if (
            own_squashed
            and len(own_squashed) >= 4
            and squashed.startswith(own_squashed)
            and (len(squashed) - len(own_squashed) < 8)
        ):
            return "A passphrase shouldn't be built from a user name or the centre's name."
    return ""


def check(passphrase: str, *, username: str = "", centre_name: str = "") -> None:
    problem = problem_with(passphrase, username=username, centre_name=centre_name)
    if problem:
        raise WeakPassphrase(problem)


def suggest(words: int = SUGGESTED_WORDS) -> str:
    """Random words from the project's own list, e.g. "maple river candle orbit plum"."""
    pool = word_list()
    return " ".join(secrets.choice(pool) for _ in range(words))
