"""Earlier versions of a plan, newest first, shown read-only.

"Start from this version" copies one back into the form; it becomes the newest
version only when the user saves.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.care.plan_forms import PlanForm
from hj_journal.core.care.plans import PlanVersionView
from hj_journal.ui.care.labels import moment_text
from hj_journal.ui.care.models import SUBTITLE_ROLE, TwoLineDelegate
from hj_journal.ui.common.widgets import field_label, text_label


def render_version(form: PlanForm, data: Mapping[str, object]) -> str:
    """One version as simple HTML: section titles, then each answered question.

    Everything the user wrote is escaped, so their text is never read as markup.
    """
    parts: list[str] = []
    for section in form.sections:
        answered = [
            (plan_field.label, data.get(plan_field.id))
            for plan_field in section.fields
            if isinstance(data.get(plan_field.id), str) and str(data.get(plan_field.id)).strip()
        ]
        if not answered:
            continue
        parts.append(f"<h3>{html.escape(section.title)}</h3>")
        for label, answer in answered:
            text = html.escape(str(answer)).replace("\n", "<br>")
            if label == section.title:  # a one-question section needs no second heading
                parts.append(f"<p>{text}</p>")
            else:
                parts.append(f"<p><b>{html.escape(label)}</b><br>{text}</p>")
    if not parts:
        empty = QCoreApplication.translate(
            "Care", "This version was saved with nothing filled in."
        )
        return f"<p><i>{html.escape(empty)}</i></p>"
    return "\n".join(parts)


class EarlierVersionsDialog(QDialog):
    """A list of saved versions beside a read-only view of the one chosen."""

    use_requested = Signal(dict)  # the data of the version to start from

    def __init__(
        self, parent: QWidget | None, form: PlanForm, versions: Sequence[PlanVersionView]
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._versions = list(versions)
        self.setWindowTitle(
            QCoreApplication.translate("Care", "Earlier versions: {plan}").format(plan=form.title)
        )
        self.setAccessibleName(self.windowTitle())
        self.resize(820, 560)
        outer = QVBoxLayout(self)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Care", "Each time you saved, a version was kept. They are shown as they were."
                ),
                "muted",
            )
        )
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setSpacing(2)
        total = len(self._versions)
        for number, version in enumerate(self._versions):
            title = QCoreApplication.translate("Care", "Version {n}").format(n=total - number)
            if number == 0:
                title = QCoreApplication.translate("Care", "Version {n}, the newest").format(
                    n=total
                )
            when = moment_text(version.saved_at)
            item = QListWidgetItem(title)
            item.setData(SUBTITLE_ROLE, when)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {when}")
            self.list.addItem(item)
        left.addWidget(
            field_label(QCoreApplication.translate("Care", "Saved &versions"), self.list)
        )
        left.addWidget(self.list, 1)
        columns.addLayout(left, 1)
        self.viewer = QTextBrowser(self)
        self.viewer.setReadOnly(True)
        self.viewer.setOpenLinks(False)
        self.viewer.setAccessibleName(
            QCoreApplication.translate("Care", "The version chosen, read-only")
        )
        columns.addWidget(self.viewer, 2)
        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            QCoreApplication.translate("Care", "Start from this version"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.use_button.setToolTip(
            QCoreApplication.translate(
                "Care", "Copies it into the form. It becomes the newest version when you save."
            )
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.use_button.clicked.connect(self._use)
        outer.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self.show_version)
        if self._versions:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    @Slot(int)
    def show_version(self, row: int) -> None:
        """Show one version (0 is the newest)."""
        if 0 <= row < len(self._versions):
            self.viewer.setHtml(render_version(self._form, self._versions[row].data))
            self.use_button.setEnabled(row > 0)

    def shown_version(self) -> PlanVersionView | None:
        """The version on screen."""
        row = self.list.currentRow()
        return self._versions[row] if 0 <= row < len(self._versions) else None

    @Slot()
    def _use(self) -> None:
        version = self.shown_version()
        if version is not None:
            self.use_requested.emit(dict(version.data))
            self.accept()
