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

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.commands import Change
from frameworkqda.core.merge import MergeSummary, merge_project
from frameworkqda.core.store import Project
from frameworkqda.gui import colours as tones
from frameworkqda.gui import file_dialogs, i18n
from frameworkqda.gui.refi_dialogs import Exchange, _ExchangeDialog, all_files, counted_noun
from frameworkqda.gui.screen_room import fit_to_screen

if TYPE_CHECKING:
    from frameworkqda.gui.main_window import MainWindow

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


def merge_title() -> str:
    return QCoreApplication.translate("MergeDialog", "Merge project")


def merge_into_open_project(window: MainWindow) -> MergeDialog | None:
    """Ask for the other project, merge it with progress, then show the summary."""
    if window.session is None:
        return None
    projects = QCoreApplication.translate("MergeDialog", "FrameworkQDA projects and REFI-QDA files")
    source = file_dialogs.open_file(
        window, merge_title(), f"{projects} (*.fqda *.qdpx *.qde);;{all_files()}"
    )
    if source is None:
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
        super().__init__(merge_title(), source, parent)
        self.setObjectName("mergeDialog")
        self.project = project
        self.source = source
        self.summary: MergeSummary | None = None
        self.summary_dialog: MergeSummaryDialog | None = None
        self.label.setText(
            self.tr("Merging {source} into “{project}”…").format(
                source=source.name, project=project.name
            )
        )

    def _job(self) -> Exchange:
        project, source = self.project, self.source
        return lambda progress, cancel: merge_project(
            project, source, progress=progress, cancel=cancel
        )

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, MergeSummary)
        self.summary = result
        self.label.setText(self.tr("Merged {source}.").format(source=self.source.name))
        self.accept()
        self.merged.emit(result)

    def _failed_text(self, cancelled: bool) -> str:
        if cancelled:
            return self.tr("Merge cancelled. The project is as it was.")
        return self.tr("{source} could not be merged. The project is as it was.").format(
            source=self.source.name
        )


class MergeSummaryDialog(QDialog):
    """What a merge matched, added, kept both of (conflicts) and skipped."""

    def __init__(self, summary: MergeSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeSummaryDialog")
        self.setWindowTitle(self.tr("Merge project: summary"))
        self.summary = summary
        source = html.escape(Path(summary.source).name)
        self.headline = QLabel(
            self._what_it_did(summary).format(source=source)
            + (
                f"<br><span style='color:{tones.accent_name(tones.WARNING)}'>"
                + self.tr(
                    "%n conflict(s) (both versions kept) — see below.", "", len(summary.conflicts)
                )
                + "</span>"
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
        copy = buttons.addButton(self.tr("Copy summary"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copySummary")
        copy.clicked.connect(self.copy)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 560)

    def _what_it_did(self, summary: MergeSummary) -> str:
        """The headline's first line: the items added, then the passages joined (a merge that
        only widened passages here did something), else that there was nothing new."""
        added = sum(summary.added.values())
        joined = summary.passages_joined
        if added:
            return self.tr(
                "<b>{source}</b> was merged into this project: %n item(s) added.", "", added
            ) + (
                "<br>" + self.tr("%n overlapping passage(s) joined — see below.", "", joined)
                if joined
                else ""
            )
        if joined:
            return self.tr(
                "<b>{source}</b> was merged into this project: %n overlapping passage(s) joined.",
                "",
                joined,
            )
        return self.tr("<b>{source}</b> was merged into this project: nothing new to add.")

    def text(self) -> str:
        """The summary as the dialog shows it, in the interface's language: what a researcher
        pastes into their notes should read as what they saw."""
        return self.browser.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def summary_html(summary: MergeSummary) -> str:
    """Conflicts first (they need a person), then what was skipped, what a REFI-QDA file's
    import changed on the way and the passages joined into overlapping ones here (when there
    are), and what was added and matched."""
    e = html.escape
    locale = QLocale()
    where = QCoreApplication.translate(
        "MergeSummaryDialog", "From <code>{source}</code><br>Into <code>{target}</code>"
    )
    conflicts = QCoreApplication.translate("MergeSummaryDialog", "Conflicts: both kept")
    skipped = QCoreApplication.translate("MergeSummaryDialog", "Skipped")
    joined = QCoreApplication.translate("MergeSummaryDialog", "Joined")
    # a REFI-QDA file's import, in the words of its own report (refi_dialogs.report_html)
    changed = QCoreApplication.translate("CarryOverDialog", "Changed on the way ({count})")
    added = QCoreApplication.translate("MergeSummaryDialog", "Added")
    matched = QCoreApplication.translate("MergeSummaryDialog", "Matched")
    none = QCoreApplication.translate("MergeSummaryDialog", "None.")
    all_taken = QCoreApplication.translate(
        "MergeSummaryDialog", "Nothing: everything was matched or added."
    )
    nothing = QCoreApplication.translate("MergeSummaryDialog", "Nothing.")
    counted = QCoreApplication.translate("MergeSummaryDialog", "{title} ({count})")
    parts = [f"<p>{where.format(source=e(summary.source), target=e(summary.target))}</p>"]
    warning = QCoreApplication.translate("MergeSummaryDialog", "Warning: {line}")
    parts.extend(  # what is most likely a mistake (no code matched), first and in colour
        f"<p style='color:{tones.accent_name(tones.WARNING)}'><b>"
        f"{e(warning.format(line=i18n.shown(line)))}</b></p>"
        for line in summary.warnings
    )
    sections = [
        (counted.format(title=conflicts, count="{count}"), summary.conflicts, none),
        (counted.format(title=skipped, count="{count}"), summary.skipped, all_taken),
    ]
    if summary.changed:
        sections.append((changed, summary.changed, none))
    if summary.joined:
        sections.append((counted.format(title=joined, count="{count}"), summary.joined, none))
    for title, lines, empty in sections:
        heading = title.format(count=locale.toString(len(lines)))
        parts.append(f"<h3>{heading}</h3>")
        if lines:
            parts.append(
                "<ul>" + "".join(f"<li>{e(i18n.shown(line))}</li>" for line in lines) + "</ul>"
            )
        else:
            parts.append(f"<p>{empty}</p>")
    for title, counts in ((added, summary.added), (matched, summary.matched)):
        shown = [
            f"<b>{locale.toString(n)}</b> {e(counted_noun(n, noun))}"
            for noun, n in counts.items()
            if n
        ]
        parts.append(f"<h3>{title}</h3><p>{' · '.join(shown) if shown else nothing}</p>")
    return "".join(parts)
