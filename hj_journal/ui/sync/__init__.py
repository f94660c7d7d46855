"""Keeping a vault in step on several devices, on screen: Settings' synced-folder box,
merging in the background while the vault is open, an entry's two versions side by side,
and joining a vault from a synced folder."""
