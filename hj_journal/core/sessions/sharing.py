""" "Share with my client": a session's summary as one encrypted file and a one-time code.

The practitioner shares an ended session; the client receives the file in their own
personal vault with the code (:mod:`hj_journal.core.sessions.received`). What goes in
is the session summary, no more (:class:`~hj_journal.core.sessions.share_content.
SharedSummary`: shared notes and sections, agreements, self-care steps, practices with
their ratings, shared amendments, and questionnaire totals when the client agreed to a
questionnaire), and never the client's pseudonym. The file format and the code are
:mod:`hj_journal.store.sharefile`.

The code is made here, handed back once and kept nowhere: neither vault stores it, and
nothing else can open the file. Saving the file counts as the client having their
summary on the practice home, as saving the PDF does.

The client's copy for an access request (everything shared with one client across all
their sessions) is :mod:`hj_journal.core.sessions.client_copy`, made from the same
content.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import translate
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.client_copy import ClientCopy, CopiedSession
from hj_journal.core.sessions.practice_home import PracticeHome
from hj_journal.core.sessions.service import Sessions
from hj_journal.core.sessions.share_content import (
    QuestionnaireTotal,
    SharedPractice,
    SharedRating,
    SharedSummary,
)
from hj_journal.core.sessions.summary import Rating
from hj_journal.store import sharefile
from hj_journal.store.coltypes import utcnow
from hj_journal.store.files import write_atomic

SUFFIX = sharefile.SUFFIX


@dataclass(frozen=True)
class SharedFile:
    """A summary ready to hand over: the file's bytes and the code that opens it.

    ``code`` is shown once and kept nowhere; ``share_id`` (hex) is in the file's header.
    """

    share_id: str
    code: str
    data: bytes

    def __repr__(self) -> str:  # never the code in a log line or a traceback
        return f"SharedFile(share_id={self.share_id!r}, {len(self.data)} bytes)"


class Sharing:
    """Sharing session summaries with clients, from a practice vault."""

    def __init__(
        self,
        sessions: Sessions,
        practice_home: PracticeHome,
        builtin_keys: Callable[[], Collection[str]],
        *,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._home = practice_home
        self._builtin_keys = builtin_keys  # practices link only to strategies both have
        self._zone = zone

    def content(self, session_id: int) -> SharedSummary:
        """What the client receives from this session (nothing private, no pseudonym)."""
        sessions = self._sessions
        summary = sessions.summary(session_id)
        view = sessions.get(session_id)
        consent = view.consent
        builtin = set(self._builtin_keys())
        practices = tuple(
            SharedPractice(
                # Titled as the summary titles them (summary.py).
                title=p.strategy_title or p.strategy_key,
                strategy_key=p.strategy_key if p.strategy_key in builtin else "",
                before=p.distress_before,
                after=p.distress_after,
                finished=p.finished,
            )
            for p in sessions.practices(session_id)
        )
        totals: tuple[QuestionnaireTotal, ...] = ()
        if consent is not None and consent.allows(c.QUESTIONNAIRE):
            totals = tuple(
                QuestionnaireTotal(series.short_name, point.value)
                for series in sessions.questionnaire_trend(view.client_id)
                for point in series.points
                if point.session_id == session_id and point.value is not None
            )
        return SharedSummary(
            session_on=summary.started_at.astimezone(self._zone).date(),
            started_at=summary.started_at,
            ended_at=summary.ended_at,
            arriving=_rating(summary.arriving),
            leaving=_rating(summary.leaving),
            practices=practices,
            sections=summary.sections,
            shared_notes=summary.shared_notes,
            agreements=summary.agreements,
            self_care_steps=summary.self_care_steps,
            amendments=summary.amendments,
            questionnaires=totals,
        )

    def bundle(self, session_id: int) -> SharedFile:
        """The sealed file for an ended session and a new code (nothing is saved)."""
        if not self._sessions.available:
            raise InputError(
                translate(
                    "SessionsSharing",
                    "Summaries are shared from a practice vault.",
                )
            )
        if self._sessions.get(session_id).is_running:
            raise InputError(
                translate(
                    "SessionsSharing",
                    "End the session before sharing its summary, so that it holds everything.",
                )
            )
        content = self.content(session_id)
        plain = content.to_bytes()
        SharedSummary.from_bytes(plain)  # what is sent must be receivable, always
        code = sharefile.new_code()
        data = sharefile.seal(plain, code)
        return SharedFile(share_id=sharefile.share_id_of(data), code=code, data=data)

    def share_to(self, session_id: int, path: Path) -> SharedFile:
        """Write the sealed file to ``path`` (whole, owner-only) and return it with its code.

        The practice home then counts the summary as given to the client.
        """
        shared = self.bundle(session_id)
        path = Path(path)
        if path.is_dir():
            raise InputError(
                translate(
                    "SessionsSharing",
                    "That is a folder. Give a file name for the summary.",
                )
            )
        write_atomic(path, shared.data)
        self._home.mark_summary_saved(session_id)
        return shared

    def client_copy(self, client_id: int) -> ClientCopy:
        """Everything shared with one client across their sessions (an access request)."""
        sessions = self._sessions
        client = sessions.client(client_id)
        copied = []
        for view in sorted(sessions.sessions_for(client_id), key=lambda v: v.started_at):
            consent = view.consent
            copied.append(
                CopiedSession(
                    content=self.content(view.id),
                    consent_at=None if consent is None else consent.at,
                    consent_wording=() if consent is None else consent.wording,
                )
            )
        return ClientCopy(client.pseudonym, client.pronouns, self._clock(), tuple(copied))

    def save_client_copy_json(self, client_id: int, path: Path) -> ClientCopy:
        """Write the client's copy as JSON to ``path`` (whole, owner-only; not encrypted)."""
        copy = self.client_copy(client_id)
        write_atomic(Path(path), copy.to_text().encode("utf-8"))
        return copy


def code_groups(code: str) -> list[str]:
    """The groups of a code, as it is shown to be read aloud (``["7KQ4", …, "M2"]``)."""
    return sharefile.code_groups(code)


def default_file_name(content: SharedSummary) -> str:
    """A neutral file name: the session's date only, never a name."""
    return f"session-summary-{content.session_on.isoformat()}{SUFFIX}"


def _rating(rating: Rating | None) -> SharedRating | None:
    if rating is None or (rating.distress is None and rating.mood is None):
        return None
    return SharedRating(rating.distress, rating.mood)
