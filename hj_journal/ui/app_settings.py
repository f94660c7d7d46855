"""The plain app settings file: appearance, idle time, window size. Never personal content.

Everything here is readable by anyone with the computer, so only a short list of known
keys is ever written (:data:`KNOWN_KEYS`): no titles, tags, search terms, folders the
user visited or files they opened. Anything about the person lives inside the vault
(:mod:`hj_journal.core.settings`).

Qt's own widgets keep a little state in a settings file of their own (the file dialog's
history and last folder). :func:`confine_qt_settings` points that file into the app's
config folder, and :func:`forget_file_dialog_history` empties it after every use.
"""

from __future__ import annotations

import os
from enum import StrEnum

from PySide6.QtCore import QByteArray, QSettings

from hj_journal.paths import AppPaths

DEFAULT_IDLE_MINUTES = 5
IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60)
TEXT_SCALES = (90, 100, 115, 130, 150, 175, 200)

# Qt keeps its file dialog's history under this organisation name.
_QT_ORGANISATION = "QtProject"


class Theme(StrEnum):
    """The colour themes a person can choose."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


class Key(StrEnum):
    """Every key the app writes to the plain settings file."""

    THEME = "appearance/theme"
    TEXT_SCALE = "appearance/text_scale"
    REDUCED_MOTION = "appearance/reduced_motion"
    IDLE_MINUTES = "privacy/idle_minutes"
    WINDOW_GEOMETRY = "window/geometry"


KNOWN_KEYS = frozenset(k.value for k in Key)


def open_settings(paths: AppPaths) -> QSettings:
    """The app's settings file, in INI format at ``paths.settings_file``."""
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def confine_qt_settings(paths: AppPaths) -> None:
    """Make Qt's own settings (file dialog state) land in our config folder as INI.

    By default Qt writes them to a shared file elsewhere (the registry on Windows). In
    our folder they are covered by the privacy checks and emptied after each use.
    """
    folder = str(paths.config_dir / "qt")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # On Linux, Qt's own settings go through the "native" (INI) paths; elsewhere the
    # default format above makes them INI files, so both tables are pointed here.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, folder)


def forget_file_dialog_history() -> None:
    """Remove the history and last folder Qt's file dialog remembers."""
    qt = QSettings(QSettings.Scope.UserScope, _QT_ORGANISATION)
    qt.remove("FileDialog")
    qt.remove("Qt/filedialog")
    qt.sync()


class AppSettings:
    """Typed access to the plain settings file."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def _get(self, key: Key, default: object) -> object:
        return self.qsettings.value(key.value, default)

    def _set(self, key: Key, value: object) -> None:
        self.qsettings.setValue(key.value, value)
        self.qsettings.sync()
        path = self.qsettings.fileName()
        if os.name == "posix" and os.path.isfile(path):
            os.chmod(path, 0o600)  # Qt writes it with the umask's mode; it is yours alone

    @property
    def theme(self) -> Theme:
        """The chosen theme (``system`` follows the desktop's light or dark scheme)."""
        try:
            return Theme(str(self._get(Key.THEME, Theme.SYSTEM.value)))
        except ValueError:
            return Theme.SYSTEM

    @theme.setter
    def theme(self, value: Theme) -> None:
        self._set(Key.THEME, Theme(value).value)

    @property
    def text_scale(self) -> int:
        """Text size as a percentage of the desktop's (100 = as the desktop has it)."""
        value = _as_int(self._get(Key.TEXT_SCALE, 100), 100)
        return min(TEXT_SCALES, key=lambda choice: abs(choice - value))

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._set(Key.TEXT_SCALE, int(value))

    @property
    def reduced_motion(self) -> bool:
        """True when animation should give way to calm, still text."""
        return _as_bool(self._get(Key.REDUCED_MOTION, False))

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._set(Key.REDUCED_MOTION, bool(value))

    @property
    def idle_minutes(self) -> int:
        """Minutes without keyboard or mouse activity before the journal locks itself."""
        value = _as_int(self._get(Key.IDLE_MINUTES, DEFAULT_IDLE_MINUTES), DEFAULT_IDLE_MINUTES)
        return max(1, min(value, max(IDLE_CHOICES)))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._set(Key.IDLE_MINUTES, int(value))

    @property
    def window_geometry(self) -> QByteArray | None:
        """The main window's size and place, as Qt saved it."""
        value = self._get(Key.WINDOW_GEOMETRY, None)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set(Key.WINDOW_GEOMETRY, value)


def _as_int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def _as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}
