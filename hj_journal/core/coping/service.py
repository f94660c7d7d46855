"""The coping library as a person sees it, and the record of their practice.

The built-in strategies live in ``resources/coping`` and never change; what a person
decides about them (a favourite, hidden) is kept in a ``CopingStrategy`` row keyed by
the built-in id (``builtin_key``). A person's own strategies — their practices,
prayers, songs, movements — are ``CopingStrategy`` rows with no ``builtin_key``; their
key is the row's uuid. Own strategies are checked by exactly the same rules as the
built-in files: they are written out in the file format and read back through the same
validator before anything is saved.

Each time someone follows a strategy a :class:`PracticeView` may be recorded, with an
optional distress rating (0–10) before and after, and a note.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hj_journal.core.common import slugs
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.common.principles import Principle
from hj_journal.core.common.tomlcheck import LibraryFileError, Problem
from hj_journal.core.coping.library import (
    Kind,
    Phase,
    Step,
    Strategy,
    export_strategy,
    filter_strategies,
    load_builtin_strategies,
    parse_strategy,
    strategy_from_toml,
)
from hj_journal.core.events import Events, PracticeDeleted, PracticeSaved
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import CopingPractice, CopingStrategy
from hj_journal.store.vault import Vault

DISTRESS_RANGE = (0, 10)
MAX_NOTE = 20_000
_CHECK_ID = "your-strategy"  # stands in for an own strategy's id while it is checked
_CHECK_SOURCE = "Your strategy"


@dataclass(frozen=True)
class LibraryItem:
    """One strategy as the library shows it: built in or the person's own."""

    strategy: Strategy
    builtin: bool
    favourite: bool = False
    hidden: bool = False

    @property
    def key(self) -> str:
        """Stable key: the built-in id, or the own strategy's uuid."""
        return self.strategy.id


@dataclass(frozen=True)
class PracticeInput:
    """One time a strategy was followed, as the player hands it in."""

    strategy_key: str
    started_at: datetime
    ended_at: datetime | None = None
    finished: bool = False
    distress_before: int | None = None
    distress_after: int | None = None
    note: str = ""
    session_id: int | None = None
    strategy_title: str = ""  # looked up from the library when left empty


@dataclass(frozen=True)
class PracticeView:
    """A recorded practice."""

    id: int
    uuid: str
    strategy_key: str
    strategy_title: str
    started_at: datetime
    ended_at: datetime | None
    finished: bool
    distress_before: int | None
    distress_after: int | None
    note: str
    session_id: int | None


class StrategyError(InputError):
    """A strategy (typed in, or read from a file) breaks the format; nothing was saved.

    ``str(error)`` is a calm sentence about the first problem; :attr:`problems` has all.
    """

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


def describe_problem(problem: Problem) -> str:
    """A problem with a typed-in strategy, in words fit for the form."""
    item = problem.item
    prefix = f"strategy '{_CHECK_ID}'"
    if item.startswith(prefix):
        item = item[len(prefix) :].lstrip(", ")
    where = ", ".join(part for part in (item, problem.field.replace("_", " ")) if part)
    where = where[:1].upper() + where[1:]
    return f"{where}: {problem.message}" if where else problem.message


def slug_for(title: str, fallback: str = "my-strategy") -> str:
    """A strategy's file-friendly id made from its title ("my-strategy" if it has none)."""
    return slugs.slug_for(title, fallback)


# ---------------------------------------------------------------------- rows


def _steps_to_json(strategy: Strategy) -> list[Any]:
    stored: list[Any] = []
    for part, steps in (
        ("intro", strategy.intro),
        ("steps", strategy.steps),
        ("closing", strategy.closing),
    ):
        for step in steps:
            item: dict[str, Any] = {"part": part, "text": step.text}
            if step.seconds is not None:
                item["seconds"] = step.seconds
            if step.phase is not None:
                item["phase"] = step.phase.value
            if step.skippable:
                item["skippable"] = True
            stored.append(item)
    # What has no column of its own travels with the steps, in one "about" item.
    stored.append(
        {"part": "about", "basis": strategy.basis, "eyes_open_ok": strategy.eyes_open_ok}
    )
    return stored


