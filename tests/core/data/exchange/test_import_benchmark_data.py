"""The jrnl benchmark generator writes a deterministic, importable export."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from hj_journal.core.data.exchange.jrnl_json import parse_jrnl_json
from tests.helpers import REPO

GENERATOR = REPO / "benchmarks" / "gen_jrnl.py"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_jrnl", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_export_is_deterministic_and_imports_cleanly(tmp_path: Path) -> None:
    generator = load_generator()
    first = generator.main([str(tmp_path / "a.json"), "-n", "300"])
    second = generator.main([str(tmp_path / "b.json"), "-n", "300"])

    assert first.read_bytes() == second.read_bytes()
    batch = parse_jrnl_json(first)
    assert len(batch.entries) == 300
    assert batch.skipped == ()
    assert any(entry.pinned for entry in batch.entries)
    assert any(entry.tags for entry in batch.entries)
    assert len({entry.source_id for entry in batch.entries}) == 300
