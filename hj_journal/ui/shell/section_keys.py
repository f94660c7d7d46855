"""The sidebar's sections by name: the one key each section is known by.

Pages ask for another section with :meth:`Hub.request_section
<hj_journal.ui.shell.hub.Hub.request_section>` and a :class:`Section`, never a bare
string; the registry (:mod:`hj_journal.ui.shell.section_registry`) says what each one
shows. The values are stable: they name the pages' objects (``page-journal``) and are
what the sidebar rows carry.
"""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    """A sidebar section (each kind of vault shows its own; see the registry)."""

    TODAY = "today"
    JOURNAL = "journal"
    CHECKIN = "checkin"
    PRACTICE_HOME = "practice_home"
    SESSIONS = "sessions"
    COPING = "coping"
    CARE_RESOURCES = "care_resources"
    INSIGHTS = "insights"
    PRACTICE_INSIGHTS = "practice_insights"
    CARE = "care"
    SETTINGS = "settings"