def _strategy_from_row(row: CopingStrategy) -> Strategy:
    parts: dict[str, list[Step]] = {"intro": [], "steps": [], "closing": []}
    about: dict[str, Any] = {}
    for item in row.steps:
        if not isinstance(item, dict):
            continue
        part = item.get("part", "steps")
        if part == "about":
            about = item
            continue
        phase = item.get("phase")
        parts.setdefault(part, []).append(
            Step(
                text=str(item.get("text", "")),
                seconds=item.get("seconds"),
                phase=Phase(phase) if phase else None,
                skippable=bool(item.get("skippable", False)),
            )
        )
    minutes = None
    if row.duration_min is not None and row.duration_max is not None:
        minutes = (row.duration_min, row.duration_max)
    return Strategy(
        id=row.uuid,
        title=row.title,
        principle=Principle(row.principle or Principle.SELF_CARE.value),
        kind=Kind(row.kind or Kind.REFLECTION.value),
        steps=tuple(parts["steps"]),
        summary=row.summary,
        repeat=row.repeat,
        intro=tuple(parts["intro"]),
        closing=tuple(parts["closing"]),
        minutes=minutes,
        cautions=_cautions_from_text(row.cautions),
        content_note=row.content_note,
        eyes_open_ok=bool(about.get("eyes_open_ok", False)),
        basis=str(about.get("basis", "")),
    )


