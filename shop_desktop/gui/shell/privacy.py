"""The privacy screen: F12 (or Esc twice) blanks every window of the app at once; the passphrase
brings them back exactly as they were. Ctrl+L locks from anywhere.

The keys are read by one event filter on the QApplication, not by shortcuts: Qt delivers no
shortcut of a window that a modal dialog blocks, so a shortcut on the main window does nothing
while the note editor or the print dialog is open. The filter sees every key press first.
Each visible window gets a blank cover over it (a child widget, so nothing in the window is
closed, hidden or cleared). The passphrase field is in one more window over the main window, shown
application-modal so it takes the keyboard even from a modal dialog or a message box.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.gui.common.widgets import note_label

DOUBLE_ESC_SECONDS = 0.8
CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PANEL_WIDTH = 440


class PrivacyCover(QWidget):
    """Covers one window completely; nothing behind it can be read or clicked. As the prompt it is a
    window of its own over `window`, with the passphrase field."""

    def __init__(self, window: QWidget, *, prompt: bool = False) -> None:
        super().__init__(window)
        self.prompt = prompt
        if prompt:
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
            self.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.setWindowTitle(self.tr("Screen hidden"))
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
        inner = QVBoxLayout(self.panel)
        inner.setSpacing(12)
        for widget in (self.title, self.hint, self.passphrase, self.button, self.error):
            inner.addWidget(widget)
        # Stretches, not an alignment: an aligned item gets its size hint, too short for wrapped lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.panel)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        window.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        self.panel.setFixedWidth(max(200, min(PANEL_WIDTH, self.parentWidget().width() - 32)))
        self.panel.setVisible(self.prompt)
        self.error.setText("")
        self.passphrase.clear()
        self._fit()
        self.show()
        self.raise_()
        if self.prompt:
            self.activateWindow()
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        window = self.parentWidget()
        self.setGeometry(window.geometry() if self.prompt else window.rect())

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setMinimumHeight(self.error.heightForWidth(self.panel.width()))  # bold text wraps taller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        moved = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.ChildAdded)
        if event.type() in moved and self.isVisible():
            self._fit()
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
        self.holder: PrivacyCover | None = None  # the prompt: the window with the passphrase field
        self.main_window: QWidget | None = None
        self._focus: QWidget | None = None
        self._last_escape = 0.0

    @property
    def covering(self) -> bool:
        return bool(self.covers)

    def _prompt(self) -> PrivacyCover | None:
        if self.holder is None or not shiboken6.isValid(self.holder):
            if self.main_window is None or not shiboken6.isValid(self.main_window):
                return None
            self.holder = PrivacyCover(self.main_window, prompt=True)
            self.holder.passphrase.returnPressed.connect(self.try_uncover)
            self.holder.button.clicked.connect(self.try_uncover)
        return self.holder

    # --- the keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.Show):
            return False  # every event of the app passes here: the cheap test first
        window = self.main_window
        if window is None or not shiboken6.isValid(window) or not window.isVisible():
            return False  # the session's window is gone: nothing of it to hide
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
        return [
            w
            for w in QApplication.topLevelWidgets()
            # a window Qt is tearing down (a closed print dialog's helpers) is skipped, not touched
            if shiboken6.isValid(w)
            and w.isVisible()
            and w.windowType() not in passing
            and not isinstance(w, PrivacyCover)
        ]

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
        cover.cover()
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
        """The prompt goes (back) on top of the modal stack: a dialog opened while hidden can't block it."""
        prompt = self._prompt()
        if prompt is None:
            return
        if prompt.isVisible() and QApplication.activeModalWidget() is not prompt:
            prompt.hide()
        if not prompt.isVisible():
            prompt.cover()

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
        if self.holder is not None and shiboken6.isValid(self.holder):
            self.holder.passphrase.clear()
            self.holder.hide()
        for widget in self.disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        self.covers, self.disabled = {}, []
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """On lock: the covers stay up and go with the windows being closed; nothing is given focus."""
        QApplication.instance().removeEventFilter(self)
        if self.holder is not None and shiboken6.isValid(self.holder):
            self.holder.passphrase.clear()
            self.holder.hide()
        self.covers, self.disabled, self._focus = {}, [], None
