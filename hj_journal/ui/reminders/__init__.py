"""Gentle reminders (opt-in, off unless you turn them on): a neutral word at the times and
on the days you chose, through the system tray and the desktop's notifications.

``schedule`` computes when the next one is due (plain Python); ``tray`` is the system
tray behind a small Protocol; ``controller`` arms one timer for the next due moment and
keeps the app in the tray when the window is closed, if you chose that. The schedule and
the words are app settings (they must work while every vault is locked), never content.
"""
