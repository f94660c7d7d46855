"""A key that does not open the database is said once: SQLCipher's own log stays quiet.

SQLCipher logs every failed page check to stderr ("ERROR CORE ... hmac check failed");
on the unlock probe that is noise beside the one sentence the app prints. Its log level
is process-wide, so it must be back as it was afterwards.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.store.engine import KeyMismatchError, open_connection
from tests.helpers import cli_command, subprocess_env

PASSPHRASE = "salt marsh at first light"


def _log_level() -> str:
    probe = sqlcipher.connect(":memory:")
    try:
        return str(probe.execute("PRAGMA cipher_log_level").fetchone()[0])
    finally:
        probe.close()


def _vault_db(registry: VaultRegistry, policy: KdfPolicy) -> Path:
    vault, _ = registry.create("Notebook", PASSPHRASE, policy=policy)
    vault.lock()
    return vault.db_path


def test_a_wrong_key_leaves_the_log_level_as_it_was(
    registry: VaultRegistry, policy: KdfPolicy
) -> None:
    db_path = _vault_db(registry, policy)
    before = _log_level()
    with pytest.raises(KeyMismatchError):
        open_connection(db_path, bytearray(32))
    assert _log_level() == before


@pytest.mark.slow
def test_a_key_file_that_does_not_fit_the_database_prints_one_line(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    env = subprocess_env(tmp_path / "one", HJ_PASSPHRASE=PASSPHRASE)
    for name in ("one", "two"):
        done = subprocess.run(
            cli_command(tmp_path / name, "init"), env=env, capture_output=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    # The second vault's key file opens with the same passphrase, but holds another key.
    (key_two,) = (tmp_path / "two" / "vaults").glob("*/vault.key")
    (key_one,) = (tmp_path / "one" / "vaults").glob("*/vault.key")
    shutil.copyfile(key_two, key_one)
    done = subprocess.run(
        cli_command(tmp_path / "one", "list"), env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3
    assert "ERROR CORE" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
