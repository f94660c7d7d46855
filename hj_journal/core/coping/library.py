"""The coping library: guided strategies as plain, validated data.

Each strategy is one TOML file under ``resources/coping`` (file name = strategy id);
people can add their own in the same format (:func:`parse_strategy`,
:func:`export_strategy`). Strategies are only ever read as text, numbers and flags,
never executed.

A strategy runs as ``intro`` steps once, then ``steps`` repeated ``repeat`` times (for
example the cycles of box breathing), then ``closing`` steps once. A step may have
``seconds`` (timed) and, in breathing strategies, a ``phase`` so a pacer can animate
it. The format, in short::

    id = "box-breathing"             # lower-case words joined by hyphens
    title = "Box breathing"
    summary = "One line."            # optional for people's own strategies
    principle = "self_care"          # see Principle
    kind = "breathing"               # see Kind
    minutes = [5, 5]                 # optional; leave out when the time varies
    repeat = 19                      # optional, default 1
    eyes_open_ok = true              # optional; false is refused
    basis = "Where it comes from."   # optional
    cautions = ["…"]                 # optional
    content_note = "…"               # optional; shown before the strategy

    [[intro]]                        # optional, done once
    text = "…"

    [[steps]]                        # at least one
    text = "Breathe in through your nose for four counts."
    seconds = 4                      # optional, 1…3600
    phase = "in"                     # in, hold, out, hold_after, top_up
    skippable = false                # optional

    [[closing]]                      # optional, done once
    text = "…"
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from hj_journal.bundled import resource_path
from hj_journal.core.common.principles import Principle
from hj_journal.core.common.tomlcheck import (
    SCHEMA_VERSION,
    Fields,
    LibraryFileError,
    Problem,
    decode_toml,
    item_label,
    read_library_file,
)
from hj_journal.core.common.tomlwrite import toml_line

PAUSE_STRATEGY_ID = "grounding-short"
"""The short grounding strategy the safety bar's *Pause* button opens."""


class Kind(StrEnum):
    """What sort of practice a strategy is; the library groups by it."""

    BREATHING = "breathing"
    GROUNDING = "grounding"
    BODY = "body"
    MOVEMENT = "movement"
    IMAGERY = "imagery"
    SELF_COMPASSION = "self_compassion"
    CONNECTION = "connection"
    CULTURAL = "cultural"
    NATURE = "nature"
    REFLECTION = "reflection"
    REST = "rest"
    PLANNING = "planning"


class Phase(StrEnum):
    """The part of a breath a timed breathing step is, for the pacer's animation."""

    IN = "in"
    HOLD = "hold"
    OUT = "out"
    HOLD_AFTER = "hold_after"
    """Holding with the lungs empty, after breathing out (the fourth side of box breathing)."""
    TOP_UP = "top_up"
    """A short second breath in on top of the first (cyclic sighing)."""


@dataclass(frozen=True)
class Step:
    """One instruction. ``seconds`` is ``None`` when the person moves on in their own time."""

    text: str
    seconds: int | None = None
    phase: Phase | None = None
    skippable: bool = False


@dataclass(frozen=True)
class Strategy:
    """A coping strategy, built in or a person's own."""

    id: str
    title: str
    principle: Principle
    kind: Kind
    steps: tuple[Step, ...]
    summary: str = ""
    repeat: int = 1
    intro: tuple[Step, ...] = ()
    closing: tuple[Step, ...] = ()
    minutes: tuple[int, int] | None = None
    """Usual length as ``(low, high)`` minutes; ``None`` when it varies."""
    cautions: tuple[str, ...] = ()
    content_note: str | None = None
    eyes_open_ok: bool = False
    """Show the note that this can be done with eyes open."""
    basis: str = ""

    def sequence(self) -> tuple[Step, ...]:
        """Every step in the order it is done: intro, steps × repeat, closing."""
        return self.intro + self.steps * self.repeat + self.closing

    def total_seconds(self) -> int:
        """Time of all timed steps in a full run (untimed steps count as nothing)."""

        def timed(steps: tuple[Step, ...]) -> int:
            return sum(step.seconds or 0 for step in steps)

        return timed(self.intro) + timed(self.steps) * self.repeat + timed(self.closing)

    @property
    def fully_timed(self) -> bool:
        """True when every step has seconds, so a pacer can run it without a Next button."""
        return all(step.seconds is not None for step in (*self.intro, *self.steps, *self.closing))


