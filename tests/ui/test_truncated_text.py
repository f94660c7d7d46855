"""Text that used to be cut off now shows whole: the backup-done message (which also
says where the backup went), the client-view button, care-map names near a ring edge
and the Settings vault list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from hj_journal.core.services import Services
from hj_journal.core.vaults import Vault, VaultRegistry
from hj_journal.ui.data.backup_now import BackupNowDialog
from hj_journal.ui.platform.app_settings import AppSettings
from hj_journal.ui.sessions.session_panel import CLIENT_STYLE
from hj_journal.ui.sessions.steps import CheckInStep
from hj_journal.ui.settings.vaults_box import VaultsBox
from hj_journal.ui.shell.context import UiContext
from tests.helpers import PASSPHRASE
from tests.ui import support


@pytest.mark.parametrize("scale", [100, 200])
def test_the_backup_done_message_is_whole_and_says_where_the_backup_is(
    qtbot: Any, qapp: QApplication, ui_ctx: UiContext, tmp_path: Path, scale: int
) -> None:
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        dialog = BackupNowDialog(ui_ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.task.running, timeout=15000)
        assert dialog.made is not None
        support.render(qtbot, dialog, f"data-backup-done-{scale}", "light", folder=tmp_path)
        assert support.squeezed(dialog) == []
        shown = dialog.message.text() + dialog.where.text()
        assert "checked" in shown
        assert dialog.where.isVisible()
        assert dialog.where.text() == str(dialog.made.folder)


def _rows_cut_off(view: Any) -> list[str]:
    cut = []
    metrics = view.fontMetrics()
    viewport = view.viewport().rect()
    for row in range(view.count()):
        rect = view.visualRect(view.model().index(row, 0))
        # (A wrapped row may say it is a little wider than the list; its words are not.)
        rect.setWidth(min(rect.width(), viewport.width()))
        text = view.item(row).text()
        needed = metrics.boundingRect(
            QRect(0, 0, max(rect.width() - 16, 1), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        if (
            not viewport.contains(rect)
            or rect.height() < needed.height()
            or metrics.horizontalAdvance(max(text.split(), key=len)) > rect.width() - 16
        ):
            cut.append(text)
    return cut


def test_the_settings_vault_list_shows_every_name_whole_at_any_text_size(
    qtbot: Any,
    qapp: QApplication,
    registry: VaultRegistry,
    vault: Vault,
    policy: Any,
    tmp_path: Path,
) -> None:
    for label in ("Practice", "A rather long and quite neutral name for the lock screen", "Notes"):
        registry.create(label, PASSPHRASE, policy=policy)[0].lock()
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", 100) as theme:
        box = VaultsBox(registry, vault)
        qtbot.addWidget(box)
        box.resize(560, 420)
        for scale in (100, 200):  # the text size changes while the box is on show
            AppSettings(
                QSettings(str(tmp_path / "theme.ini"), QSettings.Format.IniFormat)
            ).text_scale = scale
            theme.apply()
            support.render(qtbot, box, f"settings-vaults-{scale}", "light", folder=tmp_path)
            assert _rows_cut_off(box.list) == [], scale
            assert support.squeezed(box) == [], scale


@pytest.mark.parametrize("width", [560, 720])
def test_the_client_view_questionnaire_button_shows_its_words_whole(
    qtbot: Any, qapp: QApplication, services: Services, tmp_path: Path, width: int
) -> None:
    with support.app_theme(qapp, "light", tmp_path / "theme.ini"):
        step = CheckInStep(
            "How you are arriving",
            "How stressed are you now?",
            services.questionnaires.instruments(),
        )
        # As the session shows it: the client view's large type, in a scroll area that
        # never scrolls sideways (so what is too wide is simply cut off at the edge).
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(step)
        area.setStyleSheet(CLIENT_STYLE)
        qtbot.addWidget(area)
        support.render(
            qtbot, area, f"session-arriving-{width}", "light", QSize(width, 640), folder=tmp_path
        )
        assert support.squeezed(area) == []
        button = step.questionnaire_button
        assert button.width() >= button.sizeHint().width()
