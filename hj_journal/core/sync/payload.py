"""What is inside a sealed change set or snapshot: JSON, with bytes written as base64."""

from __future__ import annotations

import base64
import json
from typing import Any

FORMAT = "hj-journal-sync"
VERSION = 1


def _default(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"cannot write {type(value).__name__}")


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and "$b" in obj and isinstance(obj["$b"], str):
        return base64.b64decode(obj["$b"])
    return obj


def encode(doc: dict[str, Any]) -> bytes:
    """The payload as bytes."""
    return json.dumps(
        {"format": FORMAT, "version": VERSION, **doc},
        default=_default,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def decode(data: bytes) -> dict[str, Any]:
    """The payload's document; ValueError when it is not one this version can read."""
    doc = json.loads(data.decode("utf-8"), object_hook=_hook)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError("not a sync payload")
    if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
        raise ValueError("written by a newer version")
    return doc


__all__ = ["decode", "encode"]
