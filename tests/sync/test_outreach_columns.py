"""The outreach laptop carries a client's alias and code, never their phone or the desk's remark.

The scans play the thief who has the laptop and its data key: every page of the vault file and of
base.db is decrypted (AES-256-CBC under the raw key, SQLCipher 4's page layout), free pages
included, and searched for what was typed at the centre. The client's alias is the control: the
scan does see what the laptop holds.
"""

from __future__ import annotations

from pathlib import Path

import apsw
import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from shop_desktop.core.desk import clients
from shop_desktop.core.desk.clients import ClientDetails
from shop_desktop.core.roles import Role
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import changes, columns, devices, enrollment, exchange, profiles, review
from tests.conftest import PASSPHRASES
from tests.factories import make_client
from tests.sync.three import Three, make_three, sync

PHONE = "604-555-0199"
REMARK = "Prefers the lane door; sister works the motel strip"
LATER_PHONE = "778-555-0123"
LATER_REMARK = "New number given on the second visit, keep it quiet"
PAGE, RESERVED = 4096, 80  # SQLCipher 4: each page ends with its IV (16) and HMAC (64)


def every_page(path: Path, key: bytes) -> bytes:
    """The file decrypted page by page, free pages too (what a thief with the key can read)."""
    raw, plain = path.read_bytes(), bytearray()
    for at in range(0, len(raw) - PAGE + 1, PAGE):
        page = raw[at : at + PAGE]
        start = 16 if at == 0 else 0  # the first page begins with the salt
        decrypt = Cipher(algorithms.AES(key), modes.CBC(page[-RESERVED : -RESERVED + 16])).decryptor()
        plain += decrypt.update(page[start:-RESERVED]) + decrypt.finalize()
    return bytes(plain)


@pytest.fixture
def three(tmp_path: Path) -> Three:
    made = make_three(tmp_path)
    yield made
    made.close()


def _at_the_centre(three: Three) -> int:
    client = make_client(three.centre, "Juniper Lane", phone=PHONE, remark=REMARK, pronouns="she/her")
    sync(three.centre)
    sync(three.laptop)
    return client.id


def _on_the_laptop(three: Three) -> Vault:
    """The outreach worker's own session on the laptop (their role may edit a client)."""
    return three.laptop


def _scan(three: Three, *secrets: str) -> None:
    key = three.laptop.data_key
    files = [three.laptop.folder / DB_NAME, changes.base_path(three.laptop.folder)]
    files += [p.with_name(p.name + "-wal") for p in files if p.with_name(p.name + "-wal").exists()]
    plains = [every_page(path, key) for path in files[:2]]
    assert all(b"Juniper Lane" in plain for plain in plains)  # the control
    for path in files:
        plain = every_page(path, key) if path in files[:2] else path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in plain, (path.name, secret)
    for secret in secrets:
        assert secret.encode() not in three.files["laptop"].read_bytes()


def test_the_laptop_holds_the_alias_and_code_but_no_phone_or_remark(three: Three) -> None:
    client_id = _at_the_centre(three)
    row = three.laptop.conn.execute(
        "SELECT alias, code, phone, remark, pronouns, alumni FROM clients WHERE id = ?", (client_id,)
    ).fetchone()
    code = three.centre.conn.execute("SELECT code FROM clients WHERE id = ?", (client_id,)).fetchone()[0]
    assert tuple(row) == ("Juniper Lane", code, None, None, None, 0)
    _scan(three, PHONE, REMARK, "she/her")
    # a later edit at the centre of only the phone and remark never travels to the street
    clients.update_client(
        three.centre, client_id, ClientDetails("Juniper Lane", phone=LATER_PHONE, remark=LATER_REMARK)
    )
    sync(three.centre)
    sync(three.laptop)
    _scan(three, PHONE, REMARK, LATER_PHONE, LATER_REMARK)


