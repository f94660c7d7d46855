"""Full-text search over entries with FTS5, finding word forms.

What the user types is read as terms: ``"quoted phrases"`` match exactly (the words in
that order, as written, ignoring only case and accents); every other word matches its
word forms too (hj_journal/store/word_forms.py: "tightening" finds "tight" and
"tightened", "caminé" finds "caminando"); the last word also matches as a prefix so
results appear while typing. Every term is quoted in the FTS5 query, so FTS5 operators
in the text are just words, and a quote left open is read as if it were not there.

:class:`Highlighter` marks the same words the index matched with the control characters
:data:`MARK_START` and :data:`MARK_END`; the UI turns them into bold text after escaping
everything else, so entry text can never inject markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import text
from sqlalchemy.orm import Session

from hj_journal.store import search_index, word_forms
from hj_journal.store.bulk import session_runner
from hj_journal.store.word_forms import fold

MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"

Order = Literal["newest", "best"]

_TOKEN = re.compile(r'"([^"]*)"|(\w+)', re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
# The exact columns: a quoted phrase never matches a stem in ``forms``.
_EXACT_COLUMNS = "{title body tag_text}"
_MAX_TERMS = 32  # a pasted page is not a query: the first words are plenty


@dataclass(frozen=True)
class Term:
    """One part of a query: a quoted phrase, or a word (perhaps still being typed)."""

    words: tuple[str, ...]
    phrase: bool
    prefix: bool = False


def parse(user_text: str) -> list[Term]:
    """The terms of what the user typed (empty when there is nothing to search for)."""
    terms: list[Term] = []
    for match in _TOKEN.finditer(user_text):
        quoted, word = match.group(1), match.group(2)
        if quoted is not None:
            words = tuple(_WORD.findall(quoted))
            if words:
                terms.append(Term(words, phrase=True))
        elif word:
            terms.append(Term((word,), phrase=False))
    terms = terms[:_MAX_TERMS]
    if terms and not terms[-1].phrase and not user_text.rstrip().endswith('"'):
        # Search as you type: the word being typed also matches as a prefix.
        terms[-1] = Term(terms[-1].words, phrase=False, prefix=True)
    return terms


def _quoted(token: str) -> str:
    return '"' + token.replace('"', "") + '"'


_EXACT = ("title", "body", "tag_text")
_ALL_COLUMNS = (*_EXACT, "forms_en", "forms_es")
_FORMS_COLUMN = {word_forms.ENGLISH: "forms_en", word_forms.SPANISH: "forms_es"}


def _in_columns(token: str, columns: set[str]) -> str:
    if len(columns) == len(_ALL_COLUMNS):
        return token
    return "{" + " ".join(c for c in _ALL_COLUMNS if c in columns) + "}: " + token


def _word_query(word: str, *, prefix: bool, forms: bool = True) -> str:
    """One searched word: itself in the exact columns, its stems in their languages'.

    A token wanted in several columns is asked for once (FTS5 reads a token's list of
    matches once per phrase, whatever its columns), which keeps common words fast.
    """
    found = word_forms.query_forms(word)
    if not forms:  # the old index, while the new one is built: exact words only
        exact = _quoted(found.exact)
        return exact + "*" if prefix else f"{_EXACT_COLUMNS}: {exact}"
    wanted: dict[str, set[str]] = {}
    for language, stems in (
        (word_forms.ENGLISH, found.english),
        (word_forms.SPANISH, found.spanish),
    ):
        for stem in stems:
            wanted.setdefault(stem, set()).add(_FORMS_COLUMN[language])
    options = []
    if prefix:
        # The word being typed, as a prefix in every column: a stem that starts with
        # it would match anyway (stems are the starts of words).
        options.append(_quoted(found.exact) + "*")
        wanted = {t: c for t, c in wanted.items() if not t.startswith(found.exact)}
    else:
        wanted.setdefault(found.exact, set()).update(_EXACT)
    options += [_in_columns(_quoted(t), wanted[t]) for t in sorted(wanted)]
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


def to_fts_query(user_text: str, *, forms: bool = True) -> str | None:
    """Turn free text into an FTS5 query, or None when there is nothing to search for.

    ``forms=False`` asks for exact words only (the old index, while the new one fills).
    """
    parts: list[str] = []
    for term in parse(user_text):
        if term.phrase:
            parts.append(f"{_EXACT_COLUMNS}: {_quoted(' '.join(term.words))}")
        else:
            parts.append(_word_query(term.words[0], prefix=term.prefix, forms=forms))
    return " AND ".join(parts) if parts else None


BOTH = frozenset(word_forms.LANGUAGES)
#: The languages an entry is read in, or a function that reads them when first needed.
Languages = frozenset[str] | Callable[[], frozenset[str]]


def languages_when_needed(title: str, body: str, tag_text: str) -> Callable[[], frozenset[str]]:
    """The entry's languages (:func:`word_forms.languages_of`), read at most once, if asked."""
    found: list[frozenset[str]] = []

    def read() -> frozenset[str]:
        if not found:
            found.append(word_forms.languages_of(title, body, tag_text))
        return found[0]

    return read


