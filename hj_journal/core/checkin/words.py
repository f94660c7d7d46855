"""Words offered in a check-in: feelings, body sensations and what is going on around you.

Each list is a few built-in groups plus the person's own words (docs/care.md, requirement
11: people add their own words for their feelings), kept in the vault's settings.
The built-in words are plain English keys; the UI shows them translated (context
``CheckInWords``) and stores the key, so a saved check-in reads the same in any
language. Outside conditions (money, housing, work, discrimination, health,
relationships, community events) are named on purpose: stress is not only inside us.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import translate
from hj_journal.core.settings import Setting, VaultSettings

MAX_WORD = 60
"""Longest word or short phrase accepted."""

MAX_OWN = 300
"""Most own words kept per list (plenty for a lifetime of check-ins)."""

OWN_GROUP = "own"


class WordKind(StrEnum):
    """Which list a word belongs to (also the check-in field it fills)."""

    EMOTION = "emotions"
    BODY = "body_sensations"
    CONTEXT = "context_tags"


@dataclass(frozen=True)
class WordGroup:
    """A titled group of words; ``own`` marks the person's own additions."""

    key: str
    title: str
    words: tuple[str, ...]
    own: bool = False


EMOTION_GROUPS: tuple[WordGroup, ...] = (
    WordGroup(
        "calm",
        "Calm and settled",
        ("calm", "content", "relaxed", "peaceful", "safe", "grounded", "relieved"),
    ),
    WordGroup(
        "joy",
        "Joy and connection",
        ("happy", "hopeful", "grateful", "proud", "loved", "connected", "playful", "excited"),
    ),
    WordGroup(
        "low",
        "Sad and low",
        ("sad", "lonely", "disappointed", "grieving", "hurt", "empty", "discouraged"),
    ),
    WordGroup(
        "worry",
        "Worried and afraid",
        ("worried", "anxious", "nervous", "afraid", "overwhelmed", "unsettled", "on edge"),
    ),
    WordGroup(
        "anger",
        "Angry and frustrated",
        ("angry", "frustrated", "irritated", "resentful", "impatient"),
    ),
    WordGroup("tired", "Tired and far away", ("tired", "drained", "numb", "flat", "bored")),
    WordGroup(
        "mixed",
        "Mixed and unsure",
        ("confused", "mixed", "ashamed", "embarrassed", "restless", "tender"),
    ),
)

BODY_GROUPS: tuple[WordGroup, ...] = (
    WordGroup(
        "tension",
        "Tension",
        ("tense shoulders", "clenched jaw", "tight chest", "knot in the stomach", "headache"),
    ),
    WordGroup(
        "activation",
        "Stirred up",
        ("racing heart", "shallow breathing", "butterflies", "shaky", "warm", "restless legs"),
    ),
    WordGroup(
        "heavy",
        "Heavy and slow",
        ("heavy limbs", "tired eyes", "aches", "cold", "low energy"),
    ),
    WordGroup(
        "ease",
        "Ease",
        ("easy breathing", "loose muscles", "settled stomach", "rested"),
    ),
)

OUTSIDE_CONDITIONS: tuple[str, ...] = (
    "money",
    "housing",
    "work",
    "discrimination",
    "health",
    "relationships",
    "community events",
)

CONTEXT_GROUPS: tuple[WordGroup, ...] = (
    WordGroup("outside", "Outside conditions", OUTSIDE_CONDITIONS),
    WordGroup(
        "around",
        "Around me",
        ("family", "caregiving", "friends", "school or study", "sleep", "news", "weather"),
    ),
)

BUILT_IN: dict[WordKind, tuple[WordGroup, ...]] = {
    WordKind.EMOTION: EMOTION_GROUPS,
    WordKind.BODY: BODY_GROUPS,
    WordKind.CONTEXT: CONTEXT_GROUPS,
}

OWN_TITLE = "Your own words"


OWN_WORDS: dict[WordKind, Setting[tuple[str, ...]]] = {
    WordKind.EMOTION: VaultSettings.own_emotions,
    WordKind.BODY: VaultSettings.own_body_sensations,
    WordKind.CONTEXT: VaultSettings.own_context_tags,
}
"""The vault setting that keeps the person's own words of each kind."""


def normalise(word: str) -> str:
    """Collapse inner whitespace and trim; raise :class:`InputError` if unusable."""
    cleaned = " ".join(str(word).split())
    if not cleaned:
        raise InputError(
            translate(
                "CheckinWords",
                "Write a word or a short phrase first.",
            )
        )
    if len(cleaned) > MAX_WORD:
        raise InputError(
            translate(
                "CheckinWords",
                "Keep it to {max_word} characters or fewer.",
            ).format(max_word=MAX_WORD)
        )
    return cleaned


class CheckInWords:
    """The word lists, with the person's own words added to the built-in ones."""

    def __init__(self, settings: VaultSettings) -> None:
        self._settings = settings

    def groups(self, kind: WordKind) -> tuple[WordGroup, ...]:
        """Built-in groups, then the person's own words (when there are any)."""
        own = self.own(kind)
        built_in = BUILT_IN[WordKind(kind)]
        if not own:
            return built_in
        return (*built_in, WordGroup(OWN_GROUP, OWN_TITLE, own, own=True))

    def all_words(self, kind: WordKind) -> tuple[str, ...]:
        """Every word of one kind, in the order shown."""
        return tuple(word for group in self.groups(kind) for word in group.words)

    def own(self, kind: WordKind) -> tuple[str, ...]:
        """The person's own words of one kind, in the order they were added."""
        return self._settings.read(OWN_WORDS[WordKind(kind)])

    def add(self, kind: WordKind, word: str) -> str:
        """Add an own word; returns the word as kept (an existing spelling if known)."""
        cleaned = normalise(word)
        for existing in self.all_words(kind):
            if existing.casefold() == cleaned.casefold():
                return existing
        own = list(self.own(kind))
        if len(own) >= MAX_OWN:
            raise InputError(
                translate(
                    "CheckinWords",
                    "This list is full. Remove a word you no longer use first.",
                )
            )
        own.append(cleaned)
        self._settings.write(OWN_WORDS[WordKind(kind)], tuple(own))
        return cleaned

    def remove(self, kind: WordKind, word: str) -> None:
        """Remove an own word (built-in words stay; past check-ins keep the word)."""
        folded = " ".join(str(word).split()).casefold()
        own = [w for w in self.own(kind) if w.casefold() != folded]
        self._settings.write(OWN_WORDS[WordKind(kind)], tuple(own))
