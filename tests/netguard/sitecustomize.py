"""Loaded by every Python process the tests start: any socket ends the process.

HJ Journal has no network code at all; a subprocess that tries to open a socket has a
bug, and this makes it fail loudly instead of quietly reaching out.
"""

import os
import socket
import sys


class _NoNetwork(socket.socket):
    def __init__(self, *args, **kwargs):
        sys.stderr.write("hj-journal test guard: a socket was opened\n")
        sys.stderr.flush()
        os._exit(97)


socket.socket = _NoNetwork  # type: ignore[misc]
