"""Is the vault code of this installation complete? The part of ``--self-check`` that
looks below the core.

The command line's self-check (:mod:`hj_journal.cli.self_check`) asks this module rather
than the store itself, so that the command line never imports the store. Nothing here
opens a vault or writes anything; everything is imported inside the function, so
importing this module costs nothing.
"""

from __future__ import annotations

from hj_journal.core.common.i18n import translate


def check_vault_code() -> tuple[list[str], list[str]]:
    """Import every module of the store and read every migration script as Alembic does.

    Returns (lines describing what was found, lines naming what is missing).
    """
    import importlib
    import pkgutil
    import warnings

    import hj_journal.store
    from hj_journal.store import migrate

    lines: list[str] = []
    problems: list[str] = []
    imported = 0
    for module in pkgutil.walk_packages(hj_journal.store.__path__, "hj_journal.store."):
        if module.name.startswith("hj_journal.store.migrations."):
            continue  # env.py and the scripts are files Alembic runs itself; checked below
        try:
            importlib.import_module(module.name)
        except Exception as error:  # any failure means this installation is incomplete
            problems.append(
                translate("Installation", "{module} cannot be imported: {error}").format(
                    module=module.name, error=error
                )
            )
        else:
            imported += 1
    lines.append(
        translate("Installation", "Vault code: %n module(s) of hj_journal.store", None, imported)
    )

    try:
        folder = migrate.MIGRATIONS_DIR  # read now: a test points it at a damaged copy
        scripts = sorted((folder / "versions").glob("*.py"))
        scripts = [path for path in scripts if path.name != "__init__.py"]
        with warnings.catch_warnings():  # a missing script is reported below, once
            warnings.simplefilter("ignore")
            revisions = migrate.known_revisions()  # Alembic reads and runs every script file
        lines.append(
            f"Migrations: {len(scripts)} scripts, {len(revisions)} revisions, "
            f"newest {migrate.head_revision()}"
        )
        if not (folder / "env.py").is_file() or len(scripts) != len(revisions):
            problems.append(f"migration scripts are missing from {folder}")
    except Exception as error:
        problems.append(f"the migration scripts cannot be read: {error}")
    return lines, problems
