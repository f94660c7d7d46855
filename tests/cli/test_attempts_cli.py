"""The command line adds its wrong passphrases to the record and tells the news in one line."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime

from hj_journal.cli.attempts_line import notice_line
from hj_journal.core.attempts import APP, COMMAND_LINE, PASSPHRASE, AttemptSeen, AttemptsReport
from hj_journal.store import attempts as record
from tests.helpers import CLI_PASSPHRASE, cli_command, subprocess_env

WRONG = "surely this one"


def _record(paths):
    (folder,) = paths.vaults_dir.iterdir()
    return record.record_path(folder)


def test_wrong_passphrases_are_recorded_and_told_in_one_line_after_unlocking(
    run_cli, paths
) -> None:
    assert run_cli("init", "--label", "Notebook")[0] == 0
    for _ in range(3):
        code, _out, err = run_cli("list", passphrase=WRONG)
        assert code == 2
        assert "did not succeed" not in err
    assert _record(paths).stat().st_size == 3 * record.RECORD_SIZE
    code, _out, err = run_cli("list")
    assert code == 0
    lines = [line for line in err.splitlines() if "attempt" in line]
    assert len(lines) == 1
    assert lines[0].startswith(
        "hj-journal: 3 attempts to open this vault did not succeed since you last opened it: "
        "today "
    )
    assert "(the command line)." in lines[0]
    code, _out, err = run_cli("list")
    assert code == 0 and "attempt" not in err  # told once


def _run(data, passphrase: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(data, *args),
        env=subprocess_env(data, HJ_PASSPHRASE=passphrase),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_real_process_records_its_wrong_passphrase(paths) -> None:
    data = paths.data_dir
    assert _run(data, CLI_PASSPHRASE, "init", "--label", "Notebook").returncode == 0
    wrong = _run(data, WRONG, "list")
    assert wrong.returncode == 2, wrong.stderr
    assert "Traceback" not in wrong.stderr
    right = _run(data, CLI_PASSPHRASE, "list")
    assert right.returncode == 0, right.stderr
    assert "1 attempt to open this vault did not succeed" in right.stderr


def test_a_damaged_record_is_told_calmly_not_as_a_failure(run_cli, paths) -> None:
    assert run_cli("init", "--label", "Notebook")[0] == 0
    assert run_cli("list", passphrase=WRONG)[0] == 2
    path = _record(paths)
    path.write_bytes(path.read_bytes()[:17])
    code, _out, err = run_cli("list")
    assert code == 0
    assert "The record of attempts was shortened or removed since you last opened" in err
    assert "Traceback" not in err


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC).astimezone().replace(tzinfo=None)


def test_the_line_groups_times_by_day_and_place() -> None:
    local = [_at(1, 14, 2), _at(1, 14, 3), _at(1, 14, 9)]
    seen = tuple(
        AttemptSeen(t.astimezone(UTC), PASSPHRASE, place)
        for t, place in zip(local, (APP, APP, COMMAND_LINE), strict=True)
    )
    today = local[0].date()
    line = notice_line(AttemptsReport(attempts=seen), today=today)
    expected = (
        f"3 attempts to open this vault did not succeed since you last opened it: "
        f"today {local[0]:%H:%M} and {local[1]:%H:%M} (the app); "
        f"today {local[2]:%H:%M} (the command line)."
    )
    assert line == expected
    later = notice_line(AttemptsReport(attempts=seen[:1]), today=date(today.year, 12, 3))
    assert later is not None and later.startswith("1 attempt to open this vault did not")
    assert f"{local[0].date():%A} {local[0]:%H:%M} (the app)." in later
    assert notice_line(AttemptsReport()) is None
