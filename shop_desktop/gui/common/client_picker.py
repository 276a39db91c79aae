"""Find a client by alias or code: a search box over a short list, for screens about one client."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from shop_desktop.core.session import Session
from shop_desktop.gui.forms.ui_client_picker import Ui_ClientPicker


class ClientPicker(QWidget):
    """Type, then Enter (or a double click) picks the highlighted client; emits their id."""

    picked = Signal(int)

    def __init__(self, session: Session, *, include_archived: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.include_archived = include_archived
        self.ui = Ui_ClientPicker()
        self.ui.setupUi(self)
        self.search, self.matches = self.ui.search, self.ui.matches
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self._pick_current)
        self.matches.itemActivated.connect(lambda item: self.picked.emit(item.data(Qt.ItemDataRole.UserRole)))

    def _find(self, text: str) -> None:
        self.matches.clear()
        found = (
            self.session.clients.search(text, include_archived=self.include_archived, limit=50) if text.strip() else []
        )
        for match in found:
            item = QListWidgetItem(f"{match.alias}  ({match.code})")
            item.setToolTip(item.text())  # long aliases are elided in the list
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _pick_current(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self.picked.emit(item.data(Qt.ItemDataRole.UserRole))

    def clear(self) -> None:
        self.matches.clear()
        self.search.clear()
