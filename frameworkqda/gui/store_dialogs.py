"""Opening a project the store refuses to write: a damaged file, a read-only file or disk.

A damaged project gets a dialog that says so and offers Recover… (a new file beside it,
which then opens) or reading it as it is; a read-only one opens read-only, and the window
shows a banner and disables what would write.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from frameworkqda.core.errors import FrameworkQDAError, ProjectDamagedError, ProjectReadOnlyError
from frameworkqda.core.store import Project, open_project
from frameworkqda.gui.session import READ_ONLY_TEXT, read_only_text

__all__ = ["READ_ONLY_TEXT", "open_for_window", "read_only_banner"]


def open_for_window(parent: QWidget, location: str) -> tuple[Project | None, str]:
    """The project to show (None when the person chose not to go on) and a note for the status
    bar. Errors other than damage and read-only reach the caller, which shows them."""
    try:
        return open_project(location), ""
    except ProjectDamagedError as error:
        return _damaged(parent, location, error)
    except ProjectReadOnlyError as error:
        note = QCoreApplication.translate("StoreDialogs", "{reason}. Opened read-only.")
        return open_project(location, read_only=True), note.format(reason=error)


def _damaged(
    parent: QWidget, location: str, error: ProjectDamagedError
) -> tuple[Project | None, str]:
    title = QCoreApplication.translate("StoreDialogs", "Damaged project")
    box = QMessageBox(QMessageBox.Icon.Critical, title, "", parent=parent)
    box.setObjectName("damagedProjectDialog")
    box.setText(
        QCoreApplication.translate(
            "StoreDialogs", "This project file is damaged. Nothing was written to it."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StoreDialogs",
            "{reason}\n\nRecover… copies everything that can still be read into a new project "
            "beside it and opens that; the damaged file is kept as it is.",
        ).format(reason=error)
    )
    recover = box.addButton(
        QCoreApplication.translate("StoreDialogs", "Recover…"), QMessageBox.ButtonRole.AcceptRole
    )
    read = box.addButton(
        QCoreApplication.translate("StoreDialogs", "Open read-only"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(recover)
    box.exec()
    try:
        if box.clickedButton() is read:
            note = QCoreApplication.translate("StoreDialogs", "Damaged project opened read-only.")
            return open_project(location, read_only=True), note
        if box.clickedButton() is not recover:
            return None, ""
        from frameworkqda.core.store.integrity import recover_project

        report = recover_project(location)
        return open_project(report.target), " · ".join(report.lines())
    except FrameworkQDAError as failure:
        QMessageBox.warning(parent, title, str(failure))
        return None, ""


def read_only_banner() -> QLabel:
    """The line above the work area of a project opened read-only."""
    banner = QLabel(read_only_text())
    banner.setObjectName("readOnlyBanner")
    banner.setContentsMargins(10, 6, 10, 6)
    banner.setStyleSheet("background: #fff3cd; color: #664d03; font-weight: bold;")
    return banner
