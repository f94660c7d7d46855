"""A session's notes written with a template: the note's own copy of its sections.

Choosing a template copies its sections into the session (``sessions.note_sections``: a
list of ``{"title", "prompt", "shared", "fills", "text"}``) and remembers where they came
from (``template_key``). From then on the note reads only its own copy, so a template
changed or deleted later never changes a note already written.

Privacy, kept here rather than in the UI:

- :func:`shared_sections` is all a :class:`~hj_journal.core.sessions.service.SessionView`
  (and so the client view and the summary) ever holds; private sections are read only
  through :meth:`NoteSections.private_sections` and :meth:`NoteSections.all_sections`.
- A section is recorded only as the client's consent allows: shared sections need
  consent to shared notes, private ones to private notes, and a section that holds the
  agreements or self-care steps (``fills``) writes into the session's own field for
  them, under the consent to agreements.
- Signed notes stay as they are (:func:`refuse_if_signed`); changes are amendments
  (:mod:`hj_journal.core.sessions.signing`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.consent import ConsentRecord
from hj_journal.core.sessions.templates import Fills, NoteTemplates, TemplateSection
from hj_journal.store.models import PracticeSession
from hj_journal.store.vault import Vault

MAX_SECTION_TEXT = 100_000
SIGNED = QT_TRANSLATE_NOOP(
    "SessionsNoteSections",
    "These notes are signed, so they stay as they are. To change or add to them, add an "
    "amendment.",
)

# The parts of notes written without a template, named as the client's summary names
# them (an amendment can name one of them).
SHARED_NOTES_PART = "Notes we wrote together"
AGREEMENTS_PART = "What we agreed"
SELF_CARE_PART = "Self-care until next time"
PRIVATE_NOTES_PART = "Private notes"


class SignedNotesError(InputError):
    """The notes are signed: nothing in them changes any more (amend them instead)."""


def refuse_if_signed(row: PracticeSession) -> None:
    """Raise :class:`SignedNotesError` when the session's notes are signed."""
    if row.signed_at is not None:
        raise SignedNotesError(translate("SessionsNoteSections", SIGNED))


@dataclass(frozen=True)
class NoteSection:
    """One section of a session's notes, with what was written in it."""

    index: int  # its place in the note (what :meth:`NoteSections.save_sections` takes)
    title: str
    prompt: str
    shared: bool
    fills: Fills | None
    text: str


@dataclass(frozen=True)
class NotePart:
    """A part of a session's notes that an amendment can name."""

    title: str
    shared: bool


def _text_of(row: PracticeSession, section: TemplateSection, stored: object) -> str:
    if section.fills is Fills.AGREEMENTS:
        return row.agreements
    if section.fills is Fills.SELF_CARE_STEPS:
        return row.self_care_steps
    return stored if isinstance(stored, str) else ""


def read_sections(row: PracticeSession) -> tuple[NoteSection, ...]:
    """Every section of the note, private ones included (never for the client's eyes)."""
    found = []
    for index, item in enumerate(row.note_sections or []):
        section = TemplateSection.from_json(item)
        stored = item.get("text") if isinstance(item, dict) else None
        found.append(
            NoteSection(
                index=index,
                title=section.title,
                prompt=section.prompt,
                shared=section.shared,
                fills=section.fills,
                text=_text_of(row, section, stored),
            )
        )
    return tuple(found)


def shared_sections(row: PracticeSession) -> tuple[NoteSection, ...]:
    """The sections that may reach the client: the only ones a session view holds."""
    return tuple(section for section in read_sections(row) if section.shared)


def filled(row: PracticeSession) -> frozenset[Fills]:
    """The session's own fields (agreements, self-care steps) its template holds."""
    return frozenset(s.fills for s in read_sections(row) if s.fills is not None)


def parts(row: PracticeSession) -> tuple[NotePart, ...]:
    """The parts of the notes, in order: the sections, then the free notes in use."""
    found = [NotePart(s.title, s.shared) for s in read_sections(row)]
    template = bool(row.note_sections)
    held = filled(row)
    if not template or row.shared_notes.strip():
        found.append(NotePart(SHARED_NOTES_PART, True))
    if Fills.AGREEMENTS not in held:
        found.append(NotePart(AGREEMENTS_PART, True))
    if Fills.SELF_CARE_STEPS not in held:
        found.append(NotePart(SELF_CARE_PART, True))
    if not template or row.private_notes.strip():
        found.append(NotePart(PRIVATE_NOTES_PART, False))
    return tuple(found)


