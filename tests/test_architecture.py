"""The layers stay in their lanes, and the code base stays tidy (import-linter, ruff)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent

LAYERS = "Layers: ui and cli use core, core uses store, never the other way"
NO_STORE_ABOVE_CORE = "The UI and the command line never import the store: they call core"
DOMAINS_APART = "Core's domain packages stand alone, but for the uses listed on purpose"
DOMAINS = ["journal", "checkin", "coping", "prompts", "care", "insights", "sessions", "data"]


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extras: pip install -e '.[test]'")
    return found


@pytest.fixture(scope="module")
def lint_imports() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool("lint-imports")], cwd=REPO, capture_output=True, text=True, timeout=120
    )


def _contracts() -> dict[str, dict[str, Any]]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def test_import_contracts_hold(lint_imports: subprocess.CompletedProcess[str]) -> None:
    done = lint_imports
    assert done.returncode == 0, done.stdout + done.stderr
    assert "BROKEN" not in done.stdout
    assert "KEPT" in done.stdout


def test_the_layer_and_domain_contracts_are_declared_and_kept(
    lint_imports: subprocess.CompletedProcess[str],
) -> None:
    contracts = _contracts()
    layers = contracts[LAYERS]
    assert layers["type"] == "layers"
    assert layers["layers"] == [
        "hj_journal.ui | hj_journal.cli",  # side by side, and apart
        "hj_journal.core",
        "hj_journal.store",
    ]
    above = contracts[NO_STORE_ABOVE_CORE]
    assert above["type"] == "forbidden"
    assert sorted(above["source_modules"]) == ["hj_journal.cli", "hj_journal.ui"]
    assert above["forbidden_modules"] == ["hj_journal.store"]
    apart = contracts[DOMAINS_APART]
    assert apart["type"] == "independence"
    assert apart["modules"] == [f"hj_journal.core.{name}" for name in DOMAINS]
    summary = " ".join(lint_imports.stdout.split())  # however the report wraps its lines
    for name in (LAYERS, NO_STORE_ABOVE_CORE, DOMAINS_APART):
        assert f"{name} KEPT" in summary, lint_imports.stdout


def test_every_core_domain_package_is_kept_apart() -> None:
    # A new package under core/ joins the independence contract (or common/, for helpers).
    core = REPO / "hj_journal" / "core"
    packages = {p.parent.name for p in core.glob("*/__init__.py")}
    assert packages == {*DOMAINS, "common"}


def test_ruff_is_clean() -> None:
    done = subprocess.run(
        [_tool("ruff"), "check", "hj_journal", "tests", "benchmarks"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
