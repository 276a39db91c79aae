"""Program attendance: pick the program and day, add named attendees, set the head count."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from shop_desktop.core.desk import programs
from shop_desktop.core.desk.programs import ProgramSession
from shop_desktop.core.errors import VaultError
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import say, set_up_screen
from shop_desktop.gui.forms.ui_programs_screen import Ui_ProgramsScreen
from shop_desktop.gui.frontdesk.go_ahead import attempt_with_reasons


class ProgramsScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.session = services.session
        self.dialogs = services.dialogs
        self.program_session: ProgramSession | None = None
        self.ui = set_up_screen(Ui_ProgramsScreen(), self)
        ui = self.ui
        self.program, self.day, self.open_button = ui.program, ui.day, ui.open_button
        for program in self.session.programs.list_programs():  # 28 characters wide: a long one doesn't widen the screen
            self.program.addItem(f"{program.name} — {program.description}", program.id)
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.search, self.matches, self.attendees = ui.search, ui.matches, ui.attendees
        self.remove_button, self.head_count, self.total, self.message = (
            ui.remove_button,
            ui.head_count,
            ui.total,
            ui.message,
        )
        self.head_count.setRange(0, programs.MAX_HEAD_COUNT)
        self.open_button.clicked.connect(self.open_session)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._add_first)
        self.matches.itemActivated.connect(self._add_item)
        self.remove_button.clicked.connect(self._remove)
        self.head_count.editingFinished.connect(self._save_head_count)
        self._enable(False)

    def _enable(self, enabled: bool) -> None:
        for widget in (self.search, self.matches, self.attendees, self.remove_button, self.head_count):
            widget.setEnabled(enabled)

    def open_session(self) -> None:
        try:
            self.program_session = self.session.programs.session_for(
                self.program.currentData(), self.day.date().toString("yyyy-MM-dd")
            )
        except VaultError as error:
            say(self.message, str(error), "error")
            return
        self._enable(True)
        self._show_session()
        self._say(self.tr("Attendance for %s is open.") % self.program.currentText().split(" — ")[0], "success")
        self.search.setFocus()

    def _show_session(self) -> None:
        assert self.program_session is not None
        self.attendees.clear()
        for person in self.program_session.attendees:
            item = QListWidgetItem(f"{person.alias}   ·   {person.code}")
            item.setData(Qt.ItemDataRole.UserRole, person.client_id)
            self.attendees.addItem(item)
        self.head_count.setValue(self.program_session.anonymous_count)
        self.total.setText(self.tr("Total: %d") % self.program_session.total)

    def _search(self, text: str) -> None:
        self.matches.clear()
        for match in self.session.clients.search(text) if text.strip() else []:
            item = QListWidgetItem(f"{match.alias}   ·   {match.code}")
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)

    def _add_first(self) -> None:
        if self.matches.currentItem() is not None:
            self._add_item(self.matches.currentItem())

    def _add_item(self, item: QListWidgetItem) -> None:
        if self.program_session is None:
            return
        session_id, client_id = self.program_session.id, item.data(Qt.ItemDataRole.UserRole)
        try:
            added = attempt_with_reasons(
                self,
                self.session,
                self.dialogs,
                lambda override, apart: self.session.programs.add_attendee(
                    session_id, client_id, override_reason=override, keep_apart_reason=apart
                ),
                doing=self.tr("add them"),
                button=self.tr("Add anyway"),
            )
        except VaultError as error:
            say(self.message, str(error), "error")
            return
        if added is None:
            say(self.message, self.tr("Not added: no reason was given."), "warning")
            return
        self.program_session = added
        self.search.clear()
        self._show_session()

    def _remove(self) -> None:
        item = self.attendees.currentItem()
        if self.program_session is not None and item is not None:
            self.program_session = self.session.programs.remove_attendee(
                self.program_session.id, item.data(Qt.ItemDataRole.UserRole)
            )
            self._show_session()

    def _save_head_count(self) -> None:
        if self.program_session is not None and self.head_count.value() != self.program_session.anonymous_count:
            self.program_session = self.session.programs.set_head_count(
                self.program_session.id, self.head_count.value()
            )
            self._show_session()

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)
