"""The partner agency directory: everyone who refers can look an agency up; the coordinator edits it,
and brings a spreadsheet in (or out) as CSV."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QPlainTextEdit, QTableView, QWidget

from shop_desktop.core.care.agency_csv import ImportReport, ImportRow
from shop_desktop.core.care.referrals import AGENCY_LIMITS, CATEGORIES, Agency, AgencyDetails
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.session import Session
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.unsaved import GuardedDialog
from shop_desktop.gui.common.widgets import icon, say, sort_proxy
from shop_desktop.gui.forms.ui_agencies_panel import Ui_AgenciesPanel
from shop_desktop.gui.forms.ui_agency_dialog import Ui_AgencyDialog
from shop_desktop.gui.forms.ui_import_report_dialog import Ui_ImportReportDialog

OUTCOME_WORDS = {
    "added": QT_TRANSLATE_NOOP("Status", "Added"),
    "updated": QT_TRANSLATE_NOOP("Status", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("Status", "Unchanged"),
    "skipped": QT_TRANSLATE_NOOP("Status", "Skipped"),
}  # shown through the "Status" context


class AgencyModel(RowTableModel[Agency]):
    columns = (
        (
            QT_TRANSLATE_NOOP("Columns", "Agency"),
            lambda a: a.name + ("" if a.active else " (retired)"),
            lambda a: a.name.casefold(),
        ),
        (QT_TRANSLATE_NOOP("Columns", "Kind"), lambda a: a.category_label, lambda a: a.category_label),
        (QT_TRANSLATE_NOOP("Columns", "Phone"), lambda a: a.details.phone or "", lambda a: a.details.phone or ""),
        (QT_TRANSLATE_NOOP("Columns", "Hours"), lambda a: a.details.hours or "", lambda a: a.details.hours or ""),
        (QT_TRANSLATE_NOOP("Columns", "Address"), lambda a: a.details.address or "", lambda a: a.details.address or ""),
    )


class ImportRowModel(RowTableModel[ImportRow]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Row"), lambda r: str(r.line), lambda r: r.line),
        (QT_TRANSLATE_NOOP("Columns", "Agency"), lambda r: r.name or "—", lambda r: r.name.casefold()),
        (
            QT_TRANSLATE_NOOP("Columns", "What happens"),
            lambda r: QCoreApplication.translate("Status", OUTCOME_WORDS.get(r.outcome, r.outcome)),
            lambda r: r.outcome,
        ),
        (QT_TRANSLATE_NOOP("Columns", "Why"), lambda r: r.reason, lambda r: r.reason),
    )


def show_sorted(table: QTableView, model: RowTableModel) -> QSortFilterProxyModel:  # type: ignore[type-arg]
    """A form's table over `model`, sorted by its first column (click a header to sort by another)."""
    proxy = sort_proxy(model)
    table.setModel(proxy)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return proxy


