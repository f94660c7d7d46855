"""Entry templates: the built-in files, your own, hiding, filling a new entry, and
export and import of files that are checked (never run) before anything changes."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.resource_i18n import check_translations
from hj_journal.core.common.tomlcheck import LibraryFileError
from hj_journal.core.events import EntryTemplatesChanged, Event
from hj_journal.core.journal.templates import (
    BUILTIN_ORDER,
    EntryTemplateDraft,
    EntryTemplateFileError,
    EntryTemplates,
    EntryTemplateView,
    builtin_templates,
    fill,
    template_from_toml,
    template_to_toml,
)
from hj_journal.core.services import Services
from tests.helpers import REPO

FOLDER = REPO / "resources" / "entry_templates"
GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken|should have|lazy|overdue|behind|must)\b", re.I
)
DAY = date(2026, 12, 3)
MINE = EntryTemplateDraft(
    "Evening walk",
    "Evening walk — {date}",
    ("walk", "#evening"),
    "## Where I went on {date}\n\n## What I noticed {braces stay}\n",
)


@pytest.fixture
def templates(services: Services) -> EntryTemplates:
    return services.entry_templates


def _file(**fields: str) -> str:
    base = {
        "schema": "1",
        "id": '"quiet-evening"',
        "name": '"Quiet evening"',
        "title": '"Quiet evening — {date}"',
        "tags": '["evening"]',
        "body": '"## What stayed with me\\n"',
    }
    base.update(fields)
    return "".join(f"{key} = {value}\n" for key, value in base.items() if value)


# ---------------------------------------------------------------------- built-in files


def test_every_builtin_file_is_offered_in_order_and_reads_in_english_and_spanish() -> None:
    assert sorted(p.stem for p in FOLDER.glob("*.toml")) == sorted(BUILTIN_ORDER)
    for language in (None, "es"):
        found = builtin_templates(language)
        assert tuple(t.key for t in found) == BUILTIN_ORDER
        for template in found:
            assert template.builtin and template.name and template.body.strip()
            assert "{date}" in template.title
            assert template.body.count("## ") >= 2  # headings to write under
    english, spanish = builtin_templates(None), builtin_templates("es")
    for en, es in zip(english, spanish, strict=True):
        assert en.name != es.name and en.body != es.body and en.description != es.description


def test_builtin_files_have_valid_translations_and_calm_words() -> None:
    for path in FOLDER.glob("*.toml"):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        check_translations(table, path.name)
    for template in builtin_templates(None):
        words = " ".join((template.name, template.description, template.title, template.body))
        assert not GUILT.search(words), template.key
    hard_day = next(t for t in builtin_templates(None) if t.key == "a-hard-day")
    assert "skip" in hard_day.body  # a hard day says every part can be left out


def test_spanish_builtins_speak_in_the_tu_form() -> None:
    spanish = " ".join(t.body + t.description for t in builtin_templates("es"))
    assert re.search(r"\b(puedes|escribe|quieras|te)\b", spanish)
    assert not re.search(r"\b(usted|puede usted|vosotros)\b", spanish, re.I)


# ---------------------------------------------------------------------- files, checked


@pytest.mark.parametrize(
    ("fields", "field", "line"),
    [
        ({"name": ""}, "name", None),  # missing
        ({"name": "12"}, "name", 3),  # not text
        ({"tags": '"evening"'}, "tags", 5),  # not a list
        ({"tags": '["' + "x" * 80 + '"]'}, "tags", 5),  # a tag too long
        ({"title": '"one\\ntwo"'}, "title", 4),  # more than one line
        ({"colour": '"blue"'}, "colour", 7),  # a field nobody knows
        ({"id": '"Not A Slug"'}, "id", 2),
        ({"schema": "7"}, "schema", 1),
    ],
)
def test_a_bad_file_names_file_line_and_field(
    fields: dict[str, str], field: str, line: int | None
) -> None:
    with pytest.raises(LibraryFileError) as caught:
        template_from_toml(_file(**fields), "mine.toml")
    problem = caught.value.problem
    assert problem.field == field
    assert str(caught.value).startswith("mine.toml")
    if line is not None:
        assert f"mine.toml, line {line}" in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe not utf-8",
        "name = ",  # not TOML
        "x" * (1024 * 1024 + 1),  # too big
        b"",  # empty: no id, no name
    ],
)
def test_files_that_are_not_templates_are_refused_calmly(data: str | bytes) -> None:
    with pytest.raises(LibraryFileError) as caught:
        template_from_toml(data, "odd.toml")
    assert str(caught.value).startswith("odd.toml")
    assert "\n" not in str(caught.value)


def test_a_syntax_error_gives_its_line() -> None:
    with pytest.raises(LibraryFileError, match="line 3"):
        template_from_toml('schema = 1\nid = "a"\nname = "unfinished\n', "broken.toml")


def test_a_file_round_trips_through_export(templates: EntryTemplates) -> None:
    saved = templates.add(MINE)
    text = templates.export_text(saved.key)
    again = template_from_toml(text, "again.toml")
    assert (again.name, again.title, again.tags, again.body) == (
        saved.name,
        saved.title,
        saved.tags,
        saved.body,
    )
    for builtin in builtin_templates(None):
        read = template_from_toml(template_to_toml(builtin), "b.toml")
        assert (read.key, read.title, read.tags, read.body) == (
            builtin.key,
            builtin.title,
            builtin.tags,
            builtin.body,
        )


def test_a_file_is_never_run_or_formatted(templates: EntryTemplates) -> None:
    sneaky = _file(
        title='"{date.__class__.__mro__} {0} {date}"', body="\"{__import__('os')} {date}\""
    )
    saved = templates.import_text(sneaky, "sneaky.toml")
    filled = templates.apply(saved.key, DAY)
    assert filled.title == "{date.__class__.__mro__} {0} 2026-12-03"
    assert filled.body == "{__import__('os')} 2026-12-03"


# ---------------------------------------------------------------------- your own


def test_own_templates_are_saved_tidied_and_offered_after_the_builtins(
    templates: EntryTemplates,
) -> None:
    saved = templates.add(MINE)
    assert saved.key.startswith("own-") and not saved.builtin
    assert saved.tags == ("evening", "walk")  # tidied like an entry's tags
    offered = templates.offered()
    assert tuple(t.key for t in offered[: len(BUILTIN_ORDER)]) == BUILTIN_ORDER
    assert offered[-1] == saved
    assert templates.get(saved.key) == saved
    assert templates.find("evening WALK") == saved
    assert templates.find("morning-pages").key == "morning-pages"


def test_names_must_be_free_and_present(templates: EntryTemplates) -> None:
    templates.add(MINE)
    with pytest.raises(InputError, match="already a template"):
        templates.add(EntryTemplateDraft("evening  walk"))
    with pytest.raises(InputError, match="already a template"):
        templates.add(EntryTemplateDraft("Morning pages"))  # a built-in's name
    with pytest.raises(InputError, match="name"):
        templates.add(EntryTemplateDraft("   "))
    with pytest.raises(InputError, match="12 tags"):
        templates.add(EntryTemplateDraft("Many", tags=tuple(f"t{i}" for i in range(13))))
    with pytest.raises(InputError, match="20,000"):
        templates.add(EntryTemplateDraft("Long", body="x" * 20_001))


def test_update_rename_and_delete_own(templates: EntryTemplates) -> None:
    saved = templates.add(MINE)
    changed = templates.update(saved.key, EntryTemplateDraft("Evening walk", body="Only this"))
    assert changed.key == saved.key and changed.body == "Only this" and changed.tags == ()
    renamed = templates.rename(saved.key, "Night walk")
    assert renamed.name == "Night walk" and renamed.body == "Only this"
    templates.delete(saved.key)
    with pytest.raises(NotFoundError):
        templates.get(saved.key)
    with pytest.raises(NotFoundError):
        templates.delete(saved.key)


def test_builtins_stay_as_they_are_but_can_be_hidden_and_shown(
    templates: EntryTemplates,
) -> None:
    for change in (
        lambda: templates.update("a-hard-day", EntryTemplateDraft("Mine")),
        lambda: templates.rename("a-hard-day", "Mine"),
        lambda: templates.delete("a-hard-day"),
    ):
        with pytest.raises(InputError, match="Built-in templates stay"):
            change()
    templates.set_hidden("a-hard-day", True)
    assert "a-hard-day" not in {t.key for t in templates.offered()}
    assert next(t for t in templates.all() if t.key == "a-hard-day").hidden
    assert len(templates.own()) == 0  # hiding is not a template of your own
    templates.set_hidden("a-hard-day", False)
    assert "a-hard-day" in {t.key for t in templates.offered()}
    own = templates.add(MINE)
    with pytest.raises(InputError, match="Only built-in"):
        templates.set_hidden(own.key, True)


def test_apply_fills_the_date_the_readers_way(templates: EntryTemplates) -> None:
    filled = templates.apply("morning-pages", DAY)
    assert filled.title == "Morning pages — 2026-12-03"
    assert filled.tags == ("morning",)
    assert filled.body.startswith("## What is here this morning")
    saved = templates.add(MINE)
    mine = templates.apply(saved.key, DAY, lambda day: f"the {day.day}rd")
    assert mine.title == "Evening walk — the 3rd"
    assert "## Where I went on the 3rd" in mine.body
    assert "{braces stay}" in mine.body
    with pytest.raises(NotFoundError):
        templates.apply("own-nothing", DAY)


def test_fill_leaves_a_template_without_date_alone() -> None:
    plain = EntryTemplateView("k", "Plain", "", "Plain", (), "Body")
    assert fill(plain, DAY, str) == fill(plain, date(2000, 1, 1), str)


# ---------------------------------------------------------------------- import and export


def test_import_never_replaces_and_numbers_a_taken_name(
    templates: EntryTemplates, tmp_path: Path
) -> None:
    first = templates.import_text(_file(), "quiet.toml")
    second = templates.import_text(_file(), "quiet.toml")
    assert first.name == "Quiet evening" and second.name == "Quiet evening (2)"
    assert first.key != second.key
    path = tmp_path / "out.toml"
    templates.export_file(first.key, path)
    third = templates.import_file(path)
    assert third.name == "Quiet evening (3)" and third.body == first.body


def test_a_bad_import_is_one_sentence_and_changes_nothing(
    templates: EntryTemplates, tmp_path: Path
) -> None:
    with pytest.raises(EntryTemplateFileError) as caught:
        templates.import_text(_file(tags='"evening"'), "bad.toml")
    assert "bad.toml, line 5, field 'tags'" in str(caught.value)
    assert "\n" not in str(caught.value)
    with pytest.raises(EntryTemplateFileError, match="could not be read"):
        templates.import_file(tmp_path / "absent.toml")
    truncated = tmp_path / "cut.toml"
    truncated.write_bytes(_file().encode()[:40])
    with pytest.raises(EntryTemplateFileError):
        templates.import_file(truncated)
    assert templates.own() == ()


def test_every_change_is_announced(templates: EntryTemplates, services: Services) -> None:
    heard: list[Event] = []
    services.events.subscribe(heard.append)
    saved = templates.add(MINE)
    templates.update(saved.key, MINE)
    templates.set_hidden("morning-pages", True)
    templates.import_text(_file(), "q.toml")
    templates.delete(saved.key)
    assert heard.count(EntryTemplatesChanged()) == 5
