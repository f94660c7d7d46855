"""The entry's date: typed as you would write it, Tab leaves it, the future is noted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.common import i18n
from hj_journal.ui.common.date_field import DateField, read_date
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.platform import translations


@pytest.fixture
def page(journal_page) -> JournalPage:  # type: ignore[no-untyped-def]
    built = journal_page()
    built.show()
    return built


def _type_into_date(qtbot, page: JournalPage, text: str) -> None:  # type: ignore[no-untyped-def]
    page.editor.title.setFocus()
    qtbot.keyClick(page.editor.title, Qt.Key.Key_Tab)  # into the date, as a person would
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.editor.title)
    field = QApplication.focusWidget()
    assert field is not None
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def test_tab_after_a_typed_date_goes_to_the_tags_and_nothing_typed_is_lost(
    qtbot, page: JournalPage
) -> None:
    _type_into_date(qtbot, page, "3 May 2024")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _focus() is page.editor.tags)
    qtbot.keyClicks(page.editor.tags, "rest")
    assert page.editor.tags.text() == "rest"
    assert page.editor.date.date() == QDate(2024, 5, 3)


@pytest.mark.parametrize("typed", ["2024-05-03", "3 May 2024", "3 may 2024", "May 3, 2024"])
def test_a_date_typed_in_a_common_way_is_understood(qtbot, page: JournalPage, typed: str) -> None:
    _type_into_date(qtbot, page, typed)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _focus() is page.editor.tags)
    assert page.editor.date.date() == QDate(2024, 5, 3)


def test_a_future_date_gets_a_gentle_note_and_is_kept(qtbot, page: JournalPage) -> None:
    later = date.today() + timedelta(days=3)
    _type_into_date(qtbot, page, later.isoformat())
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    note = page.editor.date.note
    qtbot.waitUntil(note.isVisible)
    assert note.text() == "This date is in the future — that's fine if you mean it."
    assert page.editor.date.date() == QDate(later.year, later.month, later.day)
    page.editor.date.setDate(QDate.currentDate())
    assert not note.isVisible()  # today: nothing to say


def test_typing_that_is_not_a_date_keeps_the_date_and_says_so(qtbot, page: JournalPage) -> None:
    page.editor.date.setDate(QDate(2024, 5, 3))
    _type_into_date(qtbot, page, "soon")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert page.editor.date.date() == QDate(2024, 5, 3)
    assert page.editor.date.edit.text() == "3 May 2024"
    assert "still 3 May 2024" in page.editor.date.note.text()


def test_the_calendar_opens_from_the_keyboard_and_sets_the_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setDate(QDate(2024, 5, 3))
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field._popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    with qtbot.waitSignal(field.dateChanged):
        popup.calendar.activated.emit(QDate(2024, 5, 9))
    assert field.date() == QDate(2024, 5, 9)
    assert not popup.isVisible()


def test_the_locale_decides_how_a_short_date_reads(qapp) -> None:  # type: ignore[no-untyped-def]
    assert read_date("3/5/2024", QLocale("en_GB")) == QDate(2024, 5, 3)
    assert read_date("3/5/2024", QLocale("en_US")) == QDate(2024, 3, 5)
    assert read_date("2024-05-03", QLocale("de_DE")) == QDate(2024, 5, 3)
    assert read_date("3.5.2024", QLocale("de_DE")) == QDate(2024, 5, 3)
    assert read_date("today", QLocale("en_GB"), date(2024, 5, 3)) == QDate(2024, 5, 3)
    assert read_date("yesterday", QLocale("en_GB"), date(2024, 5, 3)) == QDate(2024, 5, 2)
    assert not read_date("soon", QLocale("en_GB")).isValid()


def test_in_spanish_a_date_is_shown_with_de_and_read_back(qtbot, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    installed = translations.install(qapp, "es", tmp_path / "cache")
    try:
        field = DateField()
        qtbot.addWidget(field)
        field.setDate(QDate(2026, 9, 30))
        assert field.edit.text() == "30 de septiembre de 2026"
        assert read_date("30 de septiembre de 2026") == QDate(2026, 9, 30)
        assert read_date("ayer", today=date(2026, 12, 3)) == QDate(2026, 12, 2)
        width = field.edit.fontMetrics().horizontalAdvance("30 de septiembre de 2026")
        assert field.edit.minimumWidth() > width  # the longest date fits
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(QLocale.system())
