"""Import from and export to other journal apps and open formats.

Importers are pure parsers: ``parse_<format>(path, *, progress=None) -> ImportBatch``
in the modules of this package, with :func:`detect.detect_format` to guess the
format and :data:`detect.PARSERS` to find the parser. They never touch the vault.
"""
