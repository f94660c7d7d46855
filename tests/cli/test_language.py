"""The command line's language: the app's setting first, then the terminal's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hj_journal.cli.language import chosen_language, install_language
from hj_journal.core.common import i18n

PROBE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Probe</name>
    <message>
        <source>Added.</source>
        <translation>Añadida.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y|ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.install(None)


def _settings(tmp_path: Path, language: str | None) -> Path:
    path = tmp_path / "settings.ini"
    if language is not None:
        path.write_text(f"[appearance]\ntheme=dark\nlanguage={language}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("setting", "environ", "expected"),
    [
        ("es", {"LANG": "en_GB.UTF-8"}, "es"),
        ("en", {"LANG": "es_MX.UTF-8"}, "en"),
        ("system", {"LANG": "es_MX.UTF-8"}, "es"),
        (None, {"LANG": "es_ES.UTF-8"}, "es"),
        (None, {"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8"}, "es"),
        (None, {"LC_ALL": "C.UTF-8", "LANG": "es_ES.UTF-8"}, "en"),  # LC_ALL decides
        (None, {"LC_MESSAGES": "es_AR.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
        (None, {}, "en"),
        ("klingon", {"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_the_setting_then_the_terminal_decide(
    tmp_path: Path, setting: str | None, environ: dict[str, str], expected: str
) -> None:
    assert chosen_language(_settings(tmp_path, setting), environ) == expected


def test_an_unreadable_settings_file_falls_back_to_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\xff\xfe not a settings file [[[")
    assert chosen_language(path, {"LANG": "es_ES.UTF-8"}) == "es"


def test_spanish_reaches_core_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "probe_es.ts").write_text(PROBE_TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "sources_folder", lambda: folder)
    language = install_language(_settings(tmp_path, "es"), tmp_path / "cache", {})
    assert language == "es"
    assert i18n.translate("Probe", "Added.") == "Añadida."
    assert i18n.translate("Probe", "%n entr(y|ies)", None, 1) == "1 entrada"
    assert i18n.translate("Probe", "%n entr(y|ies)", None, 3) == "3 entradas"
    assert i18n.translate("Probe", "Not in the catalogue.") == "Not in the catalogue."
    assert install_language(_settings(tmp_path, "en"), tmp_path / "cache", {}) == "en"
    assert i18n.translate("Probe", "Added.") == "Added."
