"""The example support resources shipped in ``resources/care/example_resources.toml``.

They are generic placeholders (no phone numbers, no country) that the user edits or
deletes; the file is read only when the user asks to add them, never from the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hj_journal.bundled import resource_path
from hj_journal.core.care.kinds import ResourceKind
from hj_journal.core.common.tomlcheck import Fields, decode_toml, item_label, read_library_file

MAX_EXAMPLES = 50


@dataclass(frozen=True)
class ExampleResource:
    """One example resource as shipped."""

    name: str
    kind: str
    contact: str
    notes: str


def example_resources_path() -> Path:
    """Where the shipped example list lives."""
    return resource_path("care", "example_resources.toml")


def parse_example_resources(
    data: str | bytes, source: str, language: str | None = None
) -> list[ExampleResource]:
    """Read an example list, raising :class:`LibraryFileError` on the first mistake."""
    top = Fields(
        decode_toml(data, source, language), source=source, known={"schema", "label", "resources"}
    )
    top.check_schema()
    top.text("label", max_len=80, one_line=True)
    examples = []
    tables = top.tables("resources", required=True, max_items=MAX_EXAMPLES)
    for number, table in enumerate(tables, 1):
        fields = Fields(
            table,
            source=source,
            item=item_label("resource", table, number),
            known={"name", "kind", "contact", "notes"},
        )
        examples.append(
            ExampleResource(
                name=fields.text("name", max_len=200, one_line=True),
                kind=fields.choice("kind", ResourceKind).value,
                contact=fields.optional_text("contact", max_len=2000) or "",
                notes=fields.optional_text("notes", max_len=2000) or "",
            )
        )
    return examples


def load_example_resources(language: str | None = None) -> list[ExampleResource]:
    """The shipped example list, in ``language`` where translated."""
    path = example_resources_path()
    return parse_example_resources(read_library_file(path), path.name, language)
