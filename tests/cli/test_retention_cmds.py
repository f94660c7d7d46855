"""``hj-journal sessions retention`` and ``sessions delete-client``: the records whose time
has come in a real practice vault, and deleting one only when asked, with its log line."""

from __future__ import annotations

import builtins
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from hj_journal.core.services import Services
from hj_journal.core.sessions.retention import RetentionRule
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.store.models import Client, PracticeSession
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


def _client(services: Services, name: str, years_ago: int, sessions: int = 2) -> int:
    last = datetime.now(UTC) - timedelta(days=366 * years_ago)
    with services.vault.transaction() as session:
        client = Client(pseudonym=name, created_at=last - timedelta(days=30))
        session.add(client)
        session.flush()
        for number in range(sessions):
            start = last - timedelta(weeks=number)
            session.add(
                PracticeSession(
                    client_id=client.id, started_at=start, ended_at=start + timedelta(hours=1)
                )
            )
        return client.id


@pytest.fixture
def practice(run_cli: Run, paths: AppPaths) -> dict[str, int]:
    """A practice vault with one record past its time, one not, one kept by its own rule."""
    assert run_cli("init", "--label", "Practice", "--practice")[0] == 0
    with opened(paths, "Practice") as services:
        ids = {
            "Rae": _client(services, "Rae", 8, sessions=3),
            "Oak": _client(services, "Oak", 2),
            "Ida": _client(services, "Ida", 9),
        }
        services.retention.set_client_rule(ids["Ida"], RetentionRule(None))
        return ids


def test_retention_lists_the_records_whose_time_has_come(
    run_cli: Run, practice: dict[str, int]
) -> None:
    code, out, err = run_cli("--vault", "Practice", "sessions", "retention")
    assert code == 0, err
    assert err.startswith("You keep each client's record for 7 years after the last session.")
    [line] = out.splitlines()
    assert line.split()[:2] == [str(practice["Rae"]), "Rae"]
    assert "3 sessions" in line and line.endswith("(7 years after the last session)")

    code, out, err = run_cli("--vault", "Practice", "sessions", "retention", "--all")
    assert code == 0, err
    lines = {line.split()[1]: line for line in out.splitlines()}
    assert set(lines) == {"Rae", "Oak", "Ida"}
    assert "has reached that time" in lines["Rae"]
    assert "comes up in " in lines["Oak"]
    assert "kept until deleted by hand (the client's own rule)" in lines["Ida"]


def test_delete_client_asks_first_and_logs_the_deletion(
    run_cli: Run, paths: AppPaths, practice: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    rae = str(practice["Rae"])
    # A script without --yes is refused, and nothing goes.
    code, _out, err = run_cli("--vault", "Practice", "sessions", "delete-client", rae)
    assert code == 1
    assert "3 sessions with their notes" in err and "Backups made before now" in err
    assert err.strip().splitlines()[-1] == (
        "hj-journal: Add --yes to delete without being asked. Nothing was deleted."
    )
    # At a terminal, anything but "yes" keeps the record.
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    monkeypatch.setattr(builtins, "input", lambda _prompt: "no")
    code, _out, err = run_cli("--vault", "Practice", "sessions", "delete-client", rae)
    assert code == 1 and err.strip().endswith("Nothing was deleted.")
    with opened(paths, "Practice") as services:
        assert len(services.sessions.clients()) == 3

    monkeypatch.setattr(builtins, "input", lambda _prompt: "yes")
    code, out, err = run_cli("--vault", "Practice", "sessions", "delete-client", rae)
    assert code == 0, err
    assert out.startswith("Deleted the record for good (3 sessions).")
    with opened(paths, "Practice") as services:
        assert sorted(c.pseudonym for c in services.sessions.clients()) == ["Ida", "Oak"]
        (line,) = services.retention.deletion_log()
        assert (line.rule, line.sessions) == ("7 years after the last session", 3)


def test_delete_client_with_yes_and_its_mistakes(run_cli: Run, paths: AppPaths, practice) -> None:
    oak = str(practice["Oak"])
    code, _out, err = run_cli("--vault", "Practice", "sessions", "delete-client", oak, "--yes")
    assert code == 0, err
    with opened(paths, "Practice") as services:
        (line,) = services.retention.deletion_log()
        assert line.rule == "deleted by hand before its time (7 years after the last session)"
    for wrong, said in ((oak, "no longer here"), ("x", "CLIENT is a client's number")):
        code, _out, err = run_cli(
            "--vault", "Practice", "sessions", "delete-client", wrong, "--yes"
        )
        assert code == 1 and said in err and "Traceback" not in err
    assert run_cli("init", "--label", "Notebook")[0] == 0
    code, _out, err = run_cli("--vault", "Notebook", "sessions", "retention")
    assert code == 1 and "personal vault" in err
