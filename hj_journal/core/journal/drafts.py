"""Autosaved editor drafts, so nothing typed is lost to a crash or a quick exit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from hj_journal.core.journal.entries import normalise_tags
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import Draft
from hj_journal.store.vault import Vault

MAIN = "main"


@dataclass(frozen=True)
class DraftState:
    """What the editor holds. ``entry_uuid`` is set when an existing entry is being edited."""

    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    entry_date: date | None = None
    content_note: str | None = None
    prompt_key: str | None = None
    entry_uuid: str | None = None
    updated_at: datetime | None = None

    @property
    def is_empty(self) -> bool:
        """True when there is nothing worth keeping."""
        return not (self.title.strip() or self.body.strip() or self.tags)


class Drafts:
    """The draft slots of one vault (the journal editor uses :data:`MAIN`)."""

    def __init__(self, vault: Vault, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._vault = vault
        self._clock = clock

    def save(self, state: DraftState, slot: str = MAIN) -> None:
        """Store the editor's state, replacing the slot's previous draft."""
        with self._vault.transaction() as session:
            draft = session.scalar(select(Draft).where(Draft.slot == slot))
            if draft is None:
                draft = Draft(slot=slot)
                session.add(draft)
            draft.title = state.title
            draft.body = state.body
            draft.tags = list(normalise_tags(state.tags))
            draft.entry_date = state.entry_date
            draft.content_note = state.content_note
            draft.prompt_key = state.prompt_key
            draft.entry_uuid = state.entry_uuid
            draft.updated_at = self._clock()

    def load(self, slot: str = MAIN) -> DraftState | None:
        """The slot's draft, if there is one."""
        with self._vault.session() as session:
            draft = session.scalar(select(Draft).where(Draft.slot == slot))
            if draft is None:
                return None
            return DraftState(
                title=draft.title,
                body=draft.body,
                tags=tuple(str(t) for t in draft.tags),
                entry_date=draft.entry_date,
                content_note=draft.content_note,
                prompt_key=draft.prompt_key,
                entry_uuid=draft.entry_uuid,
                updated_at=draft.updated_at,
            )

    def discard(self, slot: str = MAIN) -> None:
        """Forget the slot's draft (after the entry was saved, or when the user says so)."""
        with self._vault.transaction() as session:
            draft = session.scalar(select(Draft).where(Draft.slot == slot))
            if draft is not None:
                session.delete(draft)
