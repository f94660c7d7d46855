"""How long a practice keeps a client's record, whose time has come, and deleting one.

**The rule.** A practice vault keeps each client's record for a number of years after
the client's last session: the vault setting
:attr:`~hj_journal.core.settings.VaultSettings.retention_years`, seven by default, or
``None`` for "keep until I delete". Seven years after the last service is what the
APA's *Record Keeping Guidelines* (2007) suggest for adults where no law asks for more,
and it is at least the six or seven years that many other professional bodies and
health-record laws name for adults. Laws and bodies differ, and records of children
are often kept longer, so the practitioner chooses; the default only keeps a practice
from starting without any rule.

A client may have a rule of their own (``clients.retention_years``): ``None`` means the
practice's rule applies, :data:`KEEP_UNTIL_DELETED` (0) means "keep until I delete", and
any other number is years after the last session.

**Whose time has come** (:meth:`Retention.due`): a record is due once its rule's years
have passed since the day of the client's last session (their local day), or, for a
client with no sessions, since the record was made. A client with a session still open
is never due. Nothing is ever deleted because it is due: the list only asks the
practitioner to review.

**Deleting** (:meth:`Retention.delete_client_record`) removes everything of that client
in one transaction: the client row, their sessions (notes, private notes, note sections,
consent records), amendments, care goals and each session's progress on them, and the
check-ins, questionnaire answers, custom-scale ratings and coping practices recorded in
those sessions. Those last four point at a session with ``ON DELETE SET NULL`` (a
person's own check-ins outlive a deleted session link in a personal vault), so they are
deleted explicitly here rather than left looking like the practitioner's own. The
sessions' ids are dropped from the remembered list of saved summaries too.

The vault's connections run with SQLCipher's ``secure_delete`` on (docs/architecture.md,
The vault on disk): deleted rows are overwritten in their pages rather than only marked
free. The deletion refuses to run if that is ever off. Afterwards the write-ahead log is
checkpointed and truncated, so older copies of those pages do not linger in it.

**The deletion log** (``deletion_log``) gets one line per deleted record: when, under
which rule (words given by the caller, which may not name the client), the months of the
first and last sessions ("2019-03") and how many sessions there were. Never a pseudonym,
a date finer than a month, or anything that was written. Backups made before the
deletion still hold the record; SECURITY.md says so, and so does the confirmation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.orm import Session

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.events import ClientRecordDeleted, Events, RetentionChanged
from hj_journal.core.settings import MAX_RETENTION_YEARS, VaultSettings
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import (
    CareGoal,
    CheckIn,
    Client,
    CopingPractice,
    DeletionLogLine,
    InstrumentResponse,
    PracticeSession,
    ScaleRating,
    SessionAmendment,
    SessionGoal,
)
from hj_journal.store.vault import Vault

KEEP_UNTIL_DELETED = 0
"""In ``clients.retention_years``: this client's record is kept until deleted by hand."""
MAX_RULE_TEXT = 200
NO_SECURE_DELETE = QT_TRANSLATE_NOOP(
    "SessionsRetention",
    "Nothing was deleted: the vault is not set to overwrite what it deletes. "
    "Lock the vault and open it again, then try once more.",
)


class SecureDeleteOffError(RuntimeError):
    """The vault's connection does not overwrite deleted rows; nothing was deleted."""


@dataclass(frozen=True)
class RetentionRule:
    """Keep a record for ``years`` after the last session; ``None``: until deleted."""

    years: int | None

    def __post_init__(self) -> None:
        years = self.years
        if years is not None and (
            isinstance(years, bool) or not 1 <= years <= MAX_RETENTION_YEARS
        ):
            raise InputError(
                translate(
                    "SessionsRetention",
                    "A record is kept for 1 to {max_retention_years} years after the last "
                    "session, or until you delete it.",
                ).format(max_retention_years=MAX_RETENTION_YEARS)
            )

    @property
    def keeps_until_deleted(self) -> bool:
        """True when no time limit applies."""
        return self.years is None

    def words(self) -> str:
        """The rule in plain English (the command line and the log's default words)."""
        years = self.years
        if years is None:
            return translate("SessionsRetention", "kept until deleted by hand")
        return translate("SessionsRetention", "%n year(s) after the last session", None, years)


@dataclass(frozen=True)
class RecordDue:
    """A client's record whose rule's time has come."""

    client_id: int
    pseudonym: str
    sessions: int
    last_session: date | None  # None: no sessions; counted from the record's making
    counted_from: date
    rule: RetentionRule
    own_rule: bool  # the client's own rule, not the practice's
    due_on: date


