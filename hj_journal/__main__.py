"""``python -m hj_journal`` behaves like the ``hj-journal`` command (hardened the same way)."""

from hj_journal.cli import main

raise SystemExit(main())
