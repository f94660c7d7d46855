"""New entry's menu of templates: what it offers, and choosing one fills the editor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.templates import BUILTIN_ORDER, EntryTemplateDraft
from hj_journal.ui.common.dates import day_text
from hj_journal.ui.journal.dialogs import Unsaved
from hj_journal.ui.journal.template_menu import TemplateMenu
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.journal.template_samples import LOOKS

MINE = EntryTemplateDraft("Evening walk", "Walk on {date}", ("walk",), "## Where I went\n")


def _action(menu: TemplateMenu, key: str):  # type: ignore[no-untyped-def]
    menu.refresh()
    return next(a for a in menu.template_actions() if a.data() == key)


def test_the_menu_offers_a_blank_entry_the_templates_kept_and_the_manager(
    qtbot, ui_ctx: UiContext
) -> None:
    templates = ui_ctx.services.entry_templates
    menu = TemplateMenu(templates)
    keys = [a.data() for a in menu.template_actions()]
    assert keys == list(BUILTIN_ORDER)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "Blank entry" and texts[-1] == "Manage templates…"
    own = templates.add(MINE)
    templates.set_hidden("a-hard-day", True)
    menu.aboutToShow.emit()  # read again as it opens
    keys = [a.data() for a in menu.template_actions()]
    assert "a-hard-day" not in keys and keys[-1] == own.key
    with qtbot.waitSignal(menu.manage_requested):
        next(a for a in menu.actions() if a.text() == "Manage templates…").trigger()
    with qtbot.waitSignal(menu.blank_chosen):
        menu.actions()[0].trigger()


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_key(ui_ctx: UiContext) -> None:
    ui_ctx.services.entry_templates.add(EntryTemplateDraft("Rest & repair"))
    menu = TemplateMenu(ui_ctx.services.entry_templates)
    assert menu.template_actions()[-1].text() == "Rest && repair"


def test_choosing_a_template_fills_the_editor_with_todays_date(
    journal_page, ui_ctx: UiContext, qtbot
) -> None:
    page = journal_page()
    assert page.browse.template_button.menu() is page.template_menu
    _action(page.template_menu, "morning-pages").trigger()
    editor = page.editor
    today = day_text(date.today(), long=True)
    assert editor.title.text() == f"Morning pages — {today}"
    assert editor.tags.tags() == ("morning",)
    assert editor.body.toPlainText().startswith("## What is here this morning")
    assert editor.entry_id is None
    assert not editor.has_unsaved  # the template's words are not yet your writing
    editor.body.appendPlainText("The kettle, the light.")
    assert editor.has_unsaved
    saved = editor.save()
    assert saved is not None and saved.tags == ("morning",)
    assert saved.title == f"Morning pages — {today}"


def test_choosing_a_template_over_unsaved_writing_asks_first(journal_page, asker, qtbot) -> None:
    page = journal_page()
    page.new_entry()
    page.editor.body.setPlainText("words I have not saved")
    asker.unsaved_answer = Unsaved.KEEP_WRITING
    _action(page.template_menu, "a-hard-day").trigger()
    assert asker.asked == ["unsaved"]
    assert page.editor.body.toPlainText() == "words I have not saved"


def test_a_template_deleted_meanwhile_is_a_calm_notice(journal_page, ui_ctx: UiContext) -> None:
    own = ui_ctx.services.entry_templates.add(MINE)
    page = journal_page()
    action = _action(page.template_menu, own.key)
    ui_ctx.services.entry_templates.delete(own.key)
    action.trigger()
    assert not page.notice.isHidden()
    assert "isn't here any more" in page.notice_text.text()


def test_the_template_button_has_a_name_and_sits_after_new_entry(journal_page) -> None:
    page = journal_page()
    button = page.browse.template_button
    assert button.accessibleName() == "New entry from a template"
    assert page.browse.new_button.nextInFocusChain() is button


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_a_filled_template_renders(
    journal_page, qtbot, qapp: QApplication, tmp_path: Path, theme: str, scale: int
) -> None:
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        page = journal_page()
        _action(page.template_menu, "a-hard-day").trigger()
        support.render(
            qtbot, page, f"journal-template-{scale}", theme, support.PAGE_SIZE, folder=tmp_path
        )
        menu = page.template_menu
        menu.refresh()
        support.render(qtbot, menu, f"journal-template-menu-{scale}", theme, folder=tmp_path)
        menu.hide()


def test_writing_starts_under_the_first_heading(journal_page) -> None:
    page = journal_page()
    _action(page.template_menu, "morning-pages").trigger()
    body = page.editor.body
    assert body.textCursor().blockNumber() == 1  # the line after "## What is here…"
    assert page.editor.title.cursorPosition() == 0
