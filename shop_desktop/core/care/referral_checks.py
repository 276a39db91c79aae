"""Checking what a person typed into a referral or the agency directory: dates, follow-up days and
an agency's fields, each refused in plain words."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

from shop_desktop.core.care.referral_model import (
    AGENCY_LIMITS,
    AGENCY_WORDS,
    CATEGORIES,
    LATE_ENTRY_DAYS,
    AgencyDetails,
    ReferralRequest,
)
from shop_desktop.core.care.referral_model import ATTENDED as ATTENDED  # re-exported
from shop_desktop.core.care.referral_model import DECLINED as DECLINED  # re-exported
from shop_desktop.core.care.referral_model import NOT_ATTENDED as NOT_ATTENDED  # re-exported
from shop_desktop.core.care.referral_model import NOT_NEEDED as NOT_NEEDED  # re-exported
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, said
from shop_desktop.core.text import clean_text


def _day(words: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(said(QT_TRANSLATE_NOOP("core", "The {words} is not a date."), words=words)) from None


def checked_agency(details: AgencyDetails) -> AgencyDetails:
    if details.category not in CATEGORIES:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose the kind of agency from the list."))
    values = {
        f.name: clean_text(
            AGENCY_WORDS[f.name], getattr(details, f.name), AGENCY_LIMITS[f.name], required=f.name == "name"
        )
        for f in fields(AgencyDetails)
        if f.name not in ("name", "category")
    }
    name = clean_text(AGENCY_WORDS["name"], details.name, AGENCY_LIMITS["name"], required=True) or ""
    return AgencyDetails(name, details.category, **values)


def _checked_follow_up(value: str | None, referred_on: date) -> str | None:
    if not value:
        return None
    day = _day("follow-up date", value)
    if day < referred_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The follow-up date is before the referral was made."))
    if day > referred_on + timedelta(days=366):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose a follow-up date within a year."))
    return day.isoformat()


def _referral_day(request: ReferralRequest) -> date:
    """The day the referral was made: today when not given, never in the future or too long ago."""
    on = _day("referral date", request.referred_on) if request.referred_on else date.today()
    if on > date.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "A referral can't be dated in the future. Check the date."))
    if on < date.today() - timedelta(days=LATE_ENTRY_DAYS):
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", "Late entries can go back at most {LATE_ENTRY_DAYS} days."),
                LATE_ENTRY_DAYS=LATE_ENTRY_DAYS,
            )
        )
    return on
