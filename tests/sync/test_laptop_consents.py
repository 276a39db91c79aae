"""A consent on the laptop says whether a record may be kept and used, not when it was given.

A consent is recorded again at later visits, so its given and recorded dates are visit dates: they
stay at the centre. The laptop's row is read by SQL, its vault and sync base decrypted page by page.
"""

from __future__ import annotations

from pathlib import Path

from shop_desktop.core.desk import clients
from shop_desktop.core.desk.clients import ClientDetails, Consent
from shop_desktop.core.roles import Role
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.sync import changes, devices, enrollment, profiles
from tests.conftest import PASSPHRASES
from tests.sync.test_outreach_columns import every_page
from tests.sync.three import Three, sync

GIVEN = "2019-03-05"  # no other date in these vaults is this one
CONSENT = "SELECT keep_record, alias_on_slips, may_contact, given_on, ends_on, recorded_by, recorded_at FROM consents"


def _register(three: Three) -> int:
    made = clients.register_client(
        three.centre, ClientDetails("Juniper Lane"), Consent(True, alias_on_slips=True, given_on=GIVEN)
    )
    return made.id


def _scan(folder: Path, key: bytes) -> None:
    for path in (folder / DB_NAME, changes.base_path(folder)):
        plain = every_page(path, key)
        assert b"Juniper Lane" in plain  # the control
        assert GIVEN.encode() not in plain, path.name


def test_the_laptop_holds_whether_consent_is_in_force_not_when_given(three: Three) -> None:
    client_id = _register(three)
    sync(three.centre)
    sync(three.laptop)
    lap = three.laptop
    row = lap.conn.execute(f"{CONSENT} WHERE client_id = ?", (client_id,)).fetchone()
    assert tuple(row) == (1, 1, 0, "", None, 0, "")
    centre = three.centre.conn.execute(f"{CONSENT} WHERE client_id = ?", (client_id,)).fetchone()
    assert centre[3] == GIVEN and centre[6] != ""  # the control: the centre keeps them
    consent = clients.get_client(lap, client_id).consent
    assert consent is not None and consent.in_force and consent.alias_on_slips
    lap.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _scan(lap.folder, lap.data_key)
    # a withdrawal at the centre reaches the laptop: the record is no longer in force there
    clients.withdraw_consent(three.centre, client_id)
    sync(three.centre)
    sync(lap)
    consent = clients.get_client(lap, client_id).consent
    assert consent is not None and not consent.in_force


def test_a_laptop_joining_later_holds_the_same(three: Three, tmp_path: Path) -> None:
    _register(three)
    made = devices.add(three.centre, "Second laptop", "outreach", tmp_path / "again", "outreach")
    folder = enrollment.join(made, tmp_path / "second", "outreach", PASSPHRASES[Role.OUTREACH])
    _scan(folder, three.centre.data_key)
    assert GIVEN.encode() not in made.read_bytes()


def test_the_consent_columns_listed_are_the_schemas_in_order(three: Three) -> None:
    found = tuple(str(r[1]) for r in three.centre.conn.execute("PRAGMA table_info('consents')"))
    assert found == profiles.CONSENT_COLUMNS
