"""The automatic-backup policy: when a backup is made, when it stops, what is remembered."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from hj_journal.core.data.automatic import NOT_MADE, NOT_WRITTEN, AutomaticBackups
from hj_journal.core.data.backup import ON_LOCK, ON_UNLOCK, Backups, Progress
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def backups(services: Services, paths: AppPaths, clock: Clock) -> Backups:
    return Backups(services.vault, paths.backups_dir, clock=clock, zone=UTC)


@pytest.fixture
def automatic(backups: Backups, clock: Clock) -> AutomaticBackups:
    return AutomaticBackups(backups, clock=clock)


def _write(services: Services, title: str) -> None:
    services.journal.create(EntryInput(entry_date=date(2026, 3, 1), title=title, body=title))


def _kept(paths: AppPaths, services: Services) -> list[Path]:
    folder = paths.backups_dir / services.vault.folder.name
    return sorted(folder.iterdir()) if folder.exists() else []


def test_unlock_backs_up_and_a_lock_without_writing_does_not(
    automatic: AutomaticBackups, services: Services, clock: Clock
) -> None:
    assert automatic.last is None
    first = automatic.run(ON_UNLOCK)
    assert first is not None and first.made is not None and first.problem is None
    assert (first.when, first.reason) == (clock.now, ON_UNLOCK)
    assert automatic.last is first

    clock.now += timedelta(minutes=20)
    services.journal.timeline()  # reading writes nothing
    quiet = automatic.run(ON_LOCK)
    assert quiet is not None and quiet.made is None and quiet.problem is None
    assert (quiet.when, quiet.reason) == (clock.now, ON_LOCK)
    assert automatic.last is quiet

    _write(services, "written")
    clock.now += timedelta(minutes=5)
    again = automatic.run(ON_LOCK)
    assert again is not None and again.made is not None
    assert again.made.created == clock.now == again.when


def test_a_stop_before_the_work_starts_still_stops_it(
    automatic: AutomaticBackups, services: Services, paths: AppPaths
) -> None:
    work = automatic.begin(ON_UNLOCK)  # asked for; the worker has not started yet
    assert work is not None
    automatic.stop()  # quick exit comes first
    outcome = work()
    assert outcome.made is None and outcome.problem is None  # stopped, quietly
    assert _kept(paths, services) == []  # no partial copy left behind


def test_a_stop_part_way_removes_the_partial_copy(
    services: Services, paths: AppPaths, clock: Clock
) -> None:
    automatic: AutomaticBackups

    class QuickExitPartWay(Backups):
        def auto_backup(self, reason: str, progress: Progress | None = None):  # type: ignore[no-untyped-def]
            assert progress is not None

            def report(done: int, total: int) -> None:
                automatic.stop()  # quick exit while the copy is being written
                progress(done, total)

            return super().auto_backup(reason, report)

    automatic = AutomaticBackups(QuickExitPartWay(services.vault, paths.backups_dir), clock=clock)
    outcome = automatic.run(ON_UNLOCK)
    assert outcome is not None and outcome.made is None and outcome.problem is None
    assert _kept(paths, services) == []


def test_the_next_backup_after_a_stop_runs_and_catches_up(
    automatic: AutomaticBackups, services: Services, paths: AppPaths
) -> None:
    work = automatic.begin(ON_UNLOCK)
    assert work is not None
    automatic.stop()
    assert work().made is None
    automatic.stop()  # a quick exit with nothing running is not held against the next one
    caught_up = automatic.run(ON_LOCK)
    assert caught_up is not None and caught_up.made is not None
    assert len(_kept(paths, services)) == 1


def test_a_locked_vault_is_not_backed_up(automatic: AutomaticBackups, services: Services) -> None:
    services.vault.lock()
    assert automatic.begin(ON_LOCK) is None
    assert automatic.run(ON_LOCK) is None
    assert automatic.last is None


def test_a_folder_that_cannot_be_written_is_a_calm_problem(
    services: Services, tmp_path: Path, clock: Clock
) -> None:
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("in the way")
    automatic = AutomaticBackups(Backups(services.vault, blocker), clock=clock)
    outcome = automatic.run(ON_UNLOCK)
    assert outcome is not None and outcome.made is None
    assert outcome.problem == NOT_WRITTEN
    assert automatic.last is outcome and outcome.when == clock.now


def test_an_unexpected_failure_is_noted_calmly(automatic: AutomaticBackups, clock: Clock) -> None:
    noted = automatic.note_failure(ON_LOCK)
    assert (noted.problem, noted.reason, noted.when, noted.made) == (
        NOT_MADE,
        ON_LOCK,
        clock.now,
        None,
    )
    assert automatic.last is noted


def test_each_open_vault_has_its_own_policy(
    services: Services, registry: VaultRegistry, policy: KdfPolicy, paths: AppPaths
) -> None:
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        mine = Services.for_vault(services.vault, paths).data.automatic
        theirs = Services.for_vault(other, paths).data.automatic
        work = mine.begin(ON_UNLOCK)
        assert work is not None
        theirs.stop()  # another vault's quick exit does not stop this vault's backup
        made = work()
        assert made.made is not None
        assert theirs.last is None and mine.last is made
    finally:
        other.lock()
