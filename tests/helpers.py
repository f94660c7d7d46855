"""Constants and helpers the tests share (importable as ``tests.helpers``).

Kept apart from ``conftest.py`` because pytest imports that file under its own module
name; importing it again from a test would make a second copy of its state.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
NETGUARD_DIR = Path(__file__).resolve().parent / "netguard"
PASSPHRASE = "a calm and quiet river"
CLI_PASSPHRASE = "tide pools at low water"  # the in-process command-line tests' vault


def resealed(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """A key file with ``change`` applied to its document and its checksum recomputed,
    as an attacker (or a careless tool) can: only authentication can catch it then."""
    doc = json.loads(data)
    doc.pop("checksum")
    change(doc)
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    doc["checksum"] = hashlib.sha256(canonical).hexdigest()
    return json.dumps(doc).encode()


def reseal_kdf(path: Path, changes: dict[str, int]) -> None:
    """Change the passphrase slot's key-derivation costs in the key file at ``path``."""

    def change(doc: dict[str, Any]) -> None:
        for slot in doc["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"].update(changes)

    path.write_bytes(resealed(path.read_bytes(), change))


class NetworkUsedError(AssertionError):
    """A test opened a socket. HJ Journal has no network code."""


socket_attempts: list[str] = []
_real_socket = socket.socket


class GuardedSocket(_real_socket):
    """Stands in for ``socket.socket`` during tests: records the attempt and refuses."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        socket_attempts.append(repr(args))
        raise NetworkUsedError("A socket was opened during a test.")


def subprocess_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """Environment for running ``hj-journal`` in a child process under the network guard."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HJ_")}
    env["PYTHONPATH"] = os.pathsep.join([str(NETGUARD_DIR), str(REPO)])
    env["HJ_JOURNAL_KDF_AT_FLOOR"] = "1"
    env["TMPDIR"] = str(data_dir.parent / "tmp")
    env.update(extra)
    return env


def cli_command(data_dir: Path, *args: str) -> list[str]:
    """The argv for ``hj-journal --data-dir DATA ARGS`` in a child process."""
    return [sys.executable, "-m", "hj_journal", "--data-dir", str(data_dir), *args]


def store_setting_row(vault: Any, key: str, value: Any) -> None:
    """Write one row of the vault's ``settings`` table as it is, past ``VaultSettings``:
    what an older version, a damaged vault or a hand-edited one may have stored."""
    from hj_journal.store.models import Setting

    with vault.transaction() as session:
        session.merge(Setting(key=key, value=value))