# The index's columns, in order: the stem columns' token counts say which languages an
# entry was read in (a column is empty for a language the entry is not read in).
_FORMS_AT = {word_forms.ENGLISH: 3, word_forms.SPANISH: 4}


def _varints(blob: bytes) -> list[int]:
    """The numbers in FTS5's docsize record (SQLite's big-endian base-128 varints)."""
    numbers, value, length = [], 0, 0
    for byte in blob:
        length += 1
        if length == 9:  # the ninth byte of a varint carries eight bits
            numbers.append((value << 8) | byte)
            value, length = 0, 0
            continue
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            numbers.append(value)
            value, length = 0, 0
    return numbers


class IndexLanguages:
    """The languages the word-forms index read each entry of a page in, asked once.

    The same answer :func:`word_forms.languages_of` gives, read from the index instead
    of from the text: one look-up for the whole page, against a pass over each entry's
    words (most of the cost of highlighting a word whose stem is in every entry). An
    entry with no word to stem in a language reads as not in it, which marks nothing
    differently: none of its words has stems there. Only while the index finds word
    forms (:func:`finds_word_forms`).
    """

    def __init__(self, session: Session, ids: list[int]) -> None:
        self._session = session
        self._ids = ids
        self._found: dict[int, frozenset[str]] | None = None

    def _read(self) -> dict[int, frozenset[str]]:
        if self._found is None:
            marks = ", ".join(str(int(i)) for i in self._ids) or "NULL"
            rows = self._session.execute(
                text(f"SELECT id, sz FROM entry_fts_docsize WHERE id IN ({marks})")
            )
            self._found = {}
            for entry_id, sizes in rows:
                counts = _varints(bytes(sizes))
                self._found[int(entry_id)] = frozenset(
                    language
                    for language, at in _FORMS_AT.items()
                    if at < len(counts) and counts[at] > 0
                )
        return self._found

    def of(self, entry_id: int, fallback: Languages) -> Languages:
        """The entry's languages, read from the index when first needed, else ``fallback``."""

        def read() -> frozenset[str]:
            found = self._read().get(entry_id)
            if found is not None:
                return found
            return fallback() if callable(fallback) else fallback

        return read


