"""Referrals: follow-ups due (mine or everyone's), a client's referrals with their slips, and the
partner agency directory.

A slip names a client, so it goes straight to the printer from memory, or, after a warning, to
the one file the person chose; never to a temporary file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core.care import referrals
from shop_desktop.core.care.referrals import FollowUp, Referral
from shop_desktop.core.desk.clients import Client
from shop_desktop.core.errors import VaultError
from shop_desktop.gui.admin.agencies_screen import AgenciesPanel
from shop_desktop.gui.clinical.referral_dialog import OutcomeDialog, ReferralDialog
from shop_desktop.gui.common import printing, theme
from shop_desktop.gui.common.client_picker import ClientPicker
from shop_desktop.gui.common.conflict_guard import open_guarded
from shop_desktop.gui.common.dates import show_date
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import icon, say, set_kind, set_up_screen, sort_proxy
from shop_desktop.gui.forms.ui_client_referrals_panel import Ui_ClientReferralsPanel
from shop_desktop.gui.forms.ui_follow_ups_panel import Ui_FollowUpsPanel
from shop_desktop.gui.forms.ui_referrals_screen import Ui_ReferralsScreen

CLIENT_COLUMN_WIDTH = 220
URGENCY = list(referrals.PRIORITIES)  # emergency first


def follow_up_words(item: FollowUp) -> str:
    """An overdue follow-up says so in words (and has an icon), not in colour alone."""
    if item.state == referrals.OVERDUE:
        return ReferralsScreen.tr("Overdue by %n day(s)", "", -item.days)
    if item.state == referrals.DUE:
        return ReferralsScreen.tr("Due today")
    if item.days == 1:
        return ReferralsScreen.tr("Due tomorrow")
    return ReferralsScreen.tr("Due in %n day(s)", "", item.days)


class FollowUpModel(RowTableModel[FollowUp]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Follow up"), follow_up_words, lambda f: f.days),
        (
            QT_TRANSLATE_NOOP("Columns", "Client"),
            lambda f: f.referral.client_label,
            lambda f: f.referral.client_label.casefold(),
        ),
        (
            QT_TRANSLATE_NOOP("Columns", "Agency"),
            lambda f: f.referral.agency_name,
            lambda f: f.referral.agency_name.casefold(),
        ),
        (
            QT_TRANSLATE_NOOP("Columns", "How soon"),
            lambda f: f.referral.priority_label,
            lambda f: URGENCY.index(f.referral.priority),
        ),
        (QT_TRANSLATE_NOOP("Columns", "Referral"), lambda f: f.referral.number, lambda f: f.referral.number),
        (QT_TRANSLATE_NOOP("Columns", "Made by"), lambda f: f.referral.staff_name, lambda f: f.referral.staff_name),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0:
            item = self.rows[index.row()]
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("warning" if item.state == referrals.OVERDUE else "calendar")
            if role == Qt.ItemDataRole.ForegroundRole and item.state == referrals.OVERDUE:
                return QBrush(QColor(theme.colours(QGuiApplication.palette())["warning_text"]))
        return super().data(index, role)


def _waiting_until(referral: Referral) -> str:
    return (referral.follow_up_on or "") if referral.status == referrals.MADE else ""


def _show_waiting_until(referral: Referral) -> str:
    return show_date(_waiting_until(referral))


class ClientReferralModel(RowTableModel[Referral]):
    columns = (
        (
            QT_TRANSLATE_NOOP("Columns", "Date"),
            lambda r: show_date(r.referred_on),
            lambda r: f"{r.referred_on} {r.id:09d}",
        ),
        (QT_TRANSLATE_NOOP("Columns", "Referral"), lambda r: r.number, lambda r: r.number),
        (QT_TRANSLATE_NOOP("Columns", "Agency"), lambda r: r.agency_name, lambda r: r.agency_name.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status_label, lambda r: r.status),
        (QT_TRANSLATE_NOOP("Columns", "Follow up"), _show_waiting_until, _waiting_until),
        (QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason, lambda r: r.reason.casefold()),
    )


class SlipActions:
    """Print a slip (from memory, through the print dialog) or save it where the person chooses."""

    def __init__(self, parent: QWidget, services: Services) -> None:
        self.parent, self.services, self.session = parent, services, services.session
        self.print_pdf: Callable[[QWidget, bytes, str], bool] = printing.print_pdf  # tests replace the dialog

    def _pdf(self, referral: Referral) -> bytes:
        from shop_desktop.reports.referral_slip import build_referral_slip

        return build_referral_slip(self.session.referrals.referral_slip(referral.id))

    def print_slip(self, referral: Referral) -> str:
        """Returns what to tell the person."""
        pdf = self._pdf(referral)
        if not self.print_pdf(
            self.parent, pdf, QCoreApplication.translate("Referrals", "Referral slip") + f" {referral.number}"
        ):
            return ""
        self.session.referrals.record_slip_given(referral.id, "printed")
        return QCoreApplication.translate("Referrals", "Slip %s sent to the printer.") % referral.number

    def save_slip(self, referral: Referral) -> str:
        dialogs = self.services.dialogs
        if not dialogs.confirm(
            self.parent,
            QCoreApplication.translate("Referrals", "Save a slip that identifies a client?"),
            QCoreApplication.translate(
                "Referrals",
                "The slip shows who the client is (alias or code) and why they are referred. Save it only where "
                "no one else can open it, and delete it once it is printed or sent. Printing is safer.",
            ),
            action=QCoreApplication.translate("Referrals", "Choose where to save"),
        ):
            return ""
        path = dialogs.save_file(
            self.parent,
            QCoreApplication.translate("Referrals", "Save referral slip"),
            f"referral-{referral.number}.pdf",
            QCoreApplication.translate("Referrals", "PDF files (*.pdf)"),
        )
        if path is None:
            return ""
        pdf = self._pdf(referral)
        try:
            path.write_bytes(pdf)
        except OSError:
            path.unlink(missing_ok=True)  # a half-written slip still names the client
            dialogs.warn(
                self.parent,
                QCoreApplication.translate("Referrals", "Slip not saved"),
                QCoreApplication.translate(
                    "Referrals", "The slip could not be written there. Choose another folder or a USB stick."
                ),
            )
            return ""
        self.session.referrals.record_slip_given(referral.id, "saved")
        return QCoreApplication.translate("Referrals", "Slip saved as %s.") % path.name


def _show_rows(table: QTableView, model: RowTableModel, order: Qt.SortOrder) -> QSortFilterProxyModel:  # type: ignore[type-arg]
    proxy = sort_proxy(model)
    table.setModel(proxy)
    table.sortByColumn(0, order)
    return proxy


def _slip_icons(outcome: QPushButton, print_button: QPushButton, save: QPushButton) -> None:
    for button, name in ((outcome, "edit"), (print_button, "print"), (save, "save")):
        button.setIcon(icon(name))


class FollowUpsPanel(QWidget):
    """Referrals waiting for news whose follow-up day has come (or comes this week)."""

    def __init__(self, services: Services, slips: SlipActions) -> None:
        super().__init__()
        self.session, self.slips, self.dialogs = services.session, slips, services.dialogs
        self.ui = Ui_FollowUpsPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.mine, self.everyone, self.table = ui.mine, ui.everyone, ui.table
        self.whose = QButtonGroup(self)
        self.whose.addButton(self.mine)
        self.whose.addButton(self.everyone)
        self.model = FollowUpModel(self)
        self.proxy = _show_rows(self.table, self.model, Qt.SortOrder.AscendingOrder)
        self.empty, self.message = ui.empty, ui.message
        self.outcome_button, self.print_button, self.save_button = ui.outcome_button, ui.print_button, ui.save_button
        _slip_icons(self.outcome_button, self.print_button, self.save_button)
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.table.activated.connect(lambda _i: self.record_outcome())
        self.table.doubleClicked.connect(lambda _i: self.record_outcome())
        self.outcome_button.clicked.connect(self.record_outcome)
        self.print_button.clicked.connect(lambda: self._slip(self.slips.print_slip))
        self.save_button.clicked.connect(lambda: self._slip(self.slips.save_slip))

    def refresh(self) -> None:
        items = self.session.referrals.follow_ups(mine=self.mine.isChecked())
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), CLIENT_COLUMN_WIDTH))
        overdue = sum(1 for item in items if item.state == referrals.OVERDUE)
        self.empty.setText(
            self.tr("Nothing to follow up this week. Referrals you make show here on their follow-up day.")
            if not items
            else self.tr("%d to follow up, %d of them overdue.") % (len(items), overdue)
        )
        set_kind(self.empty, "warning" if overdue else "subtle")
        for button in (self.outcome_button, self.print_button, self.save_button):
            button.setEnabled(bool(items))
        if items:
            self.table.selectRow(0)

    def selected(self) -> Referral | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0])).referral if rows else None

    def record_outcome(self) -> None:
        referral = self.selected()
        if referral is None:
            return
        dialog = OutcomeDialog(self.session, referral, parent=self)
        if self.dialogs.run(dialog) and dialog.saved:
            self.refresh()
            self._say(self.tr("Saved: %s is now “%s”.") % (referral.number, dialog.saved.status_label))

    def _slip(self, action: Callable[[Referral], str]) -> None:
        referral = self.selected()
        if referral is not None:
            _run_slip(self, action, referral)

    def _say(self, text: str, kind: str = "success") -> None:
        say(self.message, text, kind, hide_when_empty=True)

    def clear(self) -> None:
        self.model.set_rows([])


def _run_slip(panel: Any, action: Callable[[Referral], str], referral: Referral) -> None:
    try:
        said = action(referral)
    except VaultError as error:
        panel._say(str(error), "error")
        return
    if said:
        panel._say(said)


class ClientReferralsPanel(QWidget):
    """Find a client, make a referral, print its slip, and see their earlier referrals."""

    def __init__(self, services: Services, slips: SlipActions) -> None:
        super().__init__()
        self.session, self.slips, self.dialogs = services.session, slips, services.dialogs
        self.client: Client | None = None
        self.ui = Ui_ClientReferralsPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.picker = ClientPicker(self.session)
        ui.pickerColumn.addWidget(self.picker)
        self.search, self.matches = self.picker.search, self.picker.matches
        self.title = ui.title
        self.title.set_full_text(self.tr("Find a client on the left"))
        self.model = ClientReferralModel(self)
        self.table = ui.table
        self.proxy = _show_rows(self.table, self.model, Qt.SortOrder.DescendingOrder)
        self.empty, self.message = ui.empty, ui.message
        self.new_button, self.outcome_button = ui.new_button, ui.outcome_button
        self.print_button, self.save_button = ui.print_button, ui.save_button
        self.new_button.setIcon(icon("add"))
        _slip_icons(self.outcome_button, self.print_button, self.save_button)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([240, 720])
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        self.picker.picked.connect(self.show_client)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(lambda _i: self.record_outcome())
        self.new_button.clicked.connect(self.new_referral)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.print_button.clicked.connect(lambda: self._slip(self.slips.print_slip))
        self.save_button.clicked.connect(lambda: self._slip(self.slips.save_slip))

    def show_client(self, client_id: int, *, select: int | None = None) -> None:
        try:
            self.client = self.session.clients.get_client(client_id)
            rows = open_guarded(
                self,
                self.session,
                self.dialogs,
                client_id,
                lambda: self.session.referrals.referrals_for_client(client_id),
            )
        except VaultError as error:
            self._say(str(error), "error")
            return
        if rows is None:  # in conflict with this client, and no reason given to open it
            self._say(self.tr("The record stays closed."), "warning")
            return
        self.title.set_full_text(self.tr("Referrals for %s (%s)") % (self.client.alias, self.client.code))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 240))
        self.table.setColumnWidth(5, 120)  # the reason stretches over what is left; its tooltip has it all
        self.empty.setText(self.tr("No referrals yet for this client. Press New referral (Ctrl+N)."))
        self.empty.setVisible(not rows)
        self._select(select)
        self.new_button.setFocus()
        self._update_buttons()

    def _select(self, referral_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            found = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)))
            if referral_id is None or found.id == referral_id:
                self.table.selectRow(row)
                return

    def selected(self) -> Referral | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0])) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.new_button.setEnabled(self.client is not None)
        for button in (self.outcome_button, self.print_button, self.save_button):
            button.setEnabled(chosen is not None and chosen.client_id is not None)

    def new_referral(self) -> None:
        if self.client is None:
            self.search.setFocus()
            self._say(self.tr("Find the client first: type their alias or code."), "warning")
            return
        dialog = ReferralDialog(self.session, self.client, parent=self)
        if self.dialogs.run(dialog) and dialog.saved:
            self.show_client(self.client.id, select=dialog.saved.id)
            self._say(self.tr("Referral %s saved. Print the slip for the client (Ctrl+P).") % dialog.saved.number)
            self.print_button.setFocus()

    def record_outcome(self) -> None:
        referral = self.selected()
        if referral is None or self.client is None:
            return
        dialog = OutcomeDialog(self.session, referral, parent=self)
        if self.dialogs.run(dialog) and dialog.saved:
            self.show_client(self.client.id, select=referral.id)
            self._say(self.tr("Saved."))

    def _slip(self, action: Callable[[Referral], str]) -> None:
        referral = self.selected()
        if referral is not None:
            _run_slip(self, action, referral)

    def _say(self, text: str, kind: str = "success") -> None:
        say(self.message, text, kind, hide_when_empty=True)

    def clear(self) -> None:
        self.client = None
        self.model.set_rows([])
        self.picker.clear()
        self.title.set_full_text(self.tr("Find a client on the left"))


def _page() -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


def _fill(page: QWidget, panel: QWidget) -> None:
    page.layout().addWidget(panel)  # type: ignore[union-attr]
    page.setFocusProxy(panel)


class ReferralsScreen(QWidget):
    """Follow-ups first; the other two tabs are built the first time they are shown (each is tens of
    milliseconds of widgets: the screen opens within 100 ms on a 20-year vault)."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.slips = SlipActions(self, services)
        self.follow_ups = FollowUpsPanel(services, self.slips)
        self._by_client: ClientReferralsPanel | None = None
        self._agencies: AgenciesPanel | None = None
        self.by_client_page, self.agencies_page = _page(), _page()
        self.ui = set_up_screen(Ui_ReferralsScreen(), self)
        self.tabs = self.ui.tabs
        self.tabs.addTab(self.follow_ups, icon("calendar"), self.tr("Follow-&ups"))
        self.tabs.addTab(self.by_client_page, icon("referrals"), self.tr("Refer a &client"))
        self.tabs.addTab(self.agencies_page, icon("home"), self.tr("A&gencies"))
        self.tabs.currentChanged.connect(self._tab_shown)
        QShortcut(QKeySequence("Ctrl+N"), self, self._new_referral)
        QShortcut(QKeySequence("Ctrl+P"), self, self._print)
        QShortcut(QKeySequence("Ctrl+F"), self, self._find)
        self.follow_ups.refresh()

    @property
    def by_client(self) -> ClientReferralsPanel:
        if self._by_client is None:
            self._by_client = ClientReferralsPanel(self.services, self.slips)
            _fill(self.by_client_page, self._by_client)
        return self._by_client

    @property
    def agencies(self) -> AgenciesPanel:
        if self._agencies is None:
            self._agencies = AgenciesPanel(self.services)
            _fill(self.agencies_page, self._agencies)
        return self._agencies

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.follow_ups and self.services.session.is_open:
            self.follow_ups.refresh()
            self.follow_ups.table.setFocus()
        elif self.tabs.widget(index) is self.by_client_page and self.by_client.client is None:
            self.by_client.search.setFocus()
        elif self.tabs.widget(index) is self.agencies_page:
            self.agencies.setFocus()

    def _new_referral(self) -> None:
        self.tabs.setCurrentWidget(self.by_client_page)
        self.by_client.new_referral()

    def _print(self) -> None:
        page = self.tabs.currentWidget()
        panel = self._by_client if page is self.by_client_page else page
        if isinstance(panel, (FollowUpsPanel, ClientReferralsPanel)):
            panel._slip(self.slips.print_slip)

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.by_client_page)
        self.by_client.search.setFocus()
        self.by_client.search.selectAll()

    def clear(self) -> None:
        """On lock: no alias or reason stays in a widget."""
        for panel in (self.follow_ups, self._by_client, self._agencies):
            if panel is not None:
                panel.clear()
