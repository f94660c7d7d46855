"""Two key derivations at once (two windows unlocking, a backup check beside an unlock)
both finish. With this build of cryptography and OpenSSL, two Argon2id derivations with
several lanes running at the same moment in one process never returned, so the store
runs them one after another."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, threading
sys.path.insert(0, {repo!r})
from hj_journal.store.kdf import Argon2Params, derive_key
params = Argon2Params(8 * 1024, 3, 4)
done = []
def work(n):
    for _ in range(5):
        derive_key("passphrase", bytes(16), params)
    done.append(n)
threads = [threading.Thread(target=work, args=(n,), daemon=True) for n in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(15)
print("finished", len(done))
"""


def test_two_derivations_at_once_both_finish() -> None:
    # In a child process: a hang there cannot take the test run with it.
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(repo=str(REPO))],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.stdout.strip() == "finished 2", done.stderr
