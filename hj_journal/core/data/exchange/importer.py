"""Write what an importer read into the vault: one transaction, a preview first.

::

    source = read_source(path, "jrnl", progress=...)   # parse (never touches the vault)
    preview = Importer(vault).preview(source)           # counts: new / already there / skipped
    report = Importer(vault).run(source, progress=...)  # all of it, or nothing

Rows are written in bulk with the search-index triggers suspended for the length of the
transaction (:mod:`hj_journal.store.bulk`): ten times faster, and just as consistent.
The sync log's triggers are suspended too while the vault is not kept in step with other
devices (they would log nothing). An import of more than 2,000 entries is searchable by
its exact words at once and by word forms once the background builder has been through
it (stemming takes a few milliseconds an entry), as after joining a synced vault.

Entries from other apps are stored with ``source`` = the format name and ``source_id``
= the id the parser gave them, so importing the same file again finds them already
there; so does a Markdown folder this app exported, brought back into the vault it came
from (its front matter names each entry by its uuid). Check-ins have only a ``source_id``
column, so theirs is ``"<format>:<id>"``
(ids from different apps can never meet). HJ Journal's own JSON export goes through
:mod:`.json_restore`, which restores every table.

The progress callback may raise :class:`Cancelled` (or anything else): the transaction
is then rolled back and the vault is exactly as it was.

A practice vault keeps clients, never a personal journal: importing a personal journal
into it (an export of a personal vault, or anything from jrnl, Day One, Daylio or a
Markdown folder, which are all personal journals) is refused, and so is a practice
vault's export into a personal vault. :meth:`Importer.preview` and :meth:`Importer.run`
both raise :class:`ImportRefusedError` with one sentence saying why.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.exchange import attachment_export, json_restore
from hj_journal.core.data.exchange.detect import PARSERS, detect_format
from hj_journal.core.data.exchange.own_format import (
    PERSONAL,
    PRACTICE,
    OwnExport,
    read_own_export,
)
from hj_journal.core.data.exchange.records import (
    ImportBatch,
    ImportedCheckIn,
    ImportedEntry,
    ImportFormatError,
    Progress,
    SkippedItem,
)
from hj_journal.core.journal.entries import MAX_BODY, MAX_TITLE, normalise_tags
from hj_journal.core.settings import VaultSettings
from hj_journal.store import bulk
from hj_journal.store.models import Base, CheckIn, Entry, EntryTag, new_uuid
from hj_journal.store.vault import Vault

FORMATS = ("jrnl", "jrnl-txt", "dayone", "daylio", "markdown", "json")
FORMAT_NAMES = {
    "jrnl": "jrnl (JSON export)",
    "jrnl-txt": "jrnl (plain text)",
    "dayone": "Day One (JSON or zip)",
    "daylio": "Daylio (CSV)",
    "markdown": "a folder of Markdown files",
    "json": "HJ Journal (JSON export)",
}
_CHUNK = 500
# What an import from another app writes in bulk (files in entries go row by row).
_BATCH_TABLES = ("entries", "entry_tags", "checkins")

ImportSource = ImportBatch | OwnExport


class Cancelled(Exception):  # noqa: N818 - the name says what happened, calmly
    """Raised from a progress callback to stop an import; nothing is written."""


class ImportRefusedError(InputError):
    """The file is readable but belongs in the other kind of vault; nothing is written."""


INTO_PRACTICE = QT_TRANSLATE_NOOP(
    "DataExchangeImporter",
    "This is a practice vault, which keeps clients and never a personal journal, so a "
    "personal journal can't be imported into it; import it into a personal vault instead.",
)
INTO_PERSONAL = QT_TRANSLATE_NOOP(
    "DataExchangeImporter",
    "This export comes from a practice vault and holds clients' sessions, which stay apart "
    "from a personal journal, so it can't be imported here; import it into a practice vault.",
)


def source_kind(source: ImportSource) -> str:
    """The kind of vault ``source`` belongs in: another app's journal is a personal one."""
    return source.vault_kind if isinstance(source, OwnExport) else PERSONAL


