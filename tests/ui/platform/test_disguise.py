"""A disguise and a lock screen that reveal nothing: what a passer-by can see while locked.

With a disguise on, every string the locked app holds (text, tooltips, accessible names,
window titles, the names Qt reports) is walked for the app's real name and for the words
that would give it away; the vault list can be hidden; quick exit can leave an empty
notes page; the welcome's words about shared computers are there to open, never pressed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from hj_journal.bundled import resource_path
from hj_journal.core.common import i18n
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.common.file_dialogs import ask_save_path
from hj_journal.ui.lock.create_page import CreatePage
from hj_journal.ui.platform import translations
from hj_journal.ui.platform.app_settings import AppSettings, open_settings
from hj_journal.ui.platform.disguise import (
    NEUTRAL_DESKTOP_NAME,
    REAL_DESKTOP_NAME,
    Identity,
    apply_identity,
    current_identity,
    identity_from,
    install_neutral_entry,
    neutral_icon,
    remove_neutral_entry,
    suggested_file_name,
)
from hj_journal.ui.platform.quick_exit import NeutralScreen
from tests.ui.shell_support import PASSPHRASE, MakeHarness, create_vault, unlock, widget_texts

# The real name, and the words that would say what the app is for.
GIVE_AWAY = re.compile(r"hj|healing|journal|safety|trauma", re.IGNORECASE)


@pytest.fixture(autouse=True)
def own_identity_afterwards(qapp: QApplication) -> Iterator[None]:
    """The identity lives on the application object: put the app's own one back."""
    yield
    apply_identity(Identity())


def _disguise(paths: AppPaths, **extra: Any) -> AppSettings:
    paths.ensure()
    settings = AppSettings(open_settings(paths))
    settings.disguise_on = True
    for key, value in extra.items():
        setattr(settings, key, value)
    return settings


