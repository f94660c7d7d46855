"""The prompts manager: principles for Today, browsing, own prompts, and pack files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from hj_journal.core.common.principles import Principle
from hj_journal.core.common.tomlcheck import Problem
from hj_journal.core.prompts.service import Conflict, PackView, PromptInput, PromptView
from hj_journal.ui.prompts.browser import KEY_ROLE, PromptBrowser
from hj_journal.ui.prompts.manager import PromptsDialog
from hj_journal.ui.shell.context import UiContext

PACK = """
[pack]
id = "circle-night"
name = "Circle night"

[[prompts]]
id = "arrive"
principle = "community"
text = "Who did you bring with you in your heart tonight?"

[[prompts]]
id = "broken"
principle = "joy"
text = "Never mind"
"""


class FakeAsker:
    """Answers the manager's questions without dialogs."""

    def __init__(self, tmp_path: Path) -> None:
        self.prompt: tuple[PromptInput, str] | None = None
        self.confirm = True
        self.path: Path | None = tmp_path / "pack.toml"
        self.conflict_answer: Conflict | None = Conflict.COPY
        self.reports: list[tuple[str, list[Problem]]] = []
        self.pack_name: str | None = "Thursday circle"

    def edit_prompt(
        self, parent: QWidget | None, packs: list[PackView], prompt: PromptView | None
    ) -> tuple[PromptInput, str] | None:
        return self.prompt

    def new_pack_name(self, parent: QWidget | None) -> str | None:
        return self.pack_name

    def confirm_delete(self, parent: QWidget | None, what: str) -> bool:
        return self.confirm

    def conflict(self, parent: QWidget | None, key: str, *, builtin: bool) -> Conflict | None:
        return self.conflict_answer

    def report(
        self, parent: QWidget | None, title: str, text: str, problems: Sequence[Problem]
    ) -> None:
        self.reports.append((text, list(problems)))

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        return self.path

    def open_path(self, parent: QWidget | None) -> Path | None:
        return self.path


def shown(browser: PromptBrowser) -> list[str]:
    return [browser.list.item(i).data(KEY_ROLE) for i in range(browser.list.count())]


@pytest.fixture
def asker(tmp_path: Path) -> FakeAsker:
    return FakeAsker(tmp_path)


@pytest.fixture
def dialog(qtbot, ui_ctx: UiContext, asker: FakeAsker) -> PromptsDialog:  # type: ignore[no-untyped-def]
    made = PromptsDialog(ui_ctx, asker=asker)  # type: ignore[arg-type]
    qtbot.addWidget(made)
    return made


def test_choose_the_principles_for_today(dialog: PromptsDialog, ui_ctx: UiContext) -> None:
    prompts = ui_ctx.services.prompts
    dialog.today.boxes[Principle.ACCOUNTABILITY].setChecked(False)
    dialog.today.boxes[Principle.INTERSECTIONALITY].setChecked(False)
    assert set(prompts.principles()) == {
        Principle.TRAUMA_INFORMED,
        Principle.COMMUNITY,
        Principle.SELF_CARE,
    }
    dialog.today.content_notes.setChecked(False)
    assert not prompts.include_content_notes
    for box in dialog.today.boxes.values():
        box.setChecked(False)
    assert prompts.principles() == () and dialog.today.none_note.isVisibleTo(dialog.today)


def test_browse_by_principle_and_hide_and_bring_back(
    dialog: PromptsDialog, ui_ctx: UiContext
) -> None:
    browser = dialog.browser
    browser.principle.setCurrentIndex(browser.principle.findData("community"))
    assert (
        browser.list.count() == ui_ctx.services.prompts.counts_by_principle()[Principle.COMMUNITY]
    )
    current = browser.current
    assert current is not None and current.principle is Principle.COMMUNITY
    browser.hide_button.click()
    assert ui_ctx.services.prompts.get(current.key).hidden
    assert current.key not in shown(browser)
    browser.show_hidden.setChecked(True)
    row = shown(browser).index(current.key)
    assert browser.list.item(row).text().startswith("(hidden)")
    browser.list.setCurrentRow(row)
    assert browser.hide_button.text().replace("&", "") == "Show again"
    browser.hide_button.click()
    assert not ui_ctx.services.prompts.get(current.key).hidden


