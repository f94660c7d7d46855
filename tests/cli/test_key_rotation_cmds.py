"""``passwd --rotate`` and ``recovery`` lock old secrets out, even with an old key file."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import CLI_PASSPHRASE, cli_command, subprocess_env

KEY = re.compile(r"([0-9A-Z]{4}-){6}[0-9A-Z]{4}")
NEW = "a harbour lantern at dusk"


@pytest.fixture
def recovery_key(run_cli) -> str:
    code, out, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err
    return KEY.search(out).group(0)


def _backup(run_cli, *args: str) -> Path:
    code, out, err = run_cli("backup", *args)
    assert code == 0, err
    return Path(out.strip().split(" to ", 1)[1])


def _live_key_file(paths) -> Path:
    (key_file,) = paths.vaults_dir.glob("*/vault.key")
    return key_file


def test_passwd_rotate_then_an_old_backup_key_file_and_old_passphrase_read_nothing(
    run_cli, recovery_key, paths, tmp_path
) -> None:
    assert run_cli("new", "--title", "before", "--body", "old words")[0] == 0
    backup = _backup(run_cli)
    old_key_file = (backup / "vault.key").read_bytes()
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n")

    code, out, err = run_cli("passwd", "--rotate", "--new-passphrase-file", str(new_file))
    assert code == 0, err
    new_recovery = KEY.search(out).group(0)
    assert new_recovery != recovery_key
    assert "1 fresh backup under the new key, and 1 older one removed" in out
    assert "elsewhere" in out
    assert not backup.exists()  # the old backup held the old key file
    assert (
        run_cli("new", "--title", "after the change", "--body", "new words", passphrase=NEW)[0]
        == 0
    )

    live = _live_key_file(paths)
    live.write_bytes(old_key_file)  # what someone with an old backup could do
    code, out, err = run_cli("list")
    assert code != 0 and "after the change" not in out
    assert len(err.strip().splitlines()) == 1
    old_recovery_file = tmp_path / "old-recovery.txt"
    old_recovery_file.write_text(recovery_key)
    code, out, _ = run_cli("list", "--recovery-key-file", str(old_recovery_file), passphrase=None)
    assert code != 0 and "after the change" not in out


def test_recovery_rotates_so_the_old_key_and_an_old_key_file_read_nothing(
    run_cli, recovery_key, paths, tmp_path
) -> None:
    backup = _backup(run_cli)
    old_key_file = (backup / "vault.key").read_bytes()
    code, out, err = run_cli("recovery")
    assert code == 0, err
    new_recovery = KEY.search(out).group(0)
    assert run_cli("new", "--title", "written later", "--body", "words")[0] == 0

    new_file = tmp_path / "new-recovery.txt"
    new_file.write_text(new_recovery)
    code, out, _ = run_cli("list", "--recovery-key-file", str(new_file), passphrase=None)
    assert code == 0 and "written later" in out
    assert run_cli("list")[0] == 0  # the passphrase stays the same

    _live_key_file(paths).write_bytes(old_key_file)
    old_file = tmp_path / "old-recovery.txt"
    old_file.write_text(recovery_key)
    code, out, _ = run_cli("list", "--recovery-key-file", str(old_file), passphrase=None)
    assert code != 0 and "written later" not in out


def test_a_backup_folder_that_is_not_there_is_named(run_cli, recovery_key, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _backup(run_cli, "--to", str(stick))
    shutil.rmtree(stick)  # unplugged
    code, out, err = run_cli("recovery")
    assert code == 0, err
    assert f"Not reachable now: {stick}" in out


def test_plain_passwd_says_what_it_does_not_do(run_cli, recovery_key, tmp_path) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW)
    code, out, _ = run_cli("passwd", "--new-passphrase-file", str(new_file))
    assert code == 0
    assert "still open with the old passphrase" in out
    code, out, _ = run_cli("passwd", "--help")
    assert "--rotate" in out and "still open with the old passphrase" in " ".join(out.split())


# ---------------------------------------------------------------------- two at once


def _start(data: Path, *args: str, passphrase: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        cli_command(data, *args),
        env=subprocess_env(data, HJ_PASSPHRASE=passphrase),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run(
    data: Path, *args: str, passphrase: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(data, *args),
        env=subprocess_env(data, HJ_PASSPHRASE=passphrase),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_passwd_and_recovery_at_once_never_lose_a_change_they_report(tmp_path) -> None:
    (tmp_path / "tmp").mkdir()
    template = tmp_path / "template"
    done = _run(template, "init", "--label", "Notebook", passphrase=CLI_PASSPHRASE)
    assert done.returncode == 0, done.stderr
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW)
    for round_ in range(3):
        data = tmp_path / f"round{round_}"
        shutil.copytree(template, data)
        passwd = _start(
            data, "passwd", "--new-passphrase-file", str(new_file), passphrase=CLI_PASSPHRASE
        )
        recovery = _start(data, "recovery", passphrase=CLI_PASSPHRASE)
        p_out, p_err = passwd.communicate(timeout=120)
        r_out, r_err = recovery.communicate(timeout=120)
        for code, err in ((passwd.returncode, p_err), (recovery.returncode, r_err)):
            assert code in (0, 1, 2), err
            if code:
                assert len(err.strip().splitlines()) == 1, err
        current = NEW if passwd.returncode == 0 else CLI_PASSPHRASE
        assert _run(data, "list", passphrase=current).returncode == 0
        if recovery.returncode == 0:
            key_file = tmp_path / f"key{round_}.txt"
            key_file.write_text(KEY.search(r_out).group(0))
            opened = _run(data, "list", "--recovery-key-file", str(key_file), passphrase="")
            assert opened.returncode == 0, (p_out, r_out, opened.stderr)


@pytest.mark.slow
def test_two_backups_at_once_both_finish_or_one_says_busy(tmp_path) -> None:
    (tmp_path / "tmp").mkdir()
    data = tmp_path / "data"
    assert _run(data, "init", passphrase=CLI_PASSPHRASE).returncode == 0
    for n in range(1):
        added = _run(
            data,
            "new",
            "--title",
            f"long {n}",
            passphrase=CLI_PASSPHRASE,
            stdin="many quiet words " * 20000,
        )
        assert added.returncode == 0, added.stderr
    for _ in range(2):
        first = _start(data, "backup", passphrase=CLI_PASSPHRASE)
        second = _start(data, "backup", passphrase=CLI_PASSPHRASE)
        results = [(p.wait(timeout=120), p.stderr.read()) for p in (first, second)]  # type: ignore[union-attr]
        for code, err in results:
            assert code == 0 or (code == 1 and "busy" in err), err
    (backups,) = (data / "backups").iterdir()
    assert not [p for p in backups.iterdir() if p.name.startswith(".")]
    listed = _run(data, "backup", "--list", passphrase=CLI_PASSPHRASE)
    assert listed.returncode == 0
