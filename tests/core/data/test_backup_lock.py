"""Backups hold the vault's lock: two at once never remove each other's work in progress."""

from __future__ import annotations

import threading
import time
from datetime import date

from hj_journal.core.data.backup import Backups
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.vaults import rotate_keys
from tests.helpers import PASSPHRASE


def test_two_backups_at_once_both_finish(services, paths) -> None:
    for n in range(20):
        services.journal.create(
            EntryInput(entry_date=date(2026, 1, 1), title=f"entry {n}", body="words " * 500)
        )
    backups = Backups(services.vault, paths.data_dir / "backups")
    first_started, go = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def paused(_done: int, _total: int) -> None:
        first_started.set()
        go.wait(10)

    def run(progress) -> None:
        try:
            backups.create(progress=progress, rotate=False)
        except BaseException as error:  # handed to the test below
            errors.append(error)

    first = threading.Thread(target=run, args=(paused,))
    first.start()
    assert first_started.wait(10)
    second = threading.Thread(target=run, args=(None,))
    second.start()
    time.sleep(0.3)  # the second backup is now waiting for the lock (or, before, racing)
    go.set()
    first.join(30)
    second.join(30)
    assert errors == []
    assert len(backups.available()) == 2
    assert all(b.problem is None for b in backups.available())


def test_after_rotation_one_fresh_backup_replaces_the_old_ones(services, paths, policy) -> None:
    backups = Backups(services.vault, paths.data_dir / "backups")
    stick = paths.data_dir.parent / "stick"
    stick.mkdir()
    backups.create()
    old = [*backups.available(), backups.create(root=stick)]
    gone = paths.data_dir.parent / "unplugged"
    gone.mkdir()
    backups.create(root=gone)
    gone.rename(gone.with_name("elsewhere"))  # not plugged in now

    result = rotate_keys(
        services.vault,
        paths.data_dir / "backups",
        PASSPHRASE,
        policy=policy,
        current_passphrase=PASSPHRASE,
    )
    assert result.backups is not None
    assert result.backups.removed == len(old)
    assert result.backups.unreachable == (gone,)
    assert len(result.backups.made) == 2  # the automatic folder and the stick
    assert not any(b.folder.exists() for b in old)
    for made in result.backups.made:
        assert backups.verify(made).ok  # under the new key
