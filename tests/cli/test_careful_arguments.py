"""The command line is careful with what it is given (issue 10, items 4 and 5).

No abbreviated options, no secret echoed in an error, HJ_PASSPHRASE gone from the
environment once read, passphrases of only spaces refused, and a file or standard-input
form for every option that carries journal text.
"""

from __future__ import annotations

import ctypes
import io
import os
import sys
from pathlib import Path

import pytest

from hj_journal.cli import build_parser
from tests.helpers import CLI_PASSPHRASE

SECRET = "violet harbour lantern"


@pytest.fixture
def initialised(run_cli) -> None:
    code, _, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err


# ---------------------------------------------------------------- abbreviations, echoes


def test_an_abbreviated_option_is_not_taken_for_another(run_cli, initialised) -> None:
    code, out, err = run_cli("list", "--passphrase", SECRET)
    assert code == 1
    assert "--passphrase" in err
    assert SECRET not in err + out
    assert "no file" not in err  # not read as --passphrase-file
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ("search", "tide", SECRET),  # a stray word
        ("list", f"--passphrase={SECRET}"),
        ("list", f"--all={SECRET}"),
        ("search", "tide", "--limit", SECRET),
        ("export", "--format", SECRET, "out.json"),
        (SECRET,),  # not a command
    ],
)
def test_a_usage_mistake_never_echoes_what_was_typed(run_cli, args) -> None:
    code, out, err = run_cli(*args)
    assert code == 1
    assert SECRET not in err + out
    assert "violet" not in err
    assert err.startswith("hj-journal: ")
    assert len(err.strip().splitlines()) == 1


def test_every_parser_refuses_abbreviations() -> None:
    parser = build_parser()
    seen = [parser]
    for action in parser._actions:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            seen.extend(choices.values())
    assert len(seen) > 10
    assert all(not p.allow_abbrev for p in seen)


# ---------------------------------------------------------------- the environment


def _c_getenv(name: str) -> bytes | None:
    libc = ctypes.CDLL(None)
    libc.getenv.restype = ctypes.c_char_p
    return libc.getenv(name.encode())


@pytest.mark.skipif(sys.platform == "win32", reason="libc getenv")
def test_the_passphrase_variable_is_gone_once_read(run_cli, initialised) -> None:
    code, _, err = run_cli("new", "--body", "quiet morning")
    assert code == 0, err
    assert "HJ_PASSPHRASE" not in os.environ
    assert _c_getenv("HJ_PASSPHRASE") is None


def test_the_passphrase_from_the_variable_serves_a_whole_command(run_cli, tmp_path) -> None:
    # init reads it once, with a confirmation it would otherwise ask for.
    code, _, err = run_cli("init", "--label", "Second")
    assert code == 0, err
    assert "HJ_PASSPHRASE" not in os.environ


# ---------------------------------------------------------------- passphrases of spaces


@pytest.mark.parametrize("spaces", [" " * 12, " \t  \t\t \t ", "\u3000 \u3000\u3000  \u3000 "])
def test_init_refuses_a_passphrase_of_only_spaces(run_cli, spaces) -> None:
    code, _, err = run_cli("init", passphrase=spaces)
    assert code == 1
    assert "passphrase" in err


@pytest.mark.parametrize("spaces", [" " * 12, " \t  \t\t \t "])
def test_passwd_refuses_a_new_passphrase_of_only_spaces(
    run_cli, initialised, tmp_path: Path, spaces: str
) -> None:
    new = tmp_path / "new.txt"
    new.write_text(spaces + "\n", encoding="utf-8")
    code, _, err = run_cli("passwd", "--new-passphrase-file", str(new))
    assert code == 1
    assert "passphrase" in err
    assert run_cli("list")[0] == 0  # the old passphrase still opens it


# ---------------------------------------------------------------- journal text


def test_body_title_and_query_from_standard_input_and_files(
    run_cli, initialised, monkeypatch, tmp_path: Path
) -> None:
    title = tmp_path / "title.txt"
    title.write_text("Harbour walk\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("gulls over the breakwater"))
    code, _, err = run_cli(
        "new", "--title-file", str(title), "--body", "-", "--date", "2026-05-02"
    )
    assert code == 0, err
    assert run_cli("list")[1].splitlines() == ["2026-05-02  Harbour walk"]

    body = tmp_path / "body.txt"
    body.write_text("lighthouse at dusk\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("Cliff path"))
    code, _, err = run_cli("new", "--title-file", "-", "--body-file", str(body))
    assert code == 0, err

    monkeypatch.setattr(sys, "stdin", io.StringIO("breakwater\n"))
    code, out, _ = run_cli("search", "-")
    assert code == 0
    assert "Harbour walk" in out
    query = tmp_path / "query.txt"
    query.write_text("lighthouse\n", encoding="utf-8")
    code, out, _ = run_cli("search", "--query-file", str(query))
    assert code == 0
    assert "Cliff path" in out


def test_two_texts_cannot_both_come_from_standard_input(run_cli, initialised) -> None:
    code, _, err = run_cli("new", "--title-file", "-", "--body", "-")
    assert code == 1
    assert "standard input" in err


def test_body_and_body_file_together_are_refused(run_cli, initialised, tmp_path) -> None:
    body = tmp_path / "body.txt"
    body.write_text("x", encoding="utf-8")
    code, _, err = run_cli("new", "--body", "y", "--body-file", str(body))
    assert code == 1
    assert len(err.strip().splitlines()) == 1


def test_a_checkin_note_from_a_file_or_standard_input(
    run_cli, initialised, monkeypatch, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("slept well\n", encoding="utf-8")
    assert run_cli("checkin", "--distress", "3", "--note-file", str(note))[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("rain on the roof"))
    assert run_cli("checkin", "--note-file", "-")[0] == 0
    code, _, err = run_cli("checkin", "--note", "a", "--note-file", str(note))
    assert code == 1
    assert "not both" in err


def test_a_missing_text_file_is_one_calm_line(run_cli, initialised, tmp_path) -> None:
    code, _, err = run_cli("new", "--body-file", str(tmp_path / "nothing.txt"))
    assert code == 1
    assert err.count("\n") == 1


@pytest.mark.parametrize("command", ["new", "checkin", "search"])
def test_help_says_arguments_can_be_seen_by_others(run_cli, command) -> None:
    code, out, _ = run_cli(command, "--help")
    assert code == 0
    flat = " ".join(out.split())
    assert "process list" in flat
    assert "shell history" in flat


# ---------------------------------------------------------------- text from the vault


def test_control_characters_in_vault_text_are_shown_escaped(run_cli, initialised) -> None:
    title = "\x1b[2J\x1b]0;owned\x07Tea 🍵 ünd ➜ \u202eevil\rok"
    assert (
        run_cli("new", "--title", title, "--tag", "t\x1b[31m", "--body", "salt\x1b[5m air")[0] == 0
    )
    code, out, _ = run_cli("list")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\u202e" not in out
    line = out.splitlines()[0]
    assert "\\x1b[2J\\x1b]0;owned\\x07Tea 🍵 ünd ➜ \\u202eevil\\rok" in line
    assert "#t\\x1b[31m" in line
    code, out, _ = run_cli("search", "salt")
    assert "\x1b" not in out
    assert "\\x1b[5m" in out


def test_the_passphrase_from_a_file_keeps_working(run_cli, initialised, tmp_path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(CLI_PASSPHRASE + "\n", encoding="utf-8")
    code, _, err = run_cli("list", "--passphrase-file", str(secret), passphrase=None)
    assert code == 0, err
