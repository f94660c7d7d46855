"""Each service announces what it changed, once it is kept, to the vault's one registry."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from hj_journal.core.care.care_map import PersonInput, ResourceInput
from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.data.exchange.importer import read_source
from hj_journal.core.events import (
    CareMapChanged,
    CheckInDeleted,
    CheckInSaved,
    EntriesChanged,
    EntrySaved,
    EntryTrashed,
    Event,
    Events,
    PlanChanged,
    PracticeDeleted,
    PracticeSaved,
    ResponseDeleted,
    ResponseSaved,
    SettingChanged,
)
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput
from hj_journal.core.settings import VaultKind
from tests.core.data.exchange.samples import JRNL_JSON

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def heard(services: Services) -> list[Event]:
    """Everything the services announce from now on, in order."""
    events: list[Event] = []
    services.events.subscribe(events.append)
    return events


# ---------------------------------------------------------------------- the registry


def test_a_listener_hears_until_it_stops() -> None:
    events = Events()
    heard: list[Event] = []
    stop = events.subscribe(heard.append)
    events.emit(EntrySaved(1))
    stop()
    stop()  # stopping twice is harmless
    events.emit(EntrySaved(2))
    assert heard == [EntrySaved(1)]


def test_a_listener_hears_in_the_thread_that_made_the_change() -> None:
    events = Events()
    threads: list[threading.Thread] = []
    events.subscribe(lambda _event: threads.append(threading.current_thread()))
    worker = threading.Thread(target=events.emit, args=(EntriesChanged(),))
    worker.start()
    worker.join()
    assert threads == [worker]


def test_every_service_of_a_vault_announces_to_the_same_registry(
    services: Services, heard: list[Event]
) -> None:
    entry = services.journal.create(EntryInput(date(2026, 3, 1), "A", "Body"))
    checkin = services.checkins.add(CheckInInput(distress=3))
    services.care.add_person(PersonInput(name="Jo"))
    assert heard == [EntrySaved(entry.id), CheckInSaved(checkin.id), CareMapChanged()]


# ---------------------------------------------------------------------- one test per service


def test_the_journal_announces_saves_the_trash_and_deletions(
    services: Services, heard: list[Event]
) -> None:
    journal = services.journal
    entry = journal.create(EntryInput(date(2026, 3, 1), "Morning", "Slept well"))
    journal.update(entry.id, EntryInput(date(2026, 3, 1), "Morning", "Slept well, mostly"))
    journal.trash(entry.id)
    journal.restore(entry.id)  # back where it belongs: saved again, as far as a list knows
    journal.trash(entry.id)
    assert journal.empty_trash() == 1
    assert journal.empty_trash() == 0  # nothing left: nothing changed, nothing said
    assert heard == [
        EntrySaved(entry.id),
        EntrySaved(entry.id),
        EntryTrashed(entry.id),
        EntrySaved(entry.id),
        EntryTrashed(entry.id),
        EntriesChanged(),
    ]


def test_a_listener_can_read_what_was_announced(services: Services) -> None:
    read: list[str] = []

    def listener(event: Event) -> None:
        if isinstance(event, EntrySaved):  # the change is kept before anyone hears of it
            read.append(services.journal.get(event.entry_id).body)

    services.events.subscribe(listener)
    services.journal.create(EntryInput(date(2026, 3, 1), "", "Kept"))
    assert read == ["Kept"]


def test_check_ins_announce_saves_and_deletions(services: Services, heard: list[Event]) -> None:
    saved = services.checkins.add(CheckInInput(distress=4))
    services.checkins.delete(saved.id)
    services.checkins.delete(saved.id)  # already gone: nothing to say
    assert heard == [CheckInSaved(saved.id), CheckInDeleted(saved.id)]


def test_questionnaires_announce_responses(services: Services, heard: list[Event]) -> None:
    saved = services.questionnaires.save(ResponseInput("gad7", [1, 0, 2, 1, 0, 1, 0]))
    services.questionnaires.delete(saved.id)
    services.questionnaires.delete(saved.id)
    assert heard == [ResponseSaved(saved.id), ResponseDeleted(saved.id)]


def test_coping_announces_practices(services: Services, heard: list[Event]) -> None:
    saved = services.coping.record_practice(PracticeInput("box-breathing", started_at=T0))
    services.coping.delete_practice(saved.id)
    services.coping.delete_practice(saved.id)
    assert heard == [PracticeSaved(saved.id), PracticeDeleted(saved.id)]


def test_the_care_map_announces_people_and_resources(
    services: Services, heard: list[Event]
) -> None:
    care = services.care
    jo = care.add_person(PersonInput(name="Jo"))
    care.update_person(jo.id, PersonInput(name="Jo B."))
    care.delete_person(jo.id)
    line = care.add_resource(ResourceInput("Peer line"))
    care.update_resource(line.id, ResourceInput("Peer warm line"))
    care.add_example_resources()
    care.move_resource(line.id, 1)
    care.delete_resource(line.id)
    assert heard == [CareMapChanged()] * 8
    heard.clear()
    assert care.add_example_resources() == []  # nothing new: nothing to say
    assert heard == []


def test_plans_announce_saves_follow_ups_and_removal(
    services: Services, heard: list[Event]
) -> None:
    plans = services.plans
    saved = plans.save("safety", {"warning-signs": "Not sleeping"})
    plans.set_follow_up("safety", date(2026, 4, 1))
    plans.delete(saved.plan_id)
    assert heard == [PlanChanged("safety")] * 3


def test_vault_settings_announce_each_stored_key(services: Services, heard: list[Event]) -> None:
    services.settings.on_this_day = True
    services.support_lines.choose("GB")  # settings kept through another service count too
    assert heard == [SettingChanged("today.on_this_day"), SettingChanged("support.country")]


def test_a_session_announces_its_check_ins_questionnaires_and_practices(
    services: Services, heard: list[Event]
) -> None:
    services.settings.vault_kind = VaultKind.PRACTICE
    sessions = services.sessions
    client = sessions.add_client(ClientInput("R."))
    session = sessions.start(client.id)
    sessions.give_consent(session.id, c.KEYS)
    heard.clear()
    first = sessions.record_checkin(session.id, PRE_SESSION, CheckInInput(distress=7))
    again = sessions.record_checkin(session.id, PRE_SESSION, CheckInInput(distress=6))
    response = sessions.record_questionnaire(
        session.id, ResponseInput("gad7", [1, 0, 2, 1, 0, 1, 0])
    )
    practice = sessions.record_practice(
        session.id,
        PracticeInput("box-breathing", started_at=T0, ended_at=T0 + timedelta(minutes=5)),
    )
    after = sessions.record_checkin(session.id, POST_SESSION, CheckInInput(distress=4))
    assert heard == [
        CheckInSaved(first.id),
        CheckInSaved(again.id),
        CheckInDeleted(first.id),  # the second check-in at the start replaces the first
        ResponseSaved(response.id),
        PracticeSaved(practice.id),
        CheckInSaved(after.id),
    ]


def test_an_import_and_a_restore_announce_many_entries_at_once(
    services: Services, heard: list[Event], tmp_path: Path
) -> None:
    export = tmp_path / "journal.json"
    export.write_text(json.dumps(JRNL_JSON), encoding="utf-8")
    backup = services.data.backups.create()
    heard.clear()  # whatever making a backup keeps about itself
    assert services.data.run_import(read_source(export)).new_total > 0
    assert services.data.run_import(read_source(export)).new_total == 0  # nothing new
    assert heard == [EntriesChanged()]
    services.data.restore_over(backup)
    assert heard[-1] == EntriesChanged()
