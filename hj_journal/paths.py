"""Where HJ Journal keeps its files.

By default the folders come from platformdirs. ``--data-dir DIR`` (and every test)
puts everything — vaults, settings and logs — under one folder instead, so that a
test can scan all of it and a user can keep the whole journal on a USB stick.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "hj-journal"


@dataclass(frozen=True)
class AppPaths:
    """The folders the app writes to. Nothing is created until :meth:`ensure`."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's usual per-user folders."""
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything under one folder (``--data-dir`` and tests)."""
        root = Path(root).expanduser().resolve()
        return cls(data_dir=root, config_dir=root / "config", log_dir=root / "logs")

    @property
    def vaults_dir(self) -> Path:
        """The folder holding one sub-folder per vault."""
        return self.data_dir / "vaults"

    @property
    def settings_file(self) -> Path:
        """Plain app settings: theme, idle time, window size. Never personal content."""
        return self.config_dir / "settings.ini"

    @property
    def exports_in_progress(self) -> Path:
        """Notes naming the hidden files of exports being written (none when idle).

        Each start of the app or of a command removes what an interrupted export left
        (:func:`hj_journal.core.exchange._output.remove_leftover_exports`).
        """
        return self.data_dir / "exports-in-progress"

    def ensure(self) -> None:
        """Create the folders (private to the user where the platform allows)."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.vaults_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
