"""Services for one vault, built in the language the app speaks."""

from __future__ import annotations

import pytest

from hj_journal.core.services import Services
from hj_journal.store.vault import Vault


@pytest.fixture
def spanish(vault: Vault) -> Services:
    return Services.for_vault(vault, language="es")


def test_the_shipped_resources_are_read_in_the_language_given(
    spanish: Services, services: Services
) -> None:
    assert spanish.coping.builtin_strategies()["box-breathing"].title == (
        "Respiración en cuadrado"
    )
    assert services.coping.builtin_strategies()["box-breathing"].title == "Box breathing"
    assert spanish.questionnaires.library.get("phq9").title.startswith("Cuestionario")
    assert services.questionnaires.library.get("phq9").title.startswith("Patient")
    assert spanish.plans.form("safety").title == "Plan de seguridad"
    assert spanish.plans.form("safety").title != services.plans.form("safety").title
    assert {p.id for p in spanish.prompts.builtin_packs()} == {
        p.id for p in services.prompts.builtin_packs()
    }
    assert [p.name for p in spanish.prompts.builtin_packs()] != [
        p.name for p in services.prompts.builtin_packs()
    ]
    es_templates = [t.name for t in spanish.sessions.templates.builtin()]
    en_templates = [t.name for t in services.sessions.templates.builtin()]
    assert es_templates != en_templates


def test_a_questionnaire_without_a_published_spanish_version_stays_english(
    spanish: Services,
) -> None:
    gad7 = spanish.questionnaires.library.get("gad7")
    assert gad7.shown_in_english("es")
    assert not spanish.questionnaires.library.get("phq9").shown_in_english("es")


def test_the_support_directory_translates_descriptions_never_names_or_numbers(
    spanish: Services, services: Services
) -> None:
    english = {c.code: c for c in services.support_lines.countries()}
    described = []
    for country in spanish.support_lines.countries():
        assert country.code in english
        for es_line, en_line in zip(country.lines, english[country.code].lines, strict=True):
            assert es_line.name == en_line.name
            assert (es_line.call, es_line.text, es_line.chat) == (
                en_line.call,
                en_line.text,
                en_line.chat,
            )
            described.append(es_line.description != en_line.description)
    assert len(english) == len(spanish.support_lines.countries())
    assert any(described)
