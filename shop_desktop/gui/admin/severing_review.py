"""The clinical reviewer's pass over an access request: each proposed severing, decided from the keys.

S severs the current line (with the words and ground shown), K keeps it, and the next undecided line
is chosen; Save is refused until every line has a decision. More can be severed with a reason. The
words around each finding are shown here only, never written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from shop_desktop.core.errors import VaultError
from shop_desktop.core.records.access_request_output import Decision, ExtraCut, Review, ReviewItem
from shop_desktop.core.records.access_request_severing import GROUNDS, OTHER_PERSON
from shop_desktop.core.session import Session
from shop_desktop.gui.common.models import RowTableModel
from shop_desktop.gui.common.widgets import set_kind
from shop_desktop.gui.forms.ui_severing_review import Ui_SeveringReview


@dataclass
class Line:
    """One proposal and what the reviewer has said about it so far."""

    item: ReviewItem
    sever: bool | None
    text: str
    ground: str

    @property
    def decision_words(self) -> str:
        if self.sever is None:
            return QCoreApplication.translate("SeveringReview", "Not decided")
        if not self.sever:
            return QCoreApplication.translate("SeveringReview", "Keep")
        changed = (
            "" if self.text == self.item.proposal.found else QCoreApplication.translate("SeveringReview", " (changed)")
        )
        return QCoreApplication.translate("SeveringReview", "Sever") + changed


def _why(line: Line) -> str:
    hint = (
        QCoreApplication.translate("SeveringReview", " — also an everyday word")
        if line.item.proposal.everyday_word
        else ""
    )
    return line.item.proposal.why + hint


class ProposalModel(RowTableModel[Line]):
    COL_WHERE, COL_FOUND, COL_WHY, COL_DECISION, COL_GROUND = range(5)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.columns = (
            (QT_TRANSLATE_NOOP("Columns", "Where"), lambda r: r.item.where, lambda r: r.item.where),
            (
                QT_TRANSLATE_NOOP("Columns", "Found"),
                lambda r: r.item.proposal.found,
                lambda r: r.item.proposal.found,
            ),
            (QT_TRANSLATE_NOOP("Columns", "Why"), _why, _why),
            (
                QT_TRANSLATE_NOOP("Columns", "Decision"),
                lambda r: r.decision_words,
                lambda r: r.decision_words,
            ),
            (
                QT_TRANSLATE_NOOP("Columns", "Ground"),
                lambda r: f"s. {r.ground}" if r.sever else "",
                lambda r: r.ground,
            ),
        )

    def changed(self, row: int) -> None:
        self._texts[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))


def _line(item: ReviewItem) -> Line:
    if item.decision is None:
        return Line(item, None, item.proposal.found, item.proposal.ground)
    return Line(item, item.decision.sever, item.decision.text or item.proposal.found, item.decision.ground)


class SeveringReviewDialog(QDialog):
    def __init__(self, session: Session, review: Review, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.review = session, review
        self.ui = Ui_SeveringReview()
        self.ui.setupUi(self)
        self.setWindowTitle(
            QCoreApplication.translate("SeveringReview", "Review severing: %s")
            % f"{review.request.client_alias} ({review.request.client_code})"
        )
        self.extras: list[ExtraCut] = list(review.extra)
        self.model = ProposalModel(self)
        self.model.set_rows([_line(item) for item in review.items])
        self._set_up_table()
        for combo in (self.ui.groundCombo, self.ui.moreGroundCombo):
            for key, words in GROUNDS.items():
                combo.addItem(words, key)
                combo.setItemData(combo.count() - 1, words, Qt.ItemDataRole.ToolTipRole)
        for place in review.places:
            self.ui.placeCombo.addItem(place.where, place.location)
        self.ui.placeCombo.setMinimumContentsLength(30)
        self._show_extras()
        self._connect()
        if self.model.rows:
            self.ui.proposalsTable.selectRow(self._next_undecided(-1))
        self.ui.proposalsTable.setFocus()
        self._update()

    def _set_up_table(self) -> None:
        table = self.ui.proposalsTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((330, 130, 210, 110)):
            table.setColumnWidth(column, width)
        table.installEventFilter(self)

    def _connect(self) -> None:
        self.ui.proposalsTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.ui.severButton.clicked.connect(lambda: self.decide(True))
        self.ui.keepButton.clicked.connect(lambda: self.decide(False))
        self.ui.addButton.clicked.connect(self.add_extra)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("SeveringReview", "Save &review"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """In the list, S and K decide the line without reaching for Alt (keyboard first)."""
        if watched is self.ui.proposalsTable and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_S, Qt.Key.Key_K) and not event.modifiers():
                self.decide(event.key() == Qt.Key.Key_S)
                return True
        return super().eventFilter(watched, event)

    def current_row(self) -> int:
        index = self.ui.proposalsTable.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_current(self) -> None:
        row = self.current_row()
        if row < 0:
            self.ui.contextLabel.setText("")
            return
        line = self.model.rows[row]
        self.ui.contextLabel.setText(f"{line.item.where}\n{line.item.context}")
        self.ui.severAsEdit.setText(line.text)
        self.ui.groundCombo.setCurrentIndex(max(0, self.ui.groundCombo.findData(line.ground)))

    def decide(self, sever: bool) -> None:
        row = self.current_row()
        if row < 0:
            return
        line = self.model.rows[row]
        line.sever = sever
        line.text = self.ui.severAsEdit.text().strip() or line.item.proposal.found
        line.ground = str(self.ui.groundCombo.currentData() or OTHER_PERSON)
        self.model.changed(row)
        self.ui.proposalsTable.selectRow(self._next_undecided(row))
        self.ui.proposalsTable.setFocus()
        self._update()

    def _next_undecided(self, after: int) -> int:
        rows = self.model.rows
        for row in [*range(after + 1, len(rows)), *range(0, after + 1)]:
            if rows[row].sever is None:
                return row
        return min(after + 1, len(rows) - 1) if rows else -1

    def add_extra(self) -> None:
        words, reason = self.ui.wordsEdit.text().strip(), self.ui.reasonEdit.text().strip()
        if not words or not reason:
            self._say(QCoreApplication.translate("SeveringReview", "Type the words to sever and the reason."), "error")
            return
        place = self.review.places[self.ui.placeCombo.currentIndex()] if self.review.places else None
        if place is None or words.casefold() not in place.text.casefold():
            self._say(
                QCoreApplication.translate(
                    "SeveringReview", "Those words are not in that part of the record. Copy them exactly."
                ),
                "error",
            )
            return
        ground = str(self.ui.moreGroundCombo.currentData())
        self.extras.append(ExtraCut(place.location, words, ground, reason))
        self.ui.wordsEdit.clear()
        self.ui.reasonEdit.clear()
        self._show_extras()
        self._say(
            QCoreApplication.translate("SeveringReview", "Added. It is severed everywhere it appears in that part."),
            "success",
        )

    def _show_extras(self) -> None:
        self.ui.extrasList.clear()
        for cut in self.extras:
            self.ui.extrasList.addItem(f"s. {cut.ground}: “{cut.text}” — {cut.reason}")

    def undecided(self) -> int:
        return sum(1 for line in self.model.rows if line.sever is None)

    def _update(self) -> None:
        left = self.undecided()
        total = len(self.model.rows)
        if not total:
            self._say(
                QCoreApplication.translate(
                    "SeveringReview", "No other client was found in this record. Save to record the review."
                ),
                "subtle",
            )
        elif left:
            self._say(
                SeveringReviewDialog.tr("%n of %1 still to decide.", "", left).replace("%1", str(total)), "warning"
            )
        else:
            self._say(
                SeveringReviewDialog.tr("All %n decided. Save the review when you are done.", "", total),
                "success",
            )
        self.save_button.setEnabled(left == 0)

    def _say(self, text: str, kind: str) -> None:
        self.ui.countLabel.setText(text)
        set_kind(self.ui.countLabel, kind)
        self.ui.countLabel.style().polish(self.ui.countLabel)

    def decisions(self) -> list[Decision]:
        return [
            Decision(line.item.proposal.key, bool(line.sever), line.text, line.ground)
            for line in self.model.rows
            if line.sever is not None
        ]

    def save(self) -> None:
        try:
            self.session.access_request.save_review(self.review.request.id, self.decisions(), self.extras)
        except VaultError as error:
            self._say(str(error), "error")
            return
        self.accept()