@dataclass(frozen=True)
class StrategyParseResult:
    """A person's strategy file, read: the strategy, or ``None`` and the problems found."""

    strategy: Strategy | None
    problems: tuple[Problem, ...] = ()


_STRATEGY_KEYS = frozenset(
    {
        "schema",
        "id",
        "title",
        "summary",
        "principle",
        "kind",
        "minutes",
        "repeat",
        "eyes_open_ok",
        "basis",
        "cautions",
        "content_note",
        "intro",
        "steps",
        "closing",
    }
)
_STEP_KEYS = frozenset({"text", "seconds", "phase", "skippable"})
_SECTIONS = (("intro", "intro step"), ("steps", "step"), ("closing", "closing step"))
_MAX_TEXT = 2000


def _read_step(table: object, *, source: str, item: str, breathing: bool) -> Step:
    fields = Fields(table, source=source, item=item, known=_STEP_KEYS)
    text = fields.text("text", max_len=_MAX_TEXT)
    seconds = fields.optional_integer("seconds", minimum=1, maximum=3600)
    phase = fields.optional_choice("phase", Phase)
    skippable = fields.flag("skippable", default=False)
    if phase is not None and seconds is None:
        fields.fail("seconds", "is missing; a breathing phase needs seconds so it can be paced.")
    if breathing and seconds is not None and phase is None:
        fields.fail(
            "phase",
            "is missing; timed steps of a breathing strategy need a phase "
            f"({', '.join(p.value for p in Phase)}).",
        )
    return Step(text=text, seconds=seconds, phase=phase, skippable=skippable)


def _read_strategy(table: object, source: str) -> Strategy:
    item = item_label("strategy", table)
    fields = Fields(table, source=source, item=item, known=_STRATEGY_KEYS)
    fields.check_schema()
    ident = fields.slug("id")
    title = fields.text("title", max_len=120, one_line=True)
    summary = fields.optional_text("summary", max_len=300, one_line=True) or ""
    principle = fields.choice("principle", Principle)
    kind = fields.choice("kind", Kind)
    minutes = fields.int_range("minutes", minimum=1, maximum=600)
    repeat = fields.integer("repeat", minimum=1, maximum=500, default=1)
    eyes_open_ok = fields.flag("eyes_open_ok", default=False)
    if fields.has("eyes_open_ok") and not eyes_open_ok:
        fields.fail(
            "eyes_open_ok",
            "can't be false: no exercise may require closed eyes. Leave it out or set it to true.",
        )
    basis = fields.optional_text("basis", max_len=500, one_line=True) or ""
    cautions = fields.text_list("cautions", max_items=20, max_len=_MAX_TEXT)
    content_note = fields.optional_text("content_note", max_len=500)

    sections: dict[str, tuple[Step, ...]] = {}
    for key, noun in _SECTIONS:
        tables = fields.tables(key, required=key == "steps", max_items=300)
        sections[key] = tuple(
            _read_step(
                raw,
                source=source,
                item=f"{item}, {noun} {number}",
                breathing=kind is Kind.BREATHING,
            )
            for number, raw in enumerate(tables, start=1)
        )
    return Strategy(
        id=ident,
        title=title,
        principle=principle,
        kind=kind,
        steps=sections["steps"],
        summary=summary,
        repeat=repeat,
        intro=sections["intro"],
        closing=sections["closing"],
        minutes=minutes,
        cautions=cautions,
        content_note=content_note,
        eyes_open_ok=eyes_open_ok,
        basis=basis,
    )


def strategy_from_toml(
    data: str | bytes, source_name: str, language: str | None = None
) -> Strategy:
    """Read one strategy (its ``language`` overlay applied); raise :class:`LibraryFileError`
    on the first problem."""
    return _read_strategy(decode_toml(data, source_name, language), source_name)


