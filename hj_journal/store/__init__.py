"""Persistence: the vault's keys, the encrypted SQLCipher database, search and migrations.

Nothing here imports Qt or :mod:`hj_journal.core`.
"""
