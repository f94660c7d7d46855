"""What the system says about sleep, lock and waking, turned into two signals (no D-Bus)."""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from typing import Any

import pytest

from hj_journal.ui.platform import system_lock
from hj_journal.ui.platform.system_lock import SystemLockWatcher


@pytest.fixture
def watcher(qapp: Any) -> Any:
    made = SystemLockWatcher()
    heard: list[str] = []
    made.lock_requested.connect(lambda: heard.append("lock"))
    made.resumed.connect(lambda: heard.append("resumed"))
    yield made, heard
    made.deleteLater()


def test_logind_going_to_sleep_locks_and_waking_says_resumed(watcher: Any) -> None:
    made, heard = watcher
    made._on_prepare_for_sleep(True)
    assert heard == ["lock"]
    made._on_prepare_for_sleep(False)
    assert heard == ["lock", "resumed"]


def test_a_screen_saver_ending_is_not_a_wake_from_sleep(watcher: Any) -> None:
    made, heard = watcher
    made._on_sleep_or_screensaver(True)
    made._on_sleep_or_screensaver(False)
    assert heard == ["lock"]


@pytest.mark.parametrize(
    ("message", "param", "said"),
    [
        (system_lock.WM_POWERBROADCAST, system_lock.PBT_APMSUSPEND, ["lock"]),
        (system_lock.WM_WTSSESSION_CHANGE, system_lock.WTS_SESSION_LOCK, ["lock"]),
        (system_lock.WM_POWERBROADCAST, system_lock.PBT_APMRESUMEAUTOMATIC, ["resumed"]),
        (system_lock.WM_POWERBROADCAST, system_lock.PBT_APMRESUMESUSPEND, ["resumed"]),
        (system_lock.WM_POWERBROADCAST, 0x000A, []),  # the power status changed: nothing
    ],
)
def test_windows_messages_for_sleep_lock_and_waking(message: int, param: int, said: list) -> None:
    heard: list[str] = []
    native = system_lock._WindowsFilter(
        lambda: heard.append("lock"), lambda: heard.append("resumed")
    )
    msg = wintypes.MSG()
    msg.message, msg.wParam = message, param
    assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (False, 0)
    assert heard == said
