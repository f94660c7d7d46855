"""Where HJ Journal keeps its files.

By default the folders come from platformdirs. ``--data-dir DIR`` (and every test)
puts everything — vaults, settings and logs — under one folder instead, so that a
test can scan all of it and a user can keep the whole journal on a USB stick.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "hj-journal"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


@dataclass(frozen=True)
class AppPaths:
    """The folders the app writes to. Nothing is created until :meth:`ensure`."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path | None = None

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's usual per-user folders."""
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything under one folder (``--data-dir`` and tests)."""
        root = Path(root).expanduser().resolve()
        return cls(
            data_dir=root,
            config_dir=root / "config",
            log_dir=root / "logs",
            cache_dir=root / "cache",
        )

    @property
    def cache_folder(self) -> Path:
        """Files the app can rebuild at any time (translations built from a checkout).

        Never anything personal: nothing here is read from or about a vault.
        """
        return self.cache_dir if self.cache_dir is not None else self.data_dir / "cache"

    @property
    def vaults_dir(self) -> Path:
        """The folder holding one sub-folder per vault."""
        return self.data_dir / "vaults"

    @property
    def backups_dir(self) -> Path:
        """Where backups go unless the person picks a folder: one sub-folder per vault."""
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        """Plain app settings: theme, idle time, window size. Never personal content."""
        return self.config_dir / "settings.ini"

    @property
    def exports_in_progress(self) -> Path:
        """Notes naming the hidden files of exports being written (none when idle).

        Each start of the app or of a command removes what an interrupted export left
        (:func:`hj_journal.core.data.exchange._output.remove_leftover_exports`).
        """
        return self.data_dir / "exports-in-progress"

    def ensure(self) -> None:
        """Create the folders (private to the user where the platform allows)."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.vaults_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        self.make_private()

    def make_private(self) -> None:
        """Tighten what an older version (or an open umask) left readable by others.

        On POSIX, the app's folders become 0700 and the files in them 0600. Only the
        app's own folders are walked: a ``--data-dir`` that holds other things (a USB
        stick's top folder) has just that folder itself tightened, never its other files.
        """
        if os.name != "posix":
            return
        _tighten(self.data_dir)
        for root in (self.vaults_dir, self.backups_dir, self.config_dir, self.log_dir):
            if root.is_dir():
                _tighten_tree(root)


def _tighten(path: Path) -> None:
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
        return  # not ours to change
    want = PRIVATE_FOLDER if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(path, stat.S_IMODE(info.st_mode) & want)


def _tighten_tree(root: Path) -> None:
    _tighten(root)
    for folder, subfolders, files in os.walk(root):  # never follows links to folders
        for name in (*subfolders, *files):
            _tighten(Path(folder, name))
