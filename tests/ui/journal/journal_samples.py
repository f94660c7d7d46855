"""Realistic sample entries for render tests and screenshots."""

from __future__ import annotations

from datetime import date, timedelta

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services

SAMPLES = [
    (
        "Slow morning",
        "Tea on the back step before anyone else was up. The light came in sideways and "
        "for ten minutes nothing needed me. I want to remember how *that* felt.",
        ("rest", "morning"),
        None,
    ),
    (
        "Call with Amara",
        "We talked about the housing meeting. She offered to come with me on Thursday, "
        "which I didn't expect. Asking was hard; being answered was easy.",
        ("community", "care map"),
        None,
    ),
    (
        "A heavy day",
        "Writing this down so it is somewhere other than in my chest.",
        ("work",),
        "Grief and a hospital visit",
    ),
    (
        "What helped this week",
        "- the walk by the river\n- saying no to the extra shift\n- cooking with Sam",
        ("rest", "what helps"),
        None,
    ),
    (
        "Notes on <b>boundaries</b> & rest",
        "Tried the box breathing before the meeting. Tea & quiet afterwards.",
        ("rest",),
        None,
    ),
    (
        "",
        "No title today. Just that the garden is coming back and so, slowly, am I.",
        (),
        None,
    ),
]


def add_samples(services: Services, start: date = date(2024, 6, 28)) -> list[int]:
    """Write the sample entries, one a day going back from ``start``."""
    ids = []
    for i, (title, body, tags, note) in enumerate(SAMPLES):
        data = EntryInput(
            entry_date=start - timedelta(days=2 * i),
            title=title,
            body=body,
            tags=tags,
            content_note=note,
        )
        ids.append(services.journal.create(data).id)
    return ids
