"""Who is coding: the status-bar label, the switch-coder dialog and the coder filter box.

The current coder is the project's ``coder_name``: every segment, cell and memo written from
the app is recorded under it. The researcher switches coder from Code → Switch coder… or by
clicking "Coder: …" in the status bar, choosing a coder of the project or typing a new name;
the choice is remembered in the settings for the next project opened. The review view, the
matrix view's evidence and the Compare coders view filter by coder with a
:class:`CoderFilterBox`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.coders import coder_names
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.settings import Settings

ALL_CODERS = QT_TRANSLATE_NOOP("CoderFilterBox", "All coders")


class CoderLabel(QLabel):
    """ "Coder: Hanako" in the status bar; a click asks for another coder."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coderLabel")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Who is coding: click to switch coder"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class CoderDialog(QDialog):
    """Pick one of the project's coders or type a new name."""

    def __init__(self, names: list[str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coderDialog")
        self.setWindowTitle(self.tr("Switch coder"))
        self.names = QComboBox()
        self.names.setEditable(True)
        self.names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.names.addItems(sorted({*names, current}))
        self.names.setCurrentText(current)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Code as (choose a coder of this project or type a new name):"))
        )
        layout.addWidget(self.names)
        layout.addWidget(self.buttons)

    def chosen(self) -> str:
        return self.names.currentText().strip()


class CoderSwitch(QObject):
    """The status-bar label and the menu action that switch the open project's coder."""

    switched = Signal(str)

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._session: ProjectSession | None = None
        self.dialog: CoderDialog | None = None
        self.label = CoderLabel()
        self.label.clicked.connect(self.ask)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(self.tr("Switch c&oder…"), window)
        self.action.setStatusTip(
            self.tr("Code under another coder's name: each coder's coding is kept apart")
        )
        self.action.triggered.connect(lambda _checked=False: self.ask())

    def attach(self, session: ProjectSession) -> None:
        """A project opened: it codes as the remembered coder (or the login name)."""
        self._session = session
        remembered = self._settings.coder_name()
        if remembered:
            session.set_coder(remembered)
        self._show(session.project.coder_name)

    def detach(self) -> None:
        self._session = None
        self.label.hide()

    def ask(self) -> None:
        """Open the dialog (not modal to the event loop, so tests and scripts can drive it)."""
        if self._session is None:
            return
        project = self._session.project
        self.dialog = CoderDialog(coder_names(project), project.coder_name, self._window)
        self.dialog.accepted.connect(lambda: self.switch_to(self._chosen()))
        self.dialog.open()

    def _chosen(self) -> str:
        return self.dialog.chosen() if self.dialog is not None else ""

    def switch_to(self, name: str) -> None:
        if self._session is None or not name.strip():
            return
        self._session.set_coder(name)
        self._settings.set_coder_name(self._session.project.coder_name)
        self._show(self._session.project.coder_name)
        message = self.tr("Now coding as {coder}.").format(coder=name.strip())
        self._window.statusBar().showMessage(message, 5000)
        self.switched.emit(name.strip())

    def _show(self, name: str) -> None:
        self.label.setText(self.tr("Coder: {coder}").format(coder=name))
        self.label.show()


class CoderFilterBox(QComboBox):
    """ "All coders", then each coder of the project; ``chosen()`` is None for all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coderFilter")
        self.setToolTip(self.tr("Show the work of one coder"))
        self.set_names([])

    def set_names(self, names: list[str]) -> None:
        """Refill, keeping the chosen coder when it is still there (no signal)."""
        chosen = self.chosen()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr(ALL_CODERS), None)
        for name in names:
            self.addItem(name, name)
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen is not None else 0)
        self.blockSignals(False)

    def chosen(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None
