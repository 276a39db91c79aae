"""Dates in the locale and the centre's time; icons and stylesheet readable on light and dark palettes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from shop_desktop.gui.common import dates, theme
from shop_desktop.gui.shell.app import configure_application


@pytest.fixture
def locale_and_zone() -> Iterator[None]:
    """German dates and Vancouver time (UTC-8 in December), put back afterwards."""
    before_zone, before_locale = os.environ.get("TZ"), QLocale()
    os.environ["TZ"] = "America/Vancouver"
    time.tzset()
    QLocale.setDefault(QLocale("de_DE"))
    for cached in (dates.show_date, dates.show_time, dates.show_datetime):
        cached.cache_clear()
    yield
    if before_zone is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = before_zone
    time.tzset()
    QLocale.setDefault(before_locale)
    for cached in (dates.show_date, dates.show_time, dates.show_datetime):
        cached.cache_clear()


def test_screen_dates_follow_the_locale_and_the_audit_trails_utc_becomes_centre_time(
    qapp: QApplication, locale_and_zone: None
) -> None:
    assert dates.show_date("2026-12-01") == "01.12.2026"
    assert dates.date_format() == "dd.MM.yyyy"
    assert dates.show_datetime("2026-12-01T18:47:00.123456+00:00") == "01.12.2026 10:47"  # 18:47 UTC
    assert dates.show_time("2026-12-01T18:47") == "18:47"  # visits are kept in the centre's time already
    assert dates.show_datetime("2026-12-01") == "01.12.2026"
    assert dates.show_date(None) == dates.show_time("") == ""


def test_a_two_digit_year_pattern_gets_the_full_year(qapp: QApplication) -> None:
    assert dates._full_year("M/d/yy") == "M/d/yyyy"
    assert dates._full_year("dd.MM.yyyy") == "dd.MM.yyyy"


def _contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        parts = [c / 255 for c in colour.getRgb()[:3]]
        linear = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_red_warning_and_disabled_text_are_readable_on_either_palette(qapp: QApplication, dark: bool) -> None:
    palette = theme.dark_palette() if dark else QApplication.style().standardPalette()
    background = palette.color(QPalette.ColorRole.Window)
    colours = theme.colours(palette)
    for name in ("danger_text", "warning_text", "success_text", "link_text"):
        assert _contrast(QColor(colours[name]), background) >= 4.5, name
    assert _contrast(QColor(colours["disabled_text"]), palette.color(QPalette.ColorRole.Button)) >= 3
    assert _contrast(QColor(colours["primary_disabled_text"]), QColor(colours["primary_disabled_bg"])) >= 4.5
    sheet = theme.stylesheet(palette)
    assert "$" not in sheet and colours["danger_text"] in sheet


def _ink_of(pixels: object) -> QColor:
    """The colour of the most opaque pixel: the icon's stroke."""
    image = pixels.toImage()  # type: ignore[attr-defined]
    best = QColor(0, 0, 0, 0)
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


@pytest.mark.parametrize("dark", [False, True])
def test_icons_are_drawn_in_the_palettes_text_colour_not_the_files_slate(qapp: QApplication, dark: bool) -> None:
    before = QGuiApplication.palette()
    palette = theme.dark_palette() if dark else QApplication.style().standardPalette()
    QApplication.setPalette(palette)
    try:
        ink = _ink_of(theme.icon("lock").pixmap(32))
        window = palette.color(QPalette.ColorRole.Window)
        assert _contrast(ink, window) >= 4.5  # the file's #3b4a5a on the dark window is about 1.6
        assert (ink.lightness() > 128) == dark
    finally:
        QApplication.setPalette(before)


def test_a_disabled_button_still_shows_its_words_on_the_dark_palette(qapp: QApplication) -> None:
    configure_application(qapp)
    before = QGuiApplication.palette()
    QApplication.setPalette(theme.dark_palette())
    theme.apply(qapp)
    try:
        button = QPushButton("Void visit")
        button.setEnabled(False)
        button.resize(160, 36)
        image = button.grab().toImage()
        background = image.pixelColor(4, image.height() // 2)
        lightest = max(
            (image.pixelColor(x, image.height() // 2) for x in range(image.width())), key=lambda c: c.lightness()
        )
        assert _contrast(lightest, background) >= 3
    finally:
        QApplication.setPalette(before)
        theme.apply(qapp)


def test_date_fields_show_the_locales_format_whatever_the_form_set(qapp: QApplication, locale_and_zone: None) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    configure_application(qapp)
    field = QDateEdit(QDate(2026, 12, 1))
    field.setDisplayFormat("yyyy-MM-dd")
    field.show()
    qapp.processEvents()
    assert field.text() == "01.12.2026" and field.date() == QDate(2026, 12, 1)
    field.close()


def test_a_window_built_out_of_the_looks_filters_sight_still_gets_its_looks(
    qapp: QApplication, locale_and_zone: None
) -> None:
    """theme.build_unwatched (how the sign-in window is built, 20 ms sooner) gives what AsShown
    gives a widget polished while it looked away, and AsShown watches again afterwards."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QWidget

    configure_application(qapp)

    def make() -> QWidget:
        window = QWidget()
        button = QPushButton(theme.icon("lock"), "Sign in", window)
        button.setProperty("primary", True)
        field = QDateEdit(QDate(2026, 12, 1), window)
        field.setDisplayFormat("yyyy-MM-dd")
        for child in (button, field):
            child.ensurePolished()  # AsShown never sees these two polished
        assert _ink_of(button.icon().pixmap(32)).lightness() < 240 and field.text() == "2026-12-01"
        return window

    window = theme.build_unwatched(make)
    button, field = window.findChild(QPushButton), window.findChild(QDateEdit)
    assert _ink_of(button.icon().pixmap(32)).lightness() > 240  # white on the accent, as AsShown draws it
    assert field.text() == "01.12.2026"
    later = QDateEdit(QDate(2026, 12, 1))
    later.setDisplayFormat("yyyy-MM-dd")
    later.show()
    qapp.processEvents()
    assert later.text() == "01.12.2026"
    later.close()
