"""The questionnaires in Spanish: only published wording, scored exactly as in English.

The rules are in resources/instruments/README.md ("Translations") and
docs/translations.md ("Questionnaires"). The app does not ask the loader for a language
yet, so these tests read each built-in file in a language the way the loader will: the
file's overlays for that language applied (``localised``), then the same validator.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hj_journal.bundled import resource_path
from hj_journal.core.checkin.instruments.files import (
    instrument_files,
    parse_instrument,
    read_instrument_file,
)
from hj_journal.core.checkin.instruments.schema import Instrument, InstrumentFileError
from hj_journal.core.checkin.instruments.scoring import (
    DECLINED,
    Answer,
    InstrumentLibrary,
    Score,
)
from hj_journal.core.common.resource_i18n import BASE_LANGUAGE, SUPPORTED_LANGUAGES, localised

BUILTIN = resource_path("instruments")
FILES = instrument_files(BUILTIN)
OTHER_LANGUAGES = tuple(lang for lang in SUPPORTED_LANGUAGES if lang != BASE_LANGUAGE)


def _raw(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _read(path: Path, language: str | None) -> Instrument:
    """One built-in file as the app in ``language`` would read it."""
    return parse_instrument(localised(_raw(path), language), path)


def _library(language: str | None) -> InstrumentLibrary:
    return InstrumentLibrary(_read(path, language) for path in FILES)


ENGLISH = _library(None)
SPANISH = _library("es")


def test_every_built_in_file_reads_in_every_language() -> None:
    assert len(FILES) == 4
    for language in OTHER_LANGUAGES:
        assert _library(language).ids() == ENGLISH.ids()


# ---------------------------------------------------------------- scoring


def _same_result(english: Score, spanish: Score) -> None:
    # Everything but the band's label (our own words, translated) must be identical.
    assert replace(spanish, band_label=english.band_label) == english
    assert (english.band_label is None) == (spanish.band_label is None)


def _answers(instrument: Instrument) -> st.SearchStrategy[list[Answer]]:
    one: st.SearchStrategy[Answer] = st.one_of(
        st.sampled_from(sorted(instrument.option_values)),
        st.none(),
        st.just(DECLINED),
    )
    return st.lists(one, min_size=len(instrument.items), max_size=len(instrument.items))


@pytest.mark.parametrize("instrument_id", ENGLISH.ids())
def test_the_same_answers_score_the_same_in_english_and_spanish(instrument_id: str) -> None:
    english = ENGLISH.get(instrument_id)

    @settings(max_examples=150, deadline=None)
    @given(_answers(english), st.booleans())
    def check(answers: list[Answer], phq8_mode: bool) -> None:
        _same_result(
            ENGLISH.score(instrument_id, answers, phq8_mode=phq8_mode),
            SPANISH.score(instrument_id, answers, phq8_mode=phq8_mode),
        )

    check()


@pytest.mark.parametrize("instrument_id", ENGLISH.ids())
def test_every_total_from_lowest_to_highest_scores_the_same(instrument_id: str) -> None:
    # Walk each item from the lowest to the highest answer, one step at a time, so every
    # band edge is crossed in both languages.
    english = ENGLISH.get(instrument_id)
    rising = sorted(english.option_values)
    # Reverse-scored items count most when answered lowest, so they walk downwards.
    steps = [
        rising[::-1] if item.id in english.scoring.reverse_items else rising
        for item in english.items
    ]
    answers: list[Answer] = [values[0] for values in steps]
    results = []
    for index, values in enumerate(steps):
        for value in values:
            answers[index] = value
            english_score = ENGLISH.score(instrument_id, answers)
            _same_result(english_score, SPANISH.score(instrument_id, answers))
            results.append(english_score.band)
    assert len(set(results)) == len(english.bands)  # every band was reached


def test_spanish_band_labels_are_translated_where_the_file_has_them() -> None:
    answers: list[Answer] = [3] * 7
    assert ENGLISH.score("gad7", answers).band_label == "Severe"
    assert SPANISH.score("gad7", answers).band_label == "Grave"


@pytest.mark.parametrize("instrument_id", ENGLISH.ids())
def test_options_items_and_scoring_keep_their_values_in_spanish(instrument_id: str) -> None:
    english, spanish = ENGLISH.get(instrument_id), SPANISH.get(instrument_id)
    assert [o.value for o in spanish.options] == [o.value for o in english.options]
    assert spanish.item_ids == english.item_ids
    assert spanish.scoring.reverse_items == english.scoring.reverse_items
    assert spanish.scoring.rule is english.scoring.rule
    assert [(b.key, b.min, b.max, b.suggest_support) for b in spanish.bands] == [
        (b.key, b.min, b.max, b.suggest_support) for b in english.bands
    ]
    assert [(f.key, f.when, f.value, f.items) for f in spanish.flags] == [
        (f.key, f.when, f.value, f.items) for f in english.flags
    ]
    assert [(n.mean, n.sd) for n in spanish.norms] == [(n.mean, n.sd) for n in english.norms]
    assert spanish.version == english.version


# ---------------------------------------------------------------- only published wording


def _wording(table: dict[str, Any]) -> list[tuple[str, dict[str, Any], tuple[str, ...]]]:
    """Where a questionnaire's own wording lives: (name, table, its wording keys)."""
    places: list[tuple[str, dict[str, Any], tuple[str, ...]]] = [
        ("the title, recall period and stem", table, ("title", "recall_period", "stem"))
    ]
    places += [(f"options[{n}]", t, ("label",)) for n, t in enumerate(table["options"], 1)]
    places += [(f"items[{n}]", t, ("text",)) for n, t in enumerate(table["items"], 1)]
    if "difficulty" in table:
        places.append(("difficulty", table["difficulty"], ("text", "options")))
    return places


