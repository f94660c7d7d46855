"""Hand-written sample exports shared by the importer, CLI and dialog tests.

Each builder writes a small, realistic file into the test's own ``tmp_path``.
The same bytes are offered as a session fixture for the property tests, which
mutate them. The tests read times in a fixed zone (UTC+2), so results don't depend
on the machine running them.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

JRNL_JSON: dict[str, Any] = {
    "tags": {"@work": 1, "@family": 2},
    "entries": [
        {
            "title": "Morning pages ☕",
            "body": "Slept well for once.\n\nThe kettle sang; I listened. @family 🌱\n",
            "date": "2024-03-01",
            "time": "07:30",
            "tags": ["@family"],
            "starred": False,
        },
        {
            "title": "Hard meeting",
            "body": "Noticed my shoulders up by my ears. Breathed.\n\nSecond paragraph — "
            "naïve café résumé.\n\nThird. @work @family",
            "date": "2024-03-02",
            "time": "18:05",
            "tags": ["@work", "@family"],
            "starred": True,
            "uuid": "6F0C3F1C1B9A4C5E8D1E2F3A4B5C6D7E",
        },
        {
            "title": "Just a title",
            "body": "",
            "date": "2024-03-03",
            "time": "22:00",
            "tags": [],
            "starred": False,
        },
    ],
}

JRNL_TEXT = (
    "[2024-03-01 07:30] Morning pages ☕\n"
    "Slept well for once.\n"
    "\n"
    "The kettle sang; I listened. @family 🌱\n"
    "\n"
    "[2024-03-02 18:05] Hard meeting *\n"
    "Noticed my shoulders up by my ears. Breathed.\n"
    "\n"
    "[2024-02-30 10:00] this line only looks like a header\n"
    "\n"
    "Third. @work\n"
    "\n"
    "[2024-03-03 22:00] Just a title\n"
)

DAYONE_JOURNAL: dict[str, Any] = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
            "creationDate": "2024-03-02T02:30:00Z",
            "modifiedDate": "2024-03-02T03:00:00Z",
            "timeZone": "America/New_York",
            "text": "# A walk by the river\\.\n\nThe light was gold 🌅.\n\n"
            "![](dayone-moment://AAAA1111)\n\nHeard geese.\n\n"
            "![](dayone-moment:/audio/BBBB2222)",
            "richText": "{}",
            "tags": ["Outside", "calm"],
            "starred": True,
            "isPinned": False,
            "isAllDay": False,
            "duration": 0,
            "editingTime": 12.5,
            "creationDevice": "Phone",
            "location": {"placeName": "Riverside", "latitude": 1.0, "longitude": 2.0},
            "weather": {"temperatureCelsius": 9},
            "photos": [
                {"identifier": "AAAA1111", "md5": "00ff", "type": "jpeg"},
                {"identifier": "CCCC3333", "md5": "11ee", "type": "heic"},
            ],
            "audios": [{"identifier": "BBBB2222", "md5": "22dd", "format": "m4a"}],
        },
        {"creationDate": "2024-03-04T12:00:00Z", "text": "Minimal entry, grüße."},
        {"creationDate": "yesterday", "text": "bad date"},
        {"text": "no date at all"},
    ],
}

DAYLIO_CSV = (
    "full_date,date,weekday,time,mood,activities,note_title,note,scales,extra_column\n"
    "2024-03-05,March 5,Tuesday,20:15,rad,friends | cooking | music,Dinner 🍝,"
    '"We laughed a lot.\n\nSecond paragraph, with a comma.",,x\n'
    "2024-03-05,March 5,Tuesday,8:05 AM,meh,,,,,\n"
    "2024-03-04,March 4,Monday,13:00,Super tired,work | nap,,,,\n"
    "2024-03-03,March 3,Sunday,09:00,awful,,,Rough night.,,\n"
    "2024-02-30,February 30,Friday,09:00,good,,,,,\n"
)

MD_FRONT = (
    "---\n"
    'title: "A quiet morning"\n'
    "date: 2024-05-01 09:30\n"
    'tags: [rest, "family time"]  # a comment\n'
    "pinned: true\n"
    "---\n"
    "\n"
    "Tea, and the window open. 🌿\n"
    "\n"
    "Second paragraph.\n"
)

MD_HEADING = "# Notes from the bus\n\nMostly people-watching.\n"


def dayone_zip(
    journal: dict[str, Any] | None = None, extra: dict[str, bytes] | None = None
) -> bytes:
    """A Day One export zip holding ``Journal.json``, a photo and any extra members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps(journal or DAYONE_JOURNAL))
        archive.writestr("photos/00ff.jpeg", b"\xff\xd8\xff fake jpeg")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


__all__ = [
    "DAYLIO_CSV",
    "DAYONE_JOURNAL",
    "JRNL_JSON",
    "JRNL_TEXT",
    "MD_FRONT",
    "MD_HEADING",
    "dayone_zip",
]
