"""Insights across sessions, on hand-made practice data, and before there are any sessions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.ui.practice.insights import PracticeInsightsPage
from hj_journal.ui.shell.context import UiContext
from tests.ui.practice.practice_samples import a_practice_week


def test_insights_across_sessions_on_hand_made_data(qtbot: Any, practice_ctx: UiContext) -> None:
    a_practice_week(practice_ctx.services, datetime.now(UTC))
    practice_ctx.services.checkins.add(CheckInInput(distress=10))  # outside any session
    page = PracticeInsightsPage(practice_ctx)
    qtbot.addWidget(page)
    assert page.totals.text() == "4 sessions in all, with 3 clients."
    sentences = page.sentences()
    assert sentences[0].startswith("Box breathing: distress typically went down by 2 points")
    assert "not enough yet" in sentences[1]
    # Arriving → leaving: −3, −1, −3; the middle is −3.
    expected = "went down by 3 points from arriving to leaving, over 3 rated sessions"
    assert expected in page.session_change.text()
    assert "4 sessions from" in page.months_caption.text()
    assert page.weeks_chart.accessibleDescription() == page.weeks_caption.text()


def test_insights_across_sessions_with_no_sessions_yet(
    qtbot: Any, practice_ctx: UiContext
) -> None:
    page = PracticeInsightsPage(practice_ctx)
    qtbot.addWidget(page)
    assert "will show here" in page.totals.text()
    assert "will show here" in page.sentences()[0]
