"""Accessible names for buttons that already say what they do."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget


def spoken(text: str) -> str:
    """Visible text without its mnemonic marks ("&Next" → "Next", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def name_controls(root: QWidget) -> None:
    """Give every button, check box and radio button under ``root`` that has no
    accessible name its visible text as one (explicit names are kept)."""
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName().strip() and button.text().strip():
            button.setAccessibleName(spoken(button.text()))
