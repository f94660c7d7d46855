"""The coping library and its guided player."""
