"""The vaults in Settings: renamed, made the one offered first, and a new one begun."""

from __future__ import annotations

from typing import Any

from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from tests.ui.shell_support import (
    MakeHarness,
    create_vault,
    settings_page,
)


def test_vaults_can_be_renamed_made_default_and_added_to(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    create_vault(paths, policy, "Second")
    harness = make_harness()
    page = settings_page(qtbot, harness)
    box = page.vaults
    assert box.list.count() == 2
    assert "open now" in box.list.item(0).text()
    box.list.setCurrentRow(1)
    box.apply_rename(box.chosen_vault(), "Practice")
    assert harness.registry.find("Practice").label == "Practice"
    box.list.setCurrentRow(1)
    box.make_default()
    assert harness.registry.find("Practice").is_default
    assert "offered first" in box.list.item(1).text()

    harness.controller.hub.new_vault_requested.emit()
    assert harness.window is None
    assert harness.lock_window.current_page is harness.lock_window.create
