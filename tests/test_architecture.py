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
DOMAINS = [
    "journal",
    "checkin",
    "coping",
    "prompts",
    "care",
    "insights",
    "sessions",
    "data",
    "sync",
]


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


# mypy itself runs in CI (.ci/run): a first run, with no cache, takes about 45 s on a
# two-core machine, too slow to repeat in every test run. These tests read its settings,
# so what it checks, and how strictly, cannot quietly shrink.

# Per-module overrides allowed on our own code, each for one flag PySide6's stubs force;
# pyproject.toml gives the reason beside it. None is needed today.
MYPY_OVERRIDES_ALLOWED: dict[str, set[str]] = {}


def _mypy() -> dict[str, Any]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    mypy: dict[str, Any] = config["tool"]["mypy"]
    return mypy


def _checked(packages: list[str], module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in packages)


def test_mypy_checks_every_layer() -> None:
    mypy = _mypy()
    packages = mypy["packages"]
    for layer in ("store", "core", "ui", "cli"):
        assert _checked(packages, f"hj_journal.{layer}"), f"mypy leaves out hj_journal.{layer}"
    # And whatever else sits at the top of the package, so a newcomer is checked too.
    top = REPO / "hj_journal"
    names = {p.parent.name for p in top.glob("*/__init__.py")} | {p.stem for p in top.glob("*.py")}
    modules = {f"hj_journal.{name}" for name in names - {"__init__"}} | {"hj_journal"}
    left_out = sorted(name for name in modules if not _checked(packages, name))
    assert not left_out, f"mypy leaves out {left_out}"
    assert "exclude" not in mypy, "mypy skips files: fix their types instead"


def test_mypy_is_strict_and_every_ignore_names_its_error() -> None:
    mypy = _mypy()
    assert mypy["strict"] is True
    assert "ignore-without-code" in mypy.get("enable_error_code", [])
    # Nothing in the main section undoes a part of strict for every module.
    loosened = {key for key, value in mypy.items() if key.startswith("allow_") and value}
    loosened |= {
        key
        for key, value in mypy.items()
        if key.startswith(("disallow_", "warn_", "check_", "strict_")) and value is False
    }
    assert not loosened, f"mypy's strict mode is loosened by {sorted(loosened)}"
    assert mypy.get("follow_imports", "normal") == "normal"


def test_mypy_overrides_on_our_code_are_the_listed_few() -> None:
    for override in _mypy().get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        flags = set(override) - {"module"}
        for module in modules:
            if not module.startswith("hj_journal"):
                continue  # a third-party library's missing stubs
            assert "ignore_errors" not in flags, f"mypy does not check {module} at all"
            allowed = MYPY_OVERRIDES_ALLOWED.get(module, set())
            assert flags <= allowed, f"{module}: override {sorted(flags - allowed)} not listed"


def test_ci_runs_mypy_with_these_settings() -> None:
    lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    # No arguments: arguments would replace the package list read above.
    assert ".venv/bin/mypy" in [line.strip() for line in lines]
