"""Translations beside the English in resource files: the overlay and its checks."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from hj_journal.core.care import examples, plan_forms, support_lines
from hj_journal.core.common import tomlcheck
from hj_journal.core.common.resource_i18n import (
    SUPPORTED_LANGUAGES,
    TranslationError,
    check_translations,
    language_candidates,
    localised,
)
from hj_journal.core.coping import library as coping_library
from hj_journal.core.prompts import library as prompts_library
from tests.helpers import REPO

RESOURCES = REPO / "resources"

BOX = """
id = "box-breathing"
title = "Box breathing"
summary = "Breathe in an even square."
minutes = 2
cautions = ["If holding is hard, skip it.", "If you feel dizzy, stop."]

[i18n.es]
title = "Respiración en cuadrado"
cautions = ["Si sostener cuesta, sáltalo.", "Si te mareas, para."]

[about]
attribution = "Our own words"
i18n.es.attribution = "Nuestras propias palabras"

[[steps]]
text = "Breathe in for four counts."
seconds = 4
phase = "in"
i18n.es.text = "Inhala durante cuatro tiempos."

[[steps]]
text = "Hold for four counts."
seconds = 4
phase = "hold"

[[steps.cues]]
text = "Soft shoulders."
i18n.es.text = "Hombros sueltos."
"""


def _box() -> dict[str, Any]:
    return tomllib.loads(BOX)


def _errors(table: dict[str, Any], path: str = "pack.toml") -> tuple[str, ...]:
    with pytest.raises(TranslationError) as caught:
        check_translations(table, path)
    return caught.value.problems


# -- the overlay ------------------------------------------------------------------


def test_the_root_takes_its_spanish_and_keeps_english_where_there_is_none() -> None:
    spanish = localised(_box(), "es")
    assert spanish["title"] == "Respiración en cuadrado"
    assert spanish["cautions"] == ["Si sostener cuesta, sáltalo.", "Si te mareas, para."]
    assert spanish["summary"] == "Breathe in an even square."  # no translation: English
    assert spanish["id"] == "box-breathing"
    assert spanish["minutes"] == 2


def test_sub_tables_and_array_items_take_theirs_item_by_item() -> None:
    spanish = localised(_box(), "es")
    assert spanish["about"] == {"attribution": "Nuestras propias palabras"}
    first, second = spanish["steps"]
    assert first == {"text": "Inhala durante cuatro tiempos.", "seconds": 4, "phase": "in"}
    assert second["text"] == "Hold for four counts."  # this item has none: English
    assert second["cues"] == [{"text": "Hombros sueltos."}]  # nested array, depth 3


def _all_keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _all_keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _all_keys(v)}
    return set()


def test_every_i18n_key_is_removed_at_every_depth() -> None:
    assert "i18n" in _all_keys(_box())
    for language in ("es", "en", None, "fr"):
        assert "i18n" not in _all_keys(localised(_box(), language))


@pytest.mark.parametrize("language", [None, "", "en", "en_GB", "fr"])
def test_english_none_or_a_language_without_overlays_gives_the_english(
    language: str | None,
) -> None:
    english = localised(_box(), language)
    expected = _box()
    del expected["i18n"], expected["about"]["i18n"], expected["steps"][0]["i18n"]
    del expected["steps"][1]["cues"][0]["i18n"]
    assert english == expected


@pytest.mark.parametrize("locale_name", ["es", "es_MX", "es-ES", "es_ES.UTF-8", "ES"])
def test_a_country_locale_uses_the_neutral_spanish(locale_name: str) -> None:
    assert language_candidates(locale_name) == ("es",)
    assert localised(_box(), locale_name)["title"] == "Respiración en cuadrado"


def test_the_result_is_a_copy_and_the_input_is_untouched() -> None:
    table = _box()
    spanish = localised(table, "es")
    spanish["cautions"].append("more")
    spanish["steps"][0]["seconds"] = 99
    assert table == _box()


def test_a_faulty_overlay_value_leaves_the_english_in_place() -> None:
    table = tomllib.loads(
        'title = "Rest"\ncautions = ["a", "b"]\nminutes = 3\n'
        '[i18n.es]\ntitle = 5\ncautions = ["uno"]\nminutes = "tres"\nextra = "x"\n'
    )
    assert localised(table, "es") == {"title": "Rest", "cautions": ["a", "b"], "minutes": 3}


def test_english_is_one_of_the_offered_languages_and_spanish_too() -> None:
    assert SUPPORTED_LANGUAGES[0] == "en"
    assert "es" in SUPPORTED_LANGUAGES


# -- the checks -------------------------------------------------------------------


def test_a_correct_file_and_a_file_without_translations_pass() -> None:
    check_translations(_box(), "box.toml")
    check_translations(tomllib.loads('title = "x"\n[[steps]]\ntext = "y"\n'), "plain.toml")
    check_translations({}, "empty.toml")


def test_a_key_the_english_does_not_have_is_named_with_its_path() -> None:
    table = _box()
    table["steps"][1]["i18n"] = {"es": {"txt": "Sostén."}}
    (problem,) = _errors(table, "resources/coping/box.toml")
    assert problem.startswith("resources/coping/box.toml: ")
    assert "'steps[2].i18n.es.txt'" in problem
    assert "no key 'txt'" in problem


def test_a_value_that_is_not_text_is_an_error() -> None:
    table = _box()
    table["i18n"]["es"]["summary"] = 3
    (problem,) = _errors(table)
    assert "'i18n.es.summary' must be text" in problem


def test_a_list_of_another_length_is_an_error() -> None:
    table = _box()
    table["i18n"]["es"]["cautions"] = ["Solo una."]
    (problem,) = _errors(table)
    assert "'i18n.es.cautions' has 1 entries; the English has 2" in problem


def test_a_list_with_something_other_than_text_is_an_error() -> None:
    table = _box()
    table["i18n"]["es"]["cautions"] = ["Una.", 2]
    (problem,) = _errors(table)
    assert "'i18n.es.cautions' must be a list of text" in problem


def test_a_string_for_a_list_or_a_list_for_a_string_is_an_error() -> None:
    table = _box()
    table["i18n"]["es"]["cautions"] = "Una."
    table["i18n"]["es"]["title"] = ["Una."]
    problems = _errors(table)
    assert any("'i18n.es.cautions' must be a list of text" in p for p in problems)
    assert any("'i18n.es.title' must be text" in p for p in problems)


def test_empty_text_is_an_error_because_it_would_blank_the_english() -> None:
    table = _box()
    table["i18n"]["es"]["title"] = "  "
    table["i18n"]["es"]["cautions"] = ["Una.", ""]
    problems = _errors(table)
    assert any("'i18n.es.title' is empty" in p for p in problems)
    assert any("'i18n.es.cautions' has an empty entry" in p for p in problems)


@pytest.mark.parametrize("key", ["minutes", "id_number"])
def test_a_field_that_is_not_text_is_never_translated(key: str) -> None:
    table = _box()
    table["id_number"] = 7
    table["i18n"]["es"][key] = "dos"
    (problem,) = _errors(table)
    assert f"'i18n.es.{key}': '{key}' is not a text field" in problem


def test_translating_a_whole_sub_table_points_to_its_own_i18n() -> None:
    table = _box()
    table["i18n"]["es"]["about"] = {"attribution": "x"}
    table["i18n"]["es"]["steps"] = ["x", "y"]
    problems = _errors(table)
    assert len(problems) == 2
    assert all("translate the keys inside that table with its own i18n" in p for p in problems)


def test_i18n_must_be_a_table_of_language_tables() -> None:
    table = _box()
    table["about"]["i18n"] = "es"
    table["steps"][0]["i18n"] = {"es": "Inhala."}
    problems = _errors(table)
    assert any("'about.i18n' must be a table of languages" in p for p in problems)
    assert any("'steps[1].i18n.es' must be a table of translated keys" in p for p in problems)


@pytest.mark.parametrize("language", ["fr", "sp", "ES", "es_MX"])
def test_a_language_the_app_does_not_offer_is_an_error(language: str) -> None:
    table = _box()
    table["i18n"][language] = {"title": "x"}
    (problem,) = _errors(table)
    assert f"'i18n.{language}'" in problem
    assert "add it to SUPPORTED_LANGUAGES first" in problem


def test_an_english_overlay_is_an_error() -> None:
    table = _box()
    table["i18n"]["en"] = {"title": "Box breathing"}
    (problem,) = _errors(table)
    assert "English is the table itself" in problem


def test_an_i18n_inside_an_overlay_is_an_error() -> None:
    table = _box()
    table["i18n"]["es"]["i18n"] = {"es": {"title": "x"}}
    (problem,) = _errors(table)
    assert "'i18n.es.i18n'" in problem


def test_all_problems_are_kept_and_the_message_counts_the_rest() -> None:
    table = _box()
    table["i18n"]["es"]["nope"] = "x"
    table["steps"][0]["i18n"]["es"]["seconds"] = "cuatro"
    with pytest.raises(TranslationError) as caught:
        check_translations(table, "pack.toml")
    assert len(caught.value.problems) == 2
    assert str(caught.value).endswith("(and 1 more problem)")


# -- every resource file ------------------------------------------------------------


def _resource_files() -> list[Path]:
    return sorted(RESOURCES.rglob("*.toml"))


def test_there_are_resource_files_to_walk() -> None:
    assert len(_resource_files()) > 10


@pytest.mark.parametrize("path", _resource_files(), ids=lambda p: str(p.relative_to(RESOURCES)))
def test_every_resource_file_keeps_to_the_translation_rules(path: Path) -> None:
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    check_translations(table, path.relative_to(RESOURCES.parent))
    # The overlay always gives a table the loaders can read: no i18n left in it.
    assert "i18n" not in _all_keys(localised(table, "es"))


# -- every resource file, read in Spanish ------------------------------------------


def _spanish_only(module: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``module``'s loader read its files in Spanish, as the app will once asked to."""
    real = tomlcheck.decode_toml

    def decode_in_spanish(data: str | bytes, source: str, language: str | None = None) -> Any:
        return real(data, source, "es")

    monkeypatch.setattr(module, "decode_toml", decode_in_spanish)


