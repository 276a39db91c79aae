"""An alert in plain English words, shared by the screen, the sheet and exports."""

from __future__ import annotations

from datetime import date

from shop_desktop.core.safety.alert_model import CATEGORIES, CONTACT_PHRASES, AlertDetails
from shop_desktop.core.safety.alert_normalising import phone_display, split_list


def _join(parts: list[str | None], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def when_where(details: AlertDetails) -> str:
    day = date.fromisoformat(details.occurred_on)
    when = f"{day:%a %d %b %Y}" + (f", {details.occurred_time}" if details.occurred_time else "")
    how = CONTACT_PHRASES[details.contact_method] + (f" ({details.contact_where})" if details.contact_where else "")
    return _join([when, details.location, how], " · ")


def harms_text(details: AlertDetails) -> str:
    return ", ".join(CATEGORIES[k] for k in details.categories)


def description_text(details: AlertDetails) -> str:
    d = details
    age = f"about {d.age}" if d.age and d.age.isdigit() else d.age
    build = f"{d.build} build" if d.build and "build" not in d.build.lower() else d.build
    skin = f"{d.skin_tone} skin" if d.skin_tone and "skin" not in d.skin_tone.lower() else d.skin_tone
    first = _join([d.gender, age, d.height, build, skin])
    return _join(
        [
            first[:1].upper() + first[1:] if first else None,
            f"Hair: {d.hair}" if d.hair else None,
            f"Marks: {d.marks}" if d.marks else None,
            f"Wearing: {d.clothing}" if d.clothing else None,
            f"Name used: {d.name_used}" if d.name_used else None,
        ],
        ". ",
    )


def vehicle_text(details: AlertDetails) -> str:
    d = details
    car = _join([d.vehicle_colour, d.vehicle_make, d.vehicle_model], " ")
    plates = ", ".join(p.upper() for p in split_list(d.plate))
    return _join([car[:1].upper() + car[1:] if car else None, f"plate {plates}" if plates else None])


def contact_text(details: AlertDetails) -> str:
    phones = ", ".join(phone_display(p) for p in split_list(details.phones))
    return _join(
        [
            f"Phone {phones}" if phones else None,
            f"Online {', '.join(split_list(details.handles))}" if details.handles else None,
        ],
        "; ",
    )
