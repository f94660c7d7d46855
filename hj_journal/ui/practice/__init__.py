"""The practitioner's own sections in a practice vault: the practice home, insights
across sessions and care resources (Sessions itself lives in :mod:`hj_journal.ui.sessions`)."""
