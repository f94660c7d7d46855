"""Every test file sits where the module it tests sits (tests/README.md says how).

``tests/core/checkin/test_words.py`` tests ``hj_journal/core/checkin/words.py``. A module
with many tests may have more than one file, each named after it first
(``test_rotation_kills.py`` for ``store/rotation.py``). A section of the UI may have its
own ``test_accessibility.py``, ``test_render.py`` and ``test_wording.py``, which walk all of
its screens. Tests of the whole app sit at ``tests/`` or ``tests/ui/`` and are listed here.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import REPO

TESTS = REPO / "tests"

WHOLE_APP = {
    # tests/: the layers and contracts, the network guard, the privacy canary, the wheel.
    "test_architecture.py",
    "test_catalogues.py",  # every marked sentence in a catalogue, translated
    "test_mirror.py",
    "test_network_guard.py",
    "test_privacy_canary.py",
    "test_wheel.py",
    # tests/ui/: every screen walked, rendered, at every text size, nothing cut or moving.
    "ui/test_accessibility.py",
    "ui/test_dependencies.py",
    "ui/test_layouts_hold.py",
    "ui/test_nothing_moves.py",
    "ui/test_render.py",
    "ui/test_spanish.py",  # every screen in Spanish at 150 % and in pseudo-translation
    "ui/test_support.py",  # the shared UI test helpers themselves (tests/ui/support.py)
    "ui/test_truncated_text.py",
}

SECTION_WIDE = {"accessibility", "render", "wording"}

# Tests still named after what they check rather than the module; each is to move beside
# its module (or join its file). New test files follow the rule from the start.
NOT_YET_MIRRORED = {
    "cli/test_attempts_cli.py",
    "cli/test_careful_arguments.py",
    "cli/test_commands.py",
    "cli/test_damage_is_damage.py",
    "cli/test_data_commands.py",
    "cli/test_faults.py",
    "cli/test_hardening.py",
    "cli/test_import_kind_refusal.py",
    "cli/test_key_rotation_cmds.py",
    "cli/test_private_files.py",
    "cli/test_sessions_sign.py",
    "core/checkin/instruments/test_languages.py",
    "core/data/exchange/test_export_files.py",
    "core/data/exchange/test_import_benchmark_data.py",
    "core/data/exchange/test_import_daylio.py",
    "core/data/exchange/test_import_dayone.py",
    "core/data/exchange/test_import_detect.py",
    "core/data/exchange/test_import_jrnl_json.py",
    "core/data/exchange/test_import_jrnl_text.py",
    "core/data/exchange/test_import_limits.py",
    "core/data/exchange/test_import_markdown.py",
    "core/data/exchange/test_import_robustness.py",
    "core/data/exchange/test_import_vault_kinds.py",
    "core/data/exchange/test_interrupted_export.py",
    "core/data/test_canaries_deleted.py",
    "core/sessions/test_private_canary.py",
    "ui/data/test_data_dialogs.py",
    "ui/data/test_data_in_shell.py",
    "ui/data/test_data_render.py",
    "ui/practice/test_notes_to_finish.py",
    "ui/practice/test_practice_import_dialog.py",
    "ui/sessions/test_client_page.py",
    "ui/sessions/test_private_canary.py",
}


def modules_in(folder: Path) -> set[str]:
    """The module and package names in ``folder`` (a leading underscore left out)."""
    names = {path.stem.lstrip("_") for path in folder.glob("*.py") if path.stem != "__init__"}
    names |= {path.name for path in folder.iterdir() if (path / "__init__.py").is_file()}
    return names


def has_a_home(test: Path) -> bool:
    """Whether ``test`` (a path under tests/) names a module in its mirror folder."""
    relative = test.relative_to(TESTS)
    if relative.parts[0] == "packaging":  # mirrors the repository's packaging/ folder
        return (REPO / "packaging").is_dir()
    source = REPO / "hj_journal" / relative.parent
    if not source.is_dir():
        return False
    tested = test.stem.removeprefix("test_")
    names = modules_in(source)
    if tested in names or any(tested.startswith(f"{name}_") for name in names):
        return True
    section = len(relative.parts) == 3 and relative.parts[0] == "ui"
    return section and tested in SECTION_WIDE


def test_every_test_file_sits_beside_the_module_it_tests() -> None:
    homeless = [
        str(test.relative_to(TESTS))
        for test in sorted(TESTS.rglob("test_*.py"))
        if str(test.relative_to(TESTS)) not in WHOLE_APP | NOT_YET_MIRRORED
        and not has_a_home(test)
    ]
    assert homeless == [], "name each after the module it tests (tests/README.md)"


def test_the_rule_knows_a_home_from_a_stray() -> None:
    assert has_a_home(TESTS / "core" / "checkin" / "test_words.py")
    assert has_a_home(TESTS / "store" / "test_rotation_kills.py")  # an aspect of rotation
    assert has_a_home(TESTS / "ui" / "care" / "test_render.py")  # the section's screens
    assert has_a_home(TESTS / "core" / "data" / "exchange" / "test_output.py")  # _output
    assert not has_a_home(TESTS / "core" / "checkin" / "test_checkin_words_prefs_scales.py")
    assert not has_a_home(TESTS / "ui" / "coping" / "test_prompt_card.py")
    assert not has_a_home(TESTS / "ui" / "test_render.py")  # whole-app: listed, not found
    assert not has_a_home(TESTS / "nowhere" / "test_words.py")
