"""The session summary a client keeps, as data and as Markdown or HTML text.

:class:`SessionSummary` has no field for private notes, so nothing built from it can
show them. Notes written with a template bring only their shared sections
(:class:`SharedSection`), and signed notes only their shared amendments
(:class:`SharedAmendment`), which the summary marks as added afterwards. The HTML is
plain enough for ``QTextDocument`` (the PDF is made from it in the UI layer); the
Markdown is the same content for copying or export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from html import escape

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("CoreDates", "Monday"),
    QT_TRANSLATE_NOOP("CoreDates", "Tuesday"),
    QT_TRANSLATE_NOOP("CoreDates", "Wednesday"),
    QT_TRANSLATE_NOOP("CoreDates", "Thursday"),
    QT_TRANSLATE_NOOP("CoreDates", "Friday"),
    QT_TRANSLATE_NOOP("CoreDates", "Saturday"),
    QT_TRANSLATE_NOOP("CoreDates", "Sunday"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("CoreDates", "January"),
    QT_TRANSLATE_NOOP("CoreDates", "February"),
    QT_TRANSLATE_NOOP("CoreDates", "March"),
    QT_TRANSLATE_NOOP("CoreDates", "April"),
    QT_TRANSLATE_NOOP("CoreDates", "May"),
    QT_TRANSLATE_NOOP("CoreDates", "June"),
    QT_TRANSLATE_NOOP("CoreDates", "July"),
    QT_TRANSLATE_NOOP("CoreDates", "August"),
    QT_TRANSLATE_NOOP("CoreDates", "September"),
    QT_TRANSLATE_NOOP("CoreDates", "October"),
    QT_TRANSLATE_NOOP("CoreDates", "November"),
    QT_TRANSLATE_NOOP("CoreDates", "December"),
)

#: The heading above amendments (English; shown through ``translate``).
AMENDMENTS_HEADING = QT_TRANSLATE_NOOP("SessionSummary", "Added after the session")


def footer() -> str:
    """The last line of every summary."""
    return translate(
        "SessionSummary",
        "This summary is yours to keep. It describes what we did and agreed together; it is "
        "not a diagnosis.",
    )


def scale_note() -> str:
    """What the distress numbers mean."""
    return translate(
        "SessionSummary", "Distress is rated from 0 (completely calm) to 10 (the most distress)."
    )


def amendments_note() -> str:
    """Said above amendments to signed notes."""
    return translate(
        "SessionSummary",
        "These were added after the notes were finished; the notes above are as they were "
        "first written.",
    )


@dataclass(frozen=True)
class Rating:
    """A check-in's ratings at the start or end of a session."""

    distress: int | None
    mood: int | None
    at: datetime


@dataclass(frozen=True)
class PracticeEffect:
    """One practice done together, with the ratings before and after."""

    title: str
    before: int | None
    after: int | None
    finished: bool = True

    @property
    def change(self) -> int | None:
        """After minus before (negative: lower distress); None without both ratings."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class SharedSection:
    """A shared section of notes written with a template, with its text."""

    title: str
    text: str


@dataclass(frozen=True)
class SharedAmendment:
    """A shared amendment to signed notes: when, why, to which part, and what."""

    at: datetime
    reason: str
    section: str  # "" for the notes as a whole
    text: str


@dataclass(frozen=True)
class SessionSummary:
    """What the client keeps from one session. Deliberately without private notes."""

    pseudonym: str
    pronouns: str
    started_at: datetime
    ended_at: datetime | None
    arriving: Rating | None
    leaving: Rating | None
    practices: tuple[PracticeEffect, ...]
    shared_notes: str
    agreements: str
    self_care_steps: str
    sections: tuple[SharedSection, ...] = ()  # shared template sections, in note order
    amendments: tuple[SharedAmendment, ...] = ()  # shared amendments, oldest first

    @property
    def distress_change(self) -> int | None:
        """Leaving minus arriving distress; None unless both were rated."""
        if self.arriving is None or self.leaving is None:
            return None
        if self.arriving.distress is None or self.leaving.distress is None:
            return None
        return self.leaving.distress - self.arriving.distress


@dataclass(frozen=True)
class TrendPoint:
    """One questionnaire result in one session (value None when not scored)."""

    session_id: int
    at: datetime
    value: int | None
    band_label: str | None


@dataclass(frozen=True)
class TrendSeries:
    """A client's results on one questionnaire across sessions, oldest first."""

    instrument_id: str
    short_name: str
    points: tuple[TrendPoint, ...]


