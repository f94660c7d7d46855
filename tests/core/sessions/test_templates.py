"""Note templates: the built-in files, a practitioner's own, export and import, and a
note that keeps its own copy of the template it was written with."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.resource_i18n import check_translations
from hj_journal.core.common.tomlcheck import LibraryFileError
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import ClientInput, SessionNotes
from hj_journal.core.sessions.summary import summary_markdown
from hj_journal.core.sessions.templates import (
    BUILTIN_ORDER,
    Fills,
    TemplateDraft,
    TemplateFileError,
    TemplateSection,
    TemplateView,
    builtin_templates,
    template_from_toml,
    template_to_toml,
)
from hj_journal.store.models import NoteTemplate
from tests.helpers import REPO

FOLDER = REPO / "resources" / "note_templates"
GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken|should have|lazy|overdue|behind|late)\b", re.I
)
MINE = TemplateDraft(
    "Walk and talk",
    "Notes for sessions walking outside.",
    (
        TemplateSection("Where we walked", "The route and the weather.", shared=True),
        TemplateSection("What I noticed", "Only for me.", shared=False),
        TemplateSection("Next steps", "", shared=True, fills=Fills.AGREEMENTS),
    ),
)


def a_session(services: Services, items=c.KEYS) -> int:
    sessions = services.sessions
    client = sessions.add_client(ClientInput("Rae"))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, items)
    return view.id


def own_count(services: Services) -> int:
    with services.vault.session() as session:
        return int(session.scalar(select(func.count()).select_from(NoteTemplate)) or 0)


# ---------------------------------------------------------------------- the built-in files


def test_the_folder_holds_the_four_built_in_templates_in_order() -> None:
    assert sorted(p.stem for p in FOLDER.glob("*.toml")) == sorted(BUILTIN_ORDER)
    templates = builtin_templates()
    assert [t.key for t in templates] == list(BUILTIN_ORDER)
    assert [t.name for t in templates] == ["Healing Justice", "SOAP", "DAP", "BIRP"]
    for template in templates:
        assert template.builtin
        kinds = {s.shared for s in template.sections}
        assert kinds == {True, False}, f"{template.key} needs a shared and a private section"
        assert all(s.prompt for s in template.sections), template.key


def test_soap_dap_and_birp_have_their_usual_sections() -> None:
    titles = {t.key: [s.title for s in t.sections] for t in builtin_templates()}
    assert titles["soap"] == ["Subjective", "Objective", "Assessment", "Plan"]
    assert titles["dap"] == ["Data", "Assessment", "Plan"]
    assert titles["birp"] == ["Behaviour", "Intervention", "Response", "Plan"]


def test_the_healing_justice_template_names_what_the_practice_cares_about() -> None:
    template = builtin_templates()[0]
    shared = [(s.title, s.fills) for s in template.sections if s.shared]
    assert shared == [
        ("What you brought", None),
        ("What we noticed together", None),
        ("What helped", None),
        ("What we agreed", Fills.AGREEMENTS),
        ("Care between sessions", Fills.SELF_CARE_STEPS),
        ("Community and outside conditions", None),
    ]
    [private] = [s for s in template.sections if not s.shared]
    assert private.title == "For my own practice"


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.toml")), ids=lambda p: p.name)
def test_each_file_is_wholly_in_spanish_with_the_same_shape(path: Path) -> None:
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    check_translations(table, path.name)
    assert set(table["i18n"]["es"]) == {"name", "description"}
    for section in table["sections"]:
        assert set(section["i18n"]["es"]) == {"title", "prompt"}, section["title"]
    english = template_from_toml(path.read_bytes(), path.name)
    spanish = template_from_toml(path.read_bytes(), path.name, "es")
    assert [s.title for s in spanish.sections] != [s.title for s in english.sections] or (
        spanish.description != english.description
    )
    assert [(s.shared, s.fills) for s in spanish.sections] == [
        (s.shared, s.fills) for s in english.sections
    ]
    assert spanish.key == english.key


def test_the_spanish_speaks_to_the_practitioner_as_tu() -> None:
    text = " ".join(p.read_text(encoding="utf-8") for p in FOLDER.glob("*.toml"))
    assert "usted" not in text.casefold()
    assert "Tus propias reflexiones" in text


def test_no_guilt_words_in_the_templates() -> None:
    for path in FOLDER.glob("*.toml"):
        assert not GUILT.search(path.read_text(encoding="utf-8")), path.name
    assert GUILT.search("Your notes are overdue")  # the scan would notice one


# ---------------------------------------------------------------------- own templates


def test_own_templates_are_added_edited_and_deleted(practice: Services) -> None:
    templates = practice.sessions.templates
    mine = templates.add(MINE)
    assert mine.key == "own-walk-and-talk" and not mine.builtin
    assert [t.key for t in templates.all()] == [*BUILTIN_ORDER, mine.key]
    assert templates.get(mine.key).sections == MINE.sections
    changed = templates.update(
        mine.key, TemplateDraft("Walk and talk", "", MINE.sections[:1] + MINE.sections[2:])
    )
    assert [s.title for s in changed.sections] == ["Where we walked", "Next steps"]
    templates.delete(mine.key)
    assert templates.own() == ()
    with pytest.raises(NotFoundError):
        templates.get(mine.key)


def test_own_templates_are_checked_with_one_calm_sentence(practice: Services) -> None:
    templates = practice.sessions.templates
    shared = TemplateSection("A", shared=True)
    for draft, words in (
        (TemplateDraft("  ", "", (shared,)), "name"),
        (TemplateDraft("SOAP", "", (shared,)), "already a template called"),
        (TemplateDraft("X", "", ()), "at least one section"),
        (TemplateDraft("X", "", (shared, TemplateSection("a"))), "title of its own"),
        (TemplateDraft("X", "", (TemplateSection(" "),)), "title"),
        (
            TemplateDraft("X", "", (TemplateSection("A", fills=Fills.AGREEMENTS),)),
            "is shared",
        ),
    ):
        with pytest.raises(InputError, match=words):
            templates.add(draft)
    assert own_count(practice) == 0


def test_built_in_templates_stay_as_they_are(practice: Services) -> None:
    templates = practice.sessions.templates
    with pytest.raises(InputError, match="Copy one as your own"):
        templates.update("soap", MINE)
    with pytest.raises(InputError, match="Copy one as your own"):
        templates.delete("soap")
    copy = templates.add(TemplateDraft("My SOAP", "", templates.get("soap").sections))
    assert [s.title for s in copy.sections] == ["Subjective", "Objective", "Assessment", "Plan"]


# ---------------------------------------------------------------------- files


def test_export_and_import_round_trip_a_template(practice: Services, tmp_path: Path) -> None:
    templates = practice.sessions.templates
    mine = templates.add(MINE)
    path = tmp_path / "walk.toml"
    templates.export_file(mine.key, path)
    assert template_from_toml(path.read_bytes(), path.name).sections == MINE.sections
    again = templates.import_file(path)  # the same name: a number is added, nothing replaced
    assert again.name == "Walk and talk (2)" and again.key == "own-walk-and-talk-2"
    assert again.sections == mine.sections
    soap = templates.import_text(templates.export_text("soap"), "soap.toml")
    assert (soap.name, soap.key, soap.builtin) == ("SOAP (2)", "own-soap", False)
    assert len(templates.own()) == 3


def test_text_survives_the_file_format() -> None:
    odd = template_from_toml(
        template_to_toml(
            TemplateView(
                "own-x",
                'Quotes " and \\ back',
                "",
                (TemplateSection('A "b"', "c\\d", shared=True),),
            )
        ),
        "x.toml",
    )
    assert odd.name == 'Quotes " and \\ back'
    assert odd.sections == (TemplateSection('A "b"', "c\\d", shared=True),)


BAD_FILES = {
    "not TOML": b"name = ",
    "not UTF-8": b'id = "x"\nname = "\xff"\n',
    "too big": b"#" * (1024 * 1024 + 1),
    "no sections": b'id = "x"\nname = "X"\n',
    "shared missing": b'id = "x"\nname = "X"\n[[sections]]\ntitle = "A"\n',
    "shared not a flag": b'id = "x"\nname = "X"\n[[sections]]\ntitle = "A"\nshared = "yes"\n',
    "unknown field": (
        b'id = "x"\nname = "X"\ncolour = 1\n[[sections]]\ntitle = "A"\nshared = true\n'
    ),
    "private agreements": (
        b'id = "x"\nname = "X"\n[[sections]]\ntitle = "A"\nshared = false\nfills = "agreements"\n'
    ),
    "same title twice": (
        b'id = "x"\nname = "X"\n[[sections]]\ntitle = "A"\nshared = true\n'
        b'[[sections]]\ntitle = "a"\nshared = false\n'
    ),
    "newer format": (
        b'schema = 99\nid = "x"\nname = "X"\n[[sections]]\ntitle = "A"\nshared = true\n'
    ),
    "bad id": b'id = "X Y"\nname = "X"\n[[sections]]\ntitle = "A"\nshared = true\n',
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_one_sentence_and_changes_nothing(
    practice: Services, tmp_path: Path, case: str
) -> None:
    templates = practice.sessions.templates
    templates.add(MINE)
    path = tmp_path / "bad.toml"
    path.write_bytes(BAD_FILES[case])
    with pytest.raises(TemplateFileError) as caught:
        templates.import_file(path)
    message = str(caught.value)
    assert message.startswith("This file can't be used as a note template (")
    assert message.endswith(").") and "\n" not in message
    assert [t.key for t in templates.own()] == ["own-walk-and-talk"]


def test_a_missing_file_is_one_sentence_too(practice: Services, tmp_path: Path) -> None:
    with pytest.raises(TemplateFileError, match="could not be read"):
        practice.sessions.templates.import_file(tmp_path / "gone.toml")
    assert own_count(practice) == 0


def test_the_reader_refuses_what_the_format_does_not_allow() -> None:
    with pytest.raises(LibraryFileError, match="field 'shared'"):
        template_from_toml(BAD_FILES["shared missing"], "x.toml")


# ---------------------------------------------------------------------- a note keeps its copy


def test_a_note_keeps_its_sections_when_the_template_changes_or_goes(practice: Services) -> None:
    sessions = practice.sessions
    mine = sessions.templates.add(MINE)
    session_id = a_session(practice)
    sessions.notes.use_template(session_id, mine.key)
    sessions.notes.save_sections(session_id, {0: "Along the river.", 1: "Quieter today."})
    before = sessions.notes.all_sections(session_id)
    sessions.templates.update(
        mine.key, TemplateDraft("Walk and talk", "", (TemplateSection("Renamed", shared=True),))
    )
    assert sessions.notes.all_sections(session_id) == before
    sessions.templates.delete(mine.key)
    assert sessions.notes.all_sections(session_id) == before
    view = sessions.get(session_id)
    assert view.template_key == mine.key
    assert [(s.title, s.text) for s in view.sections] == [
        ("Where we walked", "Along the river."),
        ("Next steps", ""),
    ]


def test_choosing_a_template_copies_its_sections_empty(practice: Services) -> None:
    sessions = practice.sessions
    session_id = a_session(practice)
    sessions.notes.use_template(session_id, "soap")
    sections = sessions.notes.all_sections(session_id)
    assert [(s.index, s.title, s.shared, s.text) for s in sections] == [
        (0, "Subjective", True, ""),
        (1, "Objective", False, ""),
        (2, "Assessment", False, ""),
        (3, "Plan", True, ""),
    ]
    # The client's view holds only the shared ones; the private ones are asked for.
    assert [s.title for s in sessions.get(session_id).sections] == ["Subjective", "Plan"]
    assert [s.title for s in sessions.notes.private_sections(session_id)] == [
        "Objective",
        "Assessment",
    ]


def test_the_template_can_change_only_while_its_sections_are_empty(practice: Services) -> None:
    sessions = practice.sessions
    session_id = a_session(practice)
    sessions.notes.use_template(session_id, "dap")
    sessions.notes.use_template(session_id, "birp")  # nothing written yet: fine
    sessions.notes.save_sections(session_id, {1: "Breathing together."})
    with pytest.raises(InputError, match="Empty them first"):
        sessions.notes.use_template(session_id, "soap")
    with pytest.raises(InputError, match="Empty them first"):
        sessions.notes.use_template(session_id, None)
    assert sessions.get(session_id).template_key == "birp"
    sessions.notes.use_template(session_id, "birp")  # the same one: nothing to do
    sessions.notes.save_sections(session_id, {1: ""})
    sessions.notes.use_template(session_id, None)
    assert sessions.get(session_id).template_key is None
    assert sessions.notes.all_sections(session_id) == ()
    with pytest.raises(NotFoundError):
        sessions.notes.use_template(session_id, "own-nothing")


def test_agreements_and_self_care_are_one_text_whatever_the_template(practice: Services) -> None:
    sessions = practice.sessions
    session_id = a_session(practice)
    sessions.save_notes(session_id, SessionNotes(agreements="Call the advice line."))
    sessions.notes.use_template(session_id, "healing-justice")
    sections = {s.title: s for s in sessions.get(session_id).sections}
    assert sections["What we agreed"].text == "Call the advice line."
    sessions.notes.save_sections(
        session_id,
        {
            sections["What we agreed"].index: "Call on Monday.",
            sections["Care between sessions"].index: "Tea on the balcony.",
            sections["What helped"].index: "Naming the feeling.",
        },
    )
    view = sessions.get(session_id)
    assert (view.agreements, view.self_care_steps) == ("Call on Monday.", "Tea on the balcony.")
    text = summary_markdown(sessions.summary(session_id))
    assert "## What helped\n\nNaming the feeling." in text
    assert text.count("Call on Monday.") == 1  # under "What we agreed", once
    assert "## Self-care until next time\n\nTea on the balcony." in text


@pytest.mark.parametrize(
    ("declined", "index", "words"),
    [
        (c.SHARED_NOTES, 0, "shared notes"),
        (c.PRIVATE_NOTES, 6, "private notes"),
        (c.AGREEMENTS, 3, "agreements"),
        (c.AGREEMENTS, 4, "self-care steps"),
    ],
)
def test_a_section_is_recorded_only_as_the_client_agreed(
    practice: Services, declined: str, index: int, words: str
) -> None:
    sessions = practice.sessions
    session_id = a_session(practice, [key for key in c.KEYS if key != declined])
    sessions.notes.use_template(session_id, "healing-justice")
    with pytest.raises(InputError, match=f"Recording {words} was not part"):
        sessions.notes.save_sections(session_id, {index: "Something."})
    sessions.notes.save_sections(session_id, {index: "  "})  # nothing recorded: fine
    assert all(not s.text.strip() for s in sessions.notes.all_sections(session_id))


def test_a_section_that_is_not_in_the_note_is_refused(practice: Services) -> None:
    sessions = practice.sessions
    session_id = a_session(practice)
    sessions.notes.use_template(session_id, "dap")
    with pytest.raises(InputError, match="no longer in these notes"):
        sessions.notes.save_sections(session_id, {3: "x"})
