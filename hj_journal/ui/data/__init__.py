"""Own your data: backups, restore, export, import and wipe (the File menu)."""
