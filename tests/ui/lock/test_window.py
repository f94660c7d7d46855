"""The lock screen: welcome, create (with the recovery kit), unlock, recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry, recovery_key_groups
from hj_journal.paths import AppPaths
from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog
from tests.ui.shell_support import PASSPHRASE, MakeHarness, create_vault, open_vault, unlock

NEW_PASSPHRASE = "lantern harbour meadow violin"


def _fill_create(page: Any, label: str, passphrase: str, confirm: str | None = None) -> None:
    page.label_edit.setText(label)
    page.passphrase.setText(passphrase)
    page.confirm.setText(passphrase if confirm is None else confirm)


def test_a_newcomer_is_welcomed_and_guided_to_create_a_vault(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    assert lock.isVisible()
    assert lock.current_page is lock.welcome
    lock.welcome.create_button.click()
    assert lock.current_page is lock.create


def test_creating_a_vault_shows_the_kit_then_checks_a_group(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    lock.show_create()
    _fill_create(lock.create, "Blue notebook", NEW_PASSPHRASE)
    with qtbot.waitSignal(lock.vault_opened, timeout=10_000):
        lock.create.create_button.click()
    assert lock.current_page is lock.kit_page
    assert harness.controller.vault is not None and harness.controller.vault.is_unlocked
    shown = lock.kit.key_label.text()
    groups = shown.split()
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert harness.window is None  # not in yet: the kit comes first

    lock.kept_button.click()
    assert lock.current_page is lock.check_page
    wanted = groups[lock.check.index]
    wrong = "0000" if wanted != "0000" else "1111"
    lock.check.group_edit.setText(wrong)
    lock.check.check_button.click()
    assert lock.check.message.isVisibleTo(lock)
    assert lock.check.group_edit.selectedText() == wrong
    assert harness.window is None

    lock.check.group_edit.setText(wanted.lower())
    lock.check.check_button.click()
    qtbot.waitUntil(lambda: harness.window is not None and harness.window.isVisible())
    assert not lock.isVisible()
    assert lock.kit.key_label.text() == ""  # the key is not kept on screen
    # The vault really opens with the key that was shown.
    harness.controller.lock()
    vault = harness.registry.find("Blue notebook")
    vault.unlock_with_recovery_key("-".join(groups))
    vault.lock()


def test_the_kit_check_can_be_skipped_after_an_honest_warning(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    lock.show_create()
    _fill_create(lock.create, "", NEW_PASSPHRASE)
    with qtbot.waitSignal(lock.vault_opened, timeout=10_000):
        lock.create.create_button.click()
    lock.kept_button.click()
    lock.check.skip_button.click()
    assert lock.check.warning.isVisibleTo(lock)
    assert "not even you" in lock.check.warning.text()
    assert harness.window is None  # the first click only warns
    lock.check.skip_button.click()
    qtbot.waitUntil(lambda: harness.window is not None)
    assert harness.controller.vault.label == "Journal"


def _create_and_enter(qtbot: Any, harness: Any, label: str, *, practice: bool) -> None:
    """Create a vault on the lock screen, pass the recovery kit, and wait for the window."""
    lock = harness.lock_window
    lock.show_create()
    _fill_create(lock.create, label, NEW_PASSPHRASE)
    if practice:
        lock.create.practice.click()
    with qtbot.waitSignal(lock.vault_opened, timeout=10_000):
        lock.create.create_button.click()
    lock.kept_button.click()
    lock.check.skip_button.click()
    lock.check.skip_button.click()  # the second click skips, after an honest warning
    qtbot.waitUntil(lambda: harness.window is not None)


def _sections(harness: Any) -> list[str]:
    sidebar = harness.window.sidebar
    return [sidebar.item(row).data(Qt.ItemDataRole.UserRole) for row in range(sidebar.count())]


def test_the_practice_choice_is_optional_and_explained(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    create = make_harness().lock_window.create
    assert not create.practice.isChecked()  # a journal of your own unless chosen
    assert create.practice.text().replace("&", "") == "This vault is for my practice with clients"
    assert "Optional" in create.practice_note.text()
    assert "Sessions" in create.practice_note.text()
    assert create.practice.accessibleDescription() == create.practice_note.text()


def test_a_practice_vault_made_on_the_lock_screen_shows_sessions(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    _create_and_enter(qtbot, harness, "Practice", practice=True)
    assert Services.for_vault(harness.controller.vault).settings.is_practice_vault
    assert "sessions" in _sections(harness)


def test_a_personal_vault_made_on_the_lock_screen_has_no_sessions(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    _create_and_enter(qtbot, harness, "Journal", practice=False)
    assert not Services.for_vault(harness.controller.vault).settings.is_practice_vault
    assert "sessions" not in _sections(harness)
    assert "today" in _sections(harness)


def test_weak_or_mismatched_passphrases_are_refused_calmly(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    create = lock.create
    lock.show_create()
    _fill_create(create, "Blue", "password1")
    create.create_button.click()
    assert create.message.isVisibleTo(lock)
    assert "harder to guess" in create.message.text()
    assert create.meter.hints.isVisibleTo(lock)
    assert "common" in create.meter.hints.text()

    _fill_create(create, "Blue", NEW_PASSPHRASE, confirm=NEW_PASSPHRASE + "!")
    create.create_button.click()
    assert "different" in create.message.text()
    assert harness.registry.vaults() == []
    for word in ("fail", "invalid", "error", "wrong"):
        assert word not in create.message.text().casefold()


def test_a_label_already_in_use_is_pointed_out(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    lock.show_create()
    _fill_create(lock.create, "notebook", NEW_PASSPHRASE)
    lock.create.create_button.click()
    assert "already called" in lock.create.message.text()
    assert len(harness.registry.vaults()) == 1


def test_unlocking_with_the_passphrase_opens_the_main_window(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    assert lock.current_page is lock.unlock
    assert lock.unlock.single_vault.isVisibleTo(lock)
    assert "Notebook" in lock.unlock.single_vault.text()
    unlock(qtbot, harness)
    assert harness.controller.vault.is_unlocked
    assert not lock.isVisible()
    assert lock.unlock.passphrase.text() == ""


def test_a_wrong_passphrase_says_so_and_keeps_the_text_selected(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    page = harness.lock_window.unlock
    page.passphrase.setText("a calm and quiet rover")
    page.unlock_button.click()
    assert not page.unlock_button.isEnabled()  # busy while the key is derived
    assert page.busy.isVisibleTo(harness.lock_window)
    qtbot.waitUntil(lambda: page.message.isVisibleTo(harness.lock_window))
    assert "doesn't open this vault" in page.message.text()
    assert page.passphrase.text() == "a calm and quiet rover"
    assert page.passphrase.selectedText() == "a calm and quiet rover"
    assert page.passphrase.hasFocus() or not harness.lock_window.isActiveWindow()
    assert page.unlock_button.isEnabled()
    assert harness.window is None
    # Typing the right one over the selection works at once.
    unlock(qtbot, harness)


def test_several_vaults_are_offered_by_their_labels(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy
) -> None:
    create_vault(paths, policy, "Notebook")
    create_vault(paths, policy, "Practice")
    harness = make_harness()
    chooser = harness.lock_window.unlock.chooser
    assert chooser.isVisibleTo(harness.lock_window)
    assert [chooser.itemText(i) for i in range(chooser.count())] == ["Notebook", "Practice"]
    chooser.setCurrentIndex(1)
    unlock(qtbot, harness)
    assert harness.controller.vault.label == "Practice"


def _tab_order(window: QWidget, page: QWidget) -> list[QWidget]:
    """The page's controls in the order Tab reaches them."""
    order: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and len(order) < 200:
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def test_the_vault_chooser_comes_first_when_a_second_vault_appears(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy
) -> None:
    create_vault(paths, policy, "Notebook")
    harness = make_harness()
    lock = harness.lock_window
    page = lock.unlock
    assert page.findChildren(QComboBox) == []  # one vault is named, not offered
    assert page.single_vault.text() == "Vault: Notebook"
    create_vault(paths, policy, "Practice")
    lock.reset()
    assert page.chooser.isVisibleTo(lock) and not page.single_vault.isVisibleTo(lock)
    order = _tab_order(lock, page)
    assert order.index(page.chooser) < order.index(page.passphrase)
    assert order.index(page.passphrase) < order.index(page.unlock_button)
    page.chooser.setCurrentIndex(1)
    page.recovery_button.click()  # the recovery key form keeps the choice
    assert lock.recovery.current_vault().label == "Practice"


