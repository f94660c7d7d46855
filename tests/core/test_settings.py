"""The vault's own settings (hj_journal.core.settings): declared once, typed, kept as stored."""

from __future__ import annotations

import ast
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from hj_journal.core.common.principles import Principle
from hj_journal.core.events import Events, SettingChanged
from hj_journal.core.services import Services
from hj_journal.core.settings import (
    AskArriving,
    Layout,
    PromptStep,
    Setting,
    VaultKind,
    VaultSettings,
)
from hj_journal.core.vaults import KdfPolicy, Vault
from hj_journal.store.models import Setting as SettingRow
from tests.helpers import PASSPHRASE, REPO, store_setting_row

KEPT = Path(__file__).resolve().parents[1] / "data" / "vaults"
KEPT_PASSPHRASE = "sample vault passphrase"  # see tests/data/make_schema_vault.py
STICK = str(Path("media") / "stick")
OLD_STICK = str(Path("media") / "old stick")

# Every setting as the version before the typed declarations wrote it (the JSON in the
# row, checked against that version's own code), and the value it reads as now.
AS_STORED_BEFORE: dict[str, tuple[Any, Any]] = {
    "vault_kind": ("practice", VaultKind.PRACTICE),
    "prompt_principles": (["community", "self_care"], (Principle.COMMUNITY, Principle.SELF_CARE)),
    "prompt_content_notes": (False, False),
    "another_prompt": ({"day": "2026-06-30", "step": 2}, PromptStep(date(2026, 6, 30), 2)),
    "on_this_day": (True, True),
    "arriving_ask": ("once_a_day", AskArriving.ONCE_A_DAY),
    "arriving_last": (
        "2026-01-02T03:04:05.000006+00:00",
        datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
    ),
    "hidden_instruments": (["gad7", "phq9"], frozenset({"gad7", "phq9"})),
    "phq8_mode": (True, True),
    "checkin_layout": ("single_page", Layout.SINGLE_PAGE),
    "support_threshold": (7, 7),
    "content_notes_off": (["self_harm"], frozenset({"self_harm"})),
    "own_emotions": (["wobbly", "fizzy inside"], ("wobbly", "fizzy inside")),
    "own_body_sensations": (["tight jaw"], ("tight jaw",)),
    "own_context_tags": (["moving house"], ("moving house",)),
    "revisit_months": (6, 6),
    "revisited_on": ("2026-01-02", date(2026, 1, 2)),
    "support_country": ("GB", "GB"),
    "summaries_saved": (["a-session", "b-session"], frozenset({"a-session", "b-session"})),
    "retention_years": (10, 10),
    "backup_auto": (False, False),
    "backup_keep_daily": (3, 3),
    "backup_keep_weekly": (2, 2),
    "backup_folder": (STICK, Path(STICK)),
    "backup_other_folders": ([OLD_STICK], (Path(OLD_STICK),)),
    "attachment_limit_mb": (250, 250),
    "attachment_keep_metadata": (True, True),
}

# What a vault that never stored a setting reads, as the version before declared it.
DEFAULTS_BEFORE: dict[str, Any] = {
    "vault_kind": VaultKind.PERSONAL,
    "prompt_principles": tuple(Principle),
    "prompt_content_notes": True,
    "another_prompt": None,
    "on_this_day": False,
    "arriving_ask": AskArriving.FEW_HOURS,
    "arriving_last": None,
    "hidden_instruments": frozenset(),
    "phq8_mode": False,
    "checkin_layout": Layout.ONE_PER_SCREEN,
    "support_threshold": None,
    "content_notes_off": frozenset(),
    "own_emotions": (),
    "own_body_sensations": (),
    "own_context_tags": (),
    "revisit_months": 0,
    "revisited_on": None,
    "support_country": None,
    "summaries_saved": frozenset(),
    "retention_years": 7,
    "backup_auto": True,
    "backup_keep_daily": 7,
    "backup_keep_weekly": 4,
    "backup_folder": None,
    "backup_other_folders": (),
    "attachment_limit_mb": 100,
    "attachment_keep_metadata": False,
}


def _declared() -> dict[str, Setting[Any]]:
    return {
        name: value for name, value in vars(VaultSettings).items() if isinstance(value, Setting)
    }


