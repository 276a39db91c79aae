"""The choices for optional demographics, in the words the centre and its funders use.

Indigenous identity follows BC's data standard (First Nations, Métis, Inuit, not
Indigenous, don't know, prefers not to answer). Keys are stored; labels are shown.
"""

from __future__ import annotations

from datetime import date

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, said

GENDERS: dict[str, str] = {
    "woman": "Woman",
    "man": "Man",
    "trans_woman": "Trans woman",
    "trans_man": "Trans man",
    "non_binary": "Non-binary",
    "two_spirit": "Two-Spirit",
    "another": "Another identity",
    "not_said": "Prefers not to say",
}
AGE_BANDS: dict[str, str] = {
    "under_19": "Under 19",
    "19_24": "19 to 24",
    "25_34": "25 to 34",
    "35_44": "35 to 44",
    "45_54": "45 to 54",
    "55_64": "55 to 64",
    "65_plus": "65 or older",
    "not_said": "Prefers not to say",
}
INDIGENOUS: dict[str, str] = {
    "first_nations": "First Nations",
    "metis": "Métis",
    "inuit": "Inuit",
    "not_indigenous": "Not Indigenous",
    "dont_know": "Don't know",
    "not_said": "Prefers not to answer",
}
UNKNOWN = "Not recorded"


def check_choice(choices: dict[str, str], value: str | None, what: str) -> str | None:
    if value in (None, ""):
        return None
    if value not in choices:
        raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "Choose the {what} from the list."), what=what))
    return value


def age_band_for(birth_year: int, today: date | None = None) -> str:
    age = (today or date.today()).year - birth_year
    for key, low, high in (
        ("under_19", 0, 18),
        ("19_24", 19, 24),
        ("25_34", 25, 34),
        ("35_44", 35, 44),
        ("45_54", 45, 54),
        ("55_64", 55, 64),
    ):
        if low <= age <= high:
            return key
    return "65_plus"


def check_birth_year(value: int | None, today: date | None = None) -> int | None:
    if value is None:
        return None
    this_year = (today or date.today()).year
    if not this_year - 110 <= value <= this_year - 10:
        raise InvalidInput(f"The year of birth should be between {this_year - 110} and {this_year - 10}.")
    return value
