"""A client's copy of their record, for an access request: everything shared with them.

When a client asks for what the practice holds about them, the practitioner gives them
this: every session's summary as it is shared ("Share with my client", the same
:class:`~hj_journal.core.sessions.share_content.SharedSummary`), and for each session
the words of the consent they gave. Nothing private is in it — no private notes, no
private template sections, no private amendments — since it is built only from what is
already meant for the client. It is plain JSON (:meth:`ClientCopy.to_text`) or, in the
app, a PDF made from :meth:`ClientCopy.html`; neither is encrypted, and the app says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from html import escape
from typing import Any

from hj_journal.core.common.i18n import translate
from hj_journal.core.sessions.share_content import SharedSummary
from hj_journal.core.sessions.summary import SessionSummary, long_date, summary_html

FORMAT = "hj-journal-client-copy"
VERSION = 1
#: Said in the JSON copy (in English, as the file's other words are); the HTML says it
#: in the reader's language (:func:`_about`).
ABOUT = (
    "This is everything from your sessions that was shared with you: each session's "
    "summary and what you agreed to have recorded. Your practitioner's private notes are "
    "not part of it. This copy is not encrypted: anyone who has the file can read it."
)


def _about() -> str:
    return translate(
        "ClientCopy",
        "This is everything from your sessions that was shared with you: each session's "
        "summary and what you agreed to have recorded. Your practitioner's private notes are "
        "not part of it. This copy is not encrypted: anyone who has the file can read it.",
    )


def _consent_heading() -> str:
    return translate("ClientCopy", "What you agreed to have recorded")


@dataclass(frozen=True)
class CopiedSession:
    """One session in the copy: its shared summary and the consent given for it."""

    content: SharedSummary
    consent_at: datetime | None
    consent_wording: tuple[str, ...]


@dataclass(frozen=True)
class ClientCopy:
    """Everything shared with one client, oldest session first."""

    pseudonym: str
    pronouns: str
    made_at: datetime
    sessions: tuple[CopiedSession, ...]

    def to_json(self) -> dict[str, Any]:
        """The copy as JSON-ready data."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "made_at": self.made_at.astimezone(UTC).isoformat(),
            "about": ABOUT,
            "client": {"pseudonym": self.pseudonym, "pronouns": self.pronouns},
            "sessions": [
                {
                    "consent": None
                    if s.consent_at is None
                    else {
                        "at": s.consent_at.astimezone(UTC).isoformat(),
                        "agreed_to": list(s.consent_wording),
                    },
                    "summary": s.content.to_json(),
                }
                for s in self.sessions
            ],
        }

    def to_text(self) -> str:
        """The copy as readable JSON text (UTF-8, indented)."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    def html(self, zone: tzinfo | None = None) -> str:
        """The copy as one HTML document for ``QTextDocument``: a page per session."""
        who = self.pseudonym + (f" ({self.pronouns})" if self.pronouns else "")
        parts: list[str] = []
        head = ""
        for copied in self.sessions:
            page = summary_html(copied.content.as_summary(self.pseudonym, self.pronouns), zone)
            head, _, rest = page.partition("<body>")
            body = rest.partition("</body>")[0]
            parts.append('<div style="page-break-before: always">')
            own = escape(translate("SessionSummary", "Your session"))
            session = escape(translate("ClientCopy", "Session"))
            parts.append(body.replace(f"<h1>{own}</h1>", f"<h1>{session}</h1>", 1))
            parts += _totals(copied.content) + _consent(copied)
            parts.append("</div>")
        if not head:  # no sessions: the summary's own look all the same
            blank = SessionSummary(who, "", self.made_at, None, None, None, (), "", "", "")
            head = summary_html(blank, zone).partition("<body>")[0]
        made = long_date(self.made_at, zone)
        title = translate("ClientCopy", "Your record of our sessions")
        cover = [
            f"<h1>{escape(title)}</h1>",
            f'<p class="meta">{escape(who)} · {escape(made)}</p>',
            f"<p>{escape(_about())}</p>",
        ]
        if not self.sessions:
            nothing = translate("ClientCopy", "No sessions are recorded.")
            cover.append(f"<p>{escape(nothing)}</p>")
        return "\n".join([head, "<body>", *cover, *parts, "</body></html>"])


def _totals(content: SharedSummary) -> list[str]:
    if not content.questionnaires:
        return []
    items = [f"<li>{escape(q.name)}: {q.value}</li>" for q in content.questionnaires]
    heading = translate("ClientCopy", "Questionnaire totals")
    note = translate(
        "ClientCopy", "A total is not a diagnosis; what it means is best talked through together."
    )
    return [
        f"<h2>{escape(heading)}</h2>",
        "<ul>",
        *items,
        "</ul>",
        f'<p class="small">{escape(note)}</p>',
    ]


def _consent(copied: CopiedSession) -> list[str]:
    heading = escape(_consent_heading())
    if copied.consent_at is None:
        nothing = translate("ClientCopy", "No consent was recorded.")
        return [f"<h2>{heading}</h2>", f"<p>{escape(nothing)}</p>"]
    return [
        f"<h2>{heading}</h2>",
        "<ul>",
        *(f"<li>{escape(line)}</li>" for line in copied.consent_wording),
        "</ul>",
    ]
