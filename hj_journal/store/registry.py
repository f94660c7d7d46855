"""The vaults that live side by side in the data folder, found by their labels."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.store.errors import VaultError, VaultNotFoundError
from hj_journal.store.vault import Vault, is_vault_folder, new_vault_folder

if TYPE_CHECKING:
    from hj_journal.store.kdf import KdfPolicy


class LabelTakenError(VaultError):
    """Another vault already has that label."""


class VaultRegistry:
    """Lists, finds and creates the vaults under one folder."""

    def __init__(self, vaults_dir: Path) -> None:
        self.vaults_dir = Path(vaults_dir)

    def vaults(self) -> list[Vault]:
        """Every vault, sorted by label."""
        if not self.vaults_dir.is_dir():
            return []
        found = [Vault(p) for p in self.vaults_dir.iterdir() if is_vault_folder(p)]
        return sorted(found, key=lambda v: (v.label.casefold(), v.folder.name))

    def find(self, label: str | None = None) -> Vault:
        """The vault with ``label``; with no label, the only vault or the default one."""
        vaults = self.vaults()
        if not vaults:
            raise VaultNotFoundError("There is no vault yet. Create one with 'hj-journal init'.")
        if label is not None:
            wanted = label.strip().casefold()
            for vault in vaults:
                if vault.label.casefold() == wanted:
                    return vault
            raise VaultNotFoundError(f"There is no vault called {label!r}.")
        if len(vaults) == 1:
            return vaults[0]
        defaults = [v for v in vaults if v.is_default]
        if len(defaults) == 1:
            return defaults[0]
        raise VaultNotFoundError("There is more than one vault; choose one with --vault LABEL.")

    def create(self, label: str, passphrase: str, *, policy: KdfPolicy) -> tuple[Vault, str]:
        """Create a vault with a unique label; returns it unlocked with its recovery key."""
        label = label.strip() or "Journal"
        self.check_label_free(label)
        self.vaults_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return Vault.create(
            new_vault_folder(self.vaults_dir), passphrase, label=label, policy=policy
        )

    def check_label_free(self, label: str, *, ignore: Vault | None = None) -> None:
        """Raise :class:`LabelTakenError` when another vault uses ``label``."""
        wanted = label.strip().casefold()
        for vault in self.vaults():
            if vault.label.casefold() == wanted and (
                ignore is None or vault.folder != ignore.folder
            ):
                raise LabelTakenError(f"Another vault is already called {label.strip()!r}.")

    def rename(self, vault: Vault, label: str) -> None:
        """Give a vault a new label."""
        self.check_label_free(label, ignore=vault)
        vault.label = label

    def make_default(self, vault: Vault) -> None:
        """Make ``vault`` the one opened when none is named."""
        for other in self.vaults():
            if other.is_default and other.folder != vault.folder:
                other.set_default(False)
        vault.set_default(True)
