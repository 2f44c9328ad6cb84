"""The codebook editor (stage 2): add, rename, recolour and define codes, undoably."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import editing
from frameworkqda.gui.panels import CodebookTree
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.undo import ServiceCommand


class CodebookEditor(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookEditor")
        self._session = session
        self.tree = CodebookTree(session)
        self.definition = QPlainTextEdit()
        self.definition.setPlaceholderText("Definition: what counts as evidence for this code")
        self.title = QLabel("Choose a code")
        buttons = QHBoxLayout()
        for text, slot in (
            ("Add theme", lambda: self.add(None)),
            ("Add sub-code", lambda: self.add(self.tree.current_code())),
            ("Rename…", self.rename),
            ("Colour…", self.recolour),
            ("Save definition", self.save_definition),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.definition)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.tree)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show())
        session.changed.connect(lambda what: self._show() if what == "codebook" else None)

    def _show(self) -> None:
        code_id = self.tree.current_code()
        code = self._session.code(code_id) if code_id else None
        self.title.setText(self._session.code_path(code.id) if code else "Choose a code")
        self.definition.setPlainText(code.definition if code else "")

    def add(self, parent_id: int | None) -> None:
        name, ok = QInputDialog.getText(self, "Add code", "Name:")
        if not ok or not name.strip():
            return
        created: list[int] = []

        def do() -> None:
            created[:] = [
                editing.add_code(
                    self._session.project,
                    name.strip(),
                    parent_id,
                    code_id=created[0] if created else None,
                )
            ]

        def undo() -> None:
            editing.delete_code(self._session.project, created[0])

        self._session.push(
            ServiceCommand(self._session, f"Add code “{name}”", do, undo, ("codebook",))
        )

    def _update(self, text: str, **changes: str) -> None:
        code_id = self.tree.current_code()
        if code_id is None:
            return
        before: list[editing.CodeData] = []

        def do() -> None:
            before[:] = [editing.update_code(self._session.project, code_id, **changes)]

        def undo() -> None:
            b = before[0]
            editing.update_code(
                self._session.project,
                code_id,
                name=b.name,
                definition=b.definition,
                colour=b.colour,
            )

        self._session.push(ServiceCommand(self._session, text, do, undo, ("codebook",)))

    def rename(self) -> None:
        code = self._session.code(self.tree.current_code() or -1)
        if code is None:
            return
        name, ok = QInputDialog.getText(self, "Rename code", "Name:", text=code.name)
        if ok and name.strip() and name != code.name:
            self._update("Rename code", name=name)

    def recolour(self) -> None:
        code = self._session.code(self.tree.current_code() or -1)
        if code is None:
            return
        colour = QColorDialog.getColor(QColor(code.colour), self, "Code colour")
        if colour.isValid():
            self._update("Change colour", colour=colour.name())

    def save_definition(self) -> None:
        self._update("Edit definition", definition=self.definition.toPlainText())
