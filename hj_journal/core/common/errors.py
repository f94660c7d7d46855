"""Errors for mistakes a person can make, with sentences that can be shown as they are."""

from __future__ import annotations


class InputError(ValueError):
    """Input was refused (out of range, too long, malformed). Nothing was saved."""


class NotFoundError(LookupError):
    """The thing asked for does not exist (any more)."""
