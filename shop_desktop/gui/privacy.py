"""The privacy screen: F12 (or Esc twice) blanks the window at once; the passphrase brings it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shop_desktop.gui.widgets import note_label


class PrivacyCover(QWidget):
    """Covers its parent completely; nothing behind it can be read or clicked."""

    uncovered = Signal()

    def __init__(self, parent: QWidget, check_passphrase: Callable[[str], bool]) -> None:
        super().__init__(parent)
        self.setObjectName("privacyCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.check_passphrase = check_passphrase
        title = QLabel(self.tr("Screen hidden"))
        title.setProperty("heading", True)
        self.hint = note_label(self.tr("You are still signed in. Type your passphrase to come back."), kind="plain")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase to show the screen again"))
        self.button = QPushButton(self.tr("Show the screen"))
        self.button.setDefault(True)
        self.error = note_label(kind="error")
        panel = QWidget(self)
        panel.setFixedWidth(440)
        inner = QVBoxLayout(panel)
        inner.setSpacing(12)
        for widget in (title, self.hint, self.passphrase, self.button, self.error):
            inner.addWidget(widget)
        self.passphrase.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.passphrase.returnPressed.connect(self.try_uncover)
        self.button.clicked.connect(self.try_uncover)
        parent.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.error.setText("")
        self.passphrase.clear()
        self.show()
        self.raise_()
        self.passphrase.setFocus()

    def try_uncover(self) -> None:
        if self.check_passphrase(self.passphrase.text()):
            self.passphrase.clear()
            self.hide()
            self.uncovered.emit()
        else:
            self.passphrase.clear()
            self.error.setText(self.tr("That passphrase doesn't match. Check Caps Lock and try again."))

    @property
    def covering(self) -> bool:
        return self.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False
