"""Key material kept in mutable buffers so it can be wiped when the vault locks.

Python cannot promise that no copy ever lingers (the interpreter may copy bytes while
passing them to C), so wiping is best effort; SECURITY.md says so plainly.
"""

from __future__ import annotations


def wipe(buffer: bytearray | None) -> None:
    """Overwrite ``buffer`` with zeros in place."""
    if not buffer:
        return
    import ctypes  # here, not at import: listing vaults at start-up needs no ctypes

    address = (ctypes.c_char * len(buffer)).from_buffer(buffer)
    ctypes.memset(address, 0, len(buffer))


def to_bytearray(data: bytes) -> bytearray:
    """Copy ``data`` into a fresh bytearray that :func:`wipe` can clear later."""
    return bytearray(data)
