"""A file being added when the process is killed is either all there or not there at all.

A real child process adds an 8 MiB file. In the first rounds it stops after storing a
given chunk (its progress callback waits for a line on standard input) and is killed
with SIGKILL there; in the later rounds it runs freely and is killed after a random
delay. Each time, every link in the vault points at a whole content (every chunk, the
right size, the right keyed digest), no content or chunk is left without a link, and
the vault verifies.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hj_journal.core.journal.attachments import digest_of, vault_key
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, Vault
from hj_journal.store.models import AttachmentChunk, AttachmentContent, EntryAttachment
from tests.helpers import PASSPHRASE, REPO

pytestmark = pytest.mark.slow

CHILD = """
import sys
from hj_journal.core.services import Services
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.vault import Vault

folder, passphrase, entry, seed, mode, stop_at = sys.argv[1:7]
vault = Vault(folder)
vault.unlock(passphrase, policy=KdfPolicy.fast_for_tests())
services = Services.for_vault(vault)
data = bytes([int(seed)]) * (8 * 1024 * 1024)
print("ready", flush=True)

def progress(done, total):
    if mode == "pause" and done >= int(stop_at) * 1024 * 1024:
        print("stored", done, flush=True)
        sys.stdin.readline()

services.attachments.add(int(entry), data, name="big.wav", progress=progress)
print("finished", flush=True)
vault.lock()
"""


def _check(vault: Vault, policy: KdfPolicy) -> int:
    """Every link whole, nothing left over; returns how many files the entry holds."""
    vault.unlock(PASSPHRASE, policy=policy)
    with vault.session() as session:
        key = vault_key(session)
        links = list(session.scalars(select(EntryAttachment)))
        for link in links:
            content = session.get_one(AttachmentContent, link.content_id)
            chunks = list(
                session.scalars(
                    select(AttachmentChunk.data)
                    .where(AttachmentChunk.content_id == content.id)
                    .order_by(AttachmentChunk.number)
                )
            )
            data = b"".join(chunks)
            assert len(chunks) == content.chunks and len(data) == content.size == link.size
            assert digest_of(key, data) == content.digest
        used = {link.content_id for link in links}
        assert set(session.scalars(select(AttachmentContent.id))) == used
        orphans = session.scalar(
            select(func.count())
            .select_from(AttachmentChunk)
            .where(AttachmentChunk.content_id.not_in(used))
        )
        assert orphans == 0
        session.rollback()
    assert vault.verify().ok
    vault.lock()
    return len(links)


def test_a_kill_while_adding_leaves_nothing_half_saved(
    services: Services, policy: KdfPolicy, tmp_path: Path
) -> None:
    vault = services.vault
    entry = services.journal.create(EntryInput(entry_date=date(2026, 12, 3))).id
    vault.lock()
    rounds = [("pause", n) for n in (1, 4, 8)] + [("free", n) for n in range(4)]
    chance = random.Random(20261203)
    finished = 0
    for seed, (mode, stop_at) in enumerate(rounds, start=1):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(vault.folder), PASSPHRASE, str(entry),
             str(seed), mode, str(stop_at)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, cwd=REPO,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read()  # type: ignore[union-attr]
        if mode == "pause":
            assert child.stdout.readline().startswith("stored")
        else:
            time.sleep(chance.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        held = _check(vault, policy)
        assert held in (finished, finished + 1)
        finished = held
    # Killed inside the transaction while paused: none of those adds were kept.
    assert finished <= len(rounds) - 3
