"""One sentence for backup work that did not finish, in Back up now and the Backups dialog."""

from __future__ import annotations

import pytest

from hj_journal.core.common.errors import InputError
from hj_journal.core.data.backup import BackupDamagedError
from hj_journal.core.data.exchange.importer import Cancelled
from hj_journal.core.vaults import VaultNotFoundError
from hj_journal.ui.common.vault_errors import vault_error_text
from hj_journal.ui.data import failures
from hj_journal.ui.data.backup_now import BackupNowDialog
from hj_journal.ui.data.backups_dialog import BackupsDialog
from hj_journal.ui.data.failures import FailureWords, failure_text
from hj_journal.ui.shell.context import UiContext

WORDS = FailureWords(stopped="stopped", not_written="not written", unexpected="unexpected")


@pytest.fixture
def reported(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    seen: list[BaseException] = []
    monkeypatch.setattr(failures, "report_unexpected", seen.append)
    return seen


def test_each_kind_of_failure_gets_its_sentence(qapp, reported: list[BaseException]) -> None:
    damaged = BackupDamagedError("did not read back")
    missing = VaultNotFoundError("gone")
    assert failure_text(Cancelled(), WORDS) == "stopped"
    assert failure_text(OSError("disk full"), WORDS) == "not written"
    assert failure_text(missing, WORDS) == vault_error_text(missing)
    assert failure_text(InputError("That folder is not one of this vault's backups."), WORDS) == (
        "That folder is not one of this vault's backups."
    )
    # Without words of its own, a damaged backup is worded as any damaged vault.
    assert failure_text(damaged, WORDS) == vault_error_text(damaged)
    with_damaged = FailureWords("stopped", "not written", "unexpected", damaged="not used")
    assert failure_text(damaged, with_damaged) == "not used"
    assert reported == []  # none of these is a surprise


def test_only_the_unexpected_is_reported(qapp, reported: list[BaseException]) -> None:
    error = RuntimeError("a bug")
    assert failure_text(error, WORDS) == "unexpected"
    assert reported == [error]


def test_the_dialogs_keep_their_own_words(
    qtbot, ui_ctx: UiContext, reported: list[BaseException]
) -> None:
    now = BackupNowDialog(ui_ctx)
    qtbot.addWidget(now)
    now._failed(Cancelled())
    assert now.message.text() == "Stopped. No backup was kept."
    now._failed(OSError())
    assert "has room" in now.message.text()

    listed = BackupsDialog(ui_ctx)
    qtbot.addWidget(listed)
    listed._failed(BackupDamagedError("checks"))
    assert listed.message.text() == (
        "This backup did not pass its checks, so it was not used. Your vault is unchanged."
    )
    listed._failed(OSError())
    assert "stick is plugged in" in listed.message.text()
    listed._failed(ValueError("a bug"))
    assert listed.message.text() == "Something unexpected went wrong."
    assert len(reported) == 1
