"""What a practice session records, said exactly, and the client's consent to it.

The consent screen shows these sentences word for word, and the words shown are stored
with the consent, so there is always a record of what the client agreed to. Each part
can be left out; the session service then refuses to record that part.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate

CONSENT_VERSION = 1

CHECKINS = "checkins"
QUESTIONNAIRE = "questionnaire"
PRACTICES = "practices"
SHARED_NOTES = "shared_notes"
AGREEMENTS = "agreements"
GOALS = "goals"
PRIVATE_NOTES = "private_notes"


@dataclass(frozen=True)
class ConsentItem:
    """One part of what a session can record, in the words the client reads."""

    key: str
    source: str  # the English, marked for the catalogue

    @property
    def text(self) -> str:
        """The words in the reader's language (the consent record keeps what was read)."""
        return translate("SessionsConsent", self.source)


CONSENT_ITEMS: tuple[ConsentItem, ...] = (
    ConsentItem(
        CHECKINS,
        QT_TRANSLATE_NOOP(
            "SessionsConsent",
            "How you are arriving and leaving: a distress rating from 0 to 10 at the start and "
            "at the end, and your mood and a few words if you choose.",
        ),
    ),
    ConsentItem(
        QUESTIONNAIRE,
        QT_TRANSLATE_NOOP(
            "SessionsConsent",
            "Your answers to one questionnaire, if we choose one together. Any question can be "
            "skipped, and the result is not a diagnosis.",
        ),
    ),
    ConsentItem(
        PRACTICES,
        QT_TRANSLATE_NOOP(
            "SessionsConsent",
            "The practices we do together, with your distress ratings before and after.",
        ),
    ),
    ConsentItem(
        SHARED_NOTES,
        QT_TRANSLATE_NOOP(
            "SessionsConsent",
            "Notes we write together. You can see them, and they are in your summary.",
        ),
    ),
    ConsentItem(
        AGREEMENTS,
        QT_TRANSLATE_NOOP(
            "SessionsConsent",
            "What we agree, and the self-care steps you choose until next time. These are in "
            "your summary.",
        ),
    ),
    ConsentItem(
        GOALS,
        QT_TRANSLATE_NOOP(
            "SessionsConsent",
            "Your goals in your own words, which of them we worked on today, and, if you want "
            "to rate it, how far along you feel with each from 0 to 10.",
        ),
    ),
    ConsentItem(
        PRIVATE_NOTES,
        QT_TRANSLATE_NOOP(
            "SessionsConsent",
            "Your practitioner's own notes for their practice. They are private: they are not "
            "shown on screen while you look, and they are not in your summary.",
        ),
    ),
)

KEYS = tuple(item.key for item in CONSENT_ITEMS)


def storage_statement(pseudonym: str) -> str:
    """The sentence about where everything is kept (shown and stored with the consent)."""
    return translate(
        "SessionsConsent",
        "Everything is kept encrypted on this computer under the name “{pseudonym}”. "
        "Nothing is sent anywhere. You can change your mind or ask for any of it to be "
        "deleted at any time.",
    ).format(pseudonym=pseudonym)


@dataclass(frozen=True)
class ConsentRecord:
    """What the client agreed to be recorded in one session, and the words they read."""

    at: datetime
    items: frozenset[str]
    wording: tuple[str, ...]
    version: int = CONSENT_VERSION

    def allows(self, key: str) -> bool:
        """Whether the client agreed to this part being recorded."""
        return key in self.items

    def to_json(self) -> dict[str, Any]:
        """The record as stored in ``PracticeSession.consent``."""
        return {
            "given": True,
            "version": self.version,
            "at": self.at.isoformat(),
            "items": [key for key in KEYS if key in self.items],
            "wording": list(self.wording),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ConsentRecord | None:
        """The record stored with a session; None when consent has not been given."""
        if not data or not data.get("given"):
            return None
        return cls(
            at=datetime.fromisoformat(str(data["at"])),
            items=frozenset(str(key) for key in data.get("items", ())),
            wording=tuple(str(line) for line in data.get("wording", ())),
            version=int(data.get("version", CONSENT_VERSION)),
        )


def make_consent(items: Collection[str], pseudonym: str, at: datetime) -> ConsentRecord:
    """A consent record for the chosen parts, with the exact words shown for them."""
    unknown = set(items) - set(KEYS)
    if unknown:
        raise InputError(
            translate(
                "SessionsConsent",
                "Something was chosen that a session cannot record.",
            )
        )
    chosen = frozenset(items)
    wording = tuple(item.text for item in CONSENT_ITEMS if item.key in chosen)
    return ConsentRecord(at=at, items=chosen, wording=(*wording, storage_statement(pseudonym)))
