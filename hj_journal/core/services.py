"""Everything the app can do with one unlocked vault, wired together in one place."""

from __future__ import annotations

from dataclasses import dataclass

from hj_journal.core.attempts import Attempts
from hj_journal.core.care.care_map import CareMap
from hj_journal.core.care.examples import load_example_resources
from hj_journal.core.care.plan_forms import load_plan_forms
from hj_journal.core.care.plans import Plans
from hj_journal.core.care.support_lines import SupportLines
from hj_journal.core.checkin.checkins import CheckIns
from hj_journal.core.checkin.custom_scales import CustomScales
from hj_journal.core.checkin.instruments.scoring import builtin_instruments
from hj_journal.core.checkin.prefs import CheckInSettings
from hj_journal.core.checkin.questionnaires import Questionnaires
from hj_journal.core.checkin.words import CheckInWords
from hj_journal.core.coping.library import load_builtin_strategies
from hj_journal.core.coping.service import Coping
from hj_journal.core.data.services import DataServices
from hj_journal.core.events import Events
from hj_journal.core.insights.service import Insights
from hj_journal.core.journal.attachments import Attachments
from hj_journal.core.journal.drafts import Drafts
from hj_journal.core.journal.entries import Journal
from hj_journal.core.journal.templates import EntryTemplates
from hj_journal.core.prompts.library import load_builtin_packs
from hj_journal.core.prompts.service import Prompts
from hj_journal.core.sessions.goals import CareGoals
from hj_journal.core.sessions.measures import Measures
from hj_journal.core.sessions.practice_home import PracticeHome
from hj_journal.core.sessions.practice_insights import PracticeInsights
from hj_journal.core.sessions.received import ReceivedSummaries
from hj_journal.core.sessions.retention import Retention
from hj_journal.core.sessions.service import Sessions
from hj_journal.core.sessions.sharing import Sharing
from hj_journal.core.settings import VaultSettings
from hj_journal.core.sync.service import Sync
from hj_journal.paths import AppPaths
from hj_journal.store.vault import Vault


@dataclass
class Services:
    """The core services over one unlocked vault.

    ``vault`` is for building services and for tests; the app's screens and the command
    line reach the vault's data through the services, and its name and place through
    ``data.identity``.
    """

    vault: Vault
    events: Events  # what the services below announce when they change something
    journal: Journal
    attachments: Attachments  # photos, recordings and files in entries
    drafts: Drafts
    entry_templates: EntryTemplates  # built-in and own templates for new entries
    checkins: CheckIns
    settings: VaultSettings
    checkin_prefs: CheckInSettings
    checkin_words: CheckInWords
    questionnaires: Questionnaires
    scales: CustomScales
    coping: Coping
    prompts: Prompts
    care: CareMap
    plans: Plans
    insights: Insights
    sessions: Sessions
    goals: CareGoals  # a client's care goals and the sessions that worked on them
    measures: Measures  # a client's change over time across sessions
    practice_home: PracticeHome
    practice_insights: PracticeInsights
    retention: Retention  # how long client records are kept, and deleting them
    sharing: Sharing  # a session's summary as a file and a code, for the client
    received: ReceivedSummaries  # summaries a practitioner shared with you
    support_lines: SupportLines
    attempts: Attempts
    data: DataServices  # backups, import, export, restore, wipe
    sync: Sync  # keeping the vault in step on several devices through a synced folder

    @classmethod
    def for_vault(
        cls, vault: Vault, paths: AppPaths | None = None, language: str | None = None
    ) -> Services:
        """Build the services for an unlocked vault (each one once, shared where needed).

        ``paths`` are the app's folders; without them (tests, tools), those of the data
        folder the vault sits in (every vault lives in its ``vaults/`` folder).
        ``language`` is the one the app speaks (``"es"``...): the shipped strategies,
        prompts, plan forms, examples, support directory, templates and questionnaires
        are read in it where translated, English otherwise (docs/translations.md).
        """
        events = Events()
        settings = VaultSettings(vault, events=events)
        checkins = CheckIns(vault, events=events)
        checkin_prefs = CheckInSettings(settings)
        questionnaires = Questionnaires(
            vault,
            checkin_prefs,
            library=builtin_instruments(language),
            events=events,
            language=language,
        )
        coping = Coping(vault, builtins=lambda: load_builtin_strategies(language), events=events)
        plans = Plans(vault, forms=lambda: load_plan_forms(language), events=events)
        sessions = Sessions(vault, settings, checkins, questionnaires, coping, language=language)
        practice_home = PracticeHome(vault, settings)
        return cls(
            vault=vault,
            events=events,
            journal=Journal(vault, events=events),
            attachments=Attachments(vault, settings, events=events),
            drafts=Drafts(vault),
            entry_templates=EntryTemplates(vault, events=events, language=language),
            checkins=checkins,
            settings=settings,
            checkin_prefs=checkin_prefs,
            checkin_words=CheckInWords(settings),
            questionnaires=questionnaires,
            scales=CustomScales(vault),
            coping=coping,
            prompts=Prompts(vault, settings, builtins=lambda: load_builtin_packs(language)),
            care=CareMap(
                vault, settings, examples=lambda: load_example_resources(language), events=events
            ),
            plans=plans,
            insights=Insights(vault, language=language),
            sessions=sessions,
            goals=CareGoals(vault, events=events),
            measures=Measures(vault, questionnaires),
            practice_home=practice_home,
            practice_insights=PracticeInsights(vault, language=language),
            retention=Retention(vault, settings, events=events),
            sharing=Sharing(sessions, practice_home, lambda: coping.builtin_strategies().keys()),
            received=ReceivedSummaries(vault, settings, plans),
            support_lines=SupportLines(settings, language=language),
            attempts=Attempts(vault),
            data=DataServices(
                vault, paths or AppPaths.under(vault.folder.parent.parent), events=events
            ),
            sync=Sync(vault, events=events),
        )
