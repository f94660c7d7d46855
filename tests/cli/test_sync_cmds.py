"""``hj-journal sync setup|now|status|join|stop``."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from hj_journal.cli import main
from tests.helpers import CLI_PASSPHRASE

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def synced(run_cli: Run, tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run_cli("init", "--label", "Journal")[0] == 0
    assert run_cli("new", "--title", "From the laptop", "--body", "hello")[0] == 0
    code, out, err = run_cli("sync", "setup", str(folder))
    assert code == 0, err
    assert "hj-journal sync join" in out
    return folder


def _other(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *args: str,
    passphrase: str = CLI_PASSPHRASE,
) -> tuple[int, str, str]:
    """The same command on the second device (its own data folder)."""
    import os

    os.environ["HJ_PASSPHRASE"] = passphrase  # taken out again by main()
    code = main(["--data-dir", str(tmp_path / "desktop"), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_setup_join_and_now_bring_an_entry_across(
    synced: Path, run_cli: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "desktop-Sync"
    shutil.copytree(synced, copy)
    code, out, err = _other(tmp_path, capsys, "sync", "join", str(copy))
    assert code == 0, err
    assert "own copy" in out
    code, out, _err = _other(tmp_path, capsys, "list")
    assert "From the laptop" in out
    code, _out, err = _other(
        tmp_path, capsys, "new", "--title", "From the desktop", "--body", "hi"
    )
    assert code == 0, err
    assert _other(tmp_path, capsys, "sync", "now")[0] == 0
    shutil.copytree(copy, synced, dirs_exist_ok=True)
    code, out, _err = run_cli("sync", "now")
    assert code == 0 and "Took in 1 change" in out
    code, out, _err = run_cli("list")
    assert "From the desktop" in out
    code, out, _err = run_cli("sync", "status")
    assert code == 0
    assert "read up to change set 1, 0 waiting" in out
    assert "0 entries edited on two devices" in out


def test_a_big_change_set_is_added_to_search_before_sync_now_returns(
    synced: Path,
    run_cli: Run,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hj_journal.core.sync import run as sync_run

    monkeypatch.setattr(sync_run, "REINDEX_LATER_FROM", 1)  # every change set is big
    copy = tmp_path / "desktop-Sync"
    shutil.copytree(synced, copy)
    assert _other(tmp_path, capsys, "sync", "join", str(copy))[0] == 0
    body = ["--body", "Swimming in the cold lake."]
    assert _other(tmp_path, capsys, "new", "--title", "From the desktop", *body)[0] == 0
    assert _other(tmp_path, capsys, "sync", "now")[0] == 0
    shutil.copytree(copy, synced, dirs_exist_ok=True)
    code, _out, err = run_cli("sync", "now")
    assert code == 0 and "to search…" in err
    code, out, err = run_cli("search", "swim")
    assert code == 0 and "From the desktop" in out and "catching up" not in err


def test_a_wrong_passphrase_or_a_folder_without_a_vault_is_one_line(
    synced: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _other(
        tmp_path, capsys, "sync", "join", str(synced), passphrase="not it at all"
    )
    assert code == 2 and err.count("\n") == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _out, err = _other(tmp_path, capsys, "sync", "join", str(empty))
    assert code == 1 and "no synced vault" in err and err.count("\n") == 1


def test_setup_twice_status_and_stop(synced: Path, run_cli: Run, tmp_path: Path) -> None:
    code, _out, err = run_cli("sync", "setup", str(synced))
    assert code == 1 and "already kept in step" in err
    code, out, _err = run_cli("sync", "status")
    assert "No other device has joined yet." in out
    assert run_cli("sync", "now")[1].startswith("Already in step")
    assert run_cli("sync", "stop")[0] == 0
    code, out, _err = run_cli("sync", "status")
    assert "not kept in step" in out
    code, _out, err = run_cli("sync", "setup", str(tmp_path / "missing"))
    assert code == 1 and "There is no folder" in err


def test_after_a_key_rotation_elsewhere_the_new_passphrase_opens_it_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hj_journal.cli.common import Context
    from hj_journal.core.vaults import KdfPolicy
    from tests.core.sync.support import PASSPHRASE, three

    policy = KdfPolicy.fast_for_tests()
    monkeypatch.setattr(Context, "policy", property(lambda self: policy))
    mesh = three(tmp_path, policy)
    a, b, _ = mesh.devices
    try:
        a.vault.rotate_key("a passphrase set on the laptop", policy=policy)
        a.write("After the rotation", "new words")
        a.sync.sync_now()
        mesh.everywhere()
        assert b.sync.sync_now().rotated_elsewhere
        b.vault.lock()
        here = ["--data-dir", str(tmp_path / "b"), "list"]
        new = "a passphrase set on the laptop"
        monkeypatch.setenv("HJ_PASSPHRASE", new)  # read once, then taken from the environment
        assert main(here) == 0  # was exit 2: only the lock screen took the key across
        monkeypatch.setenv("HJ_PASSPHRASE", new)
        assert main([*here[:2], "sync", "now"]) == 0  # and reads what came after
        monkeypatch.setenv("HJ_PASSPHRASE", new)
        capsys.readouterr()
        assert main(here) == 0
        assert "After the rotation" in capsys.readouterr().out
        monkeypatch.setenv("HJ_PASSPHRASE", PASSPHRASE)
        assert main(here) == 2  # crossed for good: the old passphrase stays behind
    finally:
        for device in mesh.devices:
            device.close()


def test_locked_during_a_rotation_elsewhere_the_old_passphrase_is_told_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hj_journal.cli.common import Context
    from hj_journal.core.vaults import KdfPolicy
    from tests.core.sync.support import PASSPHRASE, three

    policy = KdfPolicy.fast_for_tests()
    monkeypatch.setattr(Context, "policy", property(lambda self: policy))
    mesh = three(tmp_path, policy)
    a, b, c = mesh.devices
    try:
        b.vault.lock()  # this computer is off while the laptop rotates the key
        new = "a passphrase set on the laptop"
        a.vault.rotate_key(new, policy=policy)
        a.write("After the rotation", "new words")
        a.sync.sync_now()
        mesh.deliver(a, b)
        here = ["--data-dir", str(tmp_path / "b"), "list"]
        capsys.readouterr()
        monkeypatch.setenv("HJ_PASSPHRASE", PASSPHRASE)
        assert main(here) == 2
        out, err = capsys.readouterr()
        assert out == ""  # nothing of the journal shown
        assert err.count("\n") == 1 and "changed on another device" in err
        assert "Traceback" not in err
        monkeypatch.setenv("HJ_PASSPHRASE", new)
        assert main([*here[:2], "sync", "now"]) == 0
        monkeypatch.setenv("HJ_PASSPHRASE", new)
        assert main(here) == 0
        assert "After the rotation" in capsys.readouterr().out
    finally:
        for device in (a, c):
            device.close()
