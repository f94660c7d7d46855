"""``hj-journal --self-check``: is every part of this installation present?

Made for installed packages (the Linux package's test runs it): it prints the versions
of Python, Qt and SQLCipher, imports every module of the vault code, loads each
migration script as Alembic does (from its file) and finds the bundled resources. It
opens no vault and writes nothing. Everything is imported inside the function, so the
check costs start-up nothing when it is not asked for.

Exit codes: 0 when every part is there; 1 when one is missing (one line each says which).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any


def self_check() -> tuple[list[str], list[str]]:
    """Return (lines describing the installation, lines naming what is missing)."""
    import platform

    from hj_journal import __version__
    from hj_journal.core.common.i18n import translate

    lines = [f"HJ Journal {__version__}", f"Python {platform.python_version()}"]
    problems: list[str] = []

    try:
        import PySide6
        from PySide6.QtCore import qVersion

        lines.append(f"Qt {qVersion()} (PySide6 {PySide6.__version__})")
    except ImportError as error:
        problems.append(
            translate("CliSelfCheck", "Qt cannot be loaded: {error}").format(error=error)
        )

    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            cipher = conn.execute("PRAGMA cipher_version").fetchone()
            sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
            options = {row[0] for row in conn.execute("PRAGMA compile_options")}
        finally:
            conn.close()
        if not cipher or not cipher[0]:
            problems.append(
                translate(
                    "CliSelfCheck",
                    "SQLCipher reports no cipher_version: encryption is not available",
                )
            )
        else:
            fts5 = ", FTS5" if "ENABLE_FTS5" in options else ""
            lines.append(f"SQLCipher {cipher[0]} (SQLite {sqlite}{fts5})")
        if "ENABLE_FTS5" not in options:
            problems.append(
                translate("CliSelfCheck", "SQLCipher was built without FTS5: search will not work")
            )
    except ImportError as error:
        problems.append(
            translate("CliSelfCheck", "SQLCipher cannot be loaded: {error}").format(error=error)
        )

    from hj_journal.core.installation import check_vault_code

    found, missing = check_vault_code()
    lines += found
    problems += missing

    from hj_journal.bundled import ResourcesMissingError, resources_dir

    try:
        folder = resources_dir()
    except ResourcesMissingError as error:
        problems.append(str(error))
    else:
        count = sum(1 for path in folder.rglob("*") if path.is_file())
        lines.append(
            translate("CliSelfCheck", "Resources: %n file(s) in {folder}", None, count).format(
                folder=folder
            )
        )
        for needed in ("icons/app.svg", "instruments", "coping", "prompts", "support"):
            if not (folder / needed).exists():
                problems.append(
                    translate(
                        "CliSelfCheck", "bundled resource {name} is missing from {folder}"
                    ).format(name=needed, folder=folder)
                )
    return lines, problems


def run_self_check() -> int:
    """Print the report; return 0 when every part is present, else 1."""
    import sys

    from hj_journal.core.common.i18n import translate

    lines, problems = self_check()
    for line in lines:
        print(line)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(translate("CliSelfCheck", "Every part of HJ Journal is present."))
    return 0


class SelfCheckAction(argparse.Action):
    """``--self-check``: like ``--version``, runs on its own and ends the program."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("nargs", 0)
        kwargs.setdefault("default", argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        """Run the check and exit with its code."""
        parser.exit(run_self_check())
