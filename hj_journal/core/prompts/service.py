"""Healing Justice prompts as a person sees them: today's prompt, their own, and packs.

Built-in packs live in ``resources/prompts`` and never change. A person's choices
about a built-in prompt ("hide this forever") are ``Prompt`` rows with
``builtin=True`` keyed by the built-in id. Their own prompts belong to their own packs
(``PromptPack`` rows): the ones they write go to "Your prompts", imported files become
packs of their own. An own prompt's key is ``own:<pack key>:<prompt id>``; the colon
can never appear in a built-in id, so keys never clash, and re-importing a pack keeps
the keys (and so the links from entries) of the prompts it already had.

Today's prompt is the same all day (see :func:`choose_prompt`); "another prompt" steps
through the day's order and is remembered for the day; "not today" is a
``PromptEvent`` so the prompt is not offered again that day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.common.principles import Principle
from hj_journal.core.common.slugs import slug_for
from hj_journal.core.common.tomlcheck import Problem
from hj_journal.core.prompts import library as lib
from hj_journal.core.prompts.store import (
    PackExtras,
    PackView,
    PromptView,
    builtin_view,
    own_key,
    own_pack_view,
    own_view,
    prompt_id_of,
)
from hj_journal.core.settings import PromptStep, VaultSettings
from hj_journal.store.models import Prompt, PromptEvent, PromptPack
from hj_journal.store.vault import Vault

MY_PACK_KEY = "my-prompts"
NOT_TODAY = "not_today"

__all__ = [
    "Conflict",
    "PackExistsError",
    "PackFileError",
    "PackImport",
    "PackView",
    "PromptError",
    "PromptInput",
    "PromptView",
    "Prompts",
]


class Conflict(StrEnum):
    """What to do when an imported pack's id is already taken."""

    REFUSE = "refuse"  # raise PackExistsError so the person can choose
    REPLACE = "replace"  # replace the prompts of the own pack with that id
    COPY = "copy"  # keep both: the new pack gets a free id ("name-2")


@dataclass(frozen=True)
class PromptInput:
    """A prompt as the person wrote it."""

    text: str
    principle: Principle | str
    follow_ups: Sequence[str] = ()
    content_note: str | None = None


@dataclass(frozen=True)
class PackImport:
    """What an import did. ``problems`` lists the prompts left out, and why."""

    pack: PackView
    added: int
    updated: int
    removed: int
    problems: tuple[Problem, ...] = ()


class PromptError(InputError):
    """A prompt the person wrote breaks the rules for prompts; nothing was saved."""


class PackFileError(InputError):
    """A pack file can't be used at all. :attr:`problems` says why, item by item."""

    def __init__(self, message: str, problems: Iterable[Problem]) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


class PackExistsError(InputError):
    """The pack's id is taken; :attr:`builtin` tells whether by a built-in pack."""

    def __init__(self, message: str, key: str, *, builtin: bool) -> None:
        super().__init__(message)
        self.key = key
        self.builtin = builtin


def _checked_prompt(data: PromptInput, prompt_id: str) -> lib.Prompt:
    """The prompt as the pack validator reads it back, or :class:`PromptError`."""
    if str(data.principle) not in {p.value for p in Principle}:
        raise PromptError(
            translate(
                "PromptsService",
                "Choose one of the five principles for this prompt.",
            )
        )
    if not data.text.strip():
        raise PromptError(
            translate(
                "PromptsService",
                "Write the words of the prompt first.",
            )
        )
    prompt = lib.Prompt(
        id=prompt_id,
        pack_id="your-prompts",
        principle=Principle(str(data.principle)),
        text=data.text.strip(),
        follow_ups=tuple(f.strip() for f in data.follow_ups if f.strip()),
        content_note=(data.content_note or "").strip() or None,
    )
    probe = lib.PromptPack(id="your-prompts", name="Your prompts", prompts=(prompt,))
    # Written out and read back through the same checks as every pack file.
    result = lib.parse_pack(lib.export_pack(probe), "Your prompt")
    if result.problems or result.pack is None:
        problem = result.problems[0]
        where = problem.field.replace("_", "-").replace("-", " ") or "The prompt"
        raise PromptError(f"{where[:1].upper()}{where[1:]} {problem.message}")
    return result.pack.prompts[0]


