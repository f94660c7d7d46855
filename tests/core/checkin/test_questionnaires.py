"""Questionnaire responses: stored as given, scored by their own version, compared over time."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hj_journal.bundled import resource_path
from hj_journal.core.checkin.instruments.scoring import DECLINED, load_instruments
from hj_journal.core.checkin.prefs import CheckInPreferences
from hj_journal.core.checkin.questionnaires import Questionnaires, ResponseInput
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.services import Services

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _at(days: int) -> datetime:
    return T0 + timedelta(days=days)


def test_answers_are_stored_exactly_as_given(services: Services) -> None:
    q = services.questionnaires
    answers = [1, None, DECLINED, 2, 0, 3, 1]
    saved = q.save(ResponseInput("gad7", answers, difficulty=DECLINED))
    again = q.get(saved.id)
    assert list(again.answers) == answers
    assert again.difficulty == DECLINED
    assert again.instrument_id == "gad7" and again.version == 1
    assert not again.score.scored
    assert again.score.total is None and again.score.band is None
    assert again.score.skipped == 2
    assert again.declined == 1


def test_a_full_response_keeps_its_total_band_and_difficulty(services: Services) -> None:
    saved = services.questionnaires.save(
        ResponseInput("gad7", [3, 3, 3, 1, 0, 0, 0], difficulty=2)
    )
    assert (saved.score.total, saved.score.band, saved.score.scored) == (10, "moderate", True)
    assert saved.difficulty == 2
    assert saved.extra == {"difficulty": 2}


def test_item9_flag_is_kept_even_when_not_scored(services: Services) -> None:
    saved = services.questionnaires.save(ResponseInput("phq9", [None, 0, 0, 0, 0, 0, 0, 0, 1]))
    assert not saved.score.scored
    assert "item9" in saved.score.flags


def test_phq8_form_is_stored_under_phq9_with_its_form(services: Services) -> None:
    q = services.questionnaires
    saved = q.save(ResponseInput("phq8", [1] * 8 + [None]))
    assert saved.instrument_id == "phq9"
    assert saved.form_id == "phq8"
    assert saved.score.instrument_id == "phq8"
    assert saved.score.total == 8
    assert [r.id for r in q.responses("phq9")] == [saved.id]
    with pytest.raises(InputError, match="PHQ-8 does not ask item 9"):
        q.save(ResponseInput("phq8", [1] * 9))


@pytest.mark.parametrize(
    ("instrument_id", "answers", "message"),
    [
        ("gad7", [0] * 6, "7 items but 6"),
        ("gad7", [0, 0, 0, 0, 0, 0, 4], "4 is not one of"),
        ("gad7", [0, 0, 0, 0, 0, 0, "often"], "expected a whole number"),
        ("gad7", "0000000", "should be a list"),
        ("nope", [0], "no questionnaire called"),
    ],
)
def test_malformed_answers_are_refused_and_nothing_is_saved(
    services: Services, instrument_id: str, answers: object, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        services.questionnaires.save(ResponseInput(instrument_id, answers))  # type: ignore[arg-type]
    assert services.questionnaires.responses("gad7") == []


def test_difficulty_must_fit_the_question(services: Services) -> None:
    q = services.questionnaires
    with pytest.raises(InputError, match="difficulty answer"):
        q.save(ResponseInput("gad7", [0] * 7, difficulty=4))
    with pytest.raises(InputError, match="no difficulty question"):
        q.save(ResponseInput("who5", [3] * 5, difficulty=1))


def test_change_since_last_time_and_who5_meaningful_change(services: Services) -> None:
    q = services.questionnaires
    q.save(ResponseInput("who5", [2, 2, 2, 2, 2], at=_at(0)))  # 10 → 40 %
    q.save(ResponseInput("who5", [3, 2, 2, 2, 2], at=_at(7)))  # 11 → 44 %: +4
    q.save(ResponseInput("who5", [None, 2, 2, 2, 2], at=_at(10)))  # not scored
    q.save(ResponseInput("who5", [3, 3, 3, 2, 2], at=_at(14)))  # 13 → 52 %: +8 vs 44
    q.save(ResponseInput("who5", [3, 3, 3, 3, 2], at=_at(21)))  # 14 → 56 %: +4
    q.save(ResponseInput("who5", [2, 2, 2, 2, 2], at=_at(28)))  # 40 %: −16
    history = q.history("who5")
    values = [(p.response.value, p.change, p.meaningful) for p in history]
    assert values == [
        (40, -16, True),
        (56, 4, False),
        (52, 8, False),
        (None, None, False),
        (44, 4, False),
        (40, None, False),
    ]


def test_who5_percentages_move_in_fours_so_eight_is_not_meaningful_and_twelve_is(
    services: Services,
) -> None:
    q = services.questionnaires
    q.save(ResponseInput("who5", [2, 2, 2, 2, 2], at=_at(0)))  # 10 → 40 %
    q.save(ResponseInput("who5", [3, 3, 2, 2, 2], at=_at(1)))  # 12 → 48 %: +8
    q.save(ResponseInput("who5", [3, 3, 3, 3, 3], at=_at(2)))  # 15 → 60 %: +12
    q.save(ResponseInput("who5", [3, 3, 3, 2, 2], at=_at(3)))  # 13 → 52 %: −8
    q.save(ResponseInput("who5", [2, 2, 2, 2, 2], at=_at(4)))  # 10 → 40 %: −12
    marks = [(p.change, p.meaningful) for p in reversed(q.history("who5"))]
    assert marks == [(None, False), (8, False), (12, True), (-8, False), (-12, True)]


def test_gad7_has_change_but_never_a_meaningful_mark(services: Services) -> None:
    q = services.questionnaires
    q.save(ResponseInput("gad7", [0] * 7, at=_at(0)))
    q.save(ResponseInput("gad7", [3] * 7, at=_at(1)))
    newest = q.history("gad7")[0]
    assert (newest.change, newest.meaningful) == (21, False)


def test_phq8_and_phq9_totals_are_not_compared(services: Services) -> None:
    q = services.questionnaires
    q.save(ResponseInput("phq9", [1] * 9, at=_at(0)))  # 9
    q.save(ResponseInput("phq8", [1] * 8 + [None], at=_at(1)))  # PHQ-8: 8
    q.save(ResponseInput("phq9", [2] * 9, at=_at(2)))  # 18: +9 against 9
    changes = [p.change for p in q.history("phq9")]
    assert changes == [9, None, None]


def _library_with_two_versions(tmp_path: Path) -> Path:
    """GAD-7 version 1 kept as gad7.v1.toml; version 2 moves the 'moderate' band."""
    folder = tmp_path / "instruments"
    folder.mkdir()
    source = Path(resource_path("instruments")) / "gad7.toml"
    text = source.read_text(encoding="utf-8")
    shutil.copy(source, folder / "gad7.v1.toml")
    changed = text.replace("version = 1", "version = 2", 1)
    changed = changed.replace(
        'key = "mild"\nlabel = "Mild"\nmin = 5\nmax = 9',
        'key = "mild"\nlabel = "Mild"\nmin = 5\nmax = 10',
    ).replace(
        'key = "moderate"\nlabel = "Moderate"\nmin = 10',
        'key = "moderate"\nlabel = "Moderate"\nmin = 11',
    )
    assert changed.count("max = 10") == 1
    (folder / "gad7.toml").write_text(changed, encoding="utf-8")
    return folder


def test_a_response_is_rescored_by_the_version_it_was_given_under(
    services: Services, tmp_path: Path
) -> None:
    old_library = load_instruments(Path(resource_path("instruments")) / "gad7.toml")
    old = Questionnaires(services.vault, services.checkin_prefs, library=old_library)
    saved = old.save(ResponseInput("gad7", [3, 3, 3, 1, 0, 0, 0]))  # 10: moderate in v1
    assert saved.version == 1

    new = Questionnaires(
        services.vault,
        services.checkin_prefs,
        library=load_instruments(_library_with_two_versions(tmp_path)),
    )
    assert new.rescore(saved.id).band == "moderate"
    assert new.rescore(saved.id).version == 1
    assert new.get(saved.id).score.band == "moderate"
    later = new.save(ResponseInput("gad7", [3, 3, 3, 1, 0, 0, 0]))
    assert (later.version, later.score.band) == (2, "mild")


def test_a_response_from_a_version_not_loaded_shows_its_stored_result(
    services: Services, tmp_path: Path
) -> None:
    two = Questionnaires(
        services.vault,
        services.checkin_prefs,
        library=load_instruments(_library_with_two_versions(tmp_path)),
    )
    saved = two.save(ResponseInput("gad7", [3, 3, 3, 1, 0, 0, 0]))  # v2: mild
    only_one = services.questionnaires  # built-in: version 1 only
    view = only_one.get(saved.id)
    assert (view.version, view.score.total, view.score.band) == (2, 10, "mild")
    with pytest.raises(LookupError):
        only_one.rescore(saved.id)


def test_missing_responses_say_so(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.questionnaires.get(999)
    saved = services.questionnaires.save(ResponseInput("who5", [1] * 5))
    services.questionnaires.delete(saved.id)
    assert services.questionnaires.latest("who5") is None


def test_hidden_instruments_and_turned_off_categories_leave_the_list(services: Services) -> None:
    q = services.questionnaires
    assert [i.id for i in q.instruments()] == ["who5", "pss10", "gad7", "phq9"]
    services.checkin_prefs.set_hidden("gad7", True)
    assert [i.id for i in q.instruments()] == ["who5", "pss10", "phq9"]
    services.checkin_prefs.set_content_note_category("mood", True)
    assert [i.id for i in q.instruments()] == ["who5", "pss10"]
    assert len(q.instruments(include_hidden=True)) == 4


def test_phq8_mode_and_the_self_harm_category_leave_item9_out(services: Services) -> None:
    q = services.questionnaires
    assert q.form("phq9").form_id == "phq9"
    assert len(q.form("phq9").asked_items) == 9
    prefs = services.checkin_prefs
    prefs.save(CheckInPreferences(phq8_mode=True))
    form = q.form("phq9")
    assert (form.form_id, form.asked_items) == ("phq8", tuple(range(8)))
    prefs.save(CheckInPreferences(content_notes_off=frozenset({"self_harm"})))
    assert q.form("phq9").form_id == "phq8"
    assert q.form("gad7").left_out == frozenset()


def test_responses_in_sessions_are_read_at_once_oldest_first(services: Services) -> None:
    from hj_journal.core.sessions import consent
    from hj_journal.core.sessions.service import ClientInput
    from hj_journal.core.settings import VaultKind

    services.settings.vault_kind = VaultKind.PRACTICE
    sessions = services.sessions
    client = sessions.add_client(ClientInput("R."))
    ids = []
    for day in (0, 7):
        view = sessions.start(client.id)
        sessions.give_consent(view.id, consent.KEYS)
        sessions.record_questionnaire(view.id, ResponseInput("gad7", [1] * 7, at=_at(day + 1)))
        sessions.record_questionnaire(view.id, ResponseInput("who5", [3] * 5, at=_at(day)))
        sessions.end(view.id)
        ids.append(view.id)
    services.questionnaires.save(ResponseInput("gad7", [3] * 7, at=_at(2)))  # not in a session
    found = services.questionnaires.in_sessions(ids)
    assert [(r.session_id, r.instrument_id) for r in found] == [
        (ids[0], "who5"),
        (ids[0], "gad7"),
        (ids[1], "who5"),
        (ids[1], "gad7"),
    ]
    assert found[1] == services.questionnaires.get(found[1].id)  # scored the same way
    assert [r.id for r in services.questionnaires.in_sessions(ids[1:])] == [
        f.id for f in found[2:]
    ]
    assert services.questionnaires.in_sessions([]) == []


def test_the_language_note_is_given_only_where_the_wording_stays_english(vault) -> None:  # type: ignore[no-untyped-def]
    from hj_journal.core.services import Services

    spanish = Services.for_vault(vault, language="es").questionnaires
    english = Services.for_vault(vault).questionnaires
    assert "inglés" in spanish.language_note("gad7")
    assert "inglés" in spanish.language_note("who5")
    assert spanish.language_note("phq9") == ""
    assert spanish.language_note("pss10") == ""
    assert all(english.language_note(i) == "" for i in ("gad7", "who5", "phq9", "pss10"))
