"""What every page is given: the unlocked vault's services and the app around them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.ui.hub import Hub


@dataclass
class UiContext:
    """Handed to every page. Lives only while the vault is unlocked."""

    services: Services
    hub: Hub
    paths: AppPaths
    # Plain app settings: theme, idle time, font size. Never personal content.
    app_settings: QSettings
