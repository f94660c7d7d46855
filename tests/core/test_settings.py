"""The vault's own settings (hj_journal.core.settings): declared once, typed, kept as stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hj_journal.core.services import Services
from hj_journal.core.settings import VaultSettings
from hj_journal.core.vaults import KdfPolicy, Vault

KEPT = Path(__file__).resolve().parents[1] / "data" / "vaults"
KEPT_PASSPHRASE = "sample vault passphrase"  # see tests/data/make_schema_vault.py


def _kept_revisions() -> list[str]:
    return sorted(p.name for p in KEPT.iterdir() if p.is_dir())


@pytest.mark.parametrize("revision", _kept_revisions())
def test_a_kept_vault_reads_as_a_personal_vault(
    revision: str, tmp_path: Path, policy: KdfPolicy
) -> None:
    """Each sample vault stored ``vault.kind = "personal"`` with the code of its day."""
    folder = tmp_path / revision
    shutil.copytree(KEPT / revision, folder)
    vault = Vault(folder)
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    try:
        assert not VaultSettings(vault).is_practice_vault
    finally:
        vault.lock()


def test_settings_have_defaults_and_persist(services: Services, policy) -> None:
    settings = services.settings
    assert not settings.is_practice_vault
    settings.set("vault.kind", "practice")
    settings.set("custom", {"a": [1, 2]})
    vault = services.vault
    vault.lock()
    vault.unlock("a calm and quiet river", policy=policy)
    assert settings.is_practice_vault
    assert settings.get("custom") == {"a": [1, 2]}
    assert settings.get("missing", "fallback") == "fallback"
