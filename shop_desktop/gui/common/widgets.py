"""Small widgets several screens share: the new-passphrase field, icons, headings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

# The sign-in window uses a few of these helpers; the classes only screens need (tables, settings,
# tooltips) and core.text are imported where used: PySide makes a class's Python type at its first
# import, and these were about 5 ms of the start to the sign-in window.
if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
    from PySide6.QtWidgets import QTableView


class SearchBox(QLineEdit):
    """A search field that holds at most SEARCH_MAX characters and says so when a paste is cut.

    Core refuses longer searches too (text.search_query), so the CLI gives the same answer.
    """

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        from shop_desktop.core.text import SEARCH_MAX  # (see the imports above)

        super().__init__(parent)
        self.setMaxLength(SEARCH_MAX)
        self.setClearButtonEnabled(True)
        self.inputRejected.connect(self._say_refused)

    def _say_refused(self) -> None:
        from PySide6.QtWidgets import QToolTip

        from shop_desktop.core.text import SEARCH_MAX

        if len(self.text()) < SEARCH_MAX:
            return  # a key refused for another reason (a validator), not the length
        words = self.tr(
            "A search can be at most %n characters, so the rest of what you typed or pasted was left out.",
            "",
            SEARCH_MAX,
        )
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), words, self)
        self.refused.emit(words)


class ElidedLabel(QLabel):
    """One line that ends in "…" when too long for its space; the whole text is in the tooltip."""

    def __init__(self, text: str | QWidget = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):  # a Designer form passes only the parent
            text, parent = "", text
        super().__init__(parent)
        self.full_text = ""
        self.setMinimumWidth(80)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(min(hint.width(), 360), hint.height())  # long text elides; it does not widen the window

    def _elide(self) -> None:
        width = max(self.width(), self.minimumWidth())
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width))


def icon(name: str) -> QIcon:
    """One of resources/icons, drawn in the palette's text colour (theme.icon)."""
    from shop_desktop.gui.common import theme

    return theme.icon(name)


def row_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only list of records: whole rows selected one at a time, alternating colours."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


