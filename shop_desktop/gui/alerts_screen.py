"""The aggressor alert: screening lookup as you type, bad-date reports, and the alert sheet.

Keyboard first, like check-in: the search box has focus; type a phone number (any format), part of
a plate, a handle or words of a description; arrows move through the matches, Enter opens the
selected one (the best match at first), Ctrl+N takes a new report. With nothing typed the list
shows the alerts on the sheet. The lookup never shows who reported an alert: alerts don't hold it.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shop_desktop.core import alerts
from shop_desktop.core.alerts import Alert, AlertDetails, AlertMatch
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.gui import theme
from shop_desktop.gui.alert_dialog import AlertDialog
from shop_desktop.gui.dates import show_date, show_long_date, show_time
from shop_desktop.gui.models import RowTableModel
from shop_desktop.gui.printing import print_pdf
from shop_desktop.gui.sections import Services
from shop_desktop.gui.widgets import SearchBox, heading, icon, note_label, row_table, save_where_chosen, say, set_kind

ON_SHEET = "On the sheet"
COL_REFERENCE, COL_DATE, COL_MATCHED, COL_HARM, COL_STATUS, COL_SUMMARY = range(6)


class AlertsModel(RowTableModel[AlertMatch]):
    """Matches (or the sheet's alerts), best first."""

    def __init__(self, today: date, days: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.today, self.days = today, days
        self.columns = (
            ("Ref.", lambda m: m.alert.reference, lambda m: m.alert.reference),
            ("Date", lambda m: show_date(m.alert.details.occurred_on), lambda m: m.alert.details.occurred_on),
            ("Matched on", lambda m: m.why, lambda m: m.tier),
            ("What happened", lambda m: alerts.harms_text(m.alert.details), lambda m: m.alert.details.categories),
            ("Status", lambda m: m.alert.status_words(self.today, self.days), lambda m: m.alert.status),
            ("Details", lambda m: _summary(m.alert), lambda m: m.tier),
        )


def _summary(alert: Alert) -> str:
    d = alert.details
    return " · ".join(t for t in (alerts.description_text(d), alerts.vehicle_text(d), alerts.contact_text(d)) if t)


class AlertsScreen(QWidget):
    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.today = today or date.today()
        self.can_edit = self.session.can(Permission.EDIT_ALERTS)
        self.print_pdf = print_pdf  # tests put a recorder here instead of the print dialog
        self.model = AlertsModel(self.today, self.session.alerts.sheet_days(), self)
        self._build()
        self._layout()
        self._connect()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = SearchBox()
        self.search.setObjectName("alertSearch")
        self.search.setPlaceholderText(self.tr("Phone number, plate, handle or words of a description…"))
        self.search.setAccessibleName(self.tr("Search the aggressor alert"))
        self.search.setClearButtonEnabled(True)
        self.include_archived = QCheckBox(self.tr("Include archived"))
        self.summary = note_label()
        self.summary.setAccessibleName(self.tr("What the lookup found"))
        self.table = row_table(self.model, self.tr("Matching alerts"))
        self.table.setObjectName("alertList")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (COL_REFERENCE, 70),
            (COL_DATE, 92),
            (COL_MATCHED, 185),
            (COL_HARM, 160),
            (COL_STATUS, 80),
        ):
            self.table.setColumnWidth(column, width)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chosen alert in full"))
        self.detail.setOpenLinks(False)
        self.new_button = QPushButton(icon("add"), self.tr("&New report…"))
        self.new_button.setToolTip(self.tr("Take a bad-date report (Ctrl+N)"))
        self.new_button.setProperty("primary", True)
        self.print_button = QPushButton(icon("print"), self.tr("&Print the sheet…"))
        self.save_pdf_button = QPushButton(icon("save"), self.tr("Save sheet as P&DF…"))
        self.save_csv_button = QPushButton(self.tr("Save sheet as &CSV…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("&Open / edit…"))
        self.resolve_button = QPushButton(self.tr("Mark &resolved"))
        self.archive_button = QPushButton(icon("archive"), self.tr("&Archive"))
        self.message = note_label()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Aggressor alert")))
        top.addStretch(1)
        top.addWidget(self.new_button)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("The wall sheet:")))
        for button in (self.print_button, self.save_pdf_button, self.save_csv_button):
            sheet_row.addWidget(button)
        sheet_row.addStretch(1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.include_archived)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.resolve_button, self.archive_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 380])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(sheet_row)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.search.installEventFilter(self)
        self.include_archived.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.activated.connect(lambda _index: self.open_current())
        self.new_button.clicked.connect(self.new_report)
        self.edit_button.clicked.connect(self.open_current)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_pdf_button.clicked.connect(self.save_sheet_pdf)
        self.save_csv_button.clicked.connect(self.save_sheet_csv)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_report)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for button in (self.new_button, self.edit_button, self.resolve_button, self.archive_button):
            button.setVisible(self.can_edit)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        if self.session.is_open:
            self.refresh(keep_id=self.current().id if self.current() else None)
        QTimer.singleShot(0, self.search.setFocus)

    def clear(self) -> None:
        """On lock: let go of every alert shown."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_rows([])
        self.detail.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    # --- the lookup --------------------------------------------------------------------------

    def refresh(self, keep_id: int | None = None) -> None:
        typed = self.search.text()
        if typed.strip():
            rows = self.session.alerts.search(typed, include_archived=self.include_archived.isChecked())
        else:
            rows = [AlertMatch(a, -1, self.tr(ON_SHEET)) for a in self.session.alerts.current_alerts(self.today)]
        self.model.set_rows(rows)
        self._summarise(typed.strip(), rows)
        chosen = next((i for i, m in enumerate(rows) if m.alert.id == keep_id), 0)
        if rows:
            self.table.selectRow(chosen)
        self._show_current()

    def _summarise(self, typed: str, rows: list[AlertMatch]) -> None:
        if not typed:
            text = (
                self.tr("%n alert(s) on the sheet", "", len(rows))
                + self.tr(" (the last %s days). Type to look up a number, plate, handle or description.")
                % self.model.days
            )
            kind = "subtle"
        elif rows:
            text = self.tr("%n alert(s) match. Read them with the worker.", "", len(rows))
            kind = "error"
        else:
            text = (
                self.tr('No alert matches "%s". That doesn\'t mean the person is safe: trust your instincts.') % typed
            )
            kind = "subtle"
        self.summary.setText(text)
        set_kind(self.summary, kind)

    def _move(self, step: int) -> None:
        if not self.model.rows:
            return
        row = max(0, min(len(self.model.rows) - 1, self._current_row() + step))
        self.table.selectRow(row)

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current(self) -> Alert | None:
        row = self._current_row()
        return self.model.rows[row].alert if 0 <= row < len(self.model.rows) else None

    def _show_current(self) -> None:
        alert = self.current()
        empty = (
            self.tr("<p>Choose an alert to read it in full.</p>")
            if self.model.rows
            else self.tr("<p>Nothing to show. Press Ctrl+N to take a bad-date report.</p>")
        )
        self.detail.setHtml(alert_html(alert, self.model.today, self.model.days) if alert else empty)
        for button in (self.edit_button, self.resolve_button, self.archive_button):
            button.setEnabled(alert is not None)
        resolved, archived = (alert.status == alerts.RESOLVED, alert.status == alerts.ARCHIVED) if alert else (0, 0)
        self.resolve_button.setText(self.tr("Make &active again") if resolved else self.tr("Mark &resolved"))
        self.archive_button.setText(self.tr("Bring &back") if archived else self.tr("&Archive"))

    # --- reports and changes ----------------------------------------------------------------------

    def new_report(self) -> None:
        if self.can_edit:
            self._run_dialog(AlertDialog(self.session, self.services.dialogs, parent=self), new=True)

    def open_current(self) -> None:
        alert = self.current()
        if alert is not None and self.can_edit:
            self._run_dialog(AlertDialog(self.session, self.services.dialogs, alert=alert, parent=self), new=False)

    def _run_dialog(self, dialog: AlertDialog, *, new: bool) -> None:
        if not self.services.dialogs.run(dialog) or dialog.saved is None:
            return
        saved = dialog.saved
        if new:
            self.services.dialogs.info(
                self,
                self.tr("Report saved"),
                self.tr(
                    "The alert's reference is %s. Give it to the worker: they can quote it to add to the "
                    "report later. Their name is not kept on the alert."
                )
                % saved.reference,
            )
        self._say(self.tr("Saved alert %s.") % saved.reference, "success")
        if new:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.refresh(keep_id=saved.id)
        self.search.setFocus()

    def toggle_resolved(self) -> None:
        alert = self.current()
        if alert is not None:
            status = alerts.ACTIVE if alert.status == alerts.RESOLVED else alerts.RESOLVED
            self._set_status(
                alert,
                status,
                self.tr("%s is marked resolved. It stays searchable.")
                if status == alerts.RESOLVED
                else self.tr("%s is active again."),
            )

    def toggle_archived(self) -> None:
        alert = self.current()
        if alert is not None:
            status = alerts.ACTIVE if alert.status == alerts.ARCHIVED else alerts.ARCHIVED
            self._set_status(
                alert,
                status,
                self.tr('%s is archived: it is off the sheet and found only with "Include archived".')
                if status == alerts.ARCHIVED
                else self.tr("%s is back in the lookup."),
            )

    def _set_status(self, alert: Alert, status: str, words: str) -> None:
        try:
            self.session.alerts.set_status(alert.id, status)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._say(words % alert.reference, "success")
        self.refresh(keep_id=alert.id)

    # --- the sheet -------------------------------------------------------------------------------

    def _sheet(self) -> alerts.AlertSheet | None:
        try:
            return self.session.alerts.begin_sheet(self.today)
        except VaultError as error:
            self._say(str(error), "error")
            return None

    def print_sheet(self) -> None:
        from shop_desktop.reports.alert_sheet import build_alert_sheet_pdf

        sheet = self._sheet()
        if sheet is not None:
            self.print_pdf(self, build_alert_sheet_pdf(sheet), self.tr("Aggressor alert sheet"))

    def save_sheet_pdf(self) -> None:
        from shop_desktop.reports.alert_sheet import build_alert_sheet_pdf

        path = self.services.dialogs.save_file(
            self, self.tr("Save the alert sheet"), f"aggressor-alert-{self.today.isoformat()}.pdf", "PDF (*.pdf)"
        )
        sheet = self._sheet() if path is not None else None
        if path is not None and sheet is not None:
            self._say(*save_where_chosen(lambda: path.write_bytes(build_alert_sheet_pdf(sheet)), path))

    def save_sheet_csv(self) -> None:
        from shop_desktop.reports.alert_sheet import write_sheet_csv

        path = self.services.dialogs.save_file(
            self, self.tr("Save the alert sheet as CSV"), f"aggressor-alert-{self.today.isoformat()}.csv", "CSV (*.csv)"
        )
        sheet = self._sheet() if path is not None else None
        if path is not None and sheet is not None:
            self._say(*save_where_chosen(lambda: write_sheet_csv(sheet, path), path))

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1200, 760)


def alert_html(alert: Alert, today: date, days: int) -> str:
    """The alert in full for the detail pane: the same plain words as the sheet, plus its status."""
    d = alert.details
    danger = theme.colours(QGuiApplication.palette())["danger_text"]  # readable on a dark theme too
    rows = [
        ("Looks like", alerts.description_text(d)),
        ("Vehicle", alerts.vehicle_text(d)),
        ("Contact used", alerts.contact_text(d)),
        ("What happened", d.narrative),
        ("Police", alerts.POLICE[d.police]),
        ("Status", _status_long(alert, today, days)),
        ("Reported on", show_date(alert.reported_on)),
    ]
    body = "".join(
        f"<tr><td style='padding:3px 10px 3px 0; color:palette(placeholder-text)'><b>{label}</b></td>"
        f"<td style='padding:3px 0'>{escape(text).replace(chr(10), '<br>')}</td></tr>"
        for label, text in rows
        if text
    )
    return (
        f"<h2 style='margin:0'>{alert.reference}</h2>"
        f"<p style='color:{danger}; font-size:13pt'><b>{escape(alerts.harms_text(d))}</b></p>"
        f"<p>{escape(_when_where(d))}</p><table>{body}</table>"
    )


def _when_where(d: AlertDetails) -> str:
    """As the sheet says it, but the date in the screen's locale (the sheet keeps its own words)."""
    when = show_long_date(d.occurred_on) + (
        f", {show_time(d.occurred_on + 'T' + d.occurred_time)}" if d.occurred_time else ""
    )
    how = alerts.CONTACT_PHRASES[d.contact_method] + (f" ({d.contact_where})" if d.contact_where else "")
    return " · ".join(part for part in (when, d.location, how) if part)


def _status_long(alert: Alert, today: date, days: int) -> str:
    words = alert.status_words(today, days)
    if alert.status == alerts.ACTIVE and not alert.on_sheet(today, days):
        return f"{words}: older than {days} days, so off the sheet; still found by the lookup"
    return words
