"""The retention run: exactly the due records go (chosen here from the raw rows), held clients stay,
every funder-report figure is the same before and after, and the file keeps none of the erased text."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from shop_desktop.core import settings
from shop_desktop.core.care import notes
from shop_desktop.core.desk import clients
from shop_desktop.core.desk.clients import Consent
from shop_desktop.core.errors import InvalidInput, PermissionDenied
from shop_desktop.core.figures.report_figures import Period, compute_figures
from shop_desktop.core.records import compaction, retention
from shop_desktop.core.safety import alerts
from shop_desktop.core.safety.alerts import AlertDetails
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.factories import make_client
from tests.page_scan import raw_bytes, vault_plaintext

TODAY = date.today()
LEGAL_HOLD = "Court order 2026-114: keep until the matter closes"


def _years_ago(years: float) -> datetime:
    return datetime.combine(TODAY, datetime.min.time()).replace(hour=11) - timedelta(days=int(years * 365.25))


def _backdate(vault: Vault, client_id: int, when: datetime) -> None:
    """Registered, consented and last seen at `when` (test set-up with raw SQL, as an old vault would be)."""
    with vault.transaction() as conn:
        conn.execute("UPDATE clients SET created_at = ? WHERE id = ?", (when.isoformat(), client_id))
        conn.execute("UPDATE consents SET given_on = ? WHERE client_id = ?", (when.date().isoformat(), client_id))
        cursor = conn.execute(
            "INSERT INTO visits (client_id, at, day, staff_id, created_at) VALUES (?, ?, ?, 1, ?)",
            (client_id, when.isoformat(timespec="minutes"), when.date().isoformat(), when.isoformat()),
        )
        conn.execute(
            "INSERT INTO visit_services (visit_id, service_id, quantity) VALUES (?, 1, 1)", (cursor.lastrowid,)
        )
        conn.execute("UPDATE clients SET last_visit_at = ?, first_visit = ? WHERE id = ?",
                     (when.isoformat(timespec="minutes"), when.date().isoformat(), client_id))  # fmt: skip


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[Vault]:
    """A demo vault (with its former clients) and the cases the policy must tell apart."""
    result = demo.create_demo_vault(
        tmp_path / "vault",
        seed=11,
        scale=demo.DemoScale(clients=75, days=120, notes=30),
        shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    vault = result.vault
    former = vault.conn.execute("SELECT id FROM clients WHERE alias LIKE '%(former)' ORDER BY id").fetchall()
    retention.hold(vault, former[0][0], LEGAL_HOLD)
    came_back = make_client(vault, "Came Back Recently")  # old visits, then a consent renewed last week
    _backdate(vault, came_back.id, _years_ago(9))
    clients.record_consent(
        vault, came_back.id, Consent(keep_record=True, given_on=(TODAY - timedelta(days=7)).isoformat())
    )
    old_notes = make_client(vault, "Notes Only Due")  # notes due at 3 years, identity not at 7
    _backdate(vault, old_notes.id, _years_ago(4))
    draft = notes.NoteDraft(
        old_notes.id, "crisis", "NOTE-WORDS-OLD safety plan at the motel", _years_ago(4).isoformat()
    )
    notes.sign_note(vault, draft)
    stranger = make_client(vault, "Ended Restriction")
    with vault.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO restrictions (client_id, scope, starts_on, ends_on, reason_id, created_by, created_at,"
            " lift_reason) VALUES (?, 'dropin', ?, ?, 1, 1, ?, 'RESTRICTION-WORDS shouted at staff')",
            (stranger.id, (TODAY - timedelta(days=1500)).isoformat(), (TODAY - timedelta(days=1200)).isoformat(), "x"),
        )
        conn.execute(
            "INSERT INTO restriction_overrides (restriction_id, action, reason, staff_id, at)"
            " VALUES (?, 'check_in', 'OVERRIDE-WORDS just a meal', 1, ?)",
            (cursor.lastrowid, (TODAY - timedelta(days=1300)).isoformat()),
        )
    stale = alerts.report_alert(vault, AlertDetails((TODAY - timedelta(days=500)).isoformat(), ("robbery",)))
    with vault.transaction() as conn:
        conn.execute("UPDATE alerts SET updated_at = ? WHERE id = ?", (_years_ago(1.5).isoformat(), stale.id))
    alerts.report_alert(vault, AlertDetails(TODAY.isoformat(), ("robbery",)))
    settings.put(vault, "retention_notes_years", "3")
    yield vault
    vault.lock()


# --- independent: straight from the rows, in Python ----------------------------------------------


def _last_contacts(vault: Vault) -> dict[int, str]:
    conn = vault.conn
    last = {
        r[0]: r[1][:10]
        for r in conn.execute("SELECT id, created_at FROM clients WHERE status IN ('active', 'archived')")
    }

    def seen(rows: object) -> None:
        for client_id, day in rows:  # type: ignore[attr-defined]
            if client_id in last and day:
                last[client_id] = max(last[client_id], day[:10])

    seen(conn.execute("SELECT client_id, day FROM visits WHERE voided_at IS NULL"))
    seen(conn.execute("SELECT a.client_id, s.day FROM attendance a, program_sessions s WHERE s.id = a.session_id"))
    seen(conn.execute("SELECT client_id, departure FROM suite_stays WHERE status != 'cancelled'"))
    seen(conn.execute("SELECT client_id, referred_on FROM referrals"))
    seen(conn.execute("SELECT client_id, occurred_at FROM notes"))
    seen(conn.execute("SELECT client_id, given_on FROM consents"))
    return last


def _held(vault: Vault) -> set[int]:
    return {r[0] for r in vault.conn.execute("SELECT client_id FROM retention_holds")}


def _due_identity(vault: Vault) -> set[int]:
    try:
        cutoff = TODAY.replace(year=TODAY.year - 7).isoformat()
    except ValueError:  # 29 February
        cutoff = date(TODAY.year - 7, 2, 28).isoformat()
    return {c for c, day in _last_contacts(vault).items() if day < cutoff} - _held(vault)


def _figures(vault: Vault) -> list[object]:
    """Every table of the funder report for periods that reach back over the erased clients' years."""
    periods = [Period.calendar_year(TODAY.year - n) for n in range(0, 12)]
    periods += [Period.custom(TODAY - timedelta(days=365 * 12), TODAY, "Everything")]
    figures = [compute_figures(vault, period) for period in periods]
    return [[(t.key, t.rows, t.column_totals()) for t in f.tables] for f in figures]


