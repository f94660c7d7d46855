"""'Don't list my vaults': the passphrase decides which vault opens; no label on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry, WrongSecretError

PASSPHRASES = ("first calm river stone", "second quiet hill path", "third slow warm tide")
LABELS = ("Kitchen", "Garden", "Attic")


def _make(registry: VaultRegistry, policy: KdfPolicy, count: int) -> list[tuple[Vault, str]]:
    made = []
    for label, passphrase in list(zip(LABELS, PASSPHRASES, strict=True))[:count]:
        vault, key = registry.create(label, passphrase, policy=policy)
        vault.lock()
        made.append((vault, key))
    return made


def _plain_text_on_disk(vaults_dir: Path) -> str:
    """Everything readable in the vault list: every vault.json, and the folder names."""
    parts = [p.name for p in vaults_dir.iterdir()]
    parts += [p.read_text(encoding="utf-8") for p in vaults_dir.glob("*/vault.json")]
    return "\n".join(parts)


def test_each_passphrase_opens_its_own_vault(tmp_path: Path, policy: KdfPolicy) -> None:
    registry = VaultRegistry(tmp_path / "vaults")
    made = _make(registry, policy, 2)
    registry.set_unlisted(True, None)
    for (vault, _key), passphrase in zip(made, PASSPHRASES, strict=False):
        opened = registry.unlock_any(passphrase, policy=policy)
        try:
            assert opened.folder == vault.folder
            assert opened.is_unlocked
        finally:
            opened.lock()


@pytest.mark.parametrize("count", [1, 2, 3])
def test_a_wrong_passphrase_says_the_same_whatever_vaults_exist(
    tmp_path: Path, policy: KdfPolicy, count: int
) -> None:
    registry = VaultRegistry(tmp_path / "vaults", unlisted=True)
    _make(registry, policy, count)
    with pytest.raises(WrongSecretError) as raised:
        registry.unlock_any("not any of them at all", policy=policy)
    assert str(raised.value) == "That passphrase does not open a vault here."
    assert not any(v.is_unlocked for v in registry.vaults())


def test_a_recovery_key_opens_its_own_vault(tmp_path: Path, policy: KdfPolicy) -> None:
    registry = VaultRegistry(tmp_path / "vaults", unlisted=True)
    made = _make(registry, policy, 2)
    opened = registry.unlock_any_with_recovery_key(made[1][1])
    try:
        assert opened.folder == made[1][0].folder
    finally:
        opened.lock()
    with pytest.raises(WrongSecretError) as raised:
        elsewhere = VaultRegistry(tmp_path / "elsewhere")
        registry.unlock_any_with_recovery_key(_make(elsewhere, policy, 1)[0][1])
    assert str(raised.value) == "That recovery key does not open a vault here."


def test_no_label_stays_on_disk_and_labels_come_back(tmp_path: Path, policy: KdfPolicy) -> None:
    registry = VaultRegistry(tmp_path / "vaults")
    made = _make(registry, policy, 2)
    first = made[0][0]
    first.unlock(PASSPHRASES[0], policy=policy)
    registry.set_unlisted(True, first)
    on_disk = _plain_text_on_disk(registry.vaults_dir)
    for label in LABELS[:2]:
        assert label not in on_disk
    assert first.label == "Kitchen"  # the open vault still knows its name
    first.lock()

    # A vault made while unlisted keeps its label inside from the start.
    third, _ = registry.create("Attic", PASSPHRASES[2], policy=policy)
    assert third.label == "Attic"
    third.lock()
    assert "Attic" not in _plain_text_on_disk(registry.vaults_dir)

    # Opened again by its passphrase alone, each vault knows its own name.
    again = registry.unlock_any(PASSPHRASES[2], policy=policy)
    assert again.label == "Attic"
    # Turning the mode off brings the open vault's label back to the list at once,
    # and another vault's at its next unlock.
    registry.set_unlisted(False, again)
    again.lock()
    first_again = Vault(first.folder)
    first_again.unlock(PASSPHRASES[0], policy=policy)
    registry.settle_label(first_again)
    first_again.lock()
    labels = {
        json.loads(p.read_text())["label"]
        for p in registry.vaults_dir.glob("*/vault.json")
        if "label" in json.loads(p.read_text())
    }
    assert labels == {"Kitchen", "Attic"}
    # The vault that was locked when the mode came on lost its name from the list.
    assert {v.label for v in registry.vaults()} == {"Kitchen", "Attic", "Journal"}


def test_a_label_written_by_the_command_line_moves_inside_on_unlock(
    tmp_path: Path, policy: KdfPolicy
) -> None:
    listed = VaultRegistry(tmp_path / "vaults")
    _make(listed, policy, 1)  # made with its label in vault.json
    registry = VaultRegistry(tmp_path / "vaults", unlisted=True)
    opened = registry.unlock_any(PASSPHRASES[0], policy=policy)
    assert opened.label == "Kitchen"
    opened.lock()
    assert "Kitchen" not in _plain_text_on_disk(registry.vaults_dir)


def test_renaming_while_unlisted_keeps_the_name_inside(tmp_path: Path, policy: KdfPolicy) -> None:
    registry = VaultRegistry(tmp_path / "vaults", unlisted=True)
    ((vault, _),) = _make(registry, policy, 1)
    vault.unlock(PASSPHRASES[0], policy=policy)
    registry.rename(vault, "Porch")
    assert vault.label == "Porch"
    vault.lock()
    assert "Porch" not in _plain_text_on_disk(registry.vaults_dir)


def test_a_backup_of_an_unlisted_vault_names_nothing_in_the_clear(
    tmp_path: Path, policy: KdfPolicy
) -> None:
    from hj_journal.core.data.backup import Backups

    registry = VaultRegistry(tmp_path / "vaults", unlisted=True)
    ((vault, _),) = _make(registry, policy, 1)
    vault.unlock(PASSPHRASES[0], policy=policy)
    registry.settle_label(vault)
    assert vault.label == "Kitchen"
    Backups(vault, tmp_path / "backups").create()
    vault.lock()
    manifests = list((tmp_path / "backups").rglob("backup.json"))
    assert manifests
    assert all("Kitchen" not in p.read_text() for p in manifests)


def test_renaming_the_open_vault_through_another_object_keeps_the_name_inside(
    tmp_path: Path, policy: KdfPolicy
) -> None:
    registry = VaultRegistry(tmp_path / "vaults", unlisted=True)
    ((vault, _),) = _make(registry, policy, 1)
    vault.unlock(PASSPHRASES[0], policy=policy)
    registry.open_vault = vault
    registry.rename(Vault(vault.folder), "Porch")  # as the Settings list hands it over
    assert vault.label == "Porch"
    vault.lock()
    assert "Porch" not in _plain_text_on_disk(registry.vaults_dir)
