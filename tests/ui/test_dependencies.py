"""Widgets are handed the services they use, never the whole ``Services``."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import REPO

UI = REPO / "hj_journal" / "ui"


def _takes_services(path: Path) -> list[str]:
    """Parameters and attributes annotated ``Services`` (or a bare ``object`` stand-in)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                shown = ast.unparse(arg.annotation) if arg.annotation is not None else ""
                if "Services" in shown or (arg.arg == "services" and shown == "object"):
                    found.append(f"{node.lineno}: {node.name}({arg.arg}: {shown})")
            returned = ast.unparse(node.returns) if node.returns is not None else ""
            if "Services" in returned:
                found.append(f"{node.lineno}: {node.name}() -> {returned}")
    return found


def test_only_the_ui_context_holds_the_whole_services() -> None:
    """A page gets the ``UiContext``; what it builds gets the one or two services it uses."""
    found = [
        f"{path.relative_to(REPO)}:{use}"
        for path in sorted(UI.rglob("*.py"))
        for use in _takes_services(path)
    ]
    assert found == []


def test_the_scan_finds_a_widget_given_the_whole_services(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class Card:\n"
        "    def __init__(self, services: Services, parent=None) -> None: ...\n"
        "    @property\n"
        "    def services(self) -> Services: ...\n",
        encoding="utf-8",
    )
    assert _takes_services(sample) == [
        "2: __init__(services: Services)",
        "4: services() -> Services",
    ]
