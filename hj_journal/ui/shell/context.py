"""What every page is given: the unlocked vault's services and the app around them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.platform.app_settings import AppSettings
from hj_journal.ui.platform.clipboard import ClipboardGuard
from hj_journal.ui.platform.worker import Jobs
from hj_journal.ui.shell.hub import Hub

if TYPE_CHECKING:  # the services (and SQLAlchemy's ORM) load only when a vault opens
    from hj_journal.core.services import Services


@dataclass
class UiContext:
    """Handed to every page. Lives only while the vault is unlocked.

    The app builds a fresh one (with a fresh :class:`Hub`) on every unlock and drops it
    on lock. The last three fields have defaults so that a test can build a context
    from the first four alone. From the moment it exists, the hub relays what the
    services announce (:meth:`Hub.relay`), so every page hears every save alike.
    """

    services: Services
    hub: Hub
    paths: AppPaths
    # Plain app settings: theme, idle time, font size. Never personal content.
    app_settings: AppSettings
    # Key derivation for new passphrases (tests pass KdfPolicy.fast_for_tests()).
    policy: KdfPolicy = field(default_factory=KdfPolicy.production)
    # Copy text with ctx.clipboard.copy(text): it is taken off the clipboard on lock.
    clipboard: ClipboardGuard = field(default_factory=ClipboardGuard)
    # Background work whose results arrive on the GUI thread (see hj_journal.ui.platform.worker).
    # The app waits for these jobs before it locks the vault.
    jobs: Jobs = field(default_factory=Jobs)

    def __post_init__(self) -> None:
        self.hub.relay(self.services.events)
