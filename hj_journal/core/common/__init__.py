"""Helpers every core package shares: the errors services raise, the Healing Justice
principles, passphrase rules, TOML checking and writing, and resource translations.
"""
