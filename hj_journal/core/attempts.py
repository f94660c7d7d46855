"""What the sealed record of attempts says after a successful unlock, and its history.

Failed unlocks are sealed to the vault by :mod:`hj_journal.store.attempts`. After the
vault opens, :meth:`Attempts.read_new` reads the record with the vault's private key,
compares it with what the vault remembers (how many records it had read and a hash
chain over them), keeps what it found inside the vault, and returns what is new since
the last unlock: the attempts, and whether the record was shortened, removed, cut short
or changed meanwhile. Nothing here is a judgement about who tried; it says what happened.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hj_journal.store import attempts as record
from hj_journal.store import locks
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import AttemptSeal, UnlockAttempt
from hj_journal.store.vault import Vault

# Re-exported so that the UI and the command line name kinds and places through core.
PASSPHRASE = record.PASSPHRASE
RECOVERY_KEY = record.RECOVERY_KEY
APP = record.APP
COMMAND_LINE = record.COMMAND_LINE

_SHORTENED = frozenset({record.SHORTENED, record.CUT_SHORT, record.KEY_REMOVED})
_CHANGED = frozenset({record.UNREADABLE, record.CHANGED})
_ATTEMPTS = frozenset({record.PASSPHRASE, record.RECOVERY_KEY})


@dataclass(frozen=True)
class AttemptSeen:
    """One attempt to open the vault that did not succeed."""

    at: datetime  # aware, UTC
    kind: str  # PASSPHRASE or RECOVERY_KEY
    place: str  # APP or COMMAND_LINE


@dataclass(frozen=True)
class RecordNote:
    """Something noticed about the record itself (a gap or a record that could not be read)."""

    at: datetime  # when it was noticed (UTC)
    shortened: bool  # True: shortened, removed or cut short; False: changed


@dataclass(frozen=True)
class AttemptsReport:
    """What is new in the record of attempts since the vault was last opened."""

    attempts: tuple[AttemptSeen, ...] = ()
    shortened: bool = False  # the record was shortened, removed or cut short
    changed: bool = False  # part of it was changed and could not be read

    @property
    def is_quiet(self) -> bool:
        """True when there is nothing to tell."""
        return not (self.attempts or self.shortened or self.changed)


@dataclass(frozen=True)
class AttemptsHistory:
    """Everything the record has told this vault, oldest first."""

    attempts: tuple[AttemptSeen, ...]
    notes: tuple[RecordNote, ...]


class Attempts:
    """The record of attempts of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def read_new(self) -> AttemptsReport:
        """Take in the record's new records and return what was not reported before.

        Call it once after each unlock; a second call returns only what arrived since.
        """
        vault = self._vault
        with locks.exclusive(vault.folder), vault.transaction() as session:
            seal = session.get(AttemptSeal, record.SEAL_ID)
            if seal is None:  # an unlocked vault always has one; nothing to read otherwise
                return AttemptsReport()
            self._take_in(session, seal)
            rows = session.scalars(
                select(UnlockAttempt)
                .where(UnlockAttempt.reported.is_(False))
                .order_by(UnlockAttempt.at, UnlockAttempt.id)
            ).all()
            for row in rows:
                row.reported = True
            return AttemptsReport(
                attempts=tuple(_seen(r) for r in rows if r.event in _ATTEMPTS),
                shortened=any(r.event in _SHORTENED for r in rows),
                changed=any(r.event in _CHANGED for r in rows),
            )

    def _take_in(self, session: Session, seal: AttemptSeal) -> None:
        """Compare the file with what the vault remembers; add rows for what is new."""
        folder = self._vault.folder
        found = record.read_file(folder)
        now = utcnow()
        count = len(found.records)
        if count < seal.records_read:  # fewer records than were read: some were taken away
            session.add(UnlockAttempt(at=now, event=record.SHORTENED, place=""))
        elif record.extend_chain(record.ZERO_CHAIN, found.records[: seal.records_read]) != (
            seal.chain
        ):
            session.add(UnlockAttempt(at=now, event=record.CHANGED, place=""))
        if found.cut_short:
            session.add(UnlockAttempt(at=now, event=record.CUT_SHORT, place=""))
        known = set(
            session.scalars(select(UnlockAttempt.digest).where(UnlockAttempt.digest.is_not(None)))
        )
        for raw in found.records:
            digest = hashlib.sha256(raw).hexdigest()
            if digest in known:
                continue
            known.add(digest)
            opened = record.open_record(seal.private_key, raw)
            if opened is None:
                session.add(UnlockAttempt(at=now, event=record.UNREADABLE, digest=digest))
            else:
                session.add(
                    UnlockAttempt(
                        at=opened.at, event=opened.event, place=opened.place, digest=digest
                    )
                )
        seal.records_read = count
        seal.chain = record.extend_chain(record.ZERO_CHAIN, found.records)
        if found.cut_short:  # reported now: a later record will start at a whole record
            record.trim_to_whole_records(folder, count)

    def history(self) -> AttemptsHistory:
        """Every attempt and note the record has told this vault, oldest first."""
        with self._vault.session() as session:
            rows = session.scalars(
                select(UnlockAttempt).order_by(UnlockAttempt.at, UnlockAttempt.id)
            ).all()
        return AttemptsHistory(
            attempts=tuple(_seen(r) for r in rows if r.event in _ATTEMPTS),
            notes=tuple(
                RecordNote(at=r.at, shortened=r.event in _SHORTENED)
                for r in rows
                if r.event not in _ATTEMPTS
            ),
        )


@dataclass(frozen=True)
class AttemptGroup:
    """Attempts in a row from one place on one local day (how a notice lists them)."""

    day: date
    place: str
    times: tuple[datetime, ...]  # local, aware


def grouped(attempts: tuple[AttemptSeen, ...]) -> tuple[AttemptGroup, ...]:
    """Consecutive attempts on the same local day from the same place, in order."""
    groups: list[AttemptGroup] = []
    for attempt in attempts:
        local = attempt.at.astimezone()
        last = groups[-1] if groups else None
        if last is not None and last.day == local.date() and last.place == attempt.place:
            groups[-1] = AttemptGroup(last.day, last.place, (*last.times, local))
        else:
            groups.append(AttemptGroup(local.date(), attempt.place, (local,)))
    return tuple(groups)


def _seen(row: UnlockAttempt) -> AttemptSeen:
    return AttemptSeen(at=row.at, kind=row.event, place=row.place)


__all__ = [
    "APP",
    "COMMAND_LINE",
    "PASSPHRASE",
    "RECOVERY_KEY",
    "AttemptGroup",
    "AttemptSeen",
    "Attempts",
    "AttemptsHistory",
    "AttemptsReport",
    "RecordNote",
    "grouped",
]
