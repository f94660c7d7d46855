"""Entry templates: the shape a new journal entry can start from, as data.

A template holds a title pattern (``"Morning pages — {date}"``), tags, and a body with
headings and prompts. The built-in templates are TOML files under
``resources/entry_templates`` (file name = id, offered in :data:`BUILTIN_ORDER`); your own
are rows of ``entry_templates``, and can be exported to a file and imported from one in
the same format. Files are only read as text, never executed and never used as a format
string, and are checked like the other resources
(:mod:`hj_journal.core.common.tomlcheck`)::

    schema = 1
    id = "morning-pages"          # lower-case words joined by hyphens
    name = "Morning pages"
    description = "One line."     # optional
    title = "Morning pages — {date}"   # optional; {date} is filled in when used
    tags = ["morning"]            # optional
    body = '''
    ## What is here this morning
    '''                           # optional, Markdown
    i18n.es.name = "…"            # translations beside the English (optional)

``{date}`` is the only word filled in, in the title and the body, with the day written
the reader's way (the app passes its own formatter; the command line writes the ISO
date). Everything else in braces stays exactly as written.

A built-in template cannot be changed, but it can be hidden from New entry's menu (and
shown again), or copied as your own. Choosing a template never changes an entry already
written with it: its words are copied into the new entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path

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
    read_library_file,
)
from hj_journal.core.common.tomlwrite import toml_line
from hj_journal.core.events import EntryTemplatesChanged, Events
from hj_journal.core.journal.entries import MAX_TAG, normalise_tags
from hj_journal.store.coltypes import utcnow
from hj_journal.store.files import write_atomic
from hj_journal.store.models import EntryTemplate
from hj_journal.store.vault import Vault

BUILTIN_ORDER = ("morning-pages", "a-hard-day", "gratitude-and-care", "after-a-session")
"""The built-in templates, in the order New entry's menu offers them."""
OWN_PREFIX = "own-"
"""Own templates' keys start with this, so they never clash with a built-in id."""
DATE_WORD = "{date}"
"""The one word filled in when a template is used."""
MAX_NAME = 80
MAX_DESCRIPTION = 300
MAX_TITLE = 200
MAX_TAGS = 12
MAX_BODY = 20_000

_CONTEXT = "EntryTemplates"


@dataclass(frozen=True)
class EntryTemplateDraft:
    """A template as you type it (own templates only)."""

    name: str
    title: str = ""
    tags: tuple[str, ...] = ()
    body: str = ""
    description: str = ""


@dataclass(frozen=True)
class EntryTemplateView:
    """A template, built in or your own."""

    key: str
    name: str
    description: str
    title: str
    tags: tuple[str, ...]
    body: str
    builtin: bool = False
    hidden: bool = False  # built-in templates only: left out of New entry's menu
    source_id: str = field(default="", compare=False)  # the id a file gave it

    def draft(self) -> EntryTemplateDraft:
        """The template as a draft (to edit it, or to copy a built-in one as your own)."""
        return EntryTemplateDraft(self.name, self.title, self.tags, self.body, self.description)


@dataclass(frozen=True)
class FilledEntry:
    """What a template puts into a new entry: its title, tags and body, date filled in."""

    title: str
    tags: tuple[str, ...]
    body: str


class EntryTemplateFileError(InputError):
    """A template file could not be used; the message is one sentence. Nothing changed."""


def iso_day(day: date) -> str:
    """The day as ``2026-12-03`` (the command line's way, and the default)."""
    return day.isoformat()


def fill(template: EntryTemplateView, day: date, day_words: Callable[[date], str]) -> FilledEntry:
    """The template's words for a new entry on ``day``: ``{date}`` becomes ``day_words(day)``.

    A plain replacement, never a format string, so braces in a template's words are safe.
    """
    words = day_words(day)
    return FilledEntry(
        title=template.title.replace(DATE_WORD, words).strip(),
        tags=template.tags,
        body=template.body.replace(DATE_WORD, words),
    )


# ---------------------------------------------------------------------- the rules


