"""Grouped words to choose from (feelings, body sensations, context), plus your own.

Each word is a small toggle ("chip"); words wrap onto as many lines as the width
needs. Built-in words are stored as their English key and shown translated (context
``CheckInWords``); the person's own words are shown as typed. "Add" keeps a new word
for next time through ``services.checkin_words`` and chooses it straight away.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.words import CheckInWords, WordGroup, WordKind
from hj_journal.core.common.errors import InputError
from hj_journal.ui.checkin.rating import TOGGLE_STYLE
from hj_journal.ui.common.widgets import FlowLayout, MessageLabel

WORDS_CONTEXT = "CheckInWords"


# The built-in group titles and words of hj_journal.core.checkin.words, marked here so
# lupdate puts them in the catalogue (core keeps them as plain English keys and has no
# Qt). tests/ui/checkin/test_words.py fails when core gains a word this list lacks.
BUILT_IN_WORDS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("CheckInWords", "Calm and settled"),
    QT_TRANSLATE_NOOP("CheckInWords", "calm"),
    QT_TRANSLATE_NOOP("CheckInWords", "content"),
    QT_TRANSLATE_NOOP("CheckInWords", "relaxed"),
    QT_TRANSLATE_NOOP("CheckInWords", "peaceful"),
    QT_TRANSLATE_NOOP("CheckInWords", "safe"),
    QT_TRANSLATE_NOOP("CheckInWords", "grounded"),
    QT_TRANSLATE_NOOP("CheckInWords", "relieved"),
    QT_TRANSLATE_NOOP("CheckInWords", "Joy and connection"),
    QT_TRANSLATE_NOOP("CheckInWords", "happy"),
    QT_TRANSLATE_NOOP("CheckInWords", "hopeful"),
    QT_TRANSLATE_NOOP("CheckInWords", "grateful"),
    QT_TRANSLATE_NOOP("CheckInWords", "proud"),
    QT_TRANSLATE_NOOP("CheckInWords", "loved"),
    QT_TRANSLATE_NOOP("CheckInWords", "connected"),
    QT_TRANSLATE_NOOP("CheckInWords", "playful"),
    QT_TRANSLATE_NOOP("CheckInWords", "excited"),
    QT_TRANSLATE_NOOP("CheckInWords", "Sad and low"),
    QT_TRANSLATE_NOOP("CheckInWords", "sad"),
    QT_TRANSLATE_NOOP("CheckInWords", "lonely"),
    QT_TRANSLATE_NOOP("CheckInWords", "disappointed"),
    QT_TRANSLATE_NOOP("CheckInWords", "grieving"),
    QT_TRANSLATE_NOOP("CheckInWords", "hurt"),
    QT_TRANSLATE_NOOP("CheckInWords", "empty"),
    QT_TRANSLATE_NOOP("CheckInWords", "discouraged"),
    QT_TRANSLATE_NOOP("CheckInWords", "Worried and afraid"),
    QT_TRANSLATE_NOOP("CheckInWords", "worried"),
    QT_TRANSLATE_NOOP("CheckInWords", "anxious"),
    QT_TRANSLATE_NOOP("CheckInWords", "nervous"),
    QT_TRANSLATE_NOOP("CheckInWords", "afraid"),
    QT_TRANSLATE_NOOP("CheckInWords", "overwhelmed"),
    QT_TRANSLATE_NOOP("CheckInWords", "unsettled"),
    QT_TRANSLATE_NOOP("CheckInWords", "on edge"),
    QT_TRANSLATE_NOOP("CheckInWords", "Angry and frustrated"),
    QT_TRANSLATE_NOOP("CheckInWords", "angry"),
    QT_TRANSLATE_NOOP("CheckInWords", "frustrated"),
    QT_TRANSLATE_NOOP("CheckInWords", "irritated"),
    QT_TRANSLATE_NOOP("CheckInWords", "resentful"),
    QT_TRANSLATE_NOOP("CheckInWords", "impatient"),
    QT_TRANSLATE_NOOP("CheckInWords", "Tired and far away"),
    QT_TRANSLATE_NOOP("CheckInWords", "tired"),
    QT_TRANSLATE_NOOP("CheckInWords", "drained"),
    QT_TRANSLATE_NOOP("CheckInWords", "numb"),
    QT_TRANSLATE_NOOP("CheckInWords", "flat"),
    QT_TRANSLATE_NOOP("CheckInWords", "bored"),
    QT_TRANSLATE_NOOP("CheckInWords", "Mixed and unsure"),
    QT_TRANSLATE_NOOP("CheckInWords", "confused"),
    QT_TRANSLATE_NOOP("CheckInWords", "mixed"),
    QT_TRANSLATE_NOOP("CheckInWords", "ashamed"),
    QT_TRANSLATE_NOOP("CheckInWords", "embarrassed"),
    QT_TRANSLATE_NOOP("CheckInWords", "restless"),
    QT_TRANSLATE_NOOP("CheckInWords", "tender"),
    QT_TRANSLATE_NOOP("CheckInWords", "Tension"),
    QT_TRANSLATE_NOOP("CheckInWords", "tense shoulders"),
    QT_TRANSLATE_NOOP("CheckInWords", "clenched jaw"),
    QT_TRANSLATE_NOOP("CheckInWords", "tight chest"),
    QT_TRANSLATE_NOOP("CheckInWords", "knot in the stomach"),
    QT_TRANSLATE_NOOP("CheckInWords", "headache"),
    QT_TRANSLATE_NOOP("CheckInWords", "Stirred up"),
    QT_TRANSLATE_NOOP("CheckInWords", "racing heart"),
    QT_TRANSLATE_NOOP("CheckInWords", "shallow breathing"),
    QT_TRANSLATE_NOOP("CheckInWords", "butterflies"),
    QT_TRANSLATE_NOOP("CheckInWords", "shaky"),
    QT_TRANSLATE_NOOP("CheckInWords", "warm"),
    QT_TRANSLATE_NOOP("CheckInWords", "restless legs"),
    QT_TRANSLATE_NOOP("CheckInWords", "Heavy and slow"),
    QT_TRANSLATE_NOOP("CheckInWords", "heavy limbs"),
    QT_TRANSLATE_NOOP("CheckInWords", "tired eyes"),
    QT_TRANSLATE_NOOP("CheckInWords", "aches"),
    QT_TRANSLATE_NOOP("CheckInWords", "cold"),
    QT_TRANSLATE_NOOP("CheckInWords", "low energy"),
    QT_TRANSLATE_NOOP("CheckInWords", "Ease"),
    QT_TRANSLATE_NOOP("CheckInWords", "easy breathing"),
    QT_TRANSLATE_NOOP("CheckInWords", "loose muscles"),
    QT_TRANSLATE_NOOP("CheckInWords", "settled stomach"),
    QT_TRANSLATE_NOOP("CheckInWords", "rested"),
    QT_TRANSLATE_NOOP("CheckInWords", "Outside conditions"),
    QT_TRANSLATE_NOOP("CheckInWords", "money"),
    QT_TRANSLATE_NOOP("CheckInWords", "housing"),
    QT_TRANSLATE_NOOP("CheckInWords", "work"),
    QT_TRANSLATE_NOOP("CheckInWords", "discrimination"),
    QT_TRANSLATE_NOOP("CheckInWords", "health"),
    QT_TRANSLATE_NOOP("CheckInWords", "relationships"),
    QT_TRANSLATE_NOOP("CheckInWords", "community events"),
    QT_TRANSLATE_NOOP("CheckInWords", "Around me"),
    QT_TRANSLATE_NOOP("CheckInWords", "family"),
    QT_TRANSLATE_NOOP("CheckInWords", "caregiving"),
    QT_TRANSLATE_NOOP("CheckInWords", "friends"),
    QT_TRANSLATE_NOOP("CheckInWords", "school or study"),
    QT_TRANSLATE_NOOP("CheckInWords", "sleep"),
    QT_TRANSLATE_NOOP("CheckInWords", "news"),
    QT_TRANSLATE_NOOP("CheckInWords", "weather"),
)


def shown_word(word: str, *, own: bool = False) -> str:
    """A word as shown: built-in words translated, the person's own words as typed."""
    return word if own else QCoreApplication.translate(WORDS_CONTEXT, word)


