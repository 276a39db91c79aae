"""Restrictions and conflicts, for the coordinator: restrict, lift, review, keep apart, staff
conflicts, and the "who opened my file" sheet for a client's access request or complaint."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from shop_desktop.core.desk.restrictions import Restriction
from shop_desktop.core.errors import VaultError
from shop_desktop.gui.admin.restriction_dialog import RestrictionDialog
from shop_desktop.gui.common import printing
from shop_desktop.gui.common.client_picker import ClientPicker
from shop_desktop.gui.common.dates import show_date
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import (
    icon,
    say,
    set_up_screen,
    sort_proxy,
)
from shop_desktop.gui.forms.ui_restrictions_screen import Ui_RestrictionsScreen


def _until(r: Restriction) -> str:
    if r.lifted_on:
        return f"lifted {show_date(r.lifted_on)}"
    return show_date(r.ends_on) if r.ends_on else f"until reviewed ({show_date(r.review_on)})"


class RestrictionModel(RowTableModel[Restriction]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Covers"), lambda r: r.covers, lambda r: r.covers),
        (QT_TRANSLATE_NOOP("Columns", "From"), lambda r: show_date(r.starts_on), lambda r: r.starts_on),
        (QT_TRANSLATE_NOOP("Columns", "Ends"), _until, lambda r: r.lifted_on or r.ends_on or "9999"),
        (QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason, lambda r: r.reason),
        (QT_TRANSLATE_NOOP("Columns", "Note (clinical)"), lambda r: r.note or "", lambda r: r.note or ""),
    )


@dataclass(frozen=True)
class ReviewRow:
    restriction: Restriction
    code: str


class ReviewModel(RowTableModel[ReviewRow]):
    columns = (
        (
            QT_TRANSLATE_NOOP("Columns", "Review on"),
            lambda r: show_date(r.restriction.review_on),
            lambda r: r.restriction.review_on or "",
        ),
        (QT_TRANSLATE_NOOP("Columns", "Client"), lambda r: r.code, lambda r: r.code),
        (QT_TRANSLATE_NOOP("Columns", "Covers"), lambda r: r.restriction.covers, lambda r: r.restriction.covers),
        (QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.restriction.reason, lambda r: r.restriction.reason),
    )


class RestrictionsScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services, self.session = services, services.session
        self.client_id: int | None = None
        self.ui = set_up_screen(Ui_RestrictionsScreen(), self)
        ui = self.ui
        self.picker = ClientPicker(self.session, include_archived=True)
        ui.pickerColumn.addWidget(self.picker)
        self.picker.picked.connect(self.show_client)
        self.model = RestrictionModel(self)
        self.table = ui.table
        self.proxy = sort_proxy(self.model)
        self.table.setModel(self.proxy)
        self.review_model = ReviewModel(self)
        self.review_table = ui.review_table
        self.review_table.setModel(sort_proxy(self.review_model))
        self.title, self.message = ui.clientTitle, ui.message  # the client's name, under the screen's heading
        self.buttons = {
            "restrict": ui.restrictButton,
            "lift": ui.liftButton,
            "apart": ui.apartButton,
            "staff": ui.staffButton,
            "opened": ui.openedButton,
        }
        self.buttons["restrict"].setIcon(icon("warning"))
        self.buttons["opened"].setIcon(icon("print"))
        for key, slot in (
            ("restrict", self.restrict),
            ("lift", self.lift),
            ("apart", self.keep_apart),
            ("staff", self.staff_conflict),
            ("opened", self.who_opened),
        ):
            self.buttons[key].clicked.connect(slot)
            self.buttons[key].setEnabled(False)
        self.refresh_review()

    # --- showing -----------------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        try:
            client = self.session.clients.get_client(client_id)
            rows = self.session.restrictions.restrictions_for(client_id)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.client_id = client_id
        self.title.setText(self.tr("%s (%s)") % (client.alias, client.code))
        self.title.setToolTip(client.alias)
        self.model.set_rows(rows)
        for button in self.buttons.values():
            button.setEnabled(True)
        self._say("" if rows else self.tr("No restrictions for this client."), "subtle")

    def refresh_review(self) -> None:
        due = self.session.restrictions.due_for_review()
        codes = {c: self.session.clients.get_client(c).code for c in {r.client_id for r in due}}
        self.review_model.set_rows([ReviewRow(r, codes[r.client_id]) for r in due])

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    def _chosen(self) -> Restriction | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()] if rows else None

    # --- actions -----------------------------------------------------------------------------

    def restrict(self) -> None:
        if self.client_id is None:
            return
        dialog = RestrictionDialog(self.session, self.services.dialogs, self.client_id, parent=self)
        if self.services.dialogs.run(dialog):
            self.show_client(self.client_id)
            self.refresh_review()
            self._say(self.tr("Restricted. The check-in screen now says: Please see the coordinator."), "success")

    def lift(self) -> None:
        chosen = self._chosen()
        if chosen is None or self.client_id is None:
            self._say(self.tr("Choose the restriction to lift in the list first."), "warning")
            return
        reason = self.services.dialogs.ask_text(
            self, self.tr("Lift the restriction"), self.tr("Why is it lifted early?"), action=self.tr("Lift")
        )
        if reason:
            self._act(lambda: self.session.restrictions.lift(chosen.id, reason), self.tr("Lifted from today."))

    def keep_apart(self) -> None:
        code = self.services.dialogs.ask_text(
            self, self.tr("Keep apart"), self.tr("The other client's code:"), action=self.tr("Next")
        )
        found = [
            m
            for m in self.session.clients.search(code or "", limit=1)
            if m.code.lower() == (code or "").strip().lower()
        ]
        if not found or self.client_id is None:
            if code:
                self._say(self.tr("No client has that code."), "warning")
            return
        reason = self.services.dialogs.ask_text(
            self,
            self.tr("Keep apart"),
            self.tr("Why (only clinical staff and the coordinator see this):"),
            action=self.tr("Keep apart"),
        )
        if reason is not None:
            client_id, other = self.client_id, found[0].id
            self._act(lambda: self.session.conflicts.keep_apart(client_id, other, reason), self.tr("Kept apart."))

    def staff_conflict(self) -> None:
        members = self.session.staff.list_staff(include_disabled=False)
        picked = self.services.dialogs.choose(
            self, self.tr("Staff conflict"), self.tr("Staff member:"), [m.display_name for m in members]
        )
        if picked is None or self.client_id is None:
            return
        member = members[picked]
        reason = self.services.dialogs.ask_text(
            self,
            self.tr("Staff conflict"),
            self.tr("Why (only clinical staff and the coordinator see this):"),
            action=self.tr("Record conflict"),
        )
        if reason is not None:
            client_id = self.client_id
            self._act(
                lambda: self.session.conflicts.record_staff_conflict(member.id, client_id, reason),
                self.tr("Recorded. %s can no longer open this client's record.") % member.display_name,
            )

    def who_opened(self) -> None:
        if self.client_id is None:
            return
        from shop_desktop.reports.file_openings import build_openings_sheet

        asked = self.services.dialogs.confirm(
            self,
            self.tr("Who opened this file"),
            self.tr("Did the client ask for this list themselves? Then it names them by alias; otherwise by code."),
            action=self.tr("Yes, they asked"),
        )
        pdf = build_openings_sheet(self.session.conflicts.openings_sheet(self.client_id, client_asked=asked))
        printing.print_pdf(self, pdf, self.tr("Who opened this file"), pool=self.services.pool)

    def _act(self, work: object, done: str) -> None:
        try:
            work()  # type: ignore[operator]
        except VaultError as error:
            self._say(str(error), "error")
            return
        if self.client_id is not None:
            self.show_client(self.client_id)
        self.refresh_review()
        self._say(done, "success")

    def clear(self) -> None:
        """On lock: nothing of a client stays on the screen."""
        self.model.set_rows([])
        self.review_model.set_rows([])
        self.picker.clear()
        self.client_id = None
        self.title.setText(self.tr("Find a client on the left"))
        self.title.setToolTip("")
