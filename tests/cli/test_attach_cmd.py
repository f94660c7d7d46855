"""``hj-journal attach ENTRY FILE``: which entry, the file kept inside, one line when refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from tests.core.journal.sample_files import jpeg_with_exif
from tests.helpers import CLI_PASSPHRASE

CANARY = "GpsCanary5T"


@pytest.fixture
def initialised(run_cli) -> None:
    code, _, err = run_cli("init", "--label", "Notebook")
    assert code == 0, err
    for title, day in (("first", "2026-12-01"), ("second", "2026-12-01"), ("third", "2026-12-02")):
        code, _, err = run_cli("new", "--title", title, "--date", day, "--body", "words")
        assert code == 0, err


def _files(paths: AppPaths) -> dict[str, list[tuple[str, bytes]]]:
    vault = VaultRegistry(paths.vaults_dir).find(None)
    vault.unlock(CLI_PASSPHRASE, policy=KdfPolicy.fast_for_tests())
    services = Services.for_vault(vault)
    try:
        found = {}
        for entry in services.journal.timeline():
            found[entry.title] = [
                (a.name, services.attachments.read_all(a.id))
                for a in services.attachments.of_entry(entry.id)
            ]
        return found
    finally:
        vault.lock()


def test_attach_to_latest_a_day_and_a_numbered_day(
    run_cli, initialised, paths: AppPaths, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_2001.jpg"
    photo.write_bytes(jpeg_with_exif(CANARY))
    code, out, err = run_cli("attach", "latest", str(photo))
    assert code == 0, err
    assert "Added IMG_2001.jpg" in out and "2026-12-02" in out
    assert "Exif" in out  # says what was taken out
    code, out, err = run_cli("attach", "2026-12-01#2", str(photo), "--name", "kept.jpg",
                             "--keep-metadata")  # fmt: skip
    assert code == 0, err
    files = _files(paths)
    ((name, data),) = files["third"]
    assert name == "IMG_2001.jpg" and CANARY.encode() not in data
    assert files["first"] == [("kept.jpg", photo.read_bytes())]  # #2 of the day: the older one
    assert files["second"] == []


@pytest.mark.parametrize(
    ("entry", "file", "words"),
    [
        ("2026-12-01", "photo", "There are 2 entries on 2026-12-01"),
        ("2026-12-01#3", "photo", "choose #1"),
        ("2026-11-30", "photo", "There is no entry on 2026-11-30"),
        ("0" * 32, "photo", "No entry has that id"),
        ("yesterday-ish", "photo", "Please name the entry"),
        ("latest", "missing", "can't be found"),
        ("latest", "folder", "can't be found"),
    ],
)
def test_refusals_are_one_calm_line_and_exit_1(
    run_cli, initialised, tmp_path: Path, entry: str, file: str, words: str
) -> None:
    (tmp_path / "photo").write_bytes(b"bytes")
    (tmp_path / "folder").mkdir()
    code, _out, err = run_cli("attach", entry, str(tmp_path / file))
    assert code == 1
    assert words in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_a_file_over_the_limit_is_refused(run_cli, initialised, paths, tmp_path: Path) -> None:
    vault = VaultRegistry(paths.vaults_dir).find(None)
    vault.unlock(CLI_PASSPHRASE, policy=KdfPolicy.fast_for_tests())
    Services.for_vault(vault).settings.attachment_limit_mb = 1
    vault.lock()
    big = tmp_path / "long.wav"
    big.write_bytes(b"\x00" * 1_500_000)
    code, _, err = run_cli("attach", "latest", str(big))
    assert code == 1 and "larger than the 1 MB" in err


def test_a_wrong_passphrase_is_exit_2(run_cli, initialised, tmp_path: Path) -> None:
    (tmp_path / "photo").write_bytes(b"bytes")
    code, _, _ = run_cli("attach", "latest", str(tmp_path / "photo"), passphrase="not it at all")
    assert code == 2
