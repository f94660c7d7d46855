"""An export killed part-way leaves nothing readable once the app or a command starts.

The child process below runs a real export and stops, mid-way, inside its progress
report; the test kills it with SIGKILL (as a crash or a power cut would), checks that the
hidden partial is there, then starts ``hj-journal`` afresh and checks it is gone.
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
from hj_journal.paths import AppPaths
from tests.helpers import REPO, cli_command, subprocess_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
]

CANARY = "cormorant-7d1f"

EXPORTER = """
import sys, time
from pathlib import Path
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths

data, fmt, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
paths = AppPaths.under(data)
vault, _ = VaultRegistry(paths.vaults_dir).create(
    "Notebook", "tide pools at low water", policy=KdfPolicy.at_floor()
)
journal = Services.for_vault(vault).journal
import datetime
for n in range(520 if fmt == "json" else 201):
    journal.create(EntryInput(entry_date=datetime.date(2026, 1, 1), title=f"{sys.argv[4]} {n}",
                              body="x", tags=[]))

def stop_here(done, total):
    print("exporting", flush=True)
    time.sleep(600)

if fmt == "json":
    from hj_journal.core.data.exchange.export_json import export_json
    export_json(vault, out, progress=stop_here, notes=paths.exports_in_progress)
else:
    from hj_journal.core.data.exchange.export_markdown import export_markdown
    export_markdown(vault, out, progress=stop_here, notes=paths.exports_in_progress)
"""


def _partials(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(PARTIAL_PREFIX))


def _start_exporter(tmp_path: Path, fmt: str) -> tuple[subprocess.Popen[str], Path, Path]:
    data, out_dir = tmp_path / "data", tmp_path / "chosen"
    out_dir.mkdir()
    (tmp_path / "tmp").mkdir(exist_ok=True)
    target = out_dir / ("journal.json" if fmt == "json" else "journal-md")
    child = subprocess.Popen(
        [sys.executable, "-c", EXPORTER, str(data), fmt, str(target), CANARY],
        env=subprocess_env(data),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "exporting", child.stderr.read()  # type: ignore[union-attr]
    return child, data, out_dir


def _holds_canary(path: Path) -> bool:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return any(CANARY.encode() in p.read_bytes() for p in files)


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_a_killed_export_is_removed_by_the_next_start(tmp_path: Path, fmt: str) -> None:
    child, data, out_dir = _start_exporter(tmp_path, fmt)
    try:
        (partial,) = _partials(out_dir)
        assert _holds_canary(partial)  # plain text, mid-way
        assert not (out_dir / "journal.json").exists()
        # Another start while the export runs leaves that export alone.
        env = subprocess_env(data, HJ_PASSPHRASE="tide pools at low water")
        subprocess.run(cli_command(data, "list"), env=env, capture_output=True, timeout=120)
        assert _partials(out_dir) == [partial]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert _partials(out_dir) == [partial]  # what SIGKILL leaves today

    done = subprocess.run(cli_command(data, "list"), env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _partials(out_dir) == []
    assert list(out_dir.iterdir()) == []
    assert not AppPaths.under(data).exports_in_progress.exists()


def test_a_finished_export_leaves_no_note(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    target = tmp_path / "out.json"
    with atomic_file(target, notes=notes) as out:
        out.write("{}")
        assert len(list(notes.iterdir())) == 1
    assert target.read_text() == "{}"
    assert not notes.exists()
    assert _partials(tmp_path) == []
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_a_stopped_export_leaves_nothing(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    with pytest.raises(RuntimeError), atomic_file(tmp_path / "out.json", notes=notes) as out:
        out.write("half")
        raise RuntimeError("stopped")
    assert list(tmp_path.iterdir()) == []


def test_a_note_naming_anything_else_removes_nothing(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    (notes / "0123456789abcdef.note").write_bytes(os.fsencode(str(precious)))
    assert remove_leftover_exports(notes) == 0
    assert precious.read_text() == "keep me"
    assert not notes.exists()  # the bogus note itself is gone
