"""The entry template form: what it shows, what it returns, and its own rules said early."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.templates import EntryTemplateDraft
from hj_journal.ui.journal.template_form import EntryTemplateForm
from tests.ui import support
from tests.ui.journal.template_samples import LOOKS

MINE = EntryTemplateDraft(
    "Evening walk", "Walk on {date}", ("walk", "evening"), "## Where I went\n", "Kept."
)


def test_the_form_shows_a_draft_and_returns_what_was_typed(qtbot) -> None:
    form = EntryTemplateForm(None, MINE)
    qtbot.addWidget(form)
    assert form.name.text() == "Evening walk"
    assert form.entry_title.text() == "Walk on {date}"
    assert form.tags.tags() == ("evening", "walk")
    assert form.body.toPlainText() == "## Where I went\n"
    assert form.windowTitle() == "Edit entry template"
    form.name.setText("Night walk")
    form.tags.setText("walk, night")
    assert form.draft() == EntryTemplateDraft(
        "Night walk", "Walk on {date}", ("walk", "night"), "## Where I went\n", "Kept."
    )


def test_the_form_says_what_is_missing_before_closing(qtbot) -> None:
    form = EntryTemplateForm(None, None, title="New one")
    qtbot.addWidget(form)
    assert form.windowTitle() == "New one"
    form.show()
    form._accept()
    assert form.isVisible()
    assert "name" in form.message.text()
    form.name.setText("Walk")
    form._accept()
    assert form.result() == EntryTemplateForm.DialogCode.Accepted


def test_every_field_has_a_name(qtbot) -> None:
    form = EntryTemplateForm(None, MINE)
    qtbot.addWidget(form)
    assert support.unnamed_controls(form) == []


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_the_form_renders(
    qtbot, qapp: QApplication, tmp_path: Path, theme: str, scale: int
) -> None:
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        form = EntryTemplateForm(None, MINE)
        qtbot.addWidget(form)
        support.render(qtbot, form, f"entry-template-form-{scale}", theme, folder=tmp_path)
