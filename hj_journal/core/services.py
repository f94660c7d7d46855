"""Everything the app can do with one unlocked vault, wired together in one place.

Each service is built the first time it is asked for, and once: a command such as
``hj-journal list`` needs the journal only, and building (and importing) the care map,
the coping library or the backups would keep it waiting for nothing.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from hj_journal.core.events import Events
from hj_journal.paths import AppPaths

if TYPE_CHECKING:
    from hj_journal.core.attempts import Attempts
    from hj_journal.core.care.care_map import CareMap
    from hj_journal.core.care.plans import Plans
    from hj_journal.core.care.support_lines import SupportLines
    from hj_journal.core.checkin.checkins import CheckIns
    from hj_journal.core.checkin.custom_scales import CustomScales
    from hj_journal.core.checkin.prefs import CheckInSettings
    from hj_journal.core.checkin.questionnaires import Questionnaires
    from hj_journal.core.checkin.words import CheckInWords
    from hj_journal.core.coping.service import Coping
    from hj_journal.core.data.services import DataServices
    from hj_journal.core.insights.service import Insights
    from hj_journal.core.journal.attachments import Attachments
    from hj_journal.core.journal.drafts import Drafts
    from hj_journal.core.journal.entries import Journal
    from hj_journal.core.journal.templates import EntryTemplates
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
    from hj_journal.store.vault import Vault

T = TypeVar("T")

# What opening a vault and reading its journal loads first (about a quarter of a second):
# the third-party database layer and the models, none of which imports the code that
# unlocks (key file, key derivation, locks), so the two threads never wait on each
# other's imports in a circle.
_DATABASE_LAYER = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "sqlcipher3.dbapi2",
    "snowballstemmer",
    "hj_journal.store.models",
)


def load_in_background() -> threading.Thread:
    """Start loading the database layer in a thread; join it once the vault is open.

    Unlocking spends most of a second deriving the key in C code that lets other
    threads run, so a command that unlocks (and has not loaded these yet) loads them
    meanwhile on another core instead of after. A module that fails to load here fails
    again, and is reported, where the vault is opened.
    """

    def load() -> None:
        for name in _DATABASE_LAYER:
            try:
                importlib.import_module(name)
            except ImportError:
                return  # said where opening the vault imports it

    thread = threading.Thread(target=load, name="load-database-layer", daemon=True)
    thread.start()
    return thread


class _Part(Generic[T]):
    """A service built on first use, once per :class:`Services`.

    Built under the instance's lock, so two threads asking at once get the same object;
    the lock is re-entrant because building one part may ask for another (sessions need
    the check-ins). Once built, the part sits in the instance's ``__dict__`` and is read
    from there like any attribute.
    """

    def __init__(self, build: Callable[[Services], T]) -> None:
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> _Part[T]: ...
    @overload
    def __get__(self, instance: Services, owner: type) -> T: ...
    def __get__(self, instance: Services | None, owner: type) -> _Part[T] | T:
        if instance is None:
            return self
        with instance._lock:
            found = instance.__dict__.get(self._name, _MISSING)
            if found is _MISSING:
                found = instance.__dict__[self._name] = self._build(instance)
        part: T = found
        return part


_MISSING: Any = object()


class Services:
    """The core services over one unlocked vault.

    ``vault`` is for building services and for tests; the app's screens and the command
    line reach the vault's data through the services, and its name and place through
    ``data.identity``.
    """

    def __init__(self, vault: Vault, paths: AppPaths, language: str | None) -> None:
        self.vault = vault
        self.events = Events()  # what the services announce when they change something
        self.paths = paths
        self.language = language
        self._lock = threading.RLock()

    @classmethod
    def for_vault(
        cls, vault: Vault, paths: AppPaths | None = None, language: str | None = None
    ) -> Services:
        """The services for an unlocked vault (each built once, when first used).

        ``paths`` are the app's folders; without them (tests, tools), those of the data
        folder the vault sits in (every vault lives in its ``vaults/`` folder).
        ``language`` is the one the app speaks (``"es"``...): the shipped strategies,
        prompts, plan forms, examples, support directory, templates and questionnaires
        are read in it where translated, English otherwise (docs/translations.md).
        """
        return cls(vault, paths or AppPaths.under(vault.folder.parent.parent), language)

    # ------------------------------------------------------------------ the journal

    @_Part
    def journal(self) -> Journal:
        from hj_journal.core.journal.entries import Journal

        return Journal(self.vault, events=self.events)

    @_Part
    def attachments(self) -> Attachments:
        """Photos, recordings and files in entries."""
        from hj_journal.core.journal.attachments import Attachments

        return Attachments(self.vault, self.settings, events=self.events)

    @_Part
    def drafts(self) -> Drafts:
        from hj_journal.core.journal.drafts import Drafts

        return Drafts(self.vault)

    @_Part
    def entry_templates(self) -> EntryTemplates:
        """Built-in and own templates for new entries."""
        from hj_journal.core.journal.templates import EntryTemplates

        return EntryTemplates(self.vault, events=self.events, language=self.language)

    @_Part
    def settings(self) -> VaultSettings:
        from hj_journal.core.settings import VaultSettings

        return VaultSettings(self.vault, events=self.events)

    # ------------------------------------------------------------------ check-ins

    @_Part
    def checkins(self) -> CheckIns:
        from hj_journal.core.checkin.checkins import CheckIns

        return CheckIns(self.vault, events=self.events)

    @_Part
    def checkin_prefs(self) -> CheckInSettings:
        from hj_journal.core.checkin.prefs import CheckInSettings

        return CheckInSettings(self.settings)

    @_Part
    def checkin_words(self) -> CheckInWords:
        from hj_journal.core.checkin.words import CheckInWords

        return CheckInWords(self.settings)

    @_Part
    def questionnaires(self) -> Questionnaires:
        from hj_journal.core.checkin.instruments.scoring import builtin_instruments
        from hj_journal.core.checkin.questionnaires import Questionnaires

        return Questionnaires(
            self.vault,
            self.checkin_prefs,
            library=builtin_instruments(self.language),
            events=self.events,
            language=self.language,
        )

    @_Part
    def scales(self) -> CustomScales:
        from hj_journal.core.checkin.custom_scales import CustomScales

        return CustomScales(self.vault)

    # ------------------------------------------------------------------ care and coping

    @_Part
    def coping(self) -> Coping:
        from hj_journal.core.coping.library import load_builtin_strategies
        from hj_journal.core.coping.service import Coping

        language = self.language
        return Coping(
            self.vault, builtins=lambda: load_builtin_strategies(language), events=self.events
        )

    @_Part
    def prompts(self) -> Prompts:
        from hj_journal.core.prompts.library import load_builtin_packs
        from hj_journal.core.prompts.service import Prompts

        language = self.language
        return Prompts(self.vault, self.settings, builtins=lambda: load_builtin_packs(language))

    @_Part
    def care(self) -> CareMap:
        from hj_journal.core.care.care_map import CareMap
        from hj_journal.core.care.examples import load_example_resources

        language = self.language
        return CareMap(
            self.vault,
            self.settings,
            examples=lambda: load_example_resources(language),
            events=self.events,
        )

    @_Part
    def plans(self) -> Plans:
        from hj_journal.core.care.plan_forms import load_plan_forms
        from hj_journal.core.care.plans import Plans

        language = self.language
        return Plans(self.vault, forms=lambda: load_plan_forms(language), events=self.events)

    @_Part
    def support_lines(self) -> SupportLines:
        from hj_journal.core.care.support_lines import SupportLines

        return SupportLines(self.settings, language=self.language)

    @_Part
    def insights(self) -> Insights:
        from hj_journal.core.insights.service import Insights

        return Insights(self.vault, language=self.language)

    # ------------------------------------------------------------------ a practice vault

    @_Part
    def sessions(self) -> Sessions:
        from hj_journal.core.sessions.service import Sessions

        return Sessions(
            self.vault,
            self.settings,
            self.checkins,
            self.questionnaires,
            self.coping,
            language=self.language,
        )

    @_Part
    def goals(self) -> CareGoals:
        """A client's care goals and the sessions that worked on them."""
        from hj_journal.core.sessions.goals import CareGoals

        return CareGoals(self.vault, events=self.events)

    @_Part
    def measures(self) -> Measures:
        """A client's change over time across sessions."""
        from hj_journal.core.sessions.measures import Measures

        return Measures(self.vault, self.questionnaires)

    @_Part
    def practice_home(self) -> PracticeHome:
        from hj_journal.core.sessions.practice_home import PracticeHome

        return PracticeHome(self.vault, self.settings)

    @_Part
    def practice_insights(self) -> PracticeInsights:
        from hj_journal.core.sessions.practice_insights import PracticeInsights

        return PracticeInsights(self.vault, language=self.language)

    @_Part
    def retention(self) -> Retention:
        """How long client records are kept, and deleting them."""
        from hj_journal.core.sessions.retention import Retention

        return Retention(self.vault, self.settings, events=self.events)

    @_Part
    def sharing(self) -> Sharing:
        """A session's summary as a file and a code, for the client."""
        from hj_journal.core.sessions.sharing import Sharing

        coping = self.coping
        return Sharing(
            self.sessions, self.practice_home, lambda: coping.builtin_strategies().keys()
        )

    @_Part
    def received(self) -> ReceivedSummaries:
        """Summaries a practitioner shared with you."""
        from hj_journal.core.sessions.received import ReceivedSummaries

        return ReceivedSummaries(self.vault, self.settings, self.plans)

    # ------------------------------------------------------------------ the vault itself

    @_Part
    def attempts(self) -> Attempts:
        from hj_journal.core.attempts import Attempts

        return Attempts(self.vault)

    @_Part
    def data(self) -> DataServices:
        """Backups, import, export, restore, wipe."""
        from hj_journal.core.data.services import DataServices

        return DataServices(self.vault, self.paths, events=self.events)

    @_Part
    def sync(self) -> Sync:
        """Keeping the vault in step on several devices through a synced folder."""
        from hj_journal.core.sync.service import Sync

        return Sync(self.vault, events=self.events)
