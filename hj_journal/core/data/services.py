"""Your data as files, for the open vault: backups, import, export, restore and wipe.

:class:`DataServices` is built once per unlock, from the vault and the app's folders,
with the vault's other services (``Services.data``). The app's dialogs and the command
line call it, so neither builds core objects over the vault itself, and both get the
same behaviour: one backups folder, one automatic-backup policy
(:class:`~hj_journal.core.data.automatic.AutomaticBackups`), one wipe sequence
(:class:`~hj_journal.core.data.wipe.VaultWipe`).

The importers and exporters are loaded when first used, not at unlock.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.core.data.automatic import AutomaticBackups
from hj_journal.core.data.backup import BackupInfo, Backups, Progress
from hj_journal.core.data.restore import RestoreResult, restore_as_new, restore_over
from hj_journal.core.data.wipe import VaultWipe
from hj_journal.core.events import EntriesChanged, Events
from hj_journal.paths import AppPaths
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.vault import Vault, VerifyReport

if TYPE_CHECKING:
    from hj_journal.core.data.exchange.export_json import ExportSummary
    from hj_journal.core.data.exchange.export_markdown import MarkdownSummary
    from hj_journal.core.data.exchange.export_pdf import PrintDocument
    from hj_journal.core.data.exchange.importer import ImportPreview, ImportSource


class VaultIdentity:
    """The open vault's name and place, for the screens that show or compare them.

    Read live: a rename shows at once.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def label(self) -> str:
        """The vault's neutral name."""
        return self._vault.label

    @property
    def folder(self) -> Path:
        """The vault's folder (to tell it apart from the others in a list)."""
        return self._vault.folder


class DataServices:
    """Backups, import, export, restore and wipe for one unlocked vault."""

    def __init__(self, vault: Vault, paths: AppPaths, *, events: Events | None = None) -> None:
        """``paths``: backups go to its backups folder (unless the person picked one),
        vaults restored as new go beside the others, and exports under way are noted.
        ``events`` hears of an import or a restore (:mod:`hj_journal.core.events`)."""
        self._vault = vault
        self._events = events if events is not None else Events()
        self._vaults_dir = paths.vaults_dir
        self._notes = paths.exports_in_progress
        self.identity = VaultIdentity(vault)
        self.backups = Backups(vault, paths.backups_dir)
        self.automatic = AutomaticBackups(self.backups)
        self.wipe = VaultWipe(vault, self.backups)

    # ------------------------------------------------------------------ the vault itself

    def verify(self) -> VerifyReport:
        """Check every page of the open vault (SQLCipher's and SQLite's own checks)."""
        return self._vault.verify()

    # ------------------------------------------------------------------ restoring

    def restore_over(self, info: BackupInfo, progress: Progress | None = None) -> RestoreResult:
        """Replace the vault's contents with a backup's, after backing the vault up."""
        result = restore_over(self.backups, info, progress)
        self._events.emit(EntriesChanged())  # everything is as the backup had it
        return result

    def restore_as_new(
        self, info: BackupInfo, label: str, progress: Progress | None = None
    ) -> str:
        """Restore a backup of this vault beside it, as a new vault; returns its label."""
        registry = VaultRegistry(self._vaults_dir)
        restored = restore_as_new(info, registry, label, backups=self.backups, progress=progress)
        return restored.label

    # ------------------------------------------------------------------ importing

    def preview_import(self, source: ImportSource) -> ImportPreview:
        """What importing ``source`` would bring in, without writing anything."""
        from hj_journal.core.data.exchange.importer import Importer

        return Importer(self._vault).preview(source)

    def run_import(self, source: ImportSource, progress: Progress | None = None) -> ImportPreview:
        """Import everything new from ``source`` in one transaction; returns what was done."""
        from hj_journal.core.data.exchange.importer import Importer

        report = Importer(self._vault).run(source, progress=progress)
        if report.new_total:
            self._events.emit(EntriesChanged())
        return report

    # ------------------------------------------------------------------ exporting

    @property
    def exports_in_progress(self) -> Path:
        """Where exports being written are noted, so a start after a crash tidies up."""
        return self._notes

    def export_json(self, target: Path, progress: Progress | None = None) -> ExportSummary:
        """Everything in the vault, as one JSON file at ``target`` (not encrypted)."""
        from hj_journal.core.data.exchange.export_json import export_json

        return export_json(self._vault, target, progress=progress, notes=self._notes)

    def export_markdown(self, target: Path, progress: Progress | None = None) -> MarkdownSummary:
        """Entries as Markdown files and check-ins as CSV, in a new folder ``target``."""
        from hj_journal.core.data.exchange.export_markdown import export_markdown

        return export_markdown(self._vault, target, progress=progress, notes=self._notes)

    def pdf_document(self, first: date | None, last: date | None) -> PrintDocument:
        """The entries from ``first`` to ``last`` (inclusive), for the PDF writer to lay out."""
        from hj_journal.core.data.exchange.export_pdf import pdf_document

        return pdf_document(self._vault, first, last)


__all__ = ["DataServices", "VaultIdentity"]
