"""Healing Justice prompt packs as plain, validated data, and the daily-prompt chooser.

Each pack is one TOML file under ``resources/prompts`` (file name = pack id). People
can import packs in the same format; :func:`parse_pack` keeps every valid prompt and
reports each broken one by number and field. Packs are only read, never executed.
The format, in short::

    schema = 1                        # optional

    [pack]
    id = "rest-and-wellbeing"         # lower-case words joined by hyphens
    name = "Rest and well-being"
    description = "…"                 # optional for imported packs
    author = "…"                      # optional
    version = "1.0"                   # optional; a whole number is accepted too
    language = "en"                   # optional
    guided = false                    # optional; true = prompts are meant in order

    [[prompts]]
    id = "rest-kind"                  # unique within the pack
    principle = "self_care"
    text = "What kind of rest do you need most right now?"
    follow_ups = ["…", "…"]           # optional
    content_note = "…"                # optional; shown before the prompt
    section = "…"                     # optional heading inside a guided pack
    daily = true                      # optional; false keeps it out of Today's prompt
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
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


@dataclass(frozen=True)
class Prompt:
    """One reflection prompt."""

    id: str
    pack_id: str
    principle: Principle
    text: str
    follow_ups: tuple[str, ...] = ()
    content_note: str | None = None
    section: str | None = None
    daily: bool = True
    """Whether Today may offer it on its own (steps of guided flows usually may not)."""


@dataclass(frozen=True)
class PromptPack:
    """A named set of prompts, built in or imported."""

    id: str
    name: str
    prompts: tuple[Prompt, ...]
    description: str = ""
    author: str = ""
    version: str = ""
    language: str = ""
    guided: bool = False
    """The prompts form a guided flow, meant to be answered in file order."""


@dataclass(frozen=True)
class PackParseResult:
    """A pack file, read. ``pack`` holds the valid prompts; ``problems`` the rest.

    ``pack`` is ``None`` when the file as a whole can't be used (too big, not UTF-8,
    not TOML, broken ``[pack]`` table, or no valid prompt at all).
    """

    pack: PromptPack | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the whole file was valid."""
        return self.pack is not None and not self.problems


_TOP_KEYS = frozenset({"schema", "pack", "prompts"})
_PACK_KEYS = frozenset({"id", "name", "description", "author", "version", "language", "guided"})
_PROMPT_KEYS = frozenset(
    {"id", "principle", "text", "follow_ups", "content_note", "section", "daily"}
)
_MAX_TEXT = 2000


def _read_meta(table: object, source: str) -> PromptPack:
    fields = Fields(table, source=source, item="pack", known=_PACK_KEYS)
    version = fields.raw("version")
    if isinstance(version, int) and not isinstance(version, bool):
        version_text = str(version)
    else:
        version_text = fields.optional_text("version", max_len=40, one_line=True) or ""
    return PromptPack(
        id=fields.slug("id"),
        name=fields.text("name", max_len=120, one_line=True),
        prompts=(),
        description=fields.optional_text("description", max_len=_MAX_TEXT) or "",
        author=fields.optional_text("author", max_len=200, one_line=True) or "",
        version=version_text,
        language=fields.optional_text("language", max_len=35, one_line=True) or "",
        guided=fields.flag("guided", default=False),
    )


def _read_prompt(table: object, *, source: str, number: int, pack_id: str) -> Prompt:
    fields = Fields(
        table, source=source, item=item_label("prompt", table, number), known=_PROMPT_KEYS
    )
    return Prompt(
        id=fields.slug("id"),
        pack_id=pack_id,
        principle=fields.choice("principle", Principle),
        text=fields.text("text", max_len=_MAX_TEXT),
        follow_ups=fields.text_list("follow_ups", max_items=10, max_len=_MAX_TEXT),
        content_note=fields.optional_text("content_note", max_len=500),
        section=fields.optional_text("section", max_len=120, one_line=True),
        daily=fields.flag("daily", default=True),
    )


def parse_pack(
    data: str | bytes, source_name: str, language: str | None = None
) -> PackParseResult:
    """Read a pack file a person chose to import; never raises for bad input.

    The file is checked exactly like the built-in packs. Broken prompts are reported
    (prompt number, id when readable, field) and left out; valid ones are kept.
    """
    try:
        document = decode_toml(data, source_name, language)
        top = Fields(document, source=source_name, known=_TOP_KEYS)
        top.check_schema()
        if not top.has("pack"):
            top.fail("pack", "is missing; add a [pack] table with an id and a name.")
        meta = _read_meta(top.raw("pack"), source_name)
        tables = top.tables("prompts", required=True, max_items=10_000)
    except LibraryFileError as error:
        return PackParseResult(None, error.problems)

    problems: list[Problem] = []
    prompts: list[Prompt] = []
    first_use: dict[str, int] = {}
    for number, table in enumerate(tables, start=1):
        try:
            prompt = _read_prompt(table, source=source_name, number=number, pack_id=meta.id)
        except LibraryFileError as error:
            problems.extend(error.problems)
            continue
        if prompt.id in first_use:
            problems.append(
                Problem(
                    source_name,
                    f"is already used by prompt {first_use[prompt.id]}; ids must be unique.",
                    item=item_label("prompt", table, number),
                    field="id",
                )
            )
            continue
        first_use[prompt.id] = number
        prompts.append(prompt)
    if not prompts:
        problems.append(Problem(source_name, "has no usable prompts, so nothing can be added."))
        return PackParseResult(None, tuple(problems))
    pack = PromptPack(
        id=meta.id,
        name=meta.name,
        prompts=tuple(prompts),
        description=meta.description,
        author=meta.author,
        version=meta.version,
        language=meta.language,
        guided=meta.guided,
    )
    return PackParseResult(pack, tuple(problems))


