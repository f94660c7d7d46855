"""The plain app settings file: appearance, idle time, window size. Never personal content.

Everything here is readable by anyone with the computer, so only a short list of known
keys is ever written (:data:`KNOWN_KEYS`): no titles, tags, search terms, folders the
user visited or files they opened. Anything about the person lives inside the vault
(:mod:`hj_journal.core.settings`).

Every key is declared once, as an :class:`AppSetting` on :class:`AppSettings`: its key,
its default, and how the text in the file reads back. The app reads and assigns those
attributes (``settings.reduced_motion``); nothing else names a key or calls QSettings'
``value``. A value the file holds that does not read (hand-edited, or from another
version) reads as the default.

Qt's own widgets keep a little state in a settings file of their own (the file dialog's
history and last folder). :func:`confine_qt_settings` points that file into the app's
config folder, and :func:`forget_file_dialog_history` empties it after every use.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from enum import StrEnum
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from hj_journal.paths import AppPaths
from hj_journal.ui.reminders.schedule import (
    ALL_DAYS,
    days_from_text,
    days_text,
    times_from_text,
    times_text,
)

T = TypeVar("T")

DEFAULT_IDLE_MINUTES = 5
DISGUISE_ICONS = ("notepad", "grid", "circle")  # resources/icons/neutral/<name>.svg
_DISGUISE_NAME_LENGTH = 40
REMINDER_TEXT_LENGTH = 80
DEFAULT_REMINDER_TIMES = (time(20, 0),)
IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60)
TEXT_SCALES = (90, 100, 115, 130, 150, 175, 200)
#: The language setting's values (hj_journal.ui.platform.translations.LANGUAGES, plus system).
LANGUAGE_CHOICES = ("system", "en", "es")

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
    # "system", "en" or "es" (hj_journal.ui.platform.translations); read at start-up.
    LANGUAGE = "appearance/language"
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
    # Whether the coping player moves on by itself (hj_journal.ui.coping.practice).
    AUTO_ADVANCE = "coping/auto_advance"
    # Gentle reminders (hj_journal.ui.reminders). They must work while every vault is
    # locked, so they live here: only the times, days and words the person chose, shown
    # while locked, so the words are neutral ("A moment for you") and never content.
    REMINDERS_ON = "reminders/on"
    REMINDER_TIMES = "reminders/times"
    REMINDER_DAYS = "reminders/days"
    REMINDER_TEXT = "reminders/text"
    KEEP_IN_TRAY = "reminders/keep_in_tray"


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


# ---------------------------------------------------------------------- one declaration


@dataclass(frozen=True)
class AppSetting(Generic[T]):
    """One key of the plain settings file: its default, and how its text reads back.

    ``parse`` turns what the file holds (INI files hold text) into ``T`` and raises
    ``ValueError`` or ``TypeError`` for what it does not accept, which then reads as
    ``default``; ``dump`` turns ``T`` into what is written, tidied on the way. On
    :class:`AppSettings` an ``AppSetting`` is an attribute that reads and writes the key.
    """

    key: Key
    default: T
    parse: Callable[[object], T]
    dump: Callable[[T], object]

    def read(self, raw: object) -> T:
        """What ``raw`` reads as (the default when it does not read)."""
        try:
            return self.parse(raw)
        except (TypeError, ValueError):
            return self.default

    @overload
    def __get__(self, owner: None, cls: type[AppSettings]) -> AppSetting[T]: ...

    @overload
    def __get__(self, owner: AppSettings, cls: type[AppSettings]) -> T: ...

    def __get__(self, owner: AppSettings | None, cls: type[AppSettings]) -> AppSetting[T] | T:
        return self if owner is None else owner.read(self)

    def __set__(self, owner: AppSettings, value: T) -> None:
        owner.write(self, value)


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _same(value: T) -> T:
    return value


def _flag(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ValueError(raw)


def _whole(raw: object) -> int:
    return int(str(raw))


def _theme(raw: object) -> Theme:
    return Theme(str(raw))


def _language(raw: object) -> str:
    if str(raw) not in LANGUAGE_CHOICES:
        raise ValueError(raw)
    return str(raw)


def _theme_text(value: Theme) -> str:
    return Theme(value).value


def _text_scale(raw: object) -> int:
    value = _whole(raw)
    return min(TEXT_SCALES, key=lambda choice: abs(choice - value))


def _idle_minutes(raw: object) -> int:
    return max(1, min(_whole(raw), max(IDLE_CHOICES)))


def _tidy_name(value: object) -> str:
    return " ".join(str(value or "").split())[:_DISGUISE_NAME_LENGTH]


def _disguise_name(raw: object) -> str:
    name = _tidy_name(raw)
    if not name:
        raise ValueError(raw)
    return name


def _disguise_icon(raw: object) -> str:
    if str(raw) not in DISGUISE_ICONS:
        raise ValueError(raw)
    return str(raw)


def _disguise_icon_text(value: str) -> str:
    return value if value in DISGUISE_ICONS else DISGUISE_ICONS[0]


def _geometry(raw: object) -> QByteArray | None:
    if not isinstance(raw, QByteArray) or raw.isEmpty():
        raise TypeError(raw)
    return raw


def _tidy_reminder_text(value: object) -> str:
    if isinstance(value, list):  # an INI file read a hand-typed comma as a list
        value = ", ".join(str(part) for part in value)
    return " ".join(str(value or "").split())[:REMINDER_TEXT_LENGTH]


def _switch(key: Key, default: bool) -> AppSetting[bool]:
    return AppSetting(key, default, _flag, bool)


# ---------------------------------------------------------------------- the settings


class AppSettings:
    """The plain settings file, each key declared once below; read and assign attributes."""

    theme = AppSetting[Theme](Key.THEME, Theme.SYSTEM, _theme, _theme_text)
    """The chosen theme (``system`` follows the desktop's light or dark scheme)."""
    text_scale = AppSetting[int](Key.TEXT_SCALE, 100, _text_scale, int)
    """Text size as a percentage of the desktop's (100 = as the desktop has it)."""
    reduced_motion = _switch(Key.REDUCED_MOTION, False)
    """True when animation should give way to calm, still text."""
    language = AppSetting[str](Key.LANGUAGE, "system", _language, _language)
    """``system`` (the desktop's language), ``en`` or ``es``; used from the next start."""
    idle_minutes = AppSetting[int](Key.IDLE_MINUTES, DEFAULT_IDLE_MINUTES, _idle_minutes, int)
    """Minutes without keyboard or mouse activity before the journal locks itself."""
    window_geometry = AppSetting[QByteArray | None](Key.WINDOW_GEOMETRY, None, _geometry, _same)
    """The main window's size and place, as Qt saved it."""
    disguise_on = _switch(Key.DISGUISE_ON, False)
    """True when the app shows a neutral name and icon instead of its own."""
    # Never a default word: "" means none chosen, and the disguise then shows "Notes" in
    # the app's language (disguise.default_name), so the file means the same in every one.
    disguise_name = AppSetting[str](Key.DISGUISE_NAME, "", _disguise_name, _tidy_name)
    """The neutral name the person typed for the disguise; "" when they chose none."""
    disguise_icon = AppSetting[str](
        Key.DISGUISE_ICON, DISGUISE_ICONS[0], _disguise_icon, _disguise_icon_text
    )
    """Which bundled neutral icon the disguise uses (one of :data:`DISGUISE_ICONS`)."""
    unlisted_vaults = _switch(Key.UNLISTED_VAULTS, False)
    """True when the lock screen lists no vaults: the passphrase decides which opens."""
    quick_exit_neutral = _switch(Key.QUICK_EXIT_NEUTRAL, False)
    """True when quick exit leaves an empty, ordinary notes page instead of nothing."""
    auto_advance = _switch(Key.AUTO_ADVANCE, True)
    """True when the coping player moves on to the next step by itself."""
    reminders_on = _switch(Key.REMINDERS_ON, False)
    """True when gentle reminders are shown (off unless the person turns them on)."""
    reminder_times = AppSetting[tuple[time, ...]](
        Key.REMINDER_TIMES, DEFAULT_REMINDER_TIMES, times_from_text, times_text
    )
    """The times of day a reminder is shown, on the wall clock."""
    reminder_days = AppSetting[frozenset[int]](
        Key.REMINDER_DAYS, ALL_DAYS, days_from_text, days_text
    )
    """The days of the week (ISO, Monday 1) a reminder is shown."""
    # Never a default word, as with the disguise's name: "" means none chosen, and the
    # reminder then says "A moment for you" in the app's language
    # (hj_journal.ui.reminders.controller.default_words).
    reminder_text = AppSetting[str](
        Key.REMINDER_TEXT, "", _tidy_reminder_text, _tidy_reminder_text
    )
    """The reminder's words as the person typed them (shown while locked, so neutral);
    "" when they chose none: then "A moment for you", in the app's language."""
    keep_in_tray = _switch(Key.KEEP_IN_TRAY, False)
    """True when closing the window locks and keeps the app in the tray instead of quitting."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    @classmethod
    def declared(cls) -> tuple[AppSetting[Any], ...]:
        """Every setting declared above, in order."""
        return tuple(value for value in vars(cls).values() if isinstance(value, AppSetting))

    def read(self, setting: AppSetting[T]) -> T:
        """The value of ``setting``: its default when the file lacks it or it does not read."""
        if not self.qsettings.contains(setting.key.value):
            return setting.default
        return setting.read(self.qsettings.value(setting.key.value))

    def write(self, setting: AppSetting[T], value: T) -> None:
        """Write ``value`` for ``setting`` to the file at once, readable by you alone."""
        self.qsettings.setValue(setting.key.value, setting.dump(value))
        self.qsettings.sync()
        path = self.qsettings.fileName()
        if os.name == "posix" and os.path.isfile(path):
            os.chmod(path, 0o600)  # Qt writes it with the umask's mode; it is yours alone
