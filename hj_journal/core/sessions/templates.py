"""Note templates: the shapes a practitioner's session notes can take, as data.

The built-in templates (SOAP, DAP, BIRP and a Healing Justice template) are TOML files
under ``resources/note_templates`` (file name = id); a practitioner's own templates are
rows of ``note_templates``, and can be exported to a file and imported from one in the
same format. Files are only read as text and flags, never executed, and checked like
the other resources (:mod:`hj_journal.core.common.tomlcheck`)::

    schema = 1
    id = "healing-justice"          # lower-case words joined by hyphens
    name = "Healing Justice"
    description = "One line."       # optional
    i18n.es.name = "…"              # translations beside the English (optional)

    [[sections]]                    # one to twelve
    title = "What you brought"      # unique within the template
    prompt = "A short question."    # optional
    shared = true                   # true: may reach the client's summary; false: never
    fills = "agreements"            # optional: "agreements" or "self_care_steps"

A section that ``fills`` the agreements or the self-care steps is where the session's
own agreements (or self-care steps) are written, so they stay one text whatever the
template; such a section is always shared, as those are in the client's summary.

Writing notes with a template copies its sections into the session
(:mod:`hj_journal.core.sessions.note_sections`): a template changed or deleted later
never changes a note already written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hj_journal.bundled import resource_path
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.common.slugs import slug_for
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
from hj_journal.store.coltypes import utcnow
from hj_journal.store.files import write_atomic
from hj_journal.store.models import NoteTemplate
from hj_journal.store.vault import Vault

BUILTIN_ORDER = ("healing-justice", "soap", "dap", "birp")
"""The built-in templates, in the order they are offered."""
OWN_PREFIX = "own-"
"""Own templates' keys start with this, so they never clash with a built-in id."""
MAX_SECTIONS = 12
MAX_NAME = 80
MAX_DESCRIPTION = 400
MAX_TITLE = 80
MAX_PROMPT = 300


class Fills(StrEnum):
    """Which of the session's own fields a section is where one writes."""

    AGREEMENTS = "agreements"
    SELF_CARE_STEPS = "self_care_steps"


@dataclass(frozen=True)
class TemplateSection:
    """One part of a template: a title, a short prompt, and who may read it."""

    title: str
    prompt: str = ""
    shared: bool = False
    fills: Fills | None = None

    def to_json(self) -> dict[str, Any]:
        """The section as stored (in a template row, or copied into a note)."""
        data: dict[str, Any] = {"title": self.title, "prompt": self.prompt, "shared": self.shared}
        if self.fills is not None:
            data["fills"] = self.fills.value
        return data

    @classmethod
    def from_json(cls, data: Any) -> TemplateSection:
        """A stored section; anything unreadable reads as an untitled private section."""
        if not isinstance(data, dict):
            return cls("", shared=False)
        fills = data.get("fills")
        return cls(
            title=str(data.get("title") or ""),
            prompt=str(data.get("prompt") or ""),
            shared=data.get("shared") is True,
            fills=Fills(fills) if fills in {f.value for f in Fills} else None,
        )


@dataclass(frozen=True)
class TemplateDraft:
    """A template as the practitioner types it (own templates only)."""

    name: str
    description: str = ""
    sections: tuple[TemplateSection, ...] = ()


@dataclass(frozen=True)
class TemplateView:
    """A template, built in or the practitioner's own."""

    key: str
    name: str
    description: str
    sections: tuple[TemplateSection, ...]
    builtin: bool = False
    source_id: str = field(default="", compare=False)  # the id a file gave it

    def draft(self) -> TemplateDraft:
        """The template as a draft (to edit it, or copy a built-in one as one's own)."""
        return TemplateDraft(self.name, self.description, self.sections)


class TemplateFileError(InputError):
    """A template file could not be used; the message is one sentence. Nothing changed."""


# ---------------------------------------------------------------------- the rules


