"""Drug alerts show while active and expire; handover items carry to the next day until done."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.roles import Role
from shop_desktop.core.safety import drug_alerts, shift_log
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client

TODAY = date.today()


def _post(vault: Vault, substance: str, issued: date, expires: date | None = None) -> int:
    return drug_alerts.post_drug_alert(
        vault,
        substance=substance,
        what_is_different="Purple, heavier sedation than usual",
        source="drug_checking",
        issued_on=issued,
        expires_on=expires,
        where_seen="Downtown core",
    )


def test_an_alert_shows_from_issue_to_expiry_and_not_after(vault: Vault) -> None:
    two_weeks = _post(vault, "Fentanyl with benzodiazepines", TODAY - timedelta(days=3))
    short = _post(vault, "Down (pink)", TODAY - timedelta(days=2), TODAY)
    assert [a.id for a in drug_alerts.active_drug_alerts(vault)] == [short, two_weeks]
    tomorrow = TODAY + timedelta(days=1)
    assert [a.id for a in drug_alerts.active_drug_alerts(vault, tomorrow)] == [two_weeks]
    # The default is two weeks from the day it was issued: the 11th day from now is its last.
    last = TODAY - timedelta(days=3) + timedelta(days=drug_alerts.DEFAULT_DAYS)
    assert [a.id for a in drug_alerts.active_drug_alerts(vault, last)] == [two_weeks]
    assert drug_alerts.active_drug_alerts(vault, last + timedelta(days=1)) == []
    drug_alerts.withdraw_drug_alert(vault, two_weeks)
    assert [a.id for a in drug_alerts.active_drug_alerts(vault)] == [short]
    assert len(drug_alerts.recent_drug_alerts(vault)) == 2  # withdrawn and expired ones stay listed


def test_alert_dates_and_sources_are_checked(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="ends before"):
        _post(vault, "Carfentanil", TODAY, TODAY - timedelta(days=1))
    with pytest.raises(InvalidInput, match="hasn't come yet"):
        _post(vault, "Carfentanil", TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="at most 120 days"):
        _post(vault, "Carfentanil", TODAY, TODAY + timedelta(days=121))
    with pytest.raises(InvalidInput, match="where the alert came from"):
        drug_alerts.post_drug_alert(vault, substance="X", what_is_different="Y", source="rumour")
    with pytest.raises(InvalidInput, match="The substance is needed"):
        drug_alerts.post_drug_alert(vault, substance="  ", what_is_different="Y", source="other")
    assert drug_alerts.recent_drug_alerts(vault) == []


def test_handover_items_are_carried_to_the_next_days_until_done(vault: Vault) -> None:
    two_days_ago = datetime.now().replace(hour=9, minute=0) - timedelta(days=2)
    key = shift_log.write_entry(vault, "Safe Suite key with night staff", handover=True, at=two_days_ago)
    plain = shift_log.write_entry(vault, "Quiet morning", at=two_days_ago)
    landlord = shift_log.write_entry(
        vault, "Call the landlord back", handover=True, at=two_days_ago + timedelta(days=1)
    )
    yesterday, today = TODAY - timedelta(days=1), TODAY
    assert [e.id for e in shift_log.day_log(vault, yesterday)] == [key, landlord]
    assert [e.id for e in shift_log.day_log(vault, today)] == [key, landlord]
    assert all(e.carried_to(today) for e in shift_log.day_log(vault, today))
    shift_log.mark_done(vault, key)
    # Done today: still in today's list (marked done), gone from tomorrow's.
    shown = {e.id: e.is_open for e in shift_log.day_log(vault, today)}
    assert shown == {key: False, landlord: True}
    assert [e.id for e in shift_log.day_log(vault, today + timedelta(days=1))] == [landlord]
    assert [e.id for e in shift_log.open_handovers(vault)] == [landlord]
    assert plain not in [e.id for e in shift_log.day_log(vault, yesterday)]
    with pytest.raises(InvalidInput, match="already marked"):
        shift_log.mark_done(vault, key)
    with pytest.raises(InvalidInput, match="Only a handover item"):
        shift_log.mark_done(vault, plain)


def test_an_entry_is_one_short_line_and_links_a_client_by_code_only(vault: Vault) -> None:
    client = make_client(vault, "Rosa")
    entry = shift_log.write_entry(vault, "Mail came for them", client_code=client.code.lower())
    (shown,) = shift_log.day_log(vault)
    assert (shown.id, shown.client_code) == (entry, client.code)
    with pytest.raises(InvalidInput, match="No client has the code"):
        shift_log.write_entry(vault, "Mail", client_code="ZZZ99")
    with pytest.raises(InvalidInput, match="one line"):
        shift_log.write_entry(vault, "first line\nsecond line")
    with pytest.raises(InvalidInput, match="at most 200"):
        shift_log.write_entry(vault, "x" * 201)


def test_every_role_reads_and_writes_the_log_and_reads_alerts(vault_dir: Path, vault: Vault) -> None:
    for role in (Role.FRONT_DESK, Role.OUTREACH, Role.COUNSELLOR, Role.ADMIN):
        add_member(vault, role)
    client = make_client(vault)
    _post(vault, "Fentanyl", TODAY)
    vault.lock()
    written = []
    for role in (Role.FRONT_DESK, Role.OUTREACH, Role.COUNSELLOR, Role.ADMIN, Role.COORDINATOR):
        session = Session(sign_in_as(vault_dir, role))
        written.append(session.shift_log.write_entry(f"{role.value} was here", handover=True))
        assert len(session.shift_log.day_log()) == len(written)
        assert len(session.drug_alerts.active_drug_alerts()) == 1
        session.lock()
    admin = Session(sign_in_as(vault_dir, Role.ADMIN))
    with pytest.raises(PermissionDenied):  # an admin doesn't see clients, so can't name one
        admin.shift_log.write_entry("Mail", client_code=client.code)
    with pytest.raises(PermissionDenied):
        admin.drug_alerts.post_drug_alert(substance="X", what_is_different="Y", source="other")
    admin.shift_log.mark_done(written[0])
    admin.lock()


def test_a_merge_moves_the_link_and_an_erasure_removes_it_but_keeps_the_line(vault: Vault) -> None:
    from shop_desktop.core.desk import clients

    kept, merged = make_client(vault, "Rosa"), make_client(vault, "Rosa M")
    shift_log.write_entry(vault, "Mail came", client_code=merged.code)
    clients.merge_clients(vault, kept.id, merged.id)
    assert [e.client_code for e in shift_log.day_log(vault)] == [kept.code]
    clients.purge_on_request(vault, kept.id)
    (entry,) = shift_log.day_log(vault)
    assert (entry.text, entry.client_code) == ("Mail came", None)
    assert vault.conn.execute("SELECT count(*) FROM shift_log WHERE client_id IS NOT NULL").fetchone()[0] == 0