def test_the_recovery_key_unlocks_and_offers_a_new_passphrase(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    lock.unlock.recovery_button.click()
    assert lock.current_page is lock.recovery
    lock.recovery.secret.setText("0000-0000-0000-0000-0000-0000-0000")
    lock.recovery.unlock_button.click()
    qtbot.waitUntil(lambda: lock.recovery.message.isVisibleTo(lock))
    assert lock.recovery.secret.selectedText() == "0000-0000-0000-0000-0000-0000-0000"

    lock.recovery.secret.setText(" ".join(recovery_key_groups(created_vault)).lower())
    lock.recovery.unlock_button.click()
    qtbot.waitUntil(lambda: harness.window is not None)
    dialogs = harness.window.findChildren(ChangePassphraseDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert not dialog.current.isVisible()  # the forgotten passphrase is not asked for
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.confirm.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    harness.controller.lock()
    assert harness.registry.find("Notebook").check_passphrase(NEW_PASSPHRASE, policy=policy)


def test_a_late_unlock_after_quick_exit_is_locked_again(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    page = harness.lock_window.unlock
    vault = page.chooser.current_vault()
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    harness.controller.quick_exit()  # waits for the key, then locks what it opened
    assert not vault.is_unlocked
    jobs = harness.controller.jobs
    assert jobs.busy  # the unlock's result is still on its way…
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5_000)  # …arrives, and is turned away
    assert not vault.is_unlocked
    assert harness.window is None
    assert harness.controller.vault is None
    assert harness.quits == [1]


def test_back_from_create_returns_to_unlock(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    lock.unlock.create_button.click()
    lock.create.passphrase.setText("something typed")
    lock.create.back_button.click()
    assert lock.current_page is lock.unlock
    assert lock.create.passphrase.text() == ""
    vault = open_vault(paths, policy)
    vault.lock()


def test_a_passphrase_changed_on_another_device_is_asked_for_calmly(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy, tmp_path: Path
) -> None:
    """Locked here while the laptop rotated the key: the old passphrase shows nothing."""
    import shutil

    from hj_journal.core.sync.joining import join
    from tests.core.sync.support import PASSPHRASE as OLD
    from tests.core.sync.support import Device

    laptop = Device.first(tmp_path / "laptop", policy, "a")
    here = tmp_path / "here-synced"
    shutil.copytree(laptop.folder, here)
    vault = join(VaultRegistry(paths.vaults_dir), here, OLD, policy=policy, label="Notebook")
    vault.lock()
    laptop.vault.rotate_key(NEW_PASSPHRASE, policy=policy)
    laptop.sync.sync_now()
    shutil.copytree(laptop.folder, here, dirs_exist_ok=True)  # the sync tool, while locked
    laptop.close()
    harness = make_harness()
    page = harness.lock_window.unlock
    page.passphrase.setText(OLD)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.message.isVisibleTo(harness.lock_window), timeout=10_000)
    assert "changed on another device" in page.message.text()
    assert "type the new one" in page.message.text()
    assert page.passphrase.selectedText() == OLD  # ready to type over
    assert harness.window is None
    assert harness.controller.vault is None
    unlock(qtbot, harness, NEW_PASSPHRASE)  # the rotation path opens it
    opened = harness.controller.vault
    assert opened is not None and opened.is_unlocked


@pytest.mark.parametrize(
    ("theme", "scale"), [(t, s) for t in ("light", "high_contrast") for s in (100, 200)]
)
def test_the_passphrase_changed_elsewhere_sentence_fits_every_look(
    qtbot: Any,
    qapp: Any,
    theme: str,
    scale: int,
    tmp_path: Path,
    paths: AppPaths,
    policy: KdfPolicy,
) -> None:
    from PySide6.QtCore import QSize

    from hj_journal.ui.lock.window import LockWindow
    from hj_journal.ui.platform.worker import Jobs
    from tests.ui import support

    create_vault(paths, policy)
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", text_scale=scale):
        window = LockWindow(VaultRegistry(paths.vaults_dir), policy, Jobs())
        qtbot.addWidget(window)
        window.unlock.show_problem(
            window.tr(
                "This vault's passphrase was changed on another device: type the new "
                "one to open it here."
            )
        )
        support.render(
            qtbot, window, "lock-changed-elsewhere", f"{theme}-{scale}", QSize(1000, 700)
        )
        assert window.unlock.message.isVisibleTo(window)


def test_the_lock_screen_hears_quick_exit_itself_until_the_whole_app_does(
    qtbot: Any, paths: AppPaths, policy: KdfPolicy
) -> None:
    # Before its first paint the app-wide quick-exit keys are not listening yet (their
    # event filter would see every widget being built); the lock screen's own shortcut
    # hears them meanwhile, and stands down once the app-wide keys take over.
    from PySide6.QtTest import QTest

    from hj_journal.ui.lock.window import LockWindow
    from hj_journal.ui.platform.worker import Jobs

    window = LockWindow(VaultRegistry(paths.vaults_dir), policy, Jobs())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    heard: list[bool] = []
    window.quick_exit_requested.connect(lambda: heard.append(True))
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Q, both)
    assert heard == [True]
    window.hear_quick_exit_everywhere()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Q, both)
    assert heard == [True]  # the app-wide keys' to hear now (not installed in this test)


