"""An export file written over an older one: the older stays whole until the new is done.

The store writes it (:func:`hj_journal.store.files.replacing_text`) under the export's
recorded partial name, so what a crash leaves in the chosen folder is hidden and swept
at the next start.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hj_journal.core.data.exchange._output import (
    PARTIAL_PREFIX,
    atomic_file,
    remove_leftover_exports,
)
from tests.helpers import REPO, subprocess_env

OLD = '{"entries": ["last month\'s export"]}'


def test_an_export_stopped_part_way_leaves_the_older_one_whole(tmp_path: Path) -> None:
    chosen, notes = tmp_path / "chosen", tmp_path / "notes"
    chosen.mkdir()
    target = chosen / "journal.json"
    target.write_text(OLD)
    with pytest.raises(RuntimeError), atomic_file(target, notes=notes) as out:
        out.write('{"entries": ["half')
        out.flush()
        (partial,) = (p for p in chosen.iterdir() if p.name.startswith(PARTIAL_PREFIX))
        assert partial.read_text() == '{"entries": ["half'
        raise RuntimeError("stopped")
    assert target.read_text() == OLD
    assert [p.name for p in chosen.iterdir()] == ["journal.json"]
    assert not notes.exists()


def test_an_export_replaces_the_older_one_when_done(tmp_path: Path) -> None:
    target = tmp_path / "journal.json"
    target.write_text(OLD)
    with atomic_file(target, notes=tmp_path / "notes") as out:
        out.write("{}\n")
    assert target.read_bytes() == b"{}\n"  # "\n" as written, on every platform
    assert [p.name for p in tmp_path.iterdir()] == ["journal.json"]


WRITER = """
import sys, time
from pathlib import Path
from hj_journal.core.data.exchange._output import atomic_file

with atomic_file(Path(sys.argv[1]), notes=Path(sys.argv[2])) as out:
    out.write("half of the new export")
    out.flush()
    print("writing", flush=True)
    time.sleep(600)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_an_export_killed_part_way_leaves_the_older_one_whole_and_is_swept(
    tmp_path: Path,
) -> None:
    chosen, notes = tmp_path / "chosen", tmp_path / "notes"
    chosen.mkdir()
    (tmp_path / "tmp").mkdir()
    target = chosen / "journal.json"
    target.write_text(OLD)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), str(notes)],
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
    assert target.read_text() == OLD
    (partial,) = (p for p in chosen.iterdir() if p != target)
    assert partial.name.startswith(PARTIAL_PREFIX)  # hidden, and never the target
    assert remove_leftover_exports(notes) == 1  # what every start does
    assert [p.name for p in chosen.iterdir()] == ["journal.json"]
    assert target.read_text() == OLD
