"""Synthetic aggressor alerts for the demo vault: invented descriptions, vehicles and numbers.

Phone numbers use the 555-0100 to 555-0199 range set aside for fiction; plates are random. A few
aggressors come back in several reports (same number or plate), as they do in real life, so the
lookup has something to find. A few alerts carry a follow-up link to a demo client.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from shop_desktop.core.safety import alert_links, alerts
from shop_desktop.core.safety.alerts import AlertDetails
from shop_desktop.core.store.vault import Vault

AREA_CODES = ("250", "778", "236", "604", "672")
GENDERS = ("Man", "Man", "Man", "Man", "Woman", "Trans woman")
AGES = ("20s", "30", "35", "40s", "45", "50s", "60", "late 30s")
HEIGHTS = ("short", "about 5'8\"", "about 6'", "tall, 6'3\"", "average height")
BUILDS = ("heavy", "thin", "stocky", "medium", "muscular")
HAIR = ("short brown", "bald", "grey, balding", "long black", "buzz cut", "red beard", "blond ponytail")
SKIN = ("light", "medium", "dark", "tanned", "olive")
MARKS = (
    "tattoo of a snake on left forearm",
    "scar through right eyebrow",
    "missing front tooth",
    "glasses",
    "gold chain",
    "limps",
    "tattoo on neck",
    None,
    None,
    None,
)
CLOTHES = ("black hoodie", "work vest", "Canucks cap", "leather jacket", "suit", "camo jacket", None)
NAMES = ("Dave", "Mike", "John", "Steve", "Rick", "Tony", "Chris", None, None, None)
CARS = (
    ("Honda", "Civic"),
    ("Ford", "F-150"),
    ("Toyota", "Corolla"),
    ("Dodge", "Caravan"),
    ("Chevrolet", "Silverado"),
    ("Nissan", "Altima"),
    ("BMW", "3 series"),
    ("Hyundai", "Elantra"),
)
COLOURS = ("silver", "black", "white", "dark blue", "red", "grey")
PLACES = (
    "Rock Bay Ave",
    "Government St near the bridge",
    "industrial area",
    "Douglas St, north end",
    "motel on the highway",
    "Pandora Ave",
    "parking lot behind the mall",
    "his apartment downtown",
)
PLATFORMS = ("Leolist", "a dating app", "Instagram", "a text line")
VENUES = ("a massage parlour", "a hotel bar", "an after-hours club")
STORIES = {
    "physical_assault": "He became angry without warning and hit the worker several times.",
    "sexual_assault": "He forced acts that were not agreed to and would not stop when asked.",
    "robbery": "He took the worker's money and phone, then drove off.",
    "threats": "He threatened to hurt the worker and said he knew where the worker stays.",
    "extortion": "He demanded money and threatened to post photos online.",
    "refused_to_pay": "He refused to pay afterwards and pushed the worker out of the car.",
    "removed_condom": "He removed the condom without telling the worker.",
    "drugged": "The worker believes a drink was drugged and woke up somewhere else.",
    "stalking": "He has followed workers on foot and keeps driving past the same corner.",
    "other": "He was aggressive and tried to get others to leave with him.",
}
WEIGHTS = (18, 10, 14, 16, 4, 20, 8, 4, 5, 3)


def _phone(rng: random.Random) -> str:
    number = f"{rng.choice(AREA_CODES)}{555}{rng.randint(100, 199):04d}"
    style = rng.randrange(4)
    return (
        f"({number[:3]}) {number[3:6]}-{number[6:]}",
        f"{number[:3]}.{number[3:6]}.{number[6:]}",
        f"+1 {number[:3]} {number[3:6]} {number[6:]}",
        number,
    )[style]


def _plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    plate = "".join(rng.choice(letters) for _ in range(3)) + " " + "".join(str(rng.randint(0, 9)) for _ in range(3))
    return plate if rng.random() > 0.15 else plate[-3:]  # sometimes only part of it was seen


def _aggressor(rng: random.Random) -> dict[str, str | None]:
    make, model = rng.choice(CARS)
    drives = rng.random() < 0.6
    return {
        "gender": rng.choice(GENDERS),
        "age": rng.choice(AGES),
        "height": rng.choice(HEIGHTS),
        "build": rng.choice(BUILDS),
        "hair": rng.choice(HAIR),
        "skin_tone": rng.choice(SKIN),
        "marks": rng.choice(MARKS),
        "clothing": rng.choice(CLOTHES),
        "name_used": rng.choice(NAMES),
        "vehicle_make": make if drives else None,
        "vehicle_model": model if drives and rng.random() < 0.7 else None,
        "vehicle_colour": rng.choice(COLOURS) if drives else None,
        "plate": _plate(rng) if drives else None,
        "phones": _phone(rng) if rng.random() < 0.55 else None,
        "handles": f"@{rng.choice(NAMES) or 'guy'}{rng.randint(1, 999)}".lower() if rng.random() < 0.25 else None,
    }


def _details(rng: random.Random, aggressor: dict[str, str | None], on: date) -> AlertDetails:
    kinds = tuple(dict.fromkeys(rng.choices(tuple(alerts.CATEGORIES), WEIGHTS, k=rng.choice((1, 1, 2, 3)))))
    method = rng.choices(tuple(alerts.CONTACT_METHODS), (50, 15, 25, 8, 2))[0]
    where = rng.choice(PLATFORMS) if method == "online" else rng.choice(VENUES) if method == "venue" else None
    story = " ".join(STORIES[k] for k in kinds)
    return AlertDetails(
        occurred_on=on.isoformat(),
        categories=kinds,
        narrative=story,
        occurred_time=f"{rng.choice((20, 21, 22, 23, 0, 1, 2, 3, 14, 17)):02d}:{rng.choice((0, 15, 30, 45)):02d}"
        if rng.random() < 0.8
        else None,
        location=rng.choice(PLACES),
        contact_method=method,
        contact_where=where,
        police=rng.choices(tuple(alerts.POLICE), (60, 15, 25))[0],
        **aggressor,
    )


def populate_alerts(vault: Vault, rng: random.Random, *, count: int, days: int) -> int:
    """`count` alerts over the last `days` days, in one transaction; some resolved, a few archived."""
    if count <= 0:
        return 0
    today = date.today()
    regulars = [_aggressor(rng) for _ in range(max(3, count // 12))]
    clients = [r[0] for r in vault.conn.execute("SELECT id FROM clients WHERE status = 'active' LIMIT 200")]
    with vault.transaction():
        for _ in range(count):
            occurred = today - timedelta(days=rng.randrange(max(1, days)))
            reported = min(today, occurred + timedelta(days=rng.choice((0, 0, 1, 2, 5))))
            aggressor = rng.choice(regulars) if rng.random() < 0.3 else _aggressor(rng)
            alert = alerts.report_alert(vault, _details(rng, aggressor, occurred), reported_on=reported)
            roll = rng.random()
            if roll < 0.1:
                alerts.set_status(vault, alert.id, alerts.RESOLVED)
            elif roll < 0.13:
                alerts.set_status(vault, alert.id, alerts.ARCHIVED)
            if clients and vault.has_notes_key and rng.random() < 0.08:
                alert_links.set_follow_up(vault, alert.id, rng.choice(clients))
    return count
