"""The Referrals screen as staff use it: refer a client, print or save the slip, follow up, the directory."""

from __future__ import annotations

import io
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.care import referrals
from shop_desktop.core.care.referrals import AgencyDetails, ReferralRequest
from shop_desktop.core.desk.clients import ClientDetails, Consent, register_client
from shop_desktop.core.roles import Role
from shop_desktop.core.session import Session
from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.clinical.referral_dialog import ElidedLabel, OutcomeDialog, ReferralDialog
from shop_desktop.gui.clinical.referrals_screen import FollowUpModel, ReferralsScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.conftest import add_member, sign_in_as
from tests.core.test_agency_csv import MESSY
from tests.factories import make_client

AGENCY = "Tk'emlúps te Secwépemc Health"
TODAY = date.today()


def services_for(vault: Vault, dialogs: ScriptedDialogs | None = None) -> Services:
    return Services(
        session=Session(vault), dialogs=dialogs or ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )


def screen_for(qtbot: QtBot, vault: Vault, dialogs: ScriptedDialogs | None = None) -> ReferralsScreen:
    screen = ReferralsScreen(services_for(vault, dialogs))
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    return screen


def an_agency(vault: Vault) -> referrals.Agency:
    return referrals.add_agency(
        vault,
        AgencyDetails(AGENCY, "indigenous_led", "330 Chief Alex Thomas Way", "250-555-0120", "Mon–Fri 9:00–16:30"),
    )


def referral_in_past(vault: Vault, client_id: int, agency_id: int, follow_days_ago: int) -> referrals.Referral:
    on = (TODAY - timedelta(days=follow_days_ago + 3)).isoformat()
    follow = (TODAY - timedelta(days=follow_days_ago)).isoformat()
    return referrals.make_referral(
        vault, ReferralRequest(client_id, agency_id, "Elder support", referred_on=on, follow_up_on=follow)
    )


def test_follow_up_words_and_icon_do_not_rely_on_colour(vault: Vault) -> None:
    agency, client = an_agency(vault), make_client(vault)
    referral_in_past(vault, client.id, agency.id, 2)
    referral_in_past(vault, client.id, agency.id, 0)
    model = FollowUpModel()
    model.set_rows(referrals.follow_ups(vault, mine=True))
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Overdue by 2 days", "Due today"]
    assert not model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 1)) == f"Sofía ({client.code})"


def test_a_referral_made_from_the_keyboard_then_its_slip_printed(qtbot: QtBot, vault: Vault) -> None:
    agency = an_agency(vault)
    client = make_client(vault, "Renée")
    screen = screen_for(qtbot, vault)
    screen.tabs.setCurrentWidget(screen.by_client_page)
    panel = screen.by_client
    qtbot.keyClicks(panel.search, client.code)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.client is not None and panel.client.id == client.id

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReferralDialog) and dialog.chosen_agency() is None  # no agency by default
        dialog.agency.setCurrentIndex(dialog.agency.findData(agency.id))
        qtbot.keyClicks(dialog.reason, "Would like to meet an Elder")
        dialog.alias_consent.setChecked(True)
        assert "the name I use here" in dialog.wording.text()
        dialog.save()

    QTimer.singleShot(0, fill_in)
    panel.new_referral()
    made = referrals.referrals_for_client(vault, client.id)
    assert len(made) == 1 and made[0].alias_consent and made[0].follow_up_on
    assert made[0].number in panel.message.text() and panel.selected() == made[0]
    printed: list[bytes] = []
    screen.slips.print_pdf = lambda parent, pdf, title: printed.append(pdf) or True
    panel.print_button.click()
    text = " ".join(PdfReader(io.BytesIO(printed[0])).pages[0].extract_text().split())
    assert AGENCY in text and "Renée" in text and "Would like to meet an Elder" in text
    assert any(e.action == "referral.slip_printed" for e in audit.entries(vault.conn))


def test_a_cancelled_print_is_not_recorded(qtbot: QtBot, vault: Vault) -> None:
    agency, client = an_agency(vault), make_client(vault)
    referral_in_past(vault, client.id, agency.id, 1)
    screen = screen_for(qtbot, vault)
    screen.slips.print_pdf = lambda parent, pdf, title: False
    screen.follow_ups.print_button.click()
    assert not any(e.action == "referral.slip_printed" for e in audit.entries(vault.conn))


def test_save_as_pdf_warns_first_and_writes_only_where_chosen(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agency = an_agency(vault)
    client = register_client(vault, ClientDetails(alias="Мила"), Consent(keep_record=True, alias_on_slips=False))
    referral_in_past(vault, client.id, agency.id, 1)
    target = tmp_path / "chosen" / "slip.pdf"
    target.parent.mkdir()
    dialogs = ScriptedDialogs(confirms=[False, True], paths=[target])
    screen = screen_for(qtbot, vault, dialogs)
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, _no_temp_files)
    screen.follow_ups.save_button.click()  # the warning is declined: nothing is asked, nothing written
    assert [kind for kind, _, _ in dialogs.shown] == ["confirm"] and not target.exists()
    screen.follow_ups.save_button.click()
    kind, title, text = dialogs.shown[1]
    assert kind == "confirm" and "identifies a client" in title and "alias or code" in text
    assert dialogs.shown[2][0] == "save"
    assert list(tmp_path.rglob("*.pdf")) == [target]
    slip_text = PdfReader(target).pages[0].extract_text()
    assert client.code in slip_text and "Мила" not in slip_text  # no consent to the alias on slips
    assert "slip.pdf" in screen.follow_ups.message.text()
    assert any(e.action == "referral.slip_saved" for e in audit.entries(vault.conn))


