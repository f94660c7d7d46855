"""Merging versions: newer wins, an entry's text changed apart keeps both, twice is once."""

from __future__ import annotations

from typing import Any

from hj_journal.core.services import Services
from hj_journal.core.sync.clock import reading, with_dot
from hj_journal.core.sync.merge import Merger, Version
from hj_journal.core.sync.rows import RowIO

A, B = "a" * 32, "b" * 32
KEY = "c" * 32


def _entry(body: str) -> dict[str, Any]:
    return {
        "uuid": KEY,
        "entry_date": "2026-01-01",
        "created_at": "2026-01-01 00:00:00.000000",
        "updated_at": "2026-01-01 00:00:00.000000",
        "title": "T",
        "body": body,
        "tags": [],
        "pinned": 0,
    }


def _merge(services: Services, *versions: Version) -> Merger:
    fairy = services.vault.engine.raw_connection()
    conn = fairy.driver_connection
    try:
        conn.execute("BEGIN")
        merger = Merger(conn, RowIO(conn))
        for version in versions:
            merger.apply(version)
        conn.execute("COMMIT")
    finally:
        fairy.close()
    return merger


def _bodies(services: Services) -> set[str]:
    with services.vault.session() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT body FROM entries UNION ALL SELECT json_extract(data, '$.body') "
                "FROM sync_heads WHERE NOT deleted"
            )
            .fetchall()
        )
    return {str(r[0]) for r in rows}


def test_a_later_version_replaces_and_an_earlier_one_is_ignored(services: Services) -> None:
    first = Version("entries", KEY, reading(1, 0, A), {}, False, _entry("one"))
    second = Version(
        "entries", KEY, reading(2, 0, A), with_dot({}, first.clock), False, _entry("two")
    )
    _merge(services, second, first, second)
    assert _bodies(services) == {"two"}


def test_versions_made_apart_keep_both_texts_in_any_order(services: Services) -> None:
    base = Version("entries", KEY, reading(1, 0, A), {}, False, _entry("base"))
    left = Version(
        "entries", KEY, reading(3, 0, A), with_dot({}, base.clock), False, _entry("left")
    )
    right = Version(
        "entries", KEY, reading(2, 0, B), with_dot({}, base.clock), False, _entry("right")
    )
    _merge(services, base, right, left, right)
    assert _bodies(services) == {"left", "right"}
    shown = services.journal.find_by_uuid(KEY)
    assert shown is not None and shown.body == "left"  # the newer clock is shown


def test_other_rows_keep_only_the_newest(services: Services) -> None:
    older = Version(
        "settings",
        "today.on_this_day",
        reading(1, 0, A),
        {},
        False,
        {"key": "today.on_this_day", "value": "true"},
    )
    newer = Version(
        "settings",
        "today.on_this_day",
        reading(2, 0, B),
        {},
        False,
        {"key": "today.on_this_day", "value": "false"},
    )
    _merge(services, newer, older)
    assert services.settings.on_this_day is False


def test_a_version_that_is_not_one_is_refused() -> None:
    import pytest

    for raw in (
        None,
        [],
        ["nope", KEY, reading(1, 0, A), {}, False, None],
        ["entries", KEY, "soon", {}, False, None],
    ):
        with pytest.raises(ValueError):
            Version.from_json(raw)
