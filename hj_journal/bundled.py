"""Find the files shipped in ``resources/`` (instruments, coping, prompts, icons).

In a source checkout they sit at the top of the repository; in an installed wheel
they live inside the package as ``hj_journal/resources``. This is the one place that
knows both.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourcesMissingError(RuntimeError):
    """The bundled resources folder could not be found (a broken installation)."""


def resources_dir() -> Path:
    """Return the folder holding the bundled resources."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise ResourcesMissingError(
        "HJ Journal's bundled files are missing; please reinstall the app."
    )


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, such as ``resource_path("coping")``."""
    return resources_dir().joinpath(*parts)