def _give_aways(root: QWidget) -> list[str]:
    """Every string under ``root`` (hidden widgets too) that gives the app away."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for text in widget_texts(widget):
            if text and GIVE_AWAY.search(text):
                found.append(f"{type(widget).__name__}: {text!r}")
    return found


def _names_qt_reports() -> list[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    return [
        app.applicationName(),
        QGuiApplication.applicationDisplayName(),
        QGuiApplication.desktopFileName(),
        *titles,
    ]


def _all_pages(harness: Any) -> list[QWidget]:
    window = harness.lock_window
    return [window.welcome, window.unlock, window.recovery, window.create]


# ---------------------------------------------------------------------- the locked app


def test_the_locked_app_in_disguise_says_nothing_of_what_it_is(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy
) -> None:
    _disguise(paths)
    harness = make_harness()
    window = harness.lock_window
    qtbot.waitExposed(window)
    assert window.current_page is window.welcome  # no vault yet
    window.welcome.advice_button.click()  # the optional words, open
    for page in _all_pages(harness):
        window.stack.setCurrentWidget(page)
        assert _give_aways(window) == []
    assert [n for n in _names_qt_reports() if GIVE_AWAY.search(n)] == []
    assert window.windowTitle() == "Notes"
    assert QGuiApplication.desktopFileName() == NEUTRAL_DESKTOP_NAME
    plain = neutral_icon("notepad").pixmap(28, 28).toImage()
    assert window.logo.pixmap().toImage() == plain  # the plain icon, not the leaf

    # With a vault, listed (its neutral label shows) and unlisted (nothing shows).
    create_vault(paths, policy, label="Notebook")
    window.reset()
    assert window.current_page is window.unlock
    assert _give_aways(window) == []
    harness.controller.registry.unlisted = True
    window.reset()
    for page in _all_pages(harness):
        window.stack.setCurrentWidget(page)
        assert _give_aways(window) == []


def test_a_disguise_chosen_in_settings_renames_the_open_app_at_once(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, created_vault: str
) -> None:
    harness = make_harness()
    assert harness.lock_window.windowTitle() == "HJ Journal"
    unlock(qtbot, harness)
    settings = AppSettings(open_settings(paths))
    settings.disguise_on = True
    settings.disguise_name = "  Shopping   list "
    assert harness.controller.ctx is not None
    harness.controller.ctx.hub.settings_changed.emit()
    assert harness.window.windowTitle() == "Shopping list"
    assert QGuiApplication.applicationDisplayName() == "Shopping list"
    assert harness.window.actions_.about.text() == "&About Shopping list"  # Help ▸ About
    assert harness.lock_window.windowTitle() == "Shopping list"
    harness.controller.lock()
    assert _give_aways(harness.lock_window) == []  # its pages were worded again
    assert harness.lock_window.windowTitle() == "Shopping list"


def test_a_disguise_asked_for_at_creation_is_on_before_the_recovery_kit(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths
) -> None:
    harness = make_harness()
    page = harness.lock_window.create
    assert page.disguise.isVisibleTo(harness.lock_window.create)
    page.label_edit.setText("Kitchen")
    page.passphrase.setText(PASSPHRASE + " and more words")
    page.confirm.setText(PASSPHRASE + " and more words")
    page.disguise.setChecked(True)
    with qtbot.waitSignal(harness.lock_window.vault_opened, timeout=10_000):
        page.create_button.click()
    assert AppSettings(open_settings(paths)).disguise_on
    assert current_identity().disguised
    assert harness.lock_window.windowTitle() == "Notes"


def test_the_default_name_speaks_the_apps_language_and_is_never_stored(
    qapp: QApplication, paths: AppPaths, tmp_path: Path
) -> None:
    settings = _disguise(paths)  # on, with no name of the person's own
    assert identity_from(settings).name == "Notes"
    installed = translations.install(qapp, "es", tmp_path / "cache")
    try:
        assert identity_from(settings).name == "Notas"
        page = CreatePage()
        assert "“Notas”" in page.disguise.text()  # the word the disguise will show
        page.deleteLater()
        settings.disguise_name = "Shopping list"  # the person's own word: shown as typed
        assert identity_from(settings).name == "Shopping list"
        settings.disguise_name = ""
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(QLocale.system())
    # Nothing language-bound was written: English reads the same file as "Notes".
    assert AppSettings(open_settings(paths)).disguise_name == ""
    assert identity_from(settings).name == "Notes"


# ---------------------------------------------------------------------- file names


def test_every_suggested_file_name_takes_the_neutral_name(qapp: QApplication) -> None:
    apply_identity(Identity(True, "Notes"))
    assert suggested_file_name("session-summary-2026-12-02.pdf") == "Notes 2026-12-02.pdf"
    assert suggested_file_name("HJ Journal 2026-12-02 14-05.json") == "Notes 2026-12-02 14-05.json"
    assert suggested_file_name("Journal 2026-12-02.pdf") == "Notes 2026-12-02.pdf"
    assert suggested_file_name("recovery-kit.pdf") == "Notes.pdf"
    apply_identity(Identity(True, "My/list:"))
    assert suggested_file_name("recovery-kit.pdf") == "Mylist.pdf"
    apply_identity(Identity())
    assert suggested_file_name("recovery-kit.pdf") == "recovery-kit.pdf"


def test_the_save_dialog_offers_the_neutral_name(qtbot: Any, qapp: QApplication) -> None:
    apply_identity(Identity(True, "Notes"))
    offered: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        offered.extend(Path(p).name for p in dialog.selectedFiles())
        dialog.reject()

    QTimer.singleShot(0, look)
    assert (
        ask_save_path(None, "Save", "session-summary-2026-12-02.pdf", "PDF (*.pdf)", "pdf") is None
    )
    assert offered == ["Notes 2026-12-02.pdf"]


# ---------------------------------------------------------------------- unlisted vaults


def _two_vaults(paths: AppPaths, policy: KdfPolicy) -> list[tuple[str, str]]:
    made = []
    registry = VaultRegistry(paths.vaults_dir)
    for label, passphrase in (("Kitchen", "first calm river stone"), ("Garden", "second hill")):
        vault, _ = registry.create(label, passphrase, policy=policy)
        vault.lock()
        made.append((vault.folder.name, passphrase))
    return made


def test_unlisted_each_passphrase_opens_its_own_vault(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy
) -> None:
    made = _two_vaults(paths, policy)
    _disguise(paths, unlisted_vaults=True)
    harness = make_harness()
    page = harness.lock_window.unlock
    texts = [t for w in [page, *page.findChildren(QWidget)] for t in widget_texts(w)]
    assert not any("Kitchen" in t or "Garden" in t for t in texts)
    for folder, passphrase in made:
        unlock(qtbot, harness, passphrase)
        assert harness.controller.vault is not None
        assert harness.controller.vault.folder.name == folder
        harness.controller.lock()
    on_disk = " ".join(p.read_text() for p in paths.vaults_dir.glob("*/vault.json"))
    assert "Kitchen" not in on_disk and "Garden" not in on_disk


@pytest.mark.parametrize("count", [1, 3])
def test_unlisted_a_wrong_passphrase_says_the_same_whatever_vaults_exist(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy, count: int
) -> None:
    registry = VaultRegistry(paths.vaults_dir, unlisted=True)
    for n in range(count):
        registry.create(f"Room {n}", f"passphrase number {n} here", policy=policy)[0].lock()
    _disguise(paths, unlisted_vaults=True)
    harness = make_harness()
    page = harness.lock_window.unlock
    page.passphrase.setText("none of these at all")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=10_000)
    assert page.message.text() == (
        "That passphrase doesn't open anything here. Check that Caps Lock is off, and try again."
    )


def test_turning_unlisted_on_and_off_in_settings_moves_the_label(
    qtbot: Any, paths: AppPaths, policy: KdfPolicy, created_vault: str
) -> None:
    from hj_journal.ui.settings.privacy import PrivacyBox

    registry = VaultRegistry(paths.vaults_dir)
    (vault,) = registry.vaults()
    vault.unlock(PASSPHRASE, policy=policy)
    settings = AppSettings(open_settings(paths))
    box = PrivacyBox(settings, registry, vault)
    qtbot.addWidget(box)
    meta = vault.meta_path
    box.unlisted.setChecked(True)
    assert settings.unlisted_vaults and "label" not in json.loads(meta.read_text())
    assert vault.label == "Notebook"
    box.unlisted.setChecked(False)
    assert json.loads(meta.read_text())["label"] == "Notebook"
    vault.lock()


# ---------------------------------------------------------------------- quick exit, welcome


def test_quick_exit_can_leave_an_empty_notes_page(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, created_vault: str
) -> None:
    AppSettings(open_settings(paths)).quick_exit_neutral = True
    harness = make_harness()
    unlock(qtbot, harness)
    window, vault = harness.window, harness.controller.vault
    from PySide6.QtCore import Qt

    QTest.keyClick(
        window,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    screen = harness.controller.neutral_screen
    assert isinstance(screen, NeutralScreen) and screen.isVisible()
    assert screen.windowTitle() == "Notes" and screen.page.toPlainText() == ""
    assert not window.isVisible() and not harness.lock_window.isVisible()
    assert not vault.is_unlocked
    assert harness.quits == []  # it stays until closed
    assert _give_aways(screen) == []
    screen.close()
    assert harness.quits == [1]


def test_the_words_about_shared_computers_are_offered_not_pressed(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    welcome = harness.lock_window.welcome
    qtbot.waitExposed(harness.lock_window)
    assert welcome.advice.isHidden()  # skipped unless opened
    welcome.advice_button.click()
    assert welcome.advice.isVisible()
    words = " ".join(t for w in welcome.advice.findChildren(QWidget) for t in widget_texts(w))
    assert "spyware" in words and "Support lines for your country" in words
    assert "http" not in words  # no links
    with qtbot.waitSignal(welcome.create_requested):
        welcome.create_button.click()


# ---------------------------------------------------------------------- desktop entries


def test_the_desktop_entries_match_what_the_app_tells_the_window_system(
    tmp_path: Path, qapp: QApplication
) -> None:
    for name in (REAL_DESKTOP_NAME, NEUTRAL_DESKTOP_NAME):
        text = resource_path("desktop", f"{name}.desktop").read_text(encoding="utf-8")
        assert f"StartupWMClass={name}\n" in text
    neutral = resource_path("desktop", f"{NEUTRAL_DESKTOP_NAME}.desktop").read_text()
    assert not GIVE_AWAY.search(neutral.replace("Exec=hj-journal", ""))

    entry = install_neutral_entry(Identity(True, "Recipes", "grid"), data_home=tmp_path)
    assert entry == tmp_path / "applications" / "plain-notes.desktop"
    text = entry.read_text()
    assert "Name=Recipes\n" in text and f"StartupWMClass={NEUTRAL_DESKTOP_NAME}\n" in text
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "plain-notes.svg"
    assert icon.read_bytes() == resource_path("icons", "neutral", "grid.svg").read_bytes()
    assert sorted(
        p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*") if p.is_file()
    ) == [
        "applications",
        "icons",
    ]
    assert remove_neutral_entry(data_home=tmp_path)
    assert not entry.exists() and not icon.exists()
    apply_identity(Identity(True, "Notes"))
    assert QApplication.applicationName() == NEUTRAL_DESKTOP_NAME
    apply_identity(Identity())
    assert QGuiApplication.desktopFileName() == REAL_DESKTOP_NAME


def test_the_recovery_kit_names_the_disguise(qapp: QApplication) -> None:
    from datetime import date

    from hj_journal.store import recovery
    from hj_journal.ui.lock.recovery_kit import kit_html

    key = recovery.generate()
    apply_identity(Identity(True, "Notes"))
    page = kit_html("Kitchen", key, date(2026, 12, 2))
    assert "open Notes," in page and "HJ Journal" not in page
    apply_identity(Identity())
    assert "open HJ Journal," in kit_html("Kitchen", key, date(2026, 12, 2))


def test_unlisted_a_recovery_key_opens_its_own_vault(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy
) -> None:
    registry = VaultRegistry(paths.vaults_dir)
    keys = {}
    for label in ("Kitchen", "Garden"):
        vault, key = registry.create(label, f"{label} passphrase here", policy=policy)
        vault.lock()
        keys[vault.folder.name] = key
    AppSettings(open_settings(paths)).unlisted_vaults = True
    harness = make_harness()
    window = harness.lock_window
    window.unlock.recovery_button.click()
    assert window.current_page is window.recovery
    assert not window.recovery.single_vault.isVisibleTo(window.recovery)
    folder, key = sorted(keys.items())[1]
    window.recovery.secret.setText(key)
    with qtbot.waitSignal(window.ready, timeout=10_000) as opened:
        window.recovery.unlock_button.click()
    assert opened.args[0].folder.name == folder and opened.args[1] is True
