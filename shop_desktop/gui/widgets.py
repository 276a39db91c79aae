"""Small widgets several screens share: the new-passphrase field, icons, headings."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QPoint, QSortFilterProxyModel, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.assets import resource_path
from shop_desktop.core import passphrase
from shop_desktop.core.text import SEARCH_MAX


class SearchBox(QLineEdit):
    """A search field that holds at most SEARCH_MAX characters and says so when a paste is cut.

    Core refuses longer searches too (text.search_query), so the CLI gives the same answer.
    """

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(SEARCH_MAX)
        self.setClearButtonEnabled(True)
        self.inputRejected.connect(self._say_refused)

    def _say_refused(self) -> None:
        if len(self.text()) < SEARCH_MAX:
            return  # a key refused for another reason (a validator), not the length
        words = self.tr(
            "A search can be at most %n characters, so the rest of what you typed or pasted was left out.",
            "",
            SEARCH_MAX,
        )
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), words, self)
        self.refused.emit(words)


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def row_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only list of records: whole rows selected one at a time, alternating colours."""
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


def sorted_row_table(model: QAbstractItemModel, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    """row_table behind a proxy that sorts by the model's sort role (click a header to sort)."""
    from shop_desktop.gui.models import SORT_ROLE

    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = row_table(proxy, name)
    table.setSortingEnabled(True)
    return table, proxy


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


def set_kind(label: QLabel, kind: str) -> None:
    for name in ("subtle", "error", "warning", "success"):
        label.setProperty(name, name == kind)
    label.style().unpolish(label)
    label.style().polish(label)


class NewPassphraseField(QWidget):
    """Passphrase typed twice, live feedback in plain words, and "Suggest a passphrase"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, username: str = "") -> None:
        super().__init__(parent)
        self.username = username
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.suggest_button = QPushButton(self.tr("Suggest a passphrase"), self)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setCheckable(True)
        self.feedback = note_label()
        self.feedback.setAccessibleName(self.tr("Passphrase feedback"))
        self._layout()
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._update)
        self.suggest_button.clicked.connect(self.suggest)
        self.show_button.toggled.connect(self._show)
        self._update()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.first, 1)
        row.addWidget(self.show_button)
        form.addRow(self.tr("&New passphrase *"), row)
        form.addRow(self.tr("&Type it again *"), self.second)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        outer.addLayout(buttons)
        outer.addWidget(self.feedback)
        for label_row in range(form.rowCount()):
            label = form.itemAt(label_row, QFormLayout.ItemRole.LabelRole)
            if label and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(self.first if label_row == 0 else self.second)

    def suggest(self) -> None:
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
