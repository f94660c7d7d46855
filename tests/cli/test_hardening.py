"""Started as a program, ``hj-journal`` turns core dumps off and keeps its files private."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, subprocess_env

# Starts through main() exactly as the hj-journal script does, then looks at itself.
PROBE = """
import json, os, resource, sys
from hj_journal.cli import main
from hj_journal.hardening import is_dumpable
sys.argv = ["hj-journal", "--version"]
code = main()
umask = os.umask(0o022)
print(json.dumps({
    "code": code,
    "core": resource.getrlimit(resource.RLIMIT_CORE),
    "dumpable": is_dumpable(),
    "umask": umask,
}))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits")
def test_a_started_process_writes_no_core_file_and_cannot_be_dumped(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    done = subprocess.run(
        [
            "/bin/sh",
            "-c",
            'ulimit -c unlimited 2>/dev/null; umask 022; exec "$0" -c "$1"',
            sys.executable,
            PROBE,
        ],
        env=subprocess_env(tmp_path / "data"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["core"] == [0, 0]
    assert seen["umask"] == 0o077
    if sys.platform.startswith("linux"):
        assert seen["dumpable"] is False


def test_main_called_in_process_leaves_the_process_as_it_is(run_cli) -> None:
    import resource

    before = resource.getrlimit(resource.RLIMIT_CORE)
    assert run_cli("--version")[0] == 0
    assert resource.getrlimit(resource.RLIMIT_CORE) == before
