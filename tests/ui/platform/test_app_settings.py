"""The plain app settings file: every key declared once, typed, read calmly when odd."""

from __future__ import annotations

import ast
import re
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings

from hj_journal.paths import AppPaths
from hj_journal.ui.platform.app_settings import (
    DEFAULT_IDLE_MINUTES,
    DISGUISE_ICONS,
    KNOWN_KEYS,
    AppSetting,
    AppSettings,
    Key,
    Theme,
)
from tests.helpers import REPO

DEFAULTS: dict[str, Any] = {
    "theme": Theme.SYSTEM,
    "text_scale": 100,
    "reduced_motion": False,
    "language": "system",
    "idle_minutes": DEFAULT_IDLE_MINUTES,
    "window_geometry": None,
    "disguise_on": False,
    "disguise_name": "",  # none chosen: "Notes" in the app's language (disguise.py)
    "disguise_icon": DISGUISE_ICONS[0],
    "unlisted_vaults": False,
    "quick_exit_neutral": False,
    "auto_advance": True,
    "reminders_on": False,  # off unless the person turns them on
    "reminder_times": (time(20, 0),),
    "reminder_days": frozenset(range(1, 8)),
    "reminder_text": "",  # none chosen: "A moment for you" in the app's language
    "keep_in_tray": False,
}

# What each setting holds when the person has chosen something, and reads back as.
CHOSEN: dict[str, Any] = {
    "theme": Theme.HIGH_CONTRAST,
    "text_scale": 150,
    "reduced_motion": True,
    "language": "es",
    "idle_minutes": 15,
    "window_geometry": QByteArray(b"\x01\x02geometry"),
    "disguise_on": True,
    "disguise_name": "Shopping list",
    "disguise_icon": DISGUISE_ICONS[-1],
    "unlisted_vaults": True,
    "quick_exit_neutral": True,
    "auto_advance": False,
    "reminders_on": True,
    "reminder_times": (time(8, 30), time(21, 5)),
    "reminder_days": frozenset({1, 3, 5}),
    "reminder_text": "Tea, then a breath",
    "keep_in_tray": True,
}

# Text that does not read as a value of each setting (a hand-edited or damaged file).
UNREADABLE: dict[str, tuple[str, ...]] = {
    "theme": ("purple", ""),
    "text_scale": ("huge", "1.5", ""),
    "reduced_motion": ("sometimes", ""),
    "language": ("klingon", ""),
    "idle_minutes": ("soon", ""),
    "window_geometry": ("not geometry", ""),
    "disguise_on": ("maybe", ""),
    "disguise_name": ("   ", ""),
    "disguise_icon": ("skull", ""),
    "unlisted_vaults": ("perhaps", ""),
    "quick_exit_neutral": ("2", ""),
    "auto_advance": ("whenever", ""),
    "reminders_on": ("nah", ""),
    "reminder_times": ("soon", "25:00", "8h"),
    "reminder_days": ("funday", "9", "0"),
    "reminder_text": ("   ",),
    "keep_in_tray": ("later", ""),
}


