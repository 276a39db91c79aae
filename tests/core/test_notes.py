"""Counselling notes: sealed under the notes key, refused to non-clinical staff, tamper-evident."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDamaged, NoteDraft
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, staff
from shop_desktop.core.store.db import DatabaseError
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as
from tests.factories import make_client

REPO = Path(__file__).resolve().parents[2]
BODY = "She talked about housing and a safety plan for Friday."


def signed(vault: Vault, client_id: int, body: str = BODY, tags: tuple[str, ...] = ("housing",)) -> int:
    return notes.sign_note(
        vault, NoteDraft(client_id=client_id, note_type="counselling", body=body, tags=tags, duration_minutes=45)
    )


def test_note_round_trips_with_tags(vault: Vault) -> None:
    client = make_client(vault)
    note = notes.open_note(vault, signed(vault, client.id))
    assert note.body == BODY and note.tags == ("housing",) and note.is_signed and note.duration_minutes == 45


def test_front_desk_cannot_reach_note_content_through_core(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault)
    note_id = signed(vault, client.id)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    calls = [
        lambda: notes.open_note(desk, note_id),
        lambda: notes.notes_for_client(desk, client.id),
        lambda: notes.search_notes(desk, "housing"),
        lambda: notes.save_draft(desk, NoteDraft(client_id=client.id, note_type="case", body="x")),
        lambda: notes.add_addendum(desk, note_id, "x"),
        lambda: notes.open_draft(desk, note_id),
        lambda: desk.notes_key(),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert notes.my_drafts(desk) == []
    desk.lock()


def test_body_moved_onto_another_note_is_rejected(vault: Vault) -> None:
    client = make_client(vault)
    first, second = signed(vault, client.id, "First note"), signed(vault, client.id, "Second note")
    body = vault.conn.execute("SELECT body FROM notes WHERE id = ?", (first,)).fetchone()[0]
    vault.conn.execute("DROP TRIGGER notes_signed_are_final")  # what someone editing the file would do
    vault.conn.execute("UPDATE notes SET body = ? WHERE id = ?", (body, second))
    with pytest.raises(NoteDamaged, match="damaged"):
        notes.open_note(vault, second)
    assert notes.open_note(vault, first).body == "First note"


def test_flipped_byte_is_reported_as_damage(vault: Vault) -> None:
    note_id = signed(vault, make_client(vault).id)
    body = bytearray(vault.conn.execute("SELECT body FROM notes WHERE id = ?", (note_id,)).fetchone()[0])
    body[20] ^= 0x01
    vault.conn.execute("DROP TRIGGER notes_signed_are_final")
    vault.conn.execute("UPDATE notes SET body = ? WHERE id = ?", (bytes(body), note_id))
    with pytest.raises(NoteDamaged):
        notes.open_note(vault, note_id)


def test_signed_note_is_final_and_takes_addenda(vault: Vault) -> None:
    client = make_client(vault)
    note_id = signed(vault, client.id)
    with pytest.raises(InvalidInput, match="signed"):
        notes.save_draft(
            vault, NoteDraft(client_id=client.id, note_type="counselling", body="rewrite", note_id=note_id)
        )
    with pytest.raises(DatabaseError, match="cannot be changed"):
        vault.conn.execute("UPDATE notes SET occurred_at = '2000-01-01T00:00' WHERE id = ?", (note_id,))
    with pytest.raises(DatabaseError, match="cannot be deleted"):
        vault.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    notes.add_addendum(vault, note_id, "Correction: the plan is for Saturday.")
    note = notes.open_note(vault, note_id)
    assert note.body == BODY and [a.body for a in note.addenda] == ["Correction: the plan is for Saturday."]


def test_each_read_is_audited(vault: Vault) -> None:
    note_id = signed(vault, make_client(vault).id)
    for _ in range(3):
        notes.open_note(vault, note_id)
    reads = [e for e in audit.entries(vault.conn) if e.action == "note.read" and e.subject_id == str(note_id)]
    assert len(reads) == 3 and all(e.actor_id == vault.user.id for e in reads)
    assert vault.verify_audit().ok


def test_long_note_with_emoji_and_rtl_round_trips_exactly(vault: Vault) -> None:
    piece = "Line one 🌻 שלום עליכם مرحبا — “quotes” and 'apostrophes'\n"
    body = (piece * 900)[:50_000]
    assert len(body) == 50_000
    note_id = signed(vault, make_client(vault).id, body)
    assert notes.open_note(vault, note_id).body == body


def test_search_finds_text_and_tags_for_clinical_staff(vault: Vault) -> None:
    client = make_client(vault)
    signed(vault, client.id, "Talked about the eviction notice", ("housing",))
    signed(vault, client.id, "Dental appointment next week", ("health",))
    assert [h.snippet for h in notes.search_notes(vault, "EVICTION")] == ["Talked about the eviction notice"]
    assert len(notes.search_notes(vault, "Health")) == 1  # a tag's label matches too


def test_draft_survives_the_process_being_killed(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault)
    vault.lock()
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import os
        from pathlib import Path
        from shop_desktop.core.care import notes
        from shop_desktop.core.store.vault import Vault
        v = Vault.open(Path({str(vault_dir)!r}), "coordinator", {COORDINATOR_PASS!r})
        draft = notes.NoteDraft(client_id={client.id}, note_type="crisis", body="Half a sent")
        note_id = notes.save_draft(v, draft)
        notes.save_draft(v, notes.NoteDraft(client_id={client.id}, note_type="crisis",
                                            body="Half a sentence typed when the power", note_id=note_id))
        os._exit(9)
    """),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 9, child.stderr
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    drafts = notes.my_drafts(session)
    assert len(drafts) == 1
    assert notes.open_draft(session, drafts[0].id).body == "Half a sentence typed when the power"
    session.lock()


def test_only_the_author_edits_a_draft(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault)
    draft_id = notes.save_draft(vault, NoteDraft(client_id=client.id, note_type="case", body="mine"))
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    other = sign_in_as(vault_dir, Role.COUNSELLOR)
    with pytest.raises(PermissionDenied):
        notes.save_draft(other, NoteDraft(client_id=client.id, note_type="case", body="theirs", note_id=draft_id))
    assert notes.notes_for_client(other, client.id) == []  # someone else's draft is not listed
    other.lock()


def test_notes_stay_readable_after_a_counsellor_leaves(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault)
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    note_id = signed(counsellor, client.id, "Written before they left")
    counsellor.lock()
    coordinator = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    old_key_id, _ = coordinator.notes_key()
    staff.disable_staff(coordinator, 2)
    new_key_id, _ = coordinator.notes_key()
    assert new_key_id > old_key_id
    # The coordinator's session is clinical, so it made the new key and re-sealed the first batch
    # of notes at once (an admin's disable would leave that to the next clinical sign-in).
    assert notes.reseal_with_newest_key(coordinator) == 0
    key_used = coordinator.conn.execute("SELECT key_id FROM notes WHERE id = ?", (note_id,)).fetchone()[0]
    assert key_used == new_key_id
    assert notes.open_note(coordinator, note_id).body == "Written before they left"
    coordinator.lock()
