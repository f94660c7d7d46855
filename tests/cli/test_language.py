"""The command line's language: the app's setting first, then the terminal's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hj_journal.cli.common import parse_day
from hj_journal.cli.language import chosen_language, install_language
from hj_journal.core.common import i18n
from hj_journal.paths import AppPaths

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


def test_the_commands_speak_spanish_and_keep_their_exit_codes(
    run_cli: Callable[..., tuple[int, str, str]], paths: AppPaths
) -> None:
    # The real catalogues (resources/translations/cli_es.ts), as a Spanish reader gets them.
    paths.settings_file.write_text("[appearance]\nlanguage=es\n", encoding="utf-8")
    code, out, _ = run_cli("init")
    assert code == 0
    assert "Se creó la bóveda 'Diario'." in out
    assert "Tu clave de recuperación (solo se muestra esta vez):" in out
    code, out, _ = run_cli("new", "--title", "Mar", "--body", "olas", "--date", "2026-11-02")
    assert (code, out) == (0, "Tu entrada del 2026-11-02 está guardada.\n")
    code, out, _ = run_cli("list")
    assert (code, out) == (0, "2026-11-02  Mar\n")  # machine-readable lines stay as they are
    code, out, _ = run_cli("checkin", "--distress", "3")
    assert code == 0 and "Registro guardado." in out
    code, _, err = run_cli("checkin", "--distress", "12")
    assert code == 1
    assert err == "hj-journal: --distress lleva un número entero de 0 (calma) a 10, no 12.\n"
    code, _, err = run_cli("export", "--format", "xml", "out")  # argparse's own mistake
    assert code == 1
    assert "argumento --format: no es una de las opciones (elige entre" in err
    assert "(consulta 'hj-journal --help')" in err
    code, out, _ = run_cli("search", "--help")
    assert code == 0
    assert out.startswith("uso: hj-journal search")
    assert "opciones comunes:" in out and "mostrar esta ayuda y salir" in out
    assert "--tag X" in out  # options and metavars are never translated
    code, _, err = run_cli("attach", "2026-11-30", "missing.jpg")
    assert (code, err) == (1, "hj-journal: No se encuentra ese archivo, o no es un archivo.\n")
    code, _, err = run_cli("list", passphrase="not the passphrase")
    assert (code, err) == (2, "hj-journal: Esa frase de contraseña no abre esta bóveda.\n")


def test_spanish_day_words_are_read_in_any_language() -> None:
    assert parse_day("hoy") == parse_day("today")
    assert parse_day("Ayer") == parse_day("yesterday")


def test_numbers_from_core_read_the_spanish_way(tmp_path: Path) -> None:
    from hj_journal.core.journal.attachments import size_text

    assert install_language(_settings(tmp_path, "es"), tmp_path / "cache", {}) == "es"
    try:
        assert i18n.decimal(2.5, 1) == "2,5"
        assert size_text(3_200_000) == "3,2 MB"
    finally:
        install_language(_settings(tmp_path, "en"), tmp_path / "cache", {})
    assert i18n.decimal(2.5, 1) == "2.5"
