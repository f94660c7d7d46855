"""Plain-Python services over the store: what the UI and the command line call.

Services take an unlocked vault and return frozen dataclasses, never ORM objects, so
nothing above this layer ever holds a database session. No Qt here.
"""