# ---------------------------------------------------------------------- sentences


def long_date(moment: datetime, zone: tzinfo | None = None) -> str:
    """``Tuesday 10 February 2026`` in the local time zone, in the reader's language.

    Core has no QLocale, so the names and the order come from the catalogue.
    """
    local = moment.astimezone(zone)
    return translate("CoreDates", "{weekday} {day} {month} {year}").format(
        weekday=translate("CoreDates", _WEEKDAYS[local.weekday()]),
        day=local.day,
        month=translate("CoreDates", _MONTHS[local.month - 1]),
        year=local.year,
    )


def when(summary: SessionSummary, zone: tzinfo | None = None) -> str:
    """The session's date and times."""
    start = summary.started_at.astimezone(zone)
    text = f"{long_date(start)}, {start:%H:%M}"
    if summary.ended_at is not None:
        text += f"–{summary.ended_at.astimezone(zone):%H:%M}"
    return text


def who(summary: SessionSummary) -> str:
    """The client's pseudonym with pronouns, if given."""
    return summary.pseudonym + (f" ({summary.pronouns})" if summary.pronouns else "")


def _signed(n: int) -> str:
    return f"{n:+d}".replace("-", "−")  # a true minus sign reads better in print


def _lower(n: int) -> str:
    return translate("SessionSummary", "%n point(s) lower", None, n)


def _higher(n: int) -> str:
    return translate("SessionSummary", "%n point(s) higher", None, n)


def arriving_and_leaving(summary: SessionSummary) -> str:
    """One sentence on distress at the start and the end, or "" when neither was rated."""
    start = summary.arriving.distress if summary.arriving else None
    end = summary.leaving.distress if summary.leaving else None
    if start is None and end is None:
        return ""
    if end is None:
        return translate("SessionSummary", "You arrived at {start} out of 10.").format(start=start)
    if start is None:
        return translate("SessionSummary", "You left at {end} out of 10.").format(end=end)
    change = end - start
    if change < 0:
        tail = _lower(-change)
    elif change > 0:
        tail = _higher(change)
    else:
        tail = translate("SessionSummary", "the same as when you arrived")
    return translate(
        "SessionSummary", "You arrived at {start} out of 10 and left at {end}: {change}."
    ).format(start=start, end=end, change=tail)


def mood_line(summary: SessionSummary) -> str:
    """Mood at the start and end, when given (−3 to +3)."""
    start = summary.arriving.mood if summary.arriving else None
    end = summary.leaving.mood if summary.leaving else None
    parts = []
    if start is not None:
        parts.append(translate("SessionSummary", "arriving {mood}").format(mood=_signed(start)))
    if end is not None:
        parts.append(translate("SessionSummary", "leaving {mood}").format(mood=_signed(end)))
    if not parts:
        return ""
    return translate("SessionSummary", "Mood (from −3 to +3): {moods}.").format(
        moods=", ".join(parts)
    )


def practice_line(practice: PracticeEffect) -> str:
    """``Box breathing: 7 before, 5 after (2 points lower).``"""
    if practice.before is None and practice.after is None:
        return f"{practice.title}."
    parts = []
    if practice.before is not None:
        parts.append(translate("SessionSummary", "{rating} before").format(rating=practice.before))
    if practice.after is not None:
        parts.append(translate("SessionSummary", "{rating} after").format(rating=practice.after))
    text = f"{practice.title}: {', '.join(parts)}"
    change = practice.change
    if change is not None:
        if change < 0:
            text += f" ({_lower(-change)})"
        elif change > 0:
            text += f" ({_higher(change)})"
        else:
            text += " (" + translate("SessionSummary", "the same") + ")"
    return text + "."


