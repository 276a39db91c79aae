"""The passphrase word list and block list the project ships."""

from __future__ import annotations

import re

from shop_desktop.assets import resource_path


def test_word_list_is_large_and_easy_to_type() -> None:
    words = resource_path("words.txt").read_text(encoding="utf-8").split()
    assert len(words) == len(set(words)) >= 1500
    assert all(re.fullmatch(r"[a-z]{3,8}", w) for w in words)


def test_block_list_holds_long_guessable_phrases() -> None:
    entries = resource_path("blocklist.txt").read_text(encoding="utf-8").split()
    assert len(entries) >= 150
    assert all(len(e) >= 15 and e == e.lower() for e in entries)
