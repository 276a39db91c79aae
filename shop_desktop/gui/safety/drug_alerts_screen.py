"""Drug alerts: post one in a few keystrokes, see which are showing, print the poster, take one down.

Focus starts in Substance; Tab goes down the form and Enter in any line posts it. Everything on
this screen is meant for clients to read, and the form says so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety import drug_alerts
from shop_desktop.core.safety.drug_alerts import DrugAlert
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.dates import show_date
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.printing import print_pdf
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import save_where_chosen, set_kind
from shop_desktop.gui.forms.ui_drug_alerts_screen import Ui_DrugAlertsScreen
from shop_desktop.gui.safety.stock_widgets import prepare_table


def _status(alert: DrugAlert, today: date) -> str:
    if alert.withdrawn:
        return QCoreApplication.translate("Status", "Taken down")
    if alert.expires_on < today:
        return QCoreApplication.translate("Status", "Expired %s") % show_date(alert.expires_on)
    if alert.active_on(today):
        return QCoreApplication.translate("Status", "Showing until %s") % show_date(alert.expires_on)
    return QCoreApplication.translate("Status", "Not yet")


def _different(alert: DrugAlert) -> str:
    return f"{alert.where_seen}: {alert.what_is_different}" if alert.where_seen else alert.what_is_different


class DrugAlertsModel(RowTableModel[DrugAlert]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Issued"), lambda a: show_date(a.issued_on), lambda a: a.issued_on),
        (
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda a: _status(a, date.today()),
            lambda a: (a.withdrawn, a.expires_on),
        ),
        (QT_TRANSLATE_NOOP("Columns", "Substance"), lambda a: a.substance, lambda a: a.substance.casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Source"), lambda a: a.source_label, lambda a: a.source_label),
        (QT_TRANSLATE_NOOP("Columns", "What's different"), _different, lambda a: _different(a).casefold()),
    )


class DrugAlertsScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.print_pdf = print_pdf  # tests put a recorder here instead of the print dialog
        self.ui = Ui_DrugAlertsScreen()
        self.ui.setupUi(self)
        self.model = DrugAlertsModel(self)
        prepare_table(self.ui.alertsTable, self.model, order=(0, Qt.SortOrder.DescendingOrder))
        for key, words in drug_alerts.SOURCES.items():
            self.ui.sourceCombo.addItem(word(words), key)
        today = QDate.currentDate()
        self.ui.issuedEdit.setDateRange(today.addDays(-drug_alerts.LATE_DAYS), today)
        self.ui.untilEdit.setDateRange(today.addDays(-drug_alerts.LATE_DAYS), today.addDays(drug_alerts.LONGEST_DAYS))
        self._reset_dates()
        self.ui.issuedEdit.dateChanged.connect(self._follow_issued)
        for line in (self.ui.substanceEdit, self.ui.differentEdit, self.ui.whereEdit):
            line.returnPressed.connect(self.post)
        self.ui.postButton.clicked.connect(self.post)
        self.ui.printButton.clicked.connect(self.print_poster)
        self.ui.pdfButton.clicked.connect(self.save_poster)
        self.ui.withdrawButton.clicked.connect(self.withdraw)
        may_post = self.session.can(Permission.POST_DRUG_ALERTS)
        for widget in (self.ui.postButton, self.ui.withdrawButton, self.ui.substanceEdit, self.ui.differentEdit):
            widget.setEnabled(may_post)
        self.refresh()

    def _reset_dates(self) -> None:
        self.ui.issuedEdit.setDate(QDate.currentDate())
        self.ui.untilEdit.setDate(QDate.currentDate().addDays(drug_alerts.DEFAULT_DAYS))

    def _follow_issued(self, issued: QDate) -> None:
        self.ui.untilEdit.setDate(issued.addDays(drug_alerts.DEFAULT_DAYS))

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
        QTimer.singleShot(0, self.ui.substanceEdit, self.ui.substanceEdit.setFocus)  # not after a close

    def refresh(self) -> None:
        alerts = self.session.drug_alerts.recent_drug_alerts()
        self.model.set_rows(alerts)
        self.ui.emptyLabel.setVisible(not alerts)
        self.ui.alertsTable.setVisible(bool(alerts))

    def post(self) -> None:
        try:
            self.session.drug_alerts.post_drug_alert(
                substance=self.ui.substanceEdit.text(),
                what_is_different=self.ui.differentEdit.text(),
                where_seen=self.ui.whereEdit.text() or None,
                source=self.ui.sourceCombo.currentData(),
                issued_on=self.ui.issuedEdit.date().toPython(),
                expires_on=self.ui.untilEdit.date().toPython(),
            )
        except VaultError as error:  # what was typed stays, to fix and post again
            self._say(str(error), "error")
            return
        for line in (self.ui.substanceEdit, self.ui.differentEdit, self.ui.whereEdit):
            line.clear()
        self._reset_dates()
        self._say(self.tr("Posted. It shows on Check in and Outreach until it expires."), "success")
        self.refresh()
        self.ui.substanceEdit.setFocus()

    def _chosen(self) -> DrugAlert | None:
        rows = self.ui.alertsTable.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("Choose an alert in the list first."), "error")
            return None
        return self.model.row_at(rows[0])

    def _poster_pdf(self, alert: DrugAlert) -> bytes:
        from shop_desktop.reports.drug_alert_poster import build_drug_alert_poster_pdf

        return build_drug_alert_poster_pdf(self.session.drug_alerts.poster_for(alert.id))

    def print_poster(self) -> None:
        alert = self._chosen()
        if alert is not None:
            self.print_pdf(self, self._poster_pdf(alert), self.tr("Drug alert poster"))

    def save_poster(self) -> None:
        alert = self._chosen()
        if alert is None:
            return
        path = self.services.dialogs.save_file(
            self, self.tr("Save the poster"), f"drug-alert-{alert.issued_on.isoformat()}.pdf", "PDF (*.pdf)"
        )
        if path is not None:
            pdf = self._poster_pdf(alert)
            self._say(*save_where_chosen(lambda: path.write_bytes(pdf), path))

    def withdraw(self) -> None:
        alert = self._chosen()
        if alert is None:
            return
        question = self.tr("Take down the alert about %s? It stops showing on Check in and Outreach.")
        if not self.services.dialogs.confirm(
            self, self.tr("Take down"), question % alert.substance, action=self.tr("Take down")
        ):
            return
        try:
            self.session.drug_alerts.withdraw_drug_alert(alert.id)
        except VaultError as error:
            self._say(str(error), "error")
        else:
            self._say(self.tr("Taken down."), "success")
        self.refresh()

    def _say(self, text: str, kind: str) -> None:
        self.ui.messageLabel.setText(text)
        set_kind(self.ui.messageLabel, kind)

    def clear(self) -> None:
        self.model.set_rows([])
        for line in (self.ui.substanceEdit, self.ui.differentEdit, self.ui.whereEdit):
            line.clear()
        self.ui.messageLabel.clear()
