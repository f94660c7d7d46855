"""The frozen app's entry point: the same ``main`` as the ``hj-journal`` command.

PyInstaller runs this file as ``__main__``. It lives outside the ``hj_journal`` package
on purpose: freezing ``hj_journal/__main__.py`` would put the package's own folder on the
module path, where ``hj_journal/ui/platform`` could shadow the standard ``platform``.
"""

from hj_journal.cli import main

raise SystemExit(main())
