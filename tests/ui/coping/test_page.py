"""The Coping page: filters, favourites, hiding, own strategies, files, and Pause."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from hj_journal.core.common.principles import Principle
from hj_journal.core.coping.library import PAUSE_STRATEGY_ID, Kind, Step, Strategy
from hj_journal.ui.coping.page import CopingPage
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.shell.context import UiContext


class FakeAsker:
    """Answers the page's questions without dialogs."""

    def __init__(self, tmp_path: Path) -> None:
        self.strategy: Strategy | None = None
        self.confirm = True
        self.path: Path | None = tmp_path / "shared.toml"
        self.told: list[str] = []
        self.asked: list[str] = []

    def edit_strategy(
        self, parent: QWidget | None, strategy: Strategy | None, heading: str
    ) -> Strategy | None:
        self.asked.append(heading)
        return self.strategy

    def confirm_delete(self, parent: QWidget | None, title: str) -> bool:
        self.asked.append(f"delete {title}")
        return self.confirm

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        self.asked.append(f"save {suggested}")
        return self.path

    def open_path(self, parent: QWidget | None) -> Path | None:
        return self.path

    def tell(self, parent: QWidget | None, title: str, text: str) -> None:
        self.told.append(text)


MINE = Strategy(
    id="draft",
    title="Sing the river song",
    principle=Principle.COMMUNITY,
    kind=Kind.CULTURAL,
    steps=(Step("Hum the first line."), Step("Sing it through once.", seconds=90)),
    minutes=(2, 4),
)


@pytest.fixture
def asker(tmp_path: Path) -> FakeAsker:
    return FakeAsker(tmp_path)


@pytest.fixture
def page(qtbot, ui_ctx: UiContext, asker: FakeAsker) -> CopingPage:
    made = CopingPage(ui_ctx, asker=asker)  # type: ignore[arg-type]
    qtbot.addWidget(made)
    return made


def shown_keys(page: CopingPage) -> list[str]:
    return [page.model.item(row).key for row in range(page.model.rowCount())]


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_filters_match_the_library_service(page: CopingPage, ui_ctx: UiContext) -> None:
    coping = ui_ctx.services.coping
    assert len(shown_keys(page)) == len(coping.library())
    choose(page.principle, "community")
    assert shown_keys(page) == [i.key for i in coping.browse(principles=["community"])]
    choose(page.kind, Kind.CONNECTION.value)
    expected = coping.browse(principles=["community"], kinds=["connection"])
    assert shown_keys(page) == [i.key for i in expected] and expected
    choose(page.principle, None)
    choose(page.kind, None)
    choose(page.time, 2)
    two = shown_keys(page)
    assert PAUSE_STRATEGY_ID in two and "safety-plan" not in two
    choose(page.time, None)
    page.search.setText("box")
    assert shown_keys(page) == ["box-breathing"]
    page.search.setText("nothing like this")
    assert shown_keys(page) == [] and page.details.item is None
    assert "Nothing matches" in page.count.text()


def test_the_principle_list_shows_counts(page: CopingPage, ui_ctx: UiContext) -> None:
    counts = ui_ctx.services.coping.counts_by_principle()
    for principle, count in counts.items():
        index = page.principle.findData(principle.value)
        assert page.principle.itemText(index).endswith(f"({count})")


def test_a_favourite_moves_to_the_top(page: CopingPage) -> None:
    page.search.setText("tipp")
    page.details.favourite_button.click()
    page.search.clear()
    assert shown_keys(page)[0] == "tipp"
    page.favourites_only.setChecked(True)
    assert shown_keys(page) == ["tipp"]


def test_hide_a_builtin_and_bring_it_back(page: CopingPage) -> None:
    page.search.setText("butterfly")
    assert shown_keys(page) == ["butterfly-hug"]
    page.details.hide_button.click()
    assert shown_keys(page) == []
    assert "Show hidden" in page.message.text()
    page.show_hidden.setChecked(True)
    assert shown_keys(page) == ["butterfly-hug"]
    assert page.details.item is not None and page.details.item.hidden
    assert page.details.hide_button.text().replace("&", "") == "Show again"
    page.details.hide_button.click()
    page.show_hidden.setChecked(False)
    assert shown_keys(page) == ["butterfly-hug"]