def refusal(source: ImportSource, into_practice: bool) -> str | None:
    """Why ``source`` can't go into this vault (one sentence), or None when it can."""
    kind = source_kind(source)
    if into_practice and kind != PRACTICE:
        return translate("DataExchangeImporter", INTO_PRACTICE)
    if not into_practice and kind == PRACTICE:
        return translate("DataExchangeImporter", INTO_PERSONAL)
    return None


@dataclass(frozen=True)
class Counts:
    """How many items are new, already in the vault, or left out."""

    new: int = 0
    existing: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """What an import will do (before) or did (after). Never quotes journal text."""

    format: str
    entries: Counts
    checkins: Counts
    other: Counts = Counts()  # everything else in an HJ Journal export
    skipped: tuple[SkippedItem, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def new_total(self) -> int:
        """Items that are (or were) added."""
        return self.entries.new + self.checkins.new + self.other.new

    @property
    def skipped_total(self) -> int:
        """Items left out, with a reason each."""
        return len(self.skipped)


# ---------------------------------------------------------------------- reading


def read_source(
    path: Path,
    fmt: str | None = None,
    *,
    progress: Progress | None = None,
    local_tz: tzinfo | None = None,
) -> ImportSource:
    """Read ``path`` in format ``fmt`` (detected when ``None``). Never touches a vault."""
    path = Path(path)
    if fmt is None:
        fmt = detect_format(path)
        if fmt is None:
            raise ImportFormatError(
                translate(
                    "DataExchangeImporter",
                    "HJ Journal doesn't recognise this file. It can import exports from "
                    "jrnl, Day One, Daylio, a folder of Markdown files, and its own JSON "
                    "export.",
                )
            )
    if fmt == "json":
        return read_own_export(path, progress=progress)
    parser = PARSERS.get(fmt)
    if parser is None:
        raise ImportFormatError(
            translate(
                "DataExchangeImporter",
                "“{fmt}” isn't a format HJ Journal can import.",
            ).format(fmt=fmt)
        )
    batch: ImportBatch = parser(path, progress=progress, local_tz=local_tz)
    return batch


# ---------------------------------------------------------------------- checking records


@dataclass
class _Prepared:
    entries: list[tuple[ImportedEntry, tuple[str, ...]]] = field(default_factory=list)
    checkins: list[ImportedCheckIn] = field(default_factory=list)
    existing_entries: int = 0
    existing_checkins: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)
    skipped_checkins: int = 0  # counted, not read back from the (translated) words


def _entry_problem(entry: ImportedEntry) -> str | None:
    if len(entry.title) > MAX_TITLE or len(entry.body) > MAX_BODY:
        return translate("DataExchangeImporter", "It is longer than one entry can hold.")
    if entry.created_at.tzinfo is None:
        return translate("DataExchangeImporter", "Its time has no time zone.")
    return None


def _checkin_problem(checkin: ImportedCheckIn) -> str | None:
    if checkin.mood is not None and not -3 <= checkin.mood <= 3:
        return translate("DataExchangeImporter", "Its mood is outside −3 to 3.")
    if checkin.distress is not None and not 0 <= checkin.distress <= 10:
        return translate("DataExchangeImporter", "Its distress rating is outside 0 to 10.")
    if checkin.at.tzinfo is None:
        return translate("DataExchangeImporter", "Its time has no time zone.")
    return None


#: Formats whose ids may be this app's own entry uuids (its Markdown export writes them).
OWN_IDS = frozenset({"markdown"})


def checkin_source_id(fmt: str, source_id: str) -> str:
    """How a check-in's source id is stored (see the module docs)."""
    return f"{fmt}:{source_id}"