class Prompts:
    """Prompts, packs and today's prompt in one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        settings: VaultSettings,
        *,
        today: Callable[[], date] = date.today,
        builtins: Callable[[], tuple[lib.PromptPack, ...]] = lib.load_builtin_packs,
    ) -> None:
        self._vault = vault
        self._settings = settings
        self._today = today
        self._load_builtins = builtins
        self._builtins: tuple[lib.PromptPack, ...] | None = None

    # ------------------------------------------------------------------ reading

    def builtin_packs(self) -> tuple[lib.PromptPack, ...]:
        """The built-in packs (read from the resources once)."""
        if self._builtins is None:
            self._builtins = self._load_builtins()
        return self._builtins

    def all_prompts(
        self,
        *,
        include_hidden: bool = False,
        principle: Principle | str | None = None,
        pack_key: str | None = None,
    ) -> list[PromptView]:
        """Every prompt, built-in packs first, in pack order."""
        views: list[PromptView] = []
        with self._vault.session() as session:
            hidden = set(session.scalars(select(Prompt.key).where(Prompt.builtin, Prompt.hidden)))
            for pack in self.builtin_packs():
                views.extend(builtin_view(p, pack, p.id in hidden) for p in pack.prompts)
            for pack_row in session.scalars(select(PromptPack).order_by(PromptPack.id)):
                extras = PackExtras.load(self._settings, session, pack_row)
                rows = session.scalars(
                    select(Prompt).where(Prompt.pack_id == pack_row.id).order_by(Prompt.id)
                )
                views.extend(own_view(row, pack_row, extras) for row in rows)
        return [
            view
            for view in views
            if (include_hidden or not view.hidden)
            and (principle is None or view.principle == principle)
            and (pack_key is None or view.pack_key == pack_key)
        ]

    def get(self, key: str) -> PromptView:
        """One prompt, hidden or not."""
        view = self.lookup(key)
        if view is None:
            raise NotFoundError(
                translate(
                    "PromptsService",
                    "That prompt is no longer in your library.",
                )
            )
        return view

    def lookup(self, key: str) -> PromptView | None:
        """One prompt, or ``None`` (an entry may name a prompt that was deleted)."""
        return next((v for v in self.all_prompts(include_hidden=True) if v.key == key), None)

    def counts_by_principle(self, *, include_hidden: bool = False) -> dict[Principle, int]:
        """How many prompts there are for each principle."""
        counts = dict.fromkeys(Principle, 0)
        for view in self.all_prompts(include_hidden=include_hidden):
            counts[view.principle] += 1
        return counts

    def packs(self) -> list[PackView]:
        """Built-in packs, then the person's own."""
        views = [
            PackView(
                key=p.id,
                name=p.name,
                description=p.description,
                author=p.author,
                builtin=True,
                prompt_count=len(p.prompts),
                guided=p.guided,
            )
            for p in self.builtin_packs()
        ]
        with self._vault.session() as session:
            for row in session.scalars(select(PromptPack).order_by(PromptPack.id)):
                count = len(
                    session.scalars(select(Prompt.id).where(Prompt.pack_id == row.id)).all()
                )
                views.append(
                    own_pack_view(row, count, PackExtras.load(self._settings, session, row))
                )
        return views

    # ------------------------------------------------------------------ today

    def principles(self) -> tuple[Principle, ...]:
        """The principles Today's prompt draws from, as the person chose them."""
        return self._settings.prompt_principles

    def set_principles(self, principles: Iterable[Principle | str]) -> None:
        """Choose the principles Today's prompt draws from (none is allowed: no prompt)."""
        chosen = {str(p) for p in principles}
        unknown = chosen - {p.value for p in Principle}
        if unknown:
            raise InputError(
                translate(
                    "PromptsService",
                    "Choose from the five Healing Justice principles.",
                )
            )
        self._settings.prompt_principles = tuple(p for p in Principle if p.value in chosen)

    @property
    def include_content_notes(self) -> bool:
        """Whether Today may offer prompts that carry a content note."""
        return self._settings.prompt_content_notes

    def set_include_content_notes(self, include: bool) -> None:
        """Let Today offer prompts with a content note, or keep them out."""
        self._settings.prompt_content_notes = bool(include)

    def today(self, day: date | None = None) -> PromptView | None:
        """Today's prompt: the same all day unless the person asks for another."""
        day = day or self._today()
        return self._choose(day, self._step(day))

    def another(self, day: date | None = None) -> PromptView | None:
        """A different prompt for today (remembered for the rest of the day)."""
        day = day or self._today()
        step = self._step(day) + 1
        self._settings.another_prompt = PromptStep(day, step)
        return self._choose(day, step)

    def not_today(self, key: str, day: date | None = None) -> PromptView | None:
        """Not this prompt today (it may come back another day); returns the next one."""
        day = day or self._today()
        with self._vault.transaction() as session:
            session.add(PromptEvent(prompt_key=key, day=day, kind=NOT_TODAY))
        return self.today(day)

    def hide(self, key: str) -> None:
        """Never offer this prompt again (it can be brought back in the manager)."""
        self._set_hidden(key, True)

    def unhide(self, key: str) -> None:
        """Offer a hidden prompt again."""
        self._set_hidden(key, False)

    def _step(self, day: date) -> int:
        stored = self._settings.another_prompt
        return stored.step if stored is not None and stored.day == day else 0

    def _choose(self, day: date, step: int) -> PromptView | None:
        views = {view.key: view for view in self.all_prompts()}
        with self._vault.session() as session:
            not_today = set(
                session.scalars(
                    select(PromptEvent.prompt_key).where(
                        PromptEvent.day == day, PromptEvent.kind == NOT_TODAY
                    )
                )
            )
        candidates = [view.as_library_prompt() for view in views.values()]
        chosen = lib.choose_prompt(
            candidates,
            principles=self.principles(),
            day=day,
            not_today_ids=not_today,
            seed_extra=step,
            include_content_notes=self.include_content_notes,
        )
        return None if chosen is None else views[chosen.id]

    def _set_hidden(self, key: str, hidden: bool) -> None:
        builtin_ids = {p.id for pack in self.builtin_packs() for p in pack.prompts}
        with self._vault.transaction() as session:
            row = session.scalar(select(Prompt).where(Prompt.key == key))
            if row is None:
                if key not in builtin_ids:
                    raise NotFoundError(
                        translate(
                            "PromptsService",
                            "That prompt is no longer in your library.",
                        )
                    )
                row = Prompt(key=key, builtin=True)
                session.add(row)
            row.hidden = hidden

    # ------------------------------------------------------------------ own prompts

    def add_prompt(self, data: PromptInput, pack_key: str = MY_PACK_KEY) -> PromptView:
        """Save a prompt of the person's own (in "Your prompts" unless a pack is named)."""
        with self._vault.transaction() as session:
            pack = self._own_pack(session, pack_key, create=pack_key == MY_PACK_KEY)
            taken = {
                prompt_id_of(k)
                for k in session.scalars(select(Prompt.key).where(Prompt.pack_id == pack.id))
            }
            prompt_id = _free_id(slug_for(" ".join(data.text.split()[:6]), "prompt")[:40], taken)
            checked = _checked_prompt(data, prompt_id)
            row = Prompt(key=own_key(pack.key, prompt_id), pack_id=pack.id, builtin=False)
            _fill(row, checked)
            session.add(row)
            key = row.key
        return self.get(key)

    def update_prompt(self, key: str, data: PromptInput) -> PromptView:
        """Change the words of one of the person's own prompts."""
        with self._vault.transaction() as session:
            row = self._own_prompt(session, key)
            _fill(row, _checked_prompt(data, prompt_id_of(key)))
        return self.get(key)

    def delete_prompt(self, key: str) -> None:
        """Delete an own prompt. Entries written about it keep their words."""
        with self._vault.transaction() as session:
            session.delete(self._own_prompt(session, key))

    def create_pack(self, name: str, description: str = "", author: str = "") -> PackView:
        """A new, empty pack of the person's own."""
        name = " ".join(name.split())
        if not name:
            raise InputError(
                translate(
                    "PromptsService",
                    "Give the pack a name.",
                )
            )
        with self._vault.transaction() as session:
            key = self._free_pack_key(session, slug_for(name, "my-pack"))
            session.add(
                PromptPack(key=key, name=name[:120], description=description, author=author)
            )
        return self._pack_view(key)

    def delete_pack(self, key: str) -> None:
        """Delete an own pack and its prompts."""
        with self._vault.transaction() as session:
            row = self._own_pack(session, key, create=False)
            PackExtras.forget(self._settings, session, row)
            session.execute(delete(Prompt).where(Prompt.pack_id == row.id))
            session.delete(row)

    def _pack_view(self, key: str) -> PackView:
        return next(p for p in self.packs() if p.key == key and not p.builtin)

    def _own_pack(self, session: Session, key: str, *, create: bool) -> PromptPack:
        row = session.scalar(select(PromptPack).where(PromptPack.key == key))
        if row is None:
            if not create:
                raise NotFoundError(
                    translate(
                        "PromptsService",
                        "That pack is no longer in your library.",
                    )
                )
            row = PromptPack(key=key, name="Your prompts", description="Prompts you wrote.")
            session.add(row)
            session.flush()
        return row

    @staticmethod
    def _own_prompt(session: Session, key: str) -> Prompt:
        row = session.scalar(select(Prompt).where(Prompt.key == key))
        if row is None:
            raise NotFoundError(
                translate(
                    "PromptsService",
                    "That prompt is no longer in your library.",
                )
            )
        if row.builtin:
            raise InputError(
                translate(
                    "PromptsService",
                    "Built-in prompts can be hidden, but not changed.",
                )
            )
        return row

    def _free_pack_key(self, session: Session, wanted: str) -> str:
        taken = {p.id for p in self.builtin_packs()} | set(session.scalars(select(PromptPack.key)))
        return _free_id(wanted, taken)

    # ------------------------------------------------------------------ files

    def export_pack(self, key: str) -> str:
        """A pack (built in or own) as a file others can import."""
        for pack in self.builtin_packs():
            if pack.id == key:
                return lib.export_pack(pack)
        view = self._pack_view_or_none(key)
        if view is None:
            raise NotFoundError(
                translate(
                    "PromptsService",
                    "That pack is no longer in your library.",
                )
            )
        prompts = tuple(
            v.as_library_prompt(export=True)
            for v in self.all_prompts(include_hidden=True, pack_key=key)
        )
        if not prompts:
            raise InputError(
                translate(
                    "PromptsService",
                    "This pack has no prompts yet, so there is nothing to export.",
                )
            )
        return lib.export_pack(view.as_library_pack(prompts))

    def _pack_view_or_none(self, key: str) -> PackView | None:
        return next((p for p in self.packs() if p.key == key and not p.builtin), None)

    def import_pack(
        self, data: str | bytes, source_name: str, *, on_conflict: Conflict = Conflict.REFUSE
    ) -> PackImport:
        """Add a pack file: checked like the built-ins, never executed.

        Broken prompts are left out and reported in :attr:`PackImport.problems`; when
        nothing in the file can be used, :class:`PackFileError` says why.
        """
        result = lib.parse_pack(data, source_name)
        if result.pack is None:
            raise PackFileError(
                translate(
                    "PromptsService",
                    "This file can't be used as a prompt pack.",
                ),
                result.problems,
            )
        pack = result.pack
        with self._vault.transaction() as session:
            builtin = pack.id in {p.id for p in self.builtin_packs()}
            existing = session.scalar(select(PromptPack).where(PromptPack.key == pack.id))
            # A built-in pack can only be copied, never replaced.
            if (builtin and on_conflict is not Conflict.COPY) or (
                existing is not None and on_conflict is Conflict.REFUSE
            ):
                raise PackExistsError(
                    translate(
                        "PromptsService",
                        "A pack with the id “{id}” is already in your library.",
                    ).format(id=pack.id),
                    pack.id,
                    builtin=builtin,
                )
            if existing is not None and on_conflict is Conflict.REPLACE:
                row = existing
                added, updated, removed = self._replace_prompts(session, row, pack)
            else:
                key = self._free_pack_key(session, pack.id)
                row = PromptPack(key=key, name=pack.name)
                session.add(row)
                session.flush()
                added, updated, removed = self._replace_prompts(session, row, pack)
            row.name, row.description, row.author = pack.name, pack.description, pack.author
            PackExtras.from_pack(pack).save(self._settings, session, row)
            key = row.key
        return PackImport(self._pack_view(key), added, updated, removed, result.problems)

    @staticmethod
    def _replace_prompts(
        session: Session, row: PromptPack, pack: lib.PromptPack
    ) -> tuple[int, int, int]:
        current = {
            prompt_id_of(p.key): p
            for p in session.scalars(select(Prompt).where(Prompt.pack_id == row.id))
        }
        added = updated = 0
        for prompt in pack.prompts:
            existing = current.pop(prompt.id, None)
            if existing is None:
                existing = Prompt(key=own_key(row.key, prompt.id), pack_id=row.id, builtin=False)
                session.add(existing)
                added += 1
            else:
                updated += 1
            _fill(existing, prompt)
        for stale in current.values():
            session.delete(stale)
        return added, updated, len(current)


def _fill(row: Prompt, prompt: lib.Prompt) -> None:
    row.text = prompt.text
    row.principle = prompt.principle.value
    row.follow_ups = list(prompt.follow_ups)
    row.content_note = prompt.content_note


def _free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``… whichever is free."""
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted[:58]}-{number}" in taken:
        number += 1
    return f"{wanted[:58]}-{number}"