def _aliases(vault: Vault, ids: set[int]) -> list[str]:
    marks = ",".join("?" * len(ids))
    return [r[0] for r in vault.conn.execute(f"SELECT alias FROM clients WHERE id IN ({marks})", tuple(ids))]


def test_the_run_erases_exactly_the_due_clients_and_keeps_every_report_figure(centre: Vault) -> None:
    vault = centre
    due = _due_identity(vault)
    held = _held(vault)
    assert len(due) >= 2 and held, "the set-up has due and held clients"
    review = retention.review(vault)
    assert {c.id for c in review.clients} == due
    assert {c.id for c in review.held} == held and review.held[0].hold_reason == LEGAL_HOLD
    assert review.reasons()[0].startswith(f"{len(due)} client(s) with no contact since before ")
    alias_of_due = _aliases(vault, due)
    kept_alias = _aliases(vault, held)[0]
    visits_before = vault.conn.execute("SELECT count(*), count(client_id) FROM visits").fetchone()
    before = _figures(vault)

    result = retention.run(vault)

    assert result.compacted and result.skipped == 0
    purged = {r[0] for r in vault.conn.execute("SELECT id FROM clients WHERE status = 'purged'")}
    assert purged == due
    assert _figures(vault) == before
    assert vault.conn.execute("SELECT count(*), count(client_id) FROM visits").fetchone() == visits_before
    assert _aliases(vault, held) == [kept_alias]
    assert all(a is None for a in _aliases(vault, due))
    erased_in_trail = {e.subject_id for e in audit.entries(vault.conn) if e.action == "client.purged"}
    assert {int(s) for s in erased_in_trail} >= due
    assert vault.verify_audit().ok
    plain = vault_plaintext(vault.folder, vault.data_key)
    assert kept_alias.encode() in plain, "the scan reads the pages (it still finds a kept client)"
    assert [a for a in alias_of_due if a.encode() in plain] == []
    assert retention.review(vault).items == []


