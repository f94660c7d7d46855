"""Word forms for search: English and Spanish stems of an entry's words, in Python.

The search index (``entry_fts``, migration 0009) has, beside the exact words of the
title, body and tags, two columns of stems: ``forms_en`` (Snowball's Porter2) and
``forms_es`` (Snowball's Spanish stemmer). A searched word matches its own exact form,
or shares a stem with a word of an entry in that language: "tightened" and "tightening"
meet at "tighten", "caminé" and "caminando" at "camin".

Which language an entry is in is read from its commonest short words ("the", "and";
"que", "y"); an entry too short to tell, or mixing both, is read in both. Stemming
English with the Spanish stemmer would make "care" find "car" and "hope" find "hop".

Why Snowball in Python rather than FTS5's ``porter`` tokenizer: a tokenizer belongs to a
whole FTS5 table, so English stems would need a second index beside the exact one (two
look-ups per query, no single bm25 rank), and FTS5 has no Spanish tokenizer at all.
Porter2 is also the better English stemmer ("tightly" and "tightness" become "tight").

The stem columns are never stored: the index's content table is a view that computes
them with the SQL function :data:`SQL_FUNCTION`, which every vault connection registers
(:func:`register`). The index itself lives inside the encrypted database like
everything else. The caches here hold words of the journal: :func:`forget` empties them
when the vault locks.
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

import snowballstemmer

#: The SQL function the ``entry_search_content`` view and the index triggers call.
SQL_FUNCTION = "hj_word_forms"

_WORD = re.compile(r"\w+", re.UNICODE)
# Longest word that is stemmed: longer runs are ids, hashes or pasted noise.
_MAX_STEMMED = 40
# Stems this short say too little to conflate words by.
_MIN_STEM = 2

# English makes verbs from adjectives with -en (tight → tighten, soft → soften), and
# Porter2 keeps the -en. A searched word whose stem ends in -en also looks for the root,
# so "tightening" finds "tight". Only at search time: indexing the roots would make a
# search for "list" find every "listening". Roots that would mislead are left out.
_EN_VERB_ENDING = "en"
_MIN_EN_ROOT = 4
_NOT_EN_VERBS = frozenset({"listen", "christen", "glisten", "fasten", "kitten", "garden"})

# A Snowball stemmer keeps the word it is working on in itself, so two threads sharing
# one (the background indexer and a search on the window's thread) could stem each
# other's words: each thread gets its own pair.
_stemmers = threading.local()


def _stemmer(language: str) -> Any:
    found = getattr(_stemmers, language, None)
    if found is None:
        found = snowballstemmer.stemmer(language)
        setattr(_stemmers, language, found)
    return found


@functools.lru_cache(maxsize=131072)
def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word, as FTS5's unicode61 tokenizer sees it."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


ENGLISH = "en"
SPANISH = "es"
LANGUAGES = (ENGLISH, SPANISH)

# The commonest short words of each language, to tell which one an entry is written in
# (words both languages use, like "no", "me" and "a", are in neither list). They are
# not stemmed either: a search for them matches them exactly.
_STOP = {
    ENGLISH: frozenset(
        "the and to of it is was that my for with on but at this had be not you we they "
        "have are were i am so just what when from her his she he our out about there "
        "all would could very".split()
    ),
    SPANISH: frozenset(
        "el la los las de que y en un una es con por para se lo pero muy como mas más "
        "estoy fue hoy del al le su sus yo ya esta está era estaba porque cuando también "
        "tambien hay sin sobre mucho nos te".split()
    ),
}
_ALL_STOP = _STOP[ENGLISH] | _STOP[SPANISH]
_LONGEST_STOP = max(len(w) for w in _ALL_STOP)
# An entry is in one language when its common words are at least this many times more
# often that language's; otherwise (mixed, or too short to tell) it is read as both.
_CLEAR_LEAD = 3


@functools.lru_cache(maxsize=131072)
def english(word: str) -> str:
    """The English (Porter2) stem of a word, folded."""
    return str(_stemmer("english").stemWord(fold(word)))


@functools.lru_cache(maxsize=131072)
def spanish(word: str) -> frozenset[str]:
    """The Spanish stems of a word, folded: as written and without its accents.

    Both, so that an entry's "comía" is found by "comia" typed without accents.
    """
    folded = fold(word)
    stem = _stemmer("spanish").stemWord
    return frozenset({fold(str(stem(word.lower()))), str(stem(folded))})


def _stemmed(word: str) -> bool:
    folded = fold(word)
    return not (
        len(folded) > _MAX_STEMMED
        or folded.isdigit()
        or (folded.isascii() and len(folded) < 3)  # "a", "is", "de": nothing to stem
        or folded in _ALL_STOP
    )


def languages(words: list[str]) -> frozenset[str]:
    """The languages an entry's words are read in: English, Spanish, or both."""
    counts = Counter(words)  # counted once: an entry repeats its words a lot
    lowered: Counter[str] = Counter()
    for word, n in counts.items():
        if len(word) <= _LONGEST_STOP:
            lowered[word.lower()] += n
    en = sum(lowered[w] for w in _STOP[ENGLISH] if w in lowered)
    es = sum(lowered[w] for w in _STOP[SPANISH] if w in lowered)
    if en >= _CLEAR_LEAD * es and en > 0:
        return frozenset({ENGLISH})
    if es >= _CLEAR_LEAD * en and es > 0:
        return frozenset({SPANISH})
    return frozenset(LANGUAGES)