def test_the_replica_in_a_new_enrollment_file_holds_no_phone(three: Three, tmp_path: Path) -> None:
    """The laptop joined before the client existed above; this one joins after."""
    _at_the_centre(three)
    made = devices.add(three.centre, "Second laptop", "outreach", tmp_path / "again", "outreach")
    folder = enrollment.join(made, tmp_path / "second", "outreach", PASSPHRASES[Role.OUTREACH])
    plain = every_page(folder / DB_NAME, three.centre.data_key)
    assert b"Juniper Lane" in plain
    assert PHONE.encode() not in plain and REMARK.encode() not in plain
    assert PHONE.encode() not in made.read_bytes()
    assert PHONE.encode() not in every_page(changes.base_path(folder), three.centre.data_key)


def test_an_alias_edited_on_the_laptop_keeps_the_centres_phone_and_remark(three: Three) -> None:
    client_id = _at_the_centre(three)
    street = _on_the_laptop(three)
    try:
        clients.update_client(street, client_id, ClientDetails("Juniper L."))
        sync(street)
    finally:
        street.lock()
    sync(three.centre)
    row = three.centre.conn.execute("SELECT alias, phone, remark, pronouns FROM clients WHERE id = ?", (client_id,))
    assert tuple(row.fetchone()) == ("Juniper L.", PHONE, REMARK, "she/her")
    assert not review.items(three.centre)  # nothing clashed: the laptop changed only the alias


def test_two_alias_edits_still_clash_and_the_later_is_kept(three: Three) -> None:
    client_id = _at_the_centre(three)
    clients.update_client(three.centre, client_id, ClientDetails("Juniper at the desk", phone=PHONE, remark=REMARK))
    street = _on_the_laptop(three)
    try:
        clients.update_client(street, client_id, ClientDetails("Juniper on the street"))
        sync(street)
    finally:
        street.lock()
    sync(three.centre)
    row = three.centre.conn.execute("SELECT alias, phone, remark FROM clients WHERE id = ?", (client_id,)).fetchone()
    assert tuple(row) == ("Juniper on the street", PHONE, REMARK)  # the laptop's edit was the later
    listed = review.items(three.centre)
    assert len(listed) == 1 and listed[0].summary.startswith("Alias changed"), listed
    assert listed[0].kept == {"alias": "Juniper on the street"} and listed[0].other == {"alias": "Juniper at the desk"}


# --- the cut itself, on changesets SQLite made -----------------------------------------------------


def _changeset(conn: apsw.Connection, sql: str) -> bytes:
    session = apsw.Session(conn, "main")
    session.attach()
    conn.execute(sql)
    made = session.changeset()
    session.close()
    return made


def test_the_cut_blanks_inserts_undefines_updates_and_drops_updates_of_dropped_columns_only() -> None:
    here = apsw.Connection(":memory:")
    schema = "CREATE TABLE clients (id INTEGER PRIMARY KEY, alias TEXT, phone TEXT, alumni INTEGER NOT NULL DEFAULT 0,"
    schema += " updated_at TEXT); CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"
    here.execute(schema)
    trim = columns.Trim(("id", "alias", "phone", "alumni", "updated_at"), frozenset({"id", "alias", "updated_at"}),
                        {"alumni": columns.integer(0)})  # fmt: skip
    cut = lambda made: columns.cut(made, lambda t: t == "clients", {"clients": trim})  # noqa: E731
    inserted = cut(
        _changeset(here, "INSERT INTO clients VALUES (1, 'Ash', '555', 1, 't1'); INSERT INTO notes VALUES (1, 'x')")
    )
    assert [(c.op, c.name, tuple(c.new)) for c in apsw.Changeset.iter(inserted)] == [
        ("INSERT", "clients", (1, "Ash", None, 0, "t1"))
    ]
    only_phone = cut(_changeset(here, "UPDATE clients SET phone = '556', updated_at = 't2' WHERE id = 1"))
    assert only_phone == b""
    both = cut(_changeset(here, "UPDATE clients SET phone = '557', alias = 'Ashe', updated_at = 't3' WHERE id = 1"))
    [(old, new)] = [(tuple(c.old), tuple(c.new)) for c in apsw.Changeset.iter(both)]
    assert new[1:] == ("Ashe", apsw.no_change, apsw.no_change, "t3") and old[2] is apsw.no_change
    gone = cut(_changeset(here, "DELETE FROM clients"))
    assert [tuple(c.old) for c in apsw.Changeset.iter(gone)] == [(1, "Ashe", None, 0, "t3")]
    # applied elsewhere, the alias edit leaves the other side's phone alone
    there = apsw.Connection(":memory:")
    there.execute(schema + "; INSERT INTO clients VALUES (1, 'Ash', 'centre phone', 1, 't2')")
    apsw.Changeset.apply(both, there)
    assert there.execute("SELECT alias, phone, alumni FROM clients").fetchall() == [("Ashe", "centre phone", 1)]


