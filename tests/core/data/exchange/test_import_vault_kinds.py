"""A practice vault keeps clients, never a personal journal: imports across kinds are refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hj_journal.core.data.exchange.export_json import export_json
from hj_journal.core.data.exchange.importer import (
    INTO_PERSONAL,
    INTO_PRACTICE,
    Importer,
    ImportRefusedError,
    read_source,
    row_counts,
)
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from tests.helpers import PASSPHRASE


@pytest.fixture
def practice_vault(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[Vault]:
    vault, _ = registry.create("Practice", PASSPHRASE, policy=policy)
    Services.for_vault(vault).settings.vault_kind = VaultKind.PRACTICE
    yield vault
    vault.lock()


def _jrnl(tmp_path: Path, samples: dict[str, bytes]) -> Path:
    path = tmp_path / "journal.json"
    path.write_bytes(samples["jrnl"])
    return path


def test_every_sentence_is_one_sentence() -> None:
    for sentence in (INTO_PRACTICE, INTO_PERSONAL):
        assert sentence.count(".") == 1 and sentence.endswith(".")


@pytest.mark.parametrize(("fmt", "key"), [("jrnl", "jrnl"), ("daylio", "daylio")])
def test_another_apps_journal_is_refused_in_a_practice_vault(
    tmp_path: Path, samples: dict[str, bytes], practice_vault: Vault, fmt: str, key: str
) -> None:
    path = tmp_path / "in"
    path.write_bytes(samples[key])
    source = read_source(path, fmt)
    before = row_counts(practice_vault)
    for attempt in (Importer(practice_vault).preview, Importer(practice_vault).run):
        with pytest.raises(ImportRefusedError) as refused:
            attempt(source)
        assert str(refused.value) == INTO_PRACTICE
    assert row_counts(practice_vault) == before


def test_a_personal_export_is_refused_in_a_practice_vault(
    tmp_path: Path, services: Services, practice_vault: Vault
) -> None:
    services.journal.create(EntryInput(date(2026, 5, 2), title="Sea day", body="Only mine."))
    out = tmp_path / "personal.json"
    export_json(services.vault, out)
    assert json.loads(out.read_text())["vault_kind"] == "personal"
    before = row_counts(practice_vault)
    with pytest.raises(ImportRefusedError, match="practice vault, which keeps clients"):
        Importer(practice_vault).run(read_source(out, "json"))
    assert row_counts(practice_vault) == before


def test_a_practice_export_is_refused_in_a_personal_vault_and_fits_another_practice_vault(
    tmp_path: Path,
    services: Services,
    practice_vault: Vault,
    registry: VaultRegistry,
    policy: KdfPolicy,
) -> None:
    Services.for_vault(practice_vault).sessions.add_client(ClientInput("Rae"))
    out = tmp_path / "practice.json"
    export_json(practice_vault, out)
    assert json.loads(out.read_text())["vault_kind"] == "practice"
    source = read_source(out, "json")
    before = row_counts(services.vault)
    with pytest.raises(ImportRefusedError) as refused:
        Importer(services.vault).preview(source)
    assert str(refused.value) == INTO_PERSONAL
    assert row_counts(services.vault) == before

    other, _ = registry.create("Second practice", PASSPHRASE, policy=policy)
    try:
        Services.for_vault(other).settings.vault_kind = VaultKind.PRACTICE
        assert Importer(other).run(source).other.new >= 1
        assert [c.pseudonym for c in Services.for_vault(other).sessions.clients()] == ["Rae"]
    finally:
        other.lock()


def test_an_older_export_without_the_field_is_read_by_its_settings(
    tmp_path: Path, services: Services, practice_vault: Vault
) -> None:
    out = tmp_path / "practice.json"
    export_json(practice_vault, out)
    doc = json.loads(out.read_text())
    del doc["vault_kind"]
    out.write_text(json.dumps(doc))
    assert read_source(out, "json").vault_kind == "practice"  # type: ignore[union-attr]
    with pytest.raises(ImportRefusedError):
        Importer(services.vault).preview(read_source(out, "json"))
    doc["tables"]["settings"] = []
    out.write_text(json.dumps(doc))
    assert read_source(out, "json").vault_kind == "personal"  # type: ignore[union-attr]


def test_a_personal_journal_still_goes_into_a_personal_vault(
    tmp_path: Path, samples: dict[str, bytes], services: Services
) -> None:
    report = Importer(services.vault).run(read_source(_jrnl(tmp_path, samples), "jrnl"))
    assert report.entries.new == 3
