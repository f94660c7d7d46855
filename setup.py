"""Build hook: ship the top-level ``resources/`` folder inside the package, translations built.

Everything else about the build lives in ``pyproject.toml``. ``resources/`` stays at
the top of the repository (it is data, not code) and becomes ``hj_journal/resources``
in the wheel, where :mod:`hj_journal.bundled` finds it. The translation catalogues
(``resources/translations/*.ts``) are built into ``.qm`` files inside the wheel here,
with PySide6's ``lrelease``, so no binary is ever committed.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    """``build_py``, then each ``.ts`` in the built resources becomes its ``.qm``."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # a checkout builds them into its cache when first needed
            return
        folder = Path(self.build_lib) / "hj_journal" / "resources" / "translations"
        for ts in sorted(folder.glob("*.ts")):
            subprocess.run(
                [_lrelease(), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )


def _lrelease() -> str:
    import PySide6  # in the build requirements (pyproject.toml)

    return str(Path(PySide6.__file__).resolve().parent / "lrelease")


setup(
    packages=[*find_packages(include=["hj_journal", "hj_journal.*"]), "hj_journal.resources"],
    package_dir={"hj_journal.resources": "resources"},
    package_data={
        "hj_journal.resources": ["**/*"],
        "hj_journal.store.migrations": ["*.mako", "*.ini"],
    },
    cmdclass={"build_py": BuildWithTranslations},
)