def pack_from_toml(data: str | bytes, source_name: str, language: str | None = None) -> PromptPack:
    """Read a pack strictly: any problem raises :class:`LibraryFileError` listing them all."""
    result = parse_pack(data, source_name, language)
    if result.problems or result.pack is None:
        raise LibraryFileError(result.problems)
    return result.pack


def load_pack_file(path: Path, language: str | None = None) -> PromptPack:
    """Read and check one pack file strictly."""
    return pack_from_toml(read_library_file(path), path.name, language)


def load_packs(folder: Path, language: str | None = None) -> tuple[PromptPack, ...]:
    """Every ``*.toml`` pack in ``folder``, sorted by id.

    Each file name must be its pack's id, and prompt ids must be unique across all the
    packs (entries refer to prompts by id). Every file is checked before giving up.
    """
    problems: list[Problem] = []
    packs: list[PromptPack] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            pack = load_pack_file(path, language)
        except LibraryFileError as error:
            problems.extend(error.problems)
            continue
        if path.stem != pack.id:
            problems.append(
                Problem(
                    path.name,
                    f"should be named after the id, as {pack.id}.toml.",
                    item="pack",
                    field="id",
                )
            )
        for number, prompt in enumerate(pack.prompts, start=1):
            if prompt.id in seen:
                problems.append(
                    Problem(
                        path.name,
                        f"is already used in {seen[prompt.id]}; ids must be unique.",
                        item=f"prompt {number} ('{prompt.id}')",
                        field="id",
                    )
                )
            seen.setdefault(prompt.id, path.name)
        packs.append(pack)
    if problems:
        raise LibraryFileError(problems)
    return tuple(sorted(packs, key=lambda p: p.id))


def load_builtin_packs(language: str | None = None) -> tuple[PromptPack, ...]:
    """The prompt packs shipped with HJ Journal, in ``language`` where translated."""
    return load_packs(resource_path("prompts"), language)


def all_prompts(packs: Iterable[PromptPack]) -> tuple[Prompt, ...]:
    """Every prompt of the given packs, pack by pack in file order."""
    return tuple(prompt for pack in packs for prompt in pack.prompts)


def export_pack(pack: PromptPack) -> str:
    """The pack as TOML text that :func:`parse_pack` reads back unchanged."""
    lines = ["# HJ Journal prompt pack", toml_line("schema", SCHEMA_VERSION), "", "[pack]"]
    lines.append(toml_line("id", pack.id))
    lines.append(toml_line("name", pack.name))
    for key, value in (
        ("description", pack.description),
        ("author", pack.author),
        ("version", pack.version),
        ("language", pack.language),
    ):
        if value:
            lines.append(toml_line(key, value))
    if pack.guided:
        lines.append(toml_line("guided", True))
    for prompt in pack.prompts:
        lines.extend(["", "[[prompts]]", toml_line("id", prompt.id)])
        lines.append(toml_line("principle", prompt.principle.value))
        lines.append(toml_line("text", prompt.text))
        if prompt.follow_ups:
            lines.append(toml_line("follow_ups", list(prompt.follow_ups)))
        if prompt.content_note is not None:
            lines.append(toml_line("content_note", prompt.content_note))
        if prompt.section is not None:
            lines.append(toml_line("section", prompt.section))
        if not prompt.daily:
            lines.append(toml_line("daily", False))
    return "\n".join(lines) + "\n"


def _day_rank(day: date, prompt: Prompt) -> tuple[bytes, str, str, str]:
    # A stable hash (not Python's per-process salted hash()) so the order is the same
    # on every run and every machine. Each prompt's place depends only on the day and
    # its own identity, so hiding one prompt never reshuffles the others.
    digest = hashlib.sha256(f"{day.isoformat()}\0{prompt.pack_id}\0{prompt.id}".encode()).digest()
    return (digest, prompt.pack_id, prompt.id, prompt.text)


def choose_prompt(
    prompts: Iterable[Prompt],
    *,
    principles: Collection[Principle | str],
    day: date,
    hidden_ids: Collection[str] = frozenset(),
    not_today_ids: Collection[str] = frozenset(),
    seed_extra: int = 0,
    include_content_notes: bool = True,
) -> Prompt | None:
    """Today's prompt: the same all day for the same inputs, or ``None`` if none fit.

    Draws only from ``principles`` and from prompts marked ``daily``; never returns a
    hidden or "not today" prompt (by id). The candidates are put in an order fixed for
    ``day``; ``seed_extra`` = 1, 2, … steps through that order ("another prompt"), so
    consecutive values always give a different prompt while more than one fits.
    ``include_content_notes=False`` leaves out prompts that carry a content note.
    """
    wanted = {str(principle) for principle in principles}
    candidates = [
        prompt
        for prompt in prompts
        if prompt.daily
        and prompt.principle.value in wanted
        and prompt.id not in hidden_ids
        and prompt.id not in not_today_ids
        and (include_content_notes or prompt.content_note is None)
    ]
    if not candidates:
        return None
    candidates.sort(key=lambda prompt: _day_rank(day, prompt))
    return candidates[seed_extra % len(candidates)]
