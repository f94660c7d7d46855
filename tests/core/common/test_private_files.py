"""Private copies outside the vault: a folder in memory, files only you can read, zeroed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hj_journal.core.common import private_files


def test_overwriting_really_zeroes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "entry.md"
    path.write_text("private words")
    inode_reader = path.open("rb")  # still sees the same file after it is unlinked
    private_files.overwrite_and_remove(path)
    assert not path.exists()
    assert inode_reader.read() == b"\0" * len("private words")
    inode_reader.close()


def test_the_runtime_folder_is_used_when_there_is_no_dev_shm(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    folder = private_files.private_folder({"XDG_RUNTIME_DIR": str(runtime)}, ())
    assert folder.in_memory and folder.path.parent == runtime
    assert stat.S_IMODE(folder.path.stat().st_mode) == 0o700
    folder.path.rmdir()


def test_without_a_place_in_memory_it_is_the_temporary_folder(tmp_path: Path) -> None:
    folder = private_files.private_folder({}, (str(tmp_path / "no such place"),))
    assert not folder.in_memory
    folder.path.rmdir()


def test_a_private_copy_is_readable_only_by_you_and_keeps_to_its_folder(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    first = private_files.write_private(folder, "../../evening walk.ogg", b"sound")
    assert first == folder / "evening walk.ogg" and first.read_bytes() == b"sound"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    second = private_files.write_private(folder, "evening walk.ogg", b"other")
    assert second == folder / "1 evening walk.ogg" and first.read_bytes() == b"sound"
    assert private_files.write_private(folder, "..", b"x").name == "file"


def test_a_link_planted_under_the_name_is_never_written_through(tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    os.symlink(target, folder / "walk.ogg")
    path = private_files.write_private(folder, "walk.ogg", b"sound")
    assert path.name == "1 walk.ogg" and target.read_text() == "keep me"


def test_emptying_zeroes_every_file_removes_links_and_leaves_their_targets(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    copy = private_files.write_private(folder, "walk.ogg", b"sound")
    (folder / ".walk.ogg.part").write_bytes(b"left by a player")
    os.symlink(target, folder / "link")
    reader = copy.open("rb")
    private_files.empty_and_remove(folder)
    assert not folder.exists() and target.read_text() == "keep me"
    assert reader.read() == b"\0" * 5
    reader.close()
    private_files.empty_and_remove(folder)  # already gone: nothing to do, no error


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs /dev/shm")
def test_the_folder_is_in_memory_where_the_system_has_dev_shm() -> None:
    folder = private_files.private_folder({})
    try:
        assert folder.in_memory and folder.path.parent == Path("/dev/shm")
    finally:
        folder.path.rmdir()
