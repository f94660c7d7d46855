"""On the create-vault card, a message about the passphrase leaves once it is fixed."""

from __future__ import annotations

from typing import Any

from hj_journal.ui.lock.create_page import CreatePage

GOOD = "lantern harbour meadow violin"


def page(qtbot: Any) -> CreatePage:
    built = CreatePage()
    qtbot.addWidget(built)
    built.show()
    return built


def test_the_too_easy_message_leaves_when_the_passphrase_is_strong_enough(qtbot: Any) -> None:
    create = page(qtbot)
    create.passphrase.setText("password1")
    create.confirm.setText("password1")
    create.create_button.click()
    assert "harder to guess" in create.message.text() and create.message.isVisible()
    create.passphrase.setText("password12")  # still too easy: the message stays
    assert create.message.isVisible()
    create.passphrase.setText(GOOD)
    assert not create.message.isVisible()


def test_the_different_passphrases_message_leaves_when_they_match(qtbot: Any) -> None:
    create = page(qtbot)
    create.passphrase.setText(GOOD)
    create.confirm.setText(GOOD + "!")
    create.create_button.click()
    assert "different" in create.message.text() and create.message.isVisible()
    create.confirm.setText(GOOD + "!?")
    assert create.message.isVisible()
    create.confirm.setText(GOOD)
    assert not create.message.isVisible()


def test_a_message_about_the_name_leaves_when_the_name_changes(qtbot: Any) -> None:
    create = page(qtbot)
    create.label_edit.setText("Notebook")
    create.show_problem("There is already a vault called Notebook.")
    create.label_edit.setText("Notebook 2")
    assert not create.message.isVisible()
