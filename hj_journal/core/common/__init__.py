"""Helpers every core package shares: the errors services raise, the Healing Justice
principles, passphrase rules, TOML checking and writing, resource translations, and the
file-friendly ids made from typed titles.
"""
