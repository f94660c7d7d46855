"""The recovery kit: a one-page PDF, printing, and the check that the key was kept."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hj_journal.core.common import i18n
from hj_journal.core.vaults import recovery_key_groups
from hj_journal.store import recovery
from hj_journal.ui.lock.recovery_kit import KitCheck, KitView, kit_html, save_kit_pdf
from hj_journal.ui.platform import translations


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page>")


def test_the_pdf_kit_is_one_page(qapp: Any, tmp_path: Path) -> None:
    key = recovery.generate()
    path = tmp_path / "kit.pdf"
    save_kit_pdf(path, "Notebook", key)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert _pages(data) == 1


def test_the_kit_names_the_vault_and_shows_every_group(qapp: Any) -> None:
    key = recovery.generate()
    page = kit_html("<Blue & green>", key, date(2026, 3, 4))
    assert "&lt;Blue &amp; green&gt;" in page  # a label is text, never markup
    for group in recovery_key_groups(key):
        assert group in page
    for word in ("fail", "lost forever", "warning"):
        assert word not in page.casefold()


def test_the_kit_speaks_the_chosen_language(qapp: QApplication, tmp_path: Path) -> None:
    # Every sentence of the page reaches the catalogue (none behind an alias lupdate
    # cannot read), and the date follows the language too.
    installed = translations.install(qapp, "es", tmp_path / "cache")
    try:
        page = kit_html("Notebook", recovery.generate(), date(2026, 3, 4))
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(QLocale.system())
    assert "Kit de recuperación" in page and "Bóveda: Notebook" in page
    assert "4 de marzo de 2026" in page
    text = re.sub(r"<[^>]+>", " ", page)
    for english in ("Recovery kit", "Made on", "Your recovery key", "Anyone with", "keeps"):
        assert english not in text


class _AcceptingPrintDialog(QDialog):
    """Stands in for QPrintDialog: says yes and prints to a PDF file."""

    target: Path

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(parent)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted.value


def test_print_sends_the_kit_to_the_printer(qtbot: Any, tmp_path: Path) -> None:
    _AcceptingPrintDialog.target = tmp_path / "printed.pdf"
    view = KitView(print_dialog=_AcceptingPrintDialog)
    qtbot.addWidget(view)
    view.show_key("Notebook", recovery.generate())
    with qtbot.waitSignal(view.printed):
        view.print_button.click()
    assert _AcceptingPrintDialog.target.read_bytes().startswith(b"%PDF")
    assert "printer" in view.status.text()


def test_save_as_pdf_asks_where_and_says_where(qtbot: Any, tmp_path: Path) -> None:
    asked: list[str] = []

    def ask(parent: Any, title: str, name: str, name_filter: str, suffix: str) -> Path:
        asked.append(name)
        return tmp_path / "chosen.pdf"

    view = KitView(ask_path=ask)
    qtbot.addWidget(view)
    view.show_key("Notebook", recovery.generate())
    view.pdf_button.click()
    assert asked == ["recovery-kit.pdf"]  # a neutral name
    assert (tmp_path / "chosen.pdf").exists()
    assert "chosen.pdf" in view.status.text()
    view.wipe()
    assert view.key_label.text() == ""


def test_changing_ones_mind_about_saving_writes_nothing(qtbot: Any, tmp_path: Path) -> None:
    view = KitView(ask_path=lambda *args: None)
    qtbot.addWidget(view)
    view.show_key("Notebook", recovery.generate())
    view.pdf_button.click()
    assert list(tmp_path.iterdir()) == []
    assert not view.status.isVisibleTo(view)


def test_the_check_forgives_case_and_look_alike_characters(qtbot: Any) -> None:
    key = recovery.generate()
    check = KitCheck()
    qtbot.addWidget(check)
    check.start(key)
    wanted = recovery_key_groups(key)[check.index]
    typed = wanted.lower().replace("0", "o").replace("1", "l")
    check.group_edit.setText(f" {typed} ")
    with qtbot.waitSignal(check.confirmed):
        check.check_button.click()