def _overlay(table: dict[str, Any], language: str) -> dict[str, Any]:
    return dict(table.get("i18n", {}).get(language, {}))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_language_translates_all_of_the_wording_or_none_of_it(path: Path, language: str) -> None:
    # A listed language must carry the published wording whole, so no item is shown in
    # English among translated ones; an unlisted one must carry none, so no wording of our
    # own is ever shown as if it were the questionnaire's.
    table = _raw(path)
    published = language in table.get("published_languages", [BASE_LANGUAGE])
    for where, place, keys in _wording(table):
        translated = {key for key in keys if key in place and key in _overlay(place, language)}
        present = {key for key in keys if key in place}
        if published:
            assert translated == present, f"{path.name}: {where} lacks its {language} text"
        else:
            assert not translated, f"{path.name}: {where} has {language} text, unpublished"


def test_phq9_and_pss10_have_their_published_spanish_and_gad7_and_who5_do_not() -> None:
    assert ENGLISH.get("phq9").published_languages == ("en", "es")
    assert ENGLISH.get("pss10").published_languages == ("en", "es")
    assert ENGLISH.get("gad7").published_languages == ("en",)
    assert ENGLISH.get("who5").published_languages == ("en",)


def test_every_file_names_the_source_of_each_published_language() -> None:
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        for language in _raw(path).get("published_languages", [])[1:]:
            assert f"[i18n.{language}]" in text
            assert "https://" in text.split(f"[i18n.{language}]")[0], path.name
            assert "checked 20" in text.split(f"[i18n.{language}]")[0], path.name


# ---------------------------------------------------------------- shown in English


@pytest.mark.parametrize("instrument_id", ["gad7", "who5"])
def test_without_a_published_spanish_the_spanish_app_shows_english_with_a_note(
    instrument_id: str,
) -> None:
    english, spanish = ENGLISH.get(instrument_id), SPANISH.get(instrument_id)
    assert spanish.shown_in_english("es")
    assert spanish.shown_in_english("es_MX")
    assert [i.text for i in spanish.items] == [i.text for i in english.items]
    assert [o.label for o in spanish.options] == [o.label for o in english.options]
    assert (spanish.title, spanish.stem) == (english.title, english.stem)
    assert spanish.language_note == (
        "Este cuestionario se muestra en inglés: todavía no incluimos una versión "
        "publicada en español."
    )
    assert english.language_note.startswith("This questionnaire is shown in English")


@pytest.mark.parametrize("instrument_id", ["phq9", "pss10"])
def test_with_a_published_spanish_no_note_is_shown_in_spanish(instrument_id: str) -> None:
    spanish = SPANISH.get(instrument_id)
    assert not spanish.shown_in_english("es")
    assert spanish.stem != ENGLISH.get(instrument_id).stem
    assert spanish.recall_period.casefold() in spanish.stem.casefold()


@pytest.mark.parametrize("instrument_id", ["gad7", "phq9", "pss10", "who5"])
@pytest.mark.parametrize("language", [None, "", "en", "en_GB", "EN"])
def test_the_english_app_never_shows_the_note(instrument_id: str, language: str | None) -> None:
    assert not ENGLISH.get(instrument_id).shown_in_english(language)


def test_a_language_no_file_is_published_in_shows_every_questionnaire_in_english() -> None:
    # A future French app: no file lists "fr", so each shows its English with the note,
    # and the note falls back to English where the file has no French for it.
    for instrument in _library("fr"):
        assert instrument.shown_in_english("fr")
        assert instrument.language_note.startswith("This questionnaire is shown in English")


