"""Everything the app writes is private to the user on POSIX, whatever the umask.

Folders 0700, files 0600: the data folder, vault folders and files (with SQLite's side
files), backups, logs, settings, and the exports the user asked for. Folders and files
left more open by an older version are tightened when the app or a command starts.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, cli_command, subprocess_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="POSIX modes"),
]

PASSPHRASE = "salt marsh at first light"

# The desktop app, started as the hj-journal script starts it, quits once it is showing.
APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
def quit_when_shown():
    if any(w.isVisible() for w in QApplication.topLevelWidgets()):
        app.quit()
    else:
        QTimer.singleShot(50, quit_when_shown)
QTimer.singleShot(50, quit_when_shown)
from hj_journal.cli import main
sys.argv = ["hj-journal", "--data-dir", sys.argv[1]]
raise SystemExit(main())
"""


def _run(args: list[str], data: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = subprocess_env(data, HJ_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen", **extra)
    # A common, open umask: what the app writes must be private all the same.
    done = subprocess.run(
        ["/bin/sh", "-c", 'umask 022; exec "$@"', "sh", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return done


def _too_open(*roots: Path) -> list[str]:
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            if path.is_symlink():
                continue
            want = 0o700 if path.is_dir() else 0o600
            if mode != want:
                found.append(f"{path.relative_to(root.parent)} {mode:o}")
    return found


def test_every_file_and_folder_written_is_private(tmp_path: Path) -> None:
    data, chosen = tmp_path / "data", tmp_path / "chosen"
    (tmp_path / "tmp").mkdir()
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    for args in (
        ["init"],
        ["new", "--title", "Harbour", "--body", "gulls"],
        ["checkin", "--distress", "3", "--note", "tired"],
        ["backup"],
        ["export", "--format", "json", str(chosen / "journal.json")],
        ["export", "--format", "markdown", str(chosen / "journal-md")],
        ["export", "--format", "pdf", str(chosen / "journal.pdf")],
    ):
        _run(cli_command(data, *args), data)
    _run([sys.executable, "-c", APP, str(data)], data)
    assert (data / "config" / "settings.ini").is_file()
    assert _too_open(data) == []
    exports = [chosen / "journal.json", chosen / "journal-md", chosen / "journal.pdf"]
    assert _too_open(*exports) == []


def test_folders_and_files_left_open_before_are_tightened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (tmp_path / "tmp").mkdir()
    _run(cli_command(data, "init"), data)
    _run(cli_command(data, "backup"), data)
    opened = [p for p in [data, *data.rglob("*")]]
    for path in opened:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    _run(cli_command(data, "list"), data)
    assert _too_open(data) == []


@pytest.fixture
def open_umask():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_the_settings_file_is_private_even_with_an_open_umask(paths, open_umask) -> None:
    from hj_journal.ui.platform.app_settings import AppSettings, Theme, open_settings

    paths.ensure()
    settings = AppSettings(open_settings(paths))
    settings.theme = Theme.DARK
    assert stat.S_IMODE(paths.settings_file.stat().st_mode) == 0o600


def test_the_error_log_is_private_even_with_an_open_umask(paths, open_umask) -> None:
    from hj_journal.errorlog import log_unexpected

    log = log_unexpected(paths.log_dir, ValueError, None)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.log_dir.stat().st_mode) == 0o700
