"""The client's copy for an access request, in the app: a PDF with a page per session and
JSON, each holding every shared part and no private canary."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.sessions import page as sessions_page
from hj_journal.ui.sessions.client_copy import (
    JSON,
    PDF,
    TITLE,
    default_file_name,
    save_client_copy,
)
from tests.core.sessions.share_samples import (
    PRIVATE,
    PSEUDONYM,
    SHARED,
    SHARED_CANARIES,
    two_vaults,
    write_shared_session,
)
from tests.ui import support


@pytest.fixture
def practice(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[Services]:
    with two_vaults(registry, policy) as (practice, _personal):
        yield practice


def pdf_text(path: Path) -> tuple[str, int]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.metaData(QPdfDocument.MetaDataField.Title) == TITLE
    pages = document.pageCount()
    return "\n".join(document.getAllText(i).text() for i in range(pages)), pages


@pytest.mark.parametrize("form", [PDF, JSON])
def test_the_copy_holds_what_was_shared_and_nothing_private(
    qapp: QApplication, practice: Services, tmp_path: Path, form: str
) -> None:
    client_id = practice.sessions.get(write_shared_session(practice, "soap")).client_id
    told: list[str] = []
    suggested: list[str] = []

    def ask_path(_parent: Any, name: str, chosen: str) -> Path:
        suggested.append(name)
        return tmp_path / f"copy.{chosen}"

    path = save_client_copy(
        None,
        practice.sharing,
        client_id,
        PSEUDONYM,
        choose=lambda _parent, _name: form,
        ask_path=ask_path,
        tell=lambda _p, _t, text: told.append(text),
    )
    assert path == tmp_path / f"copy.{form}"
    assert suggested == [default_file_name(form)] and PSEUDONYM not in suggested[0]
    assert told == [f"Saved as copy.{form}. It is not encrypted."]
    if form == PDF:
        text, pages = pdf_text(path)
        assert pages >= 2  # the cover, then the session on its own page
        assert "Your record of our sessions" in text and SHARED in text
    else:
        text = path.read_text(encoding="utf-8")
        assert json.loads(text)["client"]["pseudonym"] == PSEUDONYM
        for canary in SHARED_CANARIES:
            assert canary in text, canary
    assert PRIVATE not in text
    assert not list(tmp_path.glob(".*partial"))


def test_changing_ones_mind_writes_nothing(
    qapp: QApplication, practice: Services, tmp_path: Path
) -> None:
    client_id = practice.sessions.get(write_shared_session(practice)).client_id
    for choose, ask_path in (
        (lambda _p, _n: None, lambda _p, _n, _f: tmp_path / "x.pdf"),
        (lambda _p, _n: PDF, lambda _p, _n, _f: None),
    ):
        assert (
            save_client_copy(
                None, practice.sharing, client_id, "R.", choose=choose, ask_path=ask_path
            )
            is None
        )
    assert not list(tmp_path.glob("*.pdf"))


def test_a_folder_that_cannot_be_written_is_one_sentence(
    qapp: QApplication, practice: Services, tmp_path: Path
) -> None:
    client_id = practice.sessions.get(write_shared_session(practice)).client_id
    told: list[str] = []
    result = save_client_copy(
        None,
        practice.sharing,
        client_id,
        "R.",
        choose=lambda _p, _n: JSON,
        ask_path=lambda _p, _n, _f: tmp_path / "missing" / "copy.json",
        tell=lambda _p, _t, text: told.append(text),
    )
    assert result is None
    assert told == ["The copy could not be saved there. Try another folder."]


def test_the_clients_page_offers_the_copy_for_the_client_shown(
    qtbot: Any,
    practice: Services,
    paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client_id = practice.sessions.get(write_shared_session(practice)).client_id
    asked: list[tuple[int, str]] = []
    monkeypatch.setattr(
        sessions_page,
        "save_client_copy",
        lambda _parent, sharing, chosen, name: asked.append((chosen, name)),
    )
    ctx = support.make_ui_ctx(practice, paths, tmp_path)
    try:
        page = sessions_page.SessionsPage(ctx)
        qtbot.addWidget(page)
        page.activate()
        page.clients.refresh(select=client_id)
        button = page.clients.copy_button
        assert button.isVisibleTo(page.clients.details)
        button.click()
        assert asked == [(client_id, PSEUDONYM)]
    finally:
        support.close_ui_ctx(ctx)