def test_add_edit_and_delete_an_own_strategy(
    page: CopingPage, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    asker.strategy = MINE
    page.add_button.click()
    item = page.current_item()
    assert item is not None and not item.builtin and item.strategy.title == MINE.title
    assert page.details.edit_button.isVisibleTo(page) and not page.details.copy_button.isVisibleTo(
        page
    )

    asker.strategy = replace(MINE, title="Sing the river song together")
    page.details.edit_button.click()
    assert ui_ctx.services.coping.get(item.key).strategy.title.endswith("together")

    asker.confirm = False
    page.details.delete_button.click()
    assert item.key in shown_keys(page)
    asker.confirm = True
    page.details.delete_button.click()
    assert item.key not in shown_keys(page)


def test_a_refused_strategy_is_explained_and_not_saved(
    page: CopingPage, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    asker.strategy = replace(MINE, kind=Kind.BREATHING)  # timed step without a breath
    page.add_button.click()
    assert "phase" in page.message.text()
    assert len(ui_ctx.services.coping.library()) == len(shown_keys(page))


def test_copy_a_builtin_into_your_own(page: CopingPage, asker: FakeAsker) -> None:
    page.search.setText("box")
    builtin = page.current_item()
    assert builtin is not None
    asker.strategy = replace(builtin.strategy, title="My box", repeat=5)
    page.details.copy_button.click()
    mine = page.current_item()
    assert mine is not None and not mine.builtin and mine.strategy.repeat == 5


def test_export_then_import_a_strategy_file(
    page: CopingPage, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    page.search.setText("calm place")
    page.details.export_button.click()
    assert asker.asked[-1] == "save calm-place.toml"
    assert asker.path is not None and "Calm place" in asker.path.read_text(encoding="utf-8")
    page.import_button.click()
    added = page.current_item()
    assert added is not None and not added.builtin and added.strategy.title == "Calm place"
    assert (
        len(ui_ctx.services.coping.library())
        == len(ui_ctx.services.coping.builtin_strategies()) + 1
    )


def test_a_broken_file_is_reported_and_nothing_is_added(
    page: CopingPage, asker: FakeAsker, ui_ctx: UiContext
) -> None:
    assert asker.path is not None
    asker.path.write_text('title = "No id"\n', encoding="utf-8")
    page.import_button.click()
    assert asker.told and "shared.toml" in asker.told[0]
    assert len(ui_ctx.services.coping.library()) == len(
        ui_ctx.services.coping.builtin_strategies()
    )


def test_pause_opens_the_short_grounding_straight_away(page: CopingPage, qtbot) -> None:
    page.offer_pause()
    dialog = page.last_player
    assert isinstance(dialog, PlayerDialog)
    assert dialog.strategy.id == PAUSE_STRATEGY_ID
    assert dialog.panel is not None and dialog.pages.currentWidget() is dialog.running
    page.offer_pause()  # again: the same one comes forward
    assert page.last_player is dialog
    dialog.close()


def test_begin_opens_the_player_on_the_chosen_strategy(page: CopingPage, qtbot) -> None:
    page.search.setText("cyclic")
    page.details.begin_button.click()
    dialog = page.last_player
    assert dialog is not None
    assert dialog.strategy.id == "cyclic-sighing"
    assert dialog.pages.currentWidget() is dialog.before  # the optional rating comes first
    dialog.close()


def test_the_safety_bars_pause_in_the_main_window_opens_the_player(
    qtbot, ui_ctx: UiContext
) -> None:  # type: ignore[no-untyped-def]
    from hj_journal.ui.shell.main_window import MainWindow
    from hj_journal.ui.shell.section_registry import SECTIONS

    coping = [spec for spec in SECTIONS if spec.key == "coping"]
    window = MainWindow(ui_ctx, coping)
    qtbot.addWidget(window)
    assert isinstance(window.pages["coping"], CopingPage)
    window.safety_bar.pause_button.click()
    dialogs = window.findChildren(PlayerDialog)
    assert [d.strategy.id for d in dialogs] == [PAUSE_STRATEGY_ID]
    assert dialogs[0].panel is not None  # straight into the first step
    dialogs[0].let_go()