def test_notes_restrictions_and_alerts_past_their_time_lose_their_text_not_their_counts(centre: Vault) -> None:
    vault = centre
    client_id = vault.conn.execute("SELECT id FROM clients WHERE alias = 'Notes Only Due'").fetchone()[0]
    sealed = [bytes(r[0]) for r in vault.conn.execute("SELECT body FROM notes WHERE client_id = ?", (client_id,))]
    plain_before = vault_plaintext(vault.folder, vault.data_key)
    assert b"RESTRICTION-WORDS" in plain_before and b"OVERRIDE-WORDS" in plain_before
    assert all(blob in plain_before for blob in sealed), "the sealed note is in the pages before"
    review = retention.review(vault)
    assert review.notes_of == [client_id]
    assert len(review.alerts) == 1 and len(review.kept["retention_restriction_years"]) == 1
    notes_counted = vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    before = _figures(vault)

    retention.run(vault)

    assert _figures(vault) == before
    assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == notes_counted
    row = vault.conn.execute("SELECT alias, status FROM clients WHERE id = ?", (client_id,)).fetchone()
    assert row == ("Notes Only Due", "active"), "only the notes' text went; the client is not due"
    assert vault.conn.execute("SELECT status FROM alerts WHERE id = ?", (review.alerts[0],)).fetchone()[0] == "resolved"
    plain = vault_plaintext(vault.folder, vault.data_key)
    assert b"RESTRICTION-WORDS" not in plain and b"OVERRIDE-WORDS" not in plain
    everything = plain + raw_bytes(vault.folder)
    assert not any(blob in everything for blob in sealed)


def test_a_held_client_is_not_erased_even_when_the_list_says_so(centre: Vault) -> None:
    vault = centre
    review = retention.review(vault)
    target = review.clients[0]
    retention.hold(vault, target.id, "An open complaint")
    assert retention.erase_item(vault, retention.CLIENT, target.id) is False  # the stale list is not trusted
    assert clients.get_client(vault, target.id).status != clients.PURGED
    retention.release_hold(vault, target.id)
    assert retention.erase_item(vault, retention.CLIENT, target.id) is True
    with pytest.raises(InvalidInput):
        retention.hold(vault, review.clients[1].id, "   ")


def test_only_a_coordinator_may_review_or_erase(centre: Vault) -> None:
    folder = centre.folder
    centre.lock()
    for username in ("frontdesk", "admin", "counsellor"):  # the demo's accounts share one passphrase
        other = Vault.open(folder, username, COORDINATOR_PASS)
        try:
            with pytest.raises(PermissionDenied):
                retention.review(other)
            with pytest.raises(PermissionDenied):
                retention.erase_item(other, retention.CLIENT, 1)
        finally:
            other.lock()


def test_a_write_during_the_copy_keeps_the_old_file(centre: Vault) -> None:
    vault = centre
    copy = retention.begin_compaction(vault)
    compaction.write_copy(copy)
    make_client(vault, "Registered During The Copy")
    assert retention.finish_compaction(vault, copy) is False
    assert vault.conn.execute("SELECT count(*) FROM clients WHERE alias = 'Registered During The Copy'").fetchone()[0]
    assert not (vault.folder / compaction.COMPACTING).exists()


