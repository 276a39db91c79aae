"""Check-in: the screen the front desk uses most.

Keyboard flow for a returning client: focus starts in the search box; type part of the
alias, Enter (or arrows + Enter) picks, a letter or digit ticks a service, Enter saves.
The screen shows only what a client standing at the desk may see: alias, code, services.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.desk.clients import ClientMatch
from shop_desktop.core.desk.restrictions import RestrictionApplies
from shop_desktop.core.desk.visits import AnonymousDetails, VisitRow
from shop_desktop.core.errors import VaultError
from shop_desktop.core.safety.overdose_kits import FIRST, REPLACEMENT
from shop_desktop.gui.common.core_words import word
from shop_desktop.gui.common.dates import datetime_format, show_time
from shop_desktop.gui.common.models import Index, RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import build_in_turns, icon, say
from shop_desktop.gui.forms.ui_checkin_screen import Ui_CheckInScreen
from shop_desktop.gui.frontdesk.checkin_restrictions import (
    ask_override,
    is_restricted,
    mark_restricted,
    popup_under,
    turnaway_menu,
)
from shop_desktop.gui.frontdesk.client_dialog import ClientDialog, fill_choices
from shop_desktop.gui.frontdesk.service_panel import ServicePanel, panel_area
from shop_desktop.gui.safety.naloxone_kit import KitStrip
from shop_desktop.gui.safety.stock_widgets import DrugAlertBand

ANONYMOUS = -1
ROWS_SHOWN = 3  # matching clients visible at once; the list scrolls (the best match is first)


def _who(row: VisitRow) -> str:
    return f"{row.alias} ({row.code})" if row.alias else QCoreApplication.translate("Status", "Anonymous visitor")


class TodayModel(RowTableModel[VisitRow]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: show_time(r.at), lambda r: r.at),
        (QT_TRANSLATE_NOOP("Columns", "Client"), _who, lambda r: (r.alias or "").casefold()),
        (QT_TRANSLATE_NOOP("Columns", "Services"), lambda r: r.services or "—", lambda r: r.services),
        (
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: QCoreApplication.translate("Status", "Voided: %s") % r.void_reason if r.voided else "",
            lambda r: r.voided,
        ),
    )
    SERVICES = 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 1:
            row = self.rows[index.row()]  # the services too, for when their column is hidden
            return f"{_who(row)}: {row.services or '—'}"
        return super().data(index, role)


class CheckInScreen(QWidget):
    checked_in = Signal(int)

    def __init__(self, services: Services, *, in_turns: bool = False) -> None:
        """in_turns: built over five turns of the event loop (the main window's first screen, whose
        200 ms of building would otherwise stop the window); `built` says when it is whole."""
        super().__init__()
        self.services = services
        self.session = services.session
        self.selected: ClientMatch | None = None
        self.anonymous = False
        self._saving = False
        self.elsewhere = ""  # why check-ins aren't saved on this device (the outreach laptop)
        self.built = False
        steps = (
            self._build,
            self._anonymous_fields,
            self._build_services,
            self._build_kit_and_alerts,
            self._finish_building,
        )
        build_in_turns(self, steps, at_once=not in_turns, go_on=lambda: self.session.is_open)

    def _finish_building(self) -> None:
        self.elsewhere = word(self.session.visits.saved_elsewhere())
        self._panel_tab_order()
        self._connect()
        self._search_changed(self.search.text())  # what was typed while the screen was being built
        self.refresh_today()
        self._show_selection()
        self.built = True
        if self.isVisible():
            self.drug_alerts.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = ui = Ui_CheckInScreen()
        ui.setupUi(self)  # its own margins: the form and today's list side by side must fit 1024 px
        self.search, self.results, self.chosen_label = ui.checkinSearch, ui.results, ui.chosen_label
        self.new_button, self.anonymous_button = ui.new_button, ui.anonymous_button
        self.new_button.setIcon(icon("add"))
        self.demographics = ui.demographics  # its three choices are filled in the next turn (16 ms)
        self.below_search = _fixed_area(ui.below_search, self.results, self.demographics)
        self.when = ui.when
        self.when.setDisplayFormat(datetime_format())
        self.when.setDateTime(QDateTime.currentDateTime())
        self.save_button, self.message = ui.save_button, ui.message
        self.save_button.setIcon(icon("checkin"))
        self.today_model = TodayModel(self)
        self.today = ui.todayList
        self.today.setModel(self.today_model)
        header = self.today.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the whole alias is in the tooltip
        self.today_empty, self.today_count, self.void_button = ui.today_empty, ui.today_count, ui.void_button

    def _build_services(self) -> None:
        """The services and supplies to tick."""
        self.panel = ServicePanel(self.session.visits.service_catalog())
        self.panel_area = panel_area(self.panel)
        self.ui.panelColumn.addWidget(self.panel_area)

    def _build_kit_and_alerts(self) -> None:
        self.kit_strip = KitStrip(other_key=self.panel.keyPressEvent, back=self.panel.setFocus)
        self.ui.panelColumn.addWidget(self.kit_strip)  # opens under the services when a naloxone kit is ticked
        self.drug_alerts = DrugAlertBand(self.services.session, self)
        self.ui.right.insertWidget(1, self.drug_alerts)  # under Today: active drug alerts, to tell people

    def _panel_tab_order(self) -> None:
        """The services come between the time and Save, as they sit on the screen."""
        previous: QWidget = self.when
        for box in self.panel.boxes.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.save_button)

    def _anonymous_fields(self) -> None:
        """Three optional details, each with its label above it (three bare "Not recorded" boxes said nothing)."""
        grid = self.ui.demographicsGrid
        grid.setRowStretch(2, 1)
        self.anon_gender = fill_choices(self.ui.anon_gender, demo.GENDERS)
        self.anon_age = fill_choices(self.ui.anon_age, demo.AGE_BANDS)
        self.anon_indigenous = fill_choices(self.ui.anon_indigenous, demo.INDIGENOUS)
        for column, combo in enumerate((self.anon_gender, self.anon_age, self.anon_indigenous)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(1)
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(demo.UNKNOWN) + 44)  # the text and the arrow
            grid.setColumnStretch(column, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.pick_current())
        self.new_button.clicked.connect(self.register_new)
        self.anonymous_button.clicked.connect(self.pick_anonymous)
        self.panel.save_requested.connect(self.save)
        self._connect_kit()
        self.save_button.clicked.connect(self.save)
        self.void_button.clicked.connect(self.void_selected)
        QShortcut(QKeySequence("Ctrl+T"), self, self.turned_away)

    def _connect_kit(self) -> None:
        """Ticking the naloxone kit opens its details (take-home naloxone), with the focus."""
        self.kit_strip.save_requested.connect(self.save)
        kit_id = self.services.session.overdose_kits.kit_service()
        box = self.panel.boxes.get(kit_id) if kit_id is not None else None
        if box is not None:
            box.toggled.connect(self._kit_ticked)

    def _kit_ticked(self, ticked: bool) -> None:
        if not ticked:
            had_focus = self.kit_strip.hasFocus()
            self.kit_strip.close_strip()
            if had_focus:
                self.panel.setFocus()  # the kit unticked from the strip: keys go back to the services
            return
        likely = None
        if self.selected is not None:
            had = self.services.session.overdose_kits.had_kit_before(self.selected.id)
            likely = REPLACEMENT if had else FIRST
        self.kit_strip.open_for(likely)

    def turned_away(self) -> None:
        """Ctrl+T, then 1-4: someone who couldn't be served is counted (named if chosen)."""
        popup_under(turnaway_menu(self, self.session, self.selected, self._say), self.search)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        if self.built:  # otherwise the last building step refreshes it
            self.drug_alerts.refresh()
        QTimer.singleShot(0, self.search.setFocus)

    # --- picking a client ----------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.results.clear()
        if text.strip() and self.anonymous:  # typing a name again: looking for a named client after all
            self.anonymous = False
            self._show_selection()
        if not text.strip():
            self._results_hint(self.tr("Matching clients show here as you type."))
            return
        items = []
        for match in self.session.clients.search(text):
            item = QListWidgetItem(
                f"{match.alias}   ·   {match.code}" + (f"   ·   {match.pronouns}" if match.pronouns else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, match)
            item.setToolTip(match.alias)
            items.append(item)
        mark_restricted(self.session, items)
        for item in items:
            self.results.addItem(item)
        if self.results.count() == 0:
            self._results_hint(self.tr("No one found. Press Alt+N to register a new client."))
            return
        self.results.setCurrentRow(0)

    def _results_hint(self, text: str) -> None:
        hint = QListWidgetItem(text)
        hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(hint)
        self.results.setCurrentRow(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick_current()
                return True
        return super().eventFilter(watched, event)

    def pick_current(self) -> None:
        item = self.results.currentItem()
        match = item.data(Qt.ItemDataRole.UserRole) if item else None
        if isinstance(match, ClientMatch):
            self.pick(match)

    def pick(self, match: ClientMatch) -> None:
        self.selected, self.anonymous = match, False
        self._show_selection()
        self._say_if_already_here(match)
        self.panel.setFocus()

    def _say_if_already_here(self, match: ClientMatch) -> None:
        """A second visit the same day is allowed (they came back for supplies) but worth a word."""
        if is_restricted(self.session, match):
            self._say(self.tr("Please see the coordinator before checking in."), "warning")
            return
        earlier = [r for r in self.today_model.rows if r.client_id == match.id and not r.voided]
        if earlier:
            at = min(r.at for r in earlier)
            self._say(self.tr("%s already checked in today at %s.") % (match.alias, show_time(at)), "warning")
        else:
            self._say("", "subtle")

    def pick_anonymous(self) -> None:
        self.selected, self.anonymous = None, True
        self._show_selection()
        self.panel.setFocus()

    def register_new(self) -> None:
        dialog = ClientDialog(self.session, self.services.dialogs, alias=self.search.text(), parent=self)
        if self.services.dialogs.run(dialog) and dialog.saved is not None:
            new = dialog.saved
            self.pick(ClientMatch(new.id, new.code, new.alias, new.details.pronouns, new.last_visit_at))

    def _show_selection(self) -> None:
        self.below_search.setCurrentWidget(self.demographics if self.anonymous else self.results)
        if self.selected is not None:
            pronouns = f" · {self.selected.pronouns}" if self.selected.pronouns else ""
            self.chosen_label.setText(
                self.tr("Checking in: <b>%s</b> · %s%s")
                % (_escape(self.selected.alias), self.selected.code, _escape(pronouns))
            )
        elif self.anonymous:
            self.chosen_label.setText(self.tr("Checking in: <b>an anonymous visitor</b> (details optional)"))
        else:
            self.chosen_label.setText(self.tr("Find the client above, or choose Anonymous visitor."))
        self.save_button.setEnabled(not self.elsewhere and (self.selected is not None or self.anonymous))
        if self.elsewhere:
            self._say(self.elsewhere, "warning")

    # --- saving --------------------------------------------------------------------------------

    def save(self, override_reason: str | None = None) -> None:
        if self._saving or self.elsewhere or not (self.selected or self.anonymous):
            return
        self._saving = True
        self.save_button.setEnabled(False)
        refused: RestrictionApplies | None = None
        try:
            visit_id = self.session.visits.check_in(
                self.selected.id if self.selected else None,
                self.panel.chosen(),
                at=self._when(),
                anonymous=self._anonymous_details(),
                override_reason=override_reason,
                naloxone=self.kit_strip.kit(),
            )
        except RestrictionApplies as restricted:
            refused = restricted
        except VaultError as error:
            self._say(str(error), "error")
            return
        finally:
            self._saving = False
            self.save_button.setEnabled(True)
        if refused is not None:
            self._overridden_or_not(refused)
            return
        who = self.selected.alias if self.selected else self.tr("Anonymous visitor")
        self._say(self.tr("Checked in: %s.") % who, "success")
        self._reset()
        self.refresh_today()
        self.checked_in.emit(visit_id)

    def _overridden_or_not(self, refused: RestrictionApplies) -> None:
        """The coordinator may give a reason and check the client in anyway; others see the calm words."""
        reason = ask_override(self, self.session, self.services.dialogs, refused)
        if reason is None:
            self._say(str(refused), "warning")
        else:
            self.save(override_reason=reason)

    def _when(self) -> datetime | None:
        chosen = self.when.dateTime().toPython()
        return None if abs((datetime.now() - chosen).total_seconds()) < 120 else chosen  # type: ignore[operator]

    def _anonymous_details(self) -> AnonymousDetails | None:
        if not self.anonymous:
            return None
        return AnonymousDetails(
            self.anon_gender.currentData(), self.anon_age.currentData(), self.anon_indigenous.currentData()
        )

    def _reset(self) -> None:
        self.selected, self.anonymous = None, False
        self.panel.clear()
        for combo in (self.anon_gender, self.anon_age, self.anon_indigenous):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.when.setDateTime(QDateTime.currentDateTime())
        self._show_selection()
        self.search.setFocus()

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    # --- today's list ------------------------------------------------------------------------

    def refresh_today(self) -> None:
        rows = self.session.visits.visits_on()
        self.today_model.set_rows(rows)
        counted = sum(1 for r in rows if not r.voided)
        self.today_count.setText(self.tr("%n visit(s)", "", counted))
        self.today_empty.setVisible(not rows)
        self.today.setVisible(bool(rows))
        self.today.setColumnHidden(3, not any(r.voided for r in rows))

    def void_selected(self) -> None:
        picked = self.today.selectionModel().selectedRows()
        if not picked:
            self._say(self.tr("Choose the visit to void in today's list first."), "warning")
            return
        row = self.today_model.row_at(picked[0])
        reason = self.services.dialogs.ask_text(
            self,
            self.tr("Void this visit?"),
            self.tr(
                "Void the %s visit of %s? It will stay in the audit trail but no longer count in reports.\n\n"
                "Why is it being voided?"
            )
            % (show_time(row.at), _who(row)),
            action=self.tr("Void visit"),
        )
        if reason is None:
            return
        try:
            self.session.visits.void_visit(row.id, reason)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self._say(self.tr("The visit was voided."), "success")
        self.refresh_today()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1200, 760)


def _fixed_area(area: QStackedWidget, results: QListWidget, details: QWidget) -> QStackedWidget:
    """Matches (four rows) or an anonymous visitor's details, in one area of fixed height,
    so neither pushes the form down nor gets crushed by it."""
    results.ensurePolished()  # the stylesheet's font, before measuring
    results.addItem("Xg")
    row = results.sizeHintForRow(0)
    results.clear()
    height = max(ROWS_SHOWN * row + 2 * results.frameWidth() + 2, details.minimumSizeHint().height())
    area.setFixedHeight(height)
    results.setMinimumHeight(height)  # below Qt's 70 px default for a list: three rows are enough here
    return area


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