class WordPicker(QWidget):
    """Grouped toggles for one kind of word, with "add your own" underneath.

    With ``words`` (the vault's word lists) the groups come from there and new words
    are kept for next time; without it, ``groups`` are shown and nothing is added.
    """

    changed = Signal()
    word_added = Signal(str)

    def __init__(
        self,
        name: str,
        kind: WordKind,
        *,
        words: CheckInWords | None = None,
        groups: Sequence[WordGroup] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setStyleSheet(TOGGLE_STYLE)
        self.kind = kind
        self._words = words
        self.chips: dict[str, QToolButton] = {}
        self._groups_box = QVBoxLayout()
        self._groups_box.setContentsMargins(0, 0, 0, 0)
        self._groups_box.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._groups_box)

        self.own_edit = QLineEdit()
        self.own_edit.setPlaceholderText(self.tr("Your own word"))
        self.own_edit.setAccessibleName(self.tr("Add your own word to {list}").format(list=name))
        self.own_edit.setMaxLength(60)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this word"))
        self.message = MessageLabel()
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.own_edit, 1)
        add_row.addWidget(self.add_button)
        if words is not None:
            layout.addLayout(add_row)
            layout.addWidget(self.message)
        else:
            self.own_edit.hide()
            self.add_button.hide()
        self.own_edit.returnPressed.connect(self.add_own)
        self.add_button.clicked.connect(self.add_own)
        self.set_groups(words.groups(kind) if words is not None else groups)

    def set_groups(self, groups: Sequence[WordGroup]) -> None:
        """Show these groups (keeping what was chosen, where the words remain)."""
        chosen = set(self.selected())
        while self._groups_box.count():
            item = self._groups_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.chips.clear()
        for group in groups:
            self._groups_box.addWidget(self._group_widget(group, chosen))

    def _group_widget(self, group: WordGroup, chosen: set[str]) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        title = (
            self.tr("Your own words")
            if group.own
            else QCoreApplication.translate(WORDS_CONTEXT, group.title)
        )
        heading = QLabel(title)
        heading.setProperty("role", "muted")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(heading)
        flow_box = QWidget()
        flow_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        flow = FlowLayout(flow_box, spacing=6)
        for word in group.words:
            chip = QToolButton()
            chip.setText(shown_word(word, own=group.own))
            chip.setCheckable(True)
            chip.setChecked(word in chosen)
            chip.setAccessibleName(f"{chip.text()} ({title})")
            chip.setProperty("word", word)
            chip.toggled.connect(self.changed)
            flow.addWidget(chip)
            self.chips[word] = chip
        column.addWidget(flow_box)
        return box

    def selected(self) -> list[str]:
        """The chosen words (their stored keys), in the order shown."""
        return [word for word, chip in self.chips.items() if chip.isChecked()]

    def set_selected(self, words: Sequence[str]) -> None:
        """Choose exactly these words (unknown ones are ignored)."""
        wanted = set(words)
        for word, chip in self.chips.items():
            chip.setChecked(word in wanted)

    def clear(self) -> None:
        """Nothing chosen; the own-word field emptied."""
        self.set_selected(())
        self.own_edit.clear()
        self.message.clear_message()

    @Slot()
    def add_own(self) -> None:
        """Keep the typed word for next time and choose it now."""
        if self._words is None or not self.own_edit.text().strip():
            return
        try:
            word = self._words.add(self.kind, self.own_edit.text())
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.message.clear_message()
        self.own_edit.clear()
        self.set_groups(self._words.groups(self.kind))
        self.chips[word].setChecked(True)
        self.word_added.emit(word)
