"""The lock screen window: welcome, unlock, recovery key, create, recovery kit.

It shows nothing personal beyond the vaults' neutral labels. Key derivation (unlock
and create) runs on the app's background jobs; while it runs the form is disabled and
a quiet line says what is happening; a problem is told in the app's own translated
words (:mod:`hj_journal.ui.common.vault_errors`). If the app locks or exits meanwhile (the
*epoch* moves on), a vault that opens late is locked again at once and never shown.

Only the page on show is built when the window opens (the welcome, or the unlock form);
each other page, and its module, is built the first time it is needed, so the lock
screen is painted quickly at start-up.

With a disguise on (:mod:`hj_journal.ui.platform.disguise`) the title, logo, heading and every
page speak of the disguise's neutral name; :meth:`retitle` follows a change. With "Don't
list my vaults" on (the registry's ``unlisted``), no vault is named or counted: the
passphrase (or recovery key) is tried against each vault in turn on the background jobs,
and a wrong one gives the same sentence whichever vaults exist.

Signals to the controller: :attr:`vault_opened` as soon as a vault is unlocked (so it
can be locked by auto-lock or quick exit even during the recovery kit), then
:attr:`ready` when the person moves on to the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.vaults import (
    KdfPolicy,
    LabelTakenError,
    PassphraseChangedElsewhereError,
    Vault,
    VaultDamagedError,
    VaultError,
    VaultRegistry,
    WrongSecretError,
    unlock_any_with_passphrase,
    unlock_with_passphrase,
)
from hj_journal.ui.common.widgets import (
    Card,
    fixed_width,
    page_scroll,
    text_label,
    text_scale_of,
)
from hj_journal.ui.lock.switcher import PageSwitcher
from hj_journal.ui.platform.disguise import current_identity
from hj_journal.ui.platform.icons import set_icon
from hj_journal.ui.platform.quick_exit import QUICK_EXIT_KEYS
from hj_journal.ui.platform.worker import Jobs, report_unexpected

if TYPE_CHECKING:
    from hj_journal.core.data.restore import Rescue
    from hj_journal.ui.lock.create_page import CreatePage
    from hj_journal.ui.lock.recovery_kit import KitCheck, KitView
    from hj_journal.ui.lock.unlock_page import RecoveryPage, UnlockPage, _SecretPage
    from hj_journal.ui.lock.welcome_page import WelcomePage

CARD_WIDTH = 500

# The pages' modules, for warming up while the lock screen waits.
PAGE_MODULES = (
    "hj_journal.ui.lock.welcome_page",
    "hj_journal.ui.lock.unlock_page",
    "hj_journal.ui.lock.create_page",
    "hj_journal.ui.lock.recovery_kit",
    "hj_journal.ui.common.vault_errors",
)


class LockWindow(QWidget):
    """See the module docstring."""

    first_painted = Signal()  # once: start-up work that can wait may begin
    vault_opened = Signal(object)  # Vault
    ready = Signal(object, bool)  # Vault, opened with the recovery key
    created = Signal(object)  # Vault: just made, its recovery kit done; ready follows
    quick_exit_requested = Signal()
    quit_requested = Signal()
    disguise_chosen = Signal()  # at creation, the person asked for a neutral name and icon

    def __init__(
        self,
        registry: VaultRegistry,
        policy: KdfPolicy,
        jobs: Jobs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._policy = policy
        self._jobs = jobs
        self._epoch = 0
        self._busy_vault: Vault | None = None
        self._damaged: Vault | None = None  # a vault found damaged, with backups
        self._new_vault: Vault | None = None
        self._new_key = ""
        self._pages: dict[str, QWidget] = {}  # the pages built so far, by name
        self._vaults: list[Vault] = []  # as last listed, for pages built later
        self._preferred: Vault | None = None
        self._reduced_motion = False
        self._painted = False
        self._words_for = self._words_now()  # what the pages built so far were worded for
        self._build()
        self.show_identity()
        self._connect_signals()
        self.resize(1180, 780)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.stack = PageSwitcher()
        card = Card(margin=32)
        # Wider as the text grows: set once here, and followed from the first paint on
        # (fixed_width watches the card's events from Python, which would have PySide
        # wrap each event the card gets while the screen is built and shown).
        card.setFixedWidth(round(CARD_WIDTH * text_scale_of(card)))
        self._card = card
        card.body.addWidget(self.stack)

        top = QHBoxLayout()
        top.setContentsMargins(20, 14, 16, 0)
        self.logo = QLabel()
        self.name_label = QLabel()
        self.name_label.setProperty("role", "muted")
        top.addWidget(self.logo)
        top.addWidget(self.name_label)
        top.addStretch(1)
        self.quick_exit_button = QPushButton(self.tr("Quick exit"))
        set_icon(self.quick_exit_button, "quick-exit")  # its size follows the text (below)
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit: hide the app at once"))
        self.quick_exit_button.setToolTip(self.tr("Hides the app at once (Ctrl+Shift+Q)"))
        self.quick_exit_button.setAutoDefault(False)
        top.addWidget(self.quick_exit_button)

        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        centre.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 24)
        outer.addLayout(top)
        # In a small window or at large text the card scrolls rather than squeezes.
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(1)
        column.addLayout(centre)
        column.addStretch(2)
        outer.addWidget(page_scroll(holder), 1)
        self._quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        # Until the app-wide quick-exit keys listen (from the first paint on, see
        # hear_quick_exit_everywhere), this window hears them itself.
        self._quick_exit_shortcut = QShortcut(QKeySequence(QUICK_EXIT_KEYS), self)

    def show_identity(self) -> None:
        """Title, icon, logo and name as the disguise (or its absence) has them."""
        identity = current_identity()
        self.setWindowTitle(identity.name)
        icon = identity.icon()
        self.setWindowIcon(icon)
        self.setAccessibleName(self.tr("{name} is locked").format(name=identity.name))
        side = max(28, round(self.name_label.fontMetrics().height() * 1.6))  # grows with text
        self.logo.setPixmap(icon.pixmap(side, side))
        mark = max(18, self.quick_exit_button.fontMetrics().height())  # as tall as its words
        self.quick_exit_button.setIconSize(QSize(mark, mark))
        self.logo.setAccessibleName(identity.name)
        self.name_label.setText(identity.name)

    def retitle(self) -> None:
        """Follow a change of disguise or of "Don't list my vaults" (from Settings).

        The pages built so far are dropped, so each is built again in the new words.
        """
        self.show_identity()
        self._words_for = self._words_now()
        self._forget_kit()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.setParent(None)  # out of the window at once: nothing of it lingers
            page.deleteLater()
        self._pages.clear()
        self.refresh(self._preferred)

    def _words_now(self) -> tuple[object, bool]:
        return current_identity(), self._registry.unlisted

    def _connect_signals(self) -> None:
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        self._quit_shortcut.activated.connect(self.quit_requested)
        self._quick_exit_shortcut.activated.connect(self.quick_exit_requested)

    def hear_quick_exit_everywhere(self) -> None:
        """The app-wide quick-exit keys now listen; this window's own shortcut stands down.

        The app-wide keys are an event filter on the whole application, which has every
        event of every widget pass through Python; installed before the first paint it
        would make PySide wrap each of the lock screen's widgets, events and its style
        while they are being built. This window's shortcut is handled by Qt alone and
        covers the moments before that, when the lock screen is all there is.
        """
        self._quick_exit_shortcut.setEnabled(False)

    # ------------------------------------------------------------------ pages, built on demand

    def _page(self, name: str) -> QWidget:
        page = self._pages.get(name)
        if page is None:
            page = getattr(self, f"_build_{name}")()
            self._pages[name] = page
            self.stack.addWidget(page)
        return page

    def _built(self, name: str) -> QWidget | None:
        """The page called ``name`` if it has been built (nothing to wipe otherwise)."""
        return self._pages.get(name)

    def _build_welcome(self) -> WelcomePage:
        from hj_journal.ui.lock.welcome_page import WelcomePage

        page = WelcomePage()
        page.create_requested.connect(self.show_create)
        page.join_requested.connect(self.ask_join)
        return page

    def _build_unlock(self) -> UnlockPage:
        from hj_journal.ui.lock.unlock_page import UnlockPage

        page = UnlockPage()
        self._prepare_secret_page(page)
        page.unlock_requested.connect(self._unlock_with_passphrase)
        page.restore_requested.connect(lambda: self._restore_damaged(page, recovery=False))
        page.recovery_requested.connect(self._show_recovery)
        page.create_requested.connect(self.show_create)
        page.join_requested.connect(self.ask_join)
        return page

    def _build_recovery(self) -> RecoveryPage:
        from hj_journal.ui.lock.unlock_page import RecoveryPage

        page = RecoveryPage()
        self._prepare_secret_page(page)
        page.unlock_requested.connect(self._unlock_with_recovery_key)
        page.restore_requested.connect(lambda: self._restore_damaged(page, recovery=True))
        page.back_requested.connect(self._show_unlock)
        return page

    def _prepare_secret_page(self, page: _SecretPage) -> None:
        page.set_unlisted(self._registry.unlisted)
        page.set_vaults(self._vaults, self._preferred)
        page.busy.reduced_motion = self._reduced_motion

    def _build_create(self) -> CreatePage:
        from hj_journal.ui.lock.create_page import CreatePage

        page = CreatePage()
        page.offer_disguise(not current_identity().disguised)
        page.busy.reduced_motion = self._reduced_motion
        page.create_requested.connect(self._create)
        page.back_requested.connect(self._back_from_create)
        return page

    def _build_kit_page(self) -> QWidget:
        from hj_journal.ui.lock.recovery_kit import KitView

        page = QWidget()
        kit_box = QVBoxLayout(page)
        kit_box.setContentsMargins(0, 0, 0, 0)
        kit_box.setSpacing(12)
        kit_box.addWidget(text_label(self.tr("Your recovery key"), "heading"))
        self._kit = KitView()
        kit_box.addWidget(self._kit)
        row = QHBoxLayout()
        row.addStretch(1)
        self._kept_button = QPushButton(self.tr("I've kept it"))
        self._kept_button.setProperty("role", "primary")
        self._kept_button.setDefault(True)
        row.addWidget(self._kept_button)
        kit_box.addLayout(row)
        self._kept_button.clicked.connect(self._to_check)
        return page

    def _build_check_page(self) -> QWidget:
        from hj_journal.ui.lock.recovery_kit import KitCheck

        page = QWidget()
        check_box = QVBoxLayout(page)
        check_box.setContentsMargins(0, 0, 0, 0)
        check_box.setSpacing(12)
        check_box.addWidget(text_label(self.tr("Check your recovery key"), "heading"))
        self._check = KitCheck()
        check_box.addWidget(self._check)
        self._check.back_requested.connect(lambda: self._show(self.kit_page, self.kept_button))
        self._check.confirmed.connect(self._kit_done)
        self._check.skipped.connect(self._kit_done)
        return page

    @property
    def welcome(self) -> WelcomePage:
        """The first welcome, for someone with no vault yet."""
        return self._page("welcome")  # type: ignore[return-value]

    @property
    def unlock(self) -> UnlockPage:
        """The passphrase form."""
        return self._page("unlock")  # type: ignore[return-value]

    @property
    def recovery(self) -> RecoveryPage:
        """The recovery-key form."""
        return self._page("recovery")  # type: ignore[return-value]

    # Shadows QWidget.create() (making the native window), which nothing here calls;
    # "create" reads as the page's name everywhere this window is used.
    @property
    def create(self) -> CreatePage:  # type: ignore[override]
        """The create-a-vault form."""
        return self._page("create")  # type: ignore[return-value]

    @property
    def kit_page(self) -> QWidget:
        """The page showing a new vault's recovery key."""
        return self._page("kit_page")

    @property
    def kit(self) -> KitView:
        """The recovery key itself, with Save as PDF and Print."""
        self._page("kit_page")
        return self._kit

    @property
    def kept_button(self) -> QPushButton:
        """ "I've kept it", under the recovery key."""
        self._page("kit_page")
        return self._kept_button

    @property
    def check_page(self) -> QWidget:
        """The page asking for one group of the recovery key back."""
        return self._page("check_page")

    @property
    def check(self) -> KitCheck:
        """The recovery key check."""
        self._page("check_page")
        return self._check

    # ------------------------------------------------------------------ navigation

    def _show(self, page: QWidget, focus: QWidget | None = None) -> None:
        self.stack.setCurrentWidget(page)
        if focus is not None:
            focus.setFocus()

    def refresh(self, preferred: Vault | None = None) -> None:
        """Show the unlock form, or the welcome when there is no vault yet."""
        vaults = self._registry.vaults()
        self._vaults, self._preferred = vaults, preferred
        for name in ("unlock", "recovery"):
            page = self._built(name)
            if page is not None:
                page.set_unlisted(self._registry.unlisted)  # type: ignore[attr-defined]
                page.set_vaults(vaults, preferred)  # type: ignore[attr-defined]
        if vaults or self._registry.unlisted:  # unlisted: not even "none yet" shows
            self._show_unlock()
        else:
            self._show(self.welcome, self.welcome.create_button)

    @Slot()
    def _show_unlock(self) -> None:
        self._wipe("recovery")
        self._show(self.unlock, self.unlock.passphrase)

    @Slot()
    def _show_recovery(self) -> None:
        self.recovery.set_vaults(self._vaults, self.unlock.current_vault())
        self._show(self.recovery, self.recovery.secret)

    @Slot()
    def show_create(self) -> None:
        """Show the create-a-vault form."""
        self.create.wipe()
        self._show(self.create, self.create.label_edit)

    @Slot()
    def _back_from_create(self) -> None:
        self.create.wipe()
        self.refresh()

    @property
    def current_page(self) -> QWidget | None:
        """The page on show (for tests)."""
        return self.stack.currentWidget()

    def set_reduced_motion(self, reduced: bool) -> None:
        """Replace the moving progress bar with words alone."""
        self._reduced_motion = reduced
        for name in ("unlock", "recovery", "create"):
            page = self._built(name)
            if page is not None:
                page.busy.reduced_motion = reduced  # type: ignore[attr-defined]

    def _wipe(self, *names: str) -> None:
        """Forget what was typed into the pages called ``names`` (those built so far)."""
        for name in names:
            page = self._built(name)
            if page is not None:
                page.wipe()  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ unlocking

    @Slot(object, str)
    def _unlock_with_passphrase(self, vault: Vault | None, passphrase: str) -> None:
        from hj_journal.core.attempts import APP  # a wrong passphrase joins the sealed record

        policy, registry, first = self._policy, self._registry, self._preferred
        if vault is None:  # unlisted: the passphrase decides which vault opens

            def work() -> Vault:
                # A vault whose key was rotated on another device takes it first.
                return unlock_any_with_passphrase(
                    registry, passphrase, policy=policy, first=first, attempt_from=APP
                )

        else:
            chosen = vault

            def work() -> Vault:
                # Keeps step with a passphrase changed on another device (see core).
                unlock_with_passphrase(chosen, passphrase, policy=policy, attempt_from=APP)
                registry.settle_label(chosen)  # a label kept inside comes back
                return chosen

        self._start_unlock(self.unlock, vault, work, False)

    @Slot(object, str)
    def _unlock_with_recovery_key(self, vault: Vault | None, key: str) -> None:
        from hj_journal.core.attempts import APP

        registry, first = self._registry, self._preferred
        if vault is None:

            def work() -> Vault:
                return registry.unlock_any_with_recovery_key(key, first=first, attempt_from=APP)

        else:
            chosen = vault

            def work() -> Vault:
                chosen.unlock_with_recovery_key(key, attempt_from=APP)
                registry.settle_label(chosen)
                return chosen

        self._start_unlock(self.recovery, vault, work, True)

    def _start_unlock(
        self, page: _SecretPage, vault: Vault | None, work: Callable[[], Vault], recovery: bool
    ) -> None:
        epoch = self._epoch
        self._busy_vault = vault
        opening = (
            self.tr("Opening…")
            if current_identity().disguised
            else self.tr("Opening your journal…")
        )
        page.set_busy(True, opening)
        self._jobs.start(
            work,
            on_done=lambda opened: self._unlocked(epoch, opened, recovery),
            on_error=lambda error: self._not_unlocked(epoch, page, error),
            guard=self,
        )

    @Slot()
    def ask_join(self) -> None:
        """Join a vault kept in a synced folder: this computer's own copy, then open it."""
        from hj_journal.ui.sync.join_dialog import JoinDialog

        request = JoinDialog.ask(self)
        if request is None:
            return
        from hj_journal.core.sync.joining import join

        registry, policy, epoch = self._registry, self._policy, self._epoch

        def work() -> Vault:
            return join(
                registry,
                request.folder,
                request.passphrase,
                policy=policy,
                label=request.label,
            )

        self._jobs.start(
            work,
            on_done=lambda opened: self._unlocked(epoch, opened, False),
            on_error=self._not_joined,
            guard=self,
        )

    def _not_joined(self, error: BaseException) -> None:
        from hj_journal.core.common.errors import InputError
        from hj_journal.ui.common.calm_dialog import inform
        from hj_journal.ui.common.vault_errors import vault_error_text

        if isinstance(error, VaultError):
            text = vault_error_text(error)
        elif isinstance(error, InputError):
            text = str(error)
        elif isinstance(error, OSError):
            text = self.tr("The synced folder could not be read.")
        else:
            report_unexpected(error)
            return
        inform(self, self.tr("Join a vault from a synced folder"), text)

    def _unlocked(self, epoch: int, vault: Vault, recovery: bool) -> None:
        self._busy_vault = None
        if epoch != self._epoch:  # locked or exited meanwhile: never show it
            vault.lock()
            return
        self._wipe("unlock", "recovery")
        self.vault_opened.emit(vault)
        self.ready.emit(vault, recovery)

    def _not_unlocked(self, epoch: int, page: _SecretPage, error: BaseException) -> None:
        vault, self._busy_vault = self._busy_vault, None
        if epoch != self._epoch:
            return
        if isinstance(error, VaultDamagedError) and vault is not None and self._has_backups(vault):
            self._damaged = vault
            page.offer_restore(
                self.tr(
                    "This vault's files are damaged, so it wasn't opened, and nothing in it "
                    "was changed. Your newest backup that passes every check can be brought "
                    "back as a new vault beside it; the damaged one is kept as it is."
                )
            )
            return
        if isinstance(error, PassphraseChangedElsewhereError):
            page.show_problem(
                self.tr(
                    "This vault's passphrase was changed on another device: type the new "
                    "one to open it here."
                )
            )
            return
        if isinstance(error, VaultError):
            from hj_journal.ui.common.vault_errors import vault_error_text

            recovery = page is self.recovery
            if self._registry.unlisted and type(error) is WrongSecretError:
                page.show_problem(self._unlisted_wrong_text(recovery))
            else:
                page.show_problem(vault_error_text(error, recovery_key=recovery))
        else:
            page.set_busy(False)
            report_unexpected(error)

    # ------------------------------------------------------------------ a damaged vault

    def _backup_root(self) -> Path:
        return self._registry.vaults_dir.parent / "backups"  # beside vaults/ (AppPaths)

    def _has_backups(self, vault: Vault) -> bool:
        folder = self._backup_root() / vault.folder.name
        return folder.is_dir() and any(child.is_dir() for child in folder.iterdir())

    def _restore_damaged(self, page: _SecretPage, *, recovery: bool) -> None:
        """Bring the damaged vault's newest good backup back as a new vault beside it."""
        from hj_journal.core.data.restore import restore_newest_good

        damaged = self._damaged
        secret = page.secret.text()
        if damaged is None or not secret:
            return
        registry, policy, root = self._registry, self._policy, self._backup_root()

        def work() -> Rescue | None:
            if recovery:
                return restore_newest_good(damaged, registry, root, recovery_key=secret)
            return restore_newest_good(damaged, registry, root, passphrase=secret, policy=policy)

        page.restore_button.hide()
        page.set_busy(True, self.tr("Checking and restoring your newest backup…"))
        epoch = self._epoch
        self._jobs.start(
            work,
            on_done=lambda rescue: self._restored(epoch, page, rescue),
            on_error=lambda error: self._not_restored(epoch, page, error),
            guard=self,
        )

    def _restored(self, epoch: int, page: _SecretPage, rescue: Rescue | None) -> None:
        if epoch != self._epoch:
            return
        page.set_busy(False)
        if rescue is None:
            page.show_problem(
                self.tr(
                    "None of this vault's backups could be checked and restored with what "
                    "you typed. Nothing was changed."
                )
            )
            return
        self._damaged = None
        restored = rescue.vault
        from hj_journal.ui.common.dates import qdatetime  # not needed before the first paint

        when = QLocale().toString(
            qdatetime(rescue.backup.created.astimezone()), QLocale.FormatType.ShortFormat
        )
        self.refresh(preferred=restored)
        shown = self.recovery if page is self.recovery else self.unlock
        if page is self.recovery:
            self._show_recovery()
        shown.message.show_message(
            self.tr(
                "Your backup from {when} is back as a new vault, “{label}”, chosen below. It "
                "opens with what you just typed. The damaged vault is kept as it was."
            ).format(when=when, label=restored.label)
        )

    def _not_restored(self, epoch: int, page: _SecretPage, error: BaseException) -> None:
        if epoch != self._epoch:
            return
        page.set_busy(False)
        if isinstance(error, VaultError):
            from hj_journal.ui.common.vault_errors import vault_error_text

            page.show_problem(vault_error_text(error))
        else:
            report_unexpected(error)

    def _unlisted_wrong_text(self, recovery: bool) -> str:
        """One sentence for a wrong secret, whichever vaults exist (and however many)."""
        if recovery:
            return self.tr(
                "That recovery key doesn't open anything here. Check it against your kit "
                "and try again."
            )
        return self.tr(
            "That passphrase doesn't open anything here. Check that Caps Lock is off, "
            "and try again."
        )

    # ------------------------------------------------------------------ creating

    @Slot(str, str, bool)
    def _create(self, label: str, passphrase: str, practice: bool) -> None:
        try:
            self._registry.check_label_free(label)
        except LabelTakenError:
            self.create.show_problem(
                self.tr(
                    "Another vault is already called “{label}”. Please choose another name."
                ).format(label=label)
            )
            return
        epoch = self._epoch
        registry, policy = self._registry, self._policy

        disguise = self.create.disguise_wanted()

        def work() -> tuple[Vault, str]:
            vault, key = registry.create(label, passphrase, policy=policy)
            if practice:
                from hj_journal.core.services import Services
                from hj_journal.core.settings import VaultKind

                Services.for_vault(vault).settings.vault_kind = VaultKind.PRACTICE
            return vault, key

        self.create.set_busy(True)
        self._jobs.start(
            work,
            on_done=lambda result: self._created(epoch, *result, disguise=disguise),
            on_error=self._not_created,
            guard=self,
        )

    def _created(self, epoch: int, vault: Vault, key: str, *, disguise: bool = False) -> None:
        if epoch != self._epoch:
            vault.lock()
            return
        if disguise:
            self.disguise_chosen.emit()  # the controller puts it on before the kit shows
        self.create.wipe()
        self._new_vault, self._new_key = vault, key
        self.vault_opened.emit(vault)
        self.kit.show_key(vault.label, key)
        self._show(self.kit_page, self.kept_button)

    def _not_created(self, error: BaseException) -> None:
        if isinstance(error, VaultError):
            from hj_journal.ui.common.vault_errors import vault_error_text

            self.create.show_problem(vault_error_text(error))
        else:
            self.create.set_busy(False)
            report_unexpected(error)

    @Slot()
    def _to_check(self) -> None:
        self.check.start(self._new_key)
        self._show(self.check_page, self.check.group_edit)

    @Slot()
    def _kit_done(self) -> None:
        vault = self._new_vault
        self._forget_kit()
        if vault is not None:
            self.created.emit(vault)
            self.ready.emit(vault, False)

    def _forget_kit(self) -> None:
        self._new_vault, self._new_key = None, ""
        if self._built("kit_page") is not None:
            self._kit.wipe()
        if self._built("check_page") is not None:
            self._check.wipe()

    # ------------------------------------------------------------------ lock and close

    def reset(self, preferred: Vault | None = None) -> None:
        """Forget everything typed or shown and return to the unlock form.

        Anything still being unlocked is abandoned: when it finishes, it is locked.
        """
        from PySide6.QtWidgets import QDialog  # here: not needed before the first paint

        self._epoch += 1
        for dialog in self.findChildren(QDialog):  # a file or print dialog left open
            if dialog.isVisible():
                dialog.reject()
                dialog.hide()
        if self._busy_vault is not None:
            self._busy_vault.lock()
        self._wipe("unlock", "recovery", "create")
        self._forget_kit()
        if self._words_for != self._words_now():  # a disguise or the list changed meanwhile
            self._preferred = preferred
            self.retitle()
        self.refresh(preferred)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint as any widget does; the first time, say so (see :attr:`first_painted`)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            fixed_width(self._card, CARD_WIDTH)  # from now on the card follows the text size
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the lock screen quits the app."""
        event.ignore()
        self.quit_requested.emit()
