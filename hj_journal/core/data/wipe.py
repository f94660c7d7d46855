"""Wipe a whole vault: its files and every backup of it, after the label is typed.

The caller asks the person to type the vault's label; :class:`VaultWipe` compares what
was typed and refuses if it differs, so no caller can skip the confirmation by accident.
The order is always the same, for the app and the command line alike:

1. the typed label is checked (nothing is removed if it differs);
2. every backup of the vault goes, from every place backups were written to;
3. then the vault's own files.

Backups go first: if something fails half-way, what is left is the vault (still usable
and still the user's), never a stray backup the user believes is gone. Steps 1–2 and
step 3 are two calls, so the app can remove the backups on a worker thread and close the
vault on the thread that uses its connections; step 3 takes the receipt of step 2
(:class:`BackupsRemoved`), so it cannot come first. :meth:`VaultWipe.run` does all three.

Files are overwritten with zeros before they are removed. On SSDs and copy-on-write
file systems that is best effort; the content was encrypted in any case.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.backup import Backups, remove_vault_backups
from hj_journal.store.vault import Vault

MISMATCH = QT_TRANSLATE_NOOP(
    "DataWipe",
    "The name you typed is not this vault's name, so nothing was removed.",
)


@dataclass(frozen=True)
class WipeReport:
    """What was removed."""

    label: str
    backups_removed: int


@dataclass(frozen=True)
class BackupsRemoved:
    """The receipt of a wipe's first steps: the name matched and the backups are gone."""

    folder: Path  # the vault's folder: the last step checks it wipes the same vault
    label: str
    backups_removed: int


def label_matches(vault: Vault, typed: str) -> bool:
    """True when ``typed`` is the vault's label (surrounding spaces do not matter)."""
    return typed.strip() == vault.label.strip()


class VaultWipe:
    """Wipes one vault in the order the module docstring gives."""

    def __init__(
        self,
        vault: Vault,
        backups: Backups | None = None,
        *,
        backup_roots: tuple[Path, ...] = (),
    ) -> None:
        """With the vault unlocked, pass its ``backups`` so a folder the user picked for
        them (and one-off backup folders) are found too; ``backup_roots`` adds more places.
        """
        self._vault = vault
        self._backups = backups
        self._roots = backup_roots

    @property
    def label(self) -> str:
        """The vault's label: what the person is asked to type."""
        return self._vault.label

    def remove_backups(self, typed_label: str) -> BackupsRemoved:
        """Steps 1 and 2: check ``typed_label``, then remove every backup of the vault.

        Raises :class:`InputError` (nothing removed) when the label differs.
        """
        if not label_matches(self._vault, typed_label):
            raise InputError(translate("DataWipe", MISMATCH))
        roots = list(self._roots)
        if self._backups is not None:
            roots.extend(r for r in self._backups.all_roots() if r not in roots)
        removed = remove_vault_backups(self._vault.folder.name, roots)
        return BackupsRemoved(self._vault.folder, self._vault.label, removed)

    def remove_vault(self, receipt: BackupsRemoved) -> WipeReport:
        """Step 3, after :meth:`remove_backups`: close the vault and remove its files."""
        if receipt.folder != self._vault.folder:
            raise ValueError("That receipt is for another vault's wipe.")
        self._vault.wipe()
        return WipeReport(label=receipt.label, backups_removed=receipt.backups_removed)

    def run(self, typed_label: str) -> WipeReport:
        """All three steps, here and now."""
        return self.remove_vault(self.remove_backups(typed_label))


def wipe_vault(
    vault: Vault,
    typed_label: str,
    *,
    backups: Backups | None = None,
    backup_roots: tuple[Path, ...] = (),
) -> WipeReport:
    """Remove the vault's files and its backups, if ``typed_label`` is its label.

    The same as ``VaultWipe(vault, backups, backup_roots=backup_roots).run(typed_label)``.
    """
    return VaultWipe(vault, backups, backup_roots=backup_roots).run(typed_label)
