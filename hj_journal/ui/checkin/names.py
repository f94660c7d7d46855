"""How questionnaires, content-note categories and results are named for people."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hj_journal.core.checkin.instruments.schema import Instrument
from hj_journal.core.checkin.questionnaires import HistoryPoint, ResponseView
from hj_journal.ui.common.dates import day_text


def form_name(instrument: Instrument, form_id: str) -> str:
    """ "PHQ-9", or "PHQ-8" when asked in its shorter form."""
    form = instrument.variant(form_id)
    return form.short_name if form is not None else instrument.short_name


def category_title(category: str) -> str:
    """A content-note category in plain words."""
    known = {
        "self_harm": QCoreApplication.translate(
            "CheckInNames", "Thoughts of death or of hurting yourself"
        ),
        "mood": QCoreApplication.translate(
            "CheckInNames", "Mood, sleep, appetite and how you see yourself"
        ),
    }
    return known.get(category, category.replace("_", " ").capitalize())


def category_question(category: str) -> str:
    """The checkbox that keeps a category asked (unticking turns it off)."""
    if category == "self_harm":
        return QCoreApplication.translate(
            "CheckInNames", "Ask the question about thoughts of death or of hurting yourself"
        )
    return QCoreApplication.translate("CheckInNames", "Ask questions about: {what}").format(
        what=category_title(category).lower()
    )


def value_text(response: ResponseView, instrument: Instrument) -> str:
    """The result in a few words: "10 of 21 · Moderate", "not scored (2 skipped)"."""
    result = response.score
    if not result.scored or result.total is None:
        return QCoreApplication.translate("CheckInNames", "not scored ({n} skipped)").format(
            n=result.skipped
        )
    if result.percentage is not None:
        number = QCoreApplication.translate("CheckInNames", "{value} of 100").format(
            value=result.percentage
        )
    else:
        _low, high = instrument.banded_range(_left_out(instrument, result.instrument_id))
        number = QCoreApplication.translate("CheckInNames", "{value} of {high}").format(
            value=result.total, high=high
        )
    band = result.band_label or (result.band or "").replace("_", " ").capitalize()
    return f"{number} · {band}" if band else number


def change_text(point: HistoryPoint) -> str:
    """The change since the time before, in neutral words ("up 4 since last time")."""
    if point.change is None:
        return ""
    if point.change == 0:
        text = QCoreApplication.translate("CheckInNames", "the same as last time")
    elif point.change > 0:
        text = QCoreApplication.translate("CheckInNames", "up {n} since last time").format(
            n=point.change
        )
    else:
        text = QCoreApplication.translate("CheckInNames", "down {n} since last time").format(
            n=-point.change
        )
    if point.meaningful:
        text += QCoreApplication.translate(
            "CheckInNames", " — a meaningful change for this questionnaire"
        )
    return text


def when_text(moment: datetime) -> str:
    """The day a response was given, in the person's own calendar words."""
    return day_text(moment.astimezone().date())


def history_line(point: HistoryPoint, instrument: Instrument) -> str:
    """One line of a questionnaire's history."""
    parts = [when_text(point.response.at)]
    shown = form_name(instrument, point.response.score.instrument_id)
    if shown != instrument.short_name:
        parts.append(shown)
    parts.append(value_text(point.response, instrument))
    change = change_text(point)
    if change:
        parts.append(change)
    return " · ".join(parts)


def _left_out(instrument: Instrument, form_id: str) -> frozenset[str]:
    form = instrument.variant(form_id)
    return form.leave_out if form is not None else frozenset()