def _prepare(session: Session, batch: ImportBatch) -> _Prepared:
    prepared = _Prepared(skipped=list(batch.skipped))
    known_entries = set(
        session.scalars(select(Entry.source_id).where(Entry.source == batch.format))
    )
    if batch.format in OWN_IDS:
        # HJ Journal's own Markdown export names each entry by its uuid: brought back
        # into the vault it came from, the entries are already there.
        known_entries.update(session.scalars(select(Entry.uuid)))
    prefix = checkin_source_id(batch.format, "")
    known_checkins = set(
        session.scalars(select(CheckIn.source_id).where(CheckIn.source_id.startswith(prefix)))
    )
    for number, entry in enumerate(batch.entries, start=1):
        if entry.source_id in known_entries:
            prepared.existing_entries += 1
            continue
        problem = _entry_problem(entry)
        try:
            tags = normalise_tags(entry.tags)
        except InputError as error:
            problem = str(error)
        if problem:
            prepared.skipped.append(
                SkippedItem(
                    translate(
                        "DataExchangeImporter",
                        "entry {number}",
                    ).format(number=number),
                    problem,
                )
            )
            continue
        known_entries.add(entry.source_id)
        prepared.entries.append((entry, tags))
    for number, checkin in enumerate(batch.checkins, start=1):
        stored_id = checkin_source_id(batch.format, checkin.source_id)
        if stored_id in known_checkins:
            prepared.existing_checkins += 1
            continue
        problem = _checkin_problem(checkin)
        if problem:
            prepared.skipped.append(
                SkippedItem(
                    translate(
                        "DataExchangeImporter",
                        "check-in {number}",
                    ).format(number=number),
                    problem,
                )
            )
            prepared.skipped_checkins += 1
            continue
        known_checkins.add(stored_id)
        prepared.checkins.append(checkin)
    return prepared


# ---------------------------------------------------------------------- the importer


class Importer:
    """Imports into one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def check(self, source: ImportSource) -> None:
        """Raise :class:`ImportRefusedError` if ``source`` belongs in the other kind of vault."""
        reason = refusal(source, VaultSettings(self._vault).is_practice_vault)
        if reason is not None:
            raise ImportRefusedError(reason)

    def preview(self, source: ImportSource) -> ImportPreview:
        """What :meth:`run` would do, without writing anything."""
        self.check(source)
        with self._vault.session() as session:
            if isinstance(source, OwnExport):
                the_plan = json_restore.plan(session, source)
                return _own_preview(the_plan, source, _files_plan(session, the_plan, source))
            return _batch_preview(_prepare(session, source), source)

    def run(self, source: ImportSource, *, progress: Progress | None = None) -> ImportPreview:
        """Write everything new in one transaction; return what was done."""
        self.check(source)
        with self._vault.transaction() as session:
            run = bulk.session_runner(session)
            if isinstance(source, OwnExport):
                the_plan = json_restore.plan(session, source)
                files = _files_plan(session, the_plan, source)
                written = [p.table.name for p in the_plan.tables if p.insert]
                with bulk.triggers_suspended(
                    run,
                    (*bulk.TABLES, *written),
                    # An export's sync state (a synced vault's) would turn logging on.
                    idle_sync_log="sync_state" not in written,
                ):
                    json_restore.write(session, the_plan, check=progress)
                    bulk.index_new_entries(run, the_plan.new_ids("entries"))
                attachment_export.write_planned(session, files)
                result = _own_preview(the_plan, source, files)
            else:
                prepared = _prepare(session, source)
                keep = VaultSettings(self._vault).read(
                    VaultSettings.attachment_keep_metadata, session=session
                )
                with bulk.triggers_suspended(run, _BATCH_TABLES, idle_sync_log=True):
                    stripped = _write_batch(session, source.format, prepared, progress, keep)
                result = _batch_preview(prepared, source)
                if stripped:
                    result = replace(result, warnings=(*result.warnings, _stripped(stripped)))
            if progress is not None:
                progress(1, 1)
        return result


def _batch_preview(prepared: _Prepared, batch: ImportBatch) -> ImportPreview:
    skipped_entries = len(prepared.skipped) - prepared.skipped_checkins
    return ImportPreview(
        format=batch.format,
        entries=Counts(len(prepared.entries), prepared.existing_entries, skipped_entries),
        checkins=Counts(
            len(prepared.checkins),
            prepared.existing_checkins,
            len(prepared.skipped) - skipped_entries,
        ),
        skipped=tuple(prepared.skipped),
        warnings=batch.warnings,
    )


def _files_plan(
    session: Session, the_plan: json_restore.Plan, source: OwnExport
) -> attachment_export.AttachmentPlan:
    """The export's files, against the vault and the entries this import adds."""
    new_entries: dict[str, int] = {}
    for table_plan in the_plan.tables:
        if table_plan.table.name == "entries":
            new_entries = {row["uuid"]: row["id"] for row in table_plan.insert}
    return attachment_export.plan_json(session, list(source.attachments), new_entries)


