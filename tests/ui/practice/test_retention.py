"""Keeping records on the practice home: the rule, records whose time has come (review
and delete, or keep for now), the deletion log; their dialogs, named and whole at every
text size; pictures at 100 % and 200 % text in the light and high-contrast themes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.services import Services
from hj_journal.core.sessions.retention import RecordContents, RetentionRule
from hj_journal.core.settings import VaultKind
from hj_journal.paths import AppPaths
from hj_journal.store.models import Client, PracticeSession
from hj_journal.ui.practice.page import FittedList, PracticeHomePage
from hj_journal.ui.practice.retention import RetentionCard
from hj_journal.ui.sessions.retention_dialogs import (
    DeleteRecordDialog,
    DeletionLogDialog,
    KeepChoice,
    KeepDialog,
    RuleChoice,
    RuleDialog,
)
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.practice.practice_samples import add_session

SHOTS = Path("/tmp/shots/retention")
NOW = datetime.now(UTC)


def _old_client(services: Services, name: str, years_ago: float, sessions: int = 3) -> int:
    """A client whose last session was about ``years_ago`` years ago."""
    last = NOW - timedelta(days=round(365.25 * years_ago))
    with services.vault.transaction() as session:
        client = Client(pseudonym=name, created_at=last - timedelta(days=400))
        session.add(client)
        session.flush()
        for number in range(sessions):
            start = last - timedelta(weeks=2 * number)
            session.add(
                PracticeSession(
                    client_id=client.id,
                    started_at=start,
                    ended_at=start + timedelta(minutes=50),
                    shared_notes=f"notes of {name}",
                )
            )
        return client.id


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


class Answers:
    """What the card's dialogs answer, and what they were shown."""

    def __init__(self) -> None:
        self.delete = False
        self.keep: KeepChoice | None = None
        self.rule: RuleChoice | None = None
        self.shown: list[Any] = []

    def confirm_delete(self, _parent: QWidget, contents: RecordContents) -> bool:
        self.shown.append(contents)
        return self.delete

    def choose_keep(self, _parent: QWidget, name: str) -> KeepChoice | None:
        self.shown.append(name)
        return self.keep

    def ask_rule(self, _parent: QWidget, current: Any, **kwargs: Any) -> RuleChoice | None:
        self.shown.append((current, kwargs))
        return self.rule

    def show_log(self, _parent: QWidget, entries: Any) -> None:
        self.shown.append(entries)


def _card(ctx: UiContext, answers: Answers, qtbot: Any) -> RetentionCard:
    card = RetentionCard(
        ctx.services.retention,
        FittedList("Records that have reached the time you chose"),
        ask_rule=answers.ask_rule,
        confirm_delete=answers.confirm_delete,
        choose_keep=answers.choose_keep,
        show_log=answers.show_log,
    )
    qtbot.addWidget(card)
    card.refresh()
    return card


def _rows(card: RetentionCard) -> list[str]:
    return [card.due_list.item(i).text() for i in range(card.due_list.count())]


def test_records_whose_time_has_come_are_listed_in_neutral_words(
    qtbot: Any, practice_ctx: UiContext
) -> None:
    services = practice_ctx.services
    _old_client(services, "Rae", 8)
    _old_client(services, "Ida", 7.5, sessions=1)
    _old_client(services, "Oak", 2)
    card = _card(practice_ctx, Answers(), qtbot)
    assert card.rule_text.text() == (
        "You keep each client's record for 7 years after the last session."
    )
    assert card.due_text.text() == (
        "Records you chose to keep for 7 years after the last session: 2 have reached that time."
    )
    rows = _rows(card)
    assert [row.split(" — ")[0] for row in rows] == ["Rae", "Ida"]
    assert "3 sessions" in rows[0] and "1 session" in rows[1]
    services.retention.set_client_rule(
        next(c.id for c in services.sessions.clients() if c.pseudonym == "Oak"),
        RetentionRule(1),
    )
    card.refresh()
    assert card.due_text.text().startswith(
        "Records you chose to keep for a set time after the last session: 3 have"
    )
    (oak_row,) = [row for row in _rows(card) if row.startswith("Oak")]
    assert oak_row.endswith("their own rule: 1 year after the last session")
    for word in ("expired", "overdue", "missed", "failed"):
        assert word not in (card.due_text.text() + " ".join(_rows(card))).lower()


