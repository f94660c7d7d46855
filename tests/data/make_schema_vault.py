"""Make the sample vault kept for the newest schema revision (run once per release).

    python tests/data/make_schema_vault.py

writes ``tests/data/vaults/<revision>/`` with a row in the main tables. The test suite
opens every kept vault with the current app to prove old vaults always open and migrate.
The passphrase is in ``tests/store/test_migrate.py``; the KDF costs are tiny on purpose.
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hj_journal.store import migrate
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.models import CheckIn, Entry, EntryTag, Setting
from hj_journal.store.vault import Vault

PASSPHRASE = "sample vault passphrase"


def main() -> None:
    revision = migrate.head_revision()
    folder = Path(__file__).resolve().parent / "vaults" / revision
    if folder.exists():
        shutil.rmtree(folder)
    vault, recovery_key = Vault.create(
        folder, PASSPHRASE, label="Sample", policy=KdfPolicy.fast_for_tests()
    )
    with vault.transaction() as session:
        entry = Entry(entry_date=date(2026, 1, 2), title="Sample entry", body="Sample *body*.")
        entry.tags = [EntryTag(name="sample")]
        session.add(entry)
        session.add(CheckIn(distress=4, note="sample note", emotions=["calm"]))
        session.add(Setting(key="vault.kind", value="personal"))
    vault.lock()
    (folder / "RECOVERY_KEY.txt").write_text(recovery_key + "\n")
    print(f"wrote {folder}")


if __name__ == "__main__":
    main()
