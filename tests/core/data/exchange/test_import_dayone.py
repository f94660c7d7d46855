"""Day One: JSON and zip, media placeholders, titles, time zones, archive safety."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from hj_journal.core.data.exchange.dayone import is_safe_member, parse_dayone
from hj_journal.core.data.exchange.records import ImportBatch, ImportedEntry, ImportFormatError

TZ = timezone(timedelta(hours=2))
MakeZip = Callable[..., bytes]


def parse(path: Path) -> ImportBatch:
    return parse_dayone(path, local_tz=TZ)


def write(tmp_path: Path, data: bytes, name: str = "Export.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def check_sample(batch: ImportBatch, journal_name: str) -> None:
    assert batch.format == "dayone"
    first, second = batch.entries
    assert first == ImportedEntry(
        source_id="0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        entry_date=date(2024, 3, 1),  # 02:30 UTC is still the evening before in New York
        created_at=datetime(2024, 3, 2, 2, 30, tzinfo=UTC),
        title="A walk by the river.",
        body="The light was gold 🌅.\n\n(a photo was here)\n\nHeard geese.\n\n"
        "(an audio recording was here)",
        tags=("Outside", "calm"),
        pinned=True,
        media_skipped=3,
    )
    assert second == ImportedEntry(
        source_id=second.source_id,
        entry_date=date(2024, 3, 4),
        created_at=datetime(2024, 3, 4, 12, 0, tzinfo=UTC),
        title="",
        body="Minimal entry, grüße.",
    )
    assert len(second.source_id) == 64
    assert [(item.where, item.reason) for item in batch.skipped] == [
        (
            f"{journal_name}, entry 3",
            "Entry 3 was left out because its date, “yesterday”, isn't a date HJ Journal "
            "can read.",
        ),
        (f"{journal_name}, entry 4", "Entry 4 was left out because it has no date."),
    ]
    assert batch.warnings == ("2 photos were not imported.", "1 audio recording was not imported.")


def test_reads_the_json_inside_the_export(tmp_path: Path, samples: dict[str, bytes]) -> None:
    check_sample(parse(write(tmp_path, samples["dayone-json"], "Journal.json")), "Journal.json")


def test_reads_the_zip_and_brings_its_photos(tmp_path: Path, samples: dict[str, bytes]) -> None:
    batch = parse(write(tmp_path, samples["dayone-zip"]))
    first = batch.entries[0]
    (photo,) = first.attachments  # photos/00ff.jpeg is in the zip; 11ee.heic and the audio not
    assert (photo.name, photo.data) == ("00ff.jpeg", b"\xff\xd8\xff fake jpeg")
    assert first.body == (
        f"The light was gold 🌅.\n\n![](hjattach:{photo.uuid})\n\nHeard geese.\n\n"
        "(an audio recording was here)"
    )
    assert first.media_skipped == 2
    assert batch.warnings == ("1 photo was not imported.", "1 audio recording was not imported.")
    # Everything else reads as from the JSON alone.
    json_only = parse(write(tmp_path, samples["dayone-json"], "Journal.json"))
    assert batch.entries[1:] == json_only.entries[1:]
    assert first.title == json_only.entries[0].title and first.tags == json_only.entries[0].tags


def test_media_too_large_or_damaged_are_left_out_calmly(
    tmp_path: Path, make_dayone_zip: MakeZip, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.core.data.exchange import dayone

    monkeypatch.setattr(dayone, "MAX_MEDIA_FILE", 10)
    batch = parse(write(tmp_path, make_dayone_zip()))
    assert batch.entries[0].attachments == ()
    assert "2 photos were not imported." in batch.warnings


def test_ids_are_stable(tmp_path: Path, samples: dict[str, bytes]) -> None:
    path = write(tmp_path, samples["dayone-zip"])

    assert [e.source_id for e in parse(path).entries] == [e.source_id for e in parse(path).entries]


def test_every_media_kind_has_a_placeholder(tmp_path: Path) -> None:
    entry = {
        "creationDate": "2024-01-01T10:00:00Z",
        "timeZone": "UTC",
        "text": "![](dayone-moment:/video/V1) ![](dayone-moment:/pdfAttachment/P1) "
        "![](dayone-moment:/sketch/S1) ![](dayone-moment://NOTLISTED)",
        "pdfAttachments": [{"identifier": "P1"}],
        "videos": [{"identifier": "V1"}, {"md5": "no identifier"}],
    }
    path = write(tmp_path, json.dumps({"metadata": {}, "entries": [entry]}).encode(), "J.json")

    batch = parse(path)

    assert batch.entries[0].body == (
        "(a video was here) (a PDF was here) (an attachment was here) (a photo was here)"
    )
    assert batch.entries[0].media_skipped == 5
    assert batch.warnings == (
        "1 photo was not imported.",
        "2 videos were not imported.",
        "1 PDF was not imported.",
        "1 attachment was not imported.",
    )


def test_unknown_time_zone_uses_the_given_zone_and_says_so(tmp_path: Path) -> None:
    entry = {"creationDate": "2024-01-01T23:00:00Z", "timeZone": "Mars/Olympus", "text": "x"}
    path = write(tmp_path, json.dumps({"metadata": {}, "entries": [entry]}).encode(), "J.json")

    batch = parse(path)

    assert batch.entries[0].entry_date == date(2024, 1, 2)  # 01:00 the next day at UTC+2
    assert "time zone HJ Journal doesn't know" in batch.warnings[0]


def test_heading_only_on_the_first_line_becomes_the_title(tmp_path: Path) -> None:
    entries = [
        {"creationDate": "2024-01-01T10:00:00Z", "text": "Plain start\n# Later heading"},
        {"creationDate": "2024-01-01T10:00:00Z", "text": "## Small \\- heading ##\nBody"},
    ]
    path = write(tmp_path, json.dumps({"entries": entries}).encode(), "J.json")

    first, second = parse(path).entries

    assert (first.title, first.body) == ("", "Plain start\n# Later heading")
    assert (second.title, second.body) == ("Small - heading", "Body")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"text": None}, "it has no text (it may hold only media)"),
        ({"text": ["not", "text"]}, "its text isn't text"),
        ({"tags": [1, 2]}, "its tags aren't a list of words"),
        ({"isPinned": 1}, "its pin isn't true or false"),
        ({"creationDate": "2024-02-30T10:00:00Z"}, "its date, “2024-02-30T10:00:00Z”, isn't"),
        ({"creationDate": 1700000000}, "its date isn't text"),
    ],
)
def test_bad_entry_is_skipped(
    tmp_path: Path, dayone_doc: dict[str, Any], change: dict[str, Any], reason: str
) -> None:
    entry = dayone_doc["entries"][1]
    for key, value in change.items():
        if value is None:
            entry.pop(key)
        else:
            entry[key] = value

    batch = parse(write(tmp_path, json.dumps(dayone_doc).encode(), "J.json"))

    assert len(batch.entries) == 1
    assert batch.skipped[0].where == "J.json, entry 2"
    assert reason in batch.skipped[0].reason


def test_members_outside_the_archive_are_not_read(
    tmp_path: Path, make_dayone_zip: MakeZip
) -> None:
    evil = json.dumps(
        {"metadata": {}, "entries": [{"creationDate": "2024-01-01T00:00:00Z", "text": "evil"}]}
    ).encode()
    data = make_dayone_zip(
        extra={
            "../evil.json": evil,
            "/etc/abs.json": evil,
            "C:\\win.json": evil,
            "a/../../up.json": evil,
        }
    )

    batch = parse(write(tmp_path, data))

    assert all(entry.body != "evil" for entry in batch.entries)
    assert len(batch.entries) == 2
    outside = [item for item in batch.skipped if "points outside it" in item.reason]
    assert [item.where for item in outside] == [
        "Export.zip: ../evil.json",
        "Export.zip: /etc/abs.json",
        "Export.zip: C:\\win.json",
        "Export.zip: a/../../up.json",
    ]


def test_archive_with_only_unsafe_members_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../evil.json", b'{"entries": []}')

    with pytest.raises(ImportFormatError, match="doesn't look like a Day One export"):
        parse(write(tmp_path, buffer.getvalue()))


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Journal.json", True),
        ("My Journal/Journal.json", True),
        ("..json", True),
        ("../x.json", False),
        ("/x.json", False),
        ("\\x.json", False),
        ("a\\..\\..\\x.json", False),
        ("D:x.json", False),
        ("x\x00.json", False),
    ],
)
def test_member_path_safety(name: str, safe: bool) -> None:
    assert is_safe_member(name) is safe


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b'{"entries": [' + b" " * (8 * 1024 * 1024) + b"]}")

    with pytest.raises(ImportFormatError, match="expands far more than a real export"):
        parse(write(tmp_path, buffer.getvalue()))


def test_archive_over_the_size_limit_is_refused(tmp_path: Path, make_dayone_zip: MakeZip) -> None:
    with pytest.raises(ImportFormatError, match="add up to more than 200 MiB"):
        parse_dayone(write(tmp_path, make_dayone_zip()), max_bytes=1000)


def test_media_and_mac_metadata_members_are_not_read(
    tmp_path: Path, make_dayone_zip: MakeZip
) -> None:
    data = make_dayone_zip(
        extra={"__MACOSX/._Journal.json": b"\x00\x05\x16\x07 binary", "photos/._x.json": b"\x00"}
    )

    batch = parse(write(tmp_path, data))

    assert len(batch.entries) == 2
    assert len(batch.skipped) == 2  # only the two bad entries of the sample


def test_two_journals_in_one_zip_and_a_stray_json(
    tmp_path: Path, make_dayone_zip: MakeZip, dayone_doc: dict[str, Any]
) -> None:
    other = {"metadata": {}, "entries": [dayone_doc["entries"][1]]}
    data = make_dayone_zip(
        extra={"Travel.json": json.dumps(other).encode(), "settings.json": b'{"theme": 1}'}
    )

    batch = parse(write(tmp_path, data))

    assert len(batch.entries) == 3
    ids = [entry.source_id for entry in batch.entries]
    assert ids[2] == ids[1] + "-2"  # same minimal entry in both journals
    assert ("settings.json", "This file isn't a Day One journal, so it was not read.") in [
        (item.where, item.reason) for item in batch.skipped
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 truncated archive", "looks incomplete or damaged"),
        (b"", "This file is empty."),
        (b'{"entries": [{"title": "jrnl", "date": "2024-01-01"}]}', "doesn't look like a Day One"),
        (b'{"metadata": {}, "entries": [', "doesn't look like a Day One"),
        ('{"entries": "caf\xe9"}'.encode("latin-1"), "isn't saved as UTF-8"),
    ],
)
def test_refuses_what_is_not_a_day_one_export(
    tmp_path: Path, content: bytes, message: str
) -> None:
    with pytest.raises(ImportFormatError, match=message):
        parse(write(tmp_path, content, "Journal.json"))


def test_zip_without_json_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/a.jpeg", b"jpeg")

    with pytest.raises(ImportFormatError, match="doesn't look like a Day One export"):
        parse(write(tmp_path, buffer.getvalue()))


def test_truncated_zip_is_refused(tmp_path: Path, samples: dict[str, bytes]) -> None:
    data = samples["dayone-zip"]

    with pytest.raises(ImportFormatError, match="looks incomplete or damaged"):
        parse(write(tmp_path, data[: len(data) // 2]))


def test_corrupted_member_is_refused(tmp_path: Path, samples: dict[str, bytes]) -> None:
    data = bytearray(samples["dayone-zip"])
    data[60] ^= 0xFF  # inside Journal.json's compressed data: CRC or inflate fails

    with pytest.raises(ImportFormatError, match="looks incomplete or damaged"):
        parse(write(tmp_path, bytes(data)))
