"""Journal drafts: saved, replaced and discarded."""

from __future__ import annotations

from datetime import date

from hj_journal.core.journal.drafts import DraftState
from hj_journal.core.services import Services


def test_a_draft_is_saved_replaced_and_discarded(services: Services) -> None:
    drafts = services.drafts
    assert drafts.load() is None
    drafts.save(
        DraftState(title="First", body="typing…", tags=("a",), entry_date=date(2026, 1, 1))
    )
    drafts.save(DraftState(title="Second", body="more typing", tags=("#b", "a")))
    loaded = drafts.load()
    assert loaded is not None
    assert (loaded.title, loaded.body, loaded.tags) == ("Second", "more typing", ("a", "b"))
    assert loaded.updated_at is not None
    assert drafts.load("other") is None
    drafts.discard()
    assert drafts.load() is None
    assert DraftState().is_empty and not DraftState(body="x").is_empty