def test_review_deletes_only_after_the_confirmation(qtbot: Any, practice_ctx: UiContext) -> None:
    services = practice_ctx.services
    rae = _old_client(services, "Rae", 8)
    answers = Answers()
    card = _card(practice_ctx, answers, qtbot)
    heard: list[int] = []
    card.changed.connect(lambda: heard.append(1))

    card.review_button.click()  # "Keep the record"
    assert [c.pseudonym for c in services.sessions.clients()] == ["Rae"]
    assert answers.shown[0].client_id == rae and answers.shown[0].sessions == 3

    answers.delete = True
    card.review_button.click()
    assert services.sessions.clients(include_archived=True) == []
    assert card.message.text().startswith("The record was deleted for good.")
    assert not card.due_list.isVisibleTo(card) and not card.review_button.isVisibleTo(card)
    assert heard == [1]
    (line,) = services.retention.deletion_log()
    assert line.rule == "7 years after the last session" and line.sessions == 3
    card.log_button.click()
    assert answers.shown[-1] == (line,)


def test_keep_for_now_keeps_one_more_year_or_sets_the_clients_own_rule(
    qtbot: Any, practice_ctx: UiContext
) -> None:
    services = practice_ctx.services
    rae = _old_client(services, "Rae", 7.2)
    oak = _old_client(services, "Oak", 9)
    answers = Answers()
    card = _card(practice_ctx, answers, qtbot)
    card.due_list.setCurrentRow(_rows(card).index(next(r for r in _rows(card) if "Rae" in r)))

    answers.keep = KeepChoice.ONE_MORE_YEAR
    card.keep_button.click()
    assert services.retention.rule_for(rae) == (RetentionRule(9), True)
    assert card.message.text().startswith("The record is kept. It comes up again in ")
    assert [row.split(" — ")[0] for row in _rows(card)] == ["Oak"]

    answers.keep = KeepChoice.OWN_RULE
    answers.rule = RuleChoice(RetentionRule(None))
    card.keep_button.click()
    current, kwargs = answers.shown[-1]
    assert current is None and kwargs["name"] == "Oak"
    assert kwargs["practice_rule"] == RetentionRule(7)
    assert services.retention.rule_for(oak) == (RetentionRule(None), True)
    assert _rows(card) == [] and card.due_text.text().startswith("No record has reached")


def test_the_practices_rule_is_chosen_on_the_card(qtbot: Any, practice_ctx: UiContext) -> None:
    services = practice_ctx.services
    _old_client(services, "Rae", 8)
    answers = Answers()
    card = _card(practice_ctx, answers, qtbot)
    answers.rule = RuleChoice(RetentionRule(10))
    card.rule_button.click()
    assert services.settings.retention_years == 10
    assert "10 years" in card.rule_text.text() and _rows(card) == []
    answers.rule = RuleChoice(RetentionRule(None))
    card.rule_button.click()
    assert card.rule_text.text() == "You keep each client's record until you delete it."


def test_the_practice_home_names_no_due_client_while_a_session_is_open(
    qtbot: Any, practice_ctx: UiContext
) -> None:
    services = practice_ctx.services
    _old_client(services, "Rae", 8)
    page = PracticeHomePage(practice_ctx)
    qtbot.addWidget(page)
    card = page.retention_card
    assert card.isVisibleTo(page) and card.due_list.count() == 1
    add_session(services, "Oak", NOW, ended=False)
    page.activate()
    assert not card.isVisibleTo(page) and card.due_list.count() == 0


# ---------------------------------------------------------------------- the dialogs


def _contents(**counts: int) -> RecordContents:
    values = dict(
        client_id=1,
        pseudonym="Rae",
        sessions=14,
        first_session=datetime(2018, 3, 5).date(),
        last_session=datetime(2019, 6, 7).date(),
        signed_notes=14,
        amendments=2,
        goals=3,
        checkins=28,
        questionnaires=5,
        practices=9,
        scale_ratings=0,
    )
    values.update(counts)
    return RecordContents(**values)  # type: ignore[arg-type]


def test_the_confirmation_says_what_goes_that_it_cannot_be_undone_and_about_backups(
    qtbot: Any,
) -> None:
    dialog = DeleteRecordDialog(None, _contents())
    qtbot.addWidget(dialog)
    assert dialog.text() == "Delete Rae's record for good?"
    info = dialog.informative_text()
    for part in (
        "14 sessions (March 2018 to June 2019) with their notes, private notes and consent",
        "2 amendments to signed notes",
        "3 care goals",
        "28 check-ins",
        "5 questionnaires",
        "9 practices done together",
        "This cannot be undone.",
        "Backups made before now still hold this record",
        "Never the name or anything written.",
    ):
        assert part in info, part
    assert "ratings on your own scales" not in info  # none to delete
    assert dialog.default_button() is dialog.keep_button
    assert dialog.escape_button() is dialog.keep_button
    dialog.reject()
    assert dialog.clicked_button() is dialog.keep_button
    alone = DeleteRecordDialog(None, _contents(sessions=0, first_session=None, last_session=None))
    qtbot.addWidget(alone)
    assert "there are no sessions" in alone.informative_text()


