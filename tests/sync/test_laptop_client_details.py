"""On the outreach laptop a client is an alias and a code: a phone or remark typed there is refused.

It could never reach the centre (the outreach stream leaves those columns behind) and it would sit
in the laptop's vault, which a thief may open. The evidence is read back raw: the laptop's row by
SQL, and every page of its vault file decrypted.
"""

from __future__ import annotations

import pytest

from shop_desktop.core.desk import clients
from shop_desktop.core.desk.clients import ClientDetails, Consent
from shop_desktop.core.errors import InvalidInput
from shop_desktop.core.store.places import DB_NAME
from tests.factories import make_client
from tests.sync.test_outreach_columns import every_page
from tests.sync.three import Three, sync

TYPED_PHONE = "250-555-0147"
TYPED_REMARK = "Sleeps behind the laundromat on Hastings"


def _raw(three: Three, client_id: int) -> tuple[object, ...]:
    row = three.laptop.conn.execute("SELECT alias, phone, remark, pronouns FROM clients WHERE id = ?", (client_id,))
    return tuple(row.fetchone())


def test_the_laptop_refuses_a_phone_or_remark_and_its_row_stays_blank(three: Three) -> None:
    client_id = make_client(three.centre, "Wren").id
    sync(three.centre)
    sync(three.laptop)
    street = three.laptop
    for details in (
        ClientDetails("Wren", phone=TYPED_PHONE),
        ClientDetails("Wren", remark=TYPED_REMARK),
        ClientDetails("Wren", pronouns="they/them"),
    ):
        with pytest.raises(InvalidInput, match="kept at the centre"):
            clients.update_client(street, client_id, details)
    with pytest.raises(InvalidInput, match="kept at the centre"):
        clients.register_client(street, ClientDetails("Robin", phone=TYPED_PHONE), Consent(keep_record=True))
    assert _raw(three, client_id) == ("Wren", None, None, None)
    assert street.conn.execute("SELECT count(*) FROM clients WHERE alias = 'Robin'").fetchone()[0] == 0
    # the alias is still the outreach worker's to edit, and a client made on the street is an alias
    clients.update_client(street, client_id, ClientDetails("Wren R."))
    made = clients.register_client(street, ClientDetails("Robin"), Consent(keep_record=True))
    assert _raw(three, client_id) == ("Wren R.", None, None, None) and made.details.phone is None
    street.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = every_page(street.folder / DB_NAME, street.data_key)
    assert b"Wren R." in plain  # the control: the scan reads what the laptop holds
    assert TYPED_PHONE.encode() not in plain and TYPED_REMARK.encode() not in plain
    assert clients.kept_at_the_centre(street) >= {"phone", "remark", "pronouns", "alumni", "birth_year"}
    assert "alias" not in clients.kept_at_the_centre(street)


def test_the_centre_and_the_office_keep_every_detail(three: Three) -> None:
    assert clients.kept_at_the_centre(three.centre) == frozenset()
    assert clients.kept_at_the_centre(three.office) == frozenset()
    client = make_client(three.office, "Sparrow", phone=TYPED_PHONE, remark=TYPED_REMARK)
    assert (client.details.phone, client.details.remark) == (TYPED_PHONE, TYPED_REMARK)
