"""After unlocking, a calm strip tells of attempts that did not succeed; Settings keeps all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hj_journal.cli import main as cli_main
from hj_journal.cli.common import Context
from hj_journal.core.attempts import (
    APP,
    COMMAND_LINE,
    PASSPHRASE,
    RECOVERY_KEY,
    Attempts,
    AttemptSeen,
    AttemptsReport,
)
from hj_journal.core.vaults import KdfPolicy
from hj_journal.ui.settings.attempts_box import AttemptsBox
from hj_journal.ui.shell.attempts_notice import AttemptsNotice, notice_text
from tests.ui.shell_support import MakeHarness, open_vault, unlock
from tests.ui.support import app_theme, render, unnamed_controls

SHOTS = Path("/tmp/shots/attempts")


def test_three_from_the_command_line_and_one_in_the_app_are_told_after_unlocking(
    qtbot: Any,
    make_harness: MakeHarness,
    created_vault: str,
    paths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(Context, "policy", property(lambda self: KdfPolicy.fast_for_tests()))
    for _ in range(3):
        monkeypatch.setenv("HJ_PASSPHRASE", "a guess from the terminal")  # main() takes it
        assert cli_main(["--data-dir", str(paths.data_dir), "list"]) == 2
    capsys.readouterr()
    harness = make_harness()
    page = harness.lock_window.unlock
    page.passphrase.setText("a calm and quiet rover")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.message.isVisibleTo(harness.lock_window), timeout=10_000)
    unlock(qtbot, harness)
    notices = harness.window.findChildren(AttemptsNotice)
    assert len(notices) == 1
    text = notices[0].text.text()
    assert text.startswith("4 attempts to open this vault did not succeed since you last opened")
    assert "(the command line); today" in text and text.endswith("(this app).")
    assert notices[0].isVisibleTo(harness.window)
    notices[0].dismiss.click()
    qtbot.waitUntil(lambda: not harness.window.findChildren(AttemptsNotice))
    history = harness.controller.ctx.services.attempts.history()
    assert [a.place for a in history.attempts] == [COMMAND_LINE] * 3 + [APP]


def test_nothing_new_shows_no_notice(qtbot: Any, make_harness: MakeHarness, created_vault) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    assert harness.window.findChildren(AttemptsNotice) == []


def _report(now: datetime) -> AttemptsReport:
    return AttemptsReport(
        attempts=(
            AttemptSeen(now - timedelta(days=2, minutes=3), PASSPHRASE, APP),
            AttemptSeen(now - timedelta(days=2, minutes=2), PASSPHRASE, APP),
            AttemptSeen(now - timedelta(minutes=1), RECOVERY_KEY, COMMAND_LINE),
        ),
        shortened=True,
    )


def test_the_notice_counts_in_plain_words() -> None:
    now = datetime.now(UTC)
    one = notice_text(AttemptsReport(attempts=(AttemptSeen(now, PASSPHRASE, APP),)))
    assert one.startswith("1 attempt to open this vault did not succeed since you last")
    text = notice_text(_report(now))
    assert text.startswith("3 attempts to open")
    assert " and " in text and "(this app); today " in text
    assert text.endswith(
        "The record of attempts was shortened or removed since you last opened this vault."
    )
    only_gap = notice_text(AttemptsReport(shortened=True))
    assert only_gap == (
        "The record of attempts was shortened or removed since you last opened this vault."
    )
    for word in ("missed", "failed", "broke", "streak"):
        assert word not in text.lower()


def _box_with_history(paths, policy) -> tuple[AttemptsBox, Any]:
    vault = open_vault(paths, policy)
    vault.lock()
    from hj_journal.core.vaults import WrongSecretError

    for place in (APP, COMMAND_LINE):
        with pytest.raises(WrongSecretError):
            vault.unlock("not it", policy=policy, attempt_from=place)
    vault = open_vault(paths, policy)
    attempts = Attempts(vault)
    attempts.read_new()
    return AttemptsBox(attempts), vault


def test_the_history_box_lists_every_attempt_newest_first(
    qtbot: Any, created_vault, paths, policy
) -> None:
    box, vault = _box_with_history(paths, policy)
    qtbot.addWidget(box)
    try:
        rows = [box.list.item(i).text() for i in range(box.list.count())]
        assert len(rows) == 2
        assert rows[0].endswith("a passphrase, from the command line")
        assert rows[1].endswith("a passphrase, from this app")
        assert not box.empty.isVisibleTo(box)
        assert unnamed_controls(box) == []
    finally:
        vault.lock()


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_notice_and_history_render(
    qtbot: Any, qapp: QApplication, tmp_path: Path, created_vault, paths, policy, theme, scale
) -> None:
    with app_theme(qapp, theme, tmp_path / "look.ini", scale):
        box, vault = _box_with_history(paths, policy)
        try:
            notice = AttemptsNotice(_report(datetime.now(UTC)))
            qtbot.addWidget(notice)
            qtbot.addWidget(box)
            notice.setFixedWidth(900)
            render(qtbot, notice, f"notice-{scale}", theme, folder=SHOTS)
            assert notice.dismiss.width() >= notice.dismiss.sizeHint().width()
            render(qtbot, box, f"history-{scale}", theme, QSize(640, 420), folder=SHOTS)
        finally:
            vault.lock()