def test_old_backups_are_listed_by_name_and_only_they_are_deleted(centre: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    old = usb / f"SHOP-backup-test-{TODAY.year - 8}-03-01-101500.shopbackup"
    newer = usb / f"SHOP-backup-test-{TODAY.year - 1}-03-01-101500.shopbackup"
    other = usb / f"holiday-{TODAY.year - 9}-01-01.jpg"
    for path in (old, newer, other):
        path.write_bytes(b"not opened")
    listed = retention.old_backups(centre, usb)
    assert [b.path for b in listed] == [old]
    assert retention.delete_old_backups(centre, usb, [old, newer, other]) == 1
    assert sorted(p.name for p in usb.iterdir()) == sorted([newer.name, other.name])


def test_policy_dates_are_plain_calendar_dates() -> None:
    assert retention.years_before(date(2028, 2, 29), 7) == date(2021, 2, 28)
    rules = retention.Policy(7, 7, 12, {})
    assert rules.alert_cutoff(date(2026, 3, 31)) == "2025-03-31"
    assert retention.Policy(7, 7, 1, {}).alert_cutoff(date(2026, 3, 31)) == "2026-02-28"


def test_the_demo_vault_has_former_clients_due(tmp_path: Path) -> None:
    result = demo.create_demo_vault(
        tmp_path / "d", seed=2, scale=demo.DemoScale(clients=50, days=30, notes=5), shared_passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )  # fmt: skip
    try:
        assert len(retention.review(result.vault).clients) >= 2
    finally:
        result.vault.lock()
    shutil.rmtree(tmp_path / "d")


def test_a_vault_from_before_retention_upgrades_and_takes_holds(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shop_desktop.core.store import migrations
    from tests.core.test_migrations import make_old_vault

    make_old_vault(vault_dir, migrations.LATEST - 1, monkeypatch)
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert migrations.schema_version(vault.conn) == migrations.LATEST
        kept = vault.conn.execute("SELECT id FROM clients WHERE alias = 'Kept Alias'").fetchone()[0]
        retention.hold(vault, kept, "Open matter")
        assert vault.conn.execute("SELECT reason FROM retention_holds").fetchone()[0] == "Open matter"
        assert vault.verify_audit().ok
    finally:
        vault.lock()


def test_the_fresh_copy_leaves_no_free_page(centre: Vault) -> None:
    """secure_delete zeroes what SQLite frees; a vault whose pages were freed without it (an older
    copy, a future code path) still holds the words in free pages, until the fresh copy replaces it."""
    vault = centre
    marker = b"FREED-PAGE-WORDS Jasmine at the motel strip"
    vault.conn.execute("PRAGMA secure_delete = OFF")
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE scratch (words TEXT)")
        conn.executemany("INSERT INTO scratch VALUES (?)", [(marker.decode() * 20,)] * 40)
    with vault.transaction() as conn:
        conn.execute("DROP TABLE scratch")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert vault.conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
    assert marker in vault_plaintext(vault.folder, vault.data_key), "the scan reads free pages"
    copy = compaction.write_copy(retention.begin_compaction(vault))
    assert retention.finish_compaction(vault, copy)
    assert marker not in vault_plaintext(vault.folder, vault.data_key)
    assert vault.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and vault.verify_audit().ok
    assert not (vault.folder / compaction.SET_ASIDE).exists() and not (vault.folder / compaction.COMPACTING).exists()


def test_a_swap_that_fails_half_way_is_finished_at_the_next_sign_in(centre: Vault) -> None:
    from shop_desktop.core.errors import VaultLocked
    from shop_desktop.core.store import journal

    vault, folder = centre, centre.folder
    names = {c.id: c.alias for c in retention.review(vault).clients}

    def refuse(kind: str, path: Path) -> None:
        if kind == "rename" and path == folder / "shop.db":  # the copy into place: a file held open elsewhere
            raise PermissionError(13, "The file is in use")

    for kind, item in retention.review(vault).items:
        retention.erase_item(vault, kind, item)
    copy = compaction.write_copy(retention.begin_compaction(vault))
    journal.set_hook(refuse)
    try:
        with pytest.raises(VaultLocked, match="Sign in again"):
            retention.finish_compaction(vault, copy)
    finally:
        journal.set_hook(None)
    assert journal.pending(folder) and not vault.is_open
    again = Vault.open(folder, "coordinator", COORDINATOR_PASS)  # recovers: the moves are finished
    try:
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and again.verify_audit().ok
        rows = again.conn.execute("SELECT id, alias FROM clients WHERE status = 'purged'").fetchall()
        assert {r[0] for r in rows} == set(names) and all(r[1] is None for r in rows)
        retention.review(again)  # the coordinator's sign-in tidies what was set aside
        assert not (folder / compaction.SET_ASIDE).exists()
        plain = vault_plaintext(folder, again.data_key)
        assert [a for a in names.values() if a.encode() in plain] == []
    finally:
        again.lock()