@dataclass(frozen=True)
class RecordContents:
    """Everything deleting one client's record would remove, counted (for the confirmation)."""

    client_id: int
    pseudonym: str
    sessions: int
    first_session: date | None
    last_session: date | None
    signed_notes: int
    amendments: int
    goals: int
    checkins: int
    questionnaires: int
    practices: int
    scale_ratings: int


@dataclass(frozen=True)
class DeletionLogEntry:
    """One line of the deletion log: when, under which rule, which months, how many."""

    id: int
    deleted_at: datetime
    rule: str
    first_month: str | None  # "2019-03"; None when the client had no sessions
    last_month: str | None
    sessions: int


def add_years(day: date, years: int) -> date:
    """``day`` that many years later; 29 February becomes 1 March (never earlier)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def _client_rule(stored: int | None) -> RetentionRule | None:
    if stored is None:
        return None
    if stored == KEEP_UNTIL_DELETED:
        return RetentionRule(None)
    try:
        return RetentionRule(stored)
    except InputError:  # a damaged value: the practice's rule applies, as for None
        return None


def _stored(rule: RetentionRule | None) -> int | None:
    if rule is None:
        return None
    return KEEP_UNTIL_DELETED if rule.years is None else rule.years


def _log_entry(row: DeletionLogLine) -> DeletionLogEntry:
    return DeletionLogEntry(
        id=row.id,
        deleted_at=row.deleted_at,
        rule=row.rule,
        first_month=row.first_month or None,
        last_month=row.last_month or None,
        sessions=row.sessions,
    )


class Retention:
    """Retention rules, records due, deletion and its log, in one unlocked practice vault."""

    def __init__(
        self,
        vault: Vault,
        settings: VaultSettings,
        *,
        events: Events | None = None,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._vault = vault
        self._settings = settings
        self._events = events if events is not None else Events()
        self._zone = zone
        self._clock = clock

    def _day(self, moment: datetime) -> date:
        return moment.astimezone(self._zone).date()

    def _month(self, moment: datetime) -> str:
        return moment.astimezone(self._zone).strftime("%Y-%m")

    # ------------------------------------------------------------------ rules

    @property
    def practice_rule(self) -> RetentionRule:
        """The practice's own rule (a vault setting)."""
        return RetentionRule(self._settings.retention_years)

    def set_practice_rule(self, rule: RetentionRule) -> None:
        """Choose the practice's rule; announced as the setting's change."""
        self._settings.retention_years = rule.years

    def client_rule(self, client_id: int) -> RetentionRule | None:
        """The client's own rule, or None when the practice's rule applies."""
        with self._vault.session() as session:
            return _client_rule(_client(session, client_id).retention_years)

    def rule_for(self, client_id: int) -> tuple[RetentionRule, bool]:
        """The rule that applies to the client, and whether it is their own."""
        own = self.client_rule(client_id)
        return (own, True) if own is not None else (self.practice_rule, False)

    def set_client_rule(self, client_id: int, rule: RetentionRule | None) -> None:
        """Give the client a rule of their own, or None to follow the practice's again."""
        with self._vault.transaction() as session:
            _client(session, client_id).retention_years = _stored(rule)
        self._events.emit(RetentionChanged(client_id))

    def keep_for_now(self, client_id: int) -> RetentionRule:
        """Keep a due record at least one more year: the client's own rule grows to the
        first anniversary of the last session that is a year or more from today (rules
        are whole years), so the record is not brought up again for at least a year."""
        rule, _own = self.rule_for(client_id)
        if rule.years is None:
            return rule
        with self._vault.session() as session:
            counted_from = self._counted_from(session, client_id)
        target = add_years(self._day(self._clock()), 1)
        years = rule.years + 1
        while years < MAX_RETENTION_YEARS and add_years(counted_from, years) < target:
            years += 1
        kept = RetentionRule(years)
        self.set_client_rule(client_id, kept)
        return kept

    # ------------------------------------------------------------------ due

    def due(self) -> tuple[RecordDue, ...]:
        """The records whose rule's time has come, the longest due first."""
        today = self._day(self._clock())
        practice = self.practice_rule
        # A client without sessions joins one row of NULLs: that is not an open session.
        is_open = and_(PracticeSession.id.is_not(None), PracticeSession.ended_at.is_(None))
        running = func.sum(case((is_open, 1), else_=0))
        query = (
            select(
                Client.id,
                Client.pseudonym,
                Client.created_at,
                Client.retention_years,
                func.max(PracticeSession.started_at),
                func.count(PracticeSession.id),
                running,
            )
            .outerjoin(PracticeSession, PracticeSession.client_id == Client.id)
            .group_by(Client.id)
        )
        found = []
        with self._vault.session() as session:
            rows = session.execute(query).all()
        for client_id, pseudonym, created_at, stored, last, count, open_ in rows:
            if open_:
                continue  # a session with them is going on now
            own = _client_rule(stored)
            rule = own if own is not None else practice
            if rule.years is None:
                continue
            last_day = self._day(last) if last is not None else None
            counted_from = last_day if last_day is not None else self._day(created_at)
            due_on = add_years(counted_from, rule.years)
            if due_on <= today:
                found.append(
                    RecordDue(
                        client_id=client_id,
                        pseudonym=pseudonym,
                        sessions=int(count),
                        last_session=last_day,
                        counted_from=counted_from,
                        rule=rule,
                        own_rule=own is not None,
                        due_on=due_on,
                    )
                )
        found.sort(key=lambda item: (item.due_on, item.pseudonym, item.client_id))
        return tuple(found)

    def _counted_from(self, session: Session, client_id: int) -> date:
        client = _client(session, client_id)
        last = session.scalar(
            select(func.max(PracticeSession.started_at)).where(
                PracticeSession.client_id == client_id
            )
        )
        return self._day(last) if last is not None else self._day(client.created_at)

    # ------------------------------------------------------------------ deleting

    def contents(self, client_id: int) -> RecordContents:
        """What deleting the client's record would remove, counted."""
        with self._vault.session() as session:
            client = _client(session, client_id)
            parts = _parts(session, client_id)
            starts = sorted(parts.session_starts)
            return RecordContents(
                client_id=client_id,
                pseudonym=client.pseudonym,
                sessions=len(parts.session_ids),
                first_session=self._day(starts[0]) if starts else None,
                last_session=self._day(starts[-1]) if starts else None,
                signed_notes=parts.signed,
                amendments=_count(session, SessionAmendment, parts.session_ids),
                goals=len(parts.goal_ids),
                checkins=len(parts.checkin_ids),
                questionnaires=_count(session, InstrumentResponse, parts.session_ids),
                practices=len(parts.practice_ids),
                scale_ratings=len(parts.rating_ids),
            )

    def delete_client_record(self, client_id: int, rule_text: str) -> DeletionLogEntry:
        """Delete everything of one client for good, and add a line to the deletion log.

        ``rule_text`` is the rule it was deleted under, in words; it may not name the
        client. Refused (nothing deleted) while a session with the client is open.
        Raises :class:`SecureDeleteOffError` if the vault would not overwrite the rows.
        """
        words = " ".join(rule_text.split())
        if not words:
            raise InputError(
                translate(
                    "SessionsRetention",
                    "Say which rule the record is deleted under.",
                )
            )
        if len(words) > MAX_RULE_TEXT:
            raise InputError(
                translate(
                    "SessionsRetention",
                    "The rule's words are too long for the deletion log.",
                )
            )
        with self._vault.transaction() as session:
            if session.connection().exec_driver_sql("PRAGMA secure_delete").scalar() != 1:
                raise SecureDeleteOffError(translate("SessionsRetention", NO_SECURE_DELETE))
            client = _client(session, client_id)
            if _names(words, client.pseudonym):
                raise InputError(
                    translate(
                        "SessionsRetention",
                        "The deletion log never names a client: describe the rule without their "
                        "pseudonym.",
                    )
                )
            parts = _parts(session, client_id)
            if parts.running:
                raise InputError(
                    translate(
                        "SessionsRetention",
                        "A session with this client is still open. End it first.",
                    )
                )
            starts = sorted(parts.session_starts)
            line = DeletionLogLine(
                deleted_at=self._clock(),
                rule=words,
                first_month=self._month(starts[0]) if starts else "",
                last_month=self._month(starts[-1]) if starts else "",
                sessions=len(parts.session_ids),
            )
            _delete_everything(session, client_id, parts)
            saved = self._settings.read(VaultSettings.summaries_saved, session=session)
            if saved & parts.session_uuids:
                self._settings.write(
                    VaultSettings.summaries_saved, saved - parts.session_uuids, session=session
                )
            session.add(line)
            session.flush()
            entry = _log_entry(line)
        # The old pages' copies in the write-ahead log go too (delete_forever does the same).
        self._vault.checkpoint()
        self._events.emit(ClientRecordDeleted(client_id))
        return entry

    def deletion_log(self) -> tuple[DeletionLogEntry, ...]:
        """Every line of the deletion log, newest first."""
        query = select(DeletionLogLine).order_by(
            DeletionLogLine.deleted_at.desc(), DeletionLogLine.id.desc()
        )
        with self._vault.session() as session:
            return tuple(_log_entry(row) for row in session.scalars(query))


