"""Fixtures for the Sessions screens: the same UI context, theme and screenshots as Insights."""

from __future__ import annotations

from tests.ui.insights.conftest import qt_warnings, shoot, themed, ui_ctx

__all__ = ["qt_warnings", "shoot", "themed", "ui_ctx"]
