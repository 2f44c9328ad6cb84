"""Opening a project the store refuses at first: a damaged or read-only file, a server that
wants a password.

A damaged project gets a dialog that says so and offers Recover… (a new file beside it,
which then opens) or reading it as it is; a read-only one opens read-only, and the window
shows a banner and disables what would write. A PostgreSQL server that wants a password
~/.pgpass did not give gets one typed: it is kept in memory only (the engine's URL), never in
the settings or the recent list, or — when the ``keyring`` package is installed and the person
ticks the box — in the system keyring.
"""

from __future__ import annotations

import contextlib
import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.errors import (
    FrameworkQDAError,
    ProjectDamagedError,
    ProjectReadOnlyError,
    ServerPasswordError,
)
from frameworkqda.core.store import Project, ProjectLocation, open_project
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.session import READ_ONLY_TEXT, read_only_text

__all__ = ["READ_ONLY_TEXT", "ask_server", "open_for_window", "read_only_banner"]


def open_for_window(parent: QWidget, location: str) -> tuple[Project | None, str]:
    """The project to show (None when the person chose not to go on) and a note: for the
    status bar, or for a project opened read-only why it was (``read_only_banner``). Errors
    other than damage and read-only reach the caller, which shows them."""
    try:
        return open_project(location), ""
    except ProjectDamagedError as error:
        return _damaged(parent, location, error)
    except ProjectReadOnlyError as error:
        return open_project(location, read_only=True), shown(error)
    except ServerPasswordError as error:
        return _with_password(parent, location, error), ""


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
        ).format(reason=shown(error))
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
            note = QCoreApplication.translate("StoreDialogs", "the project file is damaged")
            return open_project(location, read_only=True), note
        if box.clickedButton() is not recover:
            return None, ""
        from frameworkqda.core.store.integrity import recover_project

        report = recover_project(location)
        return open_project(report.target), " · ".join(report.lines())
    except FrameworkQDAError as failure:
        QMessageBox.warning(parent, title, shown(failure))
        return None, ""


KEYRING_SERVICE = "FrameworkQDA"


def _keyring() -> Any:
    """The ``keyring`` module when it is installed (optional), else None."""
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


class ServerPasswordDialog(QDialog):
    """Asks the password of a PostgreSQL role; offers the keyring only when there is one."""

    def __init__(self, location: str, reason: str, keyring: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Password for the server"))
        text = QLabel(
            self.tr(
                "{reason}\n\nType the password for {location}. It is kept only while the "
                "project is open."
            ).format(reason=reason, location=location)
        )
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember it in the system keyring"))
        self.remember.setVisible(keyring)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.resize(520, 0)


def _with_password(parent: QWidget, location: str, error: ServerPasswordError) -> Project | None:
    """Open with a password from the keyring or typed (three tries); None when cancelled."""
    place = ProjectLocation.parse(location)
    keyring, account = _keyring(), str(place)
    if keyring is not None:
        try:
            stored = keyring.get_password(KEYRING_SERVICE, account)
            if stored:
                return open_project(place.with_password(stored))
        except ServerPasswordError:
            pass  # changed on the server since: ask
        except Exception:  # no usable keyring backend on this machine: ask
            keyring = None
    reason = shown(error)
    for _attempt in range(3):
        dialog = ServerPasswordDialog(account, reason, keyring is not None, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        password = dialog.password.text()
        try:
            project = open_project(place.with_password(password))
        except ServerPasswordError as refused:
            reason = shown(refused)
            continue
        if keyring is not None and dialog.remember.isChecked():
            # a keyring that cannot store: the password stays in memory
            with contextlib.suppress(Exception):
                keyring.set_password(KEYRING_SERVICE, account, password)
        return project
    QMessageBox.warning(parent, QCoreApplication.translate("Open", "Open project"), reason)
    return None


def ask_server(window: Any) -> None:
    """File → Open server project…: the URL a team gives (docs/server-setup.md), then open it."""
    url, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("Open", "Open server project"),
        QCoreApplication.translate(
            "Open",
            "The project's PostgreSQL URL, with your own role and no password\n"
            "(the password comes from ~/.pgpass, or you are asked for it):",
        ),
        text="postgresql://",
    )
    if ok and url.strip() and url.strip() != "postgresql://":
        window.open_project(url.strip())


def read_only_banner(why: str = "") -> QLabel:
    """The line above the work area of a project opened read-only, with ``why`` when known (a
    read-only disk, a full one, damage): the status line cut it off under the project's
    counts."""
    text = read_only_text()
    if why:
        text = QCoreApplication.translate("StoreDialogs", "{read_only} — {why}").format(
            read_only=text, why=why
        )
    banner = QLabel(text)
    banner.setWordWrap(True)  # a long path goes on below, not out of the window
    banner.setObjectName("readOnlyBanner")
    banner.setContentsMargins(10, 6, 10, 6)
    banner.setStyleSheet("background: #fff3cd; color: #664d03; font-weight: bold;")
    return banner
