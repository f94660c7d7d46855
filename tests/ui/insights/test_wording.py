"""No guilt words anywhere Insights and Sessions speak to people (docs/care.md, requirement 4)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "hj_journal"
FILES = [
    *sorted((PACKAGE / "ui" / "insights").glob("*.py")),
    *sorted((PACKAGE / "ui" / "sessions").glob("*.py")),
    *(PACKAGE / "core" / "insights" / name for name in ("service.py", "wording.py")),
    *(PACKAGE / "core" / "sessions" / name for name in ("service.py", "summary.py", "consent.py")),
]
GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken streak|you haven'?t|should have|"
    r"don'?t give up|keep it up|behind|in a row|on average)\b",
    re.IGNORECASE,
)


def strings() -> list[tuple[str, str]]:
    """Every one-line string constant (docstrings explaining the rule may name the words)."""
    found = []
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and "\n" not in node.value:
                found.append((path.name, node.value))
    return found


def test_the_scan_sees_the_strings() -> None:
    texts = [text for _name, text in strings()]
    assert "Gathering your insights…" in texts
    assert any("not enough yet to see a pattern" in text for text in texts)
    assert GUILT.search("7 days in a row") and GUILT.search("You missed a day")


def test_no_guilt_words_in_insights_or_sessions() -> None:
    assert [(name, text) for name, text in strings() if GUILT.search(text)] == []
