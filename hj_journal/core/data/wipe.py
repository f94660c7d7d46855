"""Wipe a whole vault: its files and every backup of it, after the label is typed.

The caller asks the person to type the vault's label; this function compares what was
typed and refuses if it differs, so no caller can skip the confirmation by accident.
Backups go first: if something fails half-way, what is left is the vault (still usable
and still the user's), never a stray backup the user believes is gone.

Files are overwritten with zeros before they are removed. On SSDs and copy-on-write
file systems that is best effort; the content was encrypted in any case.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hj_journal.core.common.errors import InputError
from hj_journal.core.data.backup import Backups, remove_vault_backups
from hj_journal.store.vault import Vault

MISMATCH = "The name you typed is not this vault's name, so nothing was removed."


@dataclass(frozen=True)
class WipeReport:
    """What was removed."""

    label: str
    backups_removed: int


def label_matches(vault: Vault, typed: str) -> bool:
    """True when ``typed`` is the vault's label (surrounding spaces do not matter)."""
    return typed.strip() == vault.label.strip()


def wipe_vault(
    vault: Vault,
    typed_label: str,
    *,
    backups: Backups | None = None,
    backup_roots: tuple[Path, ...] = (),
) -> WipeReport:
    """Remove the vault's files and its backups, if ``typed_label`` is its label.

    With the vault unlocked, pass its ``backups`` so a folder the user picked for them
    (and one-off backup folders) are found too; ``backup_roots`` adds more places.
    """
    if not label_matches(vault, typed_label):
        raise InputError(MISMATCH)
    label = vault.label
    roots = list(backup_roots)
    if backups is not None:
        roots.extend(r for r in backups.all_roots() if r not in roots)
    removed = remove_vault_backups(vault.folder.name, roots)
    vault.wipe()
    return WipeReport(label=label, backups_removed=removed)
