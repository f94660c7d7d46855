"""Check-in history to show: five weeks of WHO-5 answers, one of them not scored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.services import Services

T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def who5_history(services: Services) -> None:
    """Weekly WHO-5 results from :data:`T0`: 40, 48, 60 (a meaningful change), unscored, 56."""
    for week, answers in enumerate(
        (
            [2, 2, 2, 2, 2],  # 40 %
            [3, 3, 2, 2, 2],  # 48 %: +8
            [3, 3, 3, 3, 3],  # 60 %: +12, meaningful
            [None, 3, 3, 3, 3],  # not scored
            [3, 3, 3, 3, 2],  # 56 %: −4
        )
    ):
        services.questionnaires.save(ResponseInput("who5", answers, at=T0 + timedelta(weeks=week)))
