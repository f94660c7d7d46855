"""One-on-one practice sessions with clients under pseudonyms (practice vaults only).

A session runs: start with one client → the client's consent to exactly what will be
recorded → a check-in at the start (and, optionally, a questionnaire) → practices
together with ratings before and after → shared notes, private notes, agreements and
self-care steps → a check-in at the end → end → a summary for the client.

Privacy rules kept here rather than in the UI:

- Private notes are never part of :class:`SessionView` or the summary; they are read
  only through :meth:`Sessions.private_notes`.
- Nothing is recorded that the client's consent leaves out.
- Only one session runs at a time, so the screen never needs another client's name.
- Deleting a session or a client deletes everything recorded in it, so no session data
  is left behind looking like the practitioner's own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hj_journal.core.checkin.checkins import CheckInInput, CheckIns, CheckInView
from hj_journal.core.checkin.questionnaires import Questionnaires, ResponseInput, ResponseView
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.coping.service import Coping, PracticeInput, PracticeView
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.consent import ConsentRecord, make_consent
from hj_journal.core.sessions.note_sections import (
    NoteSection,
    NoteSections,
    refuse_if_signed,
    shared_sections,
)
from hj_journal.core.sessions.signing import Signing
from hj_journal.core.sessions.summary import (
    PracticeEffect,
    Rating,
    SessionSummary,
    SharedSection,
    TrendPoint,
    TrendSeries,
)
from hj_journal.core.sessions.templates import NoteTemplates
from hj_journal.core.settings import VaultSettings
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import (
    CheckIn,
    Client,
    CopingPractice,
    InstrumentResponse,
    PracticeSession,
    ScaleRating,
)
from hj_journal.store.vault import Vault

_Row = TypeVar("_Row")

PRE_SESSION = "pre_session"
POST_SESSION = "post_session"
PHASES = (PRE_SESSION, POST_SESSION)
MAX_PSEUDONYM = 80
MAX_FIELD = 2_000
MAX_NOTES = 100_000


@dataclass(frozen=True)
class ClientInput:
    """A client as the practitioner enters them: a pseudonym or initials, never more."""

    pseudonym: str
    pronouns: str = ""
    goals: str = ""


@dataclass(frozen=True)
class ClientView:
    """A saved client."""

    id: int
    uuid: str
    pseudonym: str
    pronouns: str
    goals: str
    archived: bool
    created_at: datetime


@dataclass(frozen=True)
class SessionView:
    """A session as it may be shown with the client present: no private notes here."""

    id: int
    uuid: str
    client_id: int
    started_at: datetime
    ended_at: datetime | None
    consent: ConsentRecord | None
    shared_notes: str
    agreements: str
    self_care_steps: str
    # Notes written with a template (see note_sections.py): its key and the note's own
    # shared sections; the private ones are never in a SessionView.
    template_key: str | None = None
    sections: tuple[NoteSection, ...] = ()
    signed_at: datetime | None = None  # once signed, the notes change only by amendment

    @property
    def is_running(self) -> bool:
        """True until the session is ended."""
        return self.ended_at is None

    @property
    def is_signed(self) -> bool:
        """True once the notes are finished and signed."""
        return self.signed_at is not None


@dataclass(frozen=True)
class SessionNotes:
    """Notes to save; a field left as None is kept as it was."""

    shared: str | None = None
    private: str | None = None
    agreements: str | None = None
    self_care_steps: str | None = None


def _client_view(row: Client) -> ClientView:
    return ClientView(
        id=row.id,
        uuid=row.uuid,
        pseudonym=row.pseudonym,
        pronouns=row.pronouns,
        goals=row.goals,
        archived=row.archived,
        created_at=row.created_at,
    )


def _session_view(row: PracticeSession) -> SessionView:
    return SessionView(
        id=row.id,
        uuid=row.uuid,
        client_id=row.client_id,
        started_at=row.started_at,
        ended_at=row.ended_at,
        consent=ConsentRecord.from_json(row.consent),
        shared_notes=row.shared_notes,
        agreements=row.agreements,
        self_care_steps=row.self_care_steps,
        template_key=row.template_key,
        sections=shared_sections(row),
        signed_at=row.signed_at,
    )


def _clean_client(data: ClientInput) -> ClientInput:
    pseudonym = " ".join(data.pseudonym.split())
    if not pseudonym:
        raise InputError(
            translate(
                "SessionsService",
                "Give the client a pseudonym or initials.",
            )
        )
    if len(pseudonym) > MAX_PSEUDONYM:
        raise InputError(
            translate(
                "SessionsService",
                "A pseudonym is best kept short: initials or a first name you choose.",
            )
        )
    if len(data.pronouns) > MAX_FIELD or len(data.goals) > MAX_NOTES:
        raise InputError(
            translate(
                "SessionsService",
                "That is too long to save.",
            )
        )
    return ClientInput(pseudonym, data.pronouns.strip(), data.goals.strip())


class Sessions:
    """Clients and sessions in one unlocked practice vault."""

    def __init__(
        self,
        vault: Vault,
        settings: VaultSettings,
        checkins: CheckIns,
        questionnaires: Questionnaires,
        coping: Coping,
        *,
        clock: Callable[[], datetime] = utcnow,
        language: str | None = None,
    ) -> None:
        self._vault = vault
        self._settings = settings
        self._checkins = checkins
        self._questionnaires = questionnaires
        self._coping = coping
        self._clock = clock
        self.templates = NoteTemplates(
            vault, clock=clock, language=language
        )  # templates for the notes
        self.notes = NoteSections(vault, self.templates)  # notes written with one
        self.signing = Signing(vault, clock=clock)  # signed notes and amendments

    @property
    def available(self) -> bool:
        """True in a practice vault, the only kind that keeps clients."""
        return self._settings.is_practice_vault

    def _require_practice_vault(self) -> None:
        if not self.available:
            raise InputError(
                translate(
                    "SessionsService",
                    "Clients and sessions are kept in a practice vault, apart from a "
                    "personal journal. Create a practice vault to use them.",
                )
            )

    # ------------------------------------------------------------------ clients

    def clients(self, *, include_archived: bool = False) -> list[ClientView]:
        """Clients by pseudonym."""
        query = select(Client).order_by(Client.pseudonym, Client.id)
        if not include_archived:
            query = query.where(Client.archived.is_(False))
        with self._vault.session() as session:
            return [_client_view(row) for row in session.scalars(query)]

    def client(self, client_id: int) -> ClientView:
        """One client."""
        with self._vault.session() as session:
            return _client_view(
                _get(session, Client, client_id, QT_TRANSLATE_NOOP("SessionsWords", "That client"))
            )

    def add_client(self, data: ClientInput) -> ClientView:
        """Add a client under a pseudonym."""
        self._require_practice_vault()
        data = _clean_client(data)
        with self._vault.transaction() as session:
            row = Client(pseudonym=data.pseudonym, pronouns=data.pronouns, goals=data.goals)
            session.add(row)
            session.flush()
            return _client_view(row)

    def update_client(self, client_id: int, data: ClientInput) -> ClientView:
        """Change a client's pseudonym, pronouns or goals."""
        data = _clean_client(data)
        with self._vault.transaction() as session:
            row = _get(
                session, Client, client_id, QT_TRANSLATE_NOOP("SessionsWords", "That client")
            )
            row.pseudonym, row.pronouns, row.goals = data.pseudonym, data.pronouns, data.goals
            return _client_view(row)

    def set_archived(self, client_id: int, archived: bool) -> ClientView:
        """Put a client away (or back) without deleting anything."""
        with self._vault.transaction() as session:
            row = _get(
                session, Client, client_id, QT_TRANSLATE_NOOP("SessionsWords", "That client")
            )
            row.archived = archived
            return _client_view(row)

    def delete_client(self, client_id: int) -> None:
        """Delete a client and everything recorded in their sessions."""
        with self._vault.transaction() as session:
            row = _get(
                session, Client, client_id, QT_TRANSLATE_NOOP("SessionsWords", "That client")
            )
            ids = list(
                session.scalars(
                    select(PracticeSession.id).where(PracticeSession.client_id == client_id)
                )
            )
            _delete_session_rows(session, ids)
            session.delete(row)

    # ------------------------------------------------------------------ lifecycle

    def running(self) -> SessionView | None:
        """The session not yet ended, if there is one (for example after a lock)."""
        query = (
            select(PracticeSession)
            .where(PracticeSession.ended_at.is_(None))
            .order_by(PracticeSession.started_at.desc())
            .limit(1)
        )
        with self._vault.session() as session:
            row = session.scalars(query).first()
            return _session_view(row) if row is not None else None

    def start(self, client_id: int) -> SessionView:
        """Start a session with one client (or return the one already running with them)."""
        self._require_practice_vault()
        current = self.running()
        if current is not None:
            if current.client_id == client_id:
                return current
            raise InputError(
                translate(
                    "SessionsService",
                    "Another session is still open. End it before starting a new one.",
                )
            )
        with self._vault.transaction() as session:
            client = _get(
                session, Client, client_id, QT_TRANSLATE_NOOP("SessionsWords", "That client")
            )
            if client.archived:
                raise InputError(
                    translate(
                        "SessionsService",
                        "This client is archived. Bring them back to start a session.",
                    )
                )
            row = PracticeSession(client_id=client_id, started_at=self._clock())
            session.add(row)
            session.flush()
            return _session_view(row)

    def give_consent(self, session_id: int, items: Collection[str]) -> SessionView:
        """Record what the client agreed to, with the exact words they were shown."""
        with self._vault.transaction() as session:
            row = self._open_row(session, session_id)
            client = _get(
                session, Client, row.client_id, QT_TRANSLATE_NOOP("SessionsWords", "That client")
            )
            record = make_consent(items, client.pseudonym, self._clock())
            row.consent = record.to_json()
            return _session_view(row)

    def end(self, session_id: int) -> SessionView:
        """End the session (notes stay editable afterwards, until they are signed)."""
        with self._vault.transaction() as session:
            row = _get(
                session,
                PracticeSession,
                session_id,
                QT_TRANSLATE_NOOP("SessionsWords", "That session"),
            )
            if row.ended_at is None:
                row.ended_at = self._clock()
            return _session_view(row)

    def get(self, session_id: int) -> SessionView:
        """One session, without its private notes."""
        with self._vault.session() as session:
            return _session_view(
                _get(
                    session,
                    PracticeSession,
                    session_id,
                    QT_TRANSLATE_NOOP("SessionsWords", "That session"),
                )
            )

    def sessions_for(self, client_id: int) -> list[SessionView]:
        """A client's sessions, newest first."""
        query = (
            select(PracticeSession)
            .where(PracticeSession.client_id == client_id)
            .order_by(PracticeSession.started_at.desc(), PracticeSession.id.desc())
        )
        with self._vault.session() as session:
            return [_session_view(row) for row in session.scalars(query)]

    def delete_session(self, session_id: int) -> None:
        """Delete a session and everything recorded in it."""
        with self._vault.transaction() as session:
            row = _get(
                session,
                PracticeSession,
                session_id,
                QT_TRANSLATE_NOOP("SessionsWords", "That session"),
            )
            _delete_session_rows(session, [session_id])
            session.delete(row)

    # ------------------------------------------------------------------ recording

    def record_checkin(self, session_id: int, phase: str, data: CheckInInput) -> CheckInView:
        """The client's check-in at the start or end; a second one replaces the first."""
        if phase not in PHASES:
            raise InputError(
                translate(
                    "SessionsService",
                    "A session check-in is taken at the start or at the end.",
                )
            )
        self._require_consent(
            session_id, c.CHECKINS, QT_TRANSLATE_NOOP("SessionsWords", "check-ins")
        )
        earlier = [view.id for view in self.checkins(session_id) if view.phase == phase]
        saved = self._checkins.add(
            CheckInInput(
                distress=data.distress,
                mood=data.mood,
                energy=data.energy,
                emotions=data.emotions,
                body_sensations=data.body_sensations,
                context_tags=data.context_tags,
                note=data.note,
                phase=phase,
                session_id=session_id,
                at=data.at,
            )
        )
        for checkin_id in earlier:
            self._checkins.delete(checkin_id)
        return saved

    def record_questionnaire(self, session_id: int, data: ResponseInput) -> ResponseView:
        """The client's answers to a questionnaire chosen together."""
        self._require_consent(
            session_id, c.QUESTIONNAIRE, QT_TRANSLATE_NOOP("SessionsWords", "a questionnaire")
        )
        return self._questionnaires.save(
            ResponseInput(
                instrument_id=data.instrument_id,
                answers=data.answers,
                difficulty=data.difficulty,
                at=data.at,
                session_id=session_id,
                note=data.note,
            )
        )

    def record_practice(self, session_id: int, data: PracticeInput) -> PracticeView:
        """A practice done together, with the client's ratings before and after."""
        self._require_consent(
            session_id, c.PRACTICES, QT_TRANSLATE_NOOP("SessionsWords", "practices")
        )
        return self._coping.record_practice(
            PracticeInput(
                strategy_key=data.strategy_key,
                started_at=data.started_at,
                ended_at=data.ended_at,
                finished=data.finished,
                distress_before=data.distress_before,
                distress_after=data.distress_after,
                note=data.note,
                session_id=session_id,
                strategy_title=data.strategy_title,
            )
        )

    def save_notes(self, session_id: int, notes: SessionNotes) -> SessionView:
        """Save shared notes, private notes, agreements and self-care steps."""
        fields = {
            "shared_notes": (
                notes.shared,
                c.SHARED_NOTES,
                QT_TRANSLATE_NOOP("SessionsWords", "shared notes"),
            ),
            "private_notes": (
                notes.private,
                c.PRIVATE_NOTES,
                QT_TRANSLATE_NOOP("SessionsWords", "private notes"),
            ),
            "agreements": (
                notes.agreements,
                c.AGREEMENTS,
                QT_TRANSLATE_NOOP("SessionsWords", "agreements"),
            ),
            "self_care_steps": (
                notes.self_care_steps,
                c.AGREEMENTS,
                QT_TRANSLATE_NOOP("SessionsWords", "self-care steps"),
            ),
        }
        with self._vault.transaction() as session:
            row = _get(
                session,
                PracticeSession,
                session_id,
                QT_TRANSLATE_NOOP("SessionsWords", "That session"),
            )
            refuse_if_signed(row)
            consent = ConsentRecord.from_json(row.consent)
            for column, (value, key, what) in fields.items():
                if value is None:
                    continue
                if len(value) > MAX_NOTES:
                    raise InputError(
                        translate(
                            "SessionsService",
                            "The notes are too long to save.",
                        )
                    )
                if value.strip() and (consent is None or not consent.allows(key)):
                    raise InputError(
                        translate(
                            "SessionsService",
                            "Recording {what} was not part of the client's consent.",
                        ).format(what=translate("SessionsWords", what))
                    )
                setattr(row, column, value)
            return _session_view(row)

    def private_notes(self, session_id: int) -> str:
        """The practitioner's private notes: never shown with the client present."""
        with self._vault.session() as session:
            return _get(
                session,
                PracticeSession,
                session_id,
                QT_TRANSLATE_NOOP("SessionsWords", "That session"),
            ).private_notes

    # ------------------------------------------------------------------ reading

    def checkins(self, session_id: int) -> list[CheckInView]:
        """The session's check-ins, oldest first."""
        query = select(CheckIn.id).where(CheckIn.session_id == session_id).order_by(CheckIn.at)
        with self._vault.session() as session:
            ids = list(session.scalars(query))
        return [self._checkins.get(checkin_id) for checkin_id in ids]

    def practices(self, session_id: int) -> list[PracticeView]:
        """The session's practices, oldest first."""
        found = self._coping.practices(session_id=session_id, limit=1000)
        return sorted(found, key=lambda p: (p.started_at, p.id))

    def responses(self, session_id: int) -> list[ResponseView]:
        """The session's questionnaire responses, oldest first."""
        query = (
            select(InstrumentResponse.id)
            .where(InstrumentResponse.session_id == session_id)
            .order_by(InstrumentResponse.at)
        )
        with self._vault.session() as session:
            ids = list(session.scalars(query))
        return [self._questionnaires.get(response_id) for response_id in ids]

    def summary(self, session_id: int) -> SessionSummary:
        """What the client keeps: never the private notes."""
        view = self.get(session_id)
        client = self.client(view.client_id)
        checkins = {checkin.phase: checkin for checkin in self.checkins(session_id)}
        return SessionSummary(
            pseudonym=client.pseudonym,
            pronouns=client.pronouns,
            started_at=view.started_at,
            ended_at=view.ended_at,
            arriving=_rating(checkins.get(PRE_SESSION)),
            leaving=_rating(checkins.get(POST_SESSION)),
            practices=tuple(
                PracticeEffect(
                    title=p.strategy_title or p.strategy_key,
                    before=p.distress_before,
                    after=p.distress_after,
                    finished=p.finished,
                )
                for p in self.practices(session_id)
            ),
            shared_notes=view.shared_notes,
            agreements=view.agreements,
            self_care_steps=view.self_care_steps,
            sections=tuple(SharedSection(s.title, s.text) for s in view.sections if not s.fills),
            amendments=self.signing.shared_amendments(session_id),
        )

    def questionnaire_trend(self, client_id: int) -> tuple[TrendSeries, ...]:
        """The client's questionnaire results across sessions, for the practitioner."""
        sessions = {view.id: view for view in self.sessions_for(client_id)}
        grouped: dict[str, list[TrendPoint]] = {}
        titles: dict[str, str] = {}
        for session_id in sorted(sessions, key=lambda s: sessions[s].started_at):
            for response in self.responses(session_id):
                form = response.score.instrument_id
                instrument = self._questionnaires.library.get(form)
                variant = instrument.variant(form)
                titles[form] = variant.short_name if variant else instrument.short_name
                grouped.setdefault(form, []).append(
                    TrendPoint(
                        session_id=session_id,
                        at=response.at,
                        value=response.value if response.score.scored else None,
                        band_label=response.score.band_label,
                    )
                )
        return tuple(
            TrendSeries(form, titles[form], tuple(points))
            for form, points in sorted(grouped.items())
        )

    # ------------------------------------------------------------------ helpers

    def _open_row(self, session: Session, session_id: int) -> PracticeSession:
        row = _get(
            session,
            PracticeSession,
            session_id,
            QT_TRANSLATE_NOOP("SessionsWords", "That session"),
        )
        if row.ended_at is not None:
            raise InputError(
                translate(
                    "SessionsService",
                    "This session has ended.",
                )
            )
        return row

    def _require_consent(self, session_id: int, key: str, what: str) -> None:
        with self._vault.session() as session:
            row = self._open_row(session, session_id)
            consent = ConsentRecord.from_json(row.consent)
        if consent is None:
            raise InputError(
                translate(
                    "SessionsService",
                    "Ask for the client's consent before recording anything.",
                )
            )
        if not consent.allows(key):
            raise InputError(
                translate(
                    "SessionsService",
                    "Recording {what} was not part of the client's consent.",
                ).format(what=translate("SessionsWords", what))
            )


def _rating(checkin: CheckInView | None) -> Rating | None:
    if checkin is None:
        return None
    return Rating(distress=checkin.distress, mood=checkin.mood, at=checkin.at)


def _get(session: Session, model: type[_Row], row_id: int, what: str) -> _Row:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(
            translate(
                "SessionsService",
                "{what} is no longer here.",
            ).format(what=translate("SessionsWords", what))
        )
    return row


def _delete_session_rows(session: Session, session_ids: list[int]) -> None:
    if not session_ids:
        return
    for model in (CheckIn, InstrumentResponse, CopingPractice, ScaleRating):
        session.execute(delete(model).where(model.session_id.in_(session_ids)))
