"""new in your editor, and search with word forms, a tag and a range of days."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hj_journal.cli import editor
from hj_journal.cli.common import FAST_KDF_ENV
from tests.cli.test_editor import FAKE_EDITOR
from tests.helpers import CLI_PASSPHRASE, REPO


@pytest.fixture
def initialised(run_cli) -> None:
    code, _, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err


@pytest.fixture
def at_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A person at a terminal with $EDITOR set to the stand-in editor."""
    monkeypatch.setattr(editor, "terminal_attached", lambda: True)
    script = tmp_path / "editor.py"
    script.write_text(FAKE_EDITOR)
    notes = tmp_path / "notes.json"
    monkeypatch.setenv("FAKE_EDITOR_NOTES", str(notes))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f'"{sys.executable}" "{script}"')
    return notes


def test_new_opens_your_editor_at_a_terminal(run_cli, initialised, at_a_terminal, monkeypatch):
    monkeypatch.setenv("FAKE_EDITOR_TEXT", "Written slowly, in my own editor.\n")
    code, out, err = run_cli("new", "--title", "Evening", "--date", "2026-05-04")
    assert code == 0, err
    assert "Saved your entry for 2026-05-04." in out
    assert at_a_terminal.exists()  # the editor really ran
    code, out, _ = run_cli("search", "editors")
    assert "2026-05-04  Evening" in out and "*editor*" in out


def test_an_empty_file_adds_nothing_and_says_so(run_cli, initialised, at_a_terminal, monkeypatch):
    monkeypatch.setenv("FAKE_EDITOR_TEXT", "  \n\n")
    code, _, err = run_cli("new", "--title", "Nothing yet")
    assert code == 0
    assert err.strip() == "The file was left empty, so no entry was added."
    assert run_cli("list")[1] == ""


def test_an_editor_that_closes_with_an_error_adds_nothing(
    run_cli, initialised, at_a_terminal, monkeypatch
):
    monkeypatch.setenv("FAKE_EDITOR_TEXT", "half a thought")
    monkeypatch.setenv("FAKE_EDITOR_EXIT", "1")
    code, _, err = run_cli("new")
    assert code == 1
    assert err.count("\n") == 1 and "nothing was added" in err
    assert run_cli("list")[1] == ""


def test_piped_text_is_read_without_an_editor(run_cli, initialised, at_a_terminal, monkeypatch):
    monkeypatch.setattr(editor, "terminal_attached", lambda: False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("from a pipe"))
    assert run_cli("new", "--title", "Piped")[0] == 0
    assert not at_a_terminal.exists()  # the editor never ran
    assert "Piped" in run_cli("search", "pipes")[1]


def test_help_says_the_editor_may_keep_its_own_copies(run_cli) -> None:
    code, out, _ = run_cli("new", "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "$VISUAL" in text and "$EDITOR" in text
    assert "may keep its own copies" in text
    assert "/dev/shm" in text


@pytest.mark.slow
def test_new_under_a_real_terminal_runs_the_editor(data_dir: Path, tmp_path: Path) -> None:
    """End to end under a pseudo-terminal: no injection at all."""
    script = tmp_path / "editor.py"
    script.write_text(FAKE_EDITOR)
    env = {
        **os.environ,
        "HJ_PASSPHRASE": CLI_PASSPHRASE,
        FAST_KDF_ENV: "1",
        "EDITOR": f'"{sys.executable}" "{script}"',
        "FAKE_EDITOR_NOTES": str(tmp_path / "notes.json"),
        "FAKE_EDITOR_TEXT": "Typed at a real terminal.",
        "PYTHONPATH": str(REPO),
    }
    env.pop("VISUAL", None)
    command = [sys.executable, "-m", "hj_journal", "--data-dir", str(data_dir)]
    made = subprocess.run([*command, "init"], env=env, capture_output=True, check=False)
    assert made.returncode == 0, made.stderr
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*command, "new", "--title", "Pty"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        close_fds=True,
    )
    os.close(follower)
    output = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    assert process.wait(timeout=30) == 0, output
    assert b"Saved your entry" in output
    found = subprocess.run(
        [*command, "search", "terminals"], env=env, capture_output=True, text=True, check=False
    )
    assert "Pty" in found.stdout, found.stderr


def _entries(run_cli) -> None:
    days = [
        ("2026-03-01", "Chest", "work", "My chest felt tight before the meeting."),
        ("2026-03-15", "Knot", "home", "The knot tightened again in the evening."),
        ("2026-04-02", "Better", "work", "Breathing helped; the tightness eased."),
        ("2026-04-20", "Paseo", "home", "Hoy caminé con mi hermana y me sentí tranquila."),
    ]
    for day, title, tag, body in days:
        code, _, err = run_cli(
            "new", "--title", title, "--tag", tag, "--date", day, "--body", body
        )
        assert code == 0, err


def _titles(out: str) -> list[str]:
    return [line.split("  ")[1] for line in out.splitlines() if re.match(r"\d{4}-", line)]


def test_search_finds_word_forms_narrowed_by_tag_and_days(run_cli, initialised) -> None:
    _entries(run_cli)
    assert _titles(run_cli("search", "tightening")[1]) == ["Better", "Knot", "Chest"]
    assert _titles(run_cli("search", "tightening", "--tag", "work")[1]) == ["Better", "Chest"]
    assert _titles(run_cli("search", "tightening", "--from", "2026-03-10")[1]) == [
        "Better",
        "Knot",
    ]
    found = run_cli("search", "tightening", "--tag", "#work", "--to", "2026-03-31")[1]
    assert _titles(found) == ["Chest"]
    assert _titles(run_cli("search", "caminando", "--tag", "home")[1]) == ["Paseo"]
    assert _titles(run_cli("search", '"tight"')[1]) == ["Chest"]  # quotes: exactly


