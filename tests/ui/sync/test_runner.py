"""Merging in the background: at once, then every minute, never twice at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.sync.runner import EVERY_MS, SyncRunner


def test_a_round_runs_off_the_gui_thread_and_reports(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path
) -> None:
    import threading
    from datetime import date

    folder = tmp_path / "Sync"
    folder.mkdir()
    sync = ui_ctx.services.sync
    sync.set_up(folder)
    ui_ctx.services.journal.create(EntryInput(entry_date=date(2026, 12, 2), title="New"))
    threads: list[threading.Thread] = []
    original = sync.sync_now

    def watched() -> Any:
        threads.append(threading.current_thread())
        return original()

    sync.sync_now = watched  # type: ignore[method-assign]
    runner = SyncRunner(sync, ui_ctx.jobs)
    assert runner.timer.interval() == EVERY_MS
    with qtbot.waitSignal(runner.finished, timeout=20_000) as blocker:
        runner.start()
        runner.run_now()  # a second ask while one runs is not a second round
    assert blocker.args[0].sent is not None
    assert threads and threads[0] is not threading.main_thread()
    assert len(threads) == 1
    runner.timer.stop()


def test_nothing_runs_while_sync_is_off(qtbot: Any, ui_ctx: UiContext) -> None:
    runner = SyncRunner(ui_ctx.services.sync, ui_ctx.jobs)
    runner.run_now()
    qtbot.waitUntil(lambda: not ui_ctx.jobs.busy)
    assert not runner._running
