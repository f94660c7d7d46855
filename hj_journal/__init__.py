"""HJ Journal: a private, encrypted self-care and well-being journal.

Importing this package has no side effects: nothing is created, read or started
until :func:`hj_journal.cli.main` wires the application together.
"""

__version__ = "0.1.0"