def _structure_problem(sections: Sequence[TemplateSection]) -> str | None:
    """What is wrong with a list of sections as a whole, or None."""
    if not sections:
        return translate("SessionsTemplates", "A template needs at least one section.")
    if len(sections) > MAX_SECTIONS:
        return translate(
            "SessionsTemplates", "A template can have at most {count} sections."
        ).format(count=MAX_SECTIONS)
    titles = [s.title.casefold() for s in sections]
    for title in titles:
        if titles.count(title) > 1:
            return translate(
                "SessionsTemplates",
                "Each section needs a title of its own, so amendments can name it.",
            )
    for fills in Fills:
        holders = [s for s in sections if s.fills is fills]
        if len(holders) > 1:
            if fills is Fills.AGREEMENTS:
                return translate("SessionsTemplates", "Only one section can hold the agreements.")
            return translate("SessionsTemplates", "Only one section can hold the self-care steps.")
        if holders and not holders[0].shared:
            if fills is Fills.AGREEMENTS:
                return translate(
                    "SessionsTemplates",
                    "The section that holds the agreements is in the client's summary, so it "
                    "is shared.",
                )
            return translate(
                "SessionsTemplates",
                "The section that holds the self-care steps is in the client's summary, so it "
                "is shared.",
            )
    return None


def clean_draft(draft: TemplateDraft) -> TemplateDraft:
    """The draft tidied, or :class:`InputError` with one calm sentence."""
    name = " ".join(draft.name.split())
    if not name:
        raise InputError(
            translate(
                "SessionsTemplates",
                "Give the template a name.",
            )
        )
    if len(name) > MAX_NAME:
        raise InputError(
            translate(
                "SessionsTemplates",
                "A template's name is best kept under {max_name} characters.",
            ).format(max_name=MAX_NAME)
        )
    description = " ".join(draft.description.split())
    if len(description) > MAX_DESCRIPTION:
        raise InputError(
            translate(
                "SessionsTemplates",
                "The description is best kept under {max_description} characters.",
            ).format(max_description=MAX_DESCRIPTION)
        )
    sections = []
    for section in draft.sections:
        title = " ".join(section.title.split())
        prompt = " ".join(section.prompt.split())
        if not title:
            raise InputError(
                translate(
                    "SessionsTemplates",
                    "Give every section a title.",
                )
            )
        if len(title) > MAX_TITLE or len(prompt) > MAX_PROMPT:
            raise InputError(
                translate(
                    "SessionsTemplates",
                    "A section's title or prompt is too long; keep them short.",
                )
            )
        sections.append(TemplateSection(title, prompt, section.shared, section.fills))
    problem = _structure_problem(sections)
    if problem:
        raise InputError(problem)
    return TemplateDraft(name, description, tuple(sections))


# ---------------------------------------------------------------------- files


def _read_section(table: object, source: str, number: int) -> TemplateSection:
    fields = Fields(
        table,
        source=source,
        item=item_label("section", table, number),
        known={"title", "prompt", "shared", "fills"},
    )
    if not fields.has("shared"):
        fields.fail("shared", "is missing; say true (shared with the client) or false.")
    return TemplateSection(
        title=fields.text("title", max_len=MAX_TITLE, one_line=True),
        prompt=fields.optional_text("prompt", max_len=MAX_PROMPT, one_line=True) or "",
        shared=fields.flag("shared", default=False),
        fills=fields.optional_choice("fills", Fills),
    )


def template_from_toml(
    data: str | bytes, source: str, language: str | None = None, *, builtin: bool = False
) -> TemplateView:
    """Read one template file; :class:`LibraryFileError` names the first problem."""
    top = Fields(
        decode_toml(data, source, language),
        source=source,
        known={"schema", "id", "name", "description", "sections"},
    )
    top.check_schema()
    ident = top.slug("id")
    name = top.text("name", max_len=MAX_NAME, one_line=True)
    description = top.optional_text("description", max_len=MAX_DESCRIPTION, one_line=True) or ""
    tables = top.tables("sections", required=True, max_items=MAX_SECTIONS)
    sections = tuple(_read_section(t, source, n) for n, t in enumerate(tables, 1))
    problem = _structure_problem(sections)
    if problem:
        raise LibraryFileError(Problem(source, problem, field="sections"))
    return TemplateView(ident, name, description, sections, builtin=builtin, source_id=ident)


