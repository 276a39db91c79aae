"""The privacy screen: F12 (or Esc twice) blanks every window of the app at once; the passphrase
brings them back exactly as they were. Ctrl+L locks from anywhere.

The keys are read by one event filter on the QApplication, not by shortcuts: Qt delivers no
shortcut of a window that a modal dialog blocks, so a shortcut on the main window does nothing
while the note editor or the print dialog is open. The filter sees every key press first.
Each visible window gets a cover over it (a child widget, so nothing in the window is closed,
hidden or cleared); the window that can take input (the top modal dialog, else the main window)
gets the passphrase field.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.gui.widgets import note_label

DOUBLE_ESC_SECONDS = 0.8
CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PANEL_SIZE = (380, 260)  # a window smaller than this grows while it holds the passphrase field


class PrivacyCover(QWidget):
    """Covers one window completely; nothing behind it can be read or clicked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("privacyCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(self.tr("Screen hidden"))
        self.title.setProperty("heading", True)
        self.hint = note_label(self.tr("You are still signed in. Type your passphrase to come back."), kind="plain")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase to show the screen again"))
        self.button = QPushButton(self.tr("Show the screen"))
        self.button.setDefault(True)
        self.error = note_label(kind="error")
        self.error.setAccessibleName(self.tr("Why the screen is still hidden"))
        self.panel = QWidget(self)
        self.panel.setMaximumWidth(440)
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        inner = QVBoxLayout(self.panel)
        inner.setSpacing(12)
        for widget in (self.title, self.hint, self.passphrase, self.button, self.error):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        window.installEventFilter(self)
        self.hide()

    def cover(self, *, with_passphrase: bool) -> None:
        self.panel.setVisible(with_passphrase)
        self.error.setText("")
        self.passphrase.clear()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        if with_passphrase:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.panel.adjustSize()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded) and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self.raise_()  # stays above a widget the window adds while hidden
        return False


class PrivacyScreen(QObject):
    """The application's privacy keys and the covers they put up. Install it on the QApplication."""

    lock_requested = Signal()
    switch_user_requested = Signal()
    uncovered = Signal()

    def __init__(self, check_passphrase: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check_passphrase = check_passphrase
        self.covers: dict[QWidget, PrivacyCover] = {}
        self.disabled: list[QWidget] = []  # what we turned off behind the covers, turned on again after
        self.grown: dict[QWidget, tuple[int, int]] = {}
        self.holder: PrivacyCover | None = None  # the cover with the passphrase field
        self.main_window: QWidget | None = None
        self._focus: QWidget | None = None
        self._last_escape = 0.0

    @property
    def covering(self) -> bool:
        return bool(self.covers)

    # --- the keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        window = self.main_window
        if window is None or not shiboken6.isValid(window) or not window.isVisible():
            return False  # the session's window is gone: nothing of it to hide
        kind = event.type()
        if kind == QEvent.Type.Show and self.covering and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(0, self._cover_new_windows)  # a window that opens while hidden is hidden too
        # A key press reaches the filter once per widget it propagates through; only the first is spontaneous.
        if kind != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or not event.spontaneous():
            return False
        return self._key(event)  # type: ignore[arg-type]

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers() & (CONTROL | SHIFT | Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_L and mods in (CONTROL, CONTROL | SHIFT):
            (self.switch_user_requested if mods & SHIFT else self.lock_requested).emit()
            return True
        if key == Qt.Key.Key_F12 and not mods:
            self.hide_screen()
            return True
        if key == Qt.Key.Key_Escape and not mods:
            return self._escape()
        return False

    def _escape(self) -> bool:
        """The first Esc does what Esc does (a changed form asks first); the second one hides."""
        if self.covering:
            return True
        now = time.monotonic()
        if now - self._last_escape <= DOUBLE_ESC_SECONDS:
            self._last_escape = 0.0
            self.hide_screen()
            return True
        self._last_escape = now
        return False

    # --- hiding ------------------------------------------------------------------------------

    def hide_screen(self) -> None:
        if self.covering:
            return
        self._focus = QApplication.focusWidget()
        self._close_popups()
        for window in self._windows():
            self._cover(window)
        self._give_passphrase_field()

    def _windows(self) -> list[QWidget]:
        passing = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.Desktop)
        return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() not in passing]

    @staticmethod
    def _close_popups() -> None:
        """Open lists (a completer, a calendar, a menu) may show aliases: they close, not cover."""
        QToolTip.hideText()
        for _ in range(10):
            popup = QApplication.activePopupWidget()
            if popup is None:
                return
            popup.close()

    def _cover(self, window: QWidget) -> None:
        if window in self.covers:
            return
        for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isWindow() or isinstance(child, PrivacyCover) or not child.isEnabled():
                continue
            child.setEnabled(False)  # Tab can't walk into the hidden form
            self.disabled.append(child)
        cover = PrivacyCover(window)
        cover.passphrase.returnPressed.connect(self.try_uncover)
        cover.button.clicked.connect(self.try_uncover)
        cover.cover(with_passphrase=False)
        self.covers[window] = cover

    def _cover_new_windows(self) -> None:
        self.covers = {w: c for w, c in self.covers.items() if shiboken6.isValid(w) and shiboken6.isValid(c)}
        if not self.covering:
            return
        self._close_popups()
        for window in self._windows():
            self._cover(window)
        self._give_passphrase_field()

    def _give_passphrase_field(self) -> None:
        """Typing reaches only the top modal dialog, if one is open; otherwise the main window."""
        modal = QApplication.activeModalWidget()
        target = modal if modal in self.covers else self.main_window
        if target not in self.covers:
            target = next(iter(self.covers), None)
        if target is None:
            return
        width, height = PANEL_SIZE
        if target.width() < width or target.height() < height:
            self.grown.setdefault(target, (target.width(), target.height()))
            target.resize(max(width, target.width()), max(height, target.height()))
        for cover in self.covers.values():
            cover.panel.hide()
        self.holder = self.covers[target]
        self.holder.cover(with_passphrase=True)
        target.activateWindow()
        target.raise_()

    # --- coming back -------------------------------------------------------------------------

    @property
    def passphrase(self) -> QLineEdit | None:
        return self.holder.passphrase if self.holder else None

    @property
    def error(self) -> QLabel | None:
        return self.holder.error if self.holder else None

    def try_uncover(self) -> None:
        if self.holder is None:
            return
        typed = self.holder.passphrase.text()
        self.holder.passphrase.clear()
        if self.check_passphrase(typed):
            self.show_screen()
            self.uncovered.emit()
        else:
            self.holder.say(self.tr("That passphrase doesn't match. Check Caps Lock and try again."))

    def show_screen(self) -> None:
        """Every window as it was, and the keyboard back in the field it was in."""
        for cover in self.covers.values():
            if shiboken6.isValid(cover):
                cover.hide()
                cover.deleteLater()
        for widget in self.disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        for window, (width, height) in self.grown.items():
            if shiboken6.isValid(window):
                window.resize(width, height)
        self.covers, self.disabled, self.grown, self.holder = {}, [], {}, None
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """On lock: the covers go with the windows; nothing is given focus."""
        QApplication.instance().removeEventFilter(self)
        self._focus = None
        self.show_screen()
