"""What a receiving device does not take never comes back to its author as a deletion (#25).

A row the merge refuses (a rule of the receiving vault), a row whose parent is not there, and an
edit to a row the receiver has deleted are not put into the receiver's vault. Base must not take
them either: base is what the next capture diffs against, and a row in base that the vault does not
hold is sent as a DELETE, which the author applies to its own row. Every count here is read with
raw SQL on the devices' connections, in rounds of Sync now in both directions.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.store import db
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import changes, review
from tests.factories import make_client
from tests.sync.three import Three, sync

REFUSED_ALIAS = "Refused At The Centre"


def _rows(vault: Vault, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    return [tuple(r) for r in vault.conn.execute(query, params).fetchall()]


def _stricter_centre(centre: Vault) -> None:
    """The centre's vault has a rule the laptop's lacks (a newer version's, say): it refuses a client
    the laptop may make. The merge must refuse it here and leave the laptop's row alone."""
    centre.conn.execute(
        "CREATE TRIGGER test_stricter_rule BEFORE INSERT ON clients WHEN NEW.alias = ?"
        " BEGIN SELECT RAISE(ABORT, 'refused by a rule of this vault'); END".replace("?", f"'{REFUSED_ALIAS}'")
    )


def test_a_client_the_centre_refuses_stays_on_the_laptop_that_made_it(three: Three) -> None:
    _stricter_centre(three.centre)
    made = make_client(three.laptop, REFUSED_ALIAS).id
    consent = _rows(three.laptop, "SELECT id FROM consents WHERE client_id = ?", (made,))
    assert len(consent) == 1  # the laptop's own child row, which the centre cannot take without its client

    for _ in range(3):
        for vault in (three.laptop, three.centre, three.office):
            assert sync(vault).refused == []
        # the laptop still holds what it made, every round
        assert _rows(three.laptop, "SELECT alias FROM clients WHERE id = ?", (made,)) == [(REFUSED_ALIAS,)]
        assert _rows(three.laptop, "SELECT id FROM consents WHERE client_id = ?", (made,)) == consent
        assert _rows(three.centre, "SELECT count(*) FROM clients WHERE id = ?", (made,)) == [(0,)]

    listed = {(i.table, i.kind): i for i in review.items(three.centre)}
    refused = listed[("clients", review.NOT_APPLIED)]
    assert refused.row_id == str(made)
    whole = _rows(three.laptop, "SELECT * FROM clients WHERE id = ?", (made,))[0]
    columns = [r[1] for r in three.laptop.conn.execute("PRAGMA table_info('clients')")]
    assert refused.other == json.loads(json.dumps(dict(zip(columns, whole, strict=True))))  # the row, whole
    assert listed[("consents", review.NOT_APPLIED)].row_id == str(consent[0][0])
    assert len(review.items(three.centre)) == 2  # listed once, not at every round
    # and the centre's base (what its next bundle diffs against) holds what its vault holds: nothing
    base = db.connect(changes.base_path(three.centre.folder), three.centre.data_key)
    try:
        assert base.execute("SELECT count(*) FROM clients WHERE id = ?", (made,)).fetchone()[0] == 0
        assert base.execute("SELECT count(*) FROM consents WHERE client_id = ?", (made,)).fetchone()[0] == 0
    finally:
        base.close()


def _draft_on_both(three: Three) -> tuple[int, notes.NoteDraft]:
    client = int(_rows(three.centre, "SELECT id FROM clients ORDER BY id")[0][0])
    draft = notes.NoteDraft(client, "counselling", "First words.")
    note_id = notes.save_draft(three.centre, draft)
    sync(three.centre)
    sync(three.office)
    assert _rows(three.office, "SELECT count(*) FROM notes WHERE id = ?", (note_id,)) == [(1,)]
    return note_id, dataclasses.replace(draft, note_id=note_id)


@pytest.mark.parametrize("editor_syncs_first", [True, False])
@pytest.mark.parametrize("editor_name", ["office", "centre"])
def test_a_draft_edited_on_one_pc_and_discarded_on_the_other_is_kept_through_three_rounds(
    three: Three, editor_name: str, editor_syncs_first: bool
) -> None:
    note_id, draft = _draft_on_both(three)
    editor, deleter = (three.office, three.centre) if editor_name == "office" else (three.centre, three.office)
    notes.save_draft(editor, dataclasses.replace(draft, body=f"Edited on the {editor_name} PC."))
    edited = _rows(editor, "SELECT body, updated_at FROM notes WHERE id = ?", (note_id,))
    notes.discard_draft(deleter, note_id)
    order = (editor, deleter) if editor_syncs_first else (deleter, editor)

    for round_ in range(1, 4):
        for vault in order:
            assert sync(vault).refused == []
        # never silently lost: the edit stays on the editor, every round
        assert _rows(editor, "SELECT body, updated_at FROM notes WHERE id = ?", (note_id,)) == edited, round_
        if round_ >= 2:  # and by the second round it is back on the PC that discarded it, whole
            assert _rows(deleter, "SELECT body, updated_at FROM notes WHERE id = ?", (note_id,)) == edited, round_
    assert notes.open_draft(three.centre, note_id).body == f"Edited on the {editor_name} PC."
    kinds = sorted(i.kind for vault in (three.centre, three.office) for i in review.items(vault))
    assert review.DELETED_THERE in kinds or review.DELETED_HERE in kinds  # listed for the coordinator
