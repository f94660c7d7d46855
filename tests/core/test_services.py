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


def test_each_service_is_built_once_when_first_used(services: Services) -> None:
    assert "care" not in vars(services)  # nothing is built before it is asked for
    care = services.care
    assert services.care is care
    assert services.sessions._checkins is services.checkins  # parts share the same services
    assert services.attachments is services.attachments


def test_two_threads_asking_at_once_get_the_same_service(services: Services) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        built = list(pool.map(lambda _: services.sessions, range(16)))
    assert all(part is built[0] for part in built)


def test_a_service_built_later_still_announces_on_the_shared_events(
    services: Services,
) -> None:
    from datetime import date

    from hj_journal.core.events import EntrySaved
    from hj_journal.core.journal.entries import EntryInput

    heard: list[object] = []
    services.events.subscribe(heard.append)  # before the journal is built, as the app does
    entry = services.journal.create(EntryInput(entry_date=date(2026, 12, 3), title="", body="x"))
    assert heard == [EntrySaved(entry.id)]


def test_the_database_layer_loads_in_the_background() -> None:
    import subprocess
    import sys

    from tests.helpers import REPO

    code = (
        "import sys\n"
        "from hj_journal.core.services import load_in_background\n"
        "assert 'sqlalchemy' not in sys.modules\n"
        "load_in_background().join()\n"
        "print(all(m in sys.modules for m in ('sqlalchemy.orm', 'hj_journal.store.models')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True"


def test_a_module_that_will_not_load_in_the_background_is_left_for_later(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from hj_journal.core import services as module

    raised: list[object] = []
    monkeypatch.setattr(threading, "excepthook", raised.append)
    monkeypatch.setattr(module, "_DATABASE_LAYER", ("hj_journal.no_such_module", "json"))
    module.load_in_background().join()
    assert raised == []