# ---------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class _Parts:
    """The ids of everything that belongs to one client's record."""

    session_ids: tuple[int, ...]
    session_uuids: frozenset[str]
    session_starts: tuple[datetime, ...]
    signed: int
    running: bool
    goal_ids: tuple[int, ...]
    practice_ids: tuple[int, ...]
    checkin_ids: tuple[int, ...]
    rating_ids: tuple[int, ...]


def _parts(session: Session, client_id: int) -> _Parts:
    rows = session.execute(
        select(
            PracticeSession.id,
            PracticeSession.uuid,
            PracticeSession.started_at,
            PracticeSession.ended_at,
            PracticeSession.signed_at,
        ).where(PracticeSession.client_id == client_id)
    ).all()
    ids = [row.id for row in rows]
    goals = session.scalars(select(CareGoal.id).where(CareGoal.client_id == client_id))
    practices = list(
        session.scalars(select(CopingPractice.id).where(CopingPractice.session_id.in_(ids)))
    )
    # A check-in belongs to the record through its session, or through a practice
    # done in one of its sessions.
    checkins = list(
        session.scalars(
            select(CheckIn.id).where(
                or_(CheckIn.session_id.in_(ids), CheckIn.practice_id.in_(practices))
            )
        )
    )
    ratings = session.scalars(
        select(ScaleRating.id).where(
            or_(ScaleRating.session_id.in_(ids), ScaleRating.checkin_id.in_(checkins))
        )
    )
    return _Parts(
        session_ids=tuple(ids),
        session_uuids=frozenset(row.uuid for row in rows),
        session_starts=tuple(row.started_at for row in rows),
        signed=sum(1 for row in rows if row.signed_at is not None),
        running=any(row.ended_at is None for row in rows),
        goal_ids=tuple(goals),
        practice_ids=tuple(practices),
        checkin_ids=tuple(checkins),
        rating_ids=tuple(ratings),
    )


