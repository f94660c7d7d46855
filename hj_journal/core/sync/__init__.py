"""Keeping one vault in step on several devices through a synced folder.

Owns the change sets (what changed since this device's last one, with clocks and
tombstones), merging other devices' change sets (the newest wins, except that an entry
whose text changed on two devices keeps both), snapshots, joining a vault from a
synced folder, and the folder's layout. The files are moved by a sync tool such as
Syncthing; this package has no network code and only reads and writes files.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .joining import join
    from .service import DeviceStatus, OtherVersion, Sync, SyncReport, SyncStatus

# Exported lazily (PEP 562): importing this package loads no database code.
_EXPORTS = {
    "DeviceStatus": ".service",
    "OtherVersion": ".service",
    "Sync": ".service",
    "SyncReport": ".service",
    "SyncStatus": ".service",
    "join": ".joining",
}
__all__ = ["DeviceStatus", "OtherVersion", "Sync", "SyncReport", "SyncStatus", "join"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
