"""The store's attachment helpers: one key per vault, keyed digests, chunks, clean-up."""

from __future__ import annotations

from datetime import date

from hj_journal.store.attachments import (
    CHUNK_BYTES,
    content_chunks,
    digest_of,
    link_content,
    remove_unused_contents,
    store_content,
    vault_key,
)
from hj_journal.store.models import Entry
from hj_journal.store.vault import Vault


def test_store_once_read_in_chunks_and_clean_up(vault: Vault) -> None:
    data = b"x" * (CHUNK_BYTES + 5)
    with vault.transaction() as session:
        entry = Entry(entry_date=date(2026, 12, 3))
        session.add(entry)
        session.flush()
        key = vault_key(session)
        assert vault_key(session) == key and len(key) == 32
        content, already = store_content(session, data)
        assert not already and store_content(session, data) == (content, True)
        assert [len(c) for c in content_chunks(session, content)] == [CHUNK_BYTES, 5]
        assert digest_of(key, data) != digest_of(b"\x00" * 32, data)
        link = link_content(session, entry.id, content, name="a/b.bin", media_type="x", size=1)
        assert link.name == "b.bin" and link.position == 0
        assert remove_unused_contents(session) == 0
        session.delete(link)
        session.flush()
        assert remove_unused_contents(session) == 1
