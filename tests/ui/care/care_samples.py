"""Realistic people and resources for the care section's tests and screenshots."""

from __future__ import annotations

from datetime import date

from hj_journal.core.care.care_map import PersonInput
from hj_journal.core.services import Services

TODAY = date(2024, 6, 14)
"""The day the pages are told it is (an ordinary day, fixed so pictures stay the same)."""

FEW = [
    PersonInput(
        "Amara",
        ring=1,
        roles=["harmed", "witnessed"],
        good_at="Listening",
        asked=True,
        capacity="Evenings",
        offer="Childcare on Saturdays",
        contact="Signal",
    ),
    PersonInput("Jo", ring=1, roles=["caused_harm"], good_at="Telling me the truth kindly"),
    PersonInput("Cousin Devi", ring=2, good_at="Practical help"),
    PersonInput("Mr. Okafor next door", ring=2),
    PersonInput("Healing circle", kind="organisation", ring=3, contact="Thursdays, 7 pm"),
    PersonInput("Tenants' union", kind="organisation", ring=3),
]

NAMES = [
    "Amara",
    "Jo",
    "Cousin Devi",
    "Mr. Okafor next door",
    "Sam",
    "Priya",
    "Luz",
    "Kofi",
    "Noor",
    "Ana Beatriz dos Santos Oliveira",
    "Tomás",
    "Wen",
    "Grandmother Ruth",
    "Ilse",
    "Mariam",
    "Dee",
    "Hana",
    "The choir",
    "Yusuf",
    "Ceci",
    "Rafael",
    "Mina",
    "Bo",
    "Keanu",
    "Leilani",
    "Zed",
    "Oksana",
    "Farid",
    "Aroha",
    "Community health workers",
]


def add_few(services: Services) -> list[int]:
    """Six people over the three rings; their ids."""
    return [services.care.add_person(person).id for person in FEW]


def add_many(services: Services, count: int = 30) -> list[int]:
    """``count`` people spread over the rings (most in the inner two)."""
    ids = []
    for index, name in enumerate(NAMES[:count]):
        ring = 1 if index % 3 == 0 else 2 if index % 3 == 1 else 3
        kind = "organisation" if name in {"The choir", "Community health workers"} else "person"
        ids.append(services.care.add_person(PersonInput(name, kind=kind, ring=ring)).id)
    return ids
