"""The hub relays what the core services announce, on the GUI thread, and nothing more."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread

from hj_journal.core.care.care_map import PersonInput
from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.ui.sessions.page import SessionsPage
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.hub import Hub
from hj_journal.ui.shell.section_keys import Section

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _record(hub: Hub) -> list[tuple[str, tuple[Any, ...]]]:
    """Every relayed signal, in order, with its arguments."""
    heard: list[tuple[str, tuple[Any, ...]]] = []
    for name, signal in (
        ("entry_saved", hub.entry_saved),
        ("entry_trashed", hub.entry_trashed),
        ("entries_changed", hub.entries_changed),
        ("checkin_saved", hub.checkin_saved),
        ("response_saved", hub.response_saved),
        ("practice_saved", hub.practice_saved),
        ("care_changed", hub.care_changed),
        ("settings_changed", hub.settings_changed),
    ):
        signal.connect(lambda *args, n=name: heard.append((n, args)))
    return heard


def test_what_a_service_saves_reaches_the_hub_as_soon_as_it_returns(ui_ctx: UiContext) -> None:
    services, heard = ui_ctx.services, _record(ui_ctx.hub)
    entry = services.journal.create(EntryInput(date(2026, 3, 1), "", "Slept well"))
    services.journal.trash(entry.id)
    services.journal.empty_trash()
    checkin = services.checkins.add(CheckInInput(distress=3))
    response = services.questionnaires.save(ResponseInput("gad7", [1, 0, 2, 1, 0, 1, 0]))
    practice = services.coping.record_practice(PracticeInput("box-breathing", started_at=T0))
    services.care.add_person(PersonInput(name="Jo"))
    services.plans.save("safety", {"warning-signs": "Not sleeping"})
    # No waiting: on the GUI thread the signals are emitted before the service returns.
    assert heard == [
        ("entry_saved", (entry.id,)),
        ("entry_trashed", (entry.id,)),
        ("entries_changed", ()),
        ("checkin_saved", (checkin.id,)),
        ("response_saved", (response.id,)),
        ("practice_saved", (practice.id,)),
        ("care_changed", ()),
        ("care_changed", ()),
    ]


def test_changes_no_page_follows_are_not_relayed(ui_ctx: UiContext) -> None:
    services, heard = ui_ctx.services, _record(ui_ctx.hub)
    saved = services.checkins.add(CheckInInput(distress=3))
    services.checkins.delete(saved.id)
    # A vault setting is not the app's settings_changed (which re-applies the theme).
    services.settings.on_this_day = True
    assert heard == [("checkin_saved", (saved.id,))]


def test_a_save_in_a_worker_thread_is_heard_on_the_gui_thread(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    gui = QCoreApplication.instance().thread()
    threads: list[bool] = []
    ui_ctx.hub.checkin_saved.connect(lambda _id: threads.append(QThread.currentThread() is gui))
    saved: list[int] = []

    def work() -> None:
        saved.append(ui_ctx.services.checkins.add(CheckInInput(distress=5)).id)

    with qtbot.waitSignal(ui_ctx.hub.checkin_saved) as heard:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
    assert heard.args == saved
    assert threads == [True]


def test_relaying_twice_is_relaying_once(ui_ctx: UiContext) -> None:
    ui_ctx.hub.relay(ui_ctx.services.events)  # the context already made it relay
    heard = _record(ui_ctx.hub)
    saved = ui_ctx.services.checkins.add(CheckInInput(distress=2))
    assert heard == [("checkin_saved", (saved.id,))]


def test_a_silenced_hub_relays_nothing(qtbot: Any, ui_ctx: UiContext) -> None:
    hub = ui_ctx.hub
    heard = _record(hub)
    hub.silence()
    ui_ctx.services.checkins.add(CheckInInput(distress=2))
    worker = threading.Thread(target=ui_ctx.services.checkins.add, args=(CheckInInput(),))
    worker.start()
    worker.join()
    QCoreApplication.processEvents()  # anything queued would be delivered now
    assert heard == []


def test_a_page_asks_for_a_section_by_its_key(qtbot: Any) -> None:
    hub = Hub()
    with qtbot.waitSignal(hub.section_requested) as asked:
        hub.request_section(Section.CARE)
    assert asked.args == [Section.CARE]
    assert isinstance(asked.args[0], Section)


def test_a_check_in_saved_in_a_session_reaches_every_listener(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path
) -> None:
    services = ui_ctx.services
    services.settings.vault_kind = VaultKind.PRACTICE
    page = SessionsPage(
        ui_ctx,
        ask_client=lambda _parent, _client: None,
        ask_path=lambda _parent, name: tmp_path / name,
        confirm=lambda _parent, _text: True,
    )
    qtbot.addWidget(page)
    rae = services.sessions.add_client(ClientInput("Rae"))
    page.clients.refresh(select=rae.id)
    panel = page.start_session(rae.id)
    assert panel is not None
    panel.next_button.click()  # agree to everything
    panel.arriving.rating.set_value(7)
    heard = _record(ui_ctx.hub)
    panel.next_button.click()  # the arriving check-in is saved
    [checkin] = services.sessions.checkins(panel.session.id)
    assert heard == [("checkin_saved", (checkin.id,))]


def test_files_in_entries_care_goals_and_retention_are_relayed(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    from hj_journal.core.sessions.goals import GoalInput
    from hj_journal.core.sessions.retention import RetentionRule

    services, hub = ui_ctx.services, ui_ctx.hub
    entry = services.journal.create(EntryInput(date(2026, 3, 1), "", "Sea"))
    with qtbot.waitSignal(hub.attachment_added) as added:
        item = services.attachments.add(entry.id, b"a letter", name="letter.txt").attachment
    assert added.args == [entry.id, item.id]
    with qtbot.waitSignal(hub.attachment_removed) as removed:
        services.attachments.remove(item.id)
    assert removed.args == [entry.id, item.id]

    services.settings.vault_kind = VaultKind.PRACTICE
    rae = services.sessions.add_client(ClientInput("Rae"))
    with qtbot.waitSignal(hub.care_goals_changed) as goals:
        services.goals.add(rae.id, GoalInput("Sleep through more nights"))
    assert goals.args == [rae.id]
    with qtbot.waitSignal(hub.retention_changed) as retention:
        services.retention.set_client_rule(rae.id, RetentionRule(3))
    assert retention.args == [rae.id]
    with qtbot.waitSignal(hub.client_record_deleted) as deleted:
        services.retention.delete_client_record(rae.id, "At the client's request")
    assert deleted.args == [rae.id]


def test_a_file_added_in_a_worker_thread_is_heard_on_the_gui_thread(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    services = ui_ctx.services
    entry = services.journal.create(EntryInput(date(2026, 3, 1), "", "Sea"))
    gui = QCoreApplication.instance().thread()
    threads: list[bool] = []
    ui_ctx.hub.attachment_added.connect(
        lambda *_ids: threads.append(QThread.currentThread() is gui)
    )
    with qtbot.waitSignal(ui_ctx.hub.attachment_added):
        worker = threading.Thread(
            target=services.attachments.add, args=(entry.id, b"x"), kwargs={"name": "x.txt"}
        )
        worker.start()
        worker.join()
    assert threads == [True]
