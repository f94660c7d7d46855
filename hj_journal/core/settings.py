"""Preferences stored inside the vault (encrypted with everything else).

App-wide, non-personal settings such as the theme live in a plain settings file that
the UI owns (:mod:`hj_journal.ui.platform.app_settings`); anything that says something
about the person lives here.

Every vault setting is declared once, as a :class:`Setting` on :class:`VaultSettings`:
its key in the ``settings`` table, its type, its default, and how a stored value is
read back. A service holds the vault's ``VaultSettings`` and reads or assigns the
attribute (``settings.checkin_layout = Layout.SINGLE_PAGE``); nothing else in the app
reads or writes a ``settings`` row or names a key. A stored value that does not read
(a damaged row, or one from a version that stored something else) reads as the default;
a value that would not read back is refused before it is written.

The keys never change, so a vault written by an older version reads the same values.
One key belongs to the store instead: ``vault.label`` (:mod:`hj_journal.store.registry`),
the label an unlisted vault keeps inside itself, read while the vault is being opened.
See docs/architecture.md (Settings).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, TypeVar, overload

from sqlalchemy.orm import Session

from hj_journal.core.common.principles import Principle
from hj_journal.core.events import Events, SettingChanged
from hj_journal.store.models import Setting as SettingRow
from hj_journal.store.vault import Vault

T = TypeVar("T")

MAX_REVISIT_MONTHS = 24
"""The longest gap between care map revisit reminders."""

DEFAULT_DAILY = 7
"""Backups kept from the last days, unless the person chose another number."""
DEFAULT_WEEKLY = 4
"""Backups kept from the weeks before those days, unless the person chose otherwise."""
MAX_KEPT_BACKUPS = 1000
"""The most daily (or weekly) backups rotation is asked to keep."""
DEFAULT_RETENTION_YEARS = 7
"""Years a practice keeps a client's record after the last session, unless it chose
otherwise: what the APA's Record Keeping Guidelines suggest for adults where no law asks
for more (see hj_journal.core.sessions.retention)."""
MAX_RETENTION_YEARS = 100
"""The longest a retention rule may name."""
DEFAULT_ATTACHMENT_MB = 100
"""The largest file (in MB, 1,000,000 bytes) an entry takes, unless the person chose another."""
MAX_ATTACHMENT_MB = 2000
"""The largest per-file limit that can be chosen."""


# ---------------------------------------------------------------------- the choices


class VaultKind(StrEnum):
    """A personal journal, or a practitioner's vault of clients and sessions."""

    PERSONAL = "personal"
    PRACTICE = "practice"


class AskArriving(StrEnum):
    """How often Today asks "How are you arriving?" (:mod:`hj_journal.core.checkin.arriving`)."""

    EVERY_TIME = "every_time"
    FEW_HOURS = "few_hours"  # at most once in a few hours (the default)
    ONCE_A_DAY = "once_a_day"  # at most once on each calendar day
    NEVER = "never"


class Layout(StrEnum):
    """How a questionnaire is laid out."""

    ONE_PER_SCREEN = "one_per_screen"
    SINGLE_PAGE = "single_page"


@dataclass(frozen=True)
class PromptStep:
    """How many times "another prompt" was asked for on ``day``."""

    day: date
    step: int


