"""File → Merge project…: another coder's copy of the study into the open project.

The core's :func:`~frameworkqda.core.merge.merge_project` (the CLI's ``merge``) runs as a
:class:`~frameworkqda.gui.jobs.Job` with a progress bar and Cancel, like the REFI-QDA dialogs;
it is one transaction, so a failure or a cancel leaves the project as it was. When it succeeds
the views reload and :class:`MergeSummaryDialog` shows what matched, what was added, what
conflicted (both kept) and what was skipped.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.commands import Change
from frameworkqda.core.merge import MergeSummary, merge_project
from frameworkqda.core.store import Project
from frameworkqda.core.words import plural
from frameworkqda.gui.refi_dialogs import Exchange, _ExchangeDialog

if TYPE_CHECKING:
    from frameworkqda.gui.main_window import MainWindow

MERGE_TITLE = "Merge project"
MERGE_FILTER = "FrameworkQDA projects and REFI-QDA files (*.fqda *.qdpx *.qde);;All files (*)"
# every view reloads: a merge can add documents, cases, codes, segments, cells and memos
RELOAD = frozenset(
    (
        Change.DOCUMENTS,
        Change.CASES,
        Change.CODEBOOK,
        Change.SEGMENTS,
        Change.CELLS,
        Change.MEMOS,
        Change.SCORES,
        Change.CODER,
    )
)


def merge_into_open_project(window: MainWindow) -> MergeDialog | None:
    """Ask for the other project, merge it with progress, then show the summary."""
    if window.session is None:
        return None
    source, _ = QFileDialog.getOpenFileName(
        window, MERGE_TITLE, window.settings.last_folder(), MERGE_FILTER
    )
    if not source:
        return None
    session = window.session
    dialog = MergeDialog(session.project, Path(source), window)

    def merged(summary: MergeSummary) -> None:
        session.notify(RELOAD)
        dialog.summary_dialog = MergeSummaryDialog(summary, window)
        dialog.summary_dialog.open()

    dialog.merged.connect(merged)
    dialog.start()
    dialog.open()  # window-modal, returns at once: the merge runs on its own thread
    return dialog


class MergeDialog(_ExchangeDialog):
    """Merges ``source`` into ``project``; ``merged(summary)`` when it succeeded."""

    merged = Signal(object)  # MergeSummary

    def __init__(self, project: Project, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(MERGE_TITLE, source, parent)
        self.setObjectName("mergeDialog")
        self.project = project
        self.source = source
        self.summary: MergeSummary | None = None
        self.summary_dialog: MergeSummaryDialog | None = None
        self.label.setText(f"Merging {source.name} into “{project.name}”…")

    def _job(self) -> Exchange:
        project, source = self.project, self.source
        return lambda progress, cancel: merge_project(
            project, source, progress=progress, cancel=cancel
        )

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, MergeSummary)
        self.summary = result
        self.label.setText(f"Merged {self.source.name}.")
        self.accept()
        self.merged.emit(result)

    def _failed_text(self, cancelled: bool) -> str:
        if cancelled:
            return "Merge cancelled. The project is as it was."
        return f"{self.source.name} could not be merged. The project is as it was."


class MergeSummaryDialog(QDialog):
    """What a merge matched, added, kept both of (conflicts) and skipped."""

    def __init__(self, summary: MergeSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeSummaryDialog")
        self.setWindowTitle("Merge project: summary")
        self.summary = summary
        added = sum(summary.added.values())
        self.headline = QLabel(
            f"<b>{html.escape(Path(summary.source).name)}</b> was merged into this project: "
            + (f"{plural(added, 'item')} added." if added else "nothing new to add.")
            + (
                f"<br><span style='color:#9a4d00'>{plural(len(summary.conflicts), 'conflict')}"
                " (both versions kept) — see below.</span>"
                if summary.conflicts
                else ""
            )
        )
        self.headline.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(summary_html(summary))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setIcon(QIcon())
        copy = buttons.addButton("Copy summary", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def text(self) -> str:
        """The summary as the CLI prints it."""
        return "\n".join(self.summary.lines())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def summary_html(summary: MergeSummary) -> str:
    """Conflicts first (they need a person), then what was skipped, added and matched."""
    e = html.escape
    parts = [
        f"<p>From <code>{e(summary.source)}</code><br>Into <code>{e(summary.target)}</code></p>"
    ]
    for title, lines, empty in (
        ("Conflicts: both kept", summary.conflicts, "None."),
        ("Skipped", summary.skipped, "Nothing: everything was matched or added."),
    ):
        parts.append(f"<h3>{title} ({len(lines)})</h3>")
        if lines:
            parts.append("<ul>" + "".join(f"<li>{e(line)}</li>" for line in lines) + "</ul>")
        else:
            parts.append(f"<p>{empty}</p>")
    for title, counts in (("Added", summary.added), ("Matched", summary.matched)):
        shown = [
            f"<b>{n}</b> {e(plural(n, noun)[len(str(n)) + 1 :])}" for noun, n in counts.items() if n
        ]
        parts.append(f"<h3>{title}</h3><p>{' · '.join(shown) if shown else 'Nothing.'}</p>")
    return "".join(parts)
