"""Signed notes and amendments, and the notes still to finish.

"Finish and sign" closes a session's notes with the time (``sessions.signed_at``). From
then on nothing in them changes: every service call that edits notes, sections,
agreements or self-care steps refuses (:func:`~hj_journal.core.sessions.note_sections.
refuse_if_signed`). What comes later is an amendment (``session_amendments``): its own
time, a reason, the part of the notes it is about, the text, and whether it is shared.
The original stays readable beside it.

A shared amendment (reason and text) can reach the client's summary; a private one
never does. A session can be signed once it has ended.

The practice home lists the sessions whose notes are not signed a day after they began
(:func:`notes_to_finish`), without any judgement about time: they are simply notes
still open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.consent import ConsentRecord
from hj_journal.core.sessions.note_sections import parts
from hj_journal.core.sessions.summary import SharedAmendment
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import Client, PracticeSession, SessionAmendment
from hj_journal.store.vault import Vault

MAX_REASON = 2_000
MAX_AMENDMENT = 100_000


@dataclass(frozen=True)
class AmendmentDraft:
    """An amendment as the practitioner writes it ("" as the part: the whole notes)."""

    reason: str
    text: str
    section: str = ""
    shared: bool = False


@dataclass(frozen=True)
class AmendmentView:
    """A saved amendment."""

    id: int
    session_id: int
    at: datetime
    reason: str
    section: str
    text: str
    shared: bool


@dataclass(frozen=True)
class NotesToFinish:
    """A session whose notes are not signed yet (for the practice home)."""

    session_id: int
    client_id: int
    pseudonym: str
    started_at: datetime


def _view(row: SessionAmendment) -> AmendmentView:
    return AmendmentView(
        id=row.id,
        session_id=row.session_id,
        at=row.at,
        reason=row.reason,
        section=row.section,
        text=row.text,
        shared=row.shared,
    )


def _get(session: Session, session_id: int) -> PracticeSession:
    row = session.get(PracticeSession, session_id)
    if row is None:
        raise NotFoundError(
            translate(
                "SessionsSigning",
                "That session is no longer here.",
            )
        )
    return row


class Signing:
    """Signing a session's notes, and amending them afterwards."""

    def __init__(self, vault: Vault, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._vault = vault
        self._clock = clock

    def sign(self, session_id: int) -> datetime:
        """Finish and sign the notes of an ended session; the time they were signed.

        Signing again changes nothing and gives the first time.
        """
        with self._vault.transaction() as session:
            row = _get(session, session_id)
            if row.ended_at is None:
                raise InputError(
                    translate(
                        "SessionsSigning",
                        "End the session before signing its notes.",
                    )
                )
            if row.signed_at is None:
                row.signed_at = self._clock()
            return row.signed_at

    def amend(
        self,
        session_id: int,
        reason: str,
        text: str,
        section: str = "",
        shared: bool = False,
    ) -> AmendmentView:
        """Add an amendment to signed notes, with its own time and reason."""
        reason, text, section = reason.strip(), text.strip(), " ".join(section.split())
        if not reason:
            raise InputError(
                translate(
                    "SessionsSigning",
                    "Say in a few words why the notes are amended.",
                )
            )
        if not text:
            raise InputError(
                translate(
                    "SessionsSigning",
                    "Write what the amendment adds or changes.",
                )
            )
        if len(reason) > MAX_REASON or len(text) > MAX_AMENDMENT:
            raise InputError(
                translate(
                    "SessionsSigning",
                    "The amendment is too long to save.",
                )
            )
        with self._vault.transaction() as session:
            row = _get(session, session_id)
            if row.signed_at is None:
                raise InputError(
                    translate(
                        "SessionsSigning",
                        "These notes are not signed yet, so they can still be changed directly.",
                    )
                )
            if section and section not in {part.title for part in parts(row)}:
                raise InputError(
                    translate(
                        "SessionsSigning",
                        "That part is not in these notes.",
                    )
                )
            consent = ConsentRecord.from_json(row.consent)
            allowed = consent is not None and (
                (consent.allows(c.SHARED_NOTES) or consent.allows(c.AGREEMENTS))
                if shared
                else consent.allows(c.PRIVATE_NOTES)
            )
            if not allowed:
                what = (
                    QT_TRANSLATE_NOOP("SessionsWords", "shared notes")
                    if shared
                    else QT_TRANSLATE_NOOP("SessionsWords", "private notes")
                )
                raise InputError(
                    translate(
                        "SessionsSigning",
                        "Recording {what} was not part of the client's consent.",
                    ).format(what=translate("SessionsWords", what))
                )
            amendment = SessionAmendment(
                session_id=session_id,
                at=self._clock(),
                reason=reason,
                section=section,
                text=text,
                shared=shared,
            )
            session.add(amendment)
            session.flush()
            return _view(amendment)

    def amendments(
        self, session_id: int, *, include_private: bool = False
    ) -> tuple[AmendmentView, ...]:
        """A session's amendments, oldest first; private ones only when asked for."""
        query = (
            select(SessionAmendment)
            .where(SessionAmendment.session_id == session_id)
            .order_by(SessionAmendment.at, SessionAmendment.id)
        )
        if not include_private:
            query = query.where(SessionAmendment.shared.is_(True))
        with self._vault.session() as session:
            return tuple(_view(row) for row in session.scalars(query))

    def shared_amendments(self, session_id: int) -> tuple[SharedAmendment, ...]:
        """The amendments that may reach the client's summary."""
        return tuple(
            SharedAmendment(at=a.at, reason=a.reason, section=a.section, text=a.text)
            for a in self.amendments(session_id)
        )


def notes_to_finish(
    session: Session, *, before: datetime, limit: int
) -> tuple[tuple[NotesToFinish, ...], int]:
    """Ended sessions begun before ``before`` whose notes are not signed, newest first
    (at most ``limit``), and how many there are in all."""
    where = (
        PracticeSession.signed_at.is_(None),
        PracticeSession.ended_at.is_not(None),
        PracticeSession.started_at < before,
    )
    total = session.scalar(select(func.count()).select_from(PracticeSession).where(*where))
    query = (
        select(PracticeSession.id, PracticeSession.client_id, Client.pseudonym)
        .add_columns(PracticeSession.started_at)
        .join(Client, Client.id == PracticeSession.client_id)
        .where(*where)
        .order_by(PracticeSession.started_at.desc(), PracticeSession.id.desc())
        .limit(limit)
    )
    rows = tuple(
        NotesToFinish(session_id=sid, client_id=cid, pseudonym=name, started_at=started)
        for sid, cid, name, started in session.execute(query).all()
    )
    return rows, int(total or 0)