# ---------------------------------------------------------------------- one declaration


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One vault setting: its key, its default and how it is stored.

    ``parse`` turns a stored JSON value into ``T`` and raises ``ValueError`` or
    ``TypeError`` for one it does not accept; ``dump`` turns ``T`` into JSON. On
    :class:`VaultSettings` a ``Setting`` is an attribute that reads and writes the row.
    """

    key: str
    default: T
    parse: Callable[[Any], T]
    dump: Callable[[T], Any]
    about: str = ""

    def read(self, stored: Any) -> T:
        """The value a stored row holds, or the default if it does not read."""
        try:
            return self.parse(stored)
        except (TypeError, ValueError):
            return self.default

    def stored(self, value: T) -> Any:
        """``value`` as it is kept; ``ValueError`` if it would not read back."""
        raw = self.dump(value)
        try:
            self.parse(raw)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{value!r} is not a value of the setting {self.key}") from error
        return raw

    @overload
    def __get__(self, owner: None, cls: type[VaultSettings]) -> Setting[T]: ...

    @overload
    def __get__(self, owner: VaultSettings, cls: type[VaultSettings]) -> T: ...

    def __get__(self, owner: VaultSettings | None, cls: type[VaultSettings]) -> Setting[T] | T:
        return self if owner is None else owner.read(self)

    def __set__(self, owner: VaultSettings, value: T) -> None:
        owner.write(self, value)


@dataclass(frozen=True)
class SettingFamily(Generic[T]):
    """Settings of one shape, one for each of something (``prompts.pack.<pack uuid>``)."""

    prefix: str
    default: T
    parse: Callable[[Any], T]
    dump: Callable[[T], Any]
    about: str = ""

    def of(self, name: str) -> Setting[T]:
        """The setting kept for ``name``."""
        return Setting(f"{self.prefix}{name}", self.default, self.parse, self.dump, self.about)


# ---------------------------------------------------------------------- reading stored values


def _same(value: T) -> T:
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(value)
    return value


def _whole(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(value)
    return value


def _optional_text(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(value)
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(value)
    return value


def _text_set(value: Any) -> frozenset[str]:
    return frozenset(v for v in _list(value) if isinstance(v, str) and v)


def _sorted(value: frozenset[str]) -> list[str]:
    return sorted(value)


def _words(value: Any) -> tuple[str, ...]:
    return tuple(w for w in _list(value) if isinstance(w, str) and w.strip())


def _principles(value: Any) -> tuple[Principle, ...]:
    wanted = {v for v in _list(value) if isinstance(v, str)}
    return tuple(p for p in Principle if p.value in wanted)


def _principle_names(value: tuple[Principle, ...]) -> list[str]:
    return [p.value for p in Principle if p in value]


def _moment(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(_text(value))


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(_text(value))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _threshold(value: Any) -> int | None:
    return None if value is None else _whole(value, 0, 10)


def _months(value: Any) -> int:
    return _whole(value, 0, MAX_REVISIT_MONTHS)


def _retention_years(value: Any) -> int | None:
    # None is "keep until I delete"; 0 is no rule a practice can choose.
    return None if value is None else _whole(value, 1, MAX_RETENTION_YEARS)


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _prompt_step(value: Any) -> PromptStep | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError(value)
    return PromptStep(
        day=date.fromisoformat(_text(value.get("day"))),
        step=_whole(value.get("step"), 0, 2**31),
    )


def _prompt_step_json(value: PromptStep | None) -> dict[str, Any] | None:
    return None if value is None else {"day": value.day.isoformat(), "step": value.step}


def _kept(value: Any) -> int:
    # Numbers beyond the range are held to it rather than dropped, as they always were.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(value)
    return max(0, min(value, MAX_KEPT_BACKUPS))


def _folder(value: Any) -> Path | None:
    text = _optional_text(value)
    return Path(text) if text else None


def _folder_text(value: Path | None) -> str | None:
    return None if value is None else str(value)


def _folders(value: Any) -> tuple[Path, ...]:
    return tuple(Path(v) for v in _list(value) if isinstance(v, str) and v)


def _folder_texts(value: tuple[Path, ...]) -> list[str]:
    return [str(p) for p in value]


def _json_object(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(value)
    return value


def _json_object_copy(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


def _flag(key: str, default: bool, about: str) -> Setting[bool]:
    return Setting(key, default, _boolean, _same, about)


def _text_set_setting(key: str, about: str) -> Setting[frozenset[str]]:
    return Setting(key, frozenset(), _text_set, _sorted, about)


def _words_setting(key: str, about: str) -> Setting[tuple[str, ...]]:
    return Setting(key, (), _words, list, about)


# ---------------------------------------------------------------------- the settings


class VaultSettings:
    """The vault's settings, each declared once below; read and assign the attributes."""

    vault_kind = Setting[VaultKind](
        "vault.kind", VaultKind.PERSONAL, VaultKind, _same, "set once, when the vault is made"
    )
    # Today (hj_journal.core.prompts, hj_journal.core.checkin.arriving).
    prompt_principles = Setting[tuple[Principle, ...]](
        "prompts.principles",
        tuple(Principle),
        _principles,
        _principle_names,
        "the principles Today's prompt draws from",
    )
    prompt_content_notes = _flag(
        "prompts.content_notes", True, "Today may offer prompts that carry a content note"
    )
    another_prompt = Setting[PromptStep | None](
        "prompts.another", None, _prompt_step, _prompt_step_json, "today's 'another prompt'"
    )
    pack_details = SettingFamily[Mapping[str, Any]](
        "prompts.pack.",
        MappingProxyType({}),
        _json_object,
        _json_object_copy,
        "an imported pack's details with no column (hj_journal.core.prompts.store.PackExtras)",
    )
    on_this_day = _flag("today.on_this_day", False, "Today shows entries from this day")
    arriving_ask = Setting[AskArriving](
        "today.arriving_ask", AskArriving.FEW_HOURS, AskArriving, _same, "how often to ask"
    )
    arriving_last = Setting[datetime | None](
        "today.arriving_last", None, _moment, _iso, "when it was last answered or skipped"
    )
    # Check-ins and questionnaires (hj_journal.core.checkin.prefs and .words).
    hidden_instruments = _text_set_setting(
        "checkin.hidden_instruments", "questionnaires hidden from the list"
    )
    phq8_mode = _flag("checkin.phq8_mode", False, "PHQ-9 asked without item 9")
    checkin_layout = Setting[Layout](
        "checkin.layout", Layout.ONE_PER_SCREEN, Layout, _same, "one question per screen or all"
    )
    support_threshold = Setting[int | None](
        "checkin.support_threshold",
        None,
        _threshold,
        _same,
        "offer the support panel at this distress (0-10); None: never",
    )
    content_notes_off = _text_set_setting(
        "checkin.content_notes_off", "content-note categories not asked (e.g. self_harm)"
    )
    own_emotions = _words_setting("checkin.words.emotions", "the person's own feeling words")
    own_body_sensations = _words_setting("checkin.words.body_sensations", "own body words")
    own_context_tags = _words_setting("checkin.words.context_tags", "own words for what's around")
    # Care (hj_journal.core.care).
    revisit_months = Setting[int](
        "care.revisit_months",
        0,
        _months,
        _same,
        "months between care map revisit reminders; 0: off",
    )
    revisited_on = Setting[date | None](
        "care.revisited_on", None, _day, _iso, "when the care map was revisited"
    )
    support_country = Setting[str | None](
        "support.country", None, _optional_text, _same, "support directory country ('GB')"
    )
    # A practice vault (hj_journal.core.sessions).
    summaries_saved = _text_set_setting(
        "sessions.summaries_saved", "sessions whose summary was saved (uuids)"
    )
    retention_years = Setting[int | None](
        "sessions.retention_years",
        DEFAULT_RETENTION_YEARS,
        _retention_years,
        _same,
        "years a client's record is kept after the last session; None: until deleted",
    )
    # Backups (hj_journal.core.data.backup): automatic on unlock and lock when something
    # changed; the folder None is the app's data folder, else one the person picked.
    backup_auto = _flag("backup.auto", True, "automatic backups")
    backup_keep_daily = Setting[int](
        "backup.keep_daily", DEFAULT_DAILY, _kept, _same, "days of backups kept"
    )
    backup_keep_weekly = Setting[int](
        "backup.keep_weekly", DEFAULT_WEEKLY, _kept, _same, "weeks of backups kept"
    )
    backup_folder = Setting[Path | None](
        "backup.folder", None, _folder, _folder_text, "where automatic backups go"
    )
    backup_other_folders = Setting[tuple[Path, ...]](
        "backup.other_folders",
        (),
        _folders,
        _folder_texts,
        "other folders backups were written to (wiped with the vault)",
    )
    # Photos and files in entries (hj_journal.core.journal.attachments).
    attachment_limit_mb = Setting[int](
        "attachments.limit_mb",
        DEFAULT_ATTACHMENT_MB,
        lambda value: _whole(value, 1, MAX_ATTACHMENT_MB),
        _same,
        "the largest file an entry takes, in MB",
    )
    attachment_keep_metadata = _flag(
        "attachments.keep_metadata", False, "keep photos' location and camera details"
    )

    def __init__(self, vault: Vault, *, events: Events | None = None) -> None:
        self._vault = vault
        self._events = events if events is not None else Events()

    @classmethod
    def declared(cls) -> tuple[Setting[Any], ...]:
        """Every setting declared above (families not included), in order."""
        return tuple(value for value in vars(cls).values() if isinstance(value, Setting))

    @property
    def is_practice_vault(self) -> bool:
        """True for a practitioner's vault (clients and sessions)."""
        return self.vault_kind is VaultKind.PRACTICE

    # ------------------------------------------------------------------ reading and writing

    def read(self, setting: Setting[T], *, session: Session | None = None) -> T:
        """The value of ``setting`` (its default when it was never stored or does not read).

        With ``session``, read inside that open session (a service's own transaction).
        """
        with self._session(session, write=False) as current:
            row = current.get(SettingRow, setting.key)
            return setting.default if row is None else setting.read(row.value)

    def write(self, setting: Setting[T], value: T, *, session: Session | None = None) -> None:
        """Keep ``value`` for ``setting``; ``ValueError`` if it is not one of its values.

        With ``session``, write inside that transaction and leave announcing the change to
        the service that owns it; otherwise the change is committed and announced.
        """
        stored = setting.stored(value)
        with self._session(session, write=True) as current:
            row = current.get(SettingRow, setting.key)
            if row is None:
                current.add(SettingRow(key=setting.key, value=stored))
            else:
                row.value = stored
        if session is None:
            self._events.emit(SettingChanged(setting.key))

    def forget(self, setting: Setting[Any], *, session: Session | None = None) -> None:
        """Remove ``setting``'s row, so it reads as its default again."""
        with self._session(session, write=True) as current:
            row = current.get(SettingRow, setting.key)
            if row is not None:
                current.delete(row)
        if session is None:
            self._events.emit(SettingChanged(setting.key))

    @contextmanager
    def _session(self, session: Session | None, *, write: bool) -> Iterator[Session]:
        if session is not None:
            yield session
        elif write:
            with self._vault.transaction() as current:
                yield current
        else:
            with self._vault.session() as current:
                yield current
