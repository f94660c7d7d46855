"""The vault's tables as SQLAlchemy 2 typed models (docs/architecture.md, Data model).

Every row has an integer primary key (stable for the full-text index, which needs a
rowid that VACUUM never renumbers) and a ``uuid`` that identifies it across exports,
imports and backups. Times are aware UTC datetimes; ``entry_date`` is the calendar day
an entry is about, in the user's own reckoning.

The schema is created and changed only by the Alembic migrations next to this file.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from hj_journal.store.coltypes import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    """A random identifier for a new row (32 hex characters)."""
    return uuid_module.uuid4().hex


class Base(DeclarativeBase):
    """Base of every model."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        str: Text(),
    }


class _Identified:
    """Columns every row shares."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)


# ---------------------------------------------------------------------- journal


class Entry(_Identified, Base):
    """A journal entry."""

    __tablename__ = "entries"

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    entry_date: Mapped[date]
    title: Mapped[str] = mapped_column(default="")
    body: Mapped[str] = mapped_column(default="")
    # Space-separated tag names for search, kept by sync_tag_text (and bulk writes).
    tag_text: Mapped[str] = mapped_column(default="")
    prompt_key: Mapped[str | None]
    mood: Mapped[int | None]
    pinned: Mapped[bool] = mapped_column(default=False)
    content_note: Mapped[str | None]
    deleted_at: Mapped[datetime | None]
    source: Mapped[str | None]
    source_id: Mapped[str | None] = mapped_column(index=True)

    tags: Mapped[list[EntryTag]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="EntryTag.name",
    )

    __table_args__ = (
        Index("ix_entries_timeline", "deleted_at", "entry_date", "created_at"),
        # Lets newest-first search sort thousands of matches without reading their rows.
        Index("ix_entries_search_order", "id", "deleted_at", "entry_date", "created_at"),
    )


def tag_text_for(entry: Entry) -> str:
    """The searchable text of an entry's tags: names in code-point order, one space apart."""
    return " ".join(sorted(tag.name for tag in entry.tags))


def sync_tag_text(session: Session, _context: object, _instances: object) -> None:
    """Before a flush, bring every new or changed entry's ``tag_text`` up to date.

    Listened to by every vault session (``before_flush``). Setting it before the row is
    written means the search index is updated once per save, whatever the tag count.
    """
    for obj in (*session.new, *session.dirty):
        entry = obj.entry if isinstance(obj, EntryTag) else obj
        if isinstance(entry, Entry) and "tags" in entry.__dict__:
            text = tag_text_for(entry)
            if entry.tag_text != text:
                entry.tag_text = text


class EntryTag(Base):
    """A tag on an entry."""

    __tablename__ = "entry_tags"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(primary_key=True, index=True)

    entry: Mapped[Entry] = relationship(back_populates="tags")