def clean_draft(draft: EntryTemplateDraft) -> EntryTemplateDraft:
    """The draft tidied, or :class:`InputError` with one calm sentence."""
    name = " ".join(draft.name.split())
    if not name:
        raise InputError(translate("EntryTemplates", "Give the template a name."))
    if len(name) > MAX_NAME:
        raise InputError(
            translate("EntryTemplates", "A template's name is best kept under 80 characters.")
        )
    title = " ".join(draft.title.split())
    if len(title) > MAX_TITLE:
        raise InputError(
            translate("EntryTemplates", "The title is best kept under 200 characters.")
        )
    description = " ".join(draft.description.split())
    if len(description) > MAX_DESCRIPTION:
        raise InputError(
            translate("EntryTemplates", "The description is best kept under 300 characters.")
        )
    try:
        tags = normalise_tags(draft.tags)
    except InputError as error:
        raise InputError(
            translate("EntryTemplates", "A tag can be at most 64 characters long.")
        ) from error
    if len(tags) > MAX_TAGS:
        raise InputError(translate("EntryTemplates", "A template can have at most 12 tags."))
    body = draft.body.replace("\r\n", "\n").replace("\r", "\n")
    if len(body) > MAX_BODY:
        raise InputError(
            translate(
                "EntryTemplates", "The template's text is best kept under 20,000 characters."
            )
        )
    return EntryTemplateDraft(name, title, tags, body, description)


# ---------------------------------------------------------------------- files

_KNOWN = {"schema", "id", "name", "description", "title", "tags", "body"}


