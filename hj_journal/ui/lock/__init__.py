"""The lock screen: choose a vault, unlock it, or create one (with its recovery kit)."""