def test_search_says_calmly_when_nothing_matches(run_cli, initialised) -> None:
    _entries(run_cli)
    code, out, err = run_cli("search", "tightening", "--tag", "garden")
    assert code == 0 and out == ""
    assert err.strip() == "No entries match."


@pytest.mark.parametrize(
    "typed", ['"unbalanced quote', "NEAR(chest", "chest*", "^knot", '""', "AND OR NOT", "{x}:"]
)
def test_odd_queries_give_results_or_a_calm_line(run_cli, initialised, typed: str) -> None:
    _entries(run_cli)
    code, _, err = run_cli("search", typed)
    assert code == 0
    assert "Traceback" not in err and "fts5" not in err.lower()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--from", "2026-13-01"), "2026-13-01"),
        (("--from", "2026-05-01", "--to", "2026-04-01"), "--from is after --to"),
    ],
)
def test_bad_dates_are_one_line_and_exit_1(run_cli, initialised, args, said) -> None:
    code, out, err = run_cli("search", "chest", *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and said in err


def test_search_says_when_word_forms_are_still_being_learned(
    run_cli, initialised, monkeypatch
) -> None:
    from hj_journal.core.journal.entries import Journal, SearchIndexProgress

    _entries(run_cli)
    monkeypatch.setattr(
        Journal,
        "word_forms_progress",
        lambda self: SearchIndexProgress(1, 4, finished=False, meanwhile="forms"),
    )
    code, out, err = run_cli("search", "chest")
    assert code == 0 and "Chest" in out
    assert "still learning word forms (25 %)" in err


@pytest.mark.parametrize("meanwhile", ["entries", "nothing"])
def test_search_says_when_the_index_is_catching_up(
    run_cli, initialised, monkeypatch, meanwhile: str
) -> None:
    from hj_journal.core.journal.entries import Journal, SearchIndexProgress

    _entries(run_cli)
    monkeypatch.setattr(
        Journal,
        "word_forms_progress",
        lambda self: SearchIndexProgress(3, 4, finished=False, meanwhile=meanwhile),
    )
    code, out, err = run_cli("search", "chest")
    assert code == 0 and "Chest" in out
    if meanwhile == "entries":
        assert "catching up with many changes (75 %)" in err
    else:  # the old index stands in, whole: nothing to say
        assert "Search is" not in err


# ---------------------------------------------------------------- new --template


def test_templates_lists_each_id_and_name(run_cli, initialised) -> None:
    code, out, err = run_cli("templates")
    assert code == 0, err
    assert "morning-pages  Morning pages" in out.splitlines()
    assert "a-hard-day  A hard day" in out.splitlines()


def test_a_template_gives_title_tags_and_text(run_cli, initialised, monkeypatch) -> None:
    monkeypatch.setattr(editor, "terminal_attached", lambda: False)
    code, out, err = run_cli("new", "--template", "morning pages", "--date", "2026-05-04")
    assert code == 0, err
    assert "Saved your entry for 2026-05-04." in out
    assert run_cli("list")[1].strip() == "2026-05-04  Morning pages — 2026-05-04  #morning"
    assert "2026-05-04" in run_cli("search", "something small")[1]


def test_what_you_give_wins_over_the_template(run_cli, initialised, monkeypatch) -> None:
    monkeypatch.setattr(editor, "terminal_attached", lambda: False)
    args = ("--title", "Mine", "--tag", "own", "--body", "Just this.", "--date", "2026-05-04")
    assert run_cli("new", "--template", "morning-pages", *args)[0] == 0
    assert run_cli("list")[1].strip() == "2026-05-04  Mine  #own"
    assert run_cli("search", "morning")[1] == ""  # none of the template's text
    assert "Mine" in run_cli("search", "just this")[1]


def test_the_editor_opens_on_the_templates_text(
    run_cli, initialised, at_a_terminal, monkeypatch
) -> None:
    monkeypatch.setenv("FAKE_EDITOR_TEXT", "Written over the template.\n")
    code, _, err = run_cli("new", "--template", "morning-pages", "--date", "2026-05-04")
    assert code == 0, err
    seen = json.loads(at_a_terminal.read_text())
    assert seen["found"].startswith("## What is here this morning\n")
    assert "Something small is enough." in seen["found"]
    assert "Morning pages" in run_cli("search", "written over")[1]


def test_emptying_the_templates_text_adds_nothing(
    run_cli, initialised, at_a_terminal, monkeypatch
) -> None:
    monkeypatch.setenv("FAKE_EDITOR_TEXT", "\n")
    code, _, err = run_cli("new", "--template", "a-hard-day")
    assert code == 0
    assert err.strip() == "The file was left empty, so no entry was added."
    assert run_cli("list")[1] == ""


def test_an_unknown_template_is_one_line_naming_how_to_list_them(
    run_cli, initialised, at_a_terminal
) -> None:
    code, out, err = run_cli("new", "--template", "evening walk")
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert "evening walk" in err and "'hj-journal templates' lists them." in err
    assert not at_a_terminal.exists()  # the editor never opened
    assert run_cli("list")[1] == ""
