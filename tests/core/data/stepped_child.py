"""A child process that stops at each progress report until told to go on (kill tests).

The child's code prints "ready", then one line per progress report, waiting for a line on
its standard input after each, and "finished" at the end. The test lets it pass some
reports, then kills it where it stands.
"""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import PASSPHRASE, REPO


def start(code: str, *args: str) -> subprocess.Popen[str]:
    """Run ``code`` in a fresh interpreter with ``args`` and the test passphrase."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args, PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def run_to(child: subprocess.Popen[str], stops: int) -> list[str]:
    """Let the child pass ``stops`` progress reports; return what it printed."""
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read()  # type: ignore[union-attr]
    lines: list[str] = []
    while len(lines) <= stops:
        line = child.stdout.readline().strip()
        if not line or line == "finished":
            break
        lines.append(line)
        if len(lines) <= stops:
            child.stdin.write("\n")
            child.stdin.flush()
    return lines
