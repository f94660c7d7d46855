"""Keep Python's garbage collector from stopping the window for a tenth of a second.

CPython's collector now and then makes a *full* pass over every object that can hold
references. After the app has started and a vault is open that is some 140,000 objects
(modules, classes, functions, Qt wrappers) that live as long as the app, and one pass
over them held the GUI thread 100–170 ms while scrolling a long journal
(docs/benchmarks.md, "Scrolling without a stall"). Those objects never become garbage
while the app runs, so :func:`settle` moves them out of the collector's sight with
``gc.freeze()``: later passes walk only what was made since (whatever a page makes and
drops; the timeline keeps its rows as plain tuples, which the collector stops tracking).

The objects of an unlocked vault's window do become garbage when the vault locks, so
:func:`release` gives them back to the collector, collects once (the lock screen is on
its way; nothing waits for it) and freezes what is left, which is again the app itself.
The collector stays on the whole time: only its full passes get shorter.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Treat everything alive now as long-lived: full collections skip it from now on.

    Called once what the next while needs is loaded: after the lock screen's warm-up and
    once the unlocked window has built all its pages.
    """
    gc.freeze()


def release() -> None:
    """The vault locked: collect what its window left behind, then settle what remains."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """The app is closing (or a test ends): nothing stays hidden from the collector."""
    gc.unfreeze()


def frozen() -> int:
    """How many objects full collections skip (for tests and benchmarks)."""
    return gc.get_freeze_count()
