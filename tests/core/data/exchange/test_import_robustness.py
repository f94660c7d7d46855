"""Property tests: no input, however broken, makes an importer fail in any other way.

Every parser must either return an :class:`ImportBatch` whose records are all
complete, or raise :class:`ImportFormatError` — nothing else, ever.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hj_journal.core.data.exchange.daylio import parse_daylio
from hj_journal.core.data.exchange.dayone import parse_dayone
from hj_journal.core.data.exchange.detect import detect_format
from hj_journal.core.data.exchange.jrnl_json import parse_jrnl_json
from hj_journal.core.data.exchange.jrnl_text import parse_jrnl_text
from hj_journal.core.data.exchange.markdown_folder import parse_markdown_folder
from hj_journal.core.data.exchange.records import ImportBatch, ImportFormatError

TZ = timezone(timedelta(hours=-7))
Parser = Callable[..., ImportBatch]

# (parser, file name, sample key)
CASES: list[tuple[str, Parser, str, str]] = [
    ("jrnl", parse_jrnl_json, "journal.json", "jrnl"),
    ("jrnl-txt", parse_jrnl_text, "journal.txt", "jrnl-txt"),
    ("dayone-json", parse_dayone, "Journal.json", "dayone-json"),
    ("dayone-zip", parse_dayone, "Export.zip", "dayone-zip"),
    ("daylio", parse_daylio, "daylio.csv", "daylio"),
    ("markdown", parse_markdown_folder, "note.md", "markdown"),
]
IDS = [case[0] for case in CASES]
FAST = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def run(parser: Parser, folder: Path, name: str, data: bytes) -> None:
    """Write ``data`` and parse it; check the outcome is one of the two allowed ones."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    target = folder if parser is parse_markdown_folder else path
    detect_format(target)  # must never raise either
    try:
        batch = parser(target, local_tz=TZ)
    except ImportFormatError as error:
        message = str(error)
        assert message
        assert "\n" not in message
        return
    check_complete(batch)


def check_complete(batch: ImportBatch) -> None:
    assert isinstance(batch, ImportBatch)
    for entry in batch.entries:
        assert isinstance(entry.entry_date, date)
        assert isinstance(entry.created_at, datetime)
        assert entry.created_at.utcoffset() == timedelta(0)
        assert isinstance(entry.title, str)
        assert isinstance(entry.body, str)
        assert entry.source_id
        # Everything must be storable as UTF-8.
        (entry.title + entry.body + "".join(entry.tags) + entry.source_id).encode("utf-8")
    for checkin in batch.checkins:
        assert checkin.at.utcoffset() == timedelta(0)
        assert checkin.mood is None or -3 <= checkin.mood <= 3
        (checkin.note + "".join(checkin.context_tags)).encode("utf-8")
    for item in batch.skipped:
        assert item.where
        assert item.reason
        (item.where + item.reason).encode("utf-8")


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """A valid file, damaged: cut short, bytes flipped, bytes inserted or removed."""
    data = bytearray(original)
    kind = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "mixed"]))
    if kind in ("truncate", "mixed"):
        data = data[: draw(st.integers(0, len(data)))]
    if kind in ("flip", "mixed") and data:
        for _ in range(draw(st.integers(1, 8))):
            index = draw(st.integers(0, len(data) - 1))
            data[index] = draw(st.integers(0, 255))
    if kind == "insert":
        index = draw(st.integers(0, len(data)))
        data[index:index] = draw(st.binary(min_size=1, max_size=16))
    if kind == "delete" and data:
        start = draw(st.integers(0, len(data) - 1))
        del data[start : start + draw(st.integers(1, 16))]
    return bytes(data)


@pytest.mark.parametrize(("key", "parser", "name", "sample"), CASES, ids=IDS)
@FAST
@given(data=st.binary(max_size=512))
def test_random_bytes(
    tmp_path: Path, key: str, parser: Parser, name: str, sample: str, data: bytes
) -> None:
    run(parser, tmp_path / "in", name, data)


@pytest.mark.parametrize(("key", "parser", "name", "sample"), CASES, ids=IDS)
@FAST
@given(text=st.text(max_size=300))
def test_random_text(
    tmp_path: Path, key: str, parser: Parser, name: str, sample: str, text: str
) -> None:
    run(parser, tmp_path / "in", name, text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize(("key", "parser", "name", "sample"), CASES, ids=IDS)
@FAST
@given(choice=st.data())
def test_mutated_valid_files(
    tmp_path: Path,
    samples: dict[str, bytes],
    key: str,
    parser: Parser,
    name: str,
    sample: str,
    choice: st.DataObject,
) -> None:
    data = choice.draw(mutated(samples[sample]))
    run(parser, tmp_path / "in", name, data)


@pytest.mark.parametrize(("key", "parser", "name", "sample"), CASES, ids=IDS)
def test_valid_samples_parse_completely(
    tmp_path: Path, samples: dict[str, bytes], key: str, parser: Parser, name: str, sample: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(samples[sample])

    batch = parser(folder if parser is parse_markdown_folder else folder / name, local_tz=TZ)

    check_complete(batch)
    assert batch.entries


JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "2024-03-01",
            "09:30",
            "2024-03-01T10:00:00Z",
            "0001-01-01",
            "9999-12-31T23:59:59+14:00",
            "Europe/Berlin",
            "Mars/Olympus",
            "../../etc/passwd",
            "\ud83d",
            "@tag",
            "![](dayone-moment://AB12)",
            "# Title\nbody",
        ]
    )
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
KEYS = st.sampled_from(
    [
        "title",
        "body",
        "date",
        "time",
        "tags",
        "starred",
        "uuid",
        "text",
        "creationDate",
        "timeZone",
        "isPinned",
        "photos",
        "audios",
        "videos",
        "pdfAttachments",
        "identifier",
    ]
)
ENTRY = st.dictionaries(KEYS, JSON_VALUES, max_size=8) | JSON_VALUES


@pytest.mark.parametrize("parser", [parse_jrnl_json, parse_dayone], ids=["jrnl", "dayone"])
@FAST
@given(
    entries=st.lists(ENTRY, max_size=6),
    top=st.dictionaries(st.sampled_from(["tags", "metadata", "format"]), JSON_VALUES, max_size=2),
)
def test_structured_json(
    tmp_path: Path, parser: Parser, entries: list[object], top: dict[str, object]
) -> None:
    import json

    document = {**top, "entries": entries}
    data = json.dumps(document, ensure_ascii=True).encode()
    run(parser, tmp_path / "in", "export.json", data)
