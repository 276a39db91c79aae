"""A laptop enrolled by an earlier version holds what that version's profile carried: a client's
phone and the desk's remark, whose Safe Suite stay it is, when a consent was given, even check-ins.
Migration 19 (core/sync/trim.py) cuts it to today's profile when the new version opens it, and its
next sync forgets base, which held the same rows whole. The thief with the laptop and its key is
played by decrypting every page of the vault and of base (tests/sync/test_outreach_columns.py).
"""

from __future__ import annotations

from datetime import date, timedelta

from shop_desktop.core.roles import Role
from shop_desktop.core.store import migrations
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import changes
from tests.conftest import PASSPHRASES
from tests.factories import make_client
from tests.sync.test_outreach_columns import every_page
from tests.sync.three import Three, sync

PHONE = "604-555-0142"
REMARK = "Stays with her cousin behind the laundromat"
STAY_REMARK = "Came in after the van incident, keep the unit dark"
GIVEN = "2019-03-14"
VISIT_AT = "2026-11-28T21:40:00"


def _as_an_earlier_version_left_it(three: Three) -> tuple[int, int]:
    """The laptop's vault and base as the previous version's profile filled them, user_version 18."""
    client = make_client(three.centre, "Rosa Older-Laptop", phone=PHONE, remark=REMARK)
    sync(three.centre)
    sync(three.laptop)
    laptop = three.laptop
    staff_id = laptop.user.id
    night, morning = ((date.today() + timedelta(days=d)).isoformat() for d in (3, 4))
    rows = (
        ("UPDATE clients SET phone = ?, remark = ? WHERE id = ?", (PHONE, REMARK, client.id)),
        ("UPDATE consents SET given_on = ? WHERE client_id = ?", (GIVEN, client.id)),
        (
            "INSERT INTO suite_stays (id, unit, client_id, arrival, departure, status, staff_id, remark,"
            " created_by, created_at, updated_at) VALUES (?, 1, ?, ?, ?, 'booked', ?, ?, ?, 'x', 'x')",
            ((2 << 40) + 7, client.id, night, morning, staff_id, STAY_REMARK, staff_id),
        ),
        (
            "INSERT INTO visits (id, client_id, at, day, staff_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            ((2 << 40) + 8, client.id, VISIT_AT, VISIT_AT[:10], staff_id, VISIT_AT),
        ),
    )
    with laptop.transaction():
        for sql, args in rows:
            laptop.conn.execute(sql, args)
    base = changes.open_apsw(changes.base_path(laptop.folder), laptop.data_key)
    with base:
        base.execute("UPDATE clients SET phone = ?, remark = ? WHERE id = ?", (PHONE, REMARK, client.id))
    base.close()
    laptop.conn.execute(f"PRAGMA user_version = {migrations.LATEST - 1}")
    laptop.lock()
    return client.id, staff_id


def _thief_reads(folder, key: bytes) -> bytes:  # noqa: ANN001
    files = [folder / DB_NAME, changes.base_path(folder)]
    files += [p.with_name(p.name + "-wal") for p in files if p.with_name(p.name + "-wal").exists()]
    return b"".join(every_page(p, key) if not p.name.endswith("-wal") else p.read_bytes() for p in files)


def test_an_old_laptop_is_cut_to_todays_profile_when_the_new_version_opens_it(three: Three) -> None:
    client_id, _ = _as_an_earlier_version_left_it(three)
    folder = three.laptop.folder
    laptop = Vault.open(folder, "outreach", PASSPHRASES[Role.OUTREACH])
    three.laptop = laptop
    assert migrations.schema_version(laptop.conn) == migrations.LATEST
    row = laptop.conn.execute("SELECT alias, phone, remark FROM clients WHERE id = ?", (client_id,)).fetchone()
    assert tuple(row) == ("Rosa Older-Laptop", None, None)
    consent = laptop.conn.execute("SELECT given_on, keep_record FROM consents WHERE client_id = ?", (client_id,))
    assert tuple(consent.fetchone()) == ("", 1)  # still says the record may be kept
    stay = laptop.conn.execute("SELECT unit, client_id, remark FROM suite_stays").fetchone()
    assert tuple(stay) == (1, None, None)  # the night is still shown as taken
    assert laptop.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0
    assert laptop.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    result = sync(laptop)
    assert result.refused == [] and result.waiting == []
    key = laptop.data_key
    plain = _thief_reads(folder, key)
    assert b"Rosa Older-Laptop" in plain  # the control: the scan reads what the laptop holds
    for secret in (PHONE, REMARK, STAY_REMARK, GIVEN, VISIT_AT):
        assert secret.encode() not in plain, secret


def test_the_cut_is_not_sent_as_an_edit_the_centre_keeps_the_phone(three: Three) -> None:
    client_id, _ = _as_an_earlier_version_left_it(three)
    three.laptop = Vault.open(three.laptop.folder, "outreach", PASSPHRASES[Role.OUTREACH])
    sync(three.laptop)
    sync(three.centre)
    row = three.centre.conn.execute("SELECT phone, remark FROM clients WHERE id = ?", (client_id,)).fetchone()
    assert tuple(row) == (PHONE, REMARK)
    assert three.centre.conn.execute("SELECT count(*) FROM visits WHERE client_id = ?", (client_id,)).fetchone()[0] == 0


def test_the_centre_and_the_office_are_not_touched(three: Three) -> None:
    client = make_client(three.centre, "Desk Only", phone=PHONE, remark=REMARK)
    sync(three.centre)
    sync(three.office)
    for vault, user in ((three.centre, "coordinator"), (three.office, "coordinator")):
        vault.conn.execute(f"PRAGMA user_version = {migrations.LATEST - 1}")
        folder = vault.folder
        vault.lock()
        from tests.conftest import COORDINATOR_PASS

        again = Vault.open(folder, user, COORDINATOR_PASS)
        try:
            row = again.conn.execute("SELECT phone, remark FROM clients WHERE id = ?", (client.id,)).fetchone()
            assert tuple(row) == (PHONE, REMARK)
            assert again.conn.execute("SELECT count(*) FROM visits").fetchone()[0] >= 1
            assert again.conn.execute("SELECT value FROM meta WHERE key = 'sync.catch_up'").fetchone() is None
        finally:
            again.lock()
    three.centre = Vault.open(three.centre.folder, "coordinator", COORDINATOR_PASS)
    three.office = Vault.open(three.office.folder, "coordinator", COORDINATOR_PASS)
