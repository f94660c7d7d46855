"""A running guided practice and an open session hold the idle lock off; nothing else does.

The monitor's own rules run on fake clocks (driven by its real timer, waited for by
counting its checks). The app-level tests use a tiny idle time: a hold must outlast
several idle times without a lock, and the lock must come one idle time after the hold
is let go. Lock and quick exit stay immediate whatever is held.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.coping.practice import start_practice
from hj_journal.ui.platform.idle import IdleHolds, IdleMonitor
from hj_journal.ui.sessions.session_panel import SessionPanel
from tests.ui import support
from tests.ui.shell_support import MakeHarness, unlock
from tests.ui.support import PAGE_SIZE

IDLE_MS = 250
BREATHING = "box-breathing"  # five minutes: far longer than any wait here


class FakeClocks:
    """Both clocks the monitor reads, moved by hand; counts how often it looked."""

    def __init__(self) -> None:
        self.mono = 100.0
        self.wall = 1_000.0
        self.reads = 0

    def monotonic(self) -> float:
        self.reads += 1
        return self.mono

    def wall_time(self) -> float:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


def _checks_pass(qtbot: Any, clocks: FakeClocks, count: int = 3) -> None:
    """Wait until the monitor's timer has looked at the clock a few more times."""
    target = clocks.reads + count
    qtbot.waitUntil(lambda: clocks.reads >= target, timeout=5_000)


@pytest.fixture
def watched(qtbot: Any) -> tuple[IdleMonitor, IdleHolds, FakeClocks, list[int]]:
    clocks = FakeClocks()
    monitor = IdleMonitor(60_000, monotonic=clocks.monotonic, wall=clocks.wall_time)
    holds = IdleHolds()
    holds.changed.connect(monitor.set_held)
    fired: list[int] = []
    monitor.idle.connect(lambda: fired.append(1))
    monitor.start()
    yield monitor, holds, clocks, fired
    monitor.stop()


# ---------------------------------------------------------------------- the monitor


def test_a_hold_keeps_the_lock_off_and_the_idle_time_counts_from_its_release(
    qtbot: Any, watched: tuple[IdleMonitor, IdleHolds, FakeClocks, list[int]]
) -> None:
    monitor, holds, clocks, fired = watched
    hold = holds.hold("guided practice")
    for _ in range(5):  # five idle minutes, a little at a time, while held
        clocks.advance(20)
        _checks_pass(qtbot, clocks)
    assert fired == [] and monitor.running
    hold.release()
    clocks.advance(59)
    _checks_pass(qtbot, clocks)
    assert fired == []  # counted from the release, not from the last key press
    clocks.advance(2)
    qtbot.waitUntil(lambda: fired == [1], timeout=5_000)


def test_holds_are_counted_and_each_released_once(
    qtbot: Any, watched: tuple[IdleMonitor, IdleHolds, FakeClocks, list[int]]
) -> None:
    monitor, holds, clocks, fired = watched
    session = holds.hold("session")
    practice = holds.hold("guided practice")
    assert holds.reasons() == ["session", "guided practice"]
    practice.release()
    practice.release()  # twice is harmless and does not let go of the session
    assert holds.held and monitor.held
    for _ in range(6):  # two idle minutes while the session holds on
        clocks.advance(20)
        _checks_pass(qtbot, clocks)
    assert fired == []
    with holds.hold("another practice"):
        session.release()
        assert monitor.held
    assert not holds.held and not monitor.held
    clocks.advance(61)
    qtbot.waitUntil(lambda: fired == [1], timeout=5_000)


def test_a_hold_does_not_keep_the_journal_open_across_system_sleep(
    qtbot: Any, watched: tuple[IdleMonitor, IdleHolds, FakeClocks, list[int]]
) -> None:
    _monitor, holds, clocks, fired = watched
    holds.hold("guided practice")
    _checks_pass(qtbot, clocks)
    clocks.wall += 3_600  # the computer slept for an hour (the monotonic clock stood still)
    qtbot.waitUntil(lambda: fired == [1], timeout=5_000)


def test_stopping_the_monitor_forgets_what_was_held(
    watched: tuple[IdleMonitor, IdleHolds, FakeClocks, list[int]],
) -> None:
    monitor, holds, _clocks, _fired = watched
    holds.hold("a page torn down without letting go")
    monitor.stop()  # the vault locked
    monitor.start()  # and was unlocked again, with a new hub
    assert not monitor.held


# ---------------------------------------------------------------------- in the app


def _elapsed_beyond(qtbot: Any, seconds: float) -> None:
    """Wait until ``seconds`` have passed (a condition, so it ends on time)."""
    start = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - start >= seconds, timeout=10_000)


def _practice(harness: Any) -> PlayerDialog:
    ctx = harness.controller.ctx
    strategy = ctx.services.coping.get(BREATHING).strategy
    return start_practice(ctx, strategy, harness.window, ask_before=False)