def parse_strategy(data: str | bytes, source_name: str) -> StrategyParseResult:
    """Read a strategy file a person chose to import; never raises for bad input."""
    try:
        return StrategyParseResult(strategy_from_toml(data, source_name))
    except LibraryFileError as error:
        return StrategyParseResult(None, error.problems)


def load_strategy_file(path: Path, language: str | None = None) -> Strategy:
    """Read and check one strategy file."""
    return strategy_from_toml(read_library_file(path), path.name, language)


def load_strategies(folder: Path, language: str | None = None) -> tuple[Strategy, ...]:
    """Every ``*.toml`` strategy in ``folder``, sorted by title.

    Each file name must be its strategy's id. All files are checked before giving up,
    so one error message lists every broken file.
    """
    problems: list[Problem] = []
    strategies: list[Strategy] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            strategy = load_strategy_file(path, language)
        except LibraryFileError as error:
            problems.extend(error.problems)
            continue
        if path.stem != strategy.id:
            problems.append(
                Problem(
                    path.name,
                    f"should be named after the id, as {strategy.id}.toml.",
                    item=f"strategy '{strategy.id}'",
                    field="id",
                )
            )
            continue
        strategies.append(strategy)
    if problems:
        raise LibraryFileError(problems)
    return tuple(sorted(strategies, key=lambda s: (s.title.casefold(), s.id)))


def load_builtin_strategies(language: str | None = None) -> tuple[Strategy, ...]:
    """The coping strategies shipped with HJ Journal, in ``language`` where translated."""
    return load_strategies(resource_path("coping"), language)


def filter_strategies(
    strategies: Iterable[Strategy],
    *,
    principles: Collection[Principle | str] | None = None,
    kinds: Collection[Kind | str] | None = None,
    max_minutes: int | None = None,
) -> tuple[Strategy, ...]:
    """Strategies matching every filter given (``None`` means "any").

    ``max_minutes`` keeps strategies that can be done in that time: those whose
    shortest usual length fits. Strategies whose time varies are left out then.
    """
    chosen: list[Strategy] = []
    for strategy in strategies:
        if principles is not None and strategy.principle not in principles:
            continue
        if kinds is not None and strategy.kind not in kinds:
            continue
        if max_minutes is not None and (
            strategy.minutes is None or strategy.minutes[0] > max_minutes
        ):
            continue
        chosen.append(strategy)
    return tuple(chosen)


def export_strategy(strategy: Strategy) -> str:
    """The strategy as TOML text that :func:`parse_strategy` reads back unchanged."""
    lines = ["# HJ Journal coping strategy", toml_line("schema", SCHEMA_VERSION)]
    lines.append(toml_line("id", strategy.id))
    lines.append(toml_line("title", strategy.title))
    if strategy.summary:
        lines.append(toml_line("summary", strategy.summary))
    lines.append(toml_line("principle", strategy.principle.value))
    lines.append(toml_line("kind", strategy.kind.value))
    if strategy.minutes is not None:
        lines.append(toml_line("minutes", list(strategy.minutes)))
    if strategy.repeat != 1:
        lines.append(toml_line("repeat", strategy.repeat))
    if strategy.eyes_open_ok:
        lines.append(toml_line("eyes_open_ok", True))
    if strategy.basis:
        lines.append(toml_line("basis", strategy.basis))
    if strategy.cautions:
        lines.append(toml_line("cautions", list(strategy.cautions)))
    if strategy.content_note is not None:
        lines.append(toml_line("content_note", strategy.content_note))
    for key, steps in (
        ("intro", strategy.intro),
        ("steps", strategy.steps),
        ("closing", strategy.closing),
    ):
        for step in steps:
            lines.extend(["", f"[[{key}]]", toml_line("text", step.text)])
            if step.seconds is not None:
                lines.append(toml_line("seconds", step.seconds))
            if step.phase is not None:
                lines.append(toml_line("phase", step.phase.value))
            if step.skippable:
                lines.append(toml_line("skippable", True))
    return "\n".join(lines) + "\n"
