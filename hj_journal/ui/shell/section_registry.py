"""The sidebar's sections, in order: what each is called and where its page lives.

The main window builds its sidebar from :data:`SECTIONS`. Each section names the
module and class of its page (``"package.module:Class"``), imported only when the vault
is unlocked. Until that module exists, the section shows a short, kind "coming" panel
— so a later issue adds its page simply by creating the module named here (or by
replacing its entry with a :class:`SectionSpec` of its own).

A personal vault shows the personal journal's sections (Today, Journal, Check-in,
Coping, Insights, Care map & plans, Settings); a practice vault, which keeps clients and
never a personal journal, shows the practitioner's (Practice home, Sessions, Coping,
Care resources, Insights across sessions, Settings). Shortcuts follow the sidebar:
Ctrl+1 is its first row, Ctrl+2 the second, and so on (:func:`visible_sections`).
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.sections import BOTH_KINDS, PERSONAL, PRACTICE, SectionPage, SectionSpec


def translated(text: str) -> str:
    """A section's label or description (marked below) in the user's language."""
    return QCoreApplication.translate("Sections", text)


class LazyPage:
    """A page factory importing ``target`` ("module:Class") on first use.

    Falls back to the "coming" panel only when the module itself does not exist yet;
    any other import problem is a real error and is raised.
    """

    def __init__(self, target: str, label: str, coming: str) -> None:
        self.module, _, self._class_name = target.partition(":")
        self._label = label
        self._coming = coming

    def __call__(self, ctx: UiContext) -> SectionPage:
        """Build the page for ``ctx``."""
        try:
            module = importlib.import_module(self.module)
        except ModuleNotFoundError as missing:
            if missing.name and (
                self.module == missing.name or self.module.startswith(missing.name + ".")
            ):
                from hj_journal.ui.shell.coming import ComingPage

                return ComingPage(ctx, translated(self._label), translated(self._coming))
            raise
        page_class = getattr(module, self._class_name)  # the class the registry names
        page: SectionPage = page_class(ctx)
        return page


def lazy_page(target: str, label: str, coming: str) -> LazyPage:
    """A factory importing ``target`` ("module:Class") on first use (see :class:`LazyPage`)."""
    return LazyPage(target, label, coming)


def _spec(
    key: Section,
    label: object,
    icon: str,
    target: str,
    coming: object,
    vaults: frozenset[str],
) -> SectionSpec:
    # QT_TRANSLATE_NOOP hands back the text itself; PySide6's stubs call it an object.
    name, words = str(label), str(coming)
    return SectionSpec(
        key=key, label=name, icon=icon, factory=lazy_page(target, name, words), vaults=vaults
    )


ONLY_PERSONAL = frozenset({PERSONAL})
ONLY_PRACTICE = frozenset({PRACTICE})


# One list for both kinds of vault, in sidebar order; each vault shows its own rows.
SECTIONS: list[SectionSpec] = [
    _spec(
        Section.TODAY,
        QT_TRANSLATE_NOOP("Sections", "Today"),
        "today",
        "hj_journal.ui.today.page:TodayPage",
        QT_TRANSLATE_NOOP("Sections", "A gentle start: how you are arriving, a prompt, a draft."),
        ONLY_PERSONAL,
    ),
    _spec(
        Section.JOURNAL,
        QT_TRANSLATE_NOOP("Sections", "Journal"),
        "journal",
        "hj_journal.ui.journal.page:JournalPage",
        QT_TRANSLATE_NOOP("Sections", "Your entries, a calendar, tags and search."),
        ONLY_PERSONAL,
    ),
    _spec(
        Section.CHECKIN,
        QT_TRANSLATE_NOOP("Sections", "Check-in"),
        "checkin",
        "hj_journal.ui.checkin.page:CheckInPage",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Short check-ins on how you are, and questionnaires you can take when you "
            "choose to. Every question will be skippable.",
        ),
        ONLY_PERSONAL,
    ),
    _spec(
        Section.PRACTICE_HOME,
        QT_TRANSLATE_NOOP("Sections", "Practice home"),
        "today",
        "hj_journal.ui.practice.page:PracticeHomePage",
        QT_TRANSLATE_NOOP(
            "Sections", "Today's sessions, recent ones, and clients who need a summary."
        ),
        ONLY_PRACTICE,
    ),
    _spec(
        Section.SESSIONS,
        QT_TRANSLATE_NOOP("Sections", "Sessions"),
        "sessions",
        "hj_journal.ui.sessions.page:SessionsPage",
        QT_TRANSLATE_NOOP(
            "Sections", "One-on-one sessions with the people you support, under pseudonyms."
        ),
        ONLY_PRACTICE,
    ),
    _spec(
        Section.COPING,
        QT_TRANSLATE_NOOP("Sections", "Coping"),
        "coping",
        "hj_journal.ui.coping.page:CopingPage",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Breathing, grounding and other practices to follow step by step, including "
            "your own. Until then, Pause at the top of the window offers a short grounding "
            "exercise.",
        ),
        BOTH_KINDS,
    ),
    _spec(
        Section.CARE_RESOURCES,
        QT_TRANSLATE_NOOP("Sections", "Care resources"),
        "care",
        "hj_journal.ui.practice.resources:CareResourcesPage",
        QT_TRANSLATE_NOOP(
            "Sections", "Crisis lines, warm lines and places you may share with your clients."
        ),
        ONLY_PRACTICE,
    ),
    _spec(
        Section.INSIGHTS,
        QT_TRANSLATE_NOOP("Sections", "Insights"),
        "insights",
        "hj_journal.ui.insights.page:InsightsPage",
        QT_TRANSLATE_NOOP(
            "Sections", "What seems to help you, in your own history, shown only when you ask."
        ),
        ONLY_PERSONAL,
    ),
    _spec(
        Section.PRACTICE_INSIGHTS,
        # Its page is headed "Insights across sessions"; the sidebar keeps the short
        # name (a practice vault has no other insights), so it stays narrow at 200 %.
        QT_TRANSLATE_NOOP("Sections", "Insights"),
        "insights",
        "hj_journal.ui.practice.insights:PracticeInsightsPage",
        QT_TRANSLATE_NOOP(
            "Sections", "How many sessions there were, and what practices in them showed."
        ),
        ONLY_PRACTICE,
    ),
    _spec(
        Section.CARE,
        QT_TRANSLATE_NOOP("Sections", "Care map & plans"),
        "care",
        "hj_journal.ui.care.page:CarePage",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Your community care map, your own support resources, and your self-care, "
            "safety and repair plans.",
        ),
        ONLY_PERSONAL,
    ),
    _spec(
        Section.SETTINGS,
        QT_TRANSLATE_NOOP("Sections", "Settings"),
        "settings",
        "hj_journal.ui.settings.page:SettingsPage",
        QT_TRANSLATE_NOOP("Sections", "Appearance, privacy and your vaults."),
        BOTH_KINDS,
    ),
]


def warm_up(specs: Sequence[SectionSpec], *, first_pages_only: bool = False) -> None:
    """Import the core services and the page modules ahead of time (off the GUI thread).

    Called while the lock screen waits for a passphrase, so that unlocking does not
    pay for imports, with ``first_pages_only``: the main window and the page each kind of
    vault opens on. The other pages' modules (some 20 MiB) are imported once the unlocked
    window is painted; held during key derivation they would add to its memory peak
    (Argon2id's 128 MiB on top of everything loaded). Only importing happens here: no
    widget is made.
    """
    importlib.import_module("hj_journal.core.services")
    importlib.import_module("hj_journal.ui.shell.main_window")
    first = {kind: next((s for s in specs if kind in s.vaults), None) for kind in BOTH_KINDS}
    for spec in specs:
        if not isinstance(spec.factory, LazyPage):
            continue
        if first_pages_only and spec not in first.values():
            continue
        try:
            importlib.import_module(spec.factory.module)
        except ImportError:
            # A page still being built; the section shows its "coming" panel, and any
            # other import problem is raised again when the page is really built.
            continue


def visible_sections(specs: Sequence[SectionSpec], practice_vault: bool) -> list[SectionSpec]:
    """The sections this kind of vault shows, each with Ctrl+<its row> (up to Ctrl+9)."""
    kind = PRACTICE if practice_vault else PERSONAL
    shown = [spec for spec in specs if kind in spec.vaults]
    return [
        dataclasses.replace(spec, shortcut=f"Ctrl+{row}" if row <= 9 else None)
        for row, spec in enumerate(shown, start=1)
    ]