def _cautions_from_text(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if isinstance(value, list):
        return tuple(str(entry) for entry in value)
    return tuple(line for line in text.splitlines() if line.strip())


def _write_row(row: CopingStrategy, strategy: Strategy) -> None:
    row.title = strategy.title
    row.summary = strategy.summary
    row.principle = strategy.principle.value
    row.kind = strategy.kind.value
    row.steps = _steps_to_json(strategy)
    row.repeat = strategy.repeat
    row.duration_min = strategy.minutes[0] if strategy.minutes else None
    row.duration_max = strategy.minutes[1] if strategy.minutes else None
    row.cautions = (
        json.dumps(list(strategy.cautions), ensure_ascii=False) if strategy.cautions else ""
    )
    row.content_note = strategy.content_note
    row.updated_at = utcnow()


def _practice_view(row: CopingPractice) -> PracticeView:
    return PracticeView(
        id=row.id,
        uuid=row.uuid,
        strategy_key=row.strategy_key,
        strategy_title=row.strategy_title,
        started_at=row.started_at,
        ended_at=row.ended_at,
        finished=row.finished,
        distress_before=row.distress_before,
        distress_after=row.distress_after,
        note=row.note,
        session_id=row.session_id,
    )


def checked(strategy: Strategy) -> Strategy:
    """``strategy`` as the file validator reads it back; :class:`StrategyError` if refused."""
    if not strategy.steps:
        message = translate("CopingService", "Add at least one step.")
        raise StrategyError(message, (Problem(_CHECK_SOURCE, message, field="steps"),))
    probe = replace(strategy, id=_CHECK_ID)
    try:
        result = strategy_from_toml(export_strategy(probe), _CHECK_SOURCE)
    except LibraryFileError as error:
        raise StrategyError(describe_problem(error.problem), error.problems) from None
    return replace(result, id=strategy.id)


def _check_distress(value: int | None, when: str) -> None:
    low, high = DISTRESS_RANGE
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(
            translate(
                "CopingService",
                "Distress {when} is a whole number from {low} to {high}.",
            ).format(when=when, low=low, high=high)
        )


# ---------------------------------------------------------------------- service


class Coping:
    """The coping library and practice record of one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        clock: Callable[[], datetime] = utcnow,
        builtins: Callable[[], tuple[Strategy, ...]] = load_builtin_strategies,
        events: Events | None = None,
    ) -> None:
        self._vault = vault
        self._clock = clock
        self._events = events if events is not None else Events()
        self._load_builtins = builtins
        self._builtins: dict[str, Strategy] | None = None

    # ------------------------------------------------------------------ library

    def builtin_strategies(self) -> dict[str, Strategy]:
        """The built-in strategies by id (read from the resources once)."""
        if self._builtins is None:
            self._builtins = {s.id: s for s in self._load_builtins()}
        return self._builtins

    def library(self, *, include_hidden: bool = False) -> list[LibraryItem]:
        """Every strategy, built in and own, sorted by title."""
        builtins = self.builtin_strategies()
        choices: dict[str, CopingStrategy] = {}
        own: list[LibraryItem] = []
        with self._vault.session() as session:
            for row in session.scalars(select(CopingStrategy)):
                if row.builtin_key is not None:
                    choices[row.builtin_key] = row
                else:
                    own.append(
                        LibraryItem(_strategy_from_row(row), False, row.favourite, row.hidden)
                    )
        items = [
            LibraryItem(
                strategy,
                True,
                favourite=bool(choices[key].favourite) if key in choices else False,
                hidden=bool(choices[key].hidden) if key in choices else False,
            )
            for key, strategy in builtins.items()
        ]
        items.extend(own)
        if not include_hidden:
            items = [item for item in items if not item.hidden]
        items.sort(key=lambda item: (item.strategy.title.casefold(), item.key))
        return items

    def browse(
        self,
        *,
        principles: Collection[Principle | str] | None = None,
        kinds: Collection[Kind | str] | None = None,
        max_minutes: int | None = None,
        favourites_only: bool = False,
        favourites_first: bool = True,
        include_hidden: bool = False,
        text: str = "",
    ) -> list[LibraryItem]:
        """Strategies matching every filter given, favourites first if wanted.

        ``max_minutes`` is "I have this many minutes": strategies whose shortest usual
        length fits. ``text`` matches the title and summary, ignoring case.
        """
        items = self.library(include_hidden=include_hidden)
        fitting = {
            s.id
            for s in filter_strategies(
                (item.strategy for item in items),
                principles=principles,
                kinds=kinds,
                max_minutes=max_minutes,
            )
        }
        needle = text.casefold().strip()
        chosen = [
            item
            for item in items
            if item.key in fitting
            and (item.favourite or not favourites_only)
            and (
                not needle
                or needle in item.strategy.title.casefold()
                or needle in item.strategy.summary.casefold()
            )
        ]
        if favourites_first:
            chosen.sort(key=lambda item: not item.favourite)  # stable: titles stay in order
        return chosen

    def get(self, key: str) -> LibraryItem:
        """One strategy (hidden ones too)."""
        for item in self.library(include_hidden=True):
            if item.key == key:
                return item
        raise NotFoundError(
            translate(
                "CopingService",
                "That strategy is no longer in your library.",
            )
        )

    def counts_by_principle(self, *, include_hidden: bool = False) -> dict[Principle, int]:
        """How many strategies the library shows for each principle."""
        counts = dict.fromkeys(Principle, 0)
        for item in self.library(include_hidden=include_hidden):
            counts[item.strategy.principle] += 1
        return counts

    def set_favourite(self, key: str, favourite: bool) -> LibraryItem:
        """Mark or unmark a strategy as a favourite."""
        self._set_choice(key, favourite=favourite)
        return self.get(key)

    def set_hidden(self, key: str, hidden: bool) -> LibraryItem:
        """Hide a strategy from the library, or bring it back."""
        self._set_choice(key, hidden=hidden)
        return self.get(key)

    def _set_choice(self, key: str, **values: bool) -> None:
        with self._vault.transaction() as session:
            if key in self.builtin_strategies():
                row = session.scalar(
                    select(CopingStrategy).where(CopingStrategy.builtin_key == key)
                )
                if row is None:
                    row = CopingStrategy(
                        builtin_key=key, title=self.builtin_strategies()[key].title
                    )
                    session.add(row)
            else:
                row = self._own_row(session, key)
            for name, value in values.items():
                setattr(row, name, bool(value))
            row.updated_at = utcnow()

    @staticmethod
    def _own_row(session: Session, key: str) -> CopingStrategy:
        row = session.scalar(
            select(CopingStrategy).where(
                CopingStrategy.uuid == key, CopingStrategy.builtin_key.is_(None)
            )
        )
        if row is None:
            raise NotFoundError(
                translate(
                    "CopingService",
                    "That strategy is no longer in your library.",
                )
            )
        return row

    # ------------------------------------------------------------------ own strategies

    def add_own(self, strategy: Strategy) -> LibraryItem:
        """Save a new strategy of the person's own (its ``id`` is replaced by a new key)."""
        valid = checked(strategy)
        with self._vault.transaction() as session:
            row = CopingStrategy(builtin_key=None)
            _write_row(row, valid)
            session.add(row)
            session.flush()
            key = row.uuid
        return self.get(key)

    def update_own(self, key: str, strategy: Strategy) -> LibraryItem:
        """Change one of the person's own strategies; favourite and hidden are kept."""
        valid = checked(strategy)
        with self._vault.transaction() as session:
            _write_row(self._own_row(session, key), valid)
        return self.get(key)

    def delete_own(self, key: str) -> None:
        """Delete an own strategy. Practices keep its title, so history stays readable."""
        with self._vault.transaction() as session:
            session.delete(self._own_row(session, key))

    def import_strategy(self, data: str | bytes, source_name: str) -> LibraryItem:
        """Add a strategy from a file (checked like the built-ins, never executed)."""
        result = parse_strategy(data, source_name)
        if result.strategy is None:
            problems = result.problems
            raise StrategyError(
                translate("CopingService", "This file can't be added as it is. {problem}").format(
                    problem=problems[0]
                )
                if problems
                else "",
                problems,
            )
        return self.add_own(result.strategy)

    def export_text(self, key: str) -> str:
        """A strategy as a file others can import; own strategies get an id from their title."""
        item = self.get(key)
        strategy = item.strategy
        if not item.builtin:
            strategy = replace(strategy, id=slug_for(strategy.title))
        return export_strategy(strategy)

    def file_name(self, key: str) -> str:
        """A suggested file name for :meth:`export_text`."""
        item = self.get(key)
        stem = item.key if item.builtin else slug_for(item.strategy.title)
        return f"{stem}.toml"

    # ------------------------------------------------------------------ practice

    def record_practice(self, data: PracticeInput) -> PracticeView:
        """Save one practice; the ratings and the note are optional."""
        _check_distress(data.distress_before, "before")
        _check_distress(data.distress_after, "after")
        if len(data.note) > MAX_NOTE:
            raise InputError(
                translate(
                    "CopingService",
                    "The note is too long to save.",
                )
            )
        if data.ended_at is not None and data.ended_at < data.started_at:
            raise InputError(
                translate(
                    "CopingService",
                    "A practice can't end before it starts.",
                )
            )
        title = data.strategy_title
        if not title:
            try:
                title = self.get(data.strategy_key).strategy.title
            except NotFoundError:
                title = ""
        with self._vault.transaction() as session:
            row = CopingPractice(
                strategy_key=data.strategy_key,
                strategy_title=title,
                started_at=data.started_at,
                ended_at=data.ended_at,
                finished=data.finished,
                distress_before=data.distress_before,
                distress_after=data.distress_after,
                note=data.note,
                session_id=data.session_id,
            )
            session.add(row)
            session.flush()
            saved = _practice_view(row)
        self._events.emit(PracticeSaved(saved.id))
        return saved

    def practices(
        self,
        *,
        limit: int = 50,
        strategy_key: str | None = None,
        session_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[PracticeView]:
        """Recorded practices, newest first."""
        query = select(CopingPractice).order_by(
            CopingPractice.started_at.desc(), CopingPractice.id.desc()
        )
        if strategy_key is not None:
            query = query.where(CopingPractice.strategy_key == strategy_key)
        if session_id is not None:
            query = query.where(CopingPractice.session_id == session_id)
        if since is not None:
            query = query.where(CopingPractice.started_at >= since)
        if until is not None:
            query = query.where(CopingPractice.started_at < until)
        with self._vault.session() as session:
            return [_practice_view(row) for row in session.scalars(query.limit(limit))]

    def get_practice(self, practice_id: int) -> PracticeView:
        """One recorded practice."""
        with self._vault.session() as session:
            row = session.get(CopingPractice, practice_id)
            if row is None:
                raise NotFoundError(
                    translate(
                        "CopingService",
                        "That practice is no longer in your record.",
                    )
                )
            return _practice_view(row)

    def delete_practice(self, practice_id: int) -> None:
        """Delete one recorded practice."""
        with self._vault.transaction() as session:
            row = session.get(CopingPractice, practice_id)
            if row is None:
                return
            session.delete(row)
        self._events.emit(PracticeDeleted(practice_id))

    def now(self) -> datetime:
        """The service's idea of now (UTC), for stamping a practice's start and end."""
        return self._clock()