def template_to_toml(template: TemplateView) -> str:
    """The template as a file :func:`template_from_toml` reads back unchanged."""
    ident = template.key.removeprefix(OWN_PREFIX) or "template"
    lines = ["# HJ Journal note template", toml_line("schema", SCHEMA_VERSION)]
    lines.append(toml_line("id", ident))
    lines.append(toml_line("name", template.name))
    if template.description:
        lines.append(toml_line("description", template.description))
    for section in template.sections:
        lines += ["", "[[sections]]", toml_line("title", section.title)]
        if section.prompt:
            lines.append(toml_line("prompt", section.prompt))
        lines.append(toml_line("shared", section.shared))
        if section.fills is not None:
            lines.append(toml_line("fills", section.fills.value))
    return "\n".join(lines) + "\n"


@cache
def builtin_templates(language: str | None = None) -> tuple[TemplateView, ...]:
    """The shipped templates in :data:`BUILTIN_ORDER` (read once per language)."""
    folder = resource_path("note_templates")
    found = []
    for ident in BUILTIN_ORDER:
        path = folder / f"{ident}.toml"
        template = template_from_toml(read_library_file(path), path.name, language, builtin=True)
        if template.key != ident:
            raise LibraryFileError(
                Problem(path.name, f"describes '{template.key}' but is named '{ident}'.")
            )
        found.append(template)
    return tuple(found)


# ---------------------------------------------------------------------- the service


def _own_view(row: NoteTemplate) -> TemplateView:
    sections = tuple(TemplateSection.from_json(item) for item in row.sections or [])
    return TemplateView(row.key, row.name, row.description, sections)


