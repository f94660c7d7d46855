"""Devices for the sync tests: each with its own data folder and its own copy of the
synced folder, and a stand-in for the sync tool that copies files between the copies
when the test says so (late, out of order, twice, or half-way)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.sync.joining import join
from hj_journal.core.sync.service import Sync
from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry

PASSPHRASE = "a long and quiet passphrase"


@dataclass
class Device:
    """One computer: its vault, its services, and its copy of the synced folder."""

    name: str
    folder: Path
    vault: Vault
    services: Services
    sync: Sync

    @classmethod
    def first(cls, root: Path, policy: KdfPolicy, name: str = "a") -> Device:
        """The device that makes the vault and sets up the synced folder."""
        folder = root / f"{name}-synced"
        folder.mkdir(parents=True, exist_ok=True)
        registry = VaultRegistry(root / name / "vaults")
        vault, _recovery = registry.create("Journal", PASSPHRASE, policy=policy)
        services = Services.for_vault(vault)
        device = cls(name, folder, vault, services, Sync(vault, services.events))
        device.sync.set_up(folder)
        return device

    @classmethod
    def joining(cls, root: Path, policy: KdfPolicy, name: str) -> Device:
        """A device that joins from its copy of the folder (deliver to it first)."""
        folder = root / f"{name}-synced"
        registry = VaultRegistry(root / name / "vaults")
        vault = join(registry, folder, PASSPHRASE, policy=policy, label="Journal")
        services = Services.for_vault(vault)
        return cls(name, folder, vault, services, Sync(vault, services.events))

    def close(self) -> None:
        """Lock the vault."""
        self.vault.lock()

    # ------------------------------------------------------------------ writing

    def write(self, title: str, body: str = "", day: date = date(2026, 12, 1)) -> str:
        """A new entry; returns its uuid."""
        view = self.services.journal.create(EntryInput(entry_date=day, title=title, body=body))
        return view.uuid

    def edit(self, uuid: str, *, title: str | None = None, body: str | None = None) -> None:
        """Change an entry's title or body."""
        view = self.services.journal.find_by_uuid(uuid)
        assert view is not None
        self.services.journal.update(
            view.id,
            EntryInput(
                entry_date=view.entry_date,
                title=view.title if title is None else title,
                body=view.body if body is None else body,
                tags=view.tags,
            ),
        )

    def delete_forever(self, uuid: str) -> None:
        """Remove an entry for good (a tombstone for the other devices)."""
        view = self.services.journal.find_by_uuid(uuid)
        assert view is not None
        self.services.journal.trash(view.id)
        self.services.journal.delete_forever([view.id])

    # ------------------------------------------------------------------ reading

    def entry(self, uuid: str) -> tuple[str, str] | None:
        """(title, body) of an entry, or None when it is not here."""
        view = self.services.journal.find_by_uuid(uuid)
        return None if view is None else (view.title, view.body)

    def other_texts(self, uuid: str) -> set[tuple[str, str]]:
        """The texts kept beside an entry edited on two devices."""
        view = self.services.journal.find_by_uuid(uuid)
        if view is None:
            return set()
        return {(v.title, v.body) for v in self.sync.other_versions(view.id)}

    def picture(self) -> dict[str, Any]:
        """Everything another device should agree on: entries and their other versions."""
        out: dict[str, Any] = {}
        for summary in self.services.journal.timeline(limit=100_000):
            view = self.services.journal.get(summary.id)
            out[view.uuid] = (
                view.title,
                view.body,
                view.tags,
                frozenset(self.other_texts(view.uuid)),
            )
        return out


@dataclass
class Mesh:
    """The sync tool: copies files from one device's copy of the folder to another's."""

    devices: list[Device] = field(default_factory=list)

    def deliver(self, source: Device, target: Device) -> int:
        """Bring the target's copy up to date with the source's, as a sync tool would.

        A file newer at the source is copied (keeping its time); files of the source's
        own device folder that the source has removed are removed at the target.
        """
        copied = 0
        for path in sorted(source.folder.rglob("*")):
            if not path.is_file():
                continue
            there = target.folder / path.relative_to(source.folder)
            if there.is_file() and there.stat().st_mtime_ns >= path.stat().st_mtime_ns:
                continue
            there.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, there)
            copied += 1
        own = source.sync.status().device_id
        for there in target.folder.glob(f"*/{own}/*"):
            if not (source.folder / there.relative_to(target.folder)).exists():
                there.unlink()
        return copied

    def everywhere(self) -> None:
        """Every device's files to every other device."""
        for source in self.devices:
            for target in self.devices:
                if source is not target:
                    self.deliver(source, target)

    def settle(self, rounds: int = 3) -> None:
        """Deliver and merge until every device has seen everything."""
        for _ in range(rounds):
            for device in self.devices:
                device.sync.sync_now()
            self.everywhere()
        for device in self.devices:
            device.sync.sync_now()


def three(root: Path, policy: KdfPolicy) -> Mesh:
    """Three devices on one vault: a makes it, b and c join."""
    a = Device.first(root, policy, "a")
    mesh = Mesh([a])
    for name in ("b", "c"):
        target = root / f"{name}-synced"
        target.mkdir()
        shutil.copytree(a.folder, target, dirs_exist_ok=True)
        mesh.devices.append(Device.joining(root, policy, name))
    mesh.everywhere()
    return mesh