def entry_words(*texts: str | None) -> list[str]:
    """The words of an entry's texts, in order."""
    return [w for t in texts if t for w in _WORD.findall(t)]


def languages_of(title: str, body: str, tag_text: str) -> frozenset[str]:
    """The languages the index reads this entry in (as the view computes its stems)."""
    return languages(entry_words(title, body, tag_text))


@dataclass(frozen=True)
class QueryForms:
    """What a searched (unquoted) word matches: itself, and stems in each language."""

    exact: str
    english: frozenset[str]
    spanish: frozenset[str]


@functools.lru_cache(maxsize=4096)
def query_forms(word: str) -> QueryForms:
    """The forms of a searched word, and for English an -en verb's root."""
    folded = fold(word)
    if not _stemmed(word):
        return QueryForms(folded, frozenset(), frozenset())
    stem = english(word)
    found = {stem}
    if (
        stem.endswith(_EN_VERB_ENDING)
        and len(stem) - len(_EN_VERB_ENDING) >= _MIN_EN_ROOT
        and stem not in _NOT_EN_VERBS
    ):
        found.add(stem[: -len(_EN_VERB_ENDING)])
    return QueryForms(folded, frozenset(found), spanish(word))


def word_forms_in(word: str, language: str) -> frozenset[str]:
    """The stems the index holds for ``word`` in an entry read in ``language``."""
    if not _stemmed(word):
        return frozenset()
    return frozenset({english(word)}) if language == ENGLISH else spanish(word)


@functools.lru_cache(maxsize=4)
def _analysed(title: str, body: str, tag_text: str) -> dict[str, str]:
    # The view asks once per language for the same row: the second call is cached.
    words = entry_words(title, body, tag_text)
    found = languages(words)
    out: dict[str, str] = {}
    for language in LANGUAGES:
        if language not in found:
            out[language] = ""
            continue
        stems: list[str] = []
        for word in words:
            stems.extend(word_forms_in(word, language))
        out[language] = " ".join(stems)
    return out


def index_forms(title: str | None, body: str | None, tag_text: str | None, language: str) -> str:
    """The ``forms_en`` or ``forms_es`` column of an entry: its words' stems, in order.

    Empty when the entry is not read in that language.
    """
    return _analysed(title or "", body or "", tag_text or "").get(language, "")


def _sql_forms(title: Any, body: Any, tag_text: Any, language: Any) -> str:
    return index_forms(
        title if isinstance(title, str) else None,
        body if isinstance(body, str) else None,
        tag_text if isinstance(tag_text, str) else None,
        str(language),
    )


def register(connection: Any) -> None:
    """Make :data:`SQL_FUNCTION` available on a DB-API connection (before any write)."""
    connection.create_function(SQL_FUNCTION, 4, _sql_forms, deterministic=True)


# Words whose stems change if the stemmers do: the vault keeps this fingerprint with its
# index and rebuilds the index when a newer stemmer stems them differently.
_PROBE = (
    "tightening tightened tightly happiness generously running flies agreed conditional "
    "preocupación caminando comíamos canciones tranquilidad nerviosa árboles quisiera"
).split()


def forget() -> None:
    """Empty every cache of words and text (the vault is locking)."""
    for cached in (fold, english, spanish, query_forms, _analysed):
        cached.cache_clear()


def fingerprint() -> str:
    """A short digest of how the stemmers treat a fixed set of words, and of the rules.

    The rules (which words are stemmed, how an entry's language is read) are part of it
    through their own lists, so changing them also rebuilds the index.
    """
    rules = ",".join(sorted(_ALL_STOP)) + f"|{_CLEAR_LEAD}|{_MAX_STEMMED}|{_MIN_STEM}"
    joined = rules + "|".join(f"{w}:{english(w)}:{','.join(sorted(spanish(w)))}" for w in _PROBE)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]
