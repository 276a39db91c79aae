"""Synthetic counselling notes for the demo vault: realistic lengths, a few very long ones.

Every word is invented from templates; no real person or story is in them.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from shop_desktop.core.care import notes
from shop_desktop.core.store.vault import Vault

OPENERS = (
    "Client dropped in and asked to talk.",
    "Scheduled session in the quiet room.",
    "Client came in upset after a difficult night.",
    "Follow-up from last week's conversation.",
    "Client asked for help with paperwork.",
    "Short check-in at the front desk, moved to the office.",
)
MIDDLES = (
    "We talked about housing options and the waitlist at the shelter.",
    "Client described a bad date on the weekend; we went through the aggressor alert together.",
    "Discussed income assistance and the documents needed for the appointment.",
    "Client is worried about the landlord raising the rent again.",
    "We reviewed the safety plan: check-in times, a code word with a friend, where to go.",
    "Client wants to reconnect with family and is unsure how to start.",
    "Talked through sleep, stress and what has helped before.",
    "Client asked about the health clinic hours and a referral to the nurse.",
    "We discussed legal aid for an upcoming court date.",
    "Client talked about using less and wanting support with that.",
    "Went over options for a safer work arrangement and screening clients.",
)
CLOSERS = (
    "Agreed to meet again next week.",
    "Client left feeling calmer.",
    "Referral slip printed and explained.",
    "Will follow up after the appointment.",
    "Client knows they can drop in any time.",
)
TAGS = tuple(notes.TOPIC_TAGS)


def note_body(rng: random.Random, long: bool = False) -> str:
    sentences = [rng.choice(OPENERS)]
    count = rng.randint(400, 900) if long else rng.randint(2, 9)
    sentences += [rng.choice(MIDDLES) for _ in range(count)]
    sentences.append(rng.choice(CLOSERS))
    return " ".join(sentences)


def populate_notes(vault: Vault, rng: random.Random, *, count: int, days: int) -> int:
    """`count` signed notes spread over the clients who visit most, over the last `days` days."""
    if count <= 0:
        return 0
    regulars = [
        r[0]
        for r in vault.conn.execute(
            "SELECT client_id FROM visits WHERE client_id IS NOT NULL GROUP BY client_id ORDER BY count(*) DESC"
            " LIMIT 600"
        ).fetchall()
    ]
    if not regulars:
        return 0
    weights = [1.0 / (rank + 1) ** 0.6 for rank in range(len(regulars))]
    now = datetime.now().replace(second=0, microsecond=0)
    kinds, kind_weights = ("counselling", "crisis", "case", "safety_plan"), (55, 12, 28, 5)
    items = []
    for index in range(count):
        when = now - timedelta(minutes=rng.randrange(days * 24 * 60))
        body = note_body(rng, long=index % 2000 == 7)
        tags = tuple(rng.sample(TAGS, rng.randint(0, 3)))
        items.append(
            (
                rng.choices(regulars, weights)[0],
                rng.choices(kinds, kind_weights)[0],
                when.isoformat(timespec="minutes"),
                rng.choice((15, 30, 45, 60, None)),
                body,
                tags,
            )
        )
    with vault.transaction():
        for start in range(0, len(items), 5000):
            notes.insert_signed_bulk(vault, items[start : start + 5000])
        vault.audit("demo.notes_added", None, None, notes=len(items))
    return len(items)
