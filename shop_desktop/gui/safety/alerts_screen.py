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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QWidget,
)

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety import alerts
from shop_desktop.core.safety.alerts import Alert, AlertDetails, AlertMatch
from shop_desktop.gui.common import theme
from shop_desktop.gui.common.core_words import core_message
from shop_desktop.gui.common.dates import show_date, show_long_date, show_time
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.printing import print_pdf
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import (
    icon,
    save_where_chosen,
    say,
    set_kind,
    set_up_screen,
)
from shop_desktop.gui.forms.ui_alerts_screen import Ui_AlertsScreen
from shop_desktop.gui.safety.alert_dialog import AlertDialog

ON_SHEET = QT_TRANSLATE_NOOP("AlertsScreen", "On the sheet")
COL_REFERENCE, COL_DATE, COL_MATCHED, COL_HARM, COL_STATUS, COL_SUMMARY = range(6)


class AlertsModel(RowTableModel[AlertMatch]):
    """Matches (or the sheet's alerts), best first."""

    def __init__(self, today: date, days: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.today, self.days = today, days
        self.columns = (
            (QT_TRANSLATE_NOOP("Columns", "Ref."), lambda m: m.alert.reference, lambda m: m.alert.reference),
            (
                QT_TRANSLATE_NOOP("Columns", "Date"),
                lambda m: show_date(m.alert.details.occurred_on),
                lambda m: m.alert.details.occurred_on,
            ),
            (QT_TRANSLATE_NOOP("Columns", "Matched on"), lambda m: m.why, lambda m: m.tier),
            (
                QT_TRANSLATE_NOOP("Columns", "What happened"),
                lambda m: alerts.harms_text(m.alert.details),
                lambda m: m.alert.details.categories,
            ),
            (
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda m: m.alert.status_words(self.today, self.days),
                lambda m: m.alert.status,
            ),
            (QT_TRANSLATE_NOOP("Columns", "Details"), lambda m: _summary(m.alert), lambda m: m.tier),
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
        self._connect()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = set_up_screen(Ui_AlertsScreen(), self)
        ui = self.ui
        self.search, self.include_archived, self.summary = ui.alertSearch, ui.include_archived, ui.summary
        self.table, self.detail, self.message = ui.alertList, ui.detail, ui.message
        self.table.setModel(self.model)
        for column, width in (
            (COL_REFERENCE, 70),
            (COL_DATE, 92),
            (COL_MATCHED, 185),
            (COL_HARM, 160),
            (COL_STATUS, 80),
        ):
            self.table.setColumnWidth(column, width)
        self.new_button, self.edit_button = ui.new_button, ui.edit_button
        self.resolve_button, self.archive_button = ui.resolve_button, ui.archive_button
        self.print_button, self.save_pdf_button, self.save_csv_button = (
            ui.print_button,
            ui.save_pdf_button,
            ui.save_csv_button,
        )
        for button, name in (
            (self.new_button, "add"),
            (self.print_button, "print"),
            (self.save_pdf_button, "save"),
            (self.edit_button, "edit"),
            (self.archive_button, "archive"),
        ):
            button.setIcon(icon(name))
        ui.split.setStretchFactor(0, 3)
        ui.split.setStretchFactor(1, 2)
        ui.split.setSizes([760, 380])

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
            self._say(core_message(error), "error")
            return
        self._say(words % alert.reference, "success")
        self.refresh(keep_id=alert.id)

    # --- the sheet -------------------------------------------------------------------------------

    def _sheet(self) -> alerts.AlertSheet | None:
        try:
            return self.session.alerts.begin_sheet(self.today)
        except VaultError as error:
            self._say(core_message(error), "error")
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
