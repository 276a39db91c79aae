"""One unsaved-changes guard for every form dialog: Esc, Cancel or the close button on a changed
form asks "Discard this bad-date report?"; an unchanged form closes at once; the lock closes it
without asking and drops what was typed.

A form is "changed" when what its fields hold differs from what they held when it first showed
(so a form opened already filled in, to edit, is unchanged until someone types).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from shop_desktop.gui.common.dialogs import Dialogs


def dialogs_near(widget: QObject | None) -> Dialogs:
    """The Dialogs seam of the screen a dialog was opened from (tests script its answers)."""
    while widget is not None:
        for holder in (widget, getattr(widget, "services", None)):
            found = getattr(holder, "dialogs", None)
            if isinstance(found, Dialogs):
                return found
        widget = widget.parent()
    return Dialogs()


def field_values(form: QWidget) -> list[object]:
    """What every input of the form holds, in a fixed order."""
    values: list[object] = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return values


def drop_typed_text(form: QWidget) -> None:
    """On lock: nothing typed stays in memory for the next person at the desk."""
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.clear()


class GuardedDialog(QDialog):
    """Subclasses set form_name ("bad-date report") and may add state no field shows (unsaved_extra)."""

    def __init__(self, parent: QWidget | None = None, *, dialogs: Dialogs | None = None) -> None:
        super().__init__(parent)
        self.form_name = QCoreApplication.translate("Unsaved", "form")
        self.guard_dialogs = dialogs
        self._baseline: list[object] | None = None
        self._closing = False

    def unsaved_extra(self) -> object:
        """State kept outside the fields (a linked record, a chosen client); part of "changed"."""
        return None

    def _state(self) -> list[object]:
        return [*field_values(self), self.unsaved_extra()]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._closing = False
        if self._baseline is None:
            self._baseline = self._state()

    def is_changed(self) -> bool:
        return self._baseline is not None and self._state() != self._baseline

    def reject(self) -> None:
        """Esc, Cancel and the window's close button all come here."""
        if self._closing or not self.is_changed() or self._confirm_discard():
            self._closing = True
            drop_typed_text(self)  # a discarded form holds nothing until it is destroyed
            super().reject()

    def _confirm_discard(self) -> bool:
        dialogs = self.guard_dialogs or dialogs_near(self)
        answer = dialogs.confirm(
            self,
            QCoreApplication.translate("Unsaved", "Discard this %s?") % self.form_name,
            QCoreApplication.translate(
                "Unsaved", "What you typed in this %s hasn't been saved. Discard it, or go back and save it?"
            )
            % self.form_name,
            action=QCoreApplication.translate("Unsaved", "Discard"),
            danger=True,
        )
        return answer and self.isVisible()  # the lock may have closed the form while the question was up

    def close_for_lock(self) -> None:
        """The app is locking: no question, nothing typed left behind."""
        self._closing = True
        drop_typed_text(self)
        QDialog.done(self, QDialog.DialogCode.Rejected)
