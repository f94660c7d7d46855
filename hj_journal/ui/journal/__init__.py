"""The Journal section: timeline, calendar, tags, search, editor and trash."""
