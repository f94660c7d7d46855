"""The Settings section: appearance, privacy, passphrase and recovery key, vaults."""
