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
DEFAULT_DISGUISE_NAME = "Notes"
DISGUISE_ICONS = ("notepad", "grid", "circle")  # resources/icons/neutral/<name>.svg
_DISGUISE_NAME_LENGTH = 40
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
    # Privacy (hj_journal.ui.platform.disguise, hj_journal.ui.settings.privacy). They must work
    # while every vault is locked, so they live here; a disguise name is the person's
    # own neutral word ("Notes"), never anything about them.
    DISGUISE_ON = "privacy/disguise"
    DISGUISE_NAME = "privacy/disguise_name"
    DISGUISE_ICON = "privacy/disguise_icon"
    UNLISTED_VAULTS = "privacy/unlisted_vaults"
    QUICK_EXIT_NEUTRAL = "privacy/quick_exit_neutral"


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
    def disguise_on(self) -> bool:
        """True when the app shows a neutral name and icon instead of its own."""
        return _as_bool(self._get(Key.DISGUISE_ON, False))

    @disguise_on.setter
    def disguise_on(self, value: bool) -> None:
        self._set(Key.DISGUISE_ON, bool(value))

    @property
    def disguise_name(self) -> str:
        """The neutral name shown while disguised ("Notes" unless the person chose one)."""
        value = " ".join(str(self._get(Key.DISGUISE_NAME, "") or "").split())
        return value[:_DISGUISE_NAME_LENGTH] or DEFAULT_DISGUISE_NAME

    @disguise_name.setter
    def disguise_name(self, value: str) -> None:
        self._set(Key.DISGUISE_NAME, " ".join(value.split())[:_DISGUISE_NAME_LENGTH])

    @property
    def disguise_icon(self) -> str:
        """Which bundled neutral icon the disguise uses (one of :data:`DISGUISE_ICONS`)."""
        value = str(self._get(Key.DISGUISE_ICON, DISGUISE_ICONS[0]))
        return value if value in DISGUISE_ICONS else DISGUISE_ICONS[0]

    @disguise_icon.setter
    def disguise_icon(self, value: str) -> None:
        self._set(Key.DISGUISE_ICON, value if value in DISGUISE_ICONS else DISGUISE_ICONS[0])

    @property
    def unlisted_vaults(self) -> bool:
        """True when the lock screen lists no vaults: the passphrase decides which opens."""
        return _as_bool(self._get(Key.UNLISTED_VAULTS, False))

    @unlisted_vaults.setter
    def unlisted_vaults(self, value: bool) -> None:
        self._set(Key.UNLISTED_VAULTS, bool(value))

    @property
    def quick_exit_neutral(self) -> bool:
        """True when quick exit leaves an empty, ordinary notes page instead of nothing."""
        return _as_bool(self._get(Key.QUICK_EXIT_NEUTRAL, False))

    @quick_exit_neutral.setter
    def quick_exit_neutral(self, value: bool) -> None:
        self._set(Key.QUICK_EXIT_NEUTRAL, bool(value))

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
