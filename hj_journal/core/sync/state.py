"""This device's sync state (the one ``sync_state`` row) and its read positions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class State:
    """The ``sync_state`` row, read and written as a whole inside a transaction."""

    mode: int = 0
    device_id: str | None = None
    folder: str | None = None
    next_seq: int = 1
    clock: str = ""
    key_generation: int = 0
    keyfile_sha: str | None = None
    keyfile_clock: str = ""
    db_key_id: str | None = None
    snapshot_seq: int = 0
    sets_since_snapshot: int = 0
    last_sync_at: str | None = None
    rotated_elsewhere: int = 0

    @classmethod
    def load(cls, conn: Any) -> State:
        """Read the row."""
        names = [f.name for f in fields(cls)]
        row = conn.execute(f"SELECT {', '.join(names)} FROM sync_state WHERE id = 1").fetchone()
        return cls(**dict(zip(names, row, strict=True)))

    def save(self, conn: Any) -> None:
        """Write the row back."""
        names = [f.name for f in fields(self)]
        conn.execute(
            f"UPDATE sync_state SET {', '.join(f'{n} = ?' for n in names)} WHERE id = 1",
            [getattr(self, n) for n in names],
        )


@dataclass
class Positions:
    """Which change sets of each device have been applied here."""

    upto: dict[str, int] = field(default_factory=dict)  # every set up to this number
    extra: dict[str, set[int]] = field(default_factory=dict)  # and these beyond it

    @classmethod
    def load(cls, conn: Any) -> Positions:
        """Read ``sync_devices``."""
        out = cls()
        for device, upto, extra in conn.execute(
            "SELECT device_id, read_upto, extra FROM sync_devices"
        ):
            out.upto[str(device)] = int(upto)
            out.extra[str(device)] = {int(n) for n in json.loads(extra)}
        return out

    def has(self, device: str, seq: int) -> bool:
        """True when that change set has been applied here."""
        return seq <= self.upto.get(device, 0) or seq in self.extra.get(device, set())

    def add(self, device: str, seq: int) -> None:
        """Note a change set as applied."""
        extra = self.extra.setdefault(device, set())
        extra.add(seq)
        upto = self.upto.get(device, 0)
        while upto + 1 in extra:
            upto += 1
            extra.discard(upto)
        self.upto[device] = upto

    def merge(self, other: Positions) -> None:
        """Everything ``other`` has applied, as applied here too (after a snapshot)."""
        for device, upto in other.upto.items():
            if upto > self.upto.get(device, 0):
                self.upto[device] = upto
            self.extra.setdefault(device, set())
        for device, extra in other.extra.items():
            for seq in extra:
                self.add(device, seq)
        for device in list(self.extra):
            self.extra[device] = {n for n in self.extra[device] if n > self.upto.get(device, 0)}

    def save(self, conn: Any, at: str) -> None:
        """Write ``sync_devices``."""
        for device in set(self.upto) | set(self.extra):
            conn.execute(
                "INSERT INTO sync_devices (device_id, read_upto, extra, last_read_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET read_upto = excluded.read_upto, "
                "extra = excluded.extra, last_read_at = excluded.last_read_at",
                (
                    device,
                    self.upto.get(device, 0),
                    json.dumps(sorted(self.extra.get(device, set()))),
                    at,
                ),
            )

    def to_json(self) -> dict[str, Any]:
        """As written in a snapshot or a read position."""
        return {
            "upto": dict(self.upto),
            "extra": {d: sorted(s) for d, s in self.extra.items() if s},
        }

    @classmethod
    def from_json(cls, raw: Any) -> Positions:
        """From a snapshot or a read position (ValueError when it is not one)."""
        if not isinstance(raw, dict):
            raise ValueError("not positions")
        out = cls()
        for device, upto in dict(raw.get("upto", {})).items():
            out.upto[str(device)] = int(upto)
        for device, extra in dict(raw.get("extra", {})).items():
            out.extra[str(device)] = {int(n) for n in extra}
        return out


__all__ = ["Positions", "State"]
