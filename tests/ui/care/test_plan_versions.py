"""Earlier versions of a plan are shown escaped, and an empty one says so."""

from __future__ import annotations

from hj_journal.ui.care.plan_versions import render_version
from hj_journal.ui.shell.context import UiContext


def test_versions_are_shown_escaped(ui_ctx: UiContext) -> None:
    form = ui_ctx.services.plans.form("safety")
    shown = render_version(form, {"urgent": "<b>not bold</b> & more"})
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; more" in shown
    assert "Professionals and services" in shown
    assert "nothing filled in" in render_version(form, {})
