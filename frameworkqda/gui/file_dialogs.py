"""Asking for a file or folder to open, or a name to save under: one way for every window.

Each dialog starts in the folder the researcher last chose a file in (``Settings.last_folder``,
kept by the main window) and remembers the folder of the file chosen (of a folder chosen, the
folder it is in: the next city's folder beside it is one click away); a suggested name is put
in that folder. (Some dialogs began in the process's working folder, which for an app started
from a desktop menu is the home folder or, on macOS, the disk's root.)

Where the desktop has a file dialog of its own (Windows, macOS, GNOME) Qt shows that one.
Elsewhere Qt shows its own, which opened at 644×412: the sidebar cut off and every column
elided (``フ…ー`` for フォルダー, ``2026/1… 20:31``). It now opens larger, within the screen,
with the sidebar and the size, type and date columns at least as wide as their usual contents
(Qt remembers widths the researcher set; wider ones are kept) and the names taking the rest.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMimeDatabase, QSize
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)

from frameworkqda.gui.settings import Settings

# Qt's own dialog: wide enough for the sidebar and the name, size, type and date columns
COMFORTABLE = QSize(920, 580)
# what the size and type columns usually hold, to size them by (the date: now, as shown)
WIDEST_SIZE = "1023.9 KiB"
WIDEST_TYPE = "PDF ドキュメント"


def open_file(parent: QWidget, title: str, filters: str, folder: Path | None = None) -> Path | None:
    """One existing file, or None when the researcher cancels; the dialog opens in
    ``folder`` when given (where a lost project was), else in the last folder used."""
    chosen = _ask(parent, title, str(folder or ""), filters, QFileDialog.FileMode.ExistingFile)
    return chosen[0][0] if chosen else None


def open_files(parent: QWidget, title: str, filters: str) -> list[Path]:
    """Existing files (none when the researcher cancels)."""
    chosen = _ask(parent, title, "", filters, QFileDialog.FileMode.ExistingFiles)
    return chosen[0] if chosen else []


def open_folder(parent: QWidget, title: str) -> Path | None:
    """An existing folder (Import folder…), or None when the researcher cancels; only
    folders are listed, as the desktop's folder choosers list them."""
    chosen = _ask(parent, title, "", "", QFileDialog.FileMode.Directory)
    return chosen[0][0] if chosen else None


def save_file(
    parent: QWidget,
    title: str,
    suggested: str,
    filters: str,
    *,
    confirm_replace: bool = True,
    selected: str = "",
) -> tuple[Path, str] | None:
    """A name to save under and the filter it was chosen with, or None when cancelled.
    ``suggested`` is a file name (put in the last folder) or a whole path; ``selected``: the
    filter chosen at first (else the first). A name typed without a suffix gets the chosen
    filter's (図1 in "PNG image (*.png)": 図1.png; it was refused, or written without one), and
    so does a name whose dot begins no file type ("Fig. 3", "counts v1.2", "Osaka vs. Kobe":
    Fig. 3.png, as the desktop's own dialogs do; they were refused as of another type). A name
    ending in one of the dialog's filters' suffixes, or in another file type's (図1.jpg), is
    left as typed: the caller writes it, or says which types it writes.
    ``confirm_replace=False``: the caller asks about an existing file itself."""
    chosen = _ask(
        parent, title, suggested, filters, QFileDialog.FileMode.AnyFile, confirm_replace, selected
    )
    if not chosen:
        return None
    path, chosen_filter = chosen[0][0], chosen[1]
    suffix = filter_suffix(chosen_filter)
    if suffix and not _has_suffix(path, filters) and not path.is_dir():
        # a desktop's own dialog may not add it (Qt's does: ``setDefaultSuffix``)
        path = path.with_name(path.name + suffix)
        if confirm_replace and path.exists() and not _replace(parent, title, path):
            return None
    return path, chosen_filter


def filter_suffix(name_filter: str) -> str:
    """``.png`` for "PNG image (*.png)", the first for "Excel (*.xlsx *.xls)"; "" for none
    ("All files (*)")."""
    patterns = name_filter[name_filter.rfind("(") + 1 : name_filter.rfind(")")].split()
    for pattern in patterns:
        if pattern.startswith("*.") and len(pattern) > 2 and "*" not in pattern[2:]:
            return pattern[1:]
    return ""


