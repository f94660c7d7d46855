"""``hj-journal checkin``: quick check-ins and questionnaire answers from the command line."""

from __future__ import annotations

import pytest

from hj_journal.core.checkin.instruments.scoring import DECLINED
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from tests.helpers import CLI_PASSPHRASE


@pytest.fixture
def initialised(run_cli) -> None:
    code, _, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err


def _saved(paths: AppPaths) -> Services:
    vault = VaultRegistry(paths.vaults_dir).find(None)
    vault.unlock(CLI_PASSPHRASE, policy=KdfPolicy.fast_for_tests())
    return Services.for_vault(vault)


def test_a_rich_checkin_is_saved(run_cli, initialised, paths: AppPaths) -> None:
    code, out, err = run_cli(
        "checkin",
        "--distress",
        "6",
        "--mood",
        "-2",
        "--energy",
        "+1",
        "--emotion",
        "tired",
        "--emotion",
        " held   up ",
        "--context",
        "housing",
        "--context",
        "money",
        "--note",
        "rent day",
    )
    assert code == 0, err
    assert "saved" in out
    services = _saved(paths)
    try:
        (saved,) = services.checkins.recent()
        assert (saved.distress, saved.mood, saved.energy) == (6, -2, 1)
        assert saved.emotions == ("tired", "held up")
        assert saved.context_tags == ("housing", "money")
        assert (saved.note, saved.phase) == ("rent day", "cli")
    finally:
        services.vault.lock()


def test_an_empty_checkin_is_fine(run_cli, initialised) -> None:
    code, out, _ = run_cli("checkin")
    assert code == 0
    assert "saved" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--distress", "11"), "--distress takes a whole number from 0 (calm) to 10, not 11."),
        (
            ("--distress", "lots"),
            "--distress takes a whole number from 0 (calm) to 10, not 'lots'",
        ),
        (("--mood", "4"), "--mood takes a whole number from -3 to 3, not 4."),
        (("--mood", "1.5"), "--mood takes a whole number from -3 to 3, not '1.5'"),
        (("--energy", "-1"), "--energy takes a whole number from 0 to 4, not -1."),
        (("--emotion", "   "), "--emotion: Write a word"),
        (("--context", "x" * 61), "--context: Keep it to 60 characters"),
        (("--show-result",), "go with --instrument"),
    ],
)
def test_bad_values_are_one_clear_line_and_exit_1(
    run_cli, initialised, paths: AppPaths, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run_cli("checkin", *args)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err
    services = _saved(paths)
    try:
        assert services.checkins.recent() == []
    finally:
        services.vault.lock()


def test_questionnaire_answers_are_saved_as_given_and_results_stay_hidden(
    run_cli, initialised, paths: AppPaths
) -> None:
    code, out, err = run_cli(
        "checkin", "--instrument", "gad7", "--answers", "0,1,-,n,2,3,1", "--difficulty", "1"
    )
    assert code == 0, err
    assert "saved" in out
    assert "diagnosis" not in out and "not scored" not in out  # hidden unless asked
    services = _saved(paths)
    try:
        response = services.questionnaires.latest("gad7")
        assert response is not None
        assert list(response.answers) == [0, 1, None, DECLINED, 2, 3, 1]
        assert response.difficulty == 1
        assert services.checkins.recent() == []
    finally:
        services.vault.lock()


def test_show_result_prints_total_band_and_not_a_diagnosis(run_cli, initialised) -> None:
    code, out, _ = run_cli(
        "checkin", "--instrument", "gad7", "--answers", "3,3,3,1,0,0,0", "--show-result"
    )
    assert code == 0
    assert "GAD-7: 10 — Moderate." in out
    assert "This is not a diagnosis." in out
    code, out, _ = run_cli(
        "checkin", "--instrument", "who5", "--answers", "3,3,3,3,3", "--show-result"
    )
    assert "WHO-5: 60 out of 100 — Good well-being." in out
    code, out, _ = run_cli(
        "checkin", "--instrument", "pss10", "--answers=-,1,1,1,1,1,1,1,1,1", "--show-result"
    )
    assert "PSS-10: not scored (1 skipped)." in out


def test_phq8_answers_may_be_eight_long_and_item9_points_to_support(run_cli, initialised) -> None:
    code, out, err = run_cli(
        "checkin", "--instrument", "phq8", "--answers", "1,1,1,1,1,1,1,1", "--show-result"
    )
    assert code == 0, err
    assert "PHQ-8: 8 — Mild." in out
    code, out, _ = run_cli(
        "checkin", "--instrument", "phq9", "--answers", "0,0,0,0,0,0,0,0,1", "--show-result"
    )
    assert "PHQ-9: 1 — Minimal." in out
    assert "Care map & plans" in out
    assert "diagnosis" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--instrument", "gad7", "--answers", "0,1,2"), "GAD-7 has 7 items but 3 answers"),
        (("--instrument", "gad7", "--answers", "0,0,0,0,0,0,9"), "9 is not one of 0, 1, 2, 3"),
        (("--instrument", "gad7", "--answers", "0,0,0,a,0,0,0"), "Answer 4 should be a number"),
        (("--instrument", "bdi", "--answers", "0"), "no questionnaire called 'bdi'"),
        (("--answers", "0,0"), "needs both --instrument"),
        (("--instrument", "gad7", "--answers", "0,0,0,0,0,0,0", "--distress", "3"), "on its own"),
        (
            ("--instrument", "gad7", "--answers", "0,0,0,0,0,0,0", "--difficulty", "7"),
            "difficulty answer",
        ),
        (("--instrument", "who5", "--answers", "1,1,1,1,1", "--difficulty", "1"), "no difficulty"),
    ],
)
def test_malformed_answers_are_refused_in_one_line(
    run_cli, initialised, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run_cli("checkin", *args)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert message in err
