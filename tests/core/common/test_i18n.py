"""Core's translate hook: source text until a translator is installed, plurals inline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hj_journal.core.common import i18n


@pytest.fixture(autouse=True)
def _nothing_installed() -> Iterator[None]:
    i18n.install(None)
    yield
    i18n.install(None)


def test_the_source_text_is_used_until_a_translator_is_installed() -> None:
    assert i18n.translate("Ctx", "Your journal is open.") == "Your journal is open."


@pytest.mark.parametrize(("n", "expected"), [(0, "0 entries"), (1, "1 entry"), (2, "2 entries")])
def test_english_plurals_written_inline_are_resolved(n: int, expected: str) -> None:
    assert i18n.translate("Ctx", "%n entr(y|ies)", None, n) == expected


def test_a_plain_s_plural() -> None:
    assert i18n.translate("Ctx", "%n day(s)", None, 1) == "1 day"
    assert i18n.translate("Ctx", "%n day(s)", None, 3) == "3 days"


def test_an_installed_translator_gets_the_context_text_and_count() -> None:
    seen: list[tuple[str, str, int]] = []

    def spanish(context: str, text: str, n: int) -> str:
        seen.append((context, text, n))
        return "%n entradas" if n >= 0 else "Tu diario está abierto."

    i18n.install(spanish)
    assert i18n.translate("Ctx", "Your journal is open.") == "Tu diario está abierto."
    assert i18n.translate("Ctx", "%n entr(y|ies)", None, 4) == "4 entradas"
    assert seen == [("Ctx", "Your journal is open.", -1), ("Ctx", "%n entr(y|ies)", 4)]


def test_a_translations_own_brackets_are_kept() -> None:
    # Only the untranslated English carries forms; a translation's brackets are words.
    i18n.install(lambda context, text, n: "Borrado para siempre (%n sesión).")
    assert i18n.translate("Ctx", "Deleted (%n session(s)).", None, 1) == (
        "Borrado para siempre (1 sesión)."
    )


def test_a_marked_table_value_is_the_text_itself() -> None:
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Monday") == "Monday"


def test_decimals_use_the_languages_own_separator() -> None:
    assert i18n.decimal(2.5, 1) == "2.5" and i18n.decimal(3, 1) == "3.0"
    assert i18n.decimal(0.04, 1) == "0.0" and i18n.decimal(12.345, 2) == "12.35"
    i18n.install(lambda context, text, n: "," if (context, text) == ("Numbers", ".") else text)
    assert i18n.decimal(2.5, 1) == "2,5" and i18n.decimal(-1.25, 2) == "-1,25"


def test_spanish_numbers_in_core_and_the_command_line(tmp_path) -> None:
    from hj_journal.core.insights.histograms import format_points
    from hj_journal.core.journal.attachments import size_text

    i18n.install(lambda context, text, n: "," if (context, text) == ("Numbers", ".") else text)
    assert format_points(1.5) == "1,5" and format_points(2.0) == "2"
    assert size_text(3_200_000) == "3,2 MB"
