"""The Check-in section: quick check-ins, questionnaires, your own scales and history."""