LOADERS: dict[str, tuple[ModuleType, Callable[[bytes, str], object]]] = {
    "coping": (coping_library, coping_library.strategy_from_toml),
    "prompts": (prompts_library, prompts_library.pack_from_toml),
    "plans": (plan_forms, plan_forms.parse_plan_form),
    "support": (support_lines, support_lines.directory_from_toml),
    "care": (examples, examples.parse_example_resources),
}


@pytest.mark.parametrize("folder", sorted(LOADERS))
def test_every_resource_file_read_in_spanish_passes_its_own_loader(
    folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Spanish must fit the same rules as the English (lengths, one-line fields …), and
    # reading it must change the words only.
    module, parse = LOADERS[folder]
    paths = sorted((RESOURCES / folder).glob("*.toml"))
    assert paths
    english = [parse(path.read_bytes(), path.name) for path in paths]
    _spanish_only(module, monkeypatch)
    spanish = [parse(path.read_bytes(), path.name) for path in paths]
    for path, ours, theirs in zip(paths, english, spanish, strict=True):
        assert ours != theirs, f"{path.name} reads the same in Spanish"
        assert type(ours) is type(theirs)


# Text a person reads in each kind of file, by table; every one needs its Spanish.
READ_TEXT = {
    "plans": {"title", "summary", "intro", "content_note", "label", "question", "hint"},
    "care": {"label", "name", "notes"},
}


def _missing_spanish(table: Any, keys: set[str], where: str) -> list[str]:
    missing: list[str] = []
    if isinstance(table, dict):
        overlay = table.get("i18n", {}).get("es", {})
        for key, value in table.items():
            if key in keys and isinstance(value, str) and key not in overlay:
                missing.append(f"{where}{key}")
            if isinstance(value, list):
                for number, item in enumerate(value, 1):
                    missing += _missing_spanish(item, keys, f"{where}{key}[{number}].")
    return missing


@pytest.mark.parametrize("folder", sorted(READ_TEXT))
def test_plan_forms_and_the_example_resources_are_wholly_in_spanish(folder: str) -> None:
    for path in sorted((RESOURCES / folder).glob("*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        assert _missing_spanish(table, READ_TEXT[folder], "") == [], path.name


# The support directory translates what describes a line, never what identifies or
# reaches it: names, numbers, keywords, addresses and sources stay as they are.
SUPPORT_DESCRIBES = {"description", "emergency_note", "hours", "audience", "languages"}


@pytest.mark.parametrize(
    "path", sorted((RESOURCES / "support").glob("*.toml")), ids=lambda p: p.name
)
def test_the_support_directory_translates_descriptions_only(path: Path) -> None:
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    assert set(table.get("i18n", {}).get("es", {})) <= {"name"}  # the country's name
    for number, line in enumerate(table["lines"], 1):
        overlay = line.get("i18n", {}).get("es", {})
        assert set(overlay) <= SUPPORT_DESCRIBES, f"line {number}: {sorted(overlay)}"
        present = {key for key in SUPPORT_DESCRIBES if key in line}
        assert set(overlay) == present, f"line {number} lacks Spanish for {present - set(overlay)}"
