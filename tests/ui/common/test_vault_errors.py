"""The store's vault errors reach people in the app's own translated words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from hj_journal.core.vaults import (
    LabelTakenError,
    RecoveryKeyFormatError,
    UnsupportedVaultError,
    VaultDamagedError,
    VaultError,
    VaultNotFoundError,
    WrongSecretError,
)
from hj_journal.paths import AppPaths
from hj_journal.ui.common.vault_errors import vault_error_text
from tests.ui.shell_support import MakeHarness

STORE_TEXT = "A sentence from the store."
ERRORS = [
    RecoveryKeyFormatError,
    WrongSecretError,
    VaultDamagedError,
    UnsupportedVaultError,
    VaultNotFoundError,
    LabelTakenError,
]


class Marking(QTranslator):
    """A translation that marks every sentence of the vault errors' context."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[translated] {source}" if context == "VaultErrors" else ""


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("kind", ERRORS, ids=[k.__name__ for k in ERRORS])
def test_each_kind_has_its_own_translated_sentence(marking: None, kind: type) -> None:
    text = vault_error_text(kind(STORE_TEXT))
    assert text.startswith("[translated] ")
    assert STORE_TEXT not in text
    for word in ("fail", "invalid", "error", "wrong"):
        assert word not in text.casefold()


def test_the_sentences_differ_and_a_recovery_key_is_named_as_such(qapp: QApplication) -> None:
    texts = {vault_error_text(kind(STORE_TEXT)) for kind in ERRORS}
    assert len(texts) == len(ERRORS)
    assert "passphrase" in vault_error_text(WrongSecretError(STORE_TEXT))
    assert "recovery key" in vault_error_text(WrongSecretError(STORE_TEXT), recovery_key=True)


def test_any_other_vault_error_keeps_the_store_sentence(qapp: QApplication) -> None:
    assert vault_error_text(VaultError(STORE_TEXT)) == STORE_TEXT


def test_a_damaged_vault_is_told_in_the_apps_words(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    harness = make_harness()
    vault = harness.registry.find("Notebook")
    vault.key_path.write_text("not a key file", encoding="utf-8")
    page = harness.lock_window.unlock
    page.passphrase.setText("a calm and quiet river")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.message.isVisibleTo(harness.lock_window), timeout=10_000)
    assert page.message.text() == vault_error_text(VaultDamagedError(STORE_TEXT))
    assert harness.window is None


def test_a_mistyped_recovery_key_is_told_in_the_apps_words(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    lock = harness.lock_window
    lock.unlock.recovery_button.click()
    page = lock.recovery
    page.secret.setText("ABCD-EFGH")  # too short
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.message.isVisibleTo(lock), timeout=10_000)
    assert page.message.text() == vault_error_text(RecoveryKeyFormatError(STORE_TEXT))
    assert "check each group" in page.message.text()