def test_the_quick_exit_mark_grows_with_the_text(
    qtbot: Any, qapp: Any, tmp_path: Path, paths: AppPaths, policy: KdfPolicy
) -> None:
    from hj_journal.ui.lock.window import LockWindow
    from hj_journal.ui.platform.worker import Jobs
    from tests.ui import support

    sizes = {}
    for scale in (100, 200):
        with support.app_theme(qapp, "light", tmp_path / f"theme-{scale}.ini", text_scale=scale):
            window = LockWindow(VaultRegistry(paths.vaults_dir), policy, Jobs())
            qtbot.addWidget(window)
            button = window.quick_exit_button
            sizes[scale] = button.iconSize().height()
            assert sizes[scale] >= min(button.fontMetrics().height(), 18)
    assert sizes[100] == 18  # as before at the usual size
    assert sizes[200] > 30  # a tiny mark beside large words no longer


def test_the_card_keeps_in_step_with_the_text_size_once_painted(
    qtbot: Any, paths: AppPaths, policy: KdfPolicy
) -> None:
    # Its width is set once as it is built and followed from the first paint on.
    from hj_journal.ui.lock.window import LockWindow
    from hj_journal.ui.platform.worker import Jobs

    window = LockWindow(VaultRegistry(paths.vaults_dir), policy, Jobs())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5_000):
        window.show()
    card = window._card
    before = card.width()
    font = window.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 2)
    window.setFont(font)
    qtbot.waitUntil(lambda: card.width() >= before * 1.5, timeout=5_000)