class NoteTemplates:
    """The built-in templates and the practitioner's own, in one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        language: str | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._vault = vault
        self._language = language
        self._clock = clock

    def builtin(self) -> tuple[TemplateView, ...]:
        """The templates that come with the app."""
        return builtin_templates(self._language)

    def own(self) -> tuple[TemplateView, ...]:
        """The practitioner's own templates, by name."""
        query = select(NoteTemplate).order_by(NoteTemplate.name, NoteTemplate.id)
        with self._vault.session() as session:
            return tuple(_own_view(row) for row in session.scalars(query))

    def all(self) -> tuple[TemplateView, ...]:
        """Built-in templates first, then the practitioner's own."""
        return self.builtin() + self.own()

    def get(self, key: str) -> TemplateView:
        """One template by key."""
        for template in self.builtin():
            if template.key == key:
                return template
        with self._vault.session() as session:
            row = session.scalar(select(NoteTemplate).where(NoteTemplate.key == key))
            if row is None:
                raise NotFoundError(
                    translate(
                        "SessionsTemplates",
                        "That template is no longer here.",
                    )
                )
            return _own_view(row)

    def add(self, draft: TemplateDraft) -> TemplateView:
        """Save a new template of the practitioner's own."""
        draft = clean_draft(draft)
        with self._vault.transaction() as session:
            self._refuse_taken_name(session, draft.name, None)
            row = NoteTemplate(key=self._free_key(session, draft.name), name=draft.name)
            self._fill(row, draft)
            session.add(row)
            session.flush()
            return _own_view(row)

    def update(self, key: str, draft: TemplateDraft) -> TemplateView:
        """Change an own template; notes already written with it keep their own copy."""
        draft = clean_draft(draft)
        with self._vault.transaction() as session:
            row = self._own_row(session, key)
            self._refuse_taken_name(session, draft.name, row.id)
            self._fill(row, draft)
            return _own_view(row)

    def delete(self, key: str) -> None:
        """Delete an own template; notes already written with it stay as they are."""
        with self._vault.transaction() as session:
            session.delete(self._own_row(session, key))

    # ------------------------------------------------------------------ files

    def export_text(self, key: str) -> str:
        """A template (built in or own) as the text of a file others can import."""
        return template_to_toml(self.get(key))

    def export_file(self, key: str, path: Path) -> None:
        """Write a template to ``path`` (complete, or not at all)."""
        write_atomic(Path(path), self.export_text(key).encode("utf-8"))

    def import_text(self, data: str | bytes, source: str) -> TemplateView:
        """Add a template file as an own template, or :class:`TemplateFileError`.

        The file is checked like the built-in ones; a name already in use gets a number
        added, so an import never replaces anything.
        """
        try:
            read = template_from_toml(data, source)
        except LibraryFileError as error:
            raise TemplateFileError(
                translate(
                    "SessionsTemplates",
                    "This file can't be used as a note template ({problem}).",
                ).format(problem=error.problem)
            ) from error
        with self._vault.transaction() as session:
            name = self._free_name(session, read.name)
            row = NoteTemplate(key=self._free_key(session, read.source_id), name=name)
            self._fill(row, TemplateDraft(name, read.description, read.sections))
            session.add(row)
            session.flush()
            return _own_view(row)

    def import_file(self, path: Path) -> TemplateView:
        """Add the template in the file at ``path`` (see :meth:`import_text`)."""
        path = Path(path)
        try:
            data = read_library_file(path)
        except LibraryFileError as error:
            raise TemplateFileError(
                translate(
                    "SessionsTemplates",
                    "This file can't be used as a note template ({problem}).",
                ).format(problem=error.problem)
            ) from error
        return self.import_text(data, path.name)

    # ------------------------------------------------------------------ helpers

    def _fill(self, row: NoteTemplate, draft: TemplateDraft) -> None:
        row.name = draft.name
        row.description = draft.description
        row.sections = [section.to_json() for section in draft.sections]
        row.updated_at = self._clock()

    def _own_row(self, session: Session, key: str) -> NoteTemplate:
        if key in {t.key for t in self.builtin()}:
            raise InputError(
                translate(
                    "SessionsTemplates",
                    "Built-in templates stay as they are. Copy one as your own to change it.",
                )
            )
        row = session.scalar(select(NoteTemplate).where(NoteTemplate.key == key))
        if row is None:
            raise NotFoundError(
                translate(
                    "SessionsTemplates",
                    "That template is no longer here.",
                )
            )
        return row

    def _names_in_use(self, session: Session, leave_out: int | None) -> set[str]:
        query = select(NoteTemplate.name)
        if leave_out is not None:
            query = query.where(NoteTemplate.id != leave_out)
        names = {t.name for t in self.builtin()} | set(session.scalars(query))
        return {name.casefold() for name in names}

    def _refuse_taken_name(self, session: Session, name: str, leave_out: int | None) -> None:
        if name.casefold() in self._names_in_use(session, leave_out):
            raise InputError(
                translate(
                    "SessionsTemplates",
                    "There is already a template called “{name}”. Give this one another name.",
                ).format(name=name)
            )

    def _free_name(self, session: Session, name: str) -> str:
        taken = self._names_in_use(session, None)
        candidate, number = name, 2
        while candidate.casefold() in taken:
            candidate = f"{name[: MAX_NAME - 5]} ({number})"
            number += 1
        return candidate

    def _free_key(self, session: Session, wanted: str) -> str:
        base = OWN_PREFIX + slug_for(wanted, "template")[:50]
        taken = set(session.scalars(select(NoteTemplate.key)))
        candidate, number = base, 2
        while candidate in taken:
            candidate = f"{base}-{number}"
            number += 1
        return candidate
