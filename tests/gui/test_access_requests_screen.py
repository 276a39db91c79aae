"""The Access requests screen and the severing review, driven from the keyboard offscreen."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from shop_desktop.core.records import access_request
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.admin.access_requests_screen import AccessRequestsScreen, due_words
from shop_desktop.gui.admin.severing_review import SeveringReviewDialog
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.access_case import TODAY, build_case
from tests.core.test_access_request import leaked
from tests.factories import make_client

SHOTS = Path("/tmp")


def screen_for(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs | None = None) -> AccessRequestsScreen:
    services = Services(
        session=Session(vault), dialogs=dialogs or ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = AccessRequestsScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    return screen


def test_a_request_is_logged_from_the_keyboard_and_listed_with_its_due_date(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Wren Ash")
    screen = screen_for(qtbot, vault)
    assert "No open access requests" in screen.ui.messageLabel.text()
    qtbot.keyClicks(screen.picker.search, "Wren")
    qtbot.keyClick(screen.picker.search, Qt.Key.Key_Return)
    assert "Wren Ash" in screen.ui.chosenLabel.text()
    screen.ui.receivedEdit.setDate(TODAY - timedelta(days=2))
    qtbot.mouseClick(screen.ui.logButton, Qt.MouseButton.LeftButton)
    model = screen.model
    assert model.rowCount() == 1
    assert model.rows[0].client_id == client.id
    assert model.text_at(0, model.COL_LEFT) == "28 days left"
    assert "due on" in screen.ui.messageLabel.text()
    assert not screen.ui.printButton.isEnabled()  # nothing leaves before the review


def test_due_words_say_it_without_colour(vault: Vault) -> None:
    request = access_request.log_request(vault, make_client(vault, "Ivy").id, TODAY - timedelta(days=33))
    assert due_words(request) == "Overdue by 3 days"
    assert due_words(request, TODAY + timedelta(days=-3)) == "Due today"


def test_the_review_is_done_with_s_and_k_then_the_record_is_saved_after_a_warning(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    case = build_case(vault)
    chosen = tmp_path / "usb" / "record.pdf"
    chosen.parent.mkdir()
    dialogs = ScriptedDialogs(confirms=[True], paths=[chosen])
    screen = screen_for(qtbot, vault, dialogs)
    qtbot.mouseClick(screen.ui.reviewButton, Qt.MouseButton.LeftButton)
    dialog = screen.review_dialog
    assert isinstance(dialog, SeveringReviewDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.proposalsTable)
    total = dialog.model.rowCount()
    assert total >= 10 and not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.ui.proposalsTable, Qt.Key.Key_K)  # keep the first one...
    first = dialog.model.rows[0]
    assert first.sever is False and dialog.current_row() == 1
    dialog.ui.proposalsTable.selectRow(0)
    qtbot.keyClick(dialog.ui.proposalsTable, Qt.Key.Key_S)  # ...no: sever it after all
    for _ in range(total - 1):
        qtbot.keyClick(dialog.ui.proposalsTable, Qt.Key.Key_S)
    assert dialog.undecided() == 0 and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert screen.selected().status == "reviewed" and screen.ui.saveButton.isEnabled()
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialogs.shown[0][0] == "confirm" and "no one else can open" in dialogs.shown[0][2]
    written = json.loads(chosen.with_suffix(".json").read_text(encoding="utf-8"))
    assert chosen.read_bytes().startswith(b"%PDF") and written["client"].startswith("Jade Kestrel")
    assert leaked(json.dumps(written, ensure_ascii=False), case) == []
    assert sorted(p.name for p in chosen.parent.iterdir()) == ["record.json", "record.pdf"]
    assert screen.model.rowCount() == 0  # answered: off the open list
    screen.ui.answeredCheck.setChecked(True)
    assert screen.model.rows[0].status == "answered"


def test_cancelling_the_warning_writes_nothing(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    case = build_case(vault)
    from tests.access_case import accept_all

    accept_all(vault, case.request_id)
    dialogs = ScriptedDialogs(confirms=[False], paths=[tmp_path / "x.pdf"])
    screen = screen_for(qtbot, vault, dialogs)
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == [] or not (tmp_path / "x.pdf").exists()
    assert screen.selected().status == "reviewed"


def test_printing_answers_the_request(qtbot: QtBot, vault: Vault) -> None:
    case = build_case(vault)
    from tests.access_case import accept_all

    accept_all(vault, case.request_id)
    screen = screen_for(qtbot, vault)
    sent: list[bytes] = []

    def fake_print(parent: QWidget, pdf: bytes, title: str) -> bool:
        sent.append(pdf)
        return True

    screen.print_pdf = fake_print
    qtbot.mouseClick(screen.ui.printButton, Qt.MouseButton.LeftButton)
    assert sent and sent[0].startswith(b"%PDF")
    assert "printer" in screen.ui.messageLabel.text()


def test_a_screenshot_at_the_smallest_window(qtbot: QtBot, qapp: QApplication, vault: Vault) -> None:
    from shop_desktop.gui.shell.app import configure_application

    configure_application(qapp)  # the app's own stylesheet, as people see it
    case = build_case(vault)
    access_request.log_request(vault, make_client(vault, "Ivy").id, TODAY - timedelta(days=35))
    screen = screen_for(qtbot, vault)
    screen.grab().save(str(SHOTS / "access-requests-screen.png"))
    assert screen.model.rowCount() == 2 and screen.model.text_at(0, screen.model.COL_LEFT) == "Overdue by 5 days"
    dialog = SeveringReviewDialog(screen.session, access_request.review(vault, case.request_id), screen)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(1000, 680)
    qtbot.keyClick(dialog.ui.proposalsTable, Qt.Key.Key_K)
    qtbot.keyClick(dialog.ui.proposalsTable, Qt.Key.Key_S)
    dialog.grab().save(str(SHOTS / "access-severing-review.png"))


def test_at_lock_the_screen_and_the_review_let_go_of_everything(qtbot: QtBot, vault: Vault) -> None:
    build_case(vault)
    screen = screen_for(qtbot, vault)
    qtbot.mouseClick(screen.ui.reviewButton, Qt.MouseButton.LeftButton)
    dialog = screen.review_dialog
    assert dialog is not None and dialog.isVisible()
    screen.clear()
    assert not dialog.isVisible() and screen.model.rowCount() == 0


def _reviews_alive() -> int:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return sum(isinstance(w, SeveringReviewDialog) for w in QApplication.topLevelWidgets())


def test_a_closed_review_does_not_stay_behind_as_a_hidden_window(qtbot: QtBot, vault: Vault) -> None:
    """Each review opened and closed left its dialog, hidden, until sign-out (its lambdas hold it)."""
    build_case(vault)
    screen = screen_for(qtbot, vault)
    for _ in range(3):
        qtbot.mouseClick(screen.ui.reviewButton, Qt.MouseButton.LeftButton)
        assert screen.review_dialog is not None and screen.review_dialog.isVisible()
        screen.review_dialog.reject()
        assert _reviews_alive() == 1  # the last one only, until the next review or the lock
    screen.clear()
    assert _reviews_alive() == 0


def test_the_reviewer_widens_a_cut_and_severs_more_with_a_reason(qtbot: QtBot, vault: Vault) -> None:
    case = build_case(vault)
    dialog = SeveringReviewDialog(Session(vault), access_request.review(vault, case.request_id))
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(i for i, line in enumerate(dialog.model.rows) if line.item.proposal.found == "Rosalind")
    dialog.ui.proposalsTable.selectRow(row)
    dialog.ui.severAsEdit.setText("Rosalind's new place")
    qtbot.keyClick(dialog.ui.proposalsTable, Qt.Key.Key_S)
    assert dialog.model.rows[row].decision_words == "Sever (changed)"
    note_place = next(i for i, p in enumerate(dialog.review.places) if p.location == f"notes/{case.note_id}/body")
    dialog.ui.placeCombo.setCurrentIndex(note_place)
    qtbot.keyClicks(dialog.ui.wordsEdit, "at the clinic")
    dialog.ui.moreGroundCombo.setCurrentIndex(dialog.ui.moreGroundCombo.findData("23(4)(a)"))
    qtbot.keyClicks(dialog.ui.reasonEdit, "Says where another person gets care")
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.extrasList.count() == 1
    for index in range(dialog.model.rowCount()):
        if dialog.model.rows[index].sever is None:
            dialog.ui.proposalsTable.selectRow(index)
            qtbot.keyClick(dialog.ui.proposalsTable, Qt.Key.Key_S)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record = access_request.build_record(vault, case.request_id)
    note = next(v for s in record.sections if s.key == "notes" for label, v in s.entries[0].fields if label == "Note")
    assert "new place" not in note and "at the clinic" not in note and "[severed: s. 23(4)(a)]" in note


def test_a_correction_is_added_from_the_screen(qtbot: QtBot, vault: Vault) -> None:
    case = build_case(vault)
    dialogs = ScriptedDialogs(texts=["Visits", "I came on Tuesday too."])
    screen = screen_for(qtbot, vault, dialogs)
    qtbot.mouseClick(screen.ui.correctionButton, Qt.MouseButton.LeftButton)
    assert "Correction added" in screen.ui.messageLabel.text()
    stored = vault.conn.execute(
        "SELECT about, correction, asked_on FROM record_corrections WHERE request_id = ?", (case.request_id,)
    ).fetchall()
    assert [tuple(r) for r in stored] == [("Visits", "I came on Tuesday too.", TODAY.isoformat())]


def test_the_review_dialog_shares_no_letter(qtbot: QtBot, vault: Vault) -> None:
    from tests.gui.test_mnemonics import clashes, controls

    case = build_case(vault)
    dialog = SeveringReviewDialog(Session(vault), access_request.review(vault, case.request_id))
    qtbot.addWidget(dialog)
    dialog.show()
    found = controls(dialog)
    assert clashes(found) == {} and len(found) >= 10
