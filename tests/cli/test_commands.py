"""The command line: every command, its output and its exit codes (README.md, The command line)."""

from __future__ import annotations

import io
import re
import sys

import pytest

from hj_journal import __version__
from tests.helpers import CLI_PASSPHRASE


@pytest.fixture
def initialised(run_cli) -> str:
    code, out, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err
    return re.search(r"([0-9A-Z]{4}-){6}[0-9A-Z]{4}", out).group(0)


def test_version(run_cli) -> None:
    code, out, _ = run_cli("--version")
    assert code == 0
    assert out.strip() == f"HJ Journal {__version__}"


def test_init_prints_the_recovery_key_once(run_cli, initialised: str) -> None:
    assert initialised
    code, _, err = run_cli("init", "--label", "notebook")
    assert code == 1
    assert "already called" in err


def test_init_refuses_a_short_passphrase(run_cli) -> None:
    code, _, err = run_cli("init", passphrase="short")
    assert code == 1
    assert "at least 8" in err


def test_new_list_and_search(run_cli, initialised, monkeypatch) -> None:
    assert (
        run_cli(
            "new", "--title", "Sea day", "--tag", "calm", "--date", "2026-05-02", "--body", "waves"
        )[0]
        == 0
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("from standard input, the hills"))
    assert run_cli("new", "--title", "Hills", "--date", "2026-05-03")[0] == 0
    code, out, _ = run_cli("list")
    assert code == 0
    assert out.splitlines() == ["2026-05-03  Hills", "2026-05-02  Sea day  #calm"]
    assert run_cli("list", "--tag", "calm")[1].splitlines() == ["2026-05-02  Sea day  #calm"]
    assert run_cli("list", "--from", "2026-05-03")[1].splitlines() == ["2026-05-03  Hills"]
    code, out, _ = run_cli("search", "hills")
    assert code == 0
    assert "2026-05-03  Hills" in out
    assert "*hills*" in out


def test_list_has_a_default_limit_and_all_lifts_it(run_cli, initialised) -> None:
    for day in range(1, 26):
        run_cli("new", "--title", f"Day {day}", "--date", f"2026-01-{day:02d}", "--body", "x")
    assert len(run_cli("list")[1].splitlines()) == 20
    assert len(run_cli("list", "--all")[1].splitlines()) == 25


def test_checkin_validates_distress(run_cli, initialised) -> None:
    assert run_cli("checkin", "--distress", "4", "--note", "ok")[0] == 0
    code, _, err = run_cli("checkin", "--distress", "11")
    assert code == 1
    assert err.count("\n") == 1


def test_wrong_passphrase_is_exit_2(run_cli, initialised) -> None:
    code, out, err = run_cli("list", passphrase="not it at all")
    assert code == 2
    assert out == ""
    assert "does not open" in err


def test_recovery_key_file_unlocks_and_recovery_makes_a_new_key(
    run_cli, initialised, tmp_path
) -> None:
    key_file = tmp_path / "key.txt"
    key_file.write_text(initialised + "\n")
    assert run_cli("list", "--recovery-key-file", str(key_file), passphrase=None)[0] == 0
    code, out, _ = run_cli("recovery")
    assert code == 0
    new_key = re.search(r"([0-9A-Z]{4}-){6}[0-9A-Z]{4}", out).group(0)
    assert new_key != initialised
    assert run_cli("list", "--recovery-key-file", str(key_file), passphrase=None)[0] == 2
    key_file.write_text(new_key)
    assert run_cli("list", "--recovery-key-file", str(key_file), passphrase=None)[0] == 0


def test_passwd_with_a_new_passphrase_file(run_cli, initialised, tmp_path) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text("the new passphrase\n")
    assert run_cli("passwd", "--new-passphrase-file", str(new_file))[0] == 0
    assert run_cli("list")[0] == 2
    assert run_cli("list", passphrase="the new passphrase")[0] == 0
    new_file.write_text("tiny")
    code, _, err = run_cli(
        "passwd", "--new-passphrase-file", str(new_file), passphrase="the new passphrase"
    )
    assert code == 1
    assert "at least 8" in err


def test_verify_reports_a_healthy_vault(run_cli, initialised) -> None:
    code, out, _ = run_cli("verify")
    assert code == 0
    assert "healthy" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list", "--from", "someday"), "not a date"),
        (("new", "--date", "2026-13-40", "--body", "x"), "not a date"),
        (("search", "x", "--limit", "0"), "--limit"),
        (("frobnicate",), "invalid choice"),
        (("list", "--vault", "Nope"), "no vault called"),
        (("list", "--passphrase-file", "/nonexistent/file"), "no file"),
    ],
)
def test_user_mistakes_are_one_line_and_exit_1(run_cli, initialised, args, message) -> None:
    code, _, err = run_cli(*args)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_no_vault_yet_is_a_clear_message(run_cli) -> None:
    code, _, err = run_cli("list")
    assert code == 1
    assert "hj-journal init" in err


def test_no_passphrase_and_no_terminal_is_a_clear_message(run_cli, initialised, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run_cli("list", passphrase=None)
    assert code == 1
    assert "HJ_PASSPHRASE" in err


def test_an_unexpected_error_is_logged_without_content(run_cli, initialised, paths, monkeypatch):
    from hj_journal.core.journal.entries import Journal

    def explode(self, *args, **kwargs):
        raise RuntimeError(f"secret content {CLI_PASSPHRASE}")

    monkeypatch.setattr(Journal, "timeline", explode)
    code, _, err = run_cli("list")
    assert code == 1
    assert "unexpected" in err
    log = (paths.log_dir / "hj-journal-errors.log").read_text()
    assert "RuntimeError" in log
    assert "secret content" not in log
    assert CLI_PASSPHRASE not in log


def test_starting_the_app_is_recognised_without_loading_the_commands(tmp_path) -> None:
    import subprocess

    from hj_journal.cli import _gui_paths

    assert _gui_paths(["--data-dir", str(tmp_path)]).data_dir == tmp_path.resolve()
    assert _gui_paths([]) is not None
    assert _gui_paths(["list"]) is None
    assert _gui_paths(["--help"]) is None
    assert _gui_paths(["--data-dir"]) is None  # the full parser reports the mistake
    code = (
        "import sys, hj_journal.cli as c; c._gui_paths([]);"
        "import hj_journal.core.vaults;"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'sqlcipher3') if m in sys.modules];"
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
