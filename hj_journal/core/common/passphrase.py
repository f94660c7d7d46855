"""How strong a new passphrase is, with plain suggestions and a gentle floor.

This is feedback, not a gate: only the obviously weak is refused (empty or only
spaces, shorter than eight characters, one of the most common passwords, one character
repeated, a simple sequence such as ``abcdefgh`` or ``12345678``). Everything else is
accepted and given a score from 0 to 4 with suggestions on what would make it stronger.

The estimate is deliberately modest. A passphrase of several words is scored by its
words (people rarely choose words at random), anything else by its characters, with a
discount when it looks like a dictionary word dressed up with digits and symbols.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from enum import StrEnum

MIN_LENGTH = 8

# The most common passwords in public breach lists, compared after lower-casing, undoing
# look-alike digits and symbols, and dropping digits and symbols at the end.
_COMMON_TEXT = """
    password passw0rd passwort motdepasse contraseña senha wachtwoord qwerty qwertz azerty
    letmein iloveyou welcome admin administrator monkey dragon football baseball
    sunshine princess trustno shadow master superman batman starwars whatever
    freedom computer internet secret abc abcd abcdef qazwsx asdfgh zxcvbn
    michael jennifer jordan hunter charlie ashley daniel jessica thomas
    soccer hockey killer pokemon cheese summer winter spring autumn
    flower lovely loveme hello hellohello changeme default guest test tester
    login access master mustang harley ranger buster tigger pepper ginger
    maggie cookie chocolate butterfly purple orange banana samsung apple google
    facebook linkedin myspace zaq qwertyuiop asdfghjkl zxcvbnm iloveu
"""
_COMMON = frozenset(_COMMON_TEXT.split())
_LOOKALIKES = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_KEYBOARD_ROWS = ("qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm", "1234567890")


class Hint(StrEnum):
    """What would make a passphrase stronger (the UI words each one in its language)."""

    TOO_SHORT = "too_short"
    COMMON = "common"
    ONE_CHARACTER = "one_character"
    SEQUENCE = "sequence"
    ADD_WORDS = "add_words"
    USE_WORDS = "use_words"
    AVOID_REPEATS = "avoid_repeats"

    @property
    def text(self) -> str:
        """The suggestion in plain English (the command line uses these as they are)."""
        return _HINT_TEXT[self]


_HINT_TEXT = {
    Hint.TOO_SHORT: "Use at least 8 characters. A short sentence of four or more words "
    "is easy to remember and hard to guess.",
    Hint.COMMON: "This is one of the most common passwords, so it would be guessed quickly.",
    Hint.ONE_CHARACTER: "Use more than one character, repeated.",
    Hint.SEQUENCE: "Sequences such as abcd, 1234 or qwerty are guessed quickly.",
    Hint.ADD_WORDS: "Add another word or two. Length helps more than symbols do.",
    Hint.USE_WORDS: "A few unrelated words make a passphrase that is strong and easy to remember.",
    Hint.AVOID_REPEATS: "Repeated parts add little; try words that are different from each other.",
}


@dataclass(frozen=True)
class Strength:
    """The assessment of one passphrase."""

    score: int  # 0 (very weak) … 4 (strong)
    acceptable: bool  # False only for the obviously weak
    hints: tuple[Hint, ...]  # most important first; empty when nothing needs saying
    bits: float  # the rough estimate behind the score

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The hints in plain English."""
        return tuple(hint.text for hint in self.hints)


def _is_common(passphrase: str) -> bool:
    folded = passphrase.casefold()
    bare = folded.translate(_LOOKALIKES)
    candidates = {folded, bare, folded.rstrip("0123456789!?.*#_-+ "), bare.rstrip("!?.*#_-+ ")}
    candidates |= {re.sub(r"[^a-zà-ÿ]", "", c) for c in list(candidates)}
    return any(c in _COMMON for c in candidates if c)


def _is_repeated_unit(text: str) -> bool:
    """True for ``abcabcabc``, ``12121212`` and ``xxxxxxxx``."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return True
    return False


def _is_sequence(text: str) -> bool:
    """True when the whole text runs up or down the alphabet, the digits or a keyboard row."""
    folded = text.casefold()
    if len(folded) < 3:
        return False
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(folded)}
    if steps in ({1}, {-1}):
        return True
    return any(folded in row or folded in row[::-1] for row in _KEYBOARD_ROWS)


def _charset_bits(passphrase: str) -> float:
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[ -/:-@\[-`{-~]", passphrase):
        pool += 33
    if re.search(r"[^\x00-\x7f]", passphrase):
        pool += 100
    # Characters used again add less than new ones.
    distinct = len(set(passphrase))
    effective = distinct + (len(passphrase) - distinct) * 0.5
    return effective * math.log2(max(pool, 2))


def _word_bits(tokens: list[str]) -> float:
    seen: set[str] = set()
    bits = 0.0
    for token in tokens:
        key = token.casefold()
        if key in seen:
            bits += 1.0  # a repeated word adds almost nothing
            continue
        seen.add(key)
        bits += 11.0 if len(token) >= 3 else 5.0
    return bits


def _score(bits: float) -> int:
    for score, limit in enumerate((25.0, 35.0, 45.0, 60.0)):
        if bits < limit:
            return score
    return 4


def assess(passphrase: str) -> Strength:
    """Score ``passphrase`` from 0 to 4 and say what would make it stronger."""
    if not passphrase.strip():  # only spaces, tabs or line breaks count as nothing typed
        return Strength(score=0, acceptable=False, hints=(Hint.TOO_SHORT,), bits=0.0)
    refusals: list[Hint] = []
    if len(passphrase) < MIN_LENGTH:
        refusals.append(Hint.TOO_SHORT)
    if len(set(passphrase)) == 1:
        refusals.append(Hint.ONE_CHARACTER)
    elif _is_sequence(passphrase) or _is_repeated_unit(passphrase):
        refusals.append(Hint.SEQUENCE)
    if _is_common(passphrase):
        refusals.append(Hint.COMMON)
    if refusals:
        return Strength(score=0, acceptable=False, hints=tuple(refusals), bits=0.0)

    tokens = [t for t in re.split(r"[\s\-_.,;:/+]+", passphrase) if t]
    charset = _charset_bits(passphrase)
    if len(tokens) >= 2:
        bits = min(charset, _word_bits(tokens))
    else:
        # One long "word" dressed up with digits and symbols is far weaker than its
        # characters suggest; a random-looking string is not.
        letters = re.findall(r"[^\W\d_]{4,}", passphrase.translate(_LOOKALIKES))
        bits = charset * (0.6 if letters else 1.0)
    score = max(1, _score(bits))

    hints: list[Hint] = []
    if len({t.casefold() for t in tokens}) < len(tokens):
        hints.append(Hint.AVOID_REPEATS)
    if score < 3:
        hints.append(Hint.ADD_WORDS if len(tokens) >= 2 else Hint.USE_WORDS)
    return Strength(score=score, acceptable=True, hints=tuple(hints), bits=round(bits, 1))
