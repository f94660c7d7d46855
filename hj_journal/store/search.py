"""Full-text search over entries with FTS5.

What the user types becomes a safe FTS5 query: words are quoted (so FTS5 operators in
the text are just words), ``"quoted phrases"`` stay phrases, and the last word matches
as a prefix so results appear while typing. :class:`Highlighter` marks matches with the
control characters :data:`MARK_START` and :data:`MARK_END`; the UI turns them into bold
text after escaping everything else, so entry text can never inject markup.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

from sqlalchemy import text
from sqlalchemy.orm import Session

MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"

Order = Literal["newest", "best"]

_TOKEN = re.compile(r'"([^"]*)"|(\w+)', re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
# bm25 weights per column: a word in the title counts most, then tags, then the body.
_RANK = "bm25(entry_fts, 10.0, 1.0, 4.0)"


def to_fts_query(user_text: str) -> str | None:
    """Turn free text into an FTS5 query, or None when there is nothing to search for."""
    parts: list[str] = []
    for match in _TOKEN.finditer(user_text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = re.findall(r"\w+", phrase, re.UNICODE)
            if words:
                parts.append('"' + " ".join(words) + '"')
        elif word:
            parts.append('"' + word + '"')
    if not parts:
        return None
    last = user_text.rstrip()
    if parts[-1].count(" ") == 0 and not last.endswith('"'):
        parts[-1] += "*"  # search as you type: the word being typed is a prefix
    return " ".join(parts)


@functools.lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Case- and accent-insensitive form of a word, as FTS5's unicode61 tokenizer sees it."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class Highlighter:
    """Marks the words of a query in titles and builds short snippets from bodies.

    FTS5 can make snippets itself, but with ``rowid IN (…)`` it re-runs the query per
    row, and in one sorted query it snippets every match before sorting. Marking the
    fifty rows of a page here costs a fraction of a millisecond.
    """

    def __init__(self, user_text: str) -> None:
        words: list[str] = []
        for match in _TOKEN.finditer(user_text):
            words.extend(re.findall(r"\w+", match.group(0), re.UNICODE))
        self._exact = {_fold(w) for w in words}
        ends_in_word = bool(words) and not user_text.rstrip().endswith('"')
        self._prefix = _fold(words[-1]) if ends_in_word else None
        # Fast path for ASCII text: one regex over the lower-cased text finds every match.
        alternatives = sorted((re.escape(w) for w in self._exact), key=len, reverse=True)
        if self._prefix is not None:
            alternatives.insert(0, re.escape(self._prefix) + r"\w*")
        self._ascii = (
            re.compile(r"\b(?:" + "|".join(alternatives) + r")\b") if alternatives else None
        )

    def _matches(self, word: str) -> bool:
        folded = _fold(word)
        return folded in self._exact or (
            self._prefix is not None and folded.startswith(self._prefix)
        )

    def _spans(self, text_: str, *, first_only: bool = False) -> list[tuple[int, int]]:
        if self._ascii is None:
            return []
        if text_.isascii():
            lowered = text_.lower()
            if first_only:
                found = self._ascii.search(lowered)
                return [found.span()] if found else []
            return [m.span() for m in self._ascii.finditer(lowered)]
        spans = []
        for m in _WORD.finditer(text_):
            if self._matches(m.group(0)):
                spans.append(m.span())
                if first_only:
                    break
        return spans

    def mark(self, text_: str) -> str:
        """``text_`` with every matching word wrapped in MARK_START … MARK_END."""
        out, last = [], 0
        for start, stop in self._spans(text_):
            out += [text_[last:start], MARK_START, text_[start:stop], MARK_END]
            last = stop
        out.append(text_[last:])
        return "".join(out)

    def snippet(self, body: str, words: int = 16) -> str:
        """About ``words`` words of ``body`` around the first match, marked, on one line."""
        spans = self._spans(body[:200_000], first_only=True)
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
        return prefix + self.mark(piece) + suffix


def search_ids(
    session: Session,
    user_text: str,
    *,
    order: Order = "newest",
    limit: int = 50,
    offset: int = 0,
) -> list[int]:
    """Ids of matching entries not in the trash, newest first or best match first."""
    query = to_fts_query(user_text)
    if query is None:
        return []
    order_sql = "e.entry_date DESC, e.created_at DESC, e.id DESC" if order == "newest" else _RANK
    # INDEXED BY: the planner would look each match up by rowid, reading a whole
    # encrypted page per match; the covering index holds everything the sort needs.
    rows = session.execute(
        text(
            "SELECT e.id FROM entry_fts "
            "JOIN entries e INDEXED BY ix_entries_search_order ON e.id = entry_fts.rowid "
            "WHERE entry_fts MATCH :q AND e.deleted_at IS NULL "
            f"ORDER BY {order_sql} LIMIT :limit OFFSET :offset"
        ),
        {"q": query, "limit": limit, "offset": offset},
    )
    return [int(row[0]) for row in rows]


def count_matches(session: Session, user_text: str) -> int:
    """How many entries outside the trash match."""
    query = to_fts_query(user_text)
    if query is None:
        return 0
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM entry_fts "
                "JOIN entries e INDEXED BY ix_entries_search_order ON e.id = entry_fts.rowid "
                "WHERE entry_fts MATCH :q AND e.deleted_at IS NULL"
            ),
            {"q": query},
        ).scalar_one()
    )


def optimize_index(session: Session) -> None:
    """Merge the index's segments, so deleted text no longer lingers in old ones."""
    session.execute(text("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')"))
