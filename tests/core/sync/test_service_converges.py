"""Any interleaving of edits, removals, deliveries and merges on three devices ends with
the same state everywhere, and no entry's text is lost unless someone changed it
while seeing it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hj_journal.core.sync import run
from hj_journal.core.vaults import KdfPolicy
from tests.core.sync.support import Device, Mesh, three

ENTRIES = 2
_step = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, ENTRIES - 1)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, ENTRIES - 1)),
    st.tuples(st.just("merge"), st.integers(0, 2), st.just(0)),
    st.tuples(st.just("deliver"), st.integers(0, 2), st.integers(0, 2)),
)


def _shown_texts(device: Device, uuid: str) -> set[str]:
    shown = device.entry(uuid)
    if shown is None:
        return set()
    return {shown[1], *(body for _title, body in device.other_texts(uuid))}


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(_step, min_size=4, max_size=16))
def test_every_interleaving_converges_and_keeps_every_text(
    steps: list[tuple[str, int, int]], network_guard: None
) -> None:
    _converges(steps, searched=False)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(_step, min_size=4, max_size=12))
def test_every_interleaving_converges_the_way_big_change_sets_are_applied(
    steps: list[tuple[str, int, int]], network_guard: None
) -> None:
    # Every change set as a big one: rows read ahead, triggers and log off, the changed
    # entries taken out of search and added back by the background builder.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "REINDEX_LATER_FROM", 1)
        patch.setattr(run, "QUIET_LOG_FROM", 1)
        _converges(steps, searched=True)


def _converges(steps: list[tuple[str, int, int]], *, searched: bool) -> None:
    root = Path(tempfile.mkdtemp(prefix="hj-sync-"))
    mesh: Mesh = three(root, KdfPolicy.fast_for_tests())
    try:
        a = mesh.devices[0]
        uuids = [a.write(f"Entry {n}", f"start {n}") for n in range(ENTRIES)]
        mesh.settle()
        written = {u: {f"start {n}"} for n, u in enumerate(uuids)}
        # Text nobody may miss: it was covered by a change made while it was shown.
        covered: dict[str, set[str]] = {u: set() for u in uuids}
        for n, (kind, who, what) in enumerate(steps):
            device = mesh.devices[who]
            if kind == "edit":
                uuid = uuids[what]
                shown = device.entry(uuid)
                if shown is None:
                    continue
                text = f"{device.name} wrote {n}"
                covered[uuid].add(shown[1])
                device.edit(uuid, body=text)
                written[uuid].add(text)
            elif kind == "delete":
                uuid = uuids[what]
                shown = device.entry(uuid)
                if shown is None:
                    continue
                covered[uuid].add(shown[1])
                device.delete_forever(uuid)
            elif kind == "merge":
                device.sync.sync_now()
            elif who != what:
                mesh.deliver(device, mesh.devices[what])
        mesh.settle(rounds=4)
        pictures = [d.picture() for d in mesh.devices]
        assert pictures[0] == pictures[1] == pictures[2]
        for uuid in uuids:
            left = _shown_texts(a, uuid)
            missing = written[uuid] - covered[uuid] - left
            assert not missing, (uuid, missing, left)
        if searched:
            for device in mesh.devices:
                journal = device.services.journal
                while not journal.add_word_forms().finished:
                    pass
                assert device.services.vault.verify().ok
                for uuid in uuids:
                    shown = device.entry(uuid)
                    if shown is not None:
                        found = {
                            journal.get(r.summary.id).uuid for r in journal.search(f'"{shown[1]}"')
                        }
                        assert uuid in found, (device.name, shown[1])
    finally:
        for device in mesh.devices:
            device.close()
        shutil.rmtree(root, ignore_errors=True)
