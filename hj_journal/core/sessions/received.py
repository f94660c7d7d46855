"""Summaries a practitioner shared with you, received into your personal vault.

"Receive from my practitioner": the ``.hjshare`` file and the code that came with it
(:mod:`hj_journal.store.sharefile`) become one row of ``received_summaries``, shown in
the "From my sessions" part of the journal. Its self-care steps can be added to your
self-care plan (:meth:`ReceivedSummaries.add_steps_to_plan`); its practices name the
built-in strategies they were, so the app can open them in your coping library.

This lives beside the practitioner's side (:mod:`hj_journal.core.sessions.sharing`)
because the two ends share one format and must change together; it touches nothing of
a practice (a practice vault cannot receive, and a personal vault keeps no clients).

What receiving promises:

- A wrong code, a file changed or cut short on the way, an empty file or a file of
  another kind is one calm sentence (:class:`ReceiveError`), and nothing is written.
- Receiving the same file twice adds nothing: the share id is unique in the table, and
  the second time says "You already have this summary".
- The code is used to open the file and then forgotten; the vault keeps the content,
  not the file and not the code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from hj_journal.core.care.plans import PlanKind, Plans
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.sessions.share_content import ContentError, SharedSummary
from hj_journal.core.sessions.summary import long_date
from hj_journal.core.settings import VaultSettings
from hj_journal.store import sharefile
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import ReceivedSummary
from hj_journal.store.vault import Vault

SHARED_BY = QT_TRANSLATE_NOOP(
    "SessionsReceived",
    "shared by your practitioner",
)  # where the practitioner's copy names the client
PLAN_FIELD = "session-steps"  # the self-care plan's field for steps from sessions
ALREADY_HAVE = QT_TRANSLATE_NOOP(
    "SessionsReceived",
    "You already have this summary. Nothing was added.",
)
PRACTICE_VAULT = QT_TRANSLATE_NOOP(
    "SessionsReceived",
    "This is a practice vault, so it does not receive summaries. Open your personal vault "
    "to receive one from your practitioner.",
)


class ReceiveError(InputError):
    """The file could not be received; ``str(error)`` is one calm sentence.

    ``wrong_code`` is True when the code (as typed, or for this file) is the problem,
    so the command line can answer with the exit code for a secret that does not open.
    """

    def __init__(self, message: str, *, wrong_code: bool = False) -> None:
        super().__init__(message)
        self.wrong_code = wrong_code


@dataclass(frozen=True)
class ReceivedView:
    """A summary you received, as the journal shows it."""

    id: int
    share_id: str
    received_at: datetime
    content: SharedSummary

    @property
    def day_text(self) -> str:
        """``Tuesday 10 February 2026``: the day of the session where it took place."""
        day = self.content.session_on
        return long_date(datetime(day.year, day.month, day.day, 12))  # noon: no zone shifts it

    @property
    def title(self) -> str:
        """``Session of Tuesday 10 February 2026``."""
        return translate("SessionsReceived", "Session of {day}").format(day=self.day_text)


@dataclass(frozen=True)
class Received:
    """What receiving did: the summary, and whether it was new (False: already here)."""

    summary: ReceivedView
    added: bool

    @property
    def message(self) -> str:
        """One sentence saying what happened."""
        if not self.added:
            return translate("SessionsReceived", ALREADY_HAVE)
        return translate(
            "SessionsReceived", "Your summary of the session of {day} is in From my sessions."
        ).format(day=self.summary.day_text)


def read_share_file(path: Path) -> bytes:
    """The bytes of the file at ``path``, once its size and header are a shared summary's.

    Nothing is opened yet; the command line checks the file before asking for the code.
    """
    try:
        data = sharefile.read_share_file(Path(path))
        sharefile.share_id_of(data)
    except sharefile.ShareFileError as error:
        raise ReceiveError(str(error)) from None
    return data


def check_code(code: str) -> None:
    """Refuse a code typed with a mistake (a character, the length, a typo) in one sentence."""
    try:
        sharefile.canonical_code(code)
    except sharefile.ShareCodeFormatError as error:
        raise ReceiveError(str(error), wrong_code=True) from None


def _view(row: ReceivedSummary) -> ReceivedView:
    try:
        content = SharedSummary.from_json(row.content)
    except ContentError:  # a damaged row is told, never shown half-read
        raise NotFoundError(
            translate(
                "SessionsReceived",
                "This summary could not be read back from your vault.",
            )
        ) from None
    return ReceivedView(
        id=row.id, share_id=row.share_id, received_at=row.received_at, content=content
    )


class ReceivedSummaries:
    """The summaries shared with you, in one unlocked personal vault."""

    def __init__(
        self,
        vault: Vault,
        settings: VaultSettings,
        plans: Plans,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._vault = vault
        self._settings = settings
        self._plans = plans
        self._clock = clock

    @property
    def available(self) -> bool:
        """True in a personal vault, the only kind that receives."""
        return not self._settings.is_practice_vault

    # ------------------------------------------------------------------ receiving

    def receive_file(self, path: Path, code: str) -> Received:
        """Receive the file at ``path`` with its code (see :meth:`receive`)."""
        self._require_personal()
        return self.receive(read_share_file(path), code)

    def receive(self, data: bytes, code: str) -> Received:
        """Open ``data`` with ``code`` and keep the summary (once: a second time adds nothing).

        Raises :class:`ReceiveError` (one sentence; nothing written) when it cannot.
        """
        self._require_personal()
        try:
            share_id, plain = sharefile.open_sealed(data, code)
        except sharefile.ShareCodeError as error:
            raise ReceiveError(str(error), wrong_code=True) from None
        except sharefile.ShareFileError as error:
            raise ReceiveError(str(error)) from None
        try:
            content = SharedSummary.from_bytes(plain)
        except ContentError as error:
            raise ReceiveError(str(error)) from None
        existing = self._by_share_id(share_id)
        if existing is not None:
            return Received(existing, added=False)
        try:
            with self._vault.transaction() as session:
                row = ReceivedSummary(
                    share_id=share_id,
                    received_at=self._clock(),
                    session_on=content.session_on,
                    content=content.to_json(),
                )
                session.add(row)
                session.flush()
                view = _view(row)
        except IntegrityError:  # received at the same moment in another window
            found = self._by_share_id(share_id)
            if found is None:
                raise
            return Received(found, added=False)
        return Received(view, added=True)

    # ------------------------------------------------------------------ reading

    def summaries(self) -> list[ReceivedView]:
        """Every summary received, the most recent session first."""
        query = select(ReceivedSummary).order_by(
            ReceivedSummary.session_on.desc(), ReceivedSummary.received_at.desc()
        )
        with self._vault.session() as session:
            return [_view(row) for row in session.scalars(query)]

    def get(self, summary_id: int) -> ReceivedView:
        """One received summary."""
        with self._vault.session() as session:
            return _view(self._row(session.get(ReceivedSummary, summary_id)))

    def delete(self, summary_id: int) -> None:
        """Delete a received summary from your vault for good."""
        with self._vault.transaction() as session:
            session.delete(self._row(session.get(ReceivedSummary, summary_id)))

    # ------------------------------------------------------------------ the self-care plan

    def steps_in_plan(self, summary_id: int) -> bool:
        """Whether this summary's self-care steps are already in your self-care plan."""
        steps = self.get(summary_id).content.self_care_steps.strip()
        latest = self._plans.latest(PlanKind.SELF_CARE)
        held = str(latest.data.get(PLAN_FIELD, "")) if latest is not None else ""
        return bool(steps) and steps in held

    def add_steps_to_plan(self, summary_id: int) -> bool:
        """Add the summary's self-care steps to your self-care plan, as a new version.

        They go into its "From my sessions" part, after what is there, with the day of
        the session. False (and nothing saved) when there are no steps or the plan holds
        them already.
        """
        view = self.get(summary_id)
        steps = view.content.self_care_steps.strip()
        if not steps or self.steps_in_plan(summary_id):
            return False
        latest = self._plans.latest(PlanKind.SELF_CARE)
        data = dict(latest.data) if latest is not None else {}
        held = str(data.get(PLAN_FIELD, "")).rstrip()
        heading = translate("SessionsReceived", "From my session of {day}:").format(
            day=view.day_text
        )
        added = f"{heading}\n{steps}"
        data[PLAN_FIELD] = f"{held}\n\n{added}" if held else added
        self._plans.save(PlanKind.SELF_CARE, data)
        return True

    # ------------------------------------------------------------------ helpers

    def _require_personal(self) -> None:
        if not self.available:
            raise ReceiveError(translate("SessionsReceived", PRACTICE_VAULT))

    def _by_share_id(self, share_id: str) -> ReceivedView | None:
        query = select(ReceivedSummary).where(ReceivedSummary.share_id == share_id)
        with self._vault.session() as session:
            row = session.scalars(query).first()
            return None if row is None else _view(row)

    @staticmethod
    def _row(row: ReceivedSummary | None) -> ReceivedSummary:
        if row is None:
            raise NotFoundError(
                translate(
                    "SessionsReceived",
                    "That summary is no longer in your vault.",
                )
            )
        return row
