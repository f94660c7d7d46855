"""How prompts and packs look to the rest of the app, and how own ones are stored.

Kept apart from :mod:`hj_journal.core.prompts.service` so the service reads as behaviour.
The ``Prompt`` and ``PromptPack`` tables have no columns for a pack's version,
language and "guided" flag, nor for a prompt's section and "daily" flag; those few
details of an imported pack are kept in one vault setting per pack
(``VaultSettings.pack_details``, ``prompts.pack.<pack uuid>``), written in the same
transaction as the pack, so a pack exported again says the same as the file that was
imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from hj_journal.core.common.principles import Principle
from hj_journal.core.prompts import library as lib
from hj_journal.core.settings import Setting, VaultSettings
from hj_journal.store.models import Prompt, PromptPack

OWN_PREFIX = "own:"


def own_key(pack_key: str, prompt_id: str) -> str:
    """The key of an own prompt: never a valid built-in id, because of the colons."""
    return f"{OWN_PREFIX}{pack_key}:{prompt_id}"


def prompt_id_of(key: str) -> str:
    """The prompt id inside a key (the key itself for built-in prompts)."""
    return key.rsplit(":", 1)[-1]


@dataclass(frozen=True)
class PromptView:
    """One prompt as the app shows it."""

    key: str
    text: str
    principle: Principle
    pack_key: str
    pack_name: str
    builtin: bool
    hidden: bool = False
    follow_ups: tuple[str, ...] = ()
    content_note: str | None = None
    daily: bool = True
    section: str | None = None

    def as_library_prompt(self, *, export: bool = False) -> lib.Prompt:
        """The prompt in the library's own form (id = key, or the file id to export)."""
        return lib.Prompt(
            id=prompt_id_of(self.key) if export else self.key,
            pack_id=self.pack_key,
            principle=self.principle,
            text=self.text,
            follow_ups=self.follow_ups,
            content_note=self.content_note,
            section=self.section,
            daily=self.daily,
        )


@dataclass(frozen=True)
class PackView:
    """A pack as the app shows it."""

    key: str
    name: str
    builtin: bool
    prompt_count: int
    description: str = ""
    author: str = ""
    version: str = ""
    language: str = ""
    guided: bool = False

    def as_library_pack(self, prompts: tuple[lib.Prompt, ...]) -> lib.PromptPack:
        """The pack in the library's own form, holding ``prompts``."""
        return lib.PromptPack(
            id=self.key,
            name=self.name,
            prompts=prompts,
            description=self.description,
            author=self.author,
            version=self.version,
            language=self.language,
            guided=self.guided,
        )


@dataclass(frozen=True)
class PackExtras:
    """The details of an own pack that have no column: see the module notes."""

    version: str = ""
    language: str = ""
    guided: bool = False
    sections: dict[str, str] = field(default_factory=dict)  # prompt id → section
    not_daily: frozenset[str] = frozenset()  # prompt ids kept out of Today

    @staticmethod
    def setting(pack: PromptPack) -> Setting[Mapping[str, Any]]:
        """The vault setting that holds a pack's extras."""
        return VaultSettings.pack_details.of(pack.uuid)

    @classmethod
    def from_pack(cls, pack: lib.PromptPack) -> PackExtras:
        """The extras of a pack read from a file."""
        return cls(
            version=pack.version,
            language=pack.language,
            guided=pack.guided,
            sections={p.id: p.section for p in pack.prompts if p.section},
            not_daily=frozenset(p.id for p in pack.prompts if not p.daily),
        )

    @classmethod
    def load(cls, settings: VaultSettings, session: Session, pack: PromptPack) -> PackExtras:
        """A pack's extras (empty when it has none)."""
        value = settings.read(cls.setting(pack), session=session)
        sections = value.get("sections")
        not_daily = value.get("not_daily")
        return cls(
            version=str(value.get("version") or ""),
            language=str(value.get("language") or ""),
            guided=bool(value.get("guided", False)),
            sections=(
                {str(k): str(v) for k, v in sections.items()} if isinstance(sections, dict) else {}
            ),
            not_daily=(
                frozenset(str(v) for v in not_daily)
                if isinstance(not_daily, list)
                else frozenset()
            ),
        )

    def save(self, settings: VaultSettings, session: Session, pack: PromptPack) -> None:
        """Store the extras in the same transaction as the pack (removed when empty)."""
        if self == PackExtras():
            settings.forget(self.setting(pack), session=session)
            return
        value = {
            "version": self.version,
            "language": self.language,
            "guided": self.guided,
            "sections": dict(self.sections),
            "not_daily": sorted(self.not_daily),
        }
        settings.write(self.setting(pack), value, session=session)

    @classmethod
    def forget(cls, settings: VaultSettings, session: Session, pack: PromptPack) -> None:
        """Remove a pack's extras (the pack is being deleted)."""
        settings.forget(cls.setting(pack), session=session)


def builtin_view(prompt: lib.Prompt, pack: lib.PromptPack, hidden: bool) -> PromptView:
    """A built-in prompt as the app shows it."""
    return PromptView(
        key=prompt.id,
        text=prompt.text,
        principle=prompt.principle,
        pack_key=pack.id,
        pack_name=pack.name,
        builtin=True,
        hidden=hidden,
        follow_ups=prompt.follow_ups,
        content_note=prompt.content_note,
        daily=prompt.daily,
        section=prompt.section,
    )


def own_view(row: Prompt, pack: PromptPack, extras: PackExtras) -> PromptView:
    """An own prompt as the app shows it."""
    prompt_id = prompt_id_of(row.key)
    principle = row.principle if row.principle in {p.value for p in Principle} else None
    return PromptView(
        key=row.key,
        text=row.text,
        principle=Principle(principle or Principle.SELF_CARE.value),
        pack_key=pack.key,
        pack_name=pack.name,
        builtin=False,
        hidden=row.hidden,
        follow_ups=tuple(str(f) for f in row.follow_ups),
        content_note=row.content_note,
        daily=prompt_id not in extras.not_daily,
        section=extras.sections.get(prompt_id),
    )


def own_pack_view(row: PromptPack, prompt_count: int, extras: PackExtras) -> PackView:
    """An own pack as the app shows it."""
    return PackView(
        key=row.key,
        name=row.name,
        builtin=False,
        prompt_count=prompt_count,
        description=row.description,
        author=row.author,
        version=extras.version,
        language=extras.language,
        guided=extras.guided,
    )
