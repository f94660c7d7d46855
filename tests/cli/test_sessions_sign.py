"""``hj-journal sessions sign SESSION``: signs an ended session's notes in a real practice
vault; every mistake is one line and exit 1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import ClientInput, SessionNotes
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from tests.helpers import CLI_PASSPHRASE

Run = Callable[..., tuple[int, str, str]]


@contextmanager
def opened(paths: AppPaths, label: str) -> Iterator[Services]:
    vault = VaultRegistry(paths.vaults_dir).find(label)
    vault.unlock(CLI_PASSPHRASE, policy=KdfPolicy.fast_for_tests())
    try:
        yield Services.for_vault(vault)
    finally:
        vault.lock()


@pytest.fixture
def sessions_made(run_cli: Run, paths: AppPaths) -> tuple[int, int]:
    """A practice vault with an ended session and a running one; their numbers."""
    assert run_cli("init", "--label", "Practice", "--practice")[0] == 0
    with opened(paths, "Practice") as practice:
        sessions = practice.sessions
        ended = sessions.start(sessions.add_client(ClientInput("Rae")).id)
        sessions.give_consent(ended.id, c.KEYS)
        sessions.save_notes(ended.id, SessionNotes(shared="We named the feeling."))
        sessions.end(ended.id)
        running = sessions.start(sessions.add_client(ClientInput("Oak")).id)
        return ended.id, running.id


def test_sign_signs_the_notes_and_list_says_so(
    run_cli: Run, paths: AppPaths, sessions_made: tuple[int, int]
) -> None:
    ended, _running = sessions_made
    code, out, err = run_cli("--vault", "Practice", "sessions", "sign", str(ended))
    assert code == 0, err
    assert out.startswith(f"The notes of session {ended} are signed (")
    with opened(paths, "Practice") as practice:
        first = practice.sessions.get(ended).signed_at
        assert first is not None
    code, out, _ = run_cli("--vault", "Practice", "sessions", "sign", str(ended))
    assert code == 0  # again: nothing changes
    with opened(paths, "Practice") as practice:
        assert practice.sessions.get(ended).signed_at == first
    code, out, _ = run_cli("--vault", "Practice", "sessions", "list")
    assert code == 0 and "Rae (notes signed)" in out and "Oak (running)" in out


@pytest.mark.parametrize(
    ("which", "words"),
    [
        ("running", "End the session before signing"),
        ("missing", "no longer here"),
        ("x", "number"),
    ],
)
def test_every_mistake_is_one_line_and_exit_1(
    run_cli: Run, sessions_made: tuple[int, int], which: str, words: str
) -> None:
    _ended, running = sessions_made
    session = {"running": str(running), "missing": "999", "x": "x"}[which]
    code, out, err = run_cli("--vault", "Practice", "sessions", "sign", session)
    assert code == 1 and out == ""
    [line] = err.strip().splitlines()
    assert words in line and "Traceback" not in err


def test_a_personal_vault_keeps_no_sessions_to_sign(run_cli: Run) -> None:
    assert run_cli("init", "--label", "Notebook")[0] == 0
    code, _out, err = run_cli("--vault", "Notebook", "sessions", "sign", "1")
    assert code == 1 and "personal vault" in err
