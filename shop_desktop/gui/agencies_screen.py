"""The partner agency directory: everyone who refers can look an agency up; the coordinator edits it,
and brings a spreadsheet in (or out) as CSV."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core.agency_csv import ImportReport, ImportRow
from shop_desktop.core.errors import VaultError
from shop_desktop.core.referrals import AGENCY_LIMITS, CATEGORIES, Agency, AgencyDetails
from shop_desktop.core.roles import Permission
from shop_desktop.core.session import Session
from shop_desktop.gui.models import RowTableModel
from shop_desktop.gui.sections import Services
from shop_desktop.gui.unsaved import GuardedDialog
from shop_desktop.gui.widgets import SearchBox, icon, note_label, say, sorted_row_table

OUTCOME_WORDS = {"added": "Added", "updated": "Updated", "unchanged": "Unchanged", "skipped": "Skipped"}


class AgencyModel(RowTableModel[Agency]):
    columns = (
        ("Agency", lambda a: a.name + ("" if a.active else " (retired)"), lambda a: a.name.casefold()),
        ("Kind", lambda a: a.category_label, lambda a: a.category_label),
        ("Phone", lambda a: a.details.phone or "", lambda a: a.details.phone or ""),
        ("Hours", lambda a: a.details.hours or "", lambda a: a.details.hours or ""),
        ("Address", lambda a: a.details.address or "", lambda a: a.details.address or ""),
    )


class ImportRowModel(RowTableModel[ImportRow]):
    columns = (
        ("Row", lambda r: str(r.line), lambda r: r.line),
        ("Agency", lambda r: r.name or "—", lambda r: r.name.casefold()),
        ("What happens", lambda r: OUTCOME_WORDS.get(r.outcome, r.outcome), lambda r: r.outcome),
        ("Why", lambda r: r.reason, lambda r: r.reason),
    )


def table_for(model: RowTableModel, name: str) -> tuple[QTableView, QSortFilterProxyModel]:  # type: ignore[type-arg]
    """A sortable, read-only, one-row-at-a-time table over `model`; the last column stretches."""
    table, proxy = sorted_row_table(model, name)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table, proxy


class AgencyDialog(GuardedDialog):
    """Add or edit one agency; only the name and kind are required."""

    def __init__(self, session: Session, agency: Agency | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_name = self.tr("agency")
        self.session, self.agency = session, agency
        self.saved: Agency | None = None
        self.setWindowTitle(self.tr("Edit agency") if agency else self.tr("Add an agency"))
        self.setMinimumWidth(600)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.error = note_label(kind="error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form(agency.details if agency else AgencyDetails("")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.fields["name"].setFocus()

    def _form(self, details: AgencyDetails) -> QFormLayout:
        form = QFormLayout()
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Kind of agency"))
        for key, label in CATEGORIES.items():
            self.category.addItem(self.tr(label), key)
        self.category.setCurrentIndex(max(0, self.category.findData(details.category)))
        for key, label in (
            ("name", self.tr("&Name *")),
            ("address", self.tr("&Address")),
            ("phone", self.tr("&Phone")),
            ("hours", self.tr("&Hours")),
            ("contact_person", self.tr("&Contact person")),
            ("what_to_bring", self.tr("What to &bring")),
            ("remarks", self.tr("&Remarks")),
        ):
            self.fields[key] = self._field(key, getattr(details, key), label)
            form.addRow(label, self.fields[key])
            if key == "name":
                form.addRow(self.tr("&Kind *"), self.category)
        return form

    def _field(self, key: str, value: str | None, label: str) -> QLineEdit | QPlainTextEdit:
        if key in ("what_to_bring", "remarks"):
            text = QPlainTextEdit(value or "")
            text.setTabChangesFocus(True)
            text.setMaximumHeight(64)
            text.setAccessibleName(label.replace("&", "").rstrip(" *"))
            return text
        line = QLineEdit(value or "")
        line.setMaxLength(AGENCY_LIMITS[key])
        line.setAccessibleName(label.replace("&", "").rstrip(" *"))
        return line

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
        self.setWindowTitle(self.tr("Import agencies") if planned else self.tr("Agencies imported"))
        self.setMinimumSize(760, 460)
        self.model = ImportRowModel(self)
        self.model.set_rows(report.rows)
        self.table, _ = table_for(self.model, self.tr("Rows of the sheet"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column in range(3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lead = self.tr("If you import this sheet: ") if planned else self.tr("Imported: ")
        self.summary = note_label(lead + report.summary, kind="subtle")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | (QDialogButtonBox.StandardButton.Cancel if planned else QDialogButtonBox.StandardButton.NoButton)
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import") if planned else self.tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class AgenciesPanel(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.editor = self.session.can(Permission.EDIT_AGENCIES)
        self.confirm_import = self._ask_to_import  # tests answer for the person
        self._build()
        self._layout()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Find an agency by name…"))
        self.search.setAccessibleName(self.tr("Find an agency"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Kind of agency"))
        self.category.addItem(self.tr("Every kind"), None)
        for key, label in CATEGORIES.items():
            self.category.addItem(self.tr(label), key)
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.model = AgencyModel(self)
        self.table, self.proxy = table_for(self.model, self.tr("Partner agencies"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.details = note_label()
        self.details.setAccessibleName(self.tr("Agency details"))
        self.empty = note_label()
        self.message = note_label()
        self.message.hide()
        self.buttons = {
            "add": QPushButton(icon("add"), self.tr("&Add an agency…")),
            "edit": QPushButton(icon("edit"), self.tr("&Edit…")),
            "retire": QPushButton(icon("archive"), self.tr("Re&tire / restore")),
            "import": QPushButton(self.tr("&Import CSV…")),
            "export": QPushButton(self.tr("E&xport CSV…")),
        }
        self.buttons["add"].setProperty("primary", True)
        for key in ("add", "edit", "retire", "import"):
            self.buttons[key].setVisible(self.editor)
        self.show_retired.setVisible(self.editor)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.category)
        top.addWidget(self.show_retired)
        actions = QHBoxLayout()
        for key in ("add", "edit", "retire"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        actions.addWidget(self.buttons["import"])
        actions.addWidget(self.buttons["export"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

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