def _line_of(text: str, key: str) -> int | None:
    """The line (from 1) where ``key`` is set at the top of the file, if it can be found."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None


def _with_line(error: LibraryFileError, data: str | bytes) -> LibraryFileError:
    """The error with the line of its field added ("line 4"), so the file is easy to fix."""
    problem = error.problem
    if not problem.field or "line" in problem.source:
        return error
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    line = _line_of(text, problem.field)
    if line is None:
        return error
    located = Problem(
        f"{problem.source}, line {line}", problem.message, problem.item, problem.field
    )
    return LibraryFileError((located, *error.problems[1:]))


def template_from_toml(
    data: str | bytes, source: str, language: str | None = None, *, builtin: bool = False
) -> EntryTemplateView:
    """Read one template file; :class:`LibraryFileError` names file, line and field."""
    try:
        return _read(data, source, language, builtin)
    except LibraryFileError as error:
        raise _with_line(error, data) from None


def _read(
    data: str | bytes, source: str, language: str | None, builtin: bool
) -> EntryTemplateView:
    top = Fields(decode_toml(data, source, language), source=source, known=_KNOWN)
    top.check_schema()
    ident = top.slug("id")
    name = top.text("name", max_len=MAX_NAME, one_line=True)
    description = top.optional_text("description", max_len=MAX_DESCRIPTION, one_line=True)
    title = top.optional_text("title", max_len=MAX_TITLE, one_line=True) or ""
    raw_tags = top.text_list("tags", max_items=MAX_TAGS, max_len=MAX_TAG)
    body = top.optional_text("body", max_len=MAX_BODY) or ""
    try:
        tags = normalise_tags(raw_tags)
    except InputError:
        top.fail("tags", f"each tag can be at most {MAX_TAG} characters long.")
    return EntryTemplateView(
        key=ident,
        name=name,
        description=description or "",
        title=title,
        tags=tags,
        body=body,
        builtin=builtin,
        source_id=ident,
    )


def template_to_toml(template: EntryTemplateView) -> str:
    """The template as a file :func:`template_from_toml` reads back unchanged."""
    ident = template.key.removeprefix(OWN_PREFIX) or "template"
    lines = ["# HJ Journal entry template", toml_line("schema", SCHEMA_VERSION)]
    lines.append(toml_line("id", ident))
    lines.append(toml_line("name", template.name))
    if template.description:
        lines.append(toml_line("description", template.description))
    if template.title:
        lines.append(toml_line("title", template.title))
    if template.tags:
        lines.append(toml_line("tags", list(template.tags)))
    if template.body:
        lines.append(toml_line("body", template.body))
    return "\n".join(lines) + "\n"


@cache
def builtin_templates(language: str | None = None) -> tuple[EntryTemplateView, ...]:
    """The shipped templates in :data:`BUILTIN_ORDER` (read once per language)."""
    folder = resource_path("entry_templates")
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


def _own_view(row: EntryTemplate) -> EntryTemplateView:
    tags = tuple(str(tag) for tag in row.tags or [] if isinstance(tag, str))
    return EntryTemplateView(row.key, row.name, "", row.title, tags, row.body)


class EntryTemplates:
    """The built-in entry templates and your own, in one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        language: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        events: Events | None = None,
    ) -> None:
        self._vault = vault
        self._language = language
        self._clock = clock
        self._events = events or Events()

    def builtin(self) -> tuple[EntryTemplateView, ...]:
        """The templates that come with the app, each saying whether you hid it."""
        query = select(EntryTemplate.key).where(EntryTemplate.builtin, EntryTemplate.hidden)
        with self._vault.session() as session:
            hidden = set(session.scalars(query))
        return tuple(
            _replace_hidden(t, t.key in hidden) for t in builtin_templates(self._language)
        )

    def own(self) -> tuple[EntryTemplateView, ...]:
        """Your own templates, by name."""
        query = (
            select(EntryTemplate)
            .where(EntryTemplate.builtin.is_(False))
            .order_by(EntryTemplate.name, EntryTemplate.id)
        )
        with self._vault.session() as session:
            return tuple(_own_view(row) for row in session.scalars(query))

    def all(self) -> tuple[EntryTemplateView, ...]:
        """Built-in templates first (hidden ones too), then your own."""
        return self.builtin() + self.own()

    def offered(self) -> tuple[EntryTemplateView, ...]:
        """What New entry's menu offers: the built-in ones you kept, then your own."""
        return tuple(t for t in self.all() if not t.hidden)

    def get(self, key: str) -> EntryTemplateView:
        """One template by key (a built-in id, or an own template's key)."""
        for template in self.builtin():
            if template.key == key:
                return template
        with self._vault.session() as session:
            row = self._own_row_or_none(session, key)
            if row is None:
                raise NotFoundError(
                    translate("EntryTemplates", "That template is no longer here.")
                )
            return _own_view(row)

    def find(self, name_or_key: str) -> EntryTemplateView:
        """A template by its key or its name, ignoring case (the command line's way)."""
        wanted = " ".join(name_or_key.split()).casefold()
        for template in self.all():
            if wanted in {template.key.casefold(), template.name.casefold()}:
                return template
        raise NotFoundError(
            translate("EntryTemplates", "There is no template called “{name}”.").format(
                name=name_or_key
            )
        )

    def apply(
        self, key: str, day: date, day_words: Callable[[date], str] = iso_day
    ) -> FilledEntry:
        """The title, tags and body a new entry on ``day`` starts with."""
        return fill(self.get(key), day, day_words)

    # ------------------------------------------------------------------ changes

    def add(self, draft: EntryTemplateDraft) -> EntryTemplateView:
        """Save a new template of your own."""
        draft = clean_draft(draft)
        with self._vault.transaction() as session:
            self._refuse_taken_name(session, draft.name, None)
            row = EntryTemplate(key=self._free_key(session, draft.name), name=draft.name)
            self._fill(row, draft)
            session.add(row)
            session.flush()
            view = _own_view(row)
        self._events.emit(EntryTemplatesChanged())
        return view

    def update(self, key: str, draft: EntryTemplateDraft) -> EntryTemplateView:
        """Change a template of your own; entries already written with it stay as they are."""
        draft = clean_draft(draft)
        with self._vault.transaction() as session:
            row = self._own_row(session, key)
            self._refuse_taken_name(session, draft.name, row.id)
            self._fill(row, draft)
            view = _own_view(row)
        self._events.emit(EntryTemplatesChanged())
        return view

    def rename(self, key: str, name: str) -> EntryTemplateView:
        """Give a template of your own another name."""
        current = self.get(key)
        if current.builtin:
            raise InputError(self._builtin_stays())
        return self.update(
            key, EntryTemplateDraft(name, current.title, current.tags, current.body)
        )

    def delete(self, key: str) -> None:
        """Delete a template of your own; entries written with it stay as they are."""
        with self._vault.transaction() as session:
            session.delete(self._own_row(session, key))
        self._events.emit(EntryTemplatesChanged())

    def set_hidden(self, key: str, hidden: bool) -> None:
        """Hide a built-in template from New entry's menu (``False``: offer it again)."""
        if key not in {t.key for t in builtin_templates(self._language)}:
            raise InputError(
                translate(
                    "EntryTemplates",
                    "Only built-in templates are hidden; your own can be deleted.",
                )
            )
        with self._vault.transaction() as session:
            row = session.scalar(select(EntryTemplate).where(EntryTemplate.key == key))
            if row is None:
                row = EntryTemplate(key=key, builtin=True, name="")
                session.add(row)
            row.hidden = hidden
            row.updated_at = self._clock()
        self._events.emit(EntryTemplatesChanged())

    # ------------------------------------------------------------------ files

    def export_text(self, key: str) -> str:
        """A template (built in or own) as the text of a file others can import."""
        return template_to_toml(self.get(key))

    def export_file(self, key: str, path: Path) -> None:
        """Write a template to ``path`` (complete, or not at all)."""
        write_atomic(Path(path), self.export_text(key).encode("utf-8"))

    def import_text(self, data: str | bytes, source: str) -> EntryTemplateView:
        """Add a template file as your own, or :class:`EntryTemplateFileError`.

        The file is checked like the built-in ones; a name already in use gets a number
        added, so an import never replaces anything.
        """
        try:
            read = template_from_toml(data, source)
        except LibraryFileError as error:
            raise EntryTemplateFileError(_file_words(error)) from error
        with self._vault.transaction() as session:
            name = self._free_name(session, read.name)
            row = EntryTemplate(key=self._free_key(session, read.source_id), name=name)
            self._fill(
                row, EntryTemplateDraft(name, read.title, read.tags, read.body, read.description)
            )
            session.add(row)
            session.flush()
            view = _own_view(row)
        self._events.emit(EntryTemplatesChanged())
        return view

    def import_file(self, path: Path) -> EntryTemplateView:
        """Add the template in the file at ``path`` (see :meth:`import_text`)."""
        path = Path(path)
        try:
            data = read_library_file(path)
        except LibraryFileError as error:
            raise EntryTemplateFileError(_file_words(error)) from error
        return self.import_text(data, path.name)

    # ------------------------------------------------------------------ helpers

    def _fill(self, row: EntryTemplate, draft: EntryTemplateDraft) -> None:
        row.builtin = False
        row.hidden = False
        row.name = draft.name
        row.title = draft.title
        row.tags = list(draft.tags)
        row.body = draft.body
        row.updated_at = self._clock()

    def _builtin_stays(self) -> str:
        return translate(
            "EntryTemplates",
            "Built-in templates stay as they are. Copy one as your own to change it.",
        )

    @staticmethod
    def _own_row_or_none(session: Session, key: str) -> EntryTemplate | None:
        return session.scalar(
            select(EntryTemplate).where(EntryTemplate.key == key, EntryTemplate.builtin.is_(False))
        )

    def _own_row(self, session: Session, key: str) -> EntryTemplate:
        if key in BUILTIN_ORDER:
            raise InputError(self._builtin_stays())
        row = self._own_row_or_none(session, key)
        if row is None:
            raise NotFoundError(translate("EntryTemplates", "That template is no longer here."))
        return row

    def _names_in_use(self, session: Session, leave_out: int | None) -> set[str]:
        query = select(EntryTemplate.name).where(EntryTemplate.builtin.is_(False))
        if leave_out is not None:
            query = query.where(EntryTemplate.id != leave_out)
        names: Iterable[str] = [t.name for t in builtin_templates(self._language)]
        return {name.casefold() for name in (*names, *session.scalars(query))}

    def _refuse_taken_name(self, session: Session, name: str, leave_out: int | None) -> None:
        if name.casefold() in self._names_in_use(session, leave_out):
            raise InputError(
                translate(
                    "EntryTemplates",
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
        taken = set(session.scalars(select(EntryTemplate.key)))
        candidate, number = base, 2
        while candidate in taken:
            candidate = f"{base}-{number}"
            number += 1
        return candidate


def _replace_hidden(template: EntryTemplateView, hidden: bool) -> EntryTemplateView:
    return replace(template, hidden=hidden)


def _file_words(error: LibraryFileError) -> str:
    return translate(
        "EntryTemplates", "This file can't be used as an entry template ({problem})."
    ).format(problem=error.problem)