def _row(vault: Vault, key: str) -> Any:
    with vault.session() as session:
        row = session.get(SettingRow, key)
        return None if row is None else row.value


def _keys_in_rows(vault: Vault) -> set[str]:
    with vault.session() as session:
        return {row.key for row in session.query(SettingRow)}


# ---------------------------------------------------------------------- vaults made before


def _kept_revisions() -> list[str]:
    return sorted(p.name for p in KEPT.iterdir() if p.is_dir())


@pytest.mark.parametrize("revision", _kept_revisions())
def test_a_kept_vault_reads_as_a_personal_vault(
    revision: str, tmp_path: Path, policy: KdfPolicy
) -> None:
    """Each sample vault stored ``vault.kind = "personal"`` with the code of its day."""
    folder = tmp_path / revision
    shutil.copytree(KEPT / revision, folder)
    vault = Vault(folder)
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    try:
        settings = VaultSettings(vault)
        assert settings.vault_kind is VaultKind.PERSONAL
        assert not settings.is_practice_vault
        # The only rows in them are ones the declarations know (or the store's label).
        assert _keys_in_rows(vault) <= {s.key for s in VaultSettings.declared()} | {"vault.label"}
    finally:
        vault.lock()


def test_every_declared_setting_has_a_stored_example_and_a_default() -> None:
    assert set(AS_STORED_BEFORE) == set(_declared()) == set(DEFAULTS_BEFORE)


def test_values_stored_before_read_the_same(vault: Vault) -> None:
    for name, (stored, _value) in AS_STORED_BEFORE.items():
        store_setting_row(vault, _declared()[name].key, stored)
    settings = VaultSettings(vault)
    read = {name: getattr(settings, name) for name in AS_STORED_BEFORE}
    assert read == {name: value for name, (_stored, value) in AS_STORED_BEFORE.items()}


def test_values_are_stored_as_before(vault: Vault) -> None:
    """Same key, same JSON: a vault opened again by an older version reads it too."""
    settings = VaultSettings(vault)
    for name, (_stored, value) in AS_STORED_BEFORE.items():
        setattr(settings, name, value)
    rows = {name: _row(vault, _declared()[name].key) for name in AS_STORED_BEFORE}
    assert rows == {name: stored for name, (stored, _value) in AS_STORED_BEFORE.items()}


def test_a_new_vault_reads_the_defaults_it_always_had(vault: Vault) -> None:
    settings = VaultSettings(vault)
    assert {name: getattr(settings, name) for name in DEFAULTS_BEFORE} == DEFAULTS_BEFORE
    assert _keys_in_rows(vault) == set()  # reading stores nothing


def test_an_imported_packs_details_are_read_and_kept_as_before(vault: Vault) -> None:
    details = {
        "version": "1.2",
        "language": "en",
        "guided": True,
        "sections": {"p1": "Morning"},
        "not_daily": ["p2"],
    }
    settings = VaultSettings(vault)
    pack = VaultSettings.pack_details.of("0b7c1e8e-5f4a-4c34-9a55-3b8f3b2d7f11")
    assert pack.key == "prompts.pack.0b7c1e8e-5f4a-4c34-9a55-3b8f3b2d7f11"
    assert settings.read(pack) == {}
    store_setting_row(vault, pack.key, details)
    assert settings.read(pack) == details
    settings.forget(pack)
    assert _row(vault, pack.key) is None


# ---------------------------------------------------------------------- damaged rows


# Any text reads as a country code or a folder; each is checked where it is used.
_TEXT_READS = {"support_country", "backup_folder"}


@pytest.mark.parametrize("stored", [3.5, {"not": "this"}, "not this either"])
def test_stored_values_that_do_not_read_fall_back_to_the_defaults(
    vault: Vault, stored: object
) -> None:
    names = [n for n in AS_STORED_BEFORE if not (n in _TEXT_READS and isinstance(stored, str))]
    for name in names:
        store_setting_row(vault, _declared()[name].key, stored)
    settings = VaultSettings(vault)
    assert {n: getattr(settings, n) for n in names} == {n: DEFAULTS_BEFORE[n] for n in names}


