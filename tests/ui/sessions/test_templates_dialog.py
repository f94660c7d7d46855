"""The note templates: built-in ones listed, own ones added, copied, edited, deleted,
exported and imported (a bad file is one sentence and changes nothing); the template
form and the amendment form return what was typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.core.sessions.note_sections import NotePart
from hj_journal.core.sessions.templates import (
    BUILTIN_ORDER,
    Fills,
    TemplateDraft,
    TemplateSection,
    template_from_toml,
)
from hj_journal.core.settings import VaultKind
from hj_journal.ui.sessions.amendment_dialog import AmendmentDialog
from hj_journal.ui.sessions.template_form import TemplateForm
from hj_journal.ui.sessions.templates_dialog import TemplatesDialog
from tests.ui import support
from tests.ui.sessions.notes_samples import FakeAsker, all_text
from tests.ui.support import unnamed_controls

WALK = TemplateDraft(
    "Walk and talk",
    "Sessions walking outside.",
    (
        TemplateSection("Where we walked", "The route.", shared=True),
        TemplateSection("What I noticed", "", shared=False),
    ),
)


@pytest.fixture
def practice(services: Services) -> Services:
    services.settings.vault_kind = VaultKind.PRACTICE
    return services


def rows(dialog: TemplatesDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def choose(dialog: TemplatesDialog, key: str) -> None:
    dialog.reload(select=key)
    assert dialog.current_key() == key


def test_the_templates_are_managed_in_one_place(
    qtbot: Any, qapp: QApplication, practice: Services, tmp_path: Path
) -> None:
    asker = FakeAsker()
    dialog = TemplatesDialog(practice.sessions.templates, asker)
    qtbot.addWidget(dialog)
    assert rows(dialog) == [
        "Healing Justice (built in)",
        "SOAP (built in)",
        "DAP (built in)",
        "BIRP (built in)",
    ]
    assert "Private: only you see this" in dialog.details_text.text()
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert unnamed_controls(dialog) == []

    asker.next_template = WALK
    dialog.new_button.click()
    assert dialog.current_key() == "own-walk-and-talk"
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()

    choose(dialog, "soap")
    asker.next_template = None  # looked at, then cancelled: nothing added
    dialog.copy_button.click()
    offered, title = asker.templates_offered[-1]
    assert offered is not None and offered.name == "SOAP (my version)" and title
    assert len(practice.sessions.templates.own()) == 1

    choose(dialog, "own-walk-and-talk")
    asker.next_template = TemplateDraft("Walk and talk", "", WALK.sections[:1])
    dialog.edit_button.click()
    assert [s.title for s in practice.sessions.templates.get("own-walk-and-talk").sections] == [
        "Where we walked"
    ]

    asker.save = tmp_path / "walk.toml"
    dialog.export_button.click()
    assert template_from_toml(asker.save.read_bytes(), "walk.toml").name == "Walk and talk"
    assert "Saved as walk.toml." in dialog.message.text()

    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nname = "X"\n', encoding="utf-8")
    asker.open = bad
    dialog.import_button.click()
    assert dialog.message.text().startswith("This file can't be used as a note template")
    assert len(practice.sessions.templates.own()) == 1

    asker.open = asker.save
    dialog.import_button.click()
    assert "Walk and talk (2)" in rows(dialog)

    choose(dialog, "own-walk-and-talk")
    asker.delete_answer = False
    dialog.delete_button.click()
    assert len(practice.sessions.templates.own()) == 2
    asker.delete_answer = True
    dialog.delete_button.click()
    assert [t.name for t in practice.sessions.templates.own()] == ["Walk and talk (2)"]
    assert len(rows(dialog)) == len(BUILTIN_ORDER) + 1


def test_the_template_form_returns_the_sections_typed(qtbot: Any, qapp: QApplication) -> None:
    form = TemplateForm(None)
    qtbot.addWidget(form)
    assert len(form.rows) == 1
    assert unnamed_controls(form) == []
    form.name.setText("Circle")
    form.rows[0].title.setText("What the circle held")
    form.add_section()
    form.rows[1].title.setText("Next time")
    form.rows[1].readers.setCurrentIndex(2)  # shared: what we agreed
    form.add_section()
    form.rows[2].title.setText("Mine")
    form.rows[2].readers.setCurrentIndex(1)  # private
    assert form.rows[2].title.accessibleName() == "Title of section 3"
    form.rows[0].remove_button.click()
    assert form.rows[1].title.accessibleName() == "Title of section 2"  # renumbered
    assert form.draft() == TemplateDraft(
        "Circle",
        "",
        (
            TemplateSection("Next time", "", True, Fills.AGREEMENTS),
            TemplateSection("Mine", "", False, None),
        ),
    )
    form.rows[1].title.setText("next TIME")  # two sections with one title
    form._accept()
    assert "title of its own" in form.message.text()
    assert not form.result()


def test_the_template_form_shows_a_template_as_it_is(qtbot: Any, qapp: QApplication) -> None:
    sections = (
        TemplateSection("A", "a", True),
        TemplateSection("B", "b", False),
        TemplateSection("C", "", True, Fills.AGREEMENTS),
        TemplateSection("D", "", True, Fills.SELF_CARE_STEPS),
    )
    form = TemplateForm(None, TemplateDraft("Four", "d", sections))
    qtbot.addWidget(form)
    assert form.draft() == TemplateDraft("Four", "d", sections)


def test_the_amendment_form_offers_each_part_with_its_own_choice(
    qtbot: Any, qapp: QApplication
) -> None:
    parts = (NotePart("Plan", True), NotePart("Assessment", False))
    dialog = AmendmentDialog(None, parts)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    assert "Plan — Shared with your client" in all_text(dialog)
    dialog.part.setCurrentIndex(1)
    assert dialog.shared.isChecked()
    dialog.part.setCurrentIndex(2)
    assert not dialog.shared.isChecked()
    dialog.part.setCurrentIndex(0)  # the notes as a whole start private
    assert not dialog.shared.isChecked()
    dialog._accept()
    assert "why the notes are amended" in dialog.message.text()
    dialog.reason.setText("A date")
    dialog._accept()
    assert "adds or changes" in dialog.message.text()
    dialog.text.setPlainText("Tuesday, not Monday.")
    dialog.part.setCurrentIndex(1)
    dialog._accept()
    assert dialog.result()
    draft = dialog.draft()
    assert (draft.reason, draft.text, draft.section, draft.shared) == (
        "A date",
        "Tuesday, not Monday.",
        "Plan",
        True,
    )


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_the_template_windows(
    qtbot: Any,
    qapp: QApplication,
    practice: Services,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    healing = practice.sessions.templates.get("healing-justice")
    parts = tuple(NotePart(s.title, s.shared) for s in healing.sections)
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        for name, make in (
            ("note-templates", lambda: TemplatesDialog(practice.sessions.templates, FakeAsker())),
            ("note-template-form", lambda: TemplateForm(None, healing.draft())),
            ("amendment", lambda: AmendmentDialog(None, parts)),
        ):
            window = make()
            qtbot.addWidget(window)
            support.render(qtbot, window, f"{name}-{scale}", theme)
            assert support.squeezed(window) == [], name
            window.close()
