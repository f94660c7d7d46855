"""One client's change over time: series per questionnaire form and for distress, each
point linked to its session, the band areas, the change in words, and PHQ-9 question 9
flagged for the practitioner only."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.measures import DISTRESS, ClientMeasures
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput
from hj_journal.core.sessions.summary import summary_html, summary_markdown

PHQ9_17_ITEM9 = [2, 2, 2, 2, 2, 2, 2, 2, 1]  # 17, question 9 "Several days"
PHQ9_9 = [2, 1, 1, 1, 1, 1, 1, 1, 0]  # 9, question 9 "Not at all"
PHQ8_14 = [2, 2, 2, 2, 2, 2, 2, 0, None]  # only question 9 skipped: scored as PHQ-8
PHQ9_UNSCORED_ITEM9 = [
    None,
    None,
    1,
    1,
    1,
    1,
    1,
    1,
    3,
]  # not scored, question 9 "Nearly every day"


def _session(
    practice: Services,
    client_id: int,
    questionnaires: Sequence[tuple[str, list]] = (),
    *,
    arriving: int | None = None,
    leaving: int | None = None,
) -> int:
    sessions = practice.sessions
    view = sessions.start(client_id)
    sessions.give_consent(view.id, c.KEYS)
    if arriving is not None:
        sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=arriving))
    for instrument_id, answers in questionnaires:
        sessions.record_questionnaire(view.id, ResponseInput(instrument_id, answers))
    if leaving is not None:
        sessions.record_checkin(view.id, POST_SESSION, CheckInInput(distress=leaving))
    sessions.end(view.id)
    return view.id


@pytest.fixture
def rae(practice: Services) -> tuple[int, list[int]]:
    """A client with six sessions; PHQ-9 in the first and the last, others between."""
    client = practice.sessions.add_client(ClientInput("Rae")).id
    ids = [
        _session(
            practice,
            client,
            [("phq9", PHQ9_17_ITEM9), ("gad7", [2] * 6 + [0])],
            arriving=7,
            leaving=5,
        ),
        _session(practice, client, [("who5", [2, 2, 2, 2, 2])], arriving=6),
        _session(practice, client, [("phq9", PHQ8_14), ("pss10", [2] * 10)]),
        _session(practice, client, [("phq9", PHQ9_UNSCORED_ITEM9)], arriving=6, leaving=3),
        _session(practice, client, [("who5", [3, 3, 3, 2, 2]), ("gad7", [1] * 7)]),
        _session(practice, client, [("phq9", PHQ9_9)], arriving=4, leaving=2),
    ]
    return client, ids


def _measures(practice: Services, client_id: int) -> ClientMeasures:
    return practice.measures.for_client(client_id)


def test_each_form_is_its_own_series_linked_to_its_sessions(
    practice: Services, rae: tuple[int, list[int]]
) -> None:
    client, ids = rae
    found = _measures(practice, client)
    assert found.sessions == 6
    assert [m.key for m in found.measures] == ["phq9", "phq8", "gad7", "who5", "pss10", DISTRESS]
    phq9 = found.measure("phq9")
    assert phq9 is not None
    (line,) = phq9.lines
    # The unscored response keeps its session, without a value; PHQ-8 is not mixed in.
    assert [(p.session_id, p.value) for p in line.points] == [
        (ids[0], 17),
        (ids[3], None),
        (ids[5], 9),
    ]
    assert [p.value for p in line.scored] == [17, 9]
    assert line.points[0].band_label == "Moderately severe"
    phq8 = found.measure("phq8")
    assert phq8 is not None and [p.value for p in phq8.lines[0].points] == [14]
    assert (phq8.low, phq8.high) == (0, 24) and (phq9.low, phq9.high) == (0, 27)


def test_the_band_areas_come_from_the_questionnaire(
    practice: Services, rae: tuple[int, list[int]]
) -> None:
    found = _measures(practice, rae[0])
    phq9, who5, pss10 = (found.measure(k) for k in ("phq9", "who5", "pss10"))
    assert phq9 is not None and who5 is not None and pss10 is not None
    assert [(b.key, b.low, b.high) for b in phq9.bands] == [
        ("minimal", 0, 4),
        ("mild", 5, 9),
        ("moderate", 10, 14),
        ("moderately_severe", 15, 19),
        ("severe", 20, 27),
    ]
    assert who5.unit == "percentage" and (who5.low, who5.high) == (0, 100)
    assert [p.value for p in who5.lines[0].points] == [40, 52]
    assert pss10.bands_informal
    distress = found.measure(DISTRESS)
    assert (
        distress is not None and distress.bands == () and (distress.low, distress.high) == (0, 10)
    )


def test_the_change_is_told_with_the_published_thresholds(
    practice: Services, rae: tuple[int, list[int]]
) -> None:
    found = _measures(practice, rae[0])
    said = {m.key: m.sentences for m in found.measures}
    assert said["phq9"][0] == (
        "PHQ-9 went from 17 to 9 over 6 sessions: a drop of 6 or more points is larger than "
        "the questionnaire's usual ups and downs."
    )
    assert "One response was not scored because some questions were skipped." in said["phq9"]
    assert said["phq9"][-1].startswith("For reference: services count a PHQ-9 of 10 or more")
    # GAD-7 12 -> 7: a change of 5 (reliable at 4), a drop of less than half.
    assert said["gad7"][0].startswith("GAD-7 went from 12 to 7 over 5 sessions: a drop of 4")
    assert not any("response" in s for s in said["gad7"])
    # WHO-5 40 -> 52 percentage points: meaningful at 10.
    assert said["who5"][0] == (
        "WHO-5 went from 40 of 100 to 52 of 100 over 4 sessions: a rise of 10 percentage "
        "points or more is considered meaningful."
    )
    assert said["pss10"] == ("PSS-10: 20 in one session so far.",)
    assert said["phq8"] == ("PHQ-8: 14 (Moderate) in one session so far.",)
    assert said[DISTRESS] == (
        "Distress on arriving went from 7 to 4 over 6 sessions.",
        "Distress on leaving went from 5 to 2 over 6 sessions.",
    )


def test_distress_lines_follow_the_check_ins_at_each_end(
    practice: Services, rae: tuple[int, list[int]]
) -> None:
    client, ids = rae
    distress = _measures(practice, client).measure(DISTRESS)
    assert distress is not None
    arriving, leaving = distress.lines
    assert [(p.session_id, p.value) for p in arriving.points] == [
        (ids[0], 7),
        (ids[1], 6),
        (ids[3], 6),
        (ids[5], 4),
    ]
    assert [(p.session_id, p.value) for p in leaving.points] == [
        (ids[0], 5),
        (ids[3], 3),
        (ids[5], 2),
    ]


def test_item9_above_zero_is_flagged_on_its_sessions(
    practice: Services, rae: tuple[int, list[int]]
) -> None:
    client, ids = rae
    found = _measures(practice, client)
    # Scored or not, any answer above "Not at all" counts; 0 and a PHQ-8 do not.
    assert found.flagged_sessions() == {ids[0], ids[3]}
    assert [(f.session_id, f.answer, f.answer_label) for f in found.item9] == [
        (ids[0], 1, "Several days"),
        (ids[3], 3, "Nearly every day"),
    ]
    assert [f.answer for f in practice.measures.item9_for_session(ids[3])] == [3]
    assert practice.measures.item9_for_session(ids[5]) == ()
    assert practice.measures.item9_for_session(ids[5] + 99) == ()


def test_item9_never_reaches_the_clients_summary(
    practice: Services, rae: tuple[int, list[int]]
) -> None:
    client, ids = rae
    flag = _measures(practice, client).item9[0]
    summary = practice.sessions.summary(ids[0])
    fields = {name: getattr(summary, name) for name in summary.__dataclass_fields__}
    assert not any("item9" in repr(value).lower() for value in fields.values())
    for text in (summary_markdown(summary), summary_html(summary)):
        for said in ("question 9", "Several days", "PHQ", flag.answer_label, "better off"):
            assert said not in text


def test_only_this_clients_sessions_count(practice: Services, rae: tuple[int, list[int]]) -> None:
    other = practice.sessions.add_client(ClientInput("Sky")).id
    _session(practice, other, [("phq9", [3] * 9)], arriving=10)
    found = _measures(practice, rae[0])
    assert found.measure("phq9") is not None
    assert all(p.value != 27 for m in found.measures for line in m.lines for p in line.points)
    theirs = _measures(practice, other)
    assert [m.key for m in theirs.measures] == ["phq9", DISTRESS]
    assert theirs.measure("phq9").sentences[0] == "PHQ-9: 27 in one session so far."  # type: ignore[union-attr]


def test_a_client_without_results_has_no_measures(practice: Services) -> None:
    client = practice.sessions.add_client(ClientInput("New")).id
    assert _measures(practice, client) == ClientMeasures(client, 0, (), ())
    _session(practice, client)  # a session with nothing recorded
    found = _measures(practice, client)
    assert found.sessions == 1 and found.measures == () and found.item9 == ()


def test_a_session_counts_its_latest_scored_response_of_a_form(practice: Services) -> None:
    client = practice.sessions.add_client(ClientInput("Jo")).id
    first = _session(practice, client, [("gad7", [3] * 7), ("gad7", [1] * 7)])
    second = _session(practice, client, [("gad7", [2] * 7), ("gad7", [None] * 7)])
    gad7 = _measures(practice, client).measure("gad7")
    assert gad7 is not None
    assert [(p.session_id, p.value) for p in gad7.lines[0].points] == [(first, 7), (second, 14)]