def test_a_file_without_the_fields_is_english_only(tmp_path: Path) -> None:
    text = (BUILTIN / "gad7.toml").read_text(encoding="utf-8")
    lines = [
        line
        for line in text.splitlines(keepends=True)
        if not line.startswith(("published_languages", "language_note", "i18n.es.language_note"))
    ]
    path = tmp_path / "gad7.toml"
    path.write_text("".join(lines).replace("[i18n.es]\n", ""), encoding="utf-8")
    instrument = read_instrument_file(path)
    assert instrument.published_languages == ("en",)
    assert instrument.language_note == ""
    assert instrument.shown_in_english("es")


@pytest.mark.parametrize(
    ("languages", "problem"),
    [
        ('["es", "en"]', 'should start with "en"'),
        ("[]", 'should start with "en"'),
        ('["en", "fr"]', "'fr' is not one of"),
        ('["en", "es", "es"]', "more than once"),
        ('"en"', "list of text"),
    ],
)
def test_published_languages_are_checked(tmp_path: Path, languages: str, problem: str) -> None:
    text = (BUILTIN / "gad7.toml").read_text(encoding="utf-8")
    old = 'published_languages = ["en"]'
    assert text.count(old) == 1
    path = tmp_path / "gad7.toml"
    path.write_text(text.replace(old, f"published_languages = {languages}"), encoding="utf-8")
    with pytest.raises(InstrumentFileError) as info:
        read_instrument_file(path)
    assert info.value.field.startswith("published_languages")
    assert problem in str(info.value)


# ---------------------------------------------------------------- PSS-10: the sheet

# Remor's sheet as stored at the address cited in pss10.toml. That copy lost every
# character outside ASCII (accented letters, "¿"), so it is kept here as it was read, and
# each Spanish text in the file must give exactly this when those characters are taken out.
# Item numbers are the sheet's (of 14); the 10-item form uses 1, 2, 3, 6, 7, 8, 9, 10, 11, 14.
SHEET_TITLE = "Escala de Estrs Percibido"
SHEET_INSTRUCTIONS = (
    "Las preguntas en esta escala hacen referencia a sus sentimientos y pensamientos "
    "durante el ltimo mes. En cada caso, por favor indique con una X cmo usted se ha "
    "sentido o ha pensado en cada situacin."
)
SHEET_OPTIONS = "NuncaCasi nuncaDe vez en cuandoA menudoMuy a menudo"
SHEET_ITEMS = {
    1: "En el ltimo mes, con qu frecuencia ha estado afectado por algo que ha ocurrido "
    "inesperadamente?",
    2: "En el ltimo mes, con qu frecuencia se ha sentido incapaz de controlar las cosas "
    "importantes en su vida?",
    3: "En el ltimo mes, con qu frecuencia se ha sentido nervioso o estresado?",
    6: "En el ltimo mes, con qu frecuencia ha estado seguro sobre su capacidad para manejar "
    "sus problemas personales?",
    7: "En el ltimo mes, con qu frecuencia ha sentido que las cosas le van bien?",
    8: "En el ltimo mes, con qu frecuencia ha sentido que no poda afrontar todas las cosas "
    "que tena que hacer?",
    9: "En el ltimo mes, con qu frecuencia ha podido controlar las dificultades de su vida?",
    # The sheet writes this one item without accents.
    10: "En el ultimo mes, con que frecuencia se ha sentido que tenia todo bajo control?",
    11: "En el ltimo mes, con qu frecuencia ha estado enfadado porque las cosas que le han "
    "ocurrido estaban fuera de su control?",
    # The stored copy ends here, inside the item.
    14: "En el ltimo mes, con qu frecuencia ha sentido que las dificultades se acumulan tan",
}
PSS10_FROM_SHEET = (1, 2, 3, 6, 7, 8, 9, 10, 11, 14)


def _ascii_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii())


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return _ascii_only("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def test_pss10_spanish_is_the_sheet_letter_for_letter() -> None:
    pss = SPANISH.get("pss10")
    assert _ascii_only(pss.title) == SHEET_TITLE
    # The paper instruction "con una X" is left out, as the English leaves out its own.
    assert _ascii_only(pss.stem) == SHEET_INSTRUCTIONS.replace(" con una X", "")
    assert "".join(_ascii_only(o.label) for o in pss.options) == SHEET_OPTIONS
    for item, number in zip(pss.items, PSS10_FROM_SHEET, strict=True):
        sheet = SHEET_ITEMS[number]
        if number == 14:
            assert _ascii_only(item.text).startswith(sheet), item.id
        elif number == 10:
            assert _unaccented(item.text) == sheet, item.id
        else:
            assert _ascii_only(item.text) == sheet, item.id
        assert item.text.startswith("En el último mes, ¿con qué frecuencia "), item.id