def _no_temp_files(*args: object, **kwargs: object) -> None:
    raise AssertionError("a slip must never pass through a temporary file")


def test_follow_ups_for_me_and_for_everyone(qtbot: QtBot, vault: Vault, vault_dir: Path) -> None:
    agency, client = an_agency(vault), make_client(vault)
    referral_in_past(vault, client.id, agency.id, 4)
    referral_in_past(vault, client.id, agency.id, 0)
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    screen = screen_for(qtbot, counsellor)
    panel = screen.follow_ups
    assert panel.model.rowCount() == 0 and "Nothing to follow up" in panel.empty.text()
    assert not panel.outcome_button.isEnabled()
    panel.everyone.setChecked(True)
    assert panel.model.rowCount() == 2 and "1 of them overdue" in panel.empty.text()
    assert panel.model.data(panel.model.index(0, 0)) == "Overdue by 4 days"
    assert panel.model.data(panel.model.index(0, 5)) == "Cora Ordinator"
    counsellor.lock()


def test_recording_an_outcome_takes_it_off_the_list(qtbot: QtBot, vault: Vault) -> None:
    agency, client = an_agency(vault), make_client(vault)
    referral = referral_in_past(vault, client.id, agency.id, 2)
    dialog = OutcomeDialog(Session(vault), referral)
    qtbot.addWidget(dialog)
    assert dialog.follow_up.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData(referrals.ATTENDED))
    assert not dialog.follow_up.isEnabled()
    qtbot.keyClicks(dialog.outcome, "Went on Tuesday")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.status == referrals.ATTENDED
    assert referrals.follow_ups(vault, mine=False) == []


def test_referral_dialog_keeps_the_code_when_consent_does_not_allow_the_alias(qtbot: QtBot, vault: Vault) -> None:
    agency = an_agency(vault)
    client = register_client(
        vault, ClientDetails(alias="Private Person"), Consent(keep_record=True, alias_on_slips=False)
    )
    dialog = ReferralDialog(Session(vault), client)
    qtbot.addWidget(dialog)
    assert not dialog.alias_consent.isEnabled() and client.code in dialog.alias_note.text()
    assert "client code" in dialog.wording.text()
    dialog.priority.setCurrentIndex(dialog.priority.findData("emergency"))
    assert dialog.follow_up.date().toPython() == TODAY + timedelta(days=1)
    dialog.save()
    assert "Choose an agency" in dialog.error.text() and dialog.saved is None
    qtbot.keyClicks(dialog.agency.lineEdit(), "no such place")
    assert dialog.chosen_agency() is None
    dialog.agency.setCurrentIndex(dialog.agency.findData(agency.id))
    assert "250-555-0120" in dialog.agency_details.toolTip()
    dialog.save()
    assert "reason is needed" in dialog.error.text() and dialog.saved is None


def test_long_aliases_elide_with_the_whole_alias_in_the_tooltip(qtbot: QtBot) -> None:
    alias = "Marie-Ève Siobhán Nizhoni Starla Two Rivers-Kateri Élodie " * 2
    label = ElidedLabel(alias)
    qtbot.addWidget(label)
    label.resize(160, 30)
    assert label.text().endswith("…") and label.toolTip() == alias


def test_coordinator_imports_and_exports_the_directory(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    sheet, out = tmp_path / "agencies.csv", tmp_path / "export.csv"
    sheet.write_bytes(MESSY)
    dialogs = ScriptedDialogs(paths=[sheet, out])
    screen = screen_for(qtbot, vault, dialogs)
    panel = screen.agencies
    assert "directory is empty" in panel.empty.text()
    seen = []
    panel.confirm_import = lambda report: seen.append(report) or True
    panel.buttons["import"].click()
    assert seen[0].count("added") == 4 and panel.model.rowCount() == 4
    assert "4 added" in panel.message.text()
    panel.buttons["export"].click()
    exported = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in exported and "\n=" not in exported and ",=" not in exported
    qtbot.keyClicks(panel.search, "secwepemc")
    assert panel.model.rowCount() == 1 and panel.selected().name == AGENCY


def test_front_desk_sees_the_directory_but_cannot_change_it(qtbot: QtBot, vault: Vault, vault_dir: Path) -> None:
    an_agency(vault)
    add_member(vault, Role.FRONT_DESK)
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    panel = screen_for(qtbot, desk).agencies
    assert panel.model.rowCount() == 1
    assert [key for key, button in panel.buttons.items() if not button.isHidden()] == ["export"]
    desk.lock()


def test_lock_leaves_nothing_in_the_screen(qtbot: QtBot, vault: Vault) -> None:
    agency, client = an_agency(vault), make_client(vault)
    referral_in_past(vault, client.id, agency.id, 1)
    screen = screen_for(qtbot, vault)
    screen.by_client.show_client(client.id)
    screen.tabs.setCurrentWidget(screen.agencies_page)  # built when first shown
    assert screen.follow_ups.model.rowCount() == 1 and screen.by_client.model.rowCount() == 1
    assert screen.agencies.model.rowCount() == 1
    screen.clear()
    assert screen.follow_ups.model.rowCount() == screen.by_client.model.rowCount() == 0
    assert screen.agencies.model.rowCount() == 0 and client.alias not in screen.by_client.title.toolTip()
