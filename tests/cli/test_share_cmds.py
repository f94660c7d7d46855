"""``hj-journal sessions share`` and ``hj-journal receive``: a round trip between two
real vaults on the command line, and one line with its exit code for every mistake."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hj_journal.cli import share_cmds
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from tests.core.sessions.share_samples import (
    PRIVATE,
    PSEUDONYM,
    SHARED_CANARIES,
    STEPS,
    write_shared_session,
)
from tests.helpers import CLI_PASSPHRASE

Run = Callable[..., tuple[int, str, str]]
CODE = re.compile(r"^([0-9A-Z]{4}-){5}[0-9A-Z]{2}$")


@contextmanager
def opened(paths: AppPaths, label: str) -> Iterator[Services]:
    vault = VaultRegistry(paths.vaults_dir).find(label)
    vault.unlock(CLI_PASSPHRASE, policy=KdfPolicy.fast_for_tests())
    try:
        yield Services.for_vault(vault)
    finally:
        vault.lock()


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def shared_session(run_cli: Run, paths: AppPaths) -> int:
    """A practice vault "Practice" holding a written session, and a personal "Notebook"."""
    assert run_cli("init", "--label", "Practice", "--practice")[0] == 0
    assert run_cli("init", "--label", "Notebook")[0] == 0
    with opened(paths, "Practice") as practice:
        return write_shared_session(practice)


def share(run_cli: Run, session_id: int, out: Path) -> str:
    code, stdout, err = run_cli(
        "--vault", "Practice", "sessions", "share", str(session_id), "--out", str(out)
    )
    assert code == 0, err
    assert "shown only this once" in err
    [printed] = stdout.splitlines()
    assert CODE.match(printed), printed
    return printed


def test_a_summary_goes_from_practice_to_journal_on_the_command_line(
    run_cli: Run, paths: AppPaths, shared_session: int, tmp_path: Path
) -> None:
    code, out, _ = run_cli("--vault", "Practice", "sessions", "list")
    assert code == 0 and re.search(
        rf"^\s*{shared_session}\s+\d{{4}}-\d\d-\d\d \d\d:\d\d ", out, re.M
    )
    out_file = tmp_path / "summary.hjshare"
    printed = share(run_cli, shared_session, out_file)
    data = out_file.read_bytes()
    for canary in (PRIVATE, PSEUDONYM, *SHARED_CANARIES):
        assert canary.encode() not in data, canary
    code_file = tmp_path / "code.txt"
    code_file.write_text(printed.lower().replace("-", " ") + "\n")
    result, stdout, err = run_cli(
        "--vault", "Notebook", "receive", str(out_file), "--code-file", str(code_file)
    )
    assert result == 0, err
    assert "is in From my sessions" in stdout
    with opened(paths, "Notebook") as personal:
        [kept] = personal.received.summaries()
        assert kept.content.self_care_steps == STEPS
    # A second time adds nothing, calmly.
    result, stdout, _ = run_cli(
        "--vault", "Notebook", "receive", str(out_file), "--code-file", str(code_file)
    )
    assert result == 0 and stdout.strip() == "You already have this summary. Nothing was added."
    with opened(paths, "Notebook") as personal:
        assert len(personal.received.summaries()) == 1


def test_the_code_is_asked_for_without_echo(
    run_cli: Run, shared_session: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_file = tmp_path / "summary.hjshare"
    printed = share(run_cli, shared_session, out_file)
    asked: list[str] = []

    def hidden_prompt(prompt: str) -> str:
        asked.append(prompt)
        return printed

    monkeypatch.setattr(share_cmds.getpass, "getpass", hidden_prompt)
    monkeypatch.setattr(share_cmds.sys.stdin, "isatty", lambda: True)
    result, stdout, err = run_cli("--vault", "Notebook", "receive", str(out_file))
    assert result == 0, err
    assert asked == ["The code that came with the file: "]
    assert printed not in stdout + err


def test_every_mistake_is_one_line_and_its_exit_code(
    run_cli: Run, paths: AppPaths, shared_session: int, tmp_path: Path
) -> None:
    good = tmp_path / "summary.hjshare"
    printed = share(run_cli, shared_session, good)
    data = good.read_bytes()
    code_file = tmp_path / "code.txt"
    code_file.write_text(printed)
    wrong_code = tmp_path / "wrong.txt"
    wrong_code.write_text(share(run_cli, shared_session, tmp_path / "other.hjshare"))
    typo = tmp_path / "typo.txt"
    typo.write_text("U" + printed[1:])
    files = {
        "flipped": bytes(b ^ (0x40 if i == len(data) // 2 else 0) for i, b in enumerate(data)),
        "truncated": data[:-5],
        "empty": b"",
        "other": b"%PDF-1.7\n" + bytes(64),
    }
    for name, content in files.items():
        (tmp_path / f"{name}.hjshare").write_bytes(content)

    def receive(path: Path, code: Path) -> tuple[int, str]:
        result, out, err = run_cli(
            "--vault", "Notebook", "receive", str(path), "--code-file", str(code)
        )
        assert out == "", out
        return result, one_line(err)

    cases = [
        (good, wrong_code, 2, "does not open"),
        (good, typo, 2, "cannot contain: U"),
        (tmp_path / "flipped.hjshare", code_file, 2, "does not open"),
        (tmp_path / "truncated.hjshare", code_file, 2, "does not open"),
        (tmp_path / "empty.hjshare", code_file, 1, "empty"),
        (tmp_path / "other.hjshare", code_file, 1, "not a summary shared"),
        (tmp_path / "missing.hjshare", code_file, 1, "no file"),
        (good, tmp_path / "no-code.txt", 1, "no file"),
    ]
    for path, code, exit_code, words in cases:
        result, line = receive(path, code)
        assert (result, words in line) == (exit_code, True), (path.name, code.name, line)
    result, _, err = run_cli("--vault", "Notebook", "receive", str(good))  # no terminal
    assert result == 1 and "--code-file" in one_line(err)
    with opened(paths, "Notebook") as personal:
        assert personal.received.summaries() == []
    # A practice vault does not receive; a personal vault does not share.
    result, _, err = run_cli(
        "--vault", "Practice", "receive", str(good), "--code-file", str(code_file)
    )
    assert result == 1 and "practice vault" in one_line(err)
    result, _, err = run_cli(
        "--vault", "Notebook", "sessions", "share", "1", "--out", str(tmp_path / "x.hjshare")
    )
    assert result == 1 and "practice vault" in one_line(err)


def test_sharing_mistakes_are_one_line_and_write_nothing(
    run_cli: Run, shared_session: int, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.hjshare"
    taken.write_text("mine")
    cases = [
        (("sessions", "share", "first", "--out", str(tmp_path / "a.hjshare")), "number"),
        (("sessions", "share", "0", "--out", str(tmp_path / "a.hjshare")), "number"),
        (("sessions", "share", "999", "--out", str(tmp_path / "a.hjshare")), "no longer here"),
        (("sessions", "share", str(shared_session), "--out", str(taken)), "already a file"),
        (("sessions", "share", str(shared_session), "--out", str(tmp_path)), "folder"),
        (
            ("sessions", "share", str(shared_session), "--out", str(tmp_path / "no" / "a")),
            "no folder",
        ),
        (("sessions", "share", str(shared_session)), "--out"),
        (("sessions",), "ACTION"),
    ]
    for args, words in cases:
        result, out, err = run_cli("--vault", "Practice", *args)
        assert result == 1, args
        assert words in one_line(err), (args, err)
        assert not CODE.search(out)
    assert taken.read_text() == "mine"
    written = [p.name for p in tmp_path.iterdir() if p.name not in ("data", "tmp")]
    assert written == ["taken.hjshare"]
