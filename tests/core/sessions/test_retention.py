"""Retention: the practice's rule and a client's own, records whose time has come, and
deleting a client's whole record for good with a line in the deletion log.

The deletion tests decrypt every page of the database and its write-ahead log with the
raw key (tests/core/data/sqlcipher_pages.py) and look for canaries written into every
text field of every table that holds a client's record. A kept client's canaries must
still be found, which proves the pages were read.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Date, Integer, event, func, select
from sqlalchemy.orm import Session

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.events import ClientRecordDeleted, RetentionChanged, SettingChanged
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.retention import (
    KEEP_UNTIL_DELETED,
    Retention,
    RetentionRule,
    SecureDeleteOffError,
    add_years,
)
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput, SessionNotes
from hj_journal.core.vaults import KdfPolicy
from hj_journal.store.coltypes import UTCDateTime
from hj_journal.store.models import (
    Base,
    CareGoal,
    CheckIn,
    Client,
    CopingPractice,
    CustomScale,
    DeletionLogLine,
    InstrumentResponse,
    PracticeSession,
    ScaleRating,
    SessionAmendment,
    SessionGoal,
)
from tests.core.data.sqlcipher_pages import plaintext
from tests.helpers import PASSPHRASE

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
# JSON columns that hold an object rather than a list.
DICT_COLUMNS = {"consent", "extra"}
# Every table a client's record has rows in.
RECORD_TABLES = (
    Client,
    PracticeSession,
    SessionAmendment,
    CareGoal,
    SessionGoal,
    CheckIn,
    InstrumentResponse,
    CopingPractice,
    ScaleRating,
)


def _retention(services: Services, *, now: datetime = NOW) -> Retention:
    return Retention(
        services.vault, services.settings, events=services.events, zone=UTC, clock=lambda: now
    )


def _client(
    services: Services,
    name: str,
    *sessions: datetime,
    made: datetime | None = None,
    open_last: bool = False,
) -> int:
    """A client with sessions that began at these moments (ended an hour later)."""
    with services.vault.transaction() as session:
        client = Client(pseudonym=name, created_at=made or NOW - timedelta(days=400 * 12))
        session.add(client)
        session.flush()
        for index, start in enumerate(sessions):
            still_open = open_last and index == len(sessions) - 1
            session.add(
                PracticeSession(
                    client_id=client.id,
                    started_at=start,
                    ended_at=None if still_open else start + timedelta(hours=1),
                )
            )
        return client.id


def _years_ago(years: int, days: int = 0) -> datetime:
    return datetime.combine(add_years(TODAY, -years), NOW.timetz()) - timedelta(days=days)


# ---------------------------------------------------------------------- rules


def test_the_practice_keeps_records_seven_years_unless_it_chooses(practice: Services) -> None:
    retention = _retention(practice)
    heard: list[object] = []
    practice.events.subscribe(heard.append)
    assert retention.practice_rule == RetentionRule(7)
    retention.set_practice_rule(RetentionRule(10))
    assert practice.settings.retention_years == 10
    retention.set_practice_rule(RetentionRule(None))
    assert retention.practice_rule.keeps_until_deleted
    assert heard == [SettingChanged("sessions.retention_years")] * 2
    for years in (0, -1, 101, True):
        with pytest.raises(InputError, match="1 to 100 years"):
            RetentionRule(years)


def test_a_client_may_have_a_rule_of_their_own(practice: Services) -> None:
    retention = _retention(practice)
    heard: list[object] = []
    practice.events.subscribe(heard.append)
    rae = _client(practice, "Rae")
    assert retention.client_rule(rae) is None
    assert retention.rule_for(rae) == (RetentionRule(7), False)
    retention.set_client_rule(rae, RetentionRule(None))
    assert retention.rule_for(rae) == (RetentionRule(None), True)
    with practice.vault.session() as session:
        assert session.get(Client, rae).retention_years == KEEP_UNTIL_DELETED
    retention.set_client_rule(rae, RetentionRule(12))
    assert retention.rule_for(rae) == (RetentionRule(12), True)
    retention.set_client_rule(rae, None)
    assert retention.rule_for(rae) == (RetentionRule(7), False)
    assert heard == [RetentionChanged(rae)] * 3
    with pytest.raises(NotFoundError):
        retention.client_rule(rae + 100)


def test_29_february_moves_to_1_march_never_earlier() -> None:
    assert add_years(date(2024, 2, 29), 7) == date(2031, 3, 1)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


# ---------------------------------------------------------------------- due


def test_records_are_due_by_the_last_session_or_when_the_record_was_made(
    practice: Services,
) -> None:
    retention = _retention(practice)
    old = _client(practice, "Old", _years_ago(9), _years_ago(7))  # due today
    _client(practice, "Recent", _years_ago(9), _years_ago(7, days=-1))  # due tomorrow
    never = _client(practice, "Never", made=_years_ago(8))  # no sessions
    _client(practice, "New", made=_years_ago(6))
    _client(practice, "Open", _years_ago(8), open_last=True)  # a session going on
    own_longer = _client(practice, "Longer", _years_ago(8))
    retention.set_client_rule(own_longer, RetentionRule(10))
    own_shorter = _client(practice, "Shorter", _years_ago(3))
    retention.set_client_rule(own_shorter, RetentionRule(2))
    forever = _client(practice, "Forever", _years_ago(30))
    retention.set_client_rule(forever, RetentionRule(None))

    due = retention.due()

    assert [d.pseudonym for d in due] == ["Never", "Shorter", "Old"]
    by_name = {d.pseudonym: d for d in due}
    assert by_name["Old"].client_id == old and by_name["Old"].sessions == 2
    assert by_name["Old"].last_session == by_name["Old"].counted_from == _years_ago(7).date()
    assert by_name["Old"].due_on == TODAY and not by_name["Old"].own_rule
    assert by_name["Never"].client_id == never and by_name["Never"].last_session is None
    assert by_name["Never"].counted_from == _years_ago(8).date()
    assert by_name["Shorter"].own_rule and by_name["Shorter"].rule == RetentionRule(2)

    retention.set_practice_rule(RetentionRule(None))
    assert [d.pseudonym for d in retention.due()] == ["Shorter"]  # only its own rule


def test_keep_for_now_keeps_a_record_at_least_one_more_year(practice: Services) -> None:
    retention = _retention(practice)
    rae = _client(practice, "Rae", _years_ago(7))  # due today
    ida = _client(practice, "Ida", _years_ago(7, days=30))
    oak = _client(practice, "Oak", _years_ago(12, days=-1))  # long past its time
    assert {d.client_id for d in retention.due()} == {rae, ida, oak}

    assert retention.keep_for_now(rae) == RetentionRule(8)
    assert retention.keep_for_now(ida) == RetentionRule(9)  # 8 would come in 11 months
    assert retention.keep_for_now(oak) == RetentionRule(13)

    assert retention.due() == ()
    assert _retention(practice, now=NOW + timedelta(days=364)).due() == ()
    later = _retention(practice, now=NOW + timedelta(days=366)).due()
    assert {d.client_id for d in later} == {rae, oak}
    assert retention.rule_for(ida) == (RetentionRule(9), True)
    retention.set_practice_rule(RetentionRule(None))
    assert retention.keep_for_now(_client(practice, "New")) == RetentionRule(None)


def test_due_reads_a_full_practice_in_one_query(practice: Services) -> None:
    for number in range(30):
        _client(practice, f"C{number}", *(_years_ago(8, days=d) for d in range(20)))
    statements: list[str] = []
    engine = practice.vault.engine

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert len(_retention(practice).due()) == 30
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len([s for s in statements if "FROM clients" in s]) == 1


# ---------------------------------------------------------------------- deleting: canaries


def _canary(prefix: str, model: type[Base], column: str) -> str:
    return f"{prefix}{model.__tablename__}{column}".replace("_", "").lower() + "qz"


def _fill(model: type[Base], prefix: str, links: dict[str, int], canaries: list[str]) -> Base:
    """A row of ``model`` with a canary in every text and JSON field, ``links`` for its
    foreign keys, and plain values elsewhere."""
    values: dict[str, Any] = {}
    for column in model.__table__.columns:
        name = column.name
        if name in ("id", "uuid"):
            continue
        if column.foreign_keys:
            values[name] = links.get(name)
            continue
        kind = column.type
        if isinstance(kind, UTCDateTime):
            values[name] = datetime(2018, 3, 5, 10, tzinfo=UTC)
        elif isinstance(kind, Date):
            values[name] = date(2018, 3, 5)
        elif isinstance(kind, Boolean):
            values[name] = False
        elif isinstance(kind, Integer):
            values[name] = 4
        elif isinstance(kind, JSON):
            canary = _canary(prefix, model, name)
            values[name] = {"words": canary} if name in DICT_COLUMNS else [canary]
            canaries.append(canary)
        else:
            canary = _canary(prefix, model, name)
            values[name] = canary
            canaries.append(canary)
    return model(**values)


def _seed_record(session: Session, prefix: str, scale_id: int) -> tuple[int, list[str]]:
    """A client with a canary in every field of every table of their record."""
    canaries: list[str] = []

    def add(model: type[Base], **links: int) -> int:
        row = _fill(model, prefix, links, canaries)
        session.add(row)
        session.flush()
        return int(row.id)  # type: ignore[attr-defined]

    client = add(Client)
    first = add(PracticeSession, client_id=client)
    second = add(PracticeSession, client_id=client)
    with session.no_autoflush:
        session.get(PracticeSession, first).started_at = datetime(2018, 3, 5, 10, tzinfo=UTC)
        session.get(PracticeSession, second).started_at = datetime(2019, 6, 7, 10, tzinfo=UTC)
        for row_id in (first, second):
            row = session.get(PracticeSession, row_id)
            row.ended_at = row.started_at + timedelta(hours=1)
    add(SessionAmendment, session_id=first)
    goal = add(CareGoal, client_id=client)
    add(SessionGoal, session_id=second, goal_id=goal)
    practice = add(CopingPractice, session_id=first)
    checkin = add(CheckIn, session_id=first, practice_id=practice)
    add(CheckIn, practice_id=practice)  # linked through the session's practice only
    add(InstrumentResponse, session_id=second)
    add(ScaleRating, scale_id=scale_id, session_id=first, checkin_id=checkin)
    add(ScaleRating, scale_id=scale_id, checkin_id=checkin)  # through the check-in only
    return client, sorted(set(canaries))


def _key(services: Services, policy: KdfPolicy) -> bytes:
    return bytes(services.vault.read_key_file().unwrap_with_passphrase(PASSPHRASE, policy))


def _rows(services: Services) -> dict[str, int]:
    with services.vault.session() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in RECORD_TABLES
        }


@pytest.mark.parametrize("lock_first", [False, True])
def test_deleting_a_record_leaves_no_canary_in_any_page(
    practice: Services, policy: KdfPolicy, lock_first: bool
) -> None:
    key = _key(practice, policy)
    with practice.vault.transaction() as session:
        scale = CustomScale(name="Ease")
        session.add(scale)
        session.flush()
        gone, gone_canaries = _seed_record(session, "gone", scale.id)
        _kept, kept_canaries = _seed_record(session, "kept", scale.id)
    with practice.vault.session() as session:
        uuids = set(
            session.scalars(select(PracticeSession.uuid).where(PracticeSession.client_id == gone))
        )
    practice.settings.summaries_saved = frozenset(uuids | {"another-session"})
    practice.vault.checkpoint()
    found = plaintext(practice.vault.db_path, key)
    # Every table of the record had text in it, and all of it was written to the pages.
    assert {c.removeprefix("gone")[:6] for c in gone_canaries} >= {"client", "sessio", "checki"}
    assert len(gone_canaries) >= 25
    assert [x for x in gone_canaries + kept_canaries if x.encode() not in found] == []
    before = _rows(practice)
    heard: list[object] = []
    practice.events.subscribe(heard.append)

    entry = _retention(practice).delete_client_record(gone, "7 years after the last session")

    if lock_first:
        practice.vault.lock()
    found = plaintext(practice.vault.db_path, key)
    assert [x for x in kept_canaries if x.encode() not in found] == []  # the pages were read
    assert [x for x in gone_canaries if x.encode() in found] == []
    if lock_first:
        practice.vault.unlock(PASSPHRASE, policy=policy)
    after = _rows(practice)
    assert {table: before[table] - after[table] for table in before} == {
        "clients": 1,
        "sessions": 2,
        "session_amendments": 1,
        "care_goals": 1,
        "session_goals": 1,
        "checkins": 2,
        "instrument_responses": 1,
        "coping_practices": 1,
        "scale_ratings": 2,
    }
    assert practice.settings.summaries_saved == {"another-session"}
    assert heard == [ClientRecordDeleted(gone)]
    # The log line: when, the rule, the months, how many sessions; nothing of the client.
    assert (entry.rule, entry.first_month, entry.last_month, entry.sessions) == (
        "7 years after the last session",
        "2018-03",
        "2019-06",
        2,
    )
    assert entry.deleted_at == NOW
    with practice.vault.session() as session:
        line = session.scalars(select(DeletionLogLine)).one()
        stored = " ".join(
            str(getattr(line, col.name)) for col in DeletionLogLine.__table__.columns
        )
    assert "gone" not in stored.lower()
    assert _retention(practice).deletion_log() == (entry,)


def test_a_record_written_through_the_services_is_gone_after_deleting(
    practice: Services, policy: KdfPolicy
) -> None:
    """What the app itself writes in a session (not only the fields seeded by hand)."""
    key = _key(practice, policy)
    sessions = practice.sessions
    rae = sessions.add_client(ClientInput("Raecanaryx1", "theycanaryx2", "goalscanaryx3"))
    view = sessions.start(rae.id)
    sessions.give_consent(view.id, c.KEYS)
    sessions.record_checkin(
        view.id,
        PRE_SESSION,
        CheckInInput(distress=6, emotions=("feelcanaryx4",), note="notecanaryx5"),
    )
    sessions.record_practice(
        view.id, PracticeInput("box-breathing", NOW, finished=True, note="practicecanaryx6")
    )
    sessions.record_questionnaire(
        view.id, ResponseInput("gad7", (1, 1, 1, 1, 1, 1, 1), note="answercanaryx7")
    )
    sessions.save_notes(
        view.id,
        SessionNotes(
            shared="sharedcanaryx8",
            private="privatecanaryx9",
            agreements="agreecanaryy1",
            self_care_steps="stepscanaryy2",
        ),
    )
    sessions.record_checkin(view.id, POST_SESSION, CheckInInput(distress=3, note="leavecanaryy3"))
    sessions.end(view.id)
    sessions.signing.sign(view.id)
    sessions.signing.amend(view.id, "reasoncanaryy4", "amendcanaryy5")
    practice.vault.checkpoint()
    canaries = [
        "raecanaryx1", "theycanaryx2", "goalscanaryx3", "feelcanaryx4", "notecanaryx5",
        "practicecanaryx6", "answercanaryx7", "sharedcanaryx8", "privatecanaryx9",
        "agreecanaryy1", "stepscanaryy2", "leavecanaryy3", "reasoncanaryy4", "amendcanaryy5",
    ]  # fmt: skip
    found = plaintext(practice.vault.db_path, key)
    assert [x for x in canaries if x.encode() not in found] == []

    _retention(practice).delete_client_record(rae.id, "Deleted at the client's request")

    found = plaintext(practice.vault.db_path, key)
    assert [x for x in canaries if x.encode() in found] == []
    assert _rows(practice)["checkins"] == 0


# ---------------------------------------------------------------------- deleting: refusals


def test_the_log_never_names_the_client_and_an_open_session_is_never_deleted(
    practice: Services,
) -> None:
    retention = _retention(practice)
    rae = _client(practice, "Rae B.", _years_ago(8))
    with pytest.raises(InputError, match="never names a client"):
        retention.delete_client_record(rae, "Asked for by rae b. in person")
    with pytest.raises(InputError, match="which rule"):
        retention.delete_client_record(rae, "   ")
    with pytest.raises(InputError, match="too long"):
        retention.delete_client_record(rae, "x" * 201)
    # A word that merely contains the pseudonym is not the pseudonym.
    oak = _client(practice, "Oak", _years_ago(8), open_last=True)
    with pytest.raises(InputError, match="still open"):
        retention.delete_client_record(oak, "Oaken rule")
    assert _rows(practice)["clients"] == 2
    assert retention.deletion_log() == ()
    with pytest.raises(NotFoundError):
        retention.delete_client_record(rae + oak, "7 years after the last session")


def test_nothing_is_deleted_when_the_vault_would_not_overwrite_it(practice: Services) -> None:
    retention = _retention(practice)
    rae = _client(practice, "Rae", _years_ago(8))
    engine = practice.vault.engine

    def secure_delete_off(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    event.listen(engine, "checkout", secure_delete_off)
    try:
        with pytest.raises(SecureDeleteOffError, match="Nothing was deleted"):
            retention.delete_client_record(rae, "7 years after the last session")
    finally:
        event.remove(engine, "checkout", secure_delete_off)
        engine.dispose()  # the connections that were turned off go
    assert _rows(practice)["clients"] == 1
    assert retention.deletion_log() == ()


def test_a_client_without_sessions_is_logged_without_months(practice: Services) -> None:
    retention = _retention(practice)
    never = _client(practice, "Never", made=_years_ago(8))
    contents = retention.contents(never)
    assert (contents.sessions, contents.first_session, contents.last_session) == (0, None, None)
    entry = retention.delete_client_record(never, "7 years after the record was made")
    assert (entry.first_month, entry.last_month, entry.sessions) == (None, None, 0)


def test_contents_count_what_deleting_would_remove(practice: Services) -> None:
    with practice.vault.transaction() as session:
        scale = CustomScale(name="Ease")
        session.add(scale)
        session.flush()
        client, _ = _seed_record(session, "count", scale.id)
    contents = _retention(practice).contents(client)
    assert contents.pseudonym == _canary("count", Client, "pseudonym")
    assert (contents.first_session, contents.last_session) == (date(2018, 3, 5), date(2019, 6, 7))
    assert (
        contents.sessions,
        contents.signed_notes,
        contents.amendments,
        contents.goals,
        contents.checkins,
        contents.questionnaires,
        contents.practices,
        contents.scale_ratings,
    ) == (2, 2, 1, 1, 2, 1, 1, 2)


def test_the_deletion_log_lists_the_newest_first(practice: Services) -> None:
    first = _client(practice, "A", _years_ago(9))
    second = _client(practice, "B", _years_ago(8))
    _retention(practice, now=NOW - timedelta(days=2)).delete_client_record(first, "rule one")
    _retention(practice).delete_client_record(second, "rule two")
    log = _retention(practice).deletion_log()
    assert [line.rule for line in log] == ["rule two", "rule one"]