def amendment_line(amendment: SharedAmendment, zone: tzinfo | None = None) -> str:
    """``Added Wednesday 11 February 2026, 09:10, to “Plan”. Reason: …`` and the text."""
    local = amendment.at.astimezone(zone)
    when_added = f"{long_date(local)}, {local:%H:%M}"
    if amendment.section:
        line = translate("SessionSummary", "Added {when}, to “{section}”. Reason: {reason}")
    else:
        line = translate("SessionSummary", "Added {when}. Reason: {reason}")
    said = line.format(when=when_added, section=amendment.section, reason=amendment.reason)
    return f"{said}\n{amendment.text}"


def _sections(summary: SessionSummary, zone: tzinfo | None = None) -> list[tuple[str, list[str]]]:
    """Headings with their paragraphs, leaving out what is empty."""
    sections: list[tuple[str, list[str]]] = []
    ratings = [line for line in (arriving_and_leaving(summary), mood_line(summary)) if line]
    if ratings:
        sections.append(
            (translate("SessionSummary", "How you arrived and left"), [*ratings, scale_note()])
        )
    if summary.practices:
        sections.append((_practices_heading(), [practice_line(p) for p in summary.practices]))
    for heading, text in (
        *((section.title, section.text) for section in summary.sections),
        (translate("SessionSummary", "Notes we wrote together"), summary.shared_notes),
        (translate("SessionSummary", "What we agreed"), summary.agreements),
        (translate("SessionSummary", "Self-care until next time"), summary.self_care_steps),
    ):
        paragraphs = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
        if paragraphs:
            sections.append((heading, paragraphs))
    if summary.amendments:
        lines = [amendment_line(a, zone) for a in summary.amendments]
        sections.append(
            (translate("SessionSummary", AMENDMENTS_HEADING), [amendments_note(), *lines])
        )
    return sections


def _practices_heading() -> str:
    return translate("SessionSummary", "Practices we did together")


def summary_markdown(summary: SessionSummary, zone: tzinfo | None = None) -> str:
    """The summary as Markdown."""
    title = translate("SessionSummary", "Your session")
    lines = [f"# {title}", "", f"{when(summary, zone)} · {who(summary)}", ""]
    sections = _sections(summary, zone)
    if not sections:
        lines += [translate("SessionSummary", "Nothing was recorded in this session."), ""]
    for heading, paragraphs in sections:
        lines += [f"## {heading}", ""]
        bullets = heading == _practices_heading()
        for paragraph in paragraphs:
            lines += [f"- {paragraph}" if bullets else paragraph]
            if not bullets:
                lines.append("")
        if bullets:
            lines.append("")
    lines += ["---", "", footer(), ""]
    return "\n".join(lines)


def summary_html(summary: SessionSummary, zone: tzinfo | None = None) -> str:
    """The summary as simple HTML for ``QTextDocument`` (and so for the PDF)."""
    title = translate("SessionSummary", "Your session")
    parts = [
        "<html><head><style>",
        "body { color: #1f2328; }",
        "h1 { font-size: 22pt; font-weight: 600; margin-bottom: 2pt; }",
        "h2 { font-size: 14pt; font-weight: 600; color: #2d4a5a;"
        " margin-top: 16pt; margin-bottom: 4pt; }",
        "p { font-size: 11pt; line-height: 140%; margin-top: 0; margin-bottom: 6pt; }",
        "p.meta { color: #57606a; font-size: 11pt; }",
        "p.small { color: #57606a; font-size: 9.5pt; }",
        "li { font-size: 11pt; margin-bottom: 4pt; }",
        "</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{escape(when(summary, zone))} · {escape(who(summary))}</p>',
    ]
    sections = _sections(summary, zone)
    if not sections:
        nothing = translate("SessionSummary", "Nothing was recorded in this session.")
        parts.append(f"<p>{escape(nothing)}</p>")
    small = (scale_note(), amendments_note())
    for heading, paragraphs in sections:
        parts.append(f"<h2>{escape(heading)}</h2>")
        if heading == _practices_heading():
            parts.append("<ul>")
            parts += [f"<li>{escape(p)}</li>" for p in paragraphs]
            parts.append("</ul>")
            continue
        for paragraph in paragraphs:
            css = ' class="small"' if paragraph in small else ""
            body = escape(paragraph).replace("\n", "<br>")
            parts.append(f"<p{css}>{body}</p>")
    parts += ["<hr>", f'<p class="small">{escape(footer())}</p>', "</body></html>"]
    return "\n".join(parts)
