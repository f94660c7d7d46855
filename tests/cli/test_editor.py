"""Writing an entry in your own editor: a private file in memory, overwritten after."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from hj_journal.cli import editor
from hj_journal.cli.common import CliError
from hj_journal.core.common import private_files

# A stand-in for vim or nano: writes the text it is given into the file it is handed,
# notes what it saw (path, modes) beside it, and leaves a "swap file" in the folder.
FAKE_EDITOR = """
import json, os, stat, sys
path = sys.argv[-1]
folder = os.path.dirname(path)
seen = {
    "path": path,
    "folder_mode": stat.S_IMODE(os.stat(folder).st_mode),
    "file_mode": stat.S_IMODE(os.stat(path).st_mode),
    "was_empty": os.path.getsize(path) == 0,
    "found": open(path, encoding="utf-8").read(),
}
with open(os.environ["FAKE_EDITOR_NOTES"], "w") as notes:
    json.dump(seen, notes)
with open(os.path.join(folder, ".entry.md.swp"), "w") as swap:
    swap.write("swap copy of the text")
with open(path, "w", encoding="utf-8") as handle:
    handle.write(os.environ.get("FAKE_EDITOR_TEXT", ""))
sys.exit(int(os.environ.get("FAKE_EDITOR_EXIT", "0")))
"""


@pytest.fixture
def fake_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$EDITOR set to the stand-in; returns the file where it notes what it saw."""
    script = tmp_path / "fake editor.py"
    script.write_text(FAKE_EDITOR)
    notes = tmp_path / "notes.json"
    monkeypatch.setenv("FAKE_EDITOR_NOTES", str(notes))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f'"{sys.executable}" "{script}"')
    return notes


def test_visual_comes_before_editor_and_is_split_like_a_shell() -> None:
    assert editor.editor_command({"EDITOR": "nano", "VISUAL": "code --wait"}) == [
        "code",
        "--wait",
    ]
    assert editor.editor_command({"EDITOR": "vim -n", "VISUAL": "  "}) == ["vim", "-n"]
    assert editor.editor_command({}) is None
    with pytest.raises(CliError, match="cannot be read"):
        editor.editor_command({"EDITOR": 'vim "unclosed'})


def test_the_text_is_written_in_memory_and_removed_after(fake_editor: Path, monkeypatch) -> None:
    monkeypatch.setenv("FAKE_EDITOR_TEXT", "Written in my editor.\n")
    command = editor.editor_command(os.environ)
    assert command is not None
    text = editor.write_in_editor(command, os.environ)
    assert text == "Written in my editor.\n"
    seen = json.loads(fake_editor.read_text())
    assert seen["folder_mode"] == 0o700
    assert seen["file_mode"] == 0o600
    assert seen["was_empty"]
    if Path("/dev/shm").is_dir():
        assert seen["path"].startswith("/dev/shm/")
    folder = Path(seen["path"]).parent
    assert not folder.exists()  # the text, the swap file and the folder are gone


def test_every_file_left_in_the_folder_is_overwritten_before_removal(
    fake_editor: Path, monkeypatch
) -> None:
    overwritten: list[tuple[str, bytes]] = []
    real = private_files.overwrite_and_remove

    def watching(path: Path) -> None:
        with path.open("rb") as handle:  # still reads the same file once it is removed
            real(path)
            overwritten.append((path.name, handle.read()))
        assert not path.exists()

    monkeypatch.setattr(private_files, "overwrite_and_remove", watching)
    monkeypatch.setenv("FAKE_EDITOR_TEXT", "private words")
    editor.write_in_editor(editor.editor_command(os.environ) or [], os.environ)
    names = {name for name, _ in overwritten}
    assert names == {"entry.md", ".entry.md.swp"}
    assert all(set(content) <= {0} for _, content in overwritten)


def test_an_editor_that_fails_adds_nothing(fake_editor: Path, monkeypatch) -> None:
    monkeypatch.setenv("FAKE_EDITOR_TEXT", "half a thought")
    monkeypatch.setenv("FAKE_EDITOR_EXIT", "3")
    with pytest.raises(CliError, match="closed with an error"):
        editor.write_in_editor(editor.editor_command(os.environ) or [], os.environ)
    seen = json.loads(fake_editor.read_text())
    assert not Path(seen["path"]).parent.exists()


def test_an_editor_that_cannot_start_is_one_calm_line(tmp_path: Path) -> None:
    with pytest.raises(CliError, match="could not be started"):
        editor.write_in_editor(["/nonexistent/editor"], {})


def test_without_a_folder_in_memory_it_says_where_the_text_is_kept(tmp_path: Path) -> None:
    nowhere = (str(tmp_path / "no such place"),)
    folder = editor.private_folder({}, nowhere)
    assert not folder.in_memory
    assert stat.S_IMODE(folder.path.stat().st_mode) == 0o700
    folder.path.rmdir()
    said: list[str] = []

    def run(command: list[str]) -> int:
        Path(command[-1]).write_text("kept on disk for a moment")
        return 0

    text = editor.write_in_editor(["ed"], {}, run=run, say=said.append, memory_folders=nowhere)
    assert text == "kept on disk for a moment"
    assert len(said) == 1 and "no folder in memory" in said[0]


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    def run(command: list[str]) -> int:
        Path(command[-1]).write_bytes(b"\xff\xfe broken")
        return 0

    with pytest.raises(CliError, match="not UTF-8"):
        editor.write_in_editor(["ed"], {}, run=run, say=lambda _: None)
