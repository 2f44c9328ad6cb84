"""Files dropped on the window (or on a case in the document tree): where each goes.

A researcher moving from NVivo, MAXQDA or ATLAS.ti drops the ``.qdpx`` those programs export
on the window and expects it to open; it was refused as "another program's file" among the
documents. Now a REFI-QDA project dropped on its own starts File → Import REFI-QDA project…
with that file, and a REFI-QDA codebook (``.qdc``) dropped on its own starts the codebook's
Import… with it. Documents go to the import dialog as before. A REFI-QDA file dropped with
other files, or a zip holding a REFI-QDA project or codebook, is not imported with the
documents: one box names it and says how to import it. A zip holding a ``.qdpx`` (zipped to be
sent by email) is not opened for the researcher: the import would read a copy unpacked to a
temporary file, and its questions and report would name that copy, not the file dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from frameworkqda.core.importers.registry import (
    REFI_CODEBOOK_SUFFIX,
    REFI_PROJECT_SUFFIXES,
    zipped_refi,
)
from frameworkqda.core.messages import Message
from frameworkqda.gui.i18n import shown

if TYPE_CHECKING:
    from frameworkqda.gui.main_window import MainWindow


@dataclass
class Dropped:
    """A drop's files by where they go."""

    documents: list[str] = field(default_factory=list)
    projects: list[Path] = field(default_factory=list)  # .qdpx, .qde
    codebooks: list[Path] = field(default_factory=list)  # .qdc
    zipped: dict[Path, Message] = field(default_factory=dict)  # a .zip holding one: what it is

    @property
    def exchange(self) -> list[Path]:
        """The REFI-QDA files, in the order of their kinds."""
        return [*self.projects, *self.codebooks, *self.zipped]


def sort_drop(paths: Sequence[str]) -> Dropped:
    """``paths`` by kind: by suffix, and a ``.zip`` by its directory alone."""
    dropped = Dropped()
    for raw in paths:
        path = Path(raw)
        suffix = path.suffix.lower()
        if suffix in REFI_PROJECT_SUFFIXES and not path.is_dir():
            dropped.projects.append(path)
        elif suffix == REFI_CODEBOOK_SUFFIX and not path.is_dir():
            dropped.codebooks.append(path)
        elif suffix == ".zip" and (said := zipped_refi(path.name, path)) is not None:
            dropped.zipped[path] = said
        else:
            dropped.documents.append(raw)
    return dropped


def brings_a_project(paths: Sequence[str]) -> bool:
    """Whether a drag carries a REFI-QDA project: taken even with no project open (an
    import makes a new one), where documents have nowhere to go; so is a zip holding one or
    a codebook, to be told what it is (the start page refused it without a word)."""
    return any(
        Path(p).suffix.lower() in REFI_PROJECT_SUFFIXES
        or (Path(p).suffix.lower() == ".zip" and zipped_refi(Path(p).name, Path(p)) is not None)
        for p in paths
    )


def drop_files(window: MainWindow, paths: Sequence[str], case: int | None = None) -> None:
    """Send each dropped file where it belongs (``case``: the case it was dropped on)."""
    dropped = sort_drop(paths)
    exchange = dropped.exchange
    alone = len(exchange) == 1 and not dropped.documents
    if alone and dropped.projects:
        window.import_refi(dropped.projects[0])
        return
    if alone and dropped.codebooks and window.import_action.isEnabled():
        window.import_codebook(dropped.codebooks[0])
        return
    if alone and dropped.zipped:
        _tell(window, shown(next(iter(dropped.zipped.values()))))
        return
    if exchange:
        _tell(window, _not_with_documents(exchange))
    if dropped.documents and window.import_action.isEnabled():
        window.import_documents(dropped.documents, case)


def _not_with_documents(files: list[Path]) -> str:
    names = QCoreApplication.translate("FileDrops", ", ").join(f.name for f in files)
    return QCoreApplication.translate(
        "FileDrops",
        "Not imported: {names}. REFI-QDA files (a project exported from NVivo, MAXQDA or "
        "ATLAS.ti, or a codebook) are imported on their own, not with documents: drop one by "
        "itself on the window, or use File → Import REFI-QDA project… (a codebook: Import… in "
        "the codebook).",
    ).format(names=names)


def _tell(window: MainWindow, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "FrameworkQDA", text, parent=window)
    box.setObjectName("refiDropped")
    box.exec()