def _delete_everything(session: Session, client_id: int, parts: _Parts) -> None:
    """Every row of the record, children first; nothing is left to a cascade, so the
    deletion does not depend on ``foreign_keys`` being on."""
    sessions = parts.session_ids
    session.execute(delete(ScaleRating).where(ScaleRating.id.in_(parts.rating_ids)))
    session.execute(delete(CheckIn).where(CheckIn.id.in_(parts.checkin_ids)))
    session.execute(delete(InstrumentResponse).where(InstrumentResponse.session_id.in_(sessions)))
    session.execute(delete(CopingPractice).where(CopingPractice.id.in_(parts.practice_ids)))
    session.execute(
        delete(SessionGoal).where(
            or_(SessionGoal.session_id.in_(sessions), SessionGoal.goal_id.in_(parts.goal_ids))
        )
    )
    session.execute(delete(SessionAmendment).where(SessionAmendment.session_id.in_(sessions)))
    session.execute(delete(CareGoal).where(CareGoal.id.in_(parts.goal_ids)))
    session.execute(delete(PracticeSession).where(PracticeSession.id.in_(sessions)))
    session.execute(delete(Client).where(Client.id == client_id))


def _count(
    session: Session, model: type[SessionAmendment | InstrumentResponse], ids: tuple[int, ...]
) -> int:
    return int(
        session.scalar(select(func.count()).select_from(model).where(model.session_id.in_(ids)))
        or 0
    )


def _client(session: Session, client_id: int) -> Client:
    row = session.get(Client, client_id)
    if row is None:
        raise NotFoundError(
            translate(
                "SessionsRetention",
                "That client is no longer here.",
            )
        )
    return row


def _names(words: str, pseudonym: str) -> bool:
    """Whether ``words`` contain the pseudonym as a word of its own (any case)."""
    name = pseudonym.strip()
    if not name:
        return False
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words, re.IGNORECASE) is not None
