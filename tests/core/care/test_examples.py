"""The shipped example resources: generic, labelled as examples, and checked when read."""

from __future__ import annotations

import re
import tomllib

import pytest

from hj_journal.bundled import resource_path
from hj_journal.core.care.examples import (
    load_example_resources,
    parse_example_resources,
)
from hj_journal.core.common.tomlcheck import LibraryFileError


def test_the_shipped_examples_are_generic_and_say_they_are_examples() -> None:
    path = resource_path("care", "example_resources.toml")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["label"] == "Example — edit or delete"
    examples = load_example_resources()
    kinds = {example.kind for example in examples}
    assert {"warm_line", "crisis_support", "person", "non_police_crisis"} <= kinds
    text = path.read_text(encoding="utf-8")
    # No real phone numbers and no web or network addresses.
    assert not re.search(r"\d{3}", text)
    assert not re.search(r"https?:|www\.|@", text)


def test_example_files_are_validated() -> None:
    with pytest.raises(LibraryFileError, match="kind"):
        parse_example_resources(
            'label = "x"\n[[resources]]\nname = "A"\nkind = "police"\n', "bad.toml"
        )
    with pytest.raises(LibraryFileError, match="resources"):
        parse_example_resources('label = "x"\n', "empty.toml")
    with pytest.raises(LibraryFileError, match="spelling"):
        parse_example_resources(
            'label = "x"\n[[resources]]\nname = "A"\nkind = "other"\nphone = "1"\n', "x.toml"
        )
