"""Full-text search over entries with FTS5.

What the user types becomes a safe FTS5 query: words are quoted (so FTS5 operators in
the text are just words), ``"quoted phrases"`` stay phrases, and the last word matches
as a prefix so results appear while typing. Snippets mark matches with the control
characters :data:`MARK_START` and :data:`MARK_END`; the UI turns them into bold text
after escaping everything else, so entry text can never inject markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"

Order = Literal["newest", "best"]

_TOKEN = re.compile(r'"([^"]*)"|(\w+)', re.UNICODE)
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


@dataclass(frozen=True)
class SearchHit:
    """One matching entry: its id, a highlighted title and a highlighted snippet."""

    entry_id: int
    title: str
    snippet: str


def search_entries(
    session: Session,
    user_text: str,
    *,
    order: Order = "newest",
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Matching entries not in the trash, newest first or best match first."""
    query = to_fts_query(user_text)
    if query is None:
        return []
    order_sql = "e.entry_date DESC, e.created_at DESC, e.id DESC" if order == "newest" else _RANK
    # Two steps: pick the page of ids first, then build snippets for that page only,
    # so a common word does not cost a snippet for every match.
    ids = [
        row[0]
        for row in session.execute(
            text(
                "SELECT e.id FROM entry_fts JOIN entries e ON e.id = entry_fts.rowid "
                "WHERE entry_fts MATCH :q AND e.deleted_at IS NULL "
                f"ORDER BY {order_sql} LIMIT :limit OFFSET :offset"
            ),
            {"q": query, "limit": limit, "offset": offset},
        )
    ]
    if not ids:
        return []
    rows = session.execute(
        text(
            "SELECT rowid, highlight(entry_fts, 0, :a, :b), "
            "snippet(entry_fts, 1, :a, :b, :e, 14) "
            "FROM entry_fts WHERE entry_fts MATCH :q AND rowid IN :ids"
        ).bindparams(bindparam("ids", expanding=True)),
        {"q": query, "a": MARK_START, "b": MARK_END, "e": ELLIPSIS, "ids": ids},
    ).all()
    by_id = {row[0]: SearchHit(row[0], row[1] or "", row[2] or "") for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def count_matches(session: Session, user_text: str) -> int:
    """How many entries outside the trash match."""
    query = to_fts_query(user_text)
    if query is None:
        return 0
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM entry_fts JOIN entries e ON e.id = entry_fts.rowid "
                "WHERE entry_fts MATCH :q AND e.deleted_at IS NULL"
            ),
            {"q": query},
        ).scalar_one()
    )


def optimize_index(session: Session) -> None:
    """Merge the index's segments, so deleted text no longer lingers in old ones."""
    session.execute(text("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')"))