def _consent_for(section: NoteSection) -> tuple[str, str]:
    """The consent item a section needs, and what it records in words."""
    if section.fills is Fills.AGREEMENTS:
        return c.AGREEMENTS, QT_TRANSLATE_NOOP("SessionsWords", "agreements")
    if section.fills is Fills.SELF_CARE_STEPS:
        return c.AGREEMENTS, QT_TRANSLATE_NOOP("SessionsWords", "self-care steps")
    if section.shared:
        return c.SHARED_NOTES, QT_TRANSLATE_NOOP("SessionsWords", "shared notes")
    return c.PRIVATE_NOTES, QT_TRANSLATE_NOOP("SessionsWords", "private notes")


def _get(session: Session, session_id: int) -> PracticeSession:
    row = session.get(PracticeSession, session_id)
    if row is None:
        raise NotFoundError(
            translate(
                "SessionsNoteSections",
                "That session is no longer here.",
            )
        )
    return row


class NoteSections:
    """Choosing a template for a session's notes, and writing in its sections."""

    def __init__(self, vault: Vault, templates: NoteTemplates) -> None:
        self._vault = vault
        self._templates = templates

    def use_template(self, session_id: int, key: str | None) -> None:
        """Write the notes with template ``key`` (None or "": free notes, no template).

        The template's sections are copied into the note. Agreements and self-care steps
        are kept whatever the template; a change is refused while other sections hold
        words, so nothing written is ever dropped.
        """
        template = self._templates.get(key) if key else None
        with self._vault.transaction() as session:
            row = _get(session, session_id)
            refuse_if_signed(row)
            if (row.template_key or None) == (template.key if template else None):
                return
            if any(s.text.strip() for s in read_sections(row) if s.fills is None):
                raise InputError(
                    translate(
                        "SessionsNoteSections",
                        "Some sections already hold notes. Empty them first to change the "
                        "template, or keep this one.",
                    )
                )
            row.template_key = template.key if template else None
            row.note_sections = (
                [{**s.to_json(), "text": ""} for s in template.sections] if template else []
            )

    def save_sections(self, session_id: int, texts: Mapping[int, str]) -> None:
        """Save what was written in the sections, by their place in the note."""
        with self._vault.transaction() as session:
            row = _get(session, session_id)
            refuse_if_signed(row)
            consent = ConsentRecord.from_json(row.consent)
            sections = read_sections(row)
            stored = [dict(item) if isinstance(item, dict) else {} for item in row.note_sections]
            for index, text in texts.items():
                if not 0 <= index < len(sections):
                    raise InputError(
                        translate(
                            "SessionsNoteSections",
                            "That section is no longer in these notes.",
                        )
                    )
                if len(text) > MAX_SECTION_TEXT:
                    raise InputError(
                        translate(
                            "SessionsNoteSections",
                            "The notes are too long to save.",
                        )
                    )
                section = sections[index]
                key, what = _consent_for(section)
                if text.strip() and (consent is None or not consent.allows(key)):
                    raise InputError(
                        translate(
                            "SessionsNoteSections",
                            "Recording {what} was not part of the client's consent.",
                        ).format(what=translate("SessionsWords", what))
                    )
                if section.fills is Fills.AGREEMENTS:
                    row.agreements = text
                elif section.fills is Fills.SELF_CARE_STEPS:
                    row.self_care_steps = text
                else:
                    stored[index]["text"] = text
            row.note_sections = stored  # a new list, so the JSON column is written

    def private_sections(self, session_id: int) -> tuple[NoteSection, ...]:
        """The private sections: never shown with the client present."""
        return tuple(s for s in self.all_sections(session_id) if not s.shared)

    def all_sections(self, session_id: int) -> tuple[NoteSection, ...]:
        """Every section, private ones included: for the practitioner's own view only."""
        with self._vault.session() as session:
            return read_sections(_get(session, session_id))

    def parts(self, session_id: int) -> tuple[NotePart, ...]:
        """The parts of the notes an amendment can name."""
        with self._vault.session() as session:
            return parts(_get(session, session_id))
