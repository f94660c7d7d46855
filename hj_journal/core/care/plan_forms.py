"""The guided plan forms (safety, self-care, accountability, allies and barriers) as data.

Each kind is one TOML file under ``resources/plans`` named after the kind. The format::

    schema = 1
    kind = "safety"                   # see PlanKind; must match the file name
    title = "Safety plan"
    summary = "One line for the list of plans."
    intro = "A calm paragraph shown before the first section."
    content_note = "…"                # optional; shown at the top of the form

    [[sections]]
    id = "warning-signs"              # lower-case words joined by hyphens
    title = "Warning signs"
    intro = "…"                       # optional
    link = "safety"                   # optional: offer to open another plan from here

    [[sections.fields]]
    id = "warning-signs"              # unique in the whole form; the key in saved data
    label = "Warning signs"           # short name (accessible name, earlier versions)
    question = "What tells you …?"    # the calm question shown
    hint = "For example …"            # optional
    lines = "many"                    # "one" or "many" (default)

Every field is optional when the user fills the form in; these files only describe
the questions. Whether a kind is private is decided in code (:data:`PRIVATE_KINDS`),
not by a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from hj_journal.bundled import resource_path
from hj_journal.core.common.tomlcheck import (
    Fields,
    LibraryFileError,
    Problem,
    decode_toml,
    item_label,
    read_library_file,
)


class PlanKind(StrEnum):
    """The kinds of plan, in the order they are offered."""

    SAFETY = "safety"
    SELF_CARE = "self_care"
    ACCOUNTABILITY = "accountability"
    ALLIES_BARRIERS = "allies_barriers"


PRIVATE_KINDS = frozenset({PlanKind.ACCOUNTABILITY})
"""Kinds that are never part of any export summary meant for other people."""


class Lines(StrEnum):
    """How much room a field offers."""

    ONE = "one"
    MANY = "many"


@dataclass(frozen=True)
class PlanField:
    """One question of a plan."""

    id: str
    label: str
    question: str
    hint: str = ""
    lines: Lines = Lines.MANY


@dataclass(frozen=True)
class PlanSection:
    """One step of a plan's guided flow."""

    id: str
    title: str
    fields: tuple[PlanField, ...]
    intro: str = ""
    link: PlanKind | None = None


@dataclass(frozen=True)
class PlanForm:
    """The questions of one kind of plan."""

    kind: PlanKind
    title: str
    summary: str
    intro: str
    sections: tuple[PlanSection, ...]
    content_note: str = ""

    @property
    def private(self) -> bool:
        """Always private: never part of any export summary for others."""
        return self.kind in PRIVATE_KINDS

    @property
    def fields(self) -> tuple[PlanField, ...]:
        """Every field, section by section."""
        return tuple(field for section in self.sections for field in section.fields)

    def field_ids(self) -> frozenset[str]:
        """The keys a saved version of this plan may hold."""
        return frozenset(field.id for field in self.fields)


def _read_field(table: object, source: str, item: str) -> PlanField:
    fields = Fields(
        table, source=source, item=item, known={"id", "label", "question", "hint", "lines"}
    )
    return PlanField(
        id=fields.slug("id"),
        label=fields.text("label", max_len=80, one_line=True),
        question=fields.text("question", max_len=400),
        hint=fields.optional_text("hint", max_len=400) or "",
        lines=fields.optional_choice("lines", Lines) or Lines.MANY,
    )


def _read_section(table: object, source: str, number: int) -> PlanSection:
    item = item_label("section", table, number)
    fields = Fields(
        table, source=source, item=item, known={"id", "title", "intro", "link", "fields"}
    )
    plan_fields = [
        _read_field(entry, source, f"{item}, {item_label('field', entry, index)}")
        for index, entry in enumerate(fields.tables("fields", required=True, max_items=20), 1)
    ]
    return PlanSection(
        id=fields.slug("id"),
        title=fields.text("title", max_len=80, one_line=True),
        intro=fields.optional_text("intro", max_len=1000) or "",
        link=fields.optional_choice("link", PlanKind),
        fields=tuple(plan_fields),
    )


def parse_plan_form(data: str | bytes, source: str, language: str | None = None) -> PlanForm:
    """Read one plan form, raising :class:`LibraryFileError` on the first mistake."""
    top = Fields(
        decode_toml(data, source, language),
        source=source,
        known={"schema", "kind", "title", "summary", "intro", "content_note", "sections"},
    )
    top.check_schema()
    kind = top.choice("kind", PlanKind)
    title = top.text("title", max_len=80, one_line=True)
    summary = top.text("summary", max_len=300, one_line=True)
    intro = top.text("intro", max_len=1500)
    content_note = top.optional_text("content_note", max_len=400) or ""
    sections = [
        _read_section(table, source, number)
        for number, table in enumerate(top.tables("sections", required=True, max_items=20), 1)
    ]
    form = PlanForm(kind, title, summary, intro, tuple(sections), content_note)
    seen: set[str] = set()
    for field in form.fields:
        if field.id in seen:
            raise LibraryFileError(
                Problem(source, f"uses the field id '{field.id}' twice.", field="id")
            )
        seen.add(field.id)
    return form


def load_plan_form(path: Path, language: str | None = None) -> PlanForm:
    """Read one plan form file; its name must be the kind it describes."""
    form = parse_plan_form(read_library_file(path), path.name, language)
    if path.stem != form.kind.value:
        raise LibraryFileError(
            Problem(path.name, f"describes '{form.kind}' but is named '{path.stem}'.")
        )
    return form


@cache
def load_plan_forms(language: str | None = None) -> dict[PlanKind, PlanForm]:
    """The shipped form of every kind, in :class:`PlanKind` order (read once a language)."""
    folder = resource_path("plans")
    return {kind: load_plan_form(folder / f"{kind.value}.toml", language) for kind in PlanKind}