class AgencyDialog(GuardedDialog):
    """Add or edit one agency; only the name and kind are required."""

    def __init__(self, session: Session, agency: Agency | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("agency")
        self.session, self.agency = session, agency
        self.saved: Agency | None = None
        self.ui = Ui_AgencyDialog()
        self.ui.setupUi(self)
        if agency:
            self.setWindowTitle(self.tr("Edit agency"))
        self.error = self.ui.error
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill(agency.details if agency else AgencyDetails(""))
        self.fields["name"].setFocus()

    def _fill(self, details: AgencyDetails) -> None:
        self.category = self.ui.category
        for key, label in CATEGORIES.items():
            self.category.addItem(word(label), key)
        self.category.setCurrentIndex(max(0, self.category.findData(details.category)))
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in ("name", "address", "phone", "hours", "contact_person", "what_to_bring", "remarks"):
            field = self.fields[key] = getattr(self.ui, key)
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(getattr(details, key) or "")
            else:
                field.setMaxLength(AGENCY_LIMITS[key])
                field.setText(getattr(details, key) or "")

    def details(self) -> AgencyDetails:
        text = {key: w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text() for key, w in self.fields.items()}
        return AgencyDetails(category=self.category.currentData(), **text)

    def save(self) -> None:
        try:
            if self.agency is None:
                self.saved = self.session.referrals.add_agency(self.details())
            else:
                self.saved = self.session.referrals.update_agency(self.agency.id, self.details())
        except VaultError as error:
            self.error.setText(str(error))
            return
        self.accept()


class ImportReportDialog(QDialog):
    """Row by row, what importing the sheet will do (or did)."""

    def __init__(self, report: ImportReport, *, planned: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportReportDialog()
        self.ui.setupUi(self)
        if not planned:
            self.setWindowTitle(self.tr("Agencies imported"))
        self.model = ImportRowModel(self)
        self.model.set_rows(report.rows)
        self.table = self.ui.table
        show_sorted(self.table, self.model)
        for column in range(3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lead = self.tr("If you import this sheet: ") if planned else self.tr("Imported: ")
        self.summary = self.ui.summary
        self.summary.setText(lead + report.summary)
        buttons = self.ui.buttons
        if planned:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import") if planned else self.tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


class AgenciesPanel(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.editor = self.session.can(Permission.EDIT_AGENCIES)
        self.confirm_import = self._ask_to_import  # tests answer for the person
        self._build()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        self.ui = Ui_AgenciesPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.search, self.category, self.show_retired = ui.search, ui.category, ui.show_retired
        self.category.addItem(self.tr("Every kind"), None)
        for key, label in CATEGORIES.items():
            self.category.addItem(word(label), key)
        self.model = AgencyModel(self)
        self.table = ui.table
        self.proxy = show_sorted(self.table, self.model)
        self.details, self.empty, self.message = ui.details, ui.empty, ui.message
        self.buttons = {
            "add": ui.addButton,
            "edit": ui.editButton,
            "retire": ui.retireButton,
            "import": ui.importButton,
            "export": ui.exportButton,
        }
        for key, name in (("add", "add"), ("edit", "edit"), ("retire", "archive")):
            self.buttons[key].setIcon(icon(name))
        for key in ("add", "edit", "retire", "import"):
            self.buttons[key].setVisible(self.editor)
        self.show_retired.setVisible(self.editor)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        if self.editor:
            self.table.doubleClicked.connect(lambda _i: self.edit())
            self.table.activated.connect(lambda _i: self.edit())
        self.buttons["add"].clicked.connect(self.add)
        self.buttons["edit"].clicked.connect(self.edit)
        self.buttons["retire"].clicked.connect(self.toggle_retired)
        self.buttons["import"].clicked.connect(self.import_csv)
        self.buttons["export"].clicked.connect(self.export_csv)

    def _ask_to_import(self, report: ImportReport) -> bool:
        return self.services.dialogs.run(ImportReportDialog(report, planned=True, parent=self))

    def refresh(self) -> None:
        rows = self.session.referrals.list_agencies(
            typed=self.search.text(),
            category=self.category.currentData(),
            include_retired=self.show_retired.isChecked(),
        )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 320), (3, 240), (4, 160)):  # the address stretches over what is left
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("No agency matches. Clear the search, or add one.")
            if self.search.text()
            else self.tr(
                "The directory is empty. Add agencies one by one, or import a CSV sheet kept in a spreadsheet."
            )
        )
        self.details.clear()
        if rows:
            self.table.selectRow(0)

    def selected(self) -> Agency | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0])) if rows else None

    def _show_details(self) -> None:
        agency = self.selected()
        if agency is None:
            self.details.clear()
            return
        d = agency.details
        parts = [
            (self.tr("Contact"), d.contact_person),
            (self.tr("Bring"), d.what_to_bring),
            (self.tr("Remarks"), d.remarks),
        ]
        self.details.setText("  ·  ".join(f"{label}: {value}" for label, value in parts if value))

    def _say(self, text: str, kind: str = "success") -> None:
        say(self.message, text, kind, hide_when_empty=True)

    def add(self) -> None:
        dialog = AgencyDialog(self.session, parent=self)
        if self.services.dialogs.run(dialog) and dialog.saved:
            self.search.setText(dialog.saved.name)
            self._say(self.tr("Added %s.") % dialog.saved.name)

    def edit(self) -> None:
        agency = self.selected()
        if agency is None:
            self._say(self.tr("Choose an agency in the list first."), "warning")
            return
        dialog = AgencyDialog(self.session, agency, parent=self)
        if self.services.dialogs.run(dialog):
            self.refresh()
            self._say(self.tr("Saved."))

    def toggle_retired(self) -> None:
        agency = self.selected()
        if agency is None:
            self._say(self.tr("Choose an agency in the list first."), "warning")
            return
        try:
            self.session.referrals.set_agency_active(agency.id, not agency.active)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.refresh()
        self._say(
            self.tr("%s is back in the directory.") % agency.name
            if not agency.active
            else self.tr("%s was retired: it is no longer offered for new referrals.") % agency.name
        )

    def import_csv(self) -> None:
        path = self.services.dialogs.open_file(
            self, self.tr("Import agencies from a CSV sheet"), self.tr("CSV sheets (*.csv *.txt)")
        )
        if path is None:
            return
        try:
            data = path.read_bytes()
            if not self.confirm_import(self.session.agency_csv.plan_import(data)):
                return
            report = self.session.agency_csv.import_agencies(data)
        except OSError:
            self._say(self.tr("That file could not be read. Check it is not open elsewhere, and try again."), "error")
            return
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.refresh()
        self._say(self.tr("Imported. %s") % report.summary)

    def export_csv(self) -> None:
        path = self.services.dialogs.save_file(
            self, self.tr("Export the agency directory"), "partner-agencies.csv", self.tr("CSV sheets (*.csv)")
        )
        if path is None:
            return
        try:
            path.write_bytes(self.session.agency_csv.export_agencies(include_retired=self.editor))
        except OSError:
            self._say(self.tr("The file could not be written there. Choose another folder."), "error")
            return
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._say(self.tr("Saved the directory to %s.") % path.name)

    def clear(self) -> None:
        self.model.set_rows([])
        self.details.clear()
