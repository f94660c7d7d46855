"""Shared test set-up: offscreen Qt, a network guard, and a fresh data folder per test."""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Qt must never look for a display, and tests must never see the user's settings.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("HJ_PASSPHRASE", None)
# English unless a test chooses a language: the command line follows the terminal's.
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LANG"] = "C.UTF-8"

import pytest

from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from hj_journal.paths import AppPaths
from tests.helpers import (
    NETGUARD_DIR,
    PASSPHRASE,
    REPO,
    GuardedSocket,
    NetworkUsedError,
    cli_command,
    socket_attempts,
    subprocess_env,
)

__all__ = [
    "NETGUARD_DIR",
    "PASSPHRASE",
    "REPO",
    "NetworkUsedError",
    "cli_command",
    "subprocess_env",
]


# ---------------------------------------------------------------------- network guard


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that opens a socket, even if the code under test swallows the error."""
    monkeypatch.setattr(socket, "socket", GuardedSocket)
    socket_attempts.clear()
    yield
    if socket_attempts:
        attempts = list(socket_attempts)
        socket_attempts.clear()
        pytest.fail(f"a socket was opened during this test: {attempts}")


# ---------------------------------------------------------------------- folders and vaults


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """A private data folder for this test; the temp folder is private too."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    app_paths = AppPaths.under(tmp_path / "data")
    app_paths.ensure()
    return app_paths


@pytest.fixture
def policy() -> KdfPolicy:
    """Fast key derivation for tests (one test checks the production policy)."""
    return KdfPolicy.fast_for_tests()


@pytest.fixture
def registry(paths: AppPaths) -> VaultRegistry:
    """The test's vault registry."""
    return VaultRegistry(paths.vaults_dir)


@pytest.fixture
def created(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[tuple[Vault, str]]:
    """A new, unlocked vault and its recovery key."""
    vault, recovery_key = registry.create("Notebook", PASSPHRASE, policy=policy)
    yield vault, recovery_key
    vault.lock()


@pytest.fixture
def vault(created: tuple[Vault, str]) -> Vault:
    """A new, unlocked vault."""
    return created[0]


@pytest.fixture
def services(vault: Vault) -> Services:
    """Core services over a new, unlocked vault."""
    return Services.for_vault(vault)
