"""Healing Justice prompts: today's prompt card and the prompts manager."""
