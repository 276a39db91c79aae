"""The person's record as a PDF: the centre's name and the date, every section, severing marked."""

from __future__ import annotations

import io
import os
from pathlib import Path

from pypdf import PdfReader

from shop_desktop.core.records import access_request
from shop_desktop.core.store.vault import Vault
from shop_desktop.reports.access_record import build_access_record
from tests.access_case import accept_all, build_case
from tests.reports.test_every_pdf_embeds_its_fonts import every_font


def test_the_pdf_reads_as_the_record_with_centre_date_sections_and_severing(vault: Vault) -> None:
    case = build_case(vault)
    accept_all(vault, case.request_id)
    record = access_request.build_record(vault, case.request_id)
    pdf = build_access_record(record)
    if os.environ.get("SHOP_LOOK_AT"):  # for a person to render and look at: pdftoppm -png
        Path(os.environ["SHOP_LOOK_AT"]).write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages).replace("\xa0", " ")
    first = reader.pages[0].extract_text()
    assert "Test Drop-in" in first and "Your record" in first and record.made_on in first
    for section in record.sections:
        assert section.title in text
    assert text.count("[severed: s. 23(4)(c)]") >= sum(s.count for s in record.severed)
    assert f"Page {len(reader.pages)}" in text
    assert all(embedded for _, embedded in every_font(pdf))
