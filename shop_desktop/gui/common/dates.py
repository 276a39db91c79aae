"""Dates and times as the screens show them: the system locale's words, the centre's local time.

The vault keeps ISO text (visits in the centre's local time, the audit trail in UTC); files and
CSVs stay ISO. Only what a person reads on screen goes through here. The centre's time zone is
the computer's (it sits in the centre), so aware times are converted with astimezone().
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit

SHORT = QLocale.FormatType.ShortFormat


def _full_year(pattern: str) -> str:
    """A locale's short pattern with a four-digit year: "1/12/26" is ambiguous at a front desk."""
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy") if "yy" in pattern else pattern


def date_format() -> str:
    """The display format for date fields (QDateEdit.setDisplayFormat)."""
    return _full_year(QLocale().dateFormat(SHORT))


def time_format() -> str:
    return QLocale().timeFormat(SHORT)


def datetime_format() -> str:
    return f"{date_format()} {time_format()}"


def _local(value: str | datetime) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)  # UTC in the vault, local on screen
    return moment


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))


@lru_cache(maxsize=8192)  # a long list formats the same moments on every repaint
def show_date(value: str | date | datetime | None) -> str:
    """ "2026-12-01" (or a date) in the locale's short form with the full year; "" for nothing."""
    if not value:
        return ""
    if isinstance(value, datetime) or (isinstance(value, str) and len(value) > 10):
        value = _local(value).date()
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def show_long_date(value: str | date) -> str:
    """A date in words for a heading or a detail pane ("Saturday, 14 November 2026")."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


@lru_cache(maxsize=8192)  # a long list formats the same moments on every repaint
def show_time(value: str | datetime | None) -> str:
    """The time of day of an ISO moment, in the centre's time and the locale's form ("10:14")."""
    if not value:
        return ""
    moment = _local(value)
    return QLocale().toString(QTime(moment.hour, moment.minute), time_format())


@lru_cache(maxsize=8192)  # a long list formats the same moments on every repaint
def show_datetime(value: str | datetime | None) -> str:
    """Date and time of an ISO moment, in the centre's time; a bare date shows as a date."""
    if not value:
        return ""
    if isinstance(value, str) and len(value) == 10:
        return show_date(value)
    return QLocale().toString(_qdatetime(_local(value)), datetime_format())


def use_locale_format(field: QDateTimeEdit) -> None:
    """A date or time field shows the locale's format, whatever its code set ("yyyy-MM-dd" in a
    form reads as "1 12 2026" to nobody); the value is unchanged. theme.AsShown calls it."""
    sections = field.displayedSections()
    has_date = bool(sections & QDateTimeEdit.Section.DateSections_Mask)
    has_time = bool(sections & QDateTimeEdit.Section.TimeSections_Mask)
    wanted = datetime_format() if has_date and has_time else date_format() if has_date else time_format()
    if field.displayFormat() != wanted:
        field.setDisplayFormat(wanted)