def filter_suffixes(filters: str) -> list[str]:
    """Every suffix the ``;;``-separated ``filters`` name: ``.csv``, ``.xlsx``, ``.xls``."""
    found: list[str] = []
    for name_filter in filters.split(";;"):
        patterns = name_filter[name_filter.rfind("(") + 1 : name_filter.rfind(")")].split()
        for pattern in patterns:
            if pattern.startswith("*.") and len(pattern) > 2 and "*" not in pattern[2:]:
                found.append(pattern[1:])
    return found


def _has_suffix(path: Path, filters: str) -> bool:
    """Whether ``path`` ends in a file type's suffix: one of ``filters``', or one the
    desktop's types know (``図1.jpg``; not ``Fig. 3``, ``v1.2``, ``Jan. 5``)."""
    name = path.name.casefold()
    if any(name.endswith(suffix.casefold()) for suffix in filter_suffixes(filters)):
        return True
    return bool(QMimeDatabase().suffixForFileName(path.name))


def _replace(parent: QWidget, title: str, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate("FileDialogs", "{name} already exists.\n\nReplace it?").format(
            name=path.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _ask(
    parent: QWidget,
    title: str,
    suggested: str,
    filters: str,
    mode: QFileDialog.FileMode,
    confirm_replace: bool = True,
    selected: str = "",
) -> tuple[list[Path], str] | None:
    settings = _settings(parent)
    start = Path(settings.last_folder())
    if suggested:
        start = start / suggested  # a whole path stays whole
    dialog = _FileDialog(parent, title, str(start), filters)
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    if mode == QFileDialog.FileMode.AnyFile:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if not confirm_replace:
            dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
        if selected:
            dialog.selectNameFilter(selected)

        def follow(name_filter: str) -> None:  # the suffix of the filter chosen, as chosen
            dialog.setDefaultSuffix(filter_suffix(name_filter).lstrip("."))

        follow(dialog.selectedNameFilter())
        dialog.filterSelected.connect(follow)
    dialog.resize(_comfortable(parent))
    try:
        if not dialog.exec():
            return None
        files = [Path(name) for name in dialog.selectedFiles() if name]
        chosen_filter = dialog.selectedNameFilter()
    finally:  # a child of its parent otherwise, with its file model, until the window goes
        dialog.deleteLater()
    if not files:
        return None
    settings.set_last_folder(str(files[0].parent))
    return files, chosen_filter


class _FileDialog(QFileDialog):
    """A file dialog whose own widgets, when Qt shows them, are laid out to be read."""

    def accept(self) -> None:
        """The suffix added to a bare name is that of the filter chosen now, however it was
        chosen (``selectNameFilter`` does not say ``filterSelected``)."""
        if self.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            self.setDefaultSuffix(filter_suffix(self.selectedNameFilter()).lstrip("."))
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tree = self.findChild(QTreeView, "treeView")  # none when the desktop's dialog shows
        splitter = self.findChild(QSplitter, "splitter")
        sidebar = self.findChild(QListView, "sidebar")
        if tree is None or splitter is None or sidebar is None:
            return
        metrics, pad = tree.fontMetrics(), 3 * tree.fontMetrics().averageCharWidth()
        now = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, widest in ((1, WIDEST_SIZE), (2, WIDEST_TYPE), (3, now)):
            wanted = metrics.horizontalAdvance(widest) + pad
            header.resizeSection(column, max(header.sectionSize(column), wanted))
        side = min(sidebar.sizeHintForColumn(0) + pad, self.width() // 4)  # its widest place
        side = max(splitter.sizes()[0], side)
        splitter.setSizes([side, max(splitter.width() - side, 0)])


def _comfortable(parent: QWidget) -> QSize:
    """``COMFORTABLE``, or nine tenths of a smaller screen."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    space = screen.availableGeometry().size()
    return COMFORTABLE.boundedTo(QSize(space.width() * 9 // 10, space.height() * 9 // 10))


def _settings(widget: QWidget | None) -> Settings:
    """The settings of the main window ``widget`` is in (a view, or a dialog over it)."""
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, Settings):
            return settings
        widget = widget.parentWidget()
    return Settings()
