"""The network guard itself: a test, or a child process, that opens a socket fails."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from tests.helpers import NETGUARD_DIR, NetworkUsedError, socket_attempts


def test_opening_a_socket_in_a_test_is_caught() -> None:
    with pytest.raises(NetworkUsedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # The autouse guard would now fail this test at teardown; we checked it saw the
    # attempt, so clear it to let this one test pass.
    assert len(socket_attempts) == 1
    socket_attempts.clear()


def test_a_child_process_that_opens_a_socket_is_stopped() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        env={"PYTHONPATH": str(NETGUARD_DIR)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 97
    assert "socket was opened" in done.stderr
