"""What each device profile carries; a laptop built from the centre's changesets holds no note.

The byte scan plays the thief who has the laptop and its data key: the vault file and base are
decrypted whole (sqlcipher_export) and searched for the centre's sealed note bytes and the notes
key's grants. A positive control (the client's alias) proves the scan can see what is there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.store import db
from shop_desktop.core.store.places import DB_NAME, KEYS_NAME
from shop_desktop.core.sync import changes, ids, profiles
from tests.factories import make_client
from tests.sync.test_engine_changes import Device, devices, receive, send

NOTE_TEXT = "Talked about leaving: zebra quartz lantern"


def _plain_bytes(path: Path, key: bytes, tmp_path: Path) -> bytes:
    """Every page of an encrypted file, decrypted, as one plaintext SQLite file's bytes."""
    target = tmp_path / f"plain-{path.name}-{len(list(tmp_path.iterdir()))}.db"
    conn = db.connect(path, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return target.read_bytes()


def _notes_grants(folder: Path) -> list[bytes]:
    """The sealed notes-key grants in the centre's key file, found without the app's parser."""
    found: list[bytes] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for name, inner in value.items():
                if name == "notes_grants" and isinstance(inner, dict):
                    found.extend(bytes.fromhex(v) for v in inner.values())
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(json.loads((folder / KEYS_NAME).read_text(encoding="utf-8")))
    return found


def _centre_with_a_note(kit: dict[str, Device]) -> bytes:
    """A client, a signed note about them; returns the note's sealed body as stored."""
    centre = kit["centre"].open()
    client = make_client(centre, "Marisol")
    note_id = notes.sign_note(centre, notes.NoteDraft(client.id, "counselling", NOTE_TEXT))
    centre.lock()
    [(sealed,)] = kit["centre"].sql("SELECT body FROM notes WHERE id = ?", (note_id,))
    assert isinstance(sealed, bytes) and len(sealed) > 16
    return sealed


@pytest.mark.parametrize("what_the_centre_sends", ["outreach", "centre"])
def test_a_laptop_built_from_the_centres_changesets_holds_no_note(tmp_path: Path, what_the_centre_sends: str) -> None:
    """Whether the centre filters (outreach) or, by mistake, sends everything (centre), the laptop
    writes only what its own profile carries."""
    kit = devices(tmp_path / "devices", ("laptop", 2, "outreach"))
    sealed = _centre_with_a_note(kit)
    grants = _notes_grants(kit["centre"].folder)
    assert grants  # the centre's key file does hold some, so looking for them means something
    centre, laptop = kit["centre"], kit["laptop"]
    sync = changes.open_sync(centre.folder, centre.key)
    changeset = changes.capture(sync, what_the_centre_sends)
    sync.close()
    receive(laptop, changeset, centre)

    scans = tmp_path / "scans"
    scans.mkdir()
    for path in (laptop.folder / DB_NAME, changes.base_path(laptop.folder)):
        plain = _plain_bytes(path, laptop.key, scans)
        assert b"Marisol" in plain  # the control: the scan does see what the laptop holds
        assert sealed not in plain and sealed[:24] not in plain
        assert NOTE_TEXT.encode() not in plain
        assert not any(grant in plain or grant.hex().encode() in plain for grant in grants)
    assert laptop.sql("SELECT count(*) FROM notes") == [(0,)]
    assert laptop.sql("SELECT alias FROM clients") == [("Marisol",)]


def test_the_outreach_profile_never_carries_what_a_stolen_laptop_must_not_hold() -> None:
    outreach = profiles.PROFILES["outreach"]
    assert not outreach.tables & profiles.NEVER_OUTREACH
    for table in ("notes", "overdose_responses", "restrictions", "referrals", "access_requests", "alert_links"):
        assert not outreach.carries(table)
    for table in ("clients", "alerts", "outreach_shifts", "outreach_contacts", "suite_stays", "services", "staff"):
        assert outreach.carries(table)
    assert profiles.PROFILES["centre"].carries("notes") and profiles.PROFILES["office"].carries("notes")
    with pytest.raises(ValueError, match="no device profile"):
        profiles.profile("stolen")


def test_every_table_the_laptop_carries_has_its_parents_on_the_laptop(tmp_path: Path) -> None:
    """A row whose foreign key points at a table the laptop lacks could never be applied there."""
    kit = devices(tmp_path)
    conn = db.connect(kit["centre"].folder / DB_NAME, kit["centre"].key)
    synced = set(ids.synced_tables(conn))
    conn.close()
    outreach = profiles.PROFILES["outreach"]
    assert outreach.tables <= synced  # no name in the profile is a typo
    for table in outreach.tables:
        parents = {str(r[2]) for r in kit["centre"].sql(f"PRAGMA foreign_key_list('{table}')")}
        assert parents <= outreach.tables, (table, parents - outreach.tables)


def test_the_laptop_sends_its_outreach_work_to_the_centre(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("laptop", 2, "outreach"))
    laptop = kit["laptop"].open()
    client = make_client(laptop, "Met on Hastings")
    laptop.lock()
    receive(kit["centre"], send(kit["laptop"], kit["centre"])["centre"], kit["laptop"])
    assert kit["centre"].sql("SELECT alias FROM clients WHERE id = ?", (client.id,)) == [("Met on Hastings",)]