def test_a_practice_longer_than_the_idle_time_does_not_lock_and_stopping_it_lets_go(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness(idle_ms=IDLE_MS)
    unlock(qtbot, harness)
    dialog = _practice(harness)
    assert harness.controller.hub.idle_holds.reasons() == ["guided practice"]
    assert dialog.stays_open.isVisibleTo(dialog)
    assert dialog.stays_open.text() == "The journal stays open while this practice runs."
    _elapsed_beyond(qtbot, 4 * IDLE_MS / 1000)
    assert harness.window is not None and harness.controller.vault is not None

    assert dialog.panel is not None
    stopped = time.monotonic()
    dialog.panel.stop()  # Stop: the after page, with its ratings
    qtbot.waitUntil(lambda: not harness.controller.hub.idle_holds.held, timeout=5_000)
    assert dialog.pages.currentWidget() is dialog.after
    qtbot.waitUntil(lambda: harness.window is None, timeout=5_000)
    assert time.monotonic() - stopped >= IDLE_MS / 1000 * 0.9


def test_closing_the_player_lets_go_of_the_hold(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    holds = harness.controller.hub.idle_holds
    dialog = _practice(harness)
    assert holds.held
    dialog.close()  # the window's close button, mid-practice
    assert not holds.held
    finished = _practice(harness)
    assert holds.held
    assert finished.panel is not None
    finished.panel.stop()
    qtbot.waitUntil(lambda: not holds.held, timeout=5_000)  # the steps ended
    finished.let_go_button.click()
    assert not holds.held


def test_quick_exit_during_a_practice_locks_at_once(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness(idle_ms=IDLE_MS)
    unlock(qtbot, harness)
    window = harness.window
    vault = harness.controller.vault
    dialog = _practice(harness)
    QTest.keyClick(
        dialog,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not vault.is_unlocked and not window.isVisible()
    assert harness.quits == [1]


def test_lock_during_a_practice_locks_at_once_and_the_next_unlock_is_not_held(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness(idle_ms=IDLE_MS)
    unlock(qtbot, harness)
    _practice(harness)
    vault = harness.controller.vault
    harness.controller.lock()  # Ctrl+L, or the menu
    assert not vault.is_unlocked
    unlock(qtbot, harness)
    assert not harness.controller.idle.held
    qtbot.waitUntil(lambda: harness.window is None, timeout=5_000)  # idle lock works again


def test_an_open_session_does_not_lock_and_finishing_it_lets_go(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness(idle_ms=IDLE_MS)
    unlock(qtbot, harness)
    ctx = harness.controller.ctx
    ctx.jobs.wait()  # the backup made after unlocking is written first
    ctx.services.settings.vault_kind = VaultKind.PRACTICE
    sessions = ctx.services.sessions
    client = sessions.add_client(ClientInput("Rae"))
    session = sessions.start(client.id)
    panel = SessionPanel(ctx, session, client, parent=harness.window)
    panel.show()
    assert ctx.hub.idle_holds.reasons() == ["session"]
    assert panel.stays_open.text() == "The journal stays open during this session."
    assert panel.stays_open.isVisibleTo(panel)
    _elapsed_beyond(qtbot, 4 * IDLE_MS / 1000)
    assert harness.window is not None

    panel.finished.emit()  # Done on the summary
    assert not ctx.hub.idle_holds.held
    qtbot.waitUntil(lambda: harness.window is None, timeout=5_000)


def test_a_session_panel_destroyed_with_the_window_lets_go(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    ctx = harness.controller.ctx
    ctx.jobs.wait()  # the backup made after unlocking is written first
    ctx.services.settings.vault_kind = VaultKind.PRACTICE
    client = ctx.services.sessions.add_client(ClientInput("Sam"))
    panel = SessionPanel(ctx, ctx.services.sessions.start(client.id), client)
    holds = ctx.hub.idle_holds
    assert holds.held
    panel.deleteLater()  # as the window's teardown does on lock
    qtbot.waitUntil(lambda: not holds.held, timeout=5_000)


@pytest.mark.parametrize("theme", support.themes_to_render())
@pytest.mark.parametrize("scale", [100, 200])
def test_the_quiet_line_renders_in_the_player_and_the_session(
    qtbot: Any,
    qapp: Any,
    ui_ctx: Any,
    tmp_path: Any,
    qt_warnings: list[str],
    scale: int,
    theme: str,
) -> None:
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        strategy = ui_ctx.services.coping.get(BREATHING).strategy
        dialog = PlayerDialog(
            strategy, now=ui_ctx.services.coping.now, idle=ui_ctx.hub.idle_holds, ask_before=False
        )
        qtbot.addWidget(dialog)
        support.render(qtbot, dialog, f"player-stays-open-{scale}", theme, folder=tmp_path)
        dialog.close()
        ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
        client = ui_ctx.services.sessions.add_client(ClientInput("Rae"))
        panel = SessionPanel(ui_ctx, ui_ctx.services.sessions.start(client.id), client)
        qtbot.addWidget(panel)
        support.render(
            qtbot, panel, f"session-stays-open-{scale}", theme, PAGE_SIZE, folder=tmp_path
        )
    assert not qt_warnings


def test_the_idle_monitor_counts_time_the_computer_slept() -> None:
    now = {"mono": 100.0, "wall": 1_000.0}
    monitor = IdleMonitor(60_000, monotonic=lambda: now["mono"], wall=lambda: now["wall"])
    monitor.note_activity()
    now["mono"] += 5  # the monotonic clock stands still during sleep on Linux…
    now["wall"] += 3_600  # …the wall clock does not
    assert monitor.idle_seconds() >= 3_600
    now["wall"] -= 7_200  # and a wall clock set back does not hide real idle time
    assert monitor.idle_seconds() == 5
