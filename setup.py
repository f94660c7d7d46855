"""Build hook: ship the top-level ``resources/`` folder inside the package.

Everything else about the build lives in ``pyproject.toml``. ``resources/`` stays at
the top of the repository (it is data, not code) and becomes ``hj_journal/resources``
in the wheel, where :mod:`hj_journal.bundled` finds it.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["hj_journal", "hj_journal.*"]), "hj_journal.resources"],
    package_dir={"hj_journal.resources": "resources"},
    package_data={
        "hj_journal.resources": ["**/*"],
        "hj_journal.store.migrations": ["*.mako", "*.ini"],
    },
)
