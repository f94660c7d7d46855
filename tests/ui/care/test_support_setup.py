"""The optional "Set up your support" step, and choosing the support lines' country once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hj_journal.core.care.care_map import Ring
from hj_journal.core.care.support_lines import SupportLines
from hj_journal.core.services import Services
from hj_journal.ui.care.support_setup import (
    SAFETY_FIELD,
    SupportSetupDialog,
    open_support_setup,
)
from hj_journal.ui.settings.page import SettingsPage
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.today.page import TodayPage
from tests.ui import support
from tests.ui.shell_support import MakeHarness, unlock

NEW_PASSPHRASE = "lantern harbour meadow violin"


def _dialog(ui_ctx: UiContext) -> SupportSetupDialog:
    s = ui_ctx.services
    return SupportSetupDialog(s.care, s.plans, s.support_lines)


def test_saving_keeps_only_what_was_filled_in(qtbot: Any, ui_ctx: UiContext) -> None:
    dialog = _dialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.person.setText("  Amara ")
    dialog.person_contact.setText("07700 900123")
    dialog.safety_line.setText("A walk by the canal")
    dialog.country.setCurrentIndex(dialog.country.findData("IE"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    (person,) = ui_ctx.services.care.people()
    assert person.name == "Amara" and person.contact == "07700 900123"
    assert person.ring == Ring.TURN_TO
    assert ui_ctx.services.care.resources() == []  # left empty, so nothing was added
    plan = ui_ctx.services.plans.latest("safety")
    assert plan is not None and plan.data[SAFETY_FIELD] == "A walk by the canal"
    assert ui_ctx.services.settings.support_country == "IE"
    assert dialog.saved == ["person", "safety_plan", "country"]


def test_a_first_line_is_added_to_a_safety_plan_already_there(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    ui_ctx.services.plans.save("safety", {"warning-signs": "Not sleeping", SAFETY_FIELD: "Music"})
    dialog = _dialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.safety_line.setText("A shower")
    dialog.resource.setText("Neighbourhood warm line")
    dialog.save_button.click()
    plan = ui_ctx.services.plans.latest("safety")
    assert plan is not None
    assert plan.data["warning-signs"] == "Not sleeping"
    assert plan.data[SAFETY_FIELD] == "Music\nA shower"
    assert [r.name for r in ui_ctx.services.care.resources()] == ["Neighbourhood warm line"]


def test_skipping_saves_nothing(qtbot: Any, ui_ctx: UiContext) -> None:
    dialog = _dialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.person.setText("Amara")
    dialog.resource.setText("A line")
    dialog.safety_line.setText("A walk")
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    with qtbot.waitSignal(dialog.rejected):
        dialog.skip_button.click()
    services = ui_ctx.services
    assert services.care.people() == [] and services.care.resources() == []
    assert services.plans.latest("safety") is None
    assert services.settings.support_country is None
    assert not dialog.isModal()


def test_an_empty_save_saves_nothing_and_announces_nothing(qtbot: Any, ui_ctx: UiContext) -> None:
    heard: list[int] = []
    ui_ctx.hub.care_changed.connect(lambda: heard.append(1))
    dialog = open_support_setup(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.saved == [] and heard == []
    again = open_support_setup(ui_ctx)
    qtbot.addWidget(again)
    again.person.setText("Jo")
    again.save_button.click()
    assert heard == [1]  # an open support panel reads again


def test_today_offers_the_step_quietly(qtbot: Any, ui_ctx: UiContext) -> None:
    page = TodayPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.support_setup_link.isVisibleTo(page)
    assert page.support_setup_link.property("role") == "link"
    page.support_setup_link.click()
    assert isinstance(page.support_setup, SupportSetupDialog)
    assert page.support_setup.isVisible()
    page.support_setup.close()


def test_the_country_chosen_in_settings_persists(
    qtbot: Any, ui_ctx: UiContext, services: Services
) -> None:
    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    combo = page.support_country
    assert combo.accessibleName() == "Support lines: country"
    assert combo.currentData() is None
    combo.setCurrentIndex(combo.findData("AU"))
    assert SupportLines(services.settings).chosen_code() == "AU"
    other = SettingsPage(ui_ctx)
    qtbot.addWidget(other)
    assert other.support_country.currentData() == "AU"
    ui_ctx.services.support_lines.choose("NZ")  # chosen elsewhere, say in the panel
    other.activate()
    assert other.support_country.currentData() == "NZ"


def _create_and_enter(qtbot: Any, harness: Any, *, practice: bool) -> None:
    lock = harness.lock_window
    lock.show_create()
    lock.create.label_edit.setText("Journal")
    lock.create.passphrase.setText(NEW_PASSPHRASE)
    lock.create.confirm.setText(NEW_PASSPHRASE)
    if practice:
        lock.create.practice.click()
    with qtbot.waitSignal(lock.vault_opened, timeout=10_000):
        lock.create.create_button.click()
    lock.kept_button.click()
    lock.check.skip_button.click()
    lock.check.skip_button.click()
    qtbot.waitUntil(lambda: harness.window is not None)


@pytest.mark.parametrize("practice", [False, True])
def test_the_step_is_offered_after_creating_a_personal_vault_only(
    qtbot: Any, make_harness: MakeHarness, practice: bool
) -> None:
    harness = make_harness()
    _create_and_enter(qtbot, harness, practice=practice)
    offered = harness.window.findChildren(SupportSetupDialog)
    if practice:
        assert offered == []
        return
    (dialog,) = offered
    assert dialog.isVisible() and not dialog.isModal()
    dialog.skip_button.click()
    services = Services.for_vault(harness.controller.vault)
    assert services.care.people() == []
    # Unlocking again later does not offer it again (Today keeps a quiet link instead).
    harness.controller.lock()
    assert harness.controller.window is None
    unlock(qtbot, harness, NEW_PASSPHRASE)
    assert harness.window.findChildren(SupportSetupDialog) == []


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_the_step_renders_in_a_small_window(
    qtbot: Any, ui_ctx: UiContext, qapp: QApplication, tmp_path: Path, scale: int, theme: str
) -> None:
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        dialog = _dialog(ui_ctx)
        qtbot.addWidget(dialog)
        dialog.person.setText("Amara")
        support.render(
            qtbot, dialog, f"support-setup-{scale}", theme, QSize(1024, 640), folder=tmp_path
        )
        assert support.unnamed_controls(dialog) == []
