"""The one atomic write: the target holds the old content whole or the new content whole.

An exception part-way leaves the old file and nothing else; a process killed part-way
(SIGKILL, as a crash or a power cut would) leaves the old file whole and at most one
hidden, owner-only file beside it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hj_journal.store.files import replacing_bytes, replacing_text, write_atomic
from tests.helpers import REPO, subprocess_env

OLD = b"the old key file, whole\n"


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_write_replaces_the_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    path.write_bytes(OLD)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert _names(tmp_path) == ["vault.key"]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600  # owner-only, whatever the umask


def test_an_error_part_way_leaves_the_old_file_whole_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    path.write_bytes(OLD)
    with pytest.raises(RuntimeError, match="disk full"), replacing_bytes(path) as handle:
        handle.write(b"half of the n")
        handle.flush()
        assert len(_names(tmp_path)) == 2  # the new content is beside it, hidden
        raise RuntimeError("disk full")
    assert path.read_bytes() == OLD
    assert _names(tmp_path) == ["vault.key"]


def test_a_rename_that_fails_leaves_no_temp_file(tmp_path: Path) -> None:
    folder = tmp_path / "notes.json"
    folder.mkdir()  # a folder with a file in it cannot be replaced by a file
    (folder / "keep.txt").write_text("keep")
    with pytest.raises(OSError):
        write_atomic(folder, b"{}")
    assert _names(tmp_path) == ["notes.json"]
    assert (folder / "keep.txt").read_text() == "keep"


def test_text_is_written_as_utf8_at_the_given_temporary_name(tmp_path: Path) -> None:
    path, partial = tmp_path / "journal.md", tmp_path / ".journal.partial"
    with replacing_text(path, tmp=partial) as handle:
        handle.write("Tea — calm\n")
        assert partial.exists()
    assert path.read_bytes() == "Tea — calm\n".encode()
    assert _names(tmp_path) == ["journal.md"]


WRITER = """
import sys, time
from pathlib import Path
from hj_journal.store.files import replacing_bytes

with replacing_bytes(Path(sys.argv[1])) as handle:
    handle.write(b"the new key file, half written")
    handle.flush()
    print("writing", flush=True)
    time.sleep(600)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_write_killed_part_way_leaves_the_old_file_whole(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    path = folder / "vault.key"
    path.write_bytes(OLD)
    (tmp_path / "tmp").mkdir()
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        env=subprocess_env(tmp_path / "data"),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.readline().strip() == "writing", child.stderr.read()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert path.read_bytes() == OLD
    leftovers = [p for p in folder.iterdir() if p != path]
    assert len(leftovers) == 1  # the half-written new content, never the target itself
    (left,) = leftovers
    assert left.name.startswith(".vault.key.")  # hidden, and says what it was for
    assert left.read_bytes() == b"the new key file, half written"
    if os.name == "posix":
        assert left.stat().st_mode & 0o777 == 0o600
