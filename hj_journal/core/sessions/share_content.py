"""What a shared session summary holds, as the client's vault receives it.

One :class:`SharedSummary` is the content of one ``.hjshare`` file (sealed by
:mod:`hj_journal.store.sharefile`) and of one row of ``received_summaries``. It is made
from the practitioner's :class:`~hj_journal.core.sessions.summary.SessionSummary`, so it
holds what the summary holds and nothing more: shared notes and shared template
sections, agreements, self-care steps, practices with their ratings, shared amendments,
ratings on arriving and leaving, and questionnaire totals when the client agreed to a
questionnaire. It has no field for private notes, private sections or private
amendments, and none for the client's pseudonym: the client knows who they are, and the
file may travel on a USB stick or by e-mail.

:meth:`SharedSummary.from_json` is strict. Every key must be there and nothing else,
every value has its type, its range and a length limit, and anything else is one
:class:`ContentError` sentence. The file is authenticated, so this guards against a
faulty maker rather than a forger; but what a vault keeps, it must be able to read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.sessions.summary import (
    PracticeEffect,
    Rating,
    SessionSummary,
    SharedAmendment,
    SharedSection,
)

FORMAT = "hj-journal-shared-summary"
VERSION = 1
MAX_TEXT = 100_000  # as a session's notes
MAX_TITLE = 500
MAX_ITEMS = 500  # practices, sections, amendments or totals in one summary
MAX_KEY = 200
DISTRESS = (0, 10)
MOOD = (-3, 3)
UNREADABLE = QT_TRANSLATE_NOOP(
    "SessionsShareContent",
    "This summary could not be read: it is not in the form HJ Journal shares summaries in.",
)

_T = TypeVar("_T")


class ContentError(InputError):
    """The content is not a shared summary this version can read."""


@dataclass(frozen=True)
class SharedRating:
    """Distress (0–10) and mood (−3…+3) on arriving or leaving, each optional."""

    distress: int | None
    mood: int | None


@dataclass(frozen=True)
class SharedPractice:
    """A practice done together; ``strategy_key`` names a built-in strategy, or is ""."""

    title: str
    strategy_key: str
    before: int | None
    after: int | None
    finished: bool = True


@dataclass(frozen=True)
class QuestionnaireTotal:
    """A questionnaire's total in the session (the WHO-5 as its percentage)."""

    name: str
    value: int


