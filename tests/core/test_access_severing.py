"""Finding other clients in free text: case, accents, right-to-left marks, emoji, codes, everyday words."""

from __future__ import annotations

import pytest

from shop_desktop.core.records.access_request_severing import Cut, Finder, Person, apply_cuts, locate

PEOPLE = [
    Person(1, "Rose", "KTP47"),
    Person(2, "Sofía Ríos", "BHM23"),
    Person(3, "نور", "QWE56"),
    Person(4, "Star⭐", "ZZX88"),
    Person(5, "J", "JJK99"),  # one letter: too short to look for; the code still is
    Person(6, None, "ERX22"),  # erased alias
]


def found(text: str) -> list[str]:
    return [p.found for p in Finder(PEOPLE).find("notes/1/body", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rose came by; Roseanne did not.", ["Rose"]),
        ("rose's bag was left", ["rose"]),
        ("SOFIA RIOS and sofía  ríos", ["SOFIA RIOS", "sofía  ríos"]),
        ("Sofi\u0301a Rios wrote", ["Sofi\u0301a Rios"]),  # the accent typed as its own character
        ("met \u200fنور\u200f today", ["نور"]),
        ("met نورا today", []),  # a longer name is someone else
        ("Star⭐ and Star were there", ["Star⭐", "Star"]),
        ("codes ktp47, BHM 23, qwe-56 and ERX22", ["ktp47", "BHM 23", "qwe-56", "ERX22"]),
        ("J said hello to JJK99", ["JJK99"]),
        ("KTP478 is not a code here", []),
    ],
)
def test_other_clients_are_found_however_they_are_written(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_an_everyday_word_is_flagged_and_a_name_is_not() -> None:
    proposals = Finder(PEOPLE).find("x", "A rose for Rose and Sofía; star.")
    flags = [(p.found, p.everyday_word) for p in proposals]
    assert flags == [("rose", True), ("Rose", True), ("star", True)]  # "rose" and "star" are in the word list
    assert [p.everyday_word for p in Finder([Person(9, "Tiny", "AAA22")]).find("x", "Tiny and tiny")] == [False, True]
    assert {p.why for p in Finder(PEOPLE).find("x", "Rose KTP47")} == {
        "another client's alias",
        "another client's code",
    }


def test_cuts_are_marked_with_their_ground_and_overlaps_join() -> None:
    text = "Saw Rose and Sofía Ríos at the motel."
    cuts = [Cut("x", 4, 8, "23(4)(c)"), Cut("x", 13, 23, "23(4)(c)"), Cut("x", 6, 12, "23(4)(c)")]
    severed, made = apply_cuts(text, cuts)
    assert severed == "Saw [severed: s. 23(4)(c)] [severed: s. 23(4)(c)] at the motel."
    assert len(made) == 2


def test_a_changed_cut_is_found_near_the_proposal() -> None:
    text = "Rose said hi. Later Rose's sister came."
    assert locate(text, "rose's sister", near=20) == (20, 33)
    assert locate(text, "nobody", near=0) is None


def test_thousands_of_clients_compile_and_search_quickly() -> None:
    import time

    people = [Person(i, f"Alias{i} Name", f"ABC{i % 100:02d}") for i in range(5_000)]
    started = time.perf_counter()
    finder = Finder(people)
    hits = finder.find("x", "A long note about Alias4321 name and others. " * 200)
    assert len(hits) == 200
    assert time.perf_counter() - started < 5
