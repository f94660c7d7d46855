"""Every sentence the code marks for translation is in a catalogue, and translated.

The code marks words with literal calls (``self.tr("…")``,
``QCoreApplication.translate("Ctx", "…")``, ``QT_TRANSLATE_NOOP("Ctx", "…")``, core's
``translate("Ctx", "…")``); ``pyside6-lupdate`` copies them into
``resources/translations/<area>_es.ts``. This test reads the code itself and fails on a
marked sentence that no catalogue holds (lupdate skipped it, or nobody ran
``packaging/i18n.py update``) and on one left untranslated, naming file and line. The
pseudo-translation run in tests/ui/test_spanish.py finds words that were never marked.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from tests.helpers import REPO

PACKAGE = REPO / "hj_journal"
CATALOGUES = REPO / "resources" / "translations"
_CONTEXT_CALLS = {"translate", "QT_TRANSLATE_NOOP"}


@cache
def _catalogued() -> dict[tuple[str, str], bool]:
    """``(context, source)`` of every message, and whether it is translated."""
    found: dict[tuple[str, str], bool] = {}
    for path in sorted(CATALOGUES.glob("*_es.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                done = translation is not None and translation.get("type") != "unfinished"
                key = (name, message.findtext("source") or "")
                found[key] = found.get(key, False) or done
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked(path: Path) -> list[tuple[int, str, str]]:
    """``(line, context, source)`` of every literal translation call in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name in _CONTEXT_CALLS and len(args) >= 2:
                context, source = _literal(args[0]), _literal(args[1])
                if context is not None and source is not None:
                    out.append((node.lineno, context, source))
            elif name == "tr" and isinstance(func, ast.Attribute) and args and cls:
                source = _literal(args[0])
                if source is not None:
                    out.append((node.lineno, cls, source))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, "")
    return out


def _files() -> list[Path]:
    folders = [PACKAGE / "ui", PACKAGE / "core", PACKAGE / "cli"]
    return sorted(p for folder in folders for p in folder.rglob("*.py"))


def test_the_code_marks_words_for_translation() -> None:
    assert sum(len(marked(path)) for path in _files()) > 2000


@pytest.mark.parametrize("part", ["ui", "core", "cli"])
def test_every_marked_sentence_is_in_a_catalogue_and_translated(part: str) -> None:
    catalogued = _catalogued()
    missing: list[str] = []
    untranslated: list[str] = []
    for path in sorted((PACKAGE / part).rglob("*.py")):
        for line, context, source in marked(path):
            where = f"{path.relative_to(REPO)}:{line} [{context}] {source[:60]!r}"
            if (context, source) not in catalogued:
                missing.append(where)
            elif not catalogued[(context, source)]:
                untranslated.append(where)
    assert not missing, "not in any catalogue (run packaging/i18n.py update):\n" + "\n".join(
        missing
    )
    assert not untranslated, "not translated yet:\n" + "\n".join(untranslated)
