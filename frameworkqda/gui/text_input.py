"""A one-line question (a new name) in a dialog wide enough for what it holds.

``QInputDialog.getText`` opened 202 px wide: a long Japanese file name to rename was barely
visible. Here the dialog is at least ``LEAST_WIDTH`` and as wide as the text given, up to
most of the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

LEAST_WIDTH = 480


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """What was typed and whether OK was pressed, as ``QInputDialog.getText``."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    screen = parent.screen().availableGeometry().width() if parent is not None else 1280
    wanted = dialog.fontMetrics().horizontalAdvance(text) + 80
    # the dialog's layout sets its least size from its widgets: the line is made wider
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setMinimumWidth(min(max(LEAST_WIDTH, wanted), int(screen * 0.8)))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    answer = dialog.textValue()
    dialog.deleteLater()
    return answer, accepted
