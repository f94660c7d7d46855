"""Tags: a filter with counts for the timeline, and an input with completion."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from hj_journal.core.journal.entries import MAX_TAG, normalise_tags


class TagFilter(QComboBox):
    """ "All tags" or one tag, each shown with how many entries carry it."""

    tag_chosen = Signal(object)  # str, or None for every tag

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Show entries with tag"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.set_tags([])
        self.currentIndexChanged.connect(self._changed)

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        """Offer these tags, keeping the current choice when it still exists."""
        current = self.current_tag()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All tags"), None)
        for name, count in tags:
            self.addItem(self.tr("%1 (%2)").replace("%1", name).replace("%2", str(count)), name)
        found = self.findData(current) if current else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        if current and found < 0:
            self.tag_chosen.emit(None)

    def current_tag(self) -> str | None:
        """The chosen tag, or None for every tag."""
        value = self.currentData()
        return value if isinstance(value, str) else None

    def choose(self, tag: str | None) -> None:
        """Select ``tag`` (None for all)."""
        self.setCurrentIndex(max(self.findData(tag), 0) if tag else 0)

    @Slot(int)
    def _changed(self, _index: int) -> None:
        self.tag_chosen.emit(self.current_tag())


class TagsEdit(QLineEdit):
    """Comma-separated tags; the tag being typed is completed from tags in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._typed)

    @property
    def completer_model(self) -> QStringListModel:
        """The tags offered for completion."""
        return self._names

    def set_known_tags(self, names: list[str]) -> None:
        """The tags already in use."""
        self._names.setStringList(names)

    def typed_tags(self) -> tuple[str, ...]:
        """The tags exactly as typed (saving explains any that are too long)."""
        return tuple(p.strip() for p in self.text().split(",") if p.strip())

    def tags(self) -> tuple[str, ...]:
        """The tags typed, tidied; an over-long tag is shortened so a draft can keep it."""
        return normalise_tags(t[:MAX_TAG] for t in self.typed_tags())

    def set_tags(self, tags: tuple[str, ...] | list[str]) -> None:
        """Show these tags."""
        self.setText(", ".join(tags))

    def current_fragment(self) -> str:
        """The tag being typed (after the last comma)."""
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _hide_suggestions(self) -> None:
        popup = self._completer.popup()  # Qt makes it on first ask; the stubs allow None
        if popup is not None:
            popup.hide()

    @Slot(str)
    def _typed(self, _text: str) -> None:
        fragment = self.current_fragment()
        if not fragment:
            self._hide_suggestions()
            return
        self._completer.setCompletionPrefix(fragment)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._hide_suggestions()

    @Slot(str)
    def _insert(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        rest = after.split(",", 1)[1] if "," in after else ""
        text = head + name + ", " + rest.lstrip()
        self.setText(text)
        self.setCursorPosition(len(head + name + ", "))
