"""The layout of a synced folder, and reading it the way a sync tool leaves it.

::

    DIR/<vault id>/vault.key               a copy of the key file (to join from)
    DIR/<vault id>/keys/<n>.hjkey          sync key n, wrapped under the database key
    DIR/<vault id>/keys/<n>.earlier        after a key rotation: the sync keys before n,
                                           wrapped under the new database key
    DIR/<vault id>/<device id>/<seq>.hjsync   that device's change sets, never changed
    DIR/<vault id>/<device id>/<seq>.hjsnap   a snapshot made after change set <seq>
    DIR/<vault id>/<device id>/read.hjpos     how far that device has read the others

Only names of exactly these shapes are read. Whatever else a sync tool leaves (its
temporary ``.syncthing.*.tmp`` files, ``*.sync-conflict-*`` copies, our own hidden
``.*.tmp`` files from a write cut short) is ignored, and a file under a right name
that is not yet complete fails authentication and waits for the next merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hj_journal.store.files import write_atomic

KEY_COPY = "vault.key"
KEYS = "keys"
POSITION = "read.hjpos"
_ID = re.compile(r"^[0-9a-f]{32}$")
_CHANGES = re.compile(r"^([0-9]{1,12})\.hjsync$")
_SNAPSHOT = re.compile(r"^([0-9]{1,12})\.hjsnap$")
_KEY = re.compile(r"^([0-9]{1,6})\.hjkey$")


def is_id(name: str) -> bool:
    """True for a vault or device id (32 lowercase hex digits)."""
    return bool(_ID.match(name))


@dataclass(frozen=True)
class SyncFolder:
    """One vault's place in a synced folder."""

    root: Path  # DIR/<vault id>
    vault_id: str

    @classmethod
    def under(cls, folder: Path, vault_id: str) -> SyncFolder:
        """The vault's place under the folder the person chose."""
        return cls(Path(folder) / vault_id, vault_id)

    @property
    def key_copy(self) -> Path:
        """The copy of the key file."""
        return self.root / KEY_COPY

    def key_path(self, generation: int) -> Path:
        """The key-ring file of one sync key."""
        return self.root / KEYS / f"{generation}.hjkey"

    def earlier_path(self, generation: int) -> Path:
        """The sync keys before ``generation``, wrapped under that generation's db key."""
        return self.root / KEYS / f"{generation}.earlier"

    def device(self, device_id: str) -> Path:
        """One device's folder."""
        return self.root / device_id

    def change_set(self, device_id: str, seq: int) -> Path:
        """One change set's path."""
        return self.device(device_id) / f"{seq}.hjsync"

    def snapshot(self, device_id: str, seq: int) -> Path:
        """One snapshot's path."""
        return self.device(device_id) / f"{seq}.hjsnap"

    def position(self, device_id: str) -> Path:
        """One device's read position."""
        return self.device(device_id) / POSITION

    def devices(self) -> list[str]:
        """Every device with a folder here."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and is_id(p.name))

    def change_sets(self, device_id: str) -> list[int]:
        """The numbers of a device's change sets, in order."""
        return _numbers(self.device(device_id), _CHANGES)

    def snapshots(self, device_id: str) -> list[int]:
        """The numbers of a device's snapshots, in order."""
        return _numbers(self.device(device_id), _SNAPSHOT)

    def generations(self) -> list[int]:
        """The sync-key generations with a key-ring file, newest last."""
        return _numbers(self.root / KEYS, _KEY)

    def write(self, path: Path, data: bytes) -> None:
        """Write a file whole under a temporary name, then rename it into place."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, data)


def _numbers(folder: Path, pattern: re.Pattern[str]) -> list[int]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            found.append(int(match.group(1)))
    return sorted(found)


def find_vault_folder(folder: Path) -> Path | None:
    """The vault's place given the synced folder or the vault's own folder inside it."""
    folder = Path(folder)
    if (folder / KEY_COPY).is_file() and is_id(folder.name):
        return folder
    if not folder.is_dir():
        return None
    inside = [p for p in folder.iterdir() if is_id(p.name) and (p / KEY_COPY).is_file()]
    return inside[0] if len(inside) == 1 else None


__all__ = ["SyncFolder", "find_vault_folder", "is_id"]