@dataclass(frozen=True)
class SharedSummary:
    """One session as shared with the client. Deliberately without anything private."""

    session_on: date  # the day of the session where the practitioner was
    started_at: datetime
    ended_at: datetime | None
    arriving: SharedRating | None
    leaving: SharedRating | None
    practices: tuple[SharedPractice, ...]
    sections: tuple[SharedSection, ...]
    shared_notes: str
    agreements: str
    self_care_steps: str
    amendments: tuple[SharedAmendment, ...]
    questionnaires: tuple[QuestionnaireTotal, ...] = ()

    # ------------------------------------------------------------------ to and from

    def to_json(self) -> dict[str, Any]:
        """The content as JSON-ready data (times in UTC)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "session_on": self.session_on.isoformat(),
            "started_at": _utc(self.started_at),
            "ended_at": None if self.ended_at is None else _utc(self.ended_at),
            "arriving": _rating_json(self.arriving),
            "leaving": _rating_json(self.leaving),
            "practices": [
                {
                    "title": p.title,
                    "strategy_key": p.strategy_key,
                    "before": p.before,
                    "after": p.after,
                    "finished": p.finished,
                }
                for p in self.practices
            ],
            "sections": [{"title": s.title, "text": s.text} for s in self.sections],
            "shared_notes": self.shared_notes,
            "agreements": self.agreements,
            "self_care_steps": self.self_care_steps,
            "amendments": [
                {"at": _utc(a.at), "reason": a.reason, "section": a.section, "text": a.text}
                for a in self.amendments
            ],
            "questionnaires": [{"name": q.name, "value": q.value} for q in self.questionnaires],
        }

    def to_bytes(self) -> bytes:
        """The content as compact UTF-8 JSON, as sealed in the file."""
        return json.dumps(
            self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        ).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> SharedSummary:
        """Read the content of an opened file (strictly; see the module's notes)."""
        try:
            parsed = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ContentError(translate("SessionsShareContent", UNREADABLE)) from None
        return cls.from_json(parsed)

    @classmethod
    def from_json(cls, data: object) -> SharedSummary:
        """Read JSON-ready data; :class:`ContentError` for anything out of place."""
        top = _object(data, _TOP_KEYS)
        if top["format"] != FORMAT or type(top["version"]) is not int:
            raise ContentError(translate("SessionsShareContent", UNREADABLE))
        if top["version"] != VERSION:
            raise ContentError(
                translate(
                    "SessionsShareContent",
                    "This summary was shared from a newer version of HJ Journal. Update the "
                    "app to receive it.",
                )
            )
        return cls(
            session_on=_day(top["session_on"]),
            started_at=_moment(top["started_at"]),
            ended_at=None if top["ended_at"] is None else _moment(top["ended_at"]),
            arriving=_rating(top["arriving"]),
            leaving=_rating(top["leaving"]),
            practices=_items(top["practices"], _practice),
            sections=_items(top["sections"], _section),
            shared_notes=_text(top["shared_notes"]),
            agreements=_text(top["agreements"]),
            self_care_steps=_text(top["self_care_steps"]),
            amendments=_items(top["amendments"], _amendment),
            questionnaires=_items(top["questionnaires"], _total),
        )

    # ------------------------------------------------------------------ reading

    def as_summary(self, who: str, pronouns: str = "") -> SessionSummary:
        """The same content as a :class:`SessionSummary`, so it reads as the PDF does.

        ``who`` stands where the practitioner's copy names the client (in the client's
        vault: "shared by your practitioner").
        """
        return SessionSummary(
            pseudonym=who,
            pronouns=pronouns,
            started_at=self.started_at,
            ended_at=self.ended_at,
            arriving=_as_rating(self.arriving, self.started_at),
            leaving=_as_rating(self.leaving, self.ended_at or self.started_at),
            practices=tuple(
                PracticeEffect(p.title, p.before, p.after, p.finished) for p in self.practices
            ),
            shared_notes=self.shared_notes,
            agreements=self.agreements,
            self_care_steps=self.self_care_steps,
            sections=self.sections,
            amendments=self.amendments,
        )


# ---------------------------------------------------------------------- writing helpers


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _rating_json(rating: SharedRating | None) -> dict[str, Any] | None:
    return None if rating is None else {"distress": rating.distress, "mood": rating.mood}


def _as_rating(rating: SharedRating | None, at: datetime) -> Rating | None:
    return None if rating is None else Rating(rating.distress, rating.mood, at)


# ---------------------------------------------------------------------- strict reading

_TOP_KEYS = frozenset(
    {
        "format",
        "version",
        "session_on",
        "started_at",
        "ended_at",
        "arriving",
        "leaving",
        "practices",
        "sections",
        "shared_notes",
        "agreements",
        "self_care_steps",
        "amendments",
        "questionnaires",
    }
)


def _object(data: object, keys: frozenset[str]) -> Mapping[str, Any]:
    if not isinstance(data, dict) or set(data) != keys:
        raise ContentError(translate("SessionsShareContent", UNREADABLE))
    return data


def _text(value: object, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ContentError(translate("SessionsShareContent", UNREADABLE))
    return value


def _number(value: object, bounds: tuple[int, int]) -> int | None:
    if value is None:
        return None
    # bool is an int in Python; true and false are not ratings.
    if type(value) is not int or not bounds[0] <= value <= bounds[1]:
        raise ContentError(translate("SessionsShareContent", UNREADABLE))
    return value


def _moment(value: object) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(value, 64))
    except ValueError:
        raise ContentError(translate("SessionsShareContent", UNREADABLE)) from None
    if moment.tzinfo is None:
        raise ContentError(translate("SessionsShareContent", UNREADABLE))
    return moment.astimezone(UTC)


def _day(value: object) -> date:
    try:
        return date.fromisoformat(_text(value, 10))
    except ValueError:
        raise ContentError(translate("SessionsShareContent", UNREADABLE)) from None


def _items(value: object, read: Callable[[object], _T]) -> tuple[_T, ...]:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise ContentError(translate("SessionsShareContent", UNREADABLE))
    return tuple(read(item) for item in value)


def _rating(value: object) -> SharedRating | None:
    if value is None:
        return None
    data = _object(value, frozenset({"distress", "mood"}))
    return SharedRating(_number(data["distress"], DISTRESS), _number(data["mood"], MOOD))


def _practice(value: object) -> SharedPractice:
    data = _object(value, frozenset({"title", "strategy_key", "before", "after", "finished"}))
    if not isinstance(data["finished"], bool):
        raise ContentError(translate("SessionsShareContent", UNREADABLE))
    return SharedPractice(
        title=_text(data["title"], MAX_TITLE),
        strategy_key=_text(data["strategy_key"], MAX_KEY),
        before=_number(data["before"], DISTRESS),
        after=_number(data["after"], DISTRESS),
        finished=data["finished"],
    )


def _section(value: object) -> SharedSection:
    data = _object(value, frozenset({"title", "text"}))
    return SharedSection(_text(data["title"], MAX_TITLE), _text(data["text"]))


def _amendment(value: object) -> SharedAmendment:
    data = _object(value, frozenset({"at", "reason", "section", "text"}))
    return SharedAmendment(
        at=_moment(data["at"]),
        reason=_text(data["reason"]),
        section=_text(data["section"], MAX_TITLE),
        text=_text(data["text"]),
    )


def _total(value: object) -> QuestionnaireTotal:
    data = _object(value, frozenset({"name", "value"}))
    number = _number(data["value"], (0, 1000))
    if number is None:
        raise ContentError(translate("SessionsShareContent", UNREADABLE))
    return QuestionnaireTotal(_text(data["name"], MAX_TITLE), number)
