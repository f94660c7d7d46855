"""The desktop app (PySide6). Talks only to :mod:`hj_journal.core`."""
