"""No personal content in any file the app writes, with the vault open or closed.

Unique canary strings (and a number) go in through every core service — entries, drafts,
files in entries (a photo's kept details and its thumbnail too), check-ins,
questionnaires, custom scales, coping practices and own strategies, prompts,
the care map, support resources, plans, clients and sessions, settings — and a backup is
made. Then every file under the data folder (vaults, backups, settings, logs) and the temp
folder is scanned for them in UTF-8 and UTF-16.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from hj_journal.core.care.care_map import PersonInput, ResourceInput
from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.checkin.scales import CustomScale
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.data.backup import Backups
from hj_journal.core.journal.attachments import Thumbnail
from hj_journal.core.journal.drafts import DraftState
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.prompts.service import PromptInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent
from hj_journal.core.sessions.service import ClientInput, SessionNotes
from hj_journal.core.settings import VaultKind
from hj_journal.paths import AppPaths
from tests.core.journal.sample_files import png_with_text
from tests.helpers import PASSPHRASE, store_setting_row

CANARY = {
    "title": "CanaryTitle7Q2Z",
    "body": "canarybodyxq9wv",
    "tag": "canarytagpl3mk",
    "checkin": "CanaryNoteZ8R4",
    "draft": "canarydraftwv5j",
    "emotion": "canaryemotionjj4",
    "unicode": "Kanarienvögelçß",
    "number": "8316274059",
    "questionnaire": "canaryresponsenote4t",
    "scale": "CanaryScaleQ7",
    "practice": "canarypracticenote2k",
    "strategy": "CanaryStrategyW3",
    "prompt": "canarypromptxy8",
    "person": "CanaryPersonR6",
    "resource": "canaryresourcem1",
    "plan": "canaryplananswer5h",
    "client": "CanaryClientP9",
    "private": "canaryprivatenote3z",
    "shared": "canarysharednote8v",
    "setting": "canarysettingvalue1",
    "attached": "canaryattachedbytes6n",
    "photo": "CanaryPhotoCamera2d",
    "thumbnail": "canarythumbnail5c",
    "passphrase": PASSPHRASE,
}


def _encodings(canary: str) -> list[bytes]:
    return [canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _scan(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for name, canary in CANARY.items():
                if any(needle in data for needle in _encodings(canary)):
                    found.append(f"{name} in {path}")
    return found


def _write_everything(services: Services) -> None:
    now = datetime(2026, 4, 1, 9, tzinfo=UTC)
    entry = services.journal.create(
        EntryInput(
            entry_date=date(2026, 4, 1),
            title=CANARY["title"],
            body=f"{CANARY['body']} and {CANARY['unicode']} and {CANARY['number']}",
            tags=(CANARY["tag"],),
            content_note="a content note",
        )
    )
    # Files in entries: given as bytes, so the only copy on disk is the vault's.
    attached = services.attachments.add(
        entry.id, b"%PDF-1.7 " + CANARY["attached"].encode() * 40, name="letter.pdf"
    )
    photo = services.attachments.add(
        entry.id, png_with_text(CANARY["photo"]), name="photo.png", keep_metadata=True
    )
    services.attachments.save_thumbnail(
        photo.attachment.id, Thumbnail(b"\x89PNG" + CANARY["thumbnail"].encode(), 1, 1)
    )
    assert attached.attachment.size and not photo.removed
    services.drafts.save(DraftState(title=CANARY["draft"], body=CANARY["draft"]))
    services.checkins.add(
        CheckInInput(distress=7, note=CANARY["checkin"], emotions=[CANARY["emotion"]])
    )
    services.questionnaires.save(
        ResponseInput("gad7", [1, 2, 0, 1, 2, 0, 1], note=CANARY["questionnaire"])
    )
    scale = services.scales.add(
        CustomScale(
            name=CANARY["scale"],
            question="How rested?",
            min=0,
            max=10,
            min_label="not at all",
            max_label="fully",
        )
    )
    services.scales.rate(scale.id, 6)
    services.coping.record_practice(
        PracticeInput(
            strategy_key="box-breathing",
            started_at=now,
            finished=True,
            distress_before=6,
            distress_after=3,
            note=CANARY["practice"],
        )
    )
    services.prompts.add_prompt(PromptInput(text=CANARY["prompt"], principle="self_care"))
    services.care.add_person(PersonInput(name=CANARY["person"], good_at="listening"))
    services.care.add_resource(ResourceInput(name=CANARY["resource"], contact="nearby"))
    services.plans.save("safety", {"warning-signs": CANARY["plan"]})
    store_setting_row(services.vault, "canary.setting", CANARY["setting"])
    services.settings.vault_kind = VaultKind.PRACTICE  # clients live in practice vaults
    client = services.sessions.add_client(ClientInput(pseudonym=CANARY["client"]))
    session = services.sessions.start(client.id)
    services.sessions.give_consent(session.id, consent.KEYS)
    services.sessions.save_notes(
        session.id, SessionNotes(shared=CANARY["shared"], private=CANARY["private"])
    )
    services.sessions.end(session.id)
    services.journal.search(CANARY["title"])


def test_no_canary_in_any_file_while_open_after_locking_and_in_backups(
    paths: AppPaths, services: Services, policy
) -> None:
    _write_everything(services)
    Backups(services.vault, paths.data_dir / "backups").create()
    folders = [paths.data_dir, Path(tempfile.gettempdir())]
    assert list((paths.data_dir / "backups").rglob("vault.db")), "the backup was made"
    assert _scan(folders) == []
    services.vault.lock()
    assert _scan(folders) == []
    assert not services.vault.db_path.read_bytes().startswith(b"SQLite format 3")
    # …and the content really is in there, so the scan could have found it.
    services.vault.unlock(PASSPHRASE, policy=policy)
    assert services.journal.search(CANARY["title"])[0].summary.title == CANARY["title"]
    assert services.care.people()[0].name == CANARY["person"]
    (entry,) = services.journal.search(CANARY["title"])
    files = services.attachments.of_entry(entry.summary.id)
    assert CANARY["attached"].encode() in services.attachments.read_all(files[0].id)
    assert CANARY["photo"].encode() in services.attachments.read_all(files[1].id)


def test_the_scan_would_find_a_canary_written_in_the_clear(paths: AppPaths) -> None:
    (paths.data_dir / "leak.txt").write_bytes(CANARY["body"].encode("utf-16-le"))
    assert _scan([paths.data_dir]) == [f"body in {paths.data_dir / 'leak.txt'}"]
