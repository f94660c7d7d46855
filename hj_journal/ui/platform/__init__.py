"""Glue to the desktop and the system: background work, the clipboard, idle and system
lock, quick exit, crash reports, the app's own settings, theme, icons and the disguise.
"""