def test_lists_keep_the_items_that_read(vault: Vault) -> None:
    store_setting_row(vault, "checkin.words.emotions", ["calm", 7, "", "  ", None, "tired"])
    store_setting_row(vault, "prompts.principles", ["community", "unknown", 3])
    settings = VaultSettings(vault)
    assert settings.own_emotions == ("calm", "tired")
    assert settings.prompt_principles == (Principle.COMMUNITY,)


def test_numbers_of_backups_beyond_the_range_are_held_to_it(vault: Vault) -> None:
    store_setting_row(vault, "backup.keep_daily", 5000)
    store_setting_row(vault, "backup.keep_weekly", -3)
    settings = VaultSettings(vault)
    assert (settings.backup_keep_daily, settings.backup_keep_weekly) == (1000, 0)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("checkin_layout", "sideways"),
        ("arriving_ask", "sometimes"),
        ("support_threshold", 11),
        ("support_threshold", True),
        ("revisit_months", 25),
        ("vault_kind", "shared"),
        ("on_this_day", "yes"),
        ("retention_years", 0),
        ("retention_years", 101),
    ],
)
def test_a_value_that_would_not_read_back_is_refused(vault: Vault, name: str, value: Any) -> None:
    settings = VaultSettings(vault)
    with pytest.raises(ValueError, match=_declared()[name].key):
        setattr(settings, name, value)
    assert _keys_in_rows(vault) == set()


# ---------------------------------------------------------------------- one declaration


def test_each_key_is_declared_once() -> None:
    keys = [s.key for s in VaultSettings.declared()]
    assert len(keys) == len(set(keys))
    assert not [k for k in keys if k.startswith(VaultSettings.pack_details.prefix)]
    assert all(len(k) <= 64 for k in keys)  # the column's width


def _string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_module_but_the_declarations_names_a_key_or_a_settings_row() -> None:
    """A raw key or a ``Setting`` row used elsewhere would bypass types and defaults."""
    keys = {s.key for s in VaultSettings.declared()}
    prefix = VaultSettings.pack_details.prefix
    source = REPO / "hj_journal"
    declarations = source / "core" / "settings.py"
    found = []
    for path in sorted(source.rglob("*.py")):
        if path == declarations:
            continue
        for line, text in _string_constants(path):
            if text in keys or text.startswith(prefix):
                found.append(f"{path.relative_to(REPO)}:{line}: {text!r}")
        if path.parent.name != "store" and "store.models import" in path.read_text("utf-8"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found.extend(
                f"{path.relative_to(REPO)}:{node.lineno}: Setting row"
                for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom)
                and node.module == "hj_journal.store.models"
                and any(alias.name == "Setting" for alias in node.names)
            )
    assert found == []


def test_the_scan_finds_a_raw_key(tmp_path: Path) -> None:
    """The scan above reads string constants, so a key written out in full is caught."""
    sample = tmp_path / "sample.py"
    sample.write_text('KEY = "checkin.layout"\n', encoding="utf-8")
    assert (1, "checkin.layout") in _string_constants(sample)


# ---------------------------------------------------------------------- writing


def test_settings_persist_and_are_announced(services: Services, policy: KdfPolicy) -> None:
    heard: list[object] = []
    services.events.subscribe(heard.append)
    settings = services.settings
    assert not settings.is_practice_vault
    settings.vault_kind = VaultKind.PRACTICE
    settings.support_threshold = 4
    assert heard == [SettingChanged("vault.kind"), SettingChanged("checkin.support_threshold")]
    vault = services.vault
    vault.lock()
    vault.unlock(PASSPHRASE, policy=policy)
    assert settings.is_practice_vault
    assert settings.support_threshold == 4


def test_a_write_inside_a_transaction_waits_for_it(vault: Vault) -> None:
    events = Events()
    heard: list[object] = []
    events.subscribe(heard.append)
    settings = VaultSettings(vault, events=events)
    pack = VaultSettings.pack_details.of("a-pack")
    with pytest.raises(RuntimeError), vault.transaction() as session:
        settings.write(pack, {"version": "1"}, session=session)
        raise RuntimeError("the pack could not be saved")
    assert _row(vault, pack.key) is None  # rolled back with the pack
    assert heard == []  # the owning service announces its own change