def _file(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _declared() -> dict[str, AppSetting[Any]]:
    return {
        name: value for name, value in vars(AppSettings).items() if isinstance(value, AppSetting)
    }


def test_the_tables_above_cover_every_declared_setting() -> None:
    assert set(_declared()) == set(DEFAULTS) == set(CHOSEN) == set(UNREADABLE)


def test_each_key_is_declared_once_and_every_key_is_known() -> None:
    keys = [setting.key for setting in AppSettings.declared()]
    assert sorted(keys) == sorted(Key)  # every key, once
    assert {k.value for k in keys} == KNOWN_KEYS


def test_an_empty_file_reads_the_defaults(tmp_path: Path) -> None:
    settings = AppSettings(_file(tmp_path))
    assert {name: getattr(settings, name) for name in DEFAULTS} == DEFAULTS
    assert settings.qsettings.allKeys() == []  # reading writes nothing


def test_choices_are_written_as_text_and_read_back_from_the_file(tmp_path: Path) -> None:
    settings = AppSettings(_file(tmp_path))
    for name, value in CHOSEN.items():
        setattr(settings, name, value)
    again = AppSettings(_file(tmp_path))  # a fresh read of the INI file
    assert {name: getattr(again, name) for name in CHOSEN} == CHOSEN
    assert set(again.qsettings.allKeys()) == KNOWN_KEYS


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_an_unreadable_value_falls_back_to_the_default(tmp_path: Path, name: str) -> None:
    key = _declared()[name].key
    for text in UNREADABLE[name]:
        path = tmp_path / f"{name}-{len(text)}.ini"
        section, entry = key.value.split("/")
        path.write_text(f"[{section}]\n{entry}={text}\n", encoding="utf-8")
        settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
        assert settings.qsettings.contains(key.value)
        assert getattr(settings, name) == DEFAULTS[name], text


def test_switches_read_the_words_an_ini_file_may_hold(tmp_path: Path) -> None:
    settings = AppSettings(_file(tmp_path))
    words = {"true": True, "Yes": True, "1": True, " on ": True}
    words |= {"false": False, "no": False, "0": False, "OFF": False}
    for stored, expected in words.items():
        settings.qsettings.setValue(Key.REDUCED_MOTION, stored)
        settings.qsettings.setValue(Key.AUTO_ADVANCE, stored)
        assert (settings.reduced_motion, settings.auto_advance) == (expected, expected), stored


def test_numbers_are_held_to_the_choices_offered(tmp_path: Path) -> None:
    settings = AppSettings(_file(tmp_path))
    settings.qsettings.setValue(Key.TEXT_SCALE, "112")
    settings.qsettings.setValue(Key.IDLE_MINUTES, "-3")
    assert (settings.text_scale, settings.idle_minutes) == (115, 1)
    settings.qsettings.setValue(Key.IDLE_MINUTES, "999")
    assert settings.idle_minutes == 60


def test_a_disguise_is_tidied_before_it_is_written(tmp_path: Path) -> None:
    settings = AppSettings(_file(tmp_path))
    settings.disguise_name = "  Weekly   notes " + "x" * 60
    settings.disguise_icon = "not one of ours"
    assert settings.qsettings.value(Key.DISGUISE_NAME) == ("Weekly notes " + "x" * 60)[:40]
    assert settings.disguise_icon == DISGUISE_ICONS[0]


# ---------------------------------------------------------------------- nobody else


_KEY_LIKE = re.compile(r"^[a-z_]+/[a-z_]+$")  # "appearance/theme": a settings key's shape
_RAW_CALLS = {"value", "setValue", "contains", "remove"}


def _raw_uses(path: Path) -> list[str]:
    """Keys written out, QSettings made, and settings read or written by a key's text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _KEY_LIKE.match(node.value) or node.value in KNOWN_KEYS:
                found.append(f"{node.lineno}: key {node.value!r}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "QSettings":
                found.append(f"{node.lineno}: QSettings(...)")
            elif (
                name in _RAW_CALLS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(f"{node.lineno}: .{name}({node.args[0].value!r})")
    return found


def test_no_module_but_app_settings_reads_or_writes_a_key() -> None:
    """The UI and the command line (core and the store never import Qt)."""
    declarations = REPO / "hj_journal" / "ui" / "platform" / "app_settings.py"
    found = [
        f"{path.relative_to(REPO)}:{use}"
        for package in ("ui", "cli")
        for path in sorted((REPO / "hj_journal" / package).rglob("*.py"))
        if path != declarations
        for use in _raw_uses(path)
    ]
    assert found == []


def test_the_scan_finds_a_key_read_past_the_declarations(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'KEY = "coping/auto_advance"\n'
        "def read(ctx):\n"
        '    return ctx.settings.value("Appearance/Theme", True)\n'
        "def make():\n"
        "    return QSettings()\n",
        encoding="utf-8",
    )
    assert sorted(_raw_uses(sample)) == [
        "1: key 'coping/auto_advance'",
        "3: .value('Appearance/Theme')",
        "5: QSettings(...)",
    ]


def test_odd_values_in_the_settings_file_fall_back_calmly(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        "[appearance]\ntheme=purple\ntext_scale=huge\n[privacy]\nidle_minutes=-3\n",
        encoding="utf-8",
    )
    settings = AppSettings(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    assert settings.theme is Theme.SYSTEM
    assert settings.text_scale == 100
    assert settings.idle_minutes == 1
