"""A device that holds only part of each client (the outreach laptop: alias and code, profiles.py).

What it can't do, and why in plain words: take a detail it must not hold (a phone typed there would
stay on the street), and erase or merge a client: its change would blank only the columns it holds,
and a person who asked to be forgotten would keep their phone, remark and birth year at the centre.
"""

from __future__ import annotations

from typing import Any

from shop_desktop.core.errors import QT_TRANSLATE_NOOP
from shop_desktop.core.sync.profiles import left_at_the_centre, profile_of_device

ALIAS_ONLY = QT_TRANSLATE_NOOP(
    "core",
    "This laptop keeps only the alias. Phone, remark and the other details are kept at the centre:"
    " leave them blank here, and the front desk can add them.",
)
AT_THE_CENTRE_ONLY = QT_TRANSLATE_NOOP(
    "core",
    "Erasing and merging clients is done at the centre PC, which holds all of their record: this device keeps"
    " only their alias and code, so it can't erase their phone, remark or other details. Ask the coordinator"
    " at the centre; the change reaches this device at its next sync.",
)


def left_here(conn: Any) -> frozenset[str]:
    """The clients' columns this device never holds (none at the centre or an office)."""
    return left_at_the_centre(profile_of_device(conn), "clients")
