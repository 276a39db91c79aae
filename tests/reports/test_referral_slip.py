"""The referral slip read back as text: agency details, alias only with consent, the font embedded."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from shop_desktop.core.care import referrals
from shop_desktop.core.care.referrals import AgencyDetails, ReferralRequest, ReferralSlip, consent_wording
from shop_desktop.core.desk.clients import ClientDetails, Consent, register_client
from shop_desktop.core.store.vault import Vault
from shop_desktop.reports.referral_slip import PAGE, build_referral_slip
from tests.factories import make_client
from tests.pdf_fonts import pdf_fonts

AGENCY = "Tk'emlúps te Secwépemc Health"
SLIP = ReferralSlip(
    number="R-2026-0042",
    referred_on="2026-05-01",
    centre_name="SHOP drop-in centre",
    centre_address="100 Example Street, Victoria BC",
    centre_phone="250-555-0100",
    agency_name=AGENCY,
    agency_address="330 Chief Alex Thomas Way, Kamloops BC",
    agency_phone="250-555-0120",
    agency_hours="Mon–Fri 9:00–16:30",
    reason="Needs a sexual health check-up.",
    services_requested="STI testing",
    client_label="Sofía Zoë",
    shows_alias=True,
    staff_first_name="Robin",
    consent_wording=consent_wording("SHOP drop-in centre", AGENCY, with_alias=True),
)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _font_names(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded?) of every font the pages use; a standard font counts as not embedded."""
    return [(name, bool(flag)) for name, flag in pdf_fonts(PdfReader(io.BytesIO(pdf)).pages)]


def _slip_for(vault: Vault, alias: str, *, consent_on_record: bool, consent_here: bool) -> tuple[str, str]:
    client = register_client(
        vault, ClientDetails(alias=alias), Consent(keep_record=True, alias_on_slips=consent_on_record)
    )
    agency = referrals.agency_named(vault, AGENCY) or referrals.add_agency(
        vault,
        AgencyDetails(
            AGENCY, "indigenous_led", "330 Chief Alex Thomas Way, Kamloops BC", "250-555-0120", "Mon–Fri 9:00–16:30"
        ),
    )
    referral = referrals.make_referral(
        vault, ReferralRequest(client.id, agency.id, "Elder support", alias_consent=consent_here)
    )
    return _text(build_referral_slip(referrals.referral_slip(vault, referral.id))), client.code


def test_slip_is_half_a_letter_page_with_what_the_agency_needs() -> None:
    pdf = build_referral_slip(SLIP)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == PAGE == (612.0, 396.0)
    text = _text(pdf)
    for expected in (
        AGENCY,
        "330 Chief Alex Thomas Way, Kamloops BC",
        "250-555-0120",
        "Mon–Fri 9:00–16:30",
        "SHOP drop-in centre",
        "100 Example Street",
        "250-555-0100",
        "Staff: Robin",
        "R-2026-0042",
        "May 1, 2026",
        "Needs a sexual health check-up.",
        "STI testing",
        "Sofía Zoë",
        "Client's initials",
        "the name I use here",
    ):
        assert expected in text, expected


def test_alias_only_with_consent_and_the_code_otherwise(vault: Vault) -> None:
    text, code = _slip_for(vault, "Renée O'Neil", consent_on_record=True, consent_here=True)
    assert "Renée O'Neil" in text and code not in text and "NAME GIVEN" in text
    text, code = _slip_for(vault, "Kiki Moon", consent_on_record=True, consent_here=False)
    assert "Kiki" not in text and code in text and "CLIENT CODE" in text and "my client code" in text
    text, code = _slip_for(vault, "Starla Sky", consent_on_record=False, consent_here=False)
    assert "Starla" not in text and code in text


def test_agency_details_come_from_the_directory(vault: Vault) -> None:
    text, _ = _slip_for(vault, "Jade", consent_on_record=True, consent_here=True)
    assert AGENCY in text and "250-555-0120" in text and "Elder support" in text and "Test Drop-in" in text
    assert "Cora" in text and "Ordinator" not in text  # the staff member's first name only


@pytest.mark.parametrize("alias", ["Мила Ирина", "Ŝarlota Ĉu", "Kateri Two Rivers", "Noémie Élodie", "Lək̓ʷəŋən"])
def test_non_latin_and_accented_names_render_in_the_embedded_font(alias: str) -> None:
    pdf = build_referral_slip(replace(SLIP, client_label=alias, agency_name=f"{alias} Centre"))
    assert alias in _text(pdf)
    fonts = _font_names(pdf)
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("ShopSans" in name or "DejaVu" in name for name, _ in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


def test_long_text_still_fits_in_readable_type(vault: Vault) -> None:
    client = make_client(vault, "Long Reason")
    agency = referrals.add_agency(vault, AgencyDetails("A" * 120, "housing", "B " * 150, "1" * 40, "C " * 100))
    referral = referrals.make_referral(
        vault, ReferralRequest(client.id, agency.id, "reason " * 71, services_requested="service " * 37)
    )
    pdf = build_referral_slip(referrals.referral_slip(vault, referral.id))
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 2  # the longest allowed text goes on to a second half page
    assert "Client's initials" in reader.pages[-1].extract_text()
    assert referral.number in reader.pages[-1].extract_text()