def _own_preview(
    the_plan: json_restore.Plan, source: OwnExport, files: attachment_export.AttachmentPlan
) -> ImportPreview:
    entries = json_restore.ENTRY_TABLES
    checkins = json_restore.CHECKIN_TABLES
    new, existing, skipped = the_plan.counts((*entries, *checkins), others=True)
    return ImportPreview(
        format=source.format,
        entries=Counts(*the_plan.counts(entries)),
        checkins=Counts(*the_plan.counts(checkins)),
        # Files in entries count with the rest of the export's things.
        other=Counts(
            new + len(files.new), existing + files.existing, skipped + len(files.skipped)
        ),
        skipped=(*the_plan.skipped, *files.skipped),
        warnings=tuple(the_plan.warnings),
    )


def _stripped(count: int) -> str:
    photos = "1 photo" if count == 1 else f"{count} photos"
    return f"Location, camera and other details were taken out of {photos}."


def _write_batch(
    session: Session,
    fmt: str,
    prepared: _Prepared,
    progress: Progress | None,
    keep_metadata: bool = False,
) -> int:
    """Write the batch; returns how many photos had details taken out."""
    total = len(prepared.entries) + len(prepared.checkins)
    done = stripped = 0
    new_ids: list[int] = []
    for start in range(0, len(prepared.entries), _CHUNK):
        chunk = prepared.entries[start : start + _CHUNK]
        rows = [_entry_row(entry, tags, fmt) for entry, tags in chunk]
        statement = insert(Entry).returning(Entry.id, sort_by_parameter_order=True)
        ids = list(session.scalars(statement, rows))
        tag_rows = [
            {"entry_id": entry_id, "name": tag}
            for entry_id, (_, tags) in zip(ids, chunk, strict=True)
            for tag in tags
        ]
        if tag_rows:
            session.execute(insert(EntryTag), tag_rows)
        new_ids.extend(ids)
        for entry_id, (entry, _tags) in zip(ids, chunk, strict=True):
            if entry.attachments:  # Day One's photos, a Markdown folder's files
                stripped += attachment_export.store_imported(
                    session, entry_id, entry.attachments, keep_metadata=keep_metadata
                )
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    bulk.index_new_entries(bulk.session_runner(session), new_ids)
    for start in range(0, len(prepared.checkins), _CHUNK):
        checkins = prepared.checkins[start : start + _CHUNK]
        session.execute(insert(CheckIn), [_checkin_row(c, fmt) for c in checkins])
        done += len(checkins)
        if progress is not None:
            progress(done, total)
    return stripped


def _entry_row(entry: ImportedEntry, tags: tuple[str, ...], fmt: str) -> dict[str, Any]:
    return {
        "uuid": new_uuid(),
        "created_at": entry.created_at,
        "updated_at": entry.created_at,
        "entry_date": entry.entry_date,
        "title": entry.title,
        "body": entry.body,
        "tag_text": "",  # set from the tags by bulk.index_entries
        "pinned": entry.pinned,
        "source": fmt,
        "source_id": entry.source_id,
    }


def _checkin_row(checkin: ImportedCheckIn, fmt: str) -> dict[str, Any]:
    return {
        "uuid": new_uuid(),
        "at": checkin.at,
        "mood": checkin.mood,
        "distress": checkin.distress,
        "context_tags": list(checkin.context_tags),
        "emotions": [],
        "body_sensations": [],
        "note": checkin.note,
        "phase": "imported",
        "source_id": checkin_source_id(fmt, checkin.source_id),
    }


def row_counts(vault: Vault) -> dict[str, int]:
    """Rows per table (tests and the command line use it to show nothing changed)."""
    with vault.session() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }
