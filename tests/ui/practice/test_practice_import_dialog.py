"""File ▸ Import… in a practice vault: a personal journal is refused in one calm sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from hj_journal.core.data.exchange.export_json import export_json
from hj_journal.core.data.exchange.importer import INTO_PERSONAL, INTO_PRACTICE, row_counts
from hj_journal.core.services import Services
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.ui.data.import_dialog import ImportDialog
from hj_journal.ui.shell.context import UiContext
from tests.core.data.exchange.samples import JRNL_JSON
from tests.helpers import PASSPHRASE


def _read(qtbot: Any, dialog: ImportDialog, path: Path) -> None:
    dialog.choose(path)
    dialog.read()
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=15000)


def test_a_jrnl_file_is_refused_in_a_practice_vault(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path
) -> None:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(JRNL_JSON))
    dialog = ImportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert any(
        "keeps clients, never a personal journal" in x.text() for x in dialog.findChildren(QLabel)
    )
    before = row_counts(ui_ctx.services.vault)
    _read(qtbot, dialog, path)
    assert dialog.message.text() == INTO_PRACTICE
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.preview is None and dialog.source is None
    assert not dialog.import_button.isVisibleTo(dialog)
    assert not dialog.summary.isVisibleTo(dialog)
    assert row_counts(ui_ctx.services.vault) == before


def test_a_practice_export_is_refused_in_a_personal_vault(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    practice, _ = registry.create("Practice", PASSPHRASE, policy=policy)
    try:
        services = Services.for_vault(practice)
        services.settings.vault_kind = VaultKind.PRACTICE
        services.sessions.add_client(ClientInput("Rae"))
        out = tmp_path / "practice.json"
        export_json(practice, out)
    finally:
        practice.lock()
    dialog = ImportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, out)
    assert dialog.message.text() == INTO_PERSONAL
    assert not dialog.import_button.isVisibleTo(dialog)
    assert ui_ctx.services.sessions.clients() == []
