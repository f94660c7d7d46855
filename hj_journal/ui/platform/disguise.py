"""The name and icon the app shows: its own, or a neutral disguise the person chose.

With a disguise on (Settings → Privacy), everything the desktop and a passer-by can see
uses a plain word ("Notes" in the app's language, unless the person chose another) and a
plain bundled icon: window titles, the task bar and Alt-Tab entry (through the
application's names and its desktop file name), the lock screen's heading and logo, the
About box and every file name the app suggests. It is an *app* setting, applied in
:func:`apply_identity` at start-up before any window is made, because it must hold while
every vault is locked.

The identity in force is kept on the application object (like the app icon in
:mod:`hj_journal.ui.platform.icons`), so every window asks :func:`current_identity` rather than
being handed it; nothing is set at import.

What a disguise cannot hide (the package, the process and command names, the files in
the data folder) is written in README.md and SECURITY.md.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon

from hj_journal.ui.platform.app_settings import DISGUISE_ICONS, AppSettings

REAL_NAME = "HJ Journal"
# The desktop file names (resources/desktop/<name>.desktop); each file's StartupWMClass
# is the same word, and so is the application name Qt gives the window system (X11's
# WM_CLASS, Wayland's app id), so the task bar finds the matching entry.
REAL_DESKTOP_NAME = "org.hjjournal.HJJournal"  # also the AppStream id (packaging/linux/)
COMMAND_NAME = "hj-journal"  # the program on the PATH: no disguise can rename it
NEUTRAL_DESKTOP_NAME = "plain-notes"

_PROPERTY = "hjIdentity"  # where the identity in force is kept on the application
_APP_ICON_PROPERTY = "hjAppIcon"  # hj_journal.ui.platform.icons.app_icon() returns what this holds


@dataclass(frozen=True)
class Identity:
    """How the app presents itself: its own name, or a neutral one and a plain icon."""

    disguised: bool = False
    name: str = REAL_NAME
    icon_name: str = DISGUISE_ICONS[0]  # used only when disguised

    @property
    def desktop_file_name(self) -> str:
        """The desktop entry the task bar should match the windows to."""
        return NEUTRAL_DESKTOP_NAME if self.disguised else REAL_DESKTOP_NAME

    @property
    def file_stem(self) -> str:
        """The start of every file name the app suggests ("Notes 2026-12-02.pdf")."""
        return self.name if self.disguised else ""

    def icon(self) -> QIcon:
        """The icon for windows, the task bar, the lock screen's logo and About."""
        from hj_journal.ui.platform.icons import app_icon

        return neutral_icon(self.icon_name) if self.disguised else app_icon()


def default_name() -> str:
    """The disguise's name when the person chose none: "Notes" in the app's language.

    Never stored (an empty name setting means "none chosen"), so a disguise set up in
    one language shows the neutral word of whichever language the app speaks; a name
    the person typed is theirs and is shown as typed.
    """
    return QCoreApplication.translate("Disguise", "Notes")


def identity_from(settings: AppSettings) -> Identity:
    """The identity the app settings ask for."""
    if not settings.disguise_on:
        return Identity()
    return Identity(True, settings.disguise_name or default_name(), settings.disguise_icon)


def neutral_icon(name: str) -> QIcon:
    """One of the bundled plain icons (``resources/icons/neutral/<name>.svg``)."""
    from hj_journal.bundled import ResourcesMissingError, resource_path

    try:
        path = resource_path("icons", "neutral", f"{name}.svg")
    except ResourcesMissingError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()


def current_identity() -> Identity:
    """The identity in force (the app's own until :func:`apply_identity` says otherwise)."""
    app = QCoreApplication.instance()
    kept = app.property(_PROPERTY) if app is not None else None
    return kept if isinstance(kept, Identity) else Identity()


def app_name() -> str:
    """The name to show for the app: "HJ Journal", or the disguise's neutral word."""
    return current_identity().name


def apply_identity(identity: Identity) -> None:
    """Give the application ``identity``: its names, desktop file name and icon.

    Windows already open take the new title and icon from :func:`retitle`; a desktop
    file name change reaches the task bar fully the next time the app starts.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    if not identity.disguised:
        app.setProperty(_APP_ICON_PROPERTY, None)  # app_icon() draws the real one again
    icon = identity.icon()
    app.setProperty(_PROPERTY, identity)
    app.setApplicationName(identity.desktop_file_name)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setApplicationDisplayName(identity.name)
        QGuiApplication.setDesktopFileName(identity.desktop_file_name)
        if identity.disguised:
            app.setProperty(_APP_ICON_PROPERTY, icon)  # every app_icon() is the plain one
        QGuiApplication.setWindowIcon(icon)


def suggested_file_name(suggested: str) -> str:
    """``suggested`` as the app should offer it: with a disguise, the neutral name.

    The date or time in the suggestion is kept, so "session-summary-2026-12-02.pdf"
    becomes "Notes 2026-12-02.pdf" and "recovery-kit.pdf" becomes "Notes.pdf".
    """
    identity = current_identity()
    if not identity.disguised:
        return suggested
    stem, dot, suffix = suggested.rpartition(".")
    if not dot:
        stem, suffix = suggested, ""
    stamp = re.search(r"\d{4}-\d{2}-\d{2}(?:[ _T-]?\d{2}[.:h-]?\d{2}(?:[.:-]?\d{2})?)?", stem)
    name = _safe_for_files(identity.file_stem) or _safe_for_files(default_name()) or "Notes"
    if stamp is not None:
        name = f"{name} {stamp.group(0)}"
    return f"{name}.{suffix}" if suffix else name


def _safe_for_files(text: str) -> str:
    """The name without characters that file systems refuse."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", text).strip(" .")


# ---------------------------------------------------------------------- desktop entry


def _data_home(data_home: Path | None) -> Path:
    if data_home is not None:
        return data_home
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"


def neutral_entry_paths(data_home: Path | None = None) -> tuple[Path, Path]:
    """Where the neutral desktop entry and its icon go (the user's own data folders)."""
    home = _data_home(data_home)
    return (
        home / "applications" / f"{NEUTRAL_DESKTOP_NAME}.desktop",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{NEUTRAL_DESKTOP_NAME}.svg",
    )


def neutral_entry_text(identity: Identity, command: str = COMMAND_NAME) -> str:
    """The neutral desktop entry for ``identity`` (its name; the command cannot change)."""
    name = " ".join(identity.name.split()) or default_name()
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.5\n"
        f"Name={name}\n"
        f"Comment={name}\n"
        f"Exec={command}\n"
        f"Icon={NEUTRAL_DESKTOP_NAME}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "StartupNotify=true\n"
        f"StartupWMClass={NEUTRAL_DESKTOP_NAME}\n"
    )


def install_neutral_entry(identity: Identity, data_home: Path | None = None) -> Path:
    """Write the neutral desktop entry and its icon; returns the entry's path.

    Only the user's own data folders are written (``~/.local/share`` or
    ``$XDG_DATA_HOME``): ``applications/`` and ``icons/hicolor/scalable/apps/``.
    """
    from hj_journal.bundled import resource_path

    entry, icon = neutral_entry_paths(data_home)
    svg = resource_path("icons", "neutral", f"{identity.icon_name}.svg").read_bytes()
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    icon.write_bytes(svg)
    entry.write_text(neutral_entry_text(identity), encoding="utf-8")
    return entry


def remove_neutral_entry(data_home: Path | None = None) -> bool:
    """Take the neutral desktop entry and its icon away; True when there was one."""
    found = False
    for path in neutral_entry_paths(data_home):
        if path.is_file():
            path.unlink()
            found = True
    return found
