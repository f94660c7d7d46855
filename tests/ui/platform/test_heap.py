"""The collector's full passes skip what lives as long as the app, and get it back on lock."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from hj_journal.ui.platform import heap


class Node:
    """An object in a reference cycle: only the collector can free it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_settle_hides_what_is_alive_from_full_collections() -> None:
    node = Node()
    heap.settle()
    assert heap.frozen() > 0
    assert not any(obj is node for obj in gc.get_objects())  # a full pass skips it
    heap.thaw()
    assert heap.frozen() == 0
    assert any(obj is node for obj in gc.get_objects())


def test_release_frees_what_became_garbage_while_settled_and_settles_the_rest() -> None:
    kept, dropped = Node(), Node()
    gone = weakref.ref(dropped)
    heap.settle()
    del dropped
    gc.collect()
    assert gone() is not None  # settled: the collector cannot free it yet

    heap.release()  # the vault locked
    assert gone() is None
    assert heap.frozen() > 0
    assert not any(obj is kept for obj in gc.get_objects())