class Draft(_Identified, Base):
    """Autosaved editor state, restored after a crash. One row per editor slot."""

    __tablename__ = "drafts"

    slot: Mapped[str] = mapped_column(unique=True)
    entry_uuid: Mapped[str | None]
    title: Mapped[str] = mapped_column(default="")
    body: Mapped[str] = mapped_column(default="")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    entry_date: Mapped[date | None]
    content_note: Mapped[str | None]
    prompt_key: Mapped[str | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# ---------------------------------------------------------------------- check-ins


class CheckIn(_Identified, Base):
    """A stress check-in: every field optional (docs/care.md, requirement 1)."""

    __tablename__ = "checkins"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    distress: Mapped[int | None]  # SUDS 0–10
    mood: Mapped[int | None]  # valence −3…+3
    energy: Mapped[int | None]  # 0–4
    emotions: Mapped[list[Any]] = mapped_column(default=list)
    body_sensations: Mapped[list[Any]] = mapped_column(default=list)
    context_tags: Mapped[list[Any]] = mapped_column(default=list)
    note: Mapped[str] = mapped_column(default="")
    # Why this check-in was made: "arriving", "before_practice", "after_practice", …
    phase: Mapped[str | None]
    practice_id: Mapped[int | None] = mapped_column(
        ForeignKey("coping_practices.id", ondelete="SET NULL"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True
    )
    source_id: Mapped[str | None] = mapped_column(index=True)

    # Insights read ratings over years from this narrow index instead of the rows
    # (migration 0003); practice-session check-ins are not part of anyone's own history.
    # The calmer-days comparison counts word lists per distress value from the other two
    # (migration 0012), in index order, without a sort.
    __table_args__ = (
        Index(
            "ix_checkins_ratings",
            "at",
            "distress",
            "mood",
            sqlite_where=text("session_id IS NULL"),
        ),
        Index(
            "ix_checkins_context_words",
            "distress",
            "context_tags",
            sqlite_where=text("session_id IS NULL"),
        ),
        Index(
            "ix_checkins_emotion_words",
            "distress",
            "emotions",
            sqlite_where=text("session_id IS NULL"),
        ),
    )


class InstrumentResponse(_Identified, Base):
    """Answers to a standard questionnaire, kept exactly as given."""

    __tablename__ = "instrument_responses"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    instrument_id: Mapped[str] = mapped_column(String(32), index=True)
    instrument_version: Mapped[int]
    answers: Mapped[list[Any]]
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)  # e.g. the difficulty item
    total: Mapped[int | None]
    band: Mapped[str | None]
    flags: Mapped[list[Any]] = mapped_column(default=list)
    scored: Mapped[bool] = mapped_column(default=False)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(default="")


class CustomScale(_Identified, Base):
    """A user's or practitioner's own rating scale: charted, never scored against norms."""

    __tablename__ = "custom_scales"

    name: Mapped[str]
    question: Mapped[str] = mapped_column(default="")
    min_value: Mapped[int] = mapped_column(default=0)
    max_value: Mapped[int] = mapped_column(default=10)
    anchors: Mapped[dict[str, Any]] = mapped_column(default=dict)
    hidden: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScaleRating(_Identified, Base):
    """One answer on a custom scale."""

    __tablename__ = "scale_ratings"

    scale_id: Mapped[int] = mapped_column(
        ForeignKey("custom_scales.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    value: Mapped[int]
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))


# ---------------------------------------------------------------------- coping


class CopingStrategy(_Identified, Base):
    """A user's own strategy, or the user's choices about a built-in one (``builtin_key``)."""

    __tablename__ = "coping_strategies"

    builtin_key: Mapped[str | None] = mapped_column(unique=True)
    title: Mapped[str] = mapped_column(default="")
    summary: Mapped[str] = mapped_column(default="")
    principle: Mapped[str | None]
    kind: Mapped[str | None]
    steps: Mapped[list[Any]] = mapped_column(default=list)
    repeat: Mapped[int] = mapped_column(default=1)
    duration_min: Mapped[int | None]
    duration_max: Mapped[int | None]
    cautions: Mapped[str] = mapped_column(default="")
    content_note: Mapped[str | None]
    favourite: Mapped[bool] = mapped_column(default=False)
    hidden: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CopingPractice(_Identified, Base):
    """One time a strategy was practised, with optional distress before and after."""

    __tablename__ = "coping_practices"

    strategy_key: Mapped[str]  # a built-in id, or a custom strategy's uuid
    strategy_title: Mapped[str] = mapped_column(default="")
    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    ended_at: Mapped[datetime | None]
    finished: Mapped[bool] = mapped_column(default=False)
    distress_before: Mapped[int | None]
    distress_after: Mapped[int | None]
    note: Mapped[str] = mapped_column(default="")
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True
    )


# ---------------------------------------------------------------------- prompts


class PromptPack(_Identified, Base):
    """A pack of the user's own prompts (built-in packs live in resources/)."""

    __tablename__ = "prompt_packs"

    key: Mapped[str] = mapped_column(unique=True)
    name: Mapped[str]
    description: Mapped[str] = mapped_column(default="")
    author: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Prompt(_Identified, Base):
    """A user's own prompt, or the user's choices about a built-in one (``builtin``)."""

    __tablename__ = "prompts"

    key: Mapped[str] = mapped_column(unique=True)
    pack_id: Mapped[int | None] = mapped_column(
        ForeignKey("prompt_packs.id", ondelete="CASCADE"), index=True
    )
    builtin: Mapped[bool] = mapped_column(default=False)
    principle: Mapped[str | None]
    text: Mapped[str] = mapped_column(default="")
    follow_ups: Mapped[list[Any]] = mapped_column(default=list)
    content_note: Mapped[str | None]
    hidden: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromptEvent(_Identified, Base):
    """Something the user did with a prompt on a day ("not today", "used")."""

    __tablename__ = "prompt_events"

    prompt_key: Mapped[str] = mapped_column(index=True)
    day: Mapped[date] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(default=utcnow)


# ---------------------------------------------------------------------- community care


