"""Loading a language: the setting, the catalogues built from a checkout, English plurals."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hj_journal.core.common import i18n
from hj_journal.ui.platform import translations

SPANISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Probe</name>
    <message>
        <source>Your journal is open.</source>
        <translation>{text}</translation>
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


@pytest.fixture
def catalogue_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "probe_es.ts").write_text(
        SPANISH_TS.format(text="Tu diario está abierto."), encoding="utf-8"
    )
    return folder


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs are removed after it, and core's words reset."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.install(None)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("choice", "desktop", "expected"),
    [
        ("es", ["en-GB"], "es"),
        ("en", ["es-MX"], "en"),
        ("system", ["es-MX", "en-US"], "es"),
        ("system", ["es_AR"], "es"),
        ("system", ["fr-FR", "de-DE"], "en"),
        ("system", ["en-GB", "es-ES"], "en"),
        ("system", [], "en"),
        ("klingon", ["fr-FR"], "en"),
    ],
)
def test_the_language_follows_the_setting_then_the_desktop(
    choice: str, desktop: list[str], expected: str
) -> None:
    assert translations.language_of(choice, desktop) == expected


def test_english_plurals_resolve_counted_text(qapp: QApplication) -> None:
    resolver = translations.EnglishPlurals()
    assert resolver.translate("X", "%n entr(y|ies)", None, 1) == "%n entry"
    assert resolver.translate("X", "%n day(s)", None, 3) == "%n days"
    assert resolver.translate("X", "Plain words") is None


def test_a_checkout_builds_its_catalogues_once_into_the_cache(
    catalogue_folder: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = i18n.catalogues("es", cache, catalogue_folder)
    assert [p.name for p in first] == ["probe_es.qm"]
    assert first[0].is_file()
    stamp = first[0].stat().st_mtime_ns
    assert i18n.catalogues("es", cache, catalogue_folder) == first
    assert first[0].stat().st_mtime_ns == stamp
    # An edited catalogue is built again, into a new place.
    (catalogue_folder / "probe_es.ts").write_text(
        SPANISH_TS.format(text="Tu diario ya está abierto."), encoding="utf-8"
    )
    again = i18n.catalogues("es", cache, catalogue_folder)
    assert again != first
    translator = QTranslator()
    assert translator.load(str(again[0]))
    assert translator.translate("Probe", "Your journal is open.") == "Tu diario ya está abierto."


def test_english_needs_no_catalogue(catalogue_folder: Path, tmp_path: Path) -> None:
    assert i18n.catalogues("en", tmp_path / "cache", catalogue_folder) == []
    assert not (tmp_path / "cache").exists()


def test_built_catalogues_beside_their_sources_are_used_as_they_are(
    catalogue_folder: Path, tmp_path: Path
) -> None:
    i18n.release([catalogue_folder / "probe_es.ts"], catalogue_folder)
    found = i18n.catalogues("es", tmp_path / "cache", catalogue_folder)
    assert found == [catalogue_folder / "probe_es.qm"]
    assert not (tmp_path / "cache").exists()


def test_installing_spanish_reaches_the_window_and_core(
    qapp: QApplication,
    catalogue_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restored: list[QTranslator],
) -> None:
    monkeypatch.setattr(i18n, "sources_folder", lambda: catalogue_folder)
    restored += translations.install(qapp, "es", tmp_path / "cache")
    assert QCoreApplication.translate("Probe", "Your journal is open.") == (
        "Tu diario está abierto."
    )
    assert QCoreApplication.translate("Probe", "%n entr(y|ies)", None, 1) == "1 entrada"
    assert QCoreApplication.translate("Probe", "%n entr(y|ies)", None, 4) == "4 entradas"
    assert i18n.translate("Probe", "Your journal is open.") == "Tu diario está abierto."
    assert i18n.translate("Probe", "%n entr(y|ies)", None, 2) == "2 entradas"
    # Text no catalogue holds stays English, its plural resolved.
    assert i18n.translate("Other", "%n day(s)", None, 2) == "2 days"
    # Qt's own words (standard buttons) come in Spanish too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish


def test_a_catalogue_edited_after_its_build_is_built_again_into_the_cache(
    catalogue_folder: Path, tmp_path: Path
) -> None:
    source = catalogue_folder / "probe_es.ts"
    i18n.release([source], catalogue_folder)
    qm = catalogue_folder / "probe_es.qm"
    os.utime(qm, ns=(source.stat().st_mtime_ns - 10**9,) * 2)  # built before the edit
    found = i18n.catalogues("es", tmp_path / "cache", catalogue_folder)
    assert found[0].parent.parent == tmp_path / "cache" / "translations"


def test_every_shipped_catalogue_builds(tmp_path: Path) -> None:
    folder = i18n.sources_folder()
    assert folder is not None
    sources = sorted(folder.glob("*_es.ts"))
    assert len(sources) >= 15  # one per part of the window, core and the command line
    built = i18n.release(sources, tmp_path)
    for qm in built:
        assert QTranslator().load(str(qm)), qm.name
