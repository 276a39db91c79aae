"""Severing for an access request: find other people in the free text of one client's record.

PIPA s. 23(4)(c) says a person's copy of their record must not reveal personal information about
anyone else. The registry knows every other client's alias and code, so each one found in a note,
a remark or a referral reason is proposed for severing; the reviewer accepts, changes or keeps each
and may sever more with a reason.

Matching folds case and accents ("SOFIA" finds "Sofía"), drops the invisible direction marks that
right-to-left text carries, and needs a whole word on each side, so "Rose" is found in "Rose's" but
not in "Roseanne". An alias that is also an everyday word ("may", "star") is still proposed, flagged
so the reviewer can keep the word. Codes are found with or without a space or hyphen ("KTP 47").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from shop_desktop.assets import resource_path

# The grounds a severing may be made under (PIPA, British Columbia), in plain words for the person.
GROUNDS: dict[str, str] = {
    "23(4)(c)": "s. 23(4)(c): it would reveal personal information about another person",
    "23(4)(a)": "s. 23(4)(a): it could threaten another person's safety or health",
    "23(4)(b)": "s. 23(4)(b): it could cause immediate or grave harm to your safety or health",
    "23(4)(d)": "s. 23(4)(d): it would reveal who gave information about another person",
    "23(3)(c)": "s. 23(3)(c): it is part of an investigation that is not finished",
}
OTHER_PERSON = "23(4)(c)"
MARK = "[severed: s. {ground}]"
_WORD = re.compile(r"\w+")
MIN_ALIAS = 2  # a one-letter alias would match every "a" and "I"; it is not looked for

# Invisible marks that right-to-left and emoji text carry between letters (LRM, RLM, embeddings,
# isolates, zero-width joiners): dropped before matching so they cannot hide a name.
_INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, *range(0x202A, 0x202F)])
_INVISIBLE.update(dict.fromkeys(range(0x2066, 0x206A)))


@dataclass(frozen=True)
class Person:
    """Another client in the registry: what identifies them in text."""

    client_id: int
    alias: str | None
    code: str


@dataclass(frozen=True)
class Proposal:
    """One place in one passage that should probably be severed."""

    location: str  # "notes/12/body": section, record id, field
    start: int
    end: int
    found: str  # the text as written in the passage
    why: str  # "another client's alias", "another client's code", "the other person in an alert"
    ground: str = OTHER_PERSON
    everyday_word: bool = False

    @property
    def key(self) -> str:
        return f"{self.location}@{self.start}-{self.end}"


@dataclass(frozen=True)
class Cut:
    """One span a reviewer decided to sever (a proposal accepted or changed, or one they added)."""

    location: str
    start: int
    end: int
    ground: str
    reason: str = ""


def fold(text: str) -> tuple[str, list[int]]:
    """Case- and accent-free text, and for each of its characters the index it came from."""
    if text.isascii():  # the common case, and folding it is just lower-casing
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = _fold_char(char)
        out.append(piece)
        origin.extend([index] * len(piece))
    return "".join(out), origin


@cache
def _fold_char(char: str) -> str:
    if ord(char) in _INVISIBLE:
        return ""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def _everyday_words() -> frozenset[str]:
    return frozenset(resource_path("words.txt").read_text(encoding="utf-8").split())


def _alias_pattern(alias: str) -> str | None:
    words = fold(alias)[0].split()
    if not words or len("".join(words)) < MIN_ALIAS:
        return None
    return r"\s+".join(re.escape(w) for w in words)


def _alias_forms(alias: str) -> tuple[str, ...]:
    """The alias as registered, and without its emoji or symbols ("Star⭐" is also written "Star")."""
    letters = "".join(c if c.isalnum() or c.isspace() or unicodedata.combining(c) else " " for c in alias)
    return (alias, letters) if letters.split() != alias.split() else (alias,)


def _code_pattern(code: str) -> str:
    folded = fold(code)[0]
    letters, digits = folded[:-2], folded[-2:]
    return re.escape(letters) + r"[\s\-]?" + re.escape(digits)


class Finder:
    """Every other client's alias and code, compiled once for all of one record's passages."""

    def __init__(self, people: Iterable[Person]) -> None:
        # Patterns filed under their first word: a passage is searched only for the names whose
        # first word it contains (one regex of 10,000 names took 5 s over a long record).
        self._codes: set[str] = set()
        self._by_word: dict[str, set[str]] = {}
        for person in people:
            for written in _alias_forms(person.alias or ""):
                pattern = _alias_pattern(written)
                if pattern:
                    self._file(pattern, fold(written)[0])
            code = fold(person.code)[0]
            self._codes.add(code)
            self._file(_code_pattern(person.code), code, code[:-2])

    def _file(self, pattern: str, *written: str) -> None:
        for text in written:
            words = _WORD.findall(text)
            self._by_word.setdefault(words[0] if words else "", set()).add(pattern)

    def find(self, location: str, text: str, extra: Iterable[str] = (), extra_why: str = "") -> list[Proposal]:
        """Proposals in one passage; `extra` are more words to look for (an alert's name or plate)."""
        folded, origin = fold(text)
        present = set(_WORD.findall(folded)) | {""}
        patterns = set().union(*(self._by_word.get(word, set()) for word in present))
        found = [self._proposal(location, text, origin, m, self._why(m.group(0))) for m in _search(patterns, folded)]
        extras = {p for p in (_alias_pattern(e) for e in extra if e) if p}
        found += [self._proposal(location, text, origin, m, extra_why) for m in _search(extras, folded)]
        return sorted(_without_overlaps(found), key=lambda p: p.start)

    def _why(self, matched: str) -> str:
        if re.sub(r"[\s\-]", "", matched) in self._codes:
            return "another client's code"
        return "another client's alias"

    @staticmethod
    def _proposal(location: str, text: str, origin: list[int], match: re.Match[str], why: str) -> Proposal:
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # an accent typed as its own character belongs to the letter before it
        written = text[start:end]
        single = len(written.split()) == 1
        everyday = single and (written.islower() or fold(written)[0] in _everyday_words())
        return Proposal(location, start, end, written, why, everyday_word=everyday and why.endswith("alias"))


def _search(patterns: set[str], folded: str) -> list[re.Match[str]]:
    if not patterns:
        return []
    ordered = sorted(patterns, key=lambda p: (-len(p), p))  # "Rose Marie" before "Rose"
    return list(re.finditer(rf"(?<!\w)(?:{'|'.join(ordered)})(?!\w)", folded))


def _without_overlaps(found: list[Proposal]) -> list[Proposal]:
    kept: list[Proposal] = []
    for proposal in sorted(found, key=lambda p: (p.start, -(p.end - p.start))):
        if kept and proposal.start < kept[-1].end:
            continue
        kept.append(proposal)
    return kept


def apply_cuts(text: str, cuts: Iterable[Cut]) -> tuple[str, list[Cut]]:
    """The passage with each cut replaced by a mark naming its ground; overlapping cuts are joined."""
    ordered = sorted(cuts, key=lambda c: (c.start, c.end))
    merged: list[Cut] = []
    for cut in ordered:
        if merged and cut.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Cut(last.location, last.start, max(last.end, cut.end), last.ground, last.reason)
        else:
            merged.append(cut)
    pieces, at = [], 0
    for cut in merged:
        pieces += [text[at : cut.start], MARK.format(ground=cut.ground)]
        at = cut.end
    pieces.append(text[at:])
    return "".join(pieces), merged


def locate(text: str, wanted: str, near: int = 0) -> tuple[int, int] | None:
    """Where the reviewer's changed text is in the passage (folded like the finder), nearest `near`."""
    folded, origin = fold(text)
    target = fold(wanted.strip())[0]
    if not target:
        return None
    starts = [m.start() for m in re.finditer(re.escape(target), folded)]
    if not starts:
        return None
    best = min(starts, key=lambda s: abs(origin[s] - near))
    return origin[best], origin[best + len(target) - 1] + 1


def every_place(text: str, wanted: str) -> list[tuple[int, int]]:
    """Every occurrence of a reviewer's extra severing in one passage."""
    folded, origin = fold(text)
    target = fold(wanted.strip())[0]
    if not target:
        return []
    return [(origin[m.start()], origin[m.end() - 1] + 1) for m in re.finditer(re.escape(target), folded)]
