"""The entry templates manager: add, copy, edit, delete, hide a built-in one, export and
import, each through the service; a file that can't be used is one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.templates import (
    BUILTIN_ORDER,
    EntryTemplateDraft,
    EntryTemplateView,
)
from hj_journal.ui.common.widgets import KEY_ROLE
from hj_journal.ui.journal.templates_dialog import (
    EntryTemplatesDialog,
    template_details,
)
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.journal.template_samples import LOOKS, FakeTemplateAsker

MINE = EntryTemplateDraft("Evening walk", "Walk on {date}", ("walk",), "## Where I went\n")


@pytest.fixture
def fake() -> FakeTemplateAsker:
    return FakeTemplateAsker()


@pytest.fixture
def dialog(qtbot, ui_ctx: UiContext, fake: FakeTemplateAsker) -> EntryTemplatesDialog:
    made = EntryTemplatesDialog(ui_ctx.services.entry_templates, fake)
    qtbot.addWidget(made)
    return made


def _choose(dialog: EntryTemplatesDialog, key: str) -> None:
    for row in range(dialog.list.count()):
        if dialog.list.item(row).data(KEY_ROLE) == key:
            dialog.list.setCurrentRow(row)
            return
    raise AssertionError(key)


def test_the_list_shows_builtins_then_your_own_and_what_each_button_may_do(
    dialog: EntryTemplatesDialog, ui_ctx: UiContext
) -> None:
    assert dialog.list.count() == len(BUILTIN_ORDER)
    assert dialog.list.item(0).text() == "Morning pages (built in)"
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert dialog.hide_button.isEnabled() and dialog.copy_button.isEnabled()
    assert "Title: Morning pages — {date}" in dialog.details_text.text()
    own = ui_ctx.services.entry_templates.add(MINE)
    dialog.reload(select=own.key)
    assert dialog.list.currentItem().text() == "Evening walk"
    assert dialog.edit_button.isEnabled() and not dialog.hide_button.isEnabled()


def test_new_copy_edit_and_delete_go_through_the_service(
    dialog: EntryTemplatesDialog, ui_ctx: UiContext, fake: FakeTemplateAsker, qtbot
) -> None:
    templates = ui_ctx.services.entry_templates
    fake.draft = MINE
    with qtbot.waitSignal(dialog.changed):
        dialog.new_button.click()
    assert [t.name for t in templates.own()] == ["Evening walk"]
    assert "is saved" in dialog.message.text()

    _choose(dialog, "gratitude-and-care")
    fake.draft = EntryTemplateDraft("Thanks", body="## Who")
    dialog.copy_button.click()
    assert fake.started_with is not None
    assert fake.started_with.name == "Gratitude and care (my version)"
    assert fake.started_with.tags == ("care", "gratitude")
    assert {t.name for t in templates.own()} == {"Evening walk", "Thanks"}

    fake.draft = EntryTemplateDraft("Thanks", body="## Who, and what")
    dialog.edit_button.click()
    assert templates.find("Thanks").body == "## Who, and what"

    fake.draft = EntryTemplateDraft("Evening walk")  # the other one's name
    dialog.edit_button.click()
    assert "already a template" in dialog.message.text()

    fake.confirm = False
    dialog.delete_button.click()
    assert len(templates.own()) == 2
    fake.confirm = True
    dialog.delete_button.click()
    assert [t.name for t in templates.own()] == ["Evening walk"]
    assert fake.asked.count("delete Thanks") == 2


def test_a_cancelled_form_changes_nothing(
    dialog: EntryTemplatesDialog, ui_ctx: UiContext, fake: FakeTemplateAsker
) -> None:
    fake.draft = None
    dialog.new_button.click()
    assert ui_ctx.services.entry_templates.own() == ()


def test_hide_and_show_a_builtin(dialog: EntryTemplatesDialog, ui_ctx: UiContext) -> None:
    _choose(dialog, "after-a-session")
    dialog.hide_button.click()
    offered = {t.key for t in ui_ctx.services.entry_templates.offered()}
    assert "after-a-session" not in offered
    assert dialog.list.currentItem().text() == "After a session (built in, hidden)"
    assert dialog.hide_button.text() == "&Show in the menu"
    assert "Hidden from New entry's menu." in dialog.details_text.text()
    dialog.hide_button.click()
    assert "after-a-session" in {t.key for t in ui_ctx.services.entry_templates.offered()}


def test_export_and_import_round_trip_and_a_bad_file_is_one_sentence(
    dialog: EntryTemplatesDialog, ui_ctx: UiContext, fake: FakeTemplateAsker, tmp_path: Path
) -> None:
    _choose(dialog, "a-hard-day")
    fake.save = tmp_path / "hard.toml"
    dialog.export_button.click()
    assert "save a-hard-day.toml" in fake.asked
    assert fake.save.is_file() and "Saved as hard.toml." in dialog.message.text()
    fake.open = fake.save
    dialog.import_button.click()
    assert [t.name for t in ui_ctx.services.entry_templates.own()] == ["A hard day (2)"]
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\nid = "x"\nname = "X"\ntags = "not a list"\n', encoding="utf-8")
    fake.open = bad
    dialog.import_button.click()
    text = dialog.message.text()
    assert "bad.toml, line 4, field 'tags'" in text and "\n" not in text
    assert len(ui_ctx.services.entry_templates.own()) == 1


def test_an_export_that_cannot_be_written_is_said_calmly(
    dialog: EntryTemplatesDialog, fake: FakeTemplateAsker, tmp_path: Path
) -> None:
    fake.save = tmp_path / "no such folder" / "x.toml"
    dialog.export_button.click()
    assert "could not be saved there" in dialog.message.text()


def test_details_show_the_start_of_a_long_text() -> None:
    long = EntryTemplateView("k", "Long", "", "", (), "\n".join(f"line {n}" for n in range(40)))
    details = template_details(long)
    assert "line 11" in details and "line 12" not in details and details.endswith("…")


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_the_manager_renders(
    qtbot, qapp: QApplication, ui_ctx: UiContext, tmp_path: Path, theme: str, scale: int
) -> None:
    ui_ctx.services.entry_templates.add(MINE)
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        dialog = EntryTemplatesDialog(ui_ctx.services.entry_templates, FakeTemplateAsker())
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(1)
        support.render(qtbot, dialog, f"entry-templates-{scale}", theme, folder=tmp_path)
        assert support.unnamed_controls(dialog) == []
        assert support.squeezed(dialog) == []
