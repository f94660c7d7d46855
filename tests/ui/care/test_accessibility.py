"""Every input in the care section has an accessible name; no guilt words anywhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QLabel

from hj_journal.bundled import resource_path
from hj_journal.core.care.plan_forms import PlanKind
from hj_journal.ui.care.page import CarePage
from hj_journal.ui.care.person_form import PersonDialog
from hj_journal.ui.care.plan_versions import EarlierVersionsDialog
from hj_journal.ui.care.resource_form import ResourceDialog
from hj_journal.ui.shell.context import UiContext
from tests.ui.care.care_samples import TODAY
from tests.ui.support import unnamed_controls

UI = Path(__file__).resolve().parents[3] / "hj_journal" / "ui" / "care"
GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken|should have|lazy|you haven't|overdue|"
    r"behind|must)\b",
    re.IGNORECASE,
)


def test_every_input_has_an_accessible_name(qtbot, ui_ctx: UiContext, asker) -> None:
    ui_ctx.services.plans.save("safety", {"urgent": "A"})
    page = CarePage(ui_ctx, asker=asker, today=lambda: TODAY)
    qtbot.addWidget(page)
    for kind in PlanKind:
        page.show_plan(kind.value)
    person = PersonDialog(page)
    resource = ResourceDialog(page)
    plans = ui_ctx.services.plans
    versions = EarlierVersionsDialog(
        page,
        plans.form("safety"),
        plans.versions(plans.latest("safety").plan_id),  # type: ignore[union-attr]
    )
    for root in (page, person, resource, versions):
        missing = unnamed_controls(root)
        assert missing == [], (type(root).__name__, missing)


def test_every_plan_field_has_its_question_as_a_buddy(qtbot, ui_ctx: UiContext, asker) -> None:
    page = CarePage(ui_ctx, asker=asker, today=lambda: TODAY)
    qtbot.addWidget(page)
    for kind in PlanKind:
        flow = page.show_plan(kind.value)
        buddies = {label.buddy() for label in flow.findChildren(QLabel) if label.buddy()}
        for field in flow.form.fields:
            editor = flow.editors[field.id]
            assert editor in buddies, field.id
            assert editor.accessibleName() == field.label


def _strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_guilt_words_in_the_care_section_or_its_resources() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        for text in _strings(path):
            if GUILT.search(text):
                found.append(f"{path.name}: {text}")
    for folder in ("care", "plans"):
        for path in sorted(resource_path(folder).glob("*.toml")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if GUILT.search(line):
                    found.append(f"{folder}/{path.name}:{number}: {line}")
    assert found == []


def test_the_scan_would_notice_a_guilt_word() -> None:
    assert GUILT.search("You missed a day")
    assert GUILT.search("Keep your streak going")
    assert not GUILT.search("Nothing saved yet")
