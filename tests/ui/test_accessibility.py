"""Every control of the app shell has an accessible name (what a screen reader says)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from hj_journal.store import recovery, sharefile
from hj_journal.ui.coping.grounding import GroundingDialog
from hj_journal.ui.journal.receive_dialog import ReceiveDialog
from hj_journal.ui.journal.template_form import EntryTemplateForm
from hj_journal.ui.journal.templates_dialog import EntryTemplatesDialog
from hj_journal.ui.lock.recovery_kit import RecoveryKitDialog
from hj_journal.ui.platform.crash import CrashDialog
from hj_journal.ui.sessions.amendment_dialog import AmendmentDialog
from hj_journal.ui.sessions.notes_dialog import NotesDialog
from hj_journal.ui.sessions.share_dialog import CodeDialog
from hj_journal.ui.sessions.template_form import TemplateForm
from hj_journal.ui.sessions.templates_dialog import TemplatesDialog
from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog
from hj_journal.ui.settings.vaults_box import RenameDialog
from hj_journal.ui.shell.about import AboutDialog, ShortcutsDialog
from tests.ui.sessions.notes_samples import notes_parts, written_notes
from tests.ui.shell_support import MakeHarness, unlock
from tests.ui.support import unnamed_controls


def test_every_lock_screen_page_names_its_controls(qtbot: Any, make_harness: MakeHarness) -> None:
    harness = make_harness()
    lock = harness.lock_window
    problems = []
    for index in range(lock.stack.count()):
        lock.stack.setCurrentWidget(lock.stack.widget(index))
        problems += unnamed_controls(lock)
    assert problems == []


def test_the_main_window_and_its_pages_name_their_controls(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    qtbot.waitUntil(lambda: harness.window.all_pages_built)
    assert unnamed_controls(harness.window) == []


def test_every_dialog_names_its_controls(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    window, controller = harness.window, harness.controller
    vault = controller.vault
    makers: list[Callable[[], QWidget]] = [
        lambda: GroundingDialog(window),
        lambda: AboutDialog(window),
        lambda: ShortcutsDialog(window.actions_.shortcut_rows(), window),
        lambda: CrashDialog(harness.paths.log_dir / "x.log", window),
        lambda: ChangePassphraseDialog(
            controller.vault, controller.policy, controller.jobs, window
        ),
        lambda: ChangePassphraseDialog(
            controller.vault, controller.policy, controller.jobs, window, require_current=False
        ),
        lambda: RecoveryKitDialog("Notebook", recovery.generate(), window),
        lambda: RenameDialog(harness.registry, vault, window),
        lambda: TemplatesDialog(window.ctx.services.sessions.templates, None, window),
        lambda: TemplateForm(window),
        lambda: EntryTemplatesDialog(window.ctx.services.entry_templates, None, window),
        lambda: EntryTemplateForm(window),
        lambda: AmendmentDialog(window, notes_parts()),
        lambda: NotesDialog(
            window.ctx.services.sessions, written_notes(window.ctx.services), None, window
        ),
        lambda: ReceiveDialog(lambda _path, _code: None, lambda _parent: None, window),
        lambda: CodeDialog(sharefile.new_code(), "summary.hjshare", lambda _t: None, window),
    ]
    problems = []
    for make in makers:
        dialog = make()
        dialog.show()
        problems += unnamed_controls(dialog)
        if isinstance(dialog, RecoveryKitDialog):
            dialog.continue_button.click()  # the check step too
            problems += unnamed_controls(dialog)
        dialog.close()
        dialog.deleteLater()
    assert problems == []


def test_the_walk_notices_an_unnamed_field(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    QLineEdit(holder)
    assert unnamed_controls(holder) == ["QLineEdit '' in QWidget"]