class Highlighter:
    """Marks the words a query matched in titles, and builds short snippets from bodies.

    A word of the text is marked when the index would have matched it: it is a searched
    word or a word of a quoted phrase (ignoring case and accents), it starts with the
    word being typed, or it shares a stem with a searched word in a language the entry
    is read in (``languages``, or a function giving them, read only when a word's stems
    must be compared: :func:`languages_when_needed`). FTS5 can make
    snippets itself, but with ``rowid IN (…)`` it re-runs the query per row; marking the
    fifty rows of a page here costs about a millisecond.
    """

    def __init__(self, user_text: str, *, forms: bool = True) -> None:
        self._exact: set[str] = set()
        self._stems = {language: set[str]() for language in word_forms.LANGUAGES}
        self._prefix: str | None = None
        for term in parse(user_text):
            if term.phrase:
                self._exact.update(fold(w) for w in term.words)
                continue
            found = word_forms.query_forms(term.words[0])
            self._exact.add(found.exact)
            if forms:
                self._stems[word_forms.ENGLISH].update(found.english)
                self._stems[word_forms.SPANISH].update(found.spanish)
            if term.prefix:
                self._prefix = found.exact
        # A word can only have one of these stems if it starts with nearly all of it
        # (stemmers cut endings and change at most the last letter or two), so one regex
        # over the lower-cased text finds the few words worth checking.
        starts = {f[: max(2, len(f) - 2)] for stems in self._stems.values() for f in stems}
        starts |= self._exact
        if self._prefix is not None:
            starts.add(self._prefix)
        alternatives = sorted((re.escape(s) for s in starts if s), key=len, reverse=True)
        self._candidates = (
            re.compile(r"\b(?:" + "|".join(alternatives) + r")\w*") if alternatives else None
        )

    def _matches(self, word: str, languages: Languages) -> bool:
        folded = fold(word)
        if folded in self._exact:
            return True
        if self._prefix is not None and folded.startswith(self._prefix):
            return True
        # The languages in which this word shares a stem with a searched word: mostly
        # none ("was" when "walking" is searched), and then the entry's languages, which
        # cost a pass over its text to read, are never needed.
        sharing = [
            language
            for language, stems in self._stems.items()
            if stems and not stems.isdisjoint(word_forms.word_forms_in(word, language))
        ]
        if not sharing:
            return False
        read_in = languages() if callable(languages) else languages
        return any(language in read_in for language in sharing)

    def _spans(
        self, text_: str, languages: Languages, *, first_only: bool = False
    ) -> list[tuple[int, int]]:
        if self._candidates is None:
            return []
        spans = []
        if text_.isascii():
            lowered = text_.lower()  # same length and offsets as the text itself
            found = self._candidates.finditer(lowered)
        else:
            found = _WORD.finditer(text_)
        for m in found:
            if self._matches(text_[m.start() : m.end()], languages):
                spans.append(m.span())
                if first_only:
                    break
        return spans

    def mark(self, text_: str, languages: Languages = BOTH) -> str:
        """``text_`` with every matching word wrapped in MARK_START … MARK_END."""
        out, last = [], 0
        for start, stop in self._spans(text_, languages):
            out += [text_[last:start], MARK_START, text_[start:stop], MARK_END]
            last = stop
        out.append(text_[last:])
        return "".join(out)

    def snippet(self, body: str, words: int = 16, languages: Languages = BOTH) -> str:
        """About ``words`` words of ``body`` around the first match, marked, on one line."""
        spans = self._spans(body[:200_000], languages, first_only=True)
        first_at = spans[0][0] if spans else 0
        # Step back about four words from the first match, then take ``words`` words.
        head = body[:first_at]
        back = [m.start() for m in _WORD.finditer(head[-200:])]
        start = first_at - len(head[-200:]) + back[-4] if len(back) >= 4 else 0
        tokens = []
        for m in _WORD.finditer(body, start):
            tokens.append(m)
            if len(tokens) == words:
                break
        if not tokens:
            return ""
        stop = tokens[-1].end()
        piece = " ".join(body[tokens[0].start() : stop].split())
        prefix = ELLIPSIS if _WORD.search(body, 0, tokens[0].start()) else ""
        suffix = ELLIPSIS if _WORD.search(body, stop) else ""
        return prefix + self.mark(piece, languages) + suffix


