"""Commands that move data in and out: export, import, backup, restore (coming)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands (none yet)."""
