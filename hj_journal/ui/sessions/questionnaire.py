"""A questionnaire answered in a session: the Check-in section's flow, saved to the session.

The client answers on the practitioner's screen with the same calm flow as anywhere else
in the app. What differs: the answers are recorded through the sessions service (so the
client's consent is checked and the response belongs to this session), and the flow
stops at "saved" — it never shows results next to the vault's other responses, which
in a practice vault would be other clients'.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from hj_journal.core.checkin.prefs import CheckInSettings
from hj_journal.core.checkin.questionnaires import Questionnaires, ResponseInput, ResponseView
from hj_journal.core.sessions.service import Sessions
from hj_journal.ui.checkin.flow import QuestionnaireFlow


class SessionQuestionnaireFlow(QuestionnaireFlow):
    """One questionnaire answered by the client during session ``session_id``."""

    def __init__(
        self,
        questionnaires: Questionnaires,
        prefs: CheckInSettings,
        sessions: Sessions,
        instrument_id: str,
        session_id: int,
        parent: QWidget | None = None,
    ) -> None:
        self._sessions = sessions
        self._session_id = session_id
        super().__init__(questionnaires, prefs, instrument_id, parent)

    @Slot()
    def save(self) -> ResponseView | None:
        """Record the answers in the session, exactly as given."""
        difficulty = self.difficulty.answer() if self.difficulty is not None else None
        data = ResponseInput(self.form.form_id, self.answers(), difficulty=difficulty)
        self.response = self._sessions.record_questionnaire(self._session_id, data)
        self.saved.emit(self.response)
        return self.response

    @Slot()
    def show_results(self) -> None:
        """Results are not shown here (see the module note)."""
