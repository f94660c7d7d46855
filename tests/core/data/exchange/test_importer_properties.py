"""Property tests: detect → read → import never crashes and never writes part of a file.

Random bytes and damaged versions of valid files of every format (and of HJ Journal's
own export) go through the whole path into a real vault. The only failure allowed is
:class:`ImportFormatError`, and then not a row has changed; on success the rows added
are exactly what the preview promised. A failure injected at a random moment of the
write rolls back completely.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hj_journal.core.data.exchange.detect import detect_format
from hj_journal.core.data.exchange.importer import Importer, read_source, row_counts
from hj_journal.core.data.exchange.records import ImportFormatError
from hj_journal.core.services import Services
from tests.core.data.exchange.test_import_robustness import mutated

CASES = [
    ("jrnl", "journal.json"),
    ("jrnl-txt", "journal.txt"),
    ("dayone-zip", "Export.zip"),
    ("dayone-json", "Journal.json"),
    ("daylio", "daylio.csv"),
    ("markdown", "note.md"),
    ("own", "export.json"),
]
PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
OWN_EXPORT = {
    "format": "hj-journal-export",
    "version": 1,
    "tables": {
        "entries": [
            {
                "id": 7,
                "uuid": "a" * 32,
                "created_at": "2024-01-01T10:00:00+00:00",
                "updated_at": "2024-01-01T10:00:00+00:00",
                "entry_date": "2024-01-01",
                "title": "t",
                "body": "b",
                "tag_text": "",
                "prompt_key": None,
                "mood": 1,
                "pinned": False,
                "content_note": None,
                "deleted_at": None,
                "source": None,
                "source_id": None,
            }
        ],
        "entry_tags": [{"entry_id": 7, "name": "rest"}],
        "checkins": [{"id": 1, "uuid": "b" * 32, "at": "2024-01-01T10:00:00+00:00"}],
        "settings": [{"key": "x", "value": [1]}],
    },
}


def _sample(samples: dict[str, bytes], key: str) -> bytes:
    if key == "own":
        return json.dumps(OWN_EXPORT).encode()
    return samples[key]


def _import(folder: Path, name: str, data: bytes, services: Services) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    vault = services.vault
    before = row_counts(vault)
    fmt = detect_format(path)
    try:
        source = read_source(path, fmt)
        preview = Importer(vault).preview(source)
        report = Importer(vault).run(source)
    except ImportFormatError as error:
        assert str(error).strip()
        assert row_counts(vault) == before
        return
    after = row_counts(vault)
    assert report.entries.new == after["entries"] - before["entries"]
    assert report.checkins.new == after["checkins"] - before["checkins"]
    assert report.new_total == preview.new_total
    assert vault.verify().ok


@pytest.mark.parametrize(("key", "name"), CASES, ids=[c[0] for c in CASES])
@PROPERTY
@given(data=st.binary(max_size=400))
def test_random_bytes_through_the_whole_import(
    tmp_path: Path, services: Services, key: str, name: str, data: bytes
) -> None:
    _import(tmp_path / "in", name, data, services)


@pytest.mark.parametrize(("key", "name"), CASES, ids=[c[0] for c in CASES])
@PROPERTY
@given(choice=st.data())
def test_damaged_files_through_the_whole_import(
    tmp_path: Path,
    services: Services,
    samples: dict[str, bytes],
    key: str,
    name: str,
    choice: st.DataObject,
) -> None:
    _import(tmp_path / "in", name, choice.draw(mutated(_sample(samples, key))), services)


@settings(PROPERTY, max_examples=12)
@given(choice=st.data())
def test_a_failure_at_any_moment_of_the_write_leaves_no_row(
    tmp_path: Path, services: Services, choice: st.DataObject
) -> None:
    entries = [
        {
            "title": f"t{n}",
            "body": "b " * n,
            "date": "2024-01-01",
            "time": "10:00",
            "tags": [f"@tag{n % 3}"],
        }
        for n in range(choice.draw(st.integers(1, 1100)))
    ]
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"entries": entries}))
    source = read_source(path, "jrnl")
    stop_at = choice.draw(st.integers(1, len(entries)))
    before = row_counts(services.vault)

    class InjectedError(Exception):
        pass

    def fail(done: int, total: int) -> None:
        if done >= stop_at:
            raise InjectedError

    with pytest.raises(InjectedError):
        Importer(services.vault).run(source, progress=fail)
    assert row_counts(services.vault) == before
