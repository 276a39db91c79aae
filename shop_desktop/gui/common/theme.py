"""Colours that follow the system's light or dark palette: icons recoloured at load, the stylesheet.

The SVGs in resources/icons are drawn in one ink (assets.ICON_INK); each is recoloured from the
palette's text colour so it reads on a dark theme as well as a light one. app.qss names a few
colours as tokens (a dollar sign and a name) that differ by theme (red text bright enough on a dark background).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QByteArray, QDir, QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QPushButton, QWidget

from shop_desktop.assets import icon_svg, resource_path
from shop_desktop.gui.common.widgets import available_room, fit_into

W = TypeVar("W", bound=QWidget)

WHITE = "#ffffff"
LIGHT = {
    "danger_text": "#b3261e",
    "warning_text": "#8a5a00",
    "success_text": "#276b2b",
    "link_text": "#2f6f8f",
    "disabled_text": "#767676",
    "indicator_border": "#767676",
    "primary_disabled_bg": "#c7d7df",
    "primary_disabled_text": "#4d5f69",
}
DARK = {
    "danger_text": "#ff8a80",
    "warning_text": "#f3c969",
    "success_text": "#8fd694",
    "link_text": "#8cc4de",
    "disabled_text": "#a0a0a0",
    "indicator_border": "#a0a0a0",
    "primary_disabled_bg": "#35505d",
    "primary_disabled_text": "#b4c4cc",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette) -> dict[str, str]:
    return DARK if is_dark(palette) else LIGHT


def stylesheet(palette: QPalette) -> str:
    """resources/app.qss with its $tokens filled in for this palette (longest names first)."""
    text = resource_path("app.qss").read_text(encoding="utf-8")
    for token, value in sorted(colours(palette).items(), key=lambda item: -len(item[0])):
        text = text.replace(f"${token}", value)
    return text


def apply(app: QGuiApplication) -> None:
    """The stylesheet for the current palette; url(icons:…) in it finds resources/icons."""
    QDir.addSearchPath("icons", str(resource_path("icons")))
    if app.property("shop_as_shown") is None:
        app.setProperty("shop_as_shown", True)
        app.installEventFilter(AsShown(app))
    app.setStyleSheet(stylesheet(app.palette()))  # type: ignore[attr-defined]


def ink(palette: QPalette) -> str:
    """The icons' colour: the text colour, softened a fifth of the way toward the background."""
    text, base = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mixed = QColor(*(round(t * 0.8 + b * 0.2) for t, b in zip(text.getRgb()[:3], base.getRgb()[:3], strict=True)))
    return mixed.name()


def icon(name: str) -> QIcon:
    palette = QGuiApplication.palette()
    return _icon(name, ink(palette), palette.color(QPalette.ColorRole.HighlightedText).name())


@cache
def _icon(name: str, normal: str, selected: str) -> QIcon:
    made = QIcon(InkIconEngine(name, normal, selected))
    _names[made.cacheKey()] = name
    return made


_names: dict[int, str] = {}  # which SVG an icon was made from, to redraw it white on an accent button


def whiten_accent_icon(button: QPushButton) -> None:
    """A primary or danger button is filled with the accent, so its icon is drawn in white."""
    filled = button.property("primary") or button.property("danger")
    name = _names.get(button.icon().cacheKey()) if filled else None
    if name:
        button.setIcon(_icon(name, WHITE, WHITE))


class AsShown(QObject):
    """The one application filter for looks (a Python call on every event is not free): as a widget
    is first polished or shown it gets the theme's icons, the locale's date format, and a dialog
    is bounded to its screen's room."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Polish:
            if isinstance(watched, QPushButton):
                whiten_accent_icon(watched)
            elif isinstance(watched, QDateTimeEdit):
                from shop_desktop.gui.common.dates import use_locale_format  # with the first date field

                use_locale_format(watched)
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_into(watched, available_room(watched))
        return False


def build_unwatched(make: Callable[[], W]) -> W:
    """make() with AsShown out of the way, then what AsShown gives a widget as it is polished
    (idempotent; building a window shows no dialog, so no Show needs catching up). Each event the
    filter sees hands Python its object, and Shiboken makes the Python type of each Qt class it
    meets first: the sign-in window's building sent 260 events (the user box's list, its scroll
    bars, a menu), 20 ms before the first window could show. warm_up makes those types once it
    shows. AsShown only reads events, so being put back first among the filters changes nothing."""
    app = QApplication.instance()
    watcher = app.findChild(AsShown) if app is not None else None
    if watcher is None:
        return make()
    app.removeEventFilter(watcher)
    try:
        window = make()
    finally:
        app.installEventFilter(watcher)
    for button in window.findChildren(QPushButton):
        whiten_accent_icon(button)
    fields = window.findChildren(QDateTimeEdit)
    if fields:
        from shop_desktop.gui.common.dates import use_locale_format

        for field in fields:
            use_locale_format(field)
    return window


class InkIconEngine(QIconEngine):
    """Draws the recoloured SVG at whatever size is asked, when asked (a window needs a few dozen
    icons at one or two sizes; rendering every size up front cost a few milliseconds each)."""

    def __init__(self, name: str, normal: str, selected: str) -> None:
        super().__init__()
        self.name, self.normal, self.selected = name, normal, selected
        self.renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = self.selected if mode == QIcon.Mode.Selected else self.normal
        if colour not in self.renderers:
            self.renderers[colour] = QSvgRenderer(QByteArray(icon_svg(self.name, colour)))
        return self.renderers[colour]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return InkIconEngine(self.name, self.normal, self.selected)


def dark_palette() -> QPalette:
    """A dark palette like a dark desktop theme's, for screenshots and tests of the dark look."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d30"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1f2023"),
        (roles.AlternateBase, "#2a2c30"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#3a3d41"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.ToolTipBase, "#3a3d41"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#9a9ea4"),
        (roles.Highlight, "#2f6f8f"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Light, "#4a4d52"),
        (roles.Midlight, "#3f4246"),
        (roles.Mid, "#5a5e63"),
        (roles.Dark, "#18191b"),
        (roles.Shadow, "#000000"),
        (roles.Link, "#8cc4de"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8d91"))
    return palette