@dataclass(frozen=True)
class Narrowing:
    """What narrows a search besides its words: a tag and a range of days (inclusive)."""

    tag: str | None = None
    day_from: date | None = None
    day_to: date | None = None


def _where(query: str, narrowing: Narrowing | None, table: str) -> tuple[str, dict[str, Any]]:
    clauses = [f"{table} MATCH :q", "e.deleted_at IS NULL"]
    params: dict[str, Any] = {"q": query}
    narrowing = narrowing or Narrowing()
    # ``+e.entry_date``: the day is compared as the text it is, once the match's row is
    # found in the covering index. Without the ``+`` SQLite makes the range part of each
    # match's index look-up and tries to read the bound day as a number (entry_date is a
    # DATE column: numeric affinity) at every look-up, copying the text each time. Once
    # the connection's pool of small allocations (lookaside) is in use, as after many
    # saves, each copy is a locked allocation (cipher_memory_security: an mlock and a
    # munlock call), and a word with a year took 150 ms instead of 15 (docs/benchmarks.md).
    if narrowing.day_from is not None:
        clauses.append("+e.entry_date >= :day_from")
        params["day_from"] = narrowing.day_from.isoformat()
    if narrowing.day_to is not None:
        clauses.append("+e.entry_date <= :day_to")
        params["day_to"] = narrowing.day_to.isoformat()
    if narrowing.tag:
        clauses.append("e.id IN (SELECT entry_id FROM entry_tags WHERE name = :tag)")
        params["tag"] = narrowing.tag
    return " AND ".join(clauses), params


# INDEXED BY: the planner would look each match up by rowid, reading a whole encrypted
# page per match; the covering index holds everything the sort and the date range need.
_FROM = "FROM {t} JOIN entries e INDEXED BY ix_entries_search_order ON e.id = {t}.rowid "
_NEWEST = "e.entry_date DESC, e.created_at DESC, e.id DESC"
# FTS5's own rank (bm25 with the column weights set by migration 0009: title 10, body 1,
# tags 4, each language's word forms 1), so the scoring runs inside FTS5.
_BEST = "{t}.rank, e.entry_date DESC, e.id DESC"
#: Best match first ranks many matches in blocks of about this many, latest added first.
#: Scoring one match costs FTS5 a look-up of the entry's length in its own table, a
#: statement step with a locked allocation (cipher_memory_security), about 3.5 µs: a word
#: found in 35,000 entries took 170 ms to rank whole, a block of 1,000 about 5.
BEST_BLOCK = 1000


def finds_word_forms(session: Session) -> bool:
    """False while an index of exact words only stands in for search (after an update)."""
    return search_index.stand_in(session_runner(session)) != "exact"


def _plan(session: Session, user_text: str) -> tuple[str, str] | None:
    found = search_index.stand_in(session_runner(session))
    query = to_fts_query(user_text, forms=found != "exact")
    if query is None:
        return None
    return query, ("entry_fts" if found is None else search_index.OLD)


def search_ids(
    session: Session,
    user_text: str,
    *,
    order: Order = "newest",
    limit: int = 50,
    offset: int = 0,
    narrowing: Narrowing | None = None,
) -> list[int]:
    """Ids of matching entries not in the trash, newest first or best match first."""
    plan = _plan(session, user_text)
    if plan is None:
        return []
    query, table = plan
    where, params = _where(query, narrowing, table)
    if order == "best":
        narrowed = narrowing is not None and narrowing != Narrowing()
        return _best_ids(
            session, table, query, narrowed, (where, params), limit=limit, offset=offset
        )
    rows = session.execute(
        text(
            f"SELECT e.id {_FROM.format(t=table)}WHERE {where} "
            f"ORDER BY {_NEWEST} LIMIT :limit OFFSET :offset"
        ),
        {**params, "limit": limit, "offset": offset},
    )
    return [int(row[0]) for row in rows]


