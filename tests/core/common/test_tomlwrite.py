"""Writing TOML: any text survives as a TOML string."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from hj_journal.core.common.tomlwrite import toml_string


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_toml_strings_round_trip_any_text(text: str) -> None:
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text
