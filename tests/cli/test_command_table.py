"""The command table: each command loads only its own module, and --help stays the same."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hj_journal.cli import build_parser, command_table
from hj_journal.cli.command_table import ALL, command_groups, command_named
from tests.helpers import REPO

EVERY_COMMAND = [name for group in command_groups() for name, _ in group.commands]


def _commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _listed(parser: argparse.ArgumentParser) -> list[tuple[str, str | None]]:
    return [(choice.dest, choice.help) for choice in _commands(parser)._choices_actions]


def test_the_table_lists_what_the_modules_register_in_the_same_order() -> None:
    assert _listed(build_parser(None)) == _listed(build_parser(ALL))
    assert [name for name, _ in _listed(build_parser(ALL))] == EVERY_COMMAND


@pytest.mark.parametrize("name", EVERY_COMMAND)
def test_each_commands_help_is_the_one_its_module_writes(name: str) -> None:
    full = _commands(build_parser(ALL)).choices[name]
    alone = build_parser(name)
    assert _commands(alone).choices[name].format_help() == full.format_help()
    assert alone.format_help() == build_parser(ALL).format_help()


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ([], None),
        (["list"], "list"),
        (["--data-dir", "list", "search", "x"], "search"),  # a value is never the command
        (["--vault=Notebook", "--passphrase-file", "p", "new", "--title", "t"], "new"),
        (["--version"], None),
        (["--", "list"], "list"),
        (["--help"], None),
    ],
)
def test_the_command_is_the_first_word_that_is_no_option_or_value(
    words: list[str], named: str | None
) -> None:
    assert command_named(words) == named


def test_a_command_read_otherwise_than_argparse_still_runs(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err
    monkeypatch.setattr(command_table, "command_named", lambda words: "export")
    code, out, err = run_cli("new", "--body", "a quiet evening", "--date", "2026-12-01")
    assert (code, err) == (0, "")
    assert "2026-12-01" in out


# ---------------------------------------------------------------------- what loads

# What `new`, `list` and `search` have no use for: the window, migrations (the vault is
# current), PDF and photos, the other commands, and the parts of the app other than the
# journal. (Unlocking uses cryptography's Argon2id, never the argon2 package.)
NOT_FOR_THE_JOURNAL = (
    "PySide6",
    "shiboken6",
    "alembic",
    "reportlab",
    "PIL",
    "argon2",
    "hj_journal.ui",
    "hj_journal.core.care",
    "hj_journal.core.coping",
    "hj_journal.core.checkin",
    "hj_journal.core.data",
    "hj_journal.core.insights",
    "hj_journal.core.prompts",
    "hj_journal.core.sessions",
    "hj_journal.core.sync",
    "hj_journal.cli.vault_cmds",
    "hj_journal.cli.checkin_cmd",
    "hj_journal.cli.attach_cmd",
    "hj_journal.cli.data_cmds",
    "hj_journal.cli.share_cmds",
    "hj_journal.cli.sync_cmds",
)

_RUN_AND_TELL = """
import json, sys
from hj_journal.store import keyfile
from hj_journal.cli import main

derive = keyfile.derive_key
before = []

def derive_key(*args, **kwargs):
    before.extend(sorted(sys.modules))  # what the main thread had loaded by then
    return derive(*args, **kwargs)

keyfile.derive_key = derive_key
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "before_kdf": before}))
"""
# Loaded only by the command's own work: if one of these loads before the key derivation,
# it loads on the main thread instead of beside it (hj_journal.core.services.load_in_background).
NOT_BEFORE_THE_KEY = (
    "hj_journal.core.journal",
    "hj_journal.core.attempts",
    "hj_journal.store.search",
)


def _run(data_dir: Path, *words: str) -> tuple[int, list[str], str, list[str]]:
    env = {
        **os.environ,
        "HJ_PASSPHRASE": "a calm and quiet river",
        "HJ_JOURNAL_KDF_AT_FLOOR": "1",  # the production floor, not a calibration
        "LANGUAGE": "",
        "LC_ALL": "C",
    }
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_TELL, "--data-dir", str(data_dir), *words],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    *printed, told = done.stdout.strip().splitlines()
    report = json.loads(told)
    said = "\n".join(printed) + done.stderr
    return report["code"], report["modules"], said, report["before_kdf"]


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if any(m == n or m.startswith(f"{n}.") for m in modules)]


def test_writing_listing_and_searching_load_only_what_the_journal_needs(tmp_path: Path) -> None:
    code, _, said, _ = _run(tmp_path, "init", "--label", "Notebook")
    assert code == 0, said
    for words in (
        ("new", "--title", "Tide", "--body", "low water", "--date", "2026-12-01"),
        ("list", "--from", "2026-11-01"),
        ("search", "water", "--to", "2026-12-31"),
    ):
        code, modules, said, before_kdf = _run(tmp_path, *words)
        assert code == 0, said
        assert "2026-12-01" in said  # the vault was opened, written and read
        assert _loaded(modules, NOT_FOR_THE_JOURNAL) == [], words
        assert before_kdf, "the key was derived"
        assert _loaded(before_kdf, NOT_BEFORE_THE_KEY) == [], words


def test_help_alone_loads_no_command_and_no_database_code(tmp_path: Path) -> None:
    code, modules, said, _ = _run(tmp_path, "--help")
    assert code == 0
    assert "search" in said
    heavy = ("sqlalchemy", "sqlcipher3", "alembic", "hj_journal.cli.journal_cmds")
    assert _loaded(modules, heavy) == []
