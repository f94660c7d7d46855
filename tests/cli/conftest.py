"""Running ``hj-journal`` in-process with a fast key-derivation policy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hj_journal.cli import main
from hj_journal.cli.common import Context
from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from tests.helpers import CLI_PASSPHRASE


@pytest.fixture
def run_cli(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """Run ``hj-journal --data-dir <test data> ARGS``; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(Context, "policy", property(lambda self: KdfPolicy.fast_for_tests()))
    monkeypatch.setenv("HJ_PASSPHRASE", CLI_PASSPHRASE)

    def run(*args: str, passphrase: str | None = CLI_PASSPHRASE) -> tuple[int, str, str]:
        if passphrase is None:
            monkeypatch.delenv("HJ_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("HJ_PASSPHRASE", passphrase)
        code = main(["--data-dir", str(paths.data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def data_dir(paths: AppPaths) -> Path:
    return paths.data_dir
