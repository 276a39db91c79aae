"""Entering an overdose response afterwards: keyboard first, a draft in the vault every few seconds and
whenever the dialog closes (the idle lock included), signed when it is complete.

Tab walks the form from Where to the remark; combo boxes take the first letter; Space ticks; Ctrl+Enter
signs. The time starts as now and is reached with Alt+W (inside it, Tab moves between its fields).
The layout is ui/overdose_dialog.ui; this keeps only behaviour.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QGridLayout, QListWidgetItem, QWidget

from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.overdose import OUTCOMES, PLACES, ROUTES, SIGNS, Response, ResponseDraft
from shop_desktop.gui.common.dates import datetime_format
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import set_kind
from shop_desktop.gui.forms.ui_overdose_dialog import Ui_OverdoseDialog

AUTOSAVE_MS = 4_000


def _fill(combo: QComboBox, choices: dict[str, str], empty: str) -> None:
    combo.addItem(empty, None)
    for key, text in choices.items():
        combo.addItem(text, key)


class OverdoseDialog(QDialog):
    """A new response, or my unsigned draft continued."""

    def __init__(
        self,
        services: Services,
        *,
        draft: Response | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.session = services.session
        self.response_id: int | None = draft.id if draft else None
        self.signed_id: int | None = None
        self.client_id: int | None = None
        self.dirty = False
        self.ui = Ui_OverdoseDialog()
        self.ui.setupUi(self)
        self._translate()
        self._fill_choices()
        if draft is not None:
            self._load(draft.draft)
        self._connect()
        self.autosave = QTimer(self)
        self.autosave.setInterval(autosave_ms)
        self.autosave.timeout.connect(self.save_if_changed)
        self.autosave.start()
        self.ui.placeCombo.setFocus()  # the time starts as now; Alt+W goes back to it (Tab walks its fields)

    def _translate(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Overdose response"))
        ui.headingLabel.setText(self.tr("Overdose response"))
        ui.whenEdit.setDisplayFormat(datetime_format())
        ui.whenEdit.setDateTime(QDateTime.currentDateTime())
        self.may_remark = may_remark = self.session.can(Permission.READ_NOTES)
        ui.remarkEdit.setVisible(may_remark)
        if not may_remark:
            ui.remarkLabel.setText(
                self.tr("Anything else goes to a counsellor or the coordinator: health detail is kept sealed for them.")
            )
            ui.remarkLabel.setWordWrap(True)
            set_kind(ui.remarkLabel, "subtle")
        ui.remarkEdit.setPlaceholderText(self.tr("Only if it helps: the boxes say most of it."))

    def _fill_choices(self) -> None:
        ui = self.ui
        _fill(ui.placeCombo, PLACES, self.tr("Choose where…"))
        _fill(ui.routeCombo, ROUTES, self.tr("None"))
        _fill(ui.outcomeCombo, OUTCOMES, self.tr("Choose…"))
        _fill(ui.ageCombo, demo.AGE_BANDS, demo.UNKNOWN)
        _fill(ui.genderCombo, demo.GENDERS, demo.UNKNOWN)
        ui.areaCombo.addItem(self.tr("Choose the area…"), None)
        for area_id, name in self.session.overdose_choices.area_choices():
            ui.areaCombo.addItem(name, area_id)
        grid = QGridLayout(ui.signsHost)
        grid.setContentsMargins(0, 0, 0, 0)
        self.signs: dict[str, QCheckBox] = {}
        for n, (key, text) in enumerate(SIGNS.items()):
            box = QCheckBox(text)
            self.signs[key] = box
            grid.addWidget(box, n, 0)
        grid.setRowStretch(len(SIGNS), 1)
        QWidget.setTabOrder(ui.genderCombo, self.signs["unresponsive"])
        previous: QWidget = self.signs["unresponsive"]
        for box in list(self.signs.values())[1:]:
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, ui.dosesSpin)
        me = self.session.user.id
        for staff_id, name in self.session.overdose_choices.responder_choices():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if staff_id == me else Qt.CheckState.Unchecked)
            ui.respondersList.addItem(item)
        ui.respondersList.setCurrentRow(0)
        self._place_changed()
        self._show_client()

    def _load(self, draft: ResponseDraft) -> None:
        ui = self.ui
        ui.whenEdit.setDateTime(QDateTime.fromString(draft.occurred_at, "yyyy-MM-ddTHH:mm"))
        for combo, value in (
            (ui.placeCombo, draft.place),
            (ui.areaCombo, draft.area_id),
            (ui.routeCombo, draft.naloxone_route),
            (ui.outcomeCombo, draft.outcome),
            (ui.ageCombo, draft.age_band),
            (ui.genderCombo, draft.gender),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if draft.client_id is not None:
            ui.clientEdit.setText(self.session.overdose_choices.person_code(draft.client_id))
        for key, box in self.signs.items():
            box.setChecked(key in draft.signs)
        ui.dosesSpin.setValue(draft.naloxone_doses)
        for box, value in self._ticks(draft):
            box.setChecked(value)
        for row in range(ui.respondersList.count()):
            item = ui.respondersList.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in draft.responders
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        ui.remarkEdit.setPlainText(draft.remark)
        self._place_changed()
        self._show_client()

    def _ticks(self, draft: ResponseDraft) -> list[tuple[QCheckBox, bool]]:
        ui = self.ui
        return [
            (ui.breathsCheck, draft.rescue_breaths),
            (ui.oxygenCheck, draft.oxygen),
            (ui.called911Check, draft.called_911),
            (ui.paramedicsCheck, draft.paramedics),
            (ui.aftercareCheck, draft.aftercare_offered),
            (ui.debriefOfferedCheck, draft.debrief_offered),
            (ui.debriefHeldCheck, draft.debrief_held),
        ]

    def _connect(self) -> None:
        ui = self.ui
        ui.placeCombo.currentIndexChanged.connect(self._place_changed)
        ui.clientEdit.textChanged.connect(self._show_client)
        ui.dosesSpin.valueChanged.connect(self._doses_changed)
        mark = self._mark_dirty
        ui.whenEdit.dateTimeChanged.connect(mark)
        for combo in (ui.placeCombo, ui.areaCombo, ui.routeCombo, ui.outcomeCombo, ui.ageCombo, ui.genderCombo):
            combo.currentIndexChanged.connect(mark)
        ui.clientEdit.textChanged.connect(mark)
        ui.dosesSpin.valueChanged.connect(mark)
        for box in [*self.signs.values(), *(box for box, _ in self._ticks(ResponseDraft("")))]:
            box.toggled.connect(mark)
        ui.respondersList.itemChanged.connect(mark)
        ui.remarkEdit.textChanged.connect(mark)
        ui.signButton.clicked.connect(self.sign)
        ui.keepButton.clicked.connect(self.reject)
        ui.discardButton.clicked.connect(self.discard)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.sign)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_if_changed)

    def _mark_dirty(self, *_args: object) -> None:
        self.dirty = True

    def _place_changed(self, *_args: object) -> None:
        on_outreach = self.ui.placeCombo.currentData() == "outreach"
        self.ui.areaCombo.setEnabled(on_outreach)
        self.ui.areaLabel.setEnabled(on_outreach)

    def _doses_changed(self, doses: int) -> None:
        if doses and self.ui.routeCombo.currentData() is None:
            self.ui.routeCombo.setCurrentIndex(self.ui.routeCombo.findData("intranasal"))  # the kits' own spray
        if not doses:
            self.ui.routeCombo.setCurrentIndex(0)

    def _show_client(self, *_args: object) -> None:
        """The first client matching the alias or code typed; nothing typed means someone anonymous."""
        typed = self.ui.clientEdit.text().strip()
        found = self.session.overdose_choices.find_person(typed) if typed else None
        self.client_id = found[0] if found else None
        if found:
            self.ui.clientFound.setText(self.tr("Client: <b>%s</b> (%s)") % (_escape(found[1]), found[2]))
        elif typed:
            self.ui.clientFound.setText(self.tr("No client matches; saved as someone anonymous."))
        else:
            self.ui.clientFound.setText(self.tr("Someone anonymous: age band and gender if known."))
        for widget in (self.ui.ageCombo, self.ui.genderCombo, self.ui.ageLabel, self.ui.genderLabel):
            widget.setEnabled(self.client_id is None)

    def draft(self) -> ResponseDraft:
        ui = self.ui
        when = ui.whenEdit.dateTime().toPython()
        anonymous = self.client_id is None
        responders = tuple(
            int(ui.respondersList.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(ui.respondersList.count())
            if ui.respondersList.item(r).checkState() == Qt.CheckState.Checked
        )
        return ResponseDraft(
            occurred_at=when.isoformat(timespec="minutes"),  # type: ignore[union-attr]
            place=ui.placeCombo.currentData(),
            area_id=ui.areaCombo.currentData() if ui.areaCombo.isEnabled() else None,
            client_id=self.client_id,
            gender=ui.genderCombo.currentData() if anonymous else None,
            age_band=ui.ageCombo.currentData() if anonymous else None,
            signs=tuple(key for key, box in self.signs.items() if box.isChecked()),
            responders=responders,
            naloxone_doses=ui.dosesSpin.value(),
            naloxone_route=ui.routeCombo.currentData(),
            rescue_breaths=ui.breathsCheck.isChecked(),
            oxygen=ui.oxygenCheck.isChecked(),
            called_911=ui.called911Check.isChecked(),
            paramedics=ui.paramedicsCheck.isChecked(),
            outcome=ui.outcomeCombo.currentData(),
            aftercare_offered=ui.aftercareCheck.isChecked(),
            debrief_offered=ui.debriefOfferedCheck.isChecked(),
            debrief_held=ui.debriefHeldCheck.isChecked(),
            remark=ui.remarkEdit.toPlainText().strip() if self.may_remark else "",
            response_id=self.response_id,
        )

    def save_if_changed(self) -> bool:
        """Autosave: into the vault (its free text sealed), never to a file. False if it could not save."""
        if not self.dirty:
            return True
        try:
            self.response_id = self.session.overdose.save_draft(self.draft())
        except VaultError as error:
            self._say(str(error), "error")
            return False
        self.dirty = False
        self._say(
            self.tr("Draft saved at %s. Only you can see it until you sign it.") % datetime.now().strftime("%H:%M:%S"),
            "subtle",
        )
        return True

    def _say(self, text: str, kind: str) -> None:
        self.ui.stateLabel.setText(text)
        set_kind(self.ui.stateLabel, kind)

    def sign(self) -> None:
        if not self.ui.signButton.isEnabled():
            return
        if not self.services.dialogs.confirm(
            self,
            self.tr("Sign this response?"),
            self.tr("Once signed, it can't be changed. Corrections are added beneath it as addenda."),
            action=self.tr("Sign response"),
        ):
            return
        try:
            self.signed_id = self.session.overdose.sign_response(self.draft())
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.response_id, self.dirty = self.signed_id, False
        self._close(accepted=True)

    def discard(self) -> None:
        if not self.services.dialogs.confirm(
            self,
            self.tr("Discard this draft?"),
            self.tr("The draft will be deleted and can't be brought back."),
            action=self.tr("Discard"),
            danger=True,
        ):
            return
        if self.response_id is not None:
            try:
                self.session.overdose.discard_draft(self.response_id)
            except VaultError as error:
                self._say(str(error), "error")
                return
        self.response_id, self.dirty = None, False
        self._close(accepted=False)

    def reject(self) -> None:
        """Esc, the window's close button, or the app locking: what was entered is kept as a draft."""
        self.save_if_changed()
        self._close(accepted=False)

    close_for_lock = reject  # the lock saves the draft too, asking nothing

    def _close(self, *, accepted: bool) -> None:
        self.autosave.stop()
        self.ui.remarkEdit.blockSignals(True)
        self.ui.remarkEdit.clear()  # no unsealed text left in a widget once the dialog closes
        if accepted:
            super().accept()
        else:
            super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
