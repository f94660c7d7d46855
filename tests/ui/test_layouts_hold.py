"""Every screen stays whole at 100 %, 150 % and 200 % text, in a 1280×720 window and at the
1024×640 smallest size: nothing cut off, squeezed or hidden (it scrolls instead).

The sections are the ones the vault really shows (read from the registry), in a personal
and in a practice vault, with a little content so lists and the calendar have rows.
Pictures: ``HJ_JOURNAL_SCREENSHOTS=1`` keeps one per screen, size and text size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from hj_journal.core.checkin.instruments.scoring import builtin_instruments
from hj_journal.core.checkin.prefs import CheckInPreferences
from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import Vault, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.store import recovery, sharefile
from hj_journal.ui.care.person_form import PersonDialog
from hj_journal.ui.care.resource_form import ResourceDialog
from hj_journal.ui.care.support_panel import SupportPanel
from hj_journal.ui.checkin.settings_dialog import QuestionnaireSettingsDialog
from hj_journal.ui.common.calm_dialog import question
from hj_journal.ui.coping.grounding import GroundingDialog
from hj_journal.ui.data.backup_now import BackupNowDialog
from hj_journal.ui.data.backups_dialog import BackupsDialog
from hj_journal.ui.data.export_dialog import ExportDialog
from hj_journal.ui.data.import_dialog import ImportDialog
from hj_journal.ui.data.wipe_dialog import WipeDialog
from hj_journal.ui.journal.receive_dialog import ReceiveDialog
from hj_journal.ui.journal.template_form import EntryTemplateForm
from hj_journal.ui.journal.templates_dialog import EntryTemplatesDialog
from hj_journal.ui.lock.recovery_kit import RecoveryKitDialog
from hj_journal.ui.sessions.amendment_dialog import AmendmentDialog
from hj_journal.ui.sessions.client_dialog import ClientDialog
from hj_journal.ui.sessions.notes_dialog import NotesDialog
from hj_journal.ui.sessions.share_dialog import CodeDialog
from hj_journal.ui.sessions.template_form import TemplateForm
from hj_journal.ui.sessions.templates_dialog import TemplatesDialog
from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog
from hj_journal.ui.settings.vaults_box import RenameDialog
from hj_journal.ui.shell.about import AboutDialog
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.main_window import MainWindow
from hj_journal.ui.shell.section_registry import SECTIONS
from tests.ui import support
from tests.ui.care.care_samples import add_few
from tests.ui.journal.journal_samples import add_samples
from tests.ui.sessions.notes_samples import notes_parts, written_notes


@pytest.fixture(params=["personal", "practice"])
def vault_kind(request: pytest.FixtureRequest, services: Services) -> str:
    kind = str(request.param)
    if kind == "practice":
        services.settings.vault_kind = VaultKind.PRACTICE
    else:
        add_samples(services)
        add_few(services)
    return kind


def _problems(main: MainWindow) -> list[str]:
    found = support.clipped(main) + support.squeezed(main)
    sidebar = main.sidebar
    # Each section's name fits its row (on two lines at most, at large text).
    room = sidebar.viewport().width() - sidebar.iconSize().width() - 2 * 10 - 8
    metrics = sidebar.fontMetrics()
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        wrapped = metrics.boundingRect(
            QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
        )
        words = max(metrics.horizontalAdvance(w) for w in item.text().split())
        if words > room or wrapped.height() > item.sizeHint().height() - 2 * 8:
            found.append(f"sidebar row {item.text()!r} is cut off")
    return found


@pytest.mark.parametrize("scale", support.TEXT_SIZES)
def test_every_section_holds_at_every_size(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    scale: int,
    vault_kind: str,
) -> None:
    problems: list[str] = []
    # The theme first, then the window, as when the app unlocks.
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        window = MainWindow(ctx, SECTIONS)
        qtbot.addWidget(window)
        try:
            for size in support.WINDOW_SIZES:
                for spec in window.specs:
                    window.show_section(spec.key)
                    name = f"layout-{vault_kind}-{spec.key}-{size.width()}x{size.height()}-{scale}"
                    support.render(qtbot, window, name, "light", size, check_layout=False)
                    # Lists filled as the page was shown are laid out on the next pass.
                    qtbot.wait(1)
                    problems += [f"{name}: {p}" for p in _problems(window)]
                    # Up to 150 % every page fits the window's width: it may scroll
                    # down, never sideways. (At 200 % in the smallest window a page
                    # may scroll sideways too; nothing is cut off either way.)
                    frame = window.stack.currentWidget()
                    assert isinstance(frame, QScrollArea)
                    if scale <= 150 and frame.horizontalScrollBar().isVisible():
                        problems.append(f"{name}: the page scrolls sideways")
        finally:
            window.teardown()  # as on lock: no page is built after the vault locks
            support.close_ui_ctx(ctx)
    assert not problems, "\n".join(problems)


def _dialogs(ctx: UiContext, registry: VaultRegistry, vault: Vault, policy: Any) -> dict:
    """The app's main dialogs, each made afresh."""
    return {
        "grounding": lambda: GroundingDialog(None),
        "about": lambda: AboutDialog(None),
        "change-passphrase": lambda: ChangePassphraseDialog(vault, policy, ctx.jobs, None),
        "recovery-kit": lambda: RecoveryKitDialog("Notebook", recovery.generate(), None),
        "rename": lambda: RenameDialog(registry, vault, None),
        "backup-now": lambda: BackupNowDialog(ctx),
        "backups": lambda: BackupsDialog(ctx),
        "export": lambda: ExportDialog(ctx),
        "import": lambda: ImportDialog(ctx),
        "wipe": lambda: WipeDialog("Notebook"),
        "person": lambda: PersonDialog(None),
        "resource": lambda: ResourceDialog(None),
        "client": lambda: ClientDialog(None),
        "questionnaire-settings": lambda: QuestionnaireSettingsDialog(
            list(builtin_instruments()), CheckInPreferences()
        ),
        "support": lambda: SupportPanel(
            ctx.services.care, ctx.services.plans, ctx.services.support_lines, ctx.hub
        ),
        "calm-question": lambda: question(
            None,
            "Please confirm",
            "Delete these 3 entries for good?",
            "Delete for good",
            "Keep in trash",
            info="They can't be brought back from the trash afterwards.",
        )[0],
        "entry-templates": lambda: EntryTemplatesDialog(ctx.services.entry_templates),
        "entry-template-form": lambda: EntryTemplateForm(
            None, ctx.services.entry_templates.get("a-hard-day").draft()
        ),
        # The session notes' windows last: the notes need a practice vault.
        "note-templates": lambda: TemplatesDialog(ctx.services.sessions.templates),
        "note-template-form": lambda: TemplateForm(
            None, ctx.services.sessions.templates.get("healing-justice").draft()
        ),
        "amendment": lambda: AmendmentDialog(None, notes_parts()),
        "session-notes": lambda: NotesDialog(ctx.services.sessions, written_notes(ctx.services)),
        # Sharing a summary, and receiving one.
        "share-code": lambda: CodeDialog(sharefile.new_code(), "summary.hjshare", lambda _t: None),
        "receive": lambda: ReceiveDialog(lambda _path, _code: None, lambda _parent: None),
    }


@pytest.mark.parametrize("scale", support.TEXT_SIZES)
def test_every_main_dialog_holds_at_every_text_size(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    registry: VaultRegistry,
    vault: Vault,
    policy: Any,
    tmp_path: Path,
    scale: int,
) -> None:
    problems: list[str] = []
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            for name, make in _dialogs(ctx, registry, vault, policy).items():
                dialog = make()
                qtbot.addWidget(dialog)
                picture = f"layout-dialog-{name}-{scale}"
                support.render(qtbot, dialog, picture, "light", check_layout=False)
                found = support.clipped(dialog) + support.squeezed(dialog)
                problems += [f"{picture}: {p}" for p in found]
                smallest = support.WINDOW_SIZES[-1]
                if dialog.minimumSizeHint().width() > smallest.width():
                    problems.append(f"{picture}: wider than a {smallest.width()} px screen")
                dialog.close()
        finally:
            support.close_ui_ctx(ctx)
    assert not problems, "\n".join(problems)