class SupportPerson(_Identified, Base):
    """Someone (or an organisation) on the community care map."""

    __tablename__ = "support_people"

    name: Mapped[str]
    kind: Mapped[str] = mapped_column(String(16), default="person")  # person | organisation
    ring: Mapped[int] = mapped_column(default=1)  # 1 = closest
    roles: Mapped[list[Any]] = mapped_column(default=list)  # harmed, caused_harm, witnessed
    good_at: Mapped[str] = mapped_column(default="")
    capacity: Mapped[str] = mapped_column(default="")
    asked: Mapped[bool] = mapped_column(default=False)
    offer: Mapped[str] = mapped_column(default="")
    contact: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Resource(_Identified, Base):
    """A crisis, non-police or community resource the user keeps for hard moments."""

    __tablename__ = "resources"

    name: Mapped[str]
    kind: Mapped[str] = mapped_column(String(24), default="other")
    contact: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    is_example: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Plan(_Identified, Base):
    """A structured plan (self-care, safety, accountability, allies and barriers…)."""

    __tablename__ = "plans"

    kind: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(default="")
    follow_up_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PlanVersion.saved_at",
    )


class PlanVersion(_Identified, Base):
    """One saved state of a plan; earlier versions stay for the user to look back on."""

    __tablename__ = "plan_versions"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)

    plan: Mapped[Plan] = relationship(back_populates="versions")


# ---------------------------------------------------------------------- practice vaults


class Client(_Identified, Base):
    """A client in a practice vault, under a pseudonym."""

    __tablename__ = "clients"

    pseudonym: Mapped[str]
    pronouns: Mapped[str] = mapped_column(default="")
    goals: Mapped[str] = mapped_column(default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Years to keep this client's record after the last session, when it differs from
    # the practice's own rule (None: the practice's rule applies).
    retention_years: Mapped[int | None]


class PracticeSession(_Identified, Base):
    """A one-on-one session with a client."""

    __tablename__ = "sessions"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    consent: Mapped[dict[str, Any]] = mapped_column(default=dict)
    shared_notes: Mapped[str] = mapped_column(default="")
    private_notes: Mapped[str] = mapped_column(default="")
    agreements: Mapped[str] = mapped_column(default="")
    self_care_steps: Mapped[str] = mapped_column(default="")
    # Notes written with a template keep their own copy of its sections (title, whether
    # shared or private, the text), so changing the template never changes a note.
    template_key: Mapped[str | None]
    note_sections: Mapped[list[Any]] = mapped_column(default=list)
    # Once signed, the notes are read-only; changes are amendments.
    signed_at: Mapped[datetime | None]


class SessionAmendment(_Identified, Base):
    """A change to signed notes: its own time and reason; the original stays as it was."""

    __tablename__ = "session_amendments"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str]
    section: Mapped[str] = mapped_column(default="")  # the section amended, "" for the whole
    text: Mapped[str]
    shared: Mapped[bool] = mapped_column(default=False)


class NoteTemplate(_Identified, Base):
    """A practitioner's own note template (the built-in ones are resource files)."""

    __tablename__ = "note_templates"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    description: Mapped[str] = mapped_column(default="")
    sections: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CareGoal(_Identified, Base):
    """One goal of a client's care plan, in the client's own words."""

    __tablename__ = "care_goals"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    words: Mapped[str]
    review_on: Mapped[date | None]
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]


class SessionGoal(_Identified, Base):
    """A goal a session worked on, with an optional progress rating (0–10)."""

    __tablename__ = "session_goals"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("care_goals.id", ondelete="CASCADE"), index=True
    )
    progress: Mapped[int | None]

    __table_args__ = (UniqueConstraint("session_id", "goal_id"),)


class DeletionLogLine(_Identified, Base):
    """A client's record deleted under retention: when and why, never who or what."""

    __tablename__ = "deletion_log"

    deleted_at: Mapped[datetime] = mapped_column(default=utcnow)
    rule: Mapped[str]
    first_month: Mapped[str] = mapped_column(String(7))  # "2024-03"
    last_month: Mapped[str] = mapped_column(String(7))
    sessions: Mapped[int]


class ReceivedSummary(_Identified, Base):
    """A session summary your practitioner shared with you ("From my sessions")."""

    __tablename__ = "received_summaries"

    share_id: Mapped[str] = mapped_column(String(32), unique=True)  # receiving twice adds nothing
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    session_on: Mapped[date | None]
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)


# ---------------------------------------------------------------------- settings


