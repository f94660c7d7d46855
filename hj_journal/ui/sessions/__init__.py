"""The Sessions section (practice vaults): clients, one-on-one sessions and summaries."""
