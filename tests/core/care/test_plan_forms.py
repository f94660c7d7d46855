"""The plan forms: every kind has its parts, only the accountability reflection is private,
the words are calm, and broken files are refused with a clear reason.
"""

from __future__ import annotations

import re

import pytest

from hj_journal.bundled import resource_path
from hj_journal.core.care.plan_forms import (
    PRIVATE_KINDS,
    PlanKind,
    load_plan_form,
    load_plan_forms,
    parse_plan_form,
)
from hj_journal.core.common.tomlcheck import LibraryFileError

GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken|should have|lazy|you haven't)\b", re.I
)


def test_every_kind_has_a_form_with_its_parts() -> None:
    forms = load_plan_forms()
    assert list(forms) == list(PlanKind)
    titles = {kind: [s.title for s in form.sections] for kind, form in forms.items()}
    assert titles[PlanKind.SAFETY] == [
        "Warning signs",
        "Things I can do on my own",
        "People and places for distraction",
        "People I can ask for help",
        "Professionals and services",
        "Making my surroundings safer",
    ]
    assert titles[PlanKind.ACCOUNTABILITY] == [
        "Self-reflection",
        "Apology draft",
        "Repair",
        "Changed behaviour",
    ]
    labels = {f.label for f in forms[PlanKind.ACCOUNTABILITY].fields}
    assert {"What happened", "Its impact", "What was going on for me", "Patterns I notice"} <= (
        labels
    )
    care_labels = {f.label for f in forms[PlanKind.SELF_CARE].fields}
    assert {"Body", "Rest", "Relationships", "Land and place"} <= care_labels
    assert any(s.link is PlanKind.SAFETY for s in forms[PlanKind.SELF_CARE].sections)
    allies = {f.label for f in forms[PlanKind.ALLIES_BARRIERS].fields}
    assert {"Who can help", "Who might get in the way", "Small steps already taken"} <= allies


def test_only_the_accountability_reflection_is_private() -> None:
    assert {form.kind for form in load_plan_forms().values() if form.private} == {
        PlanKind.ACCOUNTABILITY
    }
    assert PlanKind.ACCOUNTABILITY in PRIVATE_KINDS


def test_plan_texts_are_calm() -> None:
    for path in sorted(resource_path("plans").glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert not GUILT.search(text), path.name
        assert not re.search(r"\bmust\b", text), path.name


def test_a_form_file_named_after_another_kind_is_refused(tmp_path) -> None:
    source = resource_path("plans", "safety.toml").read_bytes()
    wrong = tmp_path / "self_care.toml"
    wrong.write_bytes(source)
    with pytest.raises(LibraryFileError, match="named"):
        load_plan_form(wrong)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('kind = "diet"', "kind"),
        ('kind = "safety"\ntitle = "T"\nsummary = "S"\nintro = "I"', "sections"),
        (
            'kind = "safety"\ntitle = "T"\nsummary = "S"\nintro = "I"\n'
            '[[sections]]\nid = "a"\ntitle = "A"\n'
            '[[sections.fields]]\nid = "x"\nlabel = "X"\nquestion = "Q?"\n'
            '[[sections.fields]]\nid = "x"\nlabel = "Y"\nquestion = "Q?"\n',
            "twice",
        ),
        (
            'kind = "safety"\ntitle = "T"\nsummary = "S"\nintro = "I"\n'
            '[[sections]]\nid = "a"\ntitle = "A"\n'
            '[[sections.fields]]\nid = "x"\nlabel = "X"\nquestion = "Q?"\nrows = 3\n',
            "spelling",
        ),
    ],
)
def test_broken_forms_are_refused_with_a_clear_reason(text: str, words: str) -> None:
    with pytest.raises(LibraryFileError, match=words):
        parse_plan_form(text, "test.toml")
