"""Days and moments said calmly in the user's language; Qt and Python dates swap exactly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale
from PySide6.QtWidgets import QApplication

from hj_journal.core.common import i18n
from hj_journal.ui.common.dates import day_text, moment_text, pydate, qdate, qdatetime
from hj_journal.ui.platform import translations


@pytest.fixture
def british(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def test_dates_swap_both_ways() -> None:
    day = date(2024, 2, 29)
    assert qdate(day) == QDate(2024, 2, 29)
    assert pydate(qdate(day)) == day


def test_a_moment_swaps_as_pyside_itself_swaps_a_datetime() -> None:
    # The typed swap must read exactly as handing the datetime to Qt did before it:
    # the wall clock, to the millisecond (truncated), as local time, through the
    # night the clocks go back (fold) and for naive and aware moments alike.
    start = datetime(2026, 10, 24, 22, 0, tzinfo=UTC)
    moments = [start + timedelta(minutes=7 * step, microseconds=999_999) for step in range(60)]
    moments += [datetime(2024, 2, 29, 12, 0, 0, 1_000), datetime(2026, 3, 29, 1, 30)]
    for moment in moments:
        for given in (moment.astimezone(), moment.replace(tzinfo=None)):
            ours, pysides = qdatetime(given), QDateTime(given)
            assert ours == pysides, given
            assert ours.toMSecsSinceEpoch() == pysides.toMSecsSinceEpoch(), given
            assert ours.timeSpec() == pysides.timeSpec(), given


def test_a_day_reads_short_or_in_full(british: None) -> None:
    assert day_text(date(2024, 5, 3)) == "Fri 3 May 2024"
    assert day_text(date(2024, 5, 3), long=True) == "Friday 3 May 2024"


def test_a_moment_today_is_its_time_alone_and_another_day_names_the_day(british: None) -> None:
    now = datetime.now().astimezone()
    today = now.replace(hour=now.hour, minute=now.minute, second=0)
    assert moment_text(today) == f"{now.hour:02d}:{now.minute:02d}"
    earlier = (now - timedelta(days=3)).replace(hour=9, minute=5)
    assert moment_text(earlier) == f"09:05, {day_text(earlier.date())}"
    assert moment_text(earlier.astimezone(UTC)) == moment_text(earlier)  # said in local time


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    installed = translations.install(qapp, "es", tmp_path / "cache")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.install(None)
    QLocale.setDefault(QLocale.system())


@pytest.mark.usefixtures("spanish")
def test_a_day_is_said_the_way_spanish_writes_it() -> None:
    # The pattern is the language's own: Spanish adds "de" and a comma after the weekday.
    assert day_text(date(2026, 12, 3), long=True) == "jueves, 3 de diciembre de 2026"
    assert day_text(date(2026, 12, 3)) == "jue 3 dic 2026"
