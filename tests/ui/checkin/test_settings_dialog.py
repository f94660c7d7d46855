"""The questionnaire settings dialog returns the choices made in it."""

from __future__ import annotations

from hj_journal.core.checkin.prefs import CheckInPreferences, Layout


def test_settings_dialog_returns_the_choices(qtbot) -> None:
    from hj_journal.core.checkin.instruments.scoring import builtin_instruments
    from hj_journal.ui.checkin.settings_dialog import QuestionnaireSettingsDialog

    dialog = QuestionnaireSettingsDialog(list(builtin_instruments()), CheckInPreferences())
    qtbot.addWidget(dialog)
    assert dialog.threshold_combo.currentText() == "Never (off)"
    dialog.instrument_boxes["pss10"].setChecked(False)
    dialog.phq8_box.setChecked(True)
    dialog.category_boxes["self_harm"].setChecked(False)
    dialog.layout_combo.setCurrentIndex(1)
    dialog.threshold_combo.setCurrentIndex(dialog.threshold_combo.findData(8))
    assert dialog.result_prefs() == CheckInPreferences(
        hidden_instruments=frozenset({"pss10"}),
        phq8_mode=True,
        layout=Layout.SINGLE_PAGE,
        support_threshold=8,
        content_notes_off=frozenset({"self_harm"}),
    )
