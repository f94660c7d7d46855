"""The Today section: arriving check-in, today's prompt, the draft, latest entries."""