def _best_ids(
    session: Session,
    table: str,
    query: str,
    narrowed: bool,
    where: tuple[str, dict[str, Any]],
    *,
    limit: int,
    offset: int,
) -> list[int]:
    """Best match first; many matches are ranked in blocks of about :data:`BEST_BLOCK`.

    Up to a block's worth of matches (or any narrowed search, whose ranking costs only
    the rows the tag and days let through) are ranked whole. More are cut into blocks of
    entries by when they were added (their ids), latest first, each about a block's
    worth of matches wide and ranked by bm25 on its own, so ranking costs the same
    whatever the number of matches, and paging on reaches every match. FTS5 is given
    each block as a rowid range, so it scores only the block's matches.
    """
    clauses, params = where
    select = f"SELECT e.id {_FROM.format(t=table)}WHERE {clauses}"
    order_sql = f"ORDER BY {_BEST.format(t=table)}"
    total = 0 if narrowed else _fts_count(session, table, query)
    if total <= BEST_BLOCK:
        ranked = session.execute(
            text(f"{select} {order_sql} LIMIT :limit OFFSET :offset"),
            {**params, "limit": limit, "offset": offset},
        )
        return [int(row[0]) for row in ranked]
    # Two sub-queries: SQLite reads a lone min() or max() from the end of the table's
    # b-tree, but scans every row for both in one select (2 ms at 50,000 entries).
    first, last = session.execute(
        text("SELECT (SELECT min(id) FROM entries), (SELECT max(id) FROM entries)")
    ).one()
    width = -(-(int(last) - int(first) + 1) * BEST_BLOCK // total)  # ids per block
    in_block = f"{select} AND {table}.rowid BETWEEN :bottom AND :top"
    ids: list[int] = []
    top, skip = int(last), offset
    while len(ids) < limit and top >= first:
        bounds = {**params, "top": top, "bottom": top - width + 1}
        rows = session.execute(
            text(f"{in_block} {order_sql} LIMIT :limit OFFSET :skip"),
            {**bounds, "limit": limit - len(ids), "skip": skip},
        ).all()
        ids += [int(row[0]) for row in rows]
        if rows:
            skip = 0
        elif skip:  # the page starts past this block
            found = session.execute(text(f"SELECT count(*) FROM ({in_block})"), bounds)
            skip -= int(found.scalar_one())
        top -= width
    return ids


def _fts_count(session: Session, table: str, query: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH :q"
    return int(session.execute(text(sql), {"q": query}).scalar_one())


def count_matches(session: Session, user_text: str, narrowing: Narrowing | None = None) -> int:
    """How many entries outside the trash match."""
    plan = _plan(session, user_text)
    if plan is None:
        return 0
    query, table = plan
    where, params = _where(query, narrowing, table)
    sql = f"SELECT count(*) {_FROM.format(t=table)}WHERE {where}"
    return int(session.execute(text(sql), params).scalar_one())


def optimize_index(session: Session) -> None:
    """Merge the index's segments, so deleted text no longer lingers in old ones.

    While the old index stands in for search, it is merged too.
    """
    session.execute(text("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')"))
    if search_index.stand_in(session_runner(session)) is not None:
        session.execute(text("INSERT INTO entry_fts_old(entry_fts_old) VALUES ('optimize')"))


def index_is_current(session: Session) -> bool:
    """Whether the index was built by the stemmers this version of the app has."""
    return search_index.is_current(session_runner(session))


def renew_word_forms(session: Session) -> None:
    """Index every entry again in the background, with today's stemmers.

    After an update that stems some words differently; entries stay findable by their
    old word forms meanwhile.
    """
    search_index.renew_word_forms(session_runner(session))


Progress = search_index.Progress


def index_progress(session: Session) -> Progress:
    """How far bringing the index up to date has come."""
    return search_index.progress(session_runner(session))


def index_some(session: Session, count: int = search_index.CHUNK) -> Progress:
    """Add the next few waiting entries to the index (commit the session after)."""
    return search_index.index_some(session_runner(session), count)