def test_filtered_leaves_the_centres_stream_whole_and_cuts_the_outreach_one() -> None:
    here = apsw.Connection(":memory:")
    here.execute(
        "CREATE TABLE clients (" + ", ".join(f'"{c}"' for c in profiles.CLIENT_COLUMNS) + ", PRIMARY KEY (id))"
    )
    values = ["1", "'K1'", "'Ash'", "'ash k1'", "'they'", *["NULL"] * 5, f"'{PHONE}'", "0", f"'{REMARK}'"]
    values += ["'active'", "NULL", "NULL", "'t0'", "'t0'"]
    made = _changeset(here, f"INSERT INTO clients VALUES ({', '.join(values)})")
    assert exchange.filtered(made, "centre") == made
    assert PHONE.encode() not in exchange.filtered(made, "outreach")
    assert REMARK.encode() not in exchange.filtered(made, "outreach")
    assert b"Ash" in exchange.filtered(made, "outreach")


def test_the_clients_columns_listed_are_the_schemas_in_order(vault: Vault) -> None:
    found = tuple(str(r[1]) for r in vault.conn.execute("PRAGMA table_info('clients')"))
    assert found == profiles.CLIENT_COLUMNS
    assert profiles.OUTREACH_CLIENTS.kept <= set(found)
    assert {"phone", "remark", "last_visit_at"}.isdisjoint(profiles.OUTREACH_CLIENTS.kept)


def test_a_laptop_that_lost_its_base_does_not_blank_the_centres_phone(three: Three) -> None:
    """Neither at the centre nor at the office, which reads the laptop's stream too."""
    client_id = _at_the_centre(three)
    sync(three.office)
    street = _on_the_laptop(three)
    try:
        changes.base_path(street.folder).unlink()  # the next bundle carries the whole replica again
        assert sync(street).written
    finally:
        street.lock()
    for here in (three.centre, three.office):
        assert sync(here).applied
        row = here.conn.execute("SELECT phone, remark, pronouns FROM clients WHERE id = ?", (client_id,))
        assert tuple(row.fetchone()) == (PHONE, REMARK, "she/her"), here.folder.name
        assert not review.items(here)  # the laptop's blanks are not edits: nothing clashed


def test_a_resend_whole_still_meets_the_alias_rule_and_keeps_the_centres_phone(three: Three) -> None:
    """The desk changes alias and phone; later, on the laptop that then loses its base, the street
    changes the alias: its row arrives whole, the later alias wins and is listed, the phone stays."""
    client_id = _at_the_centre(three)
    clients.update_client(
        three.centre, client_id, ClientDetails("Juniper at the desk", phone=LATER_PHONE, remark=REMARK)
    )
    street = _on_the_laptop(three)
    try:
        clients.update_client(street, client_id, ClientDetails("Juniper on the street"))
        changes.base_path(street.folder).unlink()
        sent = sync(street)
    finally:
        street.lock()
    assert sent.written, sent  # the laptop did send its rows
    sync(three.centre)
    row = three.centre.conn.execute("SELECT alias, phone, remark, search_key FROM clients WHERE id = ?", (client_id,))
    alias, phone, remark, key = row.fetchone()
    assert (alias, phone, remark) == ("Juniper on the street", LATER_PHONE, REMARK)
    assert key.startswith("juniper on the street ")  # search finds the alias that was kept
    listed = review.items(three.centre)
    assert [item.summary.split(" changed")[0] for item in listed] == ["Alias"], listed
    assert listed[0].kept == {"alias": "Juniper on the street"} and listed[0].other == {"alias": "Juniper at the desk"}
