"""Overdose responses: the list (details where you may read them), your drafts, opening one, and an
addendum beneath a signed one. What each person sees is decided in core/safety/overdose.py.

The layout is ui/overdose_screen.ui; this keeps only behaviour.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from shop_desktop.core.desk import demographics as demo
from shop_desktop.core.errors import VaultError
from shop_desktop.core.roles import Permission
from shop_desktop.core.safety.overdose import (
    DRAFT,
    OUTCOMES,
    PLACES,
    ROUTES,
    SIGNS,
    Addendum,
    Response,
    ResponseDraft,
    ResponseLine,
)
from shop_desktop.gui.common.dates import show_datetime
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import set_kind
from shop_desktop.gui.forms.ui_overdose_screen import Ui_OverdoseScreen
from shop_desktop.gui.safety.overdose_dialog import OverdoseDialog

HIDDEN = "—"
COL_WHEN, COL_WHERE, COL_OUTCOME, COL_NALOXONE, COL_911, COL_STATUS = range(6)


def _status(line: ResponseLine) -> str:
    if line.status == DRAFT:
        return QCoreApplication.translate("Status", "Your draft")
    return (
        QCoreApplication.translate("Status", "Signed")
        if line.readable
        else QCoreApplication.translate("Status", "Signed (details for those involved)")
    )


def _shown(line: ResponseLine, text: str) -> str:
    return text if line.readable else HIDDEN


def _doses(line: ResponseLine) -> str:
    return str(line.naloxone_doses) if line.naloxone_doses else QCoreApplication.translate("Status", "none")


def _debrief_held(response: Response | None) -> bool:
    return response is not None and (response.draft.debrief_held or any(a.debrief_held for a in response.addenda))


class ResponsesModel(RowTableModel[ResponseLine]):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "When"), lambda r: show_datetime(r.occurred_at), lambda r: r.occurred_at),
        (
            QT_TRANSLATE_NOOP("Columns", "Where"),
            lambda r: _shown(r, PLACES.get(r.place or "", "")),
            lambda r: r.place or "",
        ),
        (
            QT_TRANSLATE_NOOP("Columns", "Outcome"),
            lambda r: _shown(r, OUTCOMES.get(r.outcome or "", "")),
            lambda r: r.outcome or "",
        ),
        (
            QT_TRANSLATE_NOOP("Columns", "Doses"),
            lambda r: _shown(r, _doses(r)),
            lambda r: r.naloxone_doses if r.readable else -1,
        ),
        (
            QT_TRANSLATE_NOOP("Columns", "911"),
            lambda r: _shown(
                r,
                QCoreApplication.translate("Status", "yes")
                if r.called_911
                else QCoreApplication.translate("Status", "no"),
            ),
            lambda r: int(r.called_911) if r.readable else -1,
        ),
        (QT_TRANSLATE_NOOP("Columns", "Status"), _status, _status),
    )


class OverdoseScreen(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.session = services.session
        self.opened: Response | None = None
        self.ui = Ui_OverdoseScreen()
        self.ui.setupUi(self)
        self.model = ResponsesModel(self)
        table = self.ui.responsesTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_WHERE, COL_OUTCOME, COL_STATUS):  # what is left; long words elide (whole in the tooltip)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        table.sortByColumn(COL_WHEN, Qt.SortOrder.DescendingOrder)  # newest first, as core lists them
        self.ui.headingLabel.setText(self.tr("Overdose responses"))
        self.ui.introLabel.setText(
            self.tr(
                "Enter a response as soon as you can afterwards: it is kept as a draft until you sign it, even if "
                "the app locks. You see the details of responses you were part of; counsellors and the "
                "coordinator see all of them."
            )
        )
        self.ui.addendumButton.setVisible(self.session.can(Permission.READ_NOTES))
        self.ui.newButton.clicked.connect(self.new_response)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.addendumButton.clicked.connect(self.add_addendum)
        self.ui.debriefButton.clicked.connect(self.debrief_held)
        table.activated.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        QTimer.singleShot(0, self.ui.newButton.setFocus)

    def refresh(self) -> None:
        self.model.set_rows(self.session.overdose.list_responses())
        self._update_buttons()

    def selected(self) -> ResponseLine | None:
        rows = self.ui.responsesTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        line = self.selected()
        self.ui.openButton.setEnabled(line is not None and line.readable)
        signed = self.opened is not None and self.opened.status != DRAFT
        self.ui.addendumButton.setEnabled(signed)
        self.ui.debriefButton.setEnabled(signed and not _debrief_held(self.opened))

    def new_response(self) -> None:
        self._edit(OverdoseDialog(self.services, parent=self))

    def continue_draft(self, response_id: int) -> None:
        draft = self.session.overdose.open_response(response_id)
        self._edit(OverdoseDialog(self.services, draft=draft, parent=self))

    def _edit(self, dialog: OverdoseDialog) -> None:
        self.services.dialogs.run(dialog)
        self.refresh()
        if dialog.signed_id is not None:
            self._say(self.tr("Response signed. Thank you; take a moment, and ask for a debrief if you need one."))

    def open_selected(self) -> None:
        line = self.selected()
        if line is None or not line.readable:
            return
        if line.status == DRAFT:
            self.continue_draft(line.id)
            return
        try:
            self.opened = self.session.overdose.open_response(line.id)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.ui.detailView.setHtml(self._details(self.opened))
        self._update_buttons()

    def _details(self, response: Response) -> str:
        """The opened response as the reader sees it: what happened, then what was added since."""
        d = response.draft
        names = dict(self.session.overdose_choices.responder_choices())
        rows = (
            (self.tr("Where"), self._where(d)),
            (self.tr("Person"), self._person(d)),
            (self.tr("Seen"), ", ".join(SIGNS[s] for s in d.signs) or "—"),
            (self.tr("Naloxone"), self._naloxone(d)),
            (self.tr("Also"), ", ".join(self._also_done(d)) or "—"),
            (self.tr("Outcome"), OUTCOMES.get(d.outcome or "", "")),
            (self.tr("Responded"), ", ".join(names.get(s, "?") for s in d.responders)),
        )
        lines = [f"<h3>{escape(show_datetime(d.occurred_at))}</h3>"]
        lines += [f"<p><b>{escape(label)}:</b> {escape(value)}</p>" for label, value in rows]
        remark = self.tr("Remark")
        if d.remark:
            lines.append(f"<p><b>{escape(remark)}:</b> {escape(d.remark)}</p>")
        elif response.remark_hidden:
            sealed = self.tr("A remark is sealed for counsellors and the coordinator.")
            lines.append(f"<p><i>{escape(sealed)}</i></p>")
        lines += [self._addendum_line(addendum, names) for addendum in response.addenda]
        return "".join(lines)

    def _where(self, d: ResponseDraft) -> str:
        areas = dict(self.session.overdose_choices.area_choices())
        return PLACES.get(d.place or "", "") + (f" — {areas.get(d.area_id or 0, '')}" if d.area_id else "")

    def _person(self, d: ResponseDraft) -> str:
        known = [demo.AGE_BANDS.get(d.age_band or ""), demo.GENDERS.get(d.gender or "")]
        person = self.tr("a client (on their record)") if d.client_id else self.tr("someone anonymous")
        if not d.client_id and any(known):
            person += f" ({', '.join(k for k in known if k)})"
        return person

    def _also_done(self, d: ResponseDraft) -> list[str]:
        return [
            label
            for label, value in (
                (self.tr("rescue breaths"), d.rescue_breaths),
                (self.tr("oxygen"), d.oxygen),
                (self.tr("911 called"), d.called_911),
                (self.tr("paramedics attended"), d.paramedics),
                (self.tr("aftercare offered"), d.aftercare_offered),
                (self.tr("debrief offered"), d.debrief_offered),
                (self.tr("debrief held"), d.debrief_held),
            )
            if value
        ]

    def _naloxone(self, d: ResponseDraft) -> str:
        if not d.naloxone_doses:
            return self.tr("none")
        route = ROUTES.get(d.naloxone_route or "", "").lower()
        return self.tr("%n dose(s), %1", "", d.naloxone_doses).replace("%1", route)

    def _addendum_line(self, addendum: Addendum, names: dict[int, str]) -> str:
        if addendum.debrief_held and not addendum.has_text:
            words = escape(self.tr("staff debrief held"))
        elif addendum.text is not None:
            words = escape(addendum.text)
        else:
            words = escape(self.tr("(sealed for counsellors and the coordinator)"))
        heading = self.tr("Addendum")
        return (
            f"<p><b>{escape(heading)}</b> {escape(show_datetime(addendum.created_at))}, "
            f"{escape(names.get(addendum.author_id, '?'))}: {words}</p>"
        )

    def debrief_held(self) -> None:
        if self.opened is None:
            return
        try:
            self.session.overdose.record_debrief_held(self.opened.id)
            self.opened = self.session.overdose.open_response(self.opened.id)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.ui.detailView.setHtml(self._details(self.opened))
        self._update_buttons()
        self._say(self.tr("Debrief recorded as held."))

    def add_addendum(self) -> None:
        if self.opened is None:
            return
        text = self.services.dialogs.ask_text(
            self,
            self.tr("Add an addendum"),
            self.tr("The correction, as it should be read beneath the response (signed at once, sealed):"),
            action=self.tr("Sign addendum"),
        )
        if not text:
            return
        try:
            self.session.overdose.add_addendum(self.opened.id, text)
            self.opened = self.session.overdose.open_response(self.opened.id)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.ui.detailView.setHtml(self._details(self.opened))
        self._say(self.tr("Addendum signed."))

    def _say(self, text: str, kind: str = "success") -> None:
        self.ui.messageLabel.setText(text)
        set_kind(self.ui.messageLabel, kind)

    def clear(self) -> None:
        """Nothing read stays in a widget (the lock calls this through the window's forget_screens)."""
        self.opened = None
        self.ui.detailView.clear()
        self.model.set_rows([])