def sort_proxy(model: QAbstractItemModel) -> QSortFilterProxyModel:
    """A proxy that sorts by the model's sort role (click a header to sort)."""
    from PySide6.QtCore import QSortFilterProxyModel

    from shop_desktop.gui.common.models import SORT_ROLE

    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def sorted_row_table(model: QAbstractItemModel, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    """row_table behind sort_proxy."""
    proxy = sort_proxy(model)
    table = row_table(proxy, name)
    table.setSortingEnabled(True)
    return table, proxy


SCREEN_MARGINS = (24, 20, 24, 20)  # every section's edge, so screens line up as the person moves between them
TIGHT_MARGINS = (16, 16, 16, 16)  # a screen whose widest row must still fit 831 px (1366x768 at 150%)

F = TypeVar("F")


def build_in_turns(
    owner: QObject,
    steps: Sequence[Callable[[], object]],
    *,
    at_once: bool = False,
    go_on: Callable[[], bool] = lambda: True,
) -> None:
    """Run a screen's building steps one per turn of the event loop (the first one now), so the window
    paints and answers keys in between; at_once runs them all now (a screen opened by hand or a test).
    Once go_on() says no (the app locked), or the screen is destroyed, no more of them run."""
    if at_once:
        for step in steps:
            step()
        return
    first, *rest = steps
    first()
    if rest:
        QTimer.singleShot(1, owner, lambda: go_on() and build_in_turns(owner, rest, go_on=go_on))
        # (a timer, not a posted call: the event loop takes its other timers and paints between two steps)


def set_up_screen(form: F, screen: QWidget, margins: tuple[int, int, int, int] = SCREEN_MARGINS) -> F:
    """Build a section's screen from its Designer form (ui/*.ui) with the house margins; returns the form."""
    form.setupUi(screen)  # type: ignore[attr-defined]
    layout = screen.layout()
    if layout is not None:
        layout.setContentsMargins(*margins)
    return form


def save_where_chosen(write: Callable[[], object], path: Path) -> tuple[str, str]:
    """Run a save to the path the person chose; (words, kind) for the screen's message line."""
    try:
        write()
    except OSError as error:
        words = QCoreApplication.translate("Saving", "Couldn't save to %s (%s). Choose another place.")
        return words % (path, error.strerror), "error"
    return QCoreApplication.translate("Saving", "Saved %s.") % path, "success"


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("heading", True)
    label.setAccessibleName(text)
    return label


def note_label(text: str = "", *, kind: str = "subtle") -> QLabel:
    """A wrapped label styled by app.qss: kind is subtle, error, warning or success."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty(kind, True)
    return label


def say(label: QLabel, text: str, kind: str, *, hide_when_empty: bool = False) -> None:
    """A screen's or dialog's message line: the words and their kind (success, warning, error,
    subtle), the one way every screen's _say shows them."""
    label.setText(text)
    if hide_when_empty:
        label.setVisible(bool(text))
    set_kind(label, kind)


def set_kind(label: QLabel, kind: str) -> None:
    for name in ("subtle", "error", "warning", "success"):
        label.setProperty(name, name == kind)
    label.style().unpolish(label)
    label.style().polish(label)


class NewPassphraseField(QWidget):
    """Passphrase typed twice, live feedback in plain words, and "Suggest a passphrase"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, username: str = "") -> None:
        # Its form and the passphrase rules load with the first field, not with the sign-in window (5 ms).
        from shop_desktop.gui.forms.ui_new_passphrase_field import Ui_NewPassphraseField

        super().__init__(parent)
        self.username = username
        self.ui = Ui_NewPassphraseField()
        self.ui.setupUi(self)
        self.first, self.second, self.feedback = self.ui.first, self.ui.second, self.ui.feedback
        self.suggest_button, self.show_button = self.ui.suggest_button, self.ui.show_button
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._update)
        self.suggest_button.clicked.connect(self.suggest)
        self.show_button.toggled.connect(self._show)
        self._update()

    def suggest(self) -> None:
        from shop_desktop.core.store import passphrase  # (see __init__)

        words = passphrase.suggest()
        self.show_button.setChecked(True)
        self.first.setText(words)
        self.second.setText(words)

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)
        self.show_button.setText(self.tr("Hide") if visible else self.tr("Show"))

    def problem(self) -> str:
        from shop_desktop.core.store import passphrase  # (see __init__)

        text = self.first.text()
        found = passphrase.problem_with(text, username=self.username)
        if found:
            return found
        if self.second.text() != text:
            return self.tr("The two passphrases are different.")
        return ""

    def _update(self) -> None:
        if not self.first.text():
            self.feedback.setText(self.tr("At least 15 characters. A few unrelated words work well."))
            set_kind(self.feedback, "subtle")
        else:
            found = self.problem()
            self.feedback.setText(found or self.tr("Good: this passphrase can be used."))
            set_kind(self.feedback, "warning" if found else "success")
        self.changed.emit()

    def text(self) -> str:
        return self.first.text()

    def is_acceptable(self) -> bool:
        return not self.problem()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def standard_icon(widget: QWidget, which: QStyle.StandardPixmap) -> QIcon:
    return widget.style().standardIcon(which)


class SectionStack(QStackedWidget):
    """Asks for the room the shown screen needs, not the largest screen ever opened.

    Set inside a scroll area (ui/main_window.ui), a screen that cannot shrink to a small window
    (1366x768 at 150%) scrolls instead of being crushed, and a small screen never scrolls
    because a big one was opened before it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.minimumSize().expandedTo(page.minimumSizeHint()) if page else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # The least height at this width, not the preferred one: otherwise the scroll area makes a
        # screen with wrapped text as tall as it would like, and it scrolls where it could shrink.
        page = self.currentWidget()
        layout = page.layout() if page else None
        if layout is None or not layout.hasHeightForWidth():
            return -1
        return max(layout.totalMinimumHeightForWidth(width), page.minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a screen's needs changed (e.g. a row appeared)
            self.updateGeometry()
        return super().event(event)


def fitting_sizes(available: QSize) -> tuple[QSize, QSize]:
    """(first size, minimum size) of the main window on a screen with this much room.

    The ideal minimum is 1024x700 (UI.md); on a smaller logical screen (1366x768 at 150% is
    about 911x485 beside a taskbar) it shrinks to fit, and the screens scroll. The allowance
    is the window frame and title bar, which availableGeometry does not include.
    """
    room = QSize(max(available.width() - 16, 480), max(available.height() - 48, 360))
    return QSize(1280, 800).boundedTo(room), QSize(1024, 700).boundedTo(room)


def fit_into(window: QWidget, room: QSize) -> None:
    """Bound a window (a dialog with a large minimum, say) to the room on its screen, less the frame."""
    usable = QSize(max(room.width() - 16, 320), max(room.height() - 48, 240))
    if not usable.expandedTo(window.minimumSize()) == usable:
        window.setMinimumSize(window.minimumSize().boundedTo(usable))
    if window.width() > usable.width() or window.height() > usable.height():
        window.resize(window.size().boundedTo(usable))


class BodyScroll(QScrollArea):
    """Asks for the whole body's size (so a roomy screen shows it all), but can shrink and scroll."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        body = self.widget()
        inner = body.sizeHint()
        width = max(inner.width(), self.width() - self.verticalScrollBar().sizeHint().width())
        height = body.heightForWidth(width) if body.hasHeightForWidth() else inner.height()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), max(height, inner.height()))

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        super().setWidget(widget)
        widget.installEventFilter(self)  # so a body that grows later (a longer text in a row) widens the scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's needs changed (a longer name in a box): widen to fit
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().minimumSizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), min(inner.height(), 120))


def scrolling_body(*parts: QWidget | QLayout) -> QScrollArea:
    """A dialog's fields in a scroll area: on a small screen (150% scaling) they scroll and the
    dialog's buttons, kept outside it, stay in sight."""
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    return scrolls_down(body)


def scrolls_down(body: QWidget) -> QScrollArea:
    """A scroll area that scrolls down only: it is always as wide as its content needs."""
    area = BodyScroll()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    return area


def available_room(widget: QWidget) -> QSize:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen else QSize(1024, 768)


LAST_FOLDER = "dialogs/last_folder"  # QSettings: a folder path only (a USB stick, Documents), never a file name


def start_folder() -> Path:
    """Where save, open and folder dialogs open: the folder last chosen, else Documents, else home;
    never the program's working folder (a frozen app's is its install folder)."""
    from PySide6.QtCore import QSettings, QStandardPaths

    remembered = QSettings().value(LAST_FOLDER)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(chosen: Path) -> None:
    from PySide6.QtCore import QSettings

    folder = chosen if chosen.is_dir() else chosen.parent
    QSettings().setValue(LAST_FOLDER, str(folder))