def test_the_rule_dialog_returns_what_was_chosen(qtbot: Any) -> None:
    practice = RuleDialog(None, RetentionRule(7))
    qtbot.addWidget(practice)
    assert not practice.practice.isVisibleTo(practice)
    assert practice.choice() == RuleChoice(RetentionRule(7))
    practice.years.setValue(12)
    assert practice.choice() == RuleChoice(RetentionRule(12))
    practice.forever.setChecked(True)
    assert practice.choice() == RuleChoice(RetentionRule(None))

    client = RuleDialog(None, None, practice_rule=RetentionRule(7), name="Rae")
    qtbot.addWidget(client)
    client.show()
    assert client.practice.isVisibleTo(client) and client.practice.isChecked()
    assert "7 years after the last session" in client.practice.text()
    assert client.choice() == RuleChoice(None)
    client.years.setValue(3)  # choosing a number chooses "For … years"
    assert client.choice() == RuleChoice(RetentionRule(3))
    kept = RuleDialog(None, RetentionRule(None), practice_rule=RetentionRule(7), name="Rae")
    qtbot.addWidget(kept)
    assert kept.forever.isChecked()


def test_the_deletion_log_dialog_shows_each_line(qtbot: Any, practice_ctx: UiContext) -> None:
    services = practice_ctx.services
    rae = _old_client(services, "Rae", 8)
    services.retention.delete_client_record(rae, "7 years after the last session")
    dialog = DeletionLogDialog(None, services.retention.deletion_log())
    qtbot.addWidget(dialog)
    (line,) = dialog.lines()
    assert "7 years after the last session — 3 sessions, " in line and "Rae" not in line
    empty = DeletionLogDialog(None, ())
    qtbot.addWidget(empty)
    empty.show()
    assert empty.empty.isVisibleTo(empty) and not empty.list.isVisibleTo(empty)


def _dialogs(services: Services) -> dict[str, Any]:
    return {
        "delete-record": lambda: DeleteRecordDialog(None, _contents()),
        "keep-for-now": lambda: KeepDialog(None, "Rae"),
        "practice-rule": lambda: RuleDialog(None, RetentionRule(7)),
        "client-rule": lambda: RuleDialog(None, None, practice_rule=RetentionRule(7), name="Rae"),
        "deletion-log": lambda: DeletionLogDialog(None, services.retention.deletion_log()),
    }


@pytest.mark.parametrize("scale", support.TEXT_SIZES)
def test_the_dialogs_are_named_and_hold_at_every_text_size(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    tmp_path: Path,
    scale: int,
) -> None:
    services.settings.vault_kind = VaultKind.PRACTICE
    for name in ("Rae", "Ida"):
        services.retention.delete_client_record(
            _old_client(services, name, 8), "7 years after the last session"
        )
    problems: list[str] = []
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        for name, make in _dialogs(services).items():
            dialog = make()
            qtbot.addWidget(dialog)
            picture = f"retention-{name}-{scale}"
            support.render(qtbot, dialog, picture, "light", check_layout=False)
            problems += [f"{picture}: {p}" for p in support.clipped(dialog)]
            problems += [f"{picture}: {p}" for p in support.squeezed(dialog)]
            problems += support.unnamed_controls(dialog)
            if dialog.minimumSizeHint().width() > support.WINDOW_SIZES[-1].width():
                problems.append(f"{picture}: wider than the smallest screen")
            dialog.close()
    assert problems == []


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_keeping_records(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    services.settings.vault_kind = VaultKind.PRACTICE
    _old_client(services, "Rae", 8, sessions=14)
    _old_client(services, "Ida", 7.3, sessions=1)
    gone = _old_client(services, "Sky", 9)
    services.retention.delete_client_record(gone, "7 years after the last session")
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            page = PracticeHomePage(ctx)
            qtbot.addWidget(page)
            assert support.unnamed_controls(page) == []
            size = QSize(1180 if scale == 100 else 1024, max(780, page.sizeHint().height()))
            support.render(
                qtbot, page, f"practice-home-records-{scale}", theme, size, folder=SHOTS
            )
            page.close()
            for name, make in _dialogs(services).items():
                dialog = make()
                qtbot.addWidget(dialog)
                support.render(qtbot, dialog, f"{name}-{scale}", theme, folder=SHOTS)
                dialog.close()
        finally:
            support.close_ui_ctx(ctx)


def test_enter_in_the_confirmation_keeps_the_record(qtbot: Any) -> None:
    dialog = DeleteRecordDialog(None, _contents())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.clicked_button() is dialog.keep_button