class Setting(Base):
    """A per-vault preference, stored encrypted with everything else."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


# ---------------------------------------------------------------------- the record of attempts

#: Tables that belong to this vault alone: never in an export, never taken from an import
#: (another vault's private key would not fit this vault's key file).
NOT_EXPORTED = frozenset({"attempt_seal", "unlock_attempts"})


class AttemptSeal(Base):
    """The vault's side of the sealed record of attempts (one row, see store/attempts.py).

    The private key opens what failed unlocks sealed to the key file's public key;
    ``records_read`` and ``chain`` say how much of the record this vault has read, so a
    record that was shortened, removed or changed since is noticed. Never exported.
    """

    __tablename__ = "attempt_seal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    # True once the public key is in the key file: its absence later is then news.
    published: Mapped[bool] = mapped_column(default=False)
    records_read: Mapped[int] = mapped_column(default=0)
    chain: Mapped[str] = mapped_column(String(64), default="0" * 64)


class UnlockAttempt(Base):
    """One thing the record of attempts told this vault: an attempt, or a gap in it."""

    __tablename__ = "unlock_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # When it happened (for an attempt) or was noticed (for a gap or an unreadable record).
    at: Mapped[datetime]
    event: Mapped[str] = mapped_column(String(16))
    place: Mapped[str] = mapped_column(String(16), default="")
    # SHA-256 of the record it came from, so each record is taken in once.
    digest: Mapped[str | None] = mapped_column(String(64))
    reported: Mapped[bool] = mapped_column(default=False)


# ---------------------------------------------------------------------- attachments (0007)
#
# Photos, audio and files kept inside entries, inside the encrypted database (see
# docs/formats.md, Attachments, and hj_journal/core/journal/attachments.py):
#
# - ``attachment_key``: one row, a random 32-byte key that never leaves the vault. The
#   dedup digest is HMAC-SHA256 under it, so equal files in two vaults (or a backup of
#   another vault) never show up as equal digests.
# - ``attachment_contents``: one row per distinct file content (after metadata removal),
#   found again by its keyed digest; ``attachment_chunks`` hold its bytes in numbered
#   pieces of at most 1 MiB, so a large file is never one huge value in memory.
# - ``attachment_thumbnails``: a small PNG of an image, made in memory by the app.
# - ``entry_attachments``: the link from an entry to a content, with the file's own
#   name, media type, size and place in the entry's strip. Deleting an entry removes its
#   links (cascade); the service removes contents no entry links to any more.
#
# The key, contents, chunks and thumbnails are exported apart from the other tables (by
# the file's bytes, not these rows), so another vault recomputes its own digests.

#: Tables an export writes in their own way rather than row by row (docs/formats.md).
EXPORTED_APART = frozenset(
    {
        "attachment_key",
        "attachment_contents",
        "attachment_chunks",
        "attachment_thumbnails",
        "entry_attachments",
    }
)


class AttachmentKey(Base):
    """The vault's own key for attachment digests (one row, id 1). Never exported."""

    __tablename__ = "attachment_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)


class AttachmentContent(_Identified, Base):
    """The bytes of one file, kept once however many entries hold it."""

    __tablename__ = "attachment_contents"
    # HMAC-SHA256 (hex) of the stored bytes under the vault's attachment key.
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int]
    chunks: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AttachmentChunk(Base):
    """One piece (at most 1 MiB) of a content's bytes, numbered from 0."""

    __tablename__ = "attachment_chunks"
    content_id: Mapped[int] = mapped_column(
        ForeignKey("attachment_contents.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AttachmentThumbnail(Base):
    """A small PNG of an image content, made in memory by the app, never on disk."""

    __tablename__ = "attachment_thumbnails"
    content_id: Mapped[int] = mapped_column(
        ForeignKey("attachment_contents.id", ondelete="CASCADE"), primary_key=True
    )
    width: Mapped[int]
    height: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EntryAttachment(_Identified, Base):
    """A file in an entry: its name, kind, size and place among the entry's files."""

    __tablename__ = "entry_attachments"
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    content_id: Mapped[int] = mapped_column(
        ForeignKey("attachment_contents.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str]
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int]
    position: Mapped[int] = mapped_column(default=0)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    # True when location, camera and other details were taken out on import.
    metadata_removed: Mapped[bool] = mapped_column(default=False)


# ---------------------------------------------------------------------- entry templates (0008)
#
# Templates for new journal entries (hj_journal/core/journal/templates.py). The built-in
# ones are resource files (resources/entry_templates/); a row here is either a template
# of the person's own (``builtin`` false) or only the note that a built-in one is hidden
# from New entry's menu (``builtin`` true, its content fields left empty).


class EntryTemplate(_Identified, Base):
    """A template of one's own for new entries, or a hidden built-in one."""

    __tablename__ = "entry_templates"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    builtin: Mapped[bool] = mapped_column(default=False)
    hidden: Mapped[bool] = mapped_column(default=False)
    name: Mapped[str] = mapped_column(default="")
    title: Mapped[str] = mapped_column(default="")  # a pattern: "Morning pages — {date}"
    tags: Mapped[list[Any]] = mapped_column(default=list)
    body: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
