"""The note editor, the note viewer, client history and the Notes screen, as staff would use them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.clinical.history_screen import HistoryScreen
from shop_desktop.gui.clinical.note_editor import NoteEditor
from shop_desktop.gui.clinical.note_view import NoteViewer
from shop_desktop.gui.clinical.notes_screen import NotesScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.shell.app import AppController
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client, make_visit

BODY = "Talked about housing. Next: call the shelter. مرحبا 🌱"


def services_for(vault: Vault, dialogs: ScriptedDialogs | None = None) -> Services:
    return Services(
        session=Session(vault), dialogs=dialogs or ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )


def signed_note(vault: Vault, client_id: int, body: str = BODY) -> int:
    return notes.sign_note(vault, NoteDraft(client_id=client_id, note_type="counselling", body=body, tags=("housing",)))


def test_the_draft_saves_itself_while_typing_and_signing_makes_it_final(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jade")
    dialogs = ScriptedDialogs(confirms=[True])
    editor = NoteEditor(Session(vault), dialogs, client, autosave_ms=30)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.body, "Talked about housing. ")
    editor.body.insertPlainText("مرحبا 🌱")  # QTest types ASCII only; the rest as a paste would
    editor.tags["housing"].setChecked(True)
    qtbot.waitUntil(lambda: editor.note_id is not None and not editor.dirty, timeout=3000)
    draft = notes.open_draft(vault, editor.note_id)
    assert draft.body == "Talked about housing. مرحبا 🌱"
    assert draft.tags == ("housing",)
    assert "Draft saved" in editor.state.text()
    editor.sign()
    editor.sign()  # a second press (double click) does nothing more
    assert editor.signed_id == draft.id
    assert editor.body.toPlainText() == ""  # no decrypted text left in the closed editor
    signed = notes.open_note(vault, draft.id)
    assert signed.is_signed and signed.body == draft.body
    assert notes.my_drafts(vault) == []


def test_an_empty_editor_closed_leaves_no_draft_and_escape_keeps_a_started_one(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jade")
    editor = NoteEditor(Session(vault), ScriptedDialogs(), client, autosave_ms=60_000)
    qtbot.addWidget(editor)
    editor.reject()
    assert notes.my_drafts(vault) == []
    editor = NoteEditor(Session(vault), ScriptedDialogs(), client, autosave_ms=60_000)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.body, "half a thought")
    editor.reject()  # Esc: kept, not lost
    [draft] = notes.my_drafts(vault)
    assert notes.open_draft(vault, draft.id).body == "half a thought"


def test_signing_an_empty_note_asks_for_the_text_first(qtbot: QtBot, vault: Vault) -> None:
    dialogs = ScriptedDialogs(confirms=[True])
    editor = NoteEditor(Session(vault), dialogs, make_client(vault), autosave_ms=60_000)
    qtbot.addWidget(editor)
    editor.sign()
    assert "Write the note" in editor.state.text()
    assert editor.signed_id is None and dialogs.shown == []


def test_locking_saves_the_open_draft_and_closes_the_editor(
    qtbot: QtBot, controller: AppController, vault_dir: Path, new_vault: tuple[Vault, str]
) -> None:
    vault = new_vault[0]
    client = make_client(vault, "Jade")
    window = controller.open_main_window(Session(vault))
    history = window.show_section("history")
    assert isinstance(history, HistoryScreen)
    history.show_client(client.id)
    editor = NoteEditor(Session(vault), controller.dialogs, client, autosave_ms=60_000, parent=history)
    editor.setModal(True)
    editor.show()
    qtbot.keyClicks(editor.body, "typed just before the lock")
    controller.lock("Locked.")
    assert not editor.isVisible()
    assert editor.body.toPlainText() == ""
    assert window.screens == {}  # every screen let go of what it showed
    again = sign_in_as(vault_dir, Role.COORDINATOR)
    try:
        [draft] = notes.my_drafts(again)
        assert notes.open_draft(again, draft.id).body == "typed just before the lock"
    finally:
        again.lock()


def test_drafts_left_by_a_crash_are_offered_at_sign_in(qtbot: QtBot, controller: AppController, vault: Vault) -> None:
    notes.save_draft(vault, NoteDraft(client_id=make_client(vault).id, note_type="case", body="unfinished"))
    window = controller.open_main_window(Session(vault))
    assert ("info", "Unsigned drafts") in [(kind, title) for kind, title, _ in controller.dialogs.shown]
    screen = window.stack.currentWidget()
    assert isinstance(screen, NotesScreen)
    assert screen.drafts_model.rowCount() == 1


def test_viewer_shows_the_note_and_its_addendum_and_each_open_is_audited(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jade")
    note_id = signed_note(vault, client.id)
    notes.add_addendum(vault, note_id, "Correction: the shelter called back.")
    before = sum(1 for e in audit.entries(vault.conn) if e.action == "note.read")
    viewer = NoteViewer(Session(vault), ScriptedDialogs(), client, note_id)
    qtbot.addWidget(viewer)
    assert [page.toPlainText() for page in viewer.pages] == [BODY, "Correction: the shelter called back."]
    assert sum(1 for e in audit.entries(vault.conn) if e.action == "note.read") == before + 1
    viewer.reject()
    assert viewer.pages == [] and viewer.note is None


def test_counsellor_history_lists_notes_and_front_desk_history_has_none(
    qtbot: QtBot, vault: Vault, vault_dir: Path
) -> None:
    client = make_client(vault, "Jade")
    make_visit(vault, client, "Shower")
    signed_note(vault, client.id)
    screen = HistoryScreen(services_for(vault))
    qtbot.addWidget(screen)
    screen.show_client(client.id)
    kinds = sorted(screen.model.data(screen.model.index(r, 1)) for r in range(screen.model.rowCount()))
    assert kinds == ["Note", "Visit"]
    assert screen.new_note.isVisibleTo(screen) and screen.open_note.isVisibleTo(screen)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    try:
        screen = HistoryScreen(services_for(desk))
        qtbot.addWidget(screen)
        screen.show_client(client.id)
        texts = [screen.model.data(screen.model.index(r, c)) for r in range(screen.model.rowCount()) for c in range(3)]
        assert "Note" not in texts and not any("Counselling" in t for t in texts)
        assert "notes" not in screen.summary.text()
        assert not screen.new_note.isVisibleTo(screen) and not screen.open_note.isVisibleTo(screen)
    finally:
        desk.lock()


def test_history_is_reached_from_the_keyboard(qtbot: QtBot, vault: Vault) -> None:
    make_client(vault, "Jade")
    screen = HistoryScreen(services_for(vault))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.search, "jad")
    qtbot.keyClick(screen.search, "\r")
    assert screen.client is not None and screen.client.alias == "Jade"


def test_note_search_runs_as_a_job_and_lists_hits_with_client(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jade")
    signed_note(vault, client.id)
    signed_note(vault, client.id, "Nothing about that here.")
    screen = NotesScreen(services_for(vault))
    qtbot.addWidget(screen)
    screen.query.setText("shelter")
    screen.run_search()
    assert screen.hits_model.rowCount() == 1
    assert "Jade" in screen.hits_model.data(screen.hits_model.index(0, 1))
    assert "shelter" in screen.hits_model.data(screen.hits_model.index(0, 3))
    assert screen.message.text().startswith("1 note")
    screen.clear()
    assert screen.hits_model.rowCount() == 0


def test_note_search_can_be_cancelled(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jade")
    signed_note(vault, client.id)
    search = notes.begin_search(vault, "shelter")
    assert search.run(vault.conn, cancelled=lambda: True) == []
    assert len(search.run(vault.conn)) == 1
