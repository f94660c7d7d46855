"""No personal content in any file the app writes, with the vault open or closed.

Unique canary strings (and numbers) go in through every core service that exists; then
every file under the data folder, the temp folder and the log folder is scanned for them
in UTF-8 and UTF-16.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hj_journal.core.checkins import CheckInInput
from hj_journal.core.drafts import DraftState
from hj_journal.core.journal import EntryInput
from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from tests.helpers import PASSPHRASE

CANARIES = [
    "CanaryTitle7Q2Z",
    "canarybodyxq9wv",
    "canarytagpl3mk",
    "CanaryNoteZ8R4",
    "canarydraftwv5j",
    "canaryemotionjj4",
    "Kanarienvögelçß",
    "8316274059",  # a number written in an entry
    PASSPHRASE,
]


def _encodings(canary: str) -> list[bytes]:
    return [canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _scan(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for canary in CANARIES:
                if any(needle in data for needle in _encodings(canary)):
                    found.append(f"{canary} in {path}")
    return found


def _write_everything(services: Services) -> None:
    services.journal.create(
        EntryInput(
            entry_date=date(2026, 4, 1),
            title=CANARIES[0],
            body=f"{CANARIES[1]} and {CANARIES[6]} and {CANARIES[7]}",
            tags=(CANARIES[2],),
            content_note="canary content note",
        )
    )
    services.checkins.add(
        CheckInInput(
            distress=7, note=CANARIES[3], emotions=[CANARIES[5]], context_tags=["housing"]
        )
    )
    services.drafts.save(DraftState(title=CANARIES[4], body=CANARIES[4]))
    services.settings.set("canary.setting", CANARIES[3])
    services.journal.search(CANARIES[0])


def test_no_canary_in_any_file_while_open_and_after_locking(
    paths: AppPaths, services: Services, policy
) -> None:
    _write_everything(services)
    folders = [paths.data_dir, Path(tempfile.gettempdir()), paths.log_dir]
    assert _scan(folders) == []
    services.vault.lock()
    assert _scan(folders) == []
    assert not services.vault.db_path.read_bytes().startswith(b"SQLite format 3")
    # …and the content really is in there, so the scan could have found it.
    services.vault.unlock(PASSPHRASE, policy=policy)
    assert services.journal.search(CANARIES[0])[0].summary.title == CANARIES[0]


def test_the_scan_would_find_a_canary_written_in_the_clear(paths: AppPaths) -> None:
    (paths.data_dir / "leak.txt").write_bytes(CANARIES[1].encode("utf-16-le"))
    assert _scan([paths.data_dir]) == [f"{CANARIES[1]} in {paths.data_dir / 'leak.txt'}"]