def test_content_noted_prompts_stay_behind_their_note(dialog: PromptsDialog) -> None:
    browser = dialog.browser
    browser.pack.setCurrentIndex(browser.pack.findData("accountability-reflection"))
    view = browser.current
    assert view is not None and view.content_note
    assert view.text not in browser.list.currentItem().text()
    assert not browser.text.isVisibleTo(browser) and browser.reveal_button.isVisibleTo(browser)
    browser.reveal_button.click()
    assert browser.text.isVisibleTo(browser)
    browser.reveal_all.setChecked(True)
    assert browser.list.currentItem().text() == view.text


def test_write_edit_and_delete_an_own_prompt(
    dialog: PromptsDialog, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    browser = dialog.browser
    asker.prompt = (
        PromptInput("What did my grandmother know about rest?", "self_care"),
        "my-prompts",
    )
    browser.add_button.click()
    mine = browser.current
    assert (
        mine is not None and not mine.builtin and mine.text.startswith("What did my grandmother")
    )
    assert browser.edit_button.isVisibleTo(browser) and browser.delete_button.isVisibleTo(browser)
    asker.prompt = (
        PromptInput("What did my grandmother know about rest and joy?", "self_care"),
        "",
    )
    browser.edit_button.click()
    assert ui_ctx.services.prompts.get(mine.key).text.endswith("rest and joy?")
    asker.prompt = (PromptInput("   ", "self_care"), "my-prompts")
    browser.add_button.click()
    assert "words" in browser.message.text()
    asker.confirm = True
    browser.current = ui_ctx.services.prompts.get(mine.key)
    browser.delete_button.click()
    assert ui_ctx.services.prompts.lookup(mine.key) is None


def test_write_about_a_prompt_from_the_manager(
    qtbot, dialog: PromptsDialog, ui_ctx: UiContext
) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str]] = []
    ui_ctx.hub.journal_links.new_entry_requested.connect(lambda k, t: asked.append((k, t)))
    dialog.show()
    view = dialog.browser.current
    assert view is not None
    dialog.browser.write_button.click()
    assert asked == [(view.key, view.text)] and not dialog.isVisible()


def test_import_a_pack_reports_each_prompt_left_out(
    dialog: PromptsDialog, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    assert asker.path is not None
    asker.path.write_text(PACK, encoding="utf-8")
    dialog.packs.import_button.click()
    result = dialog.packs.last_import
    assert result is not None and result.added == 1
    ((text, problems),) = asker.reports
    assert "Circle night" in text
    assert [(p.item, p.field) for p in problems] == [("prompt 2 ('broken')", "principle")]
    assert "circle-night" in [p.key for p in ui_ctx.services.prompts.packs()]
    # the browser knows the new pack straight away
    assert dialog.browser.pack.findData("circle-night") >= 0


def test_importing_the_same_pack_asks_and_can_replace_or_keep_both(
    dialog: PromptsDialog, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    assert asker.path is not None
    asker.path.write_text(PACK, encoding="utf-8")
    dialog.packs.import_button.click()
    asker.conflict_answer = None
    dialog.packs.import_button.click()
    assert [p.key for p in ui_ctx.services.prompts.packs() if not p.builtin] == ["circle-night"]
    asker.conflict_answer = Conflict.REPLACE
    dialog.packs.import_button.click()
    assert dialog.packs.last_import is not None and dialog.packs.last_import.updated == 1
    asker.conflict_answer = Conflict.COPY
    dialog.packs.import_button.click()
    own = [p.key for p in ui_ctx.services.prompts.packs() if not p.builtin]
    assert own == ["circle-night", "circle-night-2"]


def test_an_unusable_file_is_explained_and_nothing_is_added(
    dialog: PromptsDialog, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    assert asker.path is not None
    asker.path.write_text("not = = toml", encoding="utf-8")
    dialog.packs.import_button.click()
    ((text, problems),) = asker.reports
    assert text.startswith("Nothing was added") and problems
    assert [p for p in ui_ctx.services.prompts.packs() if not p.builtin] == []


def test_export_a_pack_and_start_and_delete_your_own(
    dialog: PromptsDialog, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    packs = dialog.packs
    packs.list.setCurrentRow(0)
    packs.export_button.click()
    assert asker.path is not None and "[[prompts]]" in asker.path.read_text(encoding="utf-8")
    packs.new_button.click()
    assert packs._current_key() == "thursday-circle"
    assert not packs.export_button.isEnabled() and packs.delete_button.isEnabled()
    packs.delete_button.click()
    assert "thursday-circle" not in [p.key for p in ui_ctx.services.prompts.packs()]
