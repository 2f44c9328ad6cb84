"""The one question asked before typed changes are left: Save, Discard or Cancel."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"  # stay: Esc and the box's close button too


def ask_to_save(parent: QWidget, title: str, question: str) -> Answer:
    """Ask ``question`` (a memo, scores…) with Save as the default button."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return Answer.SAVE
    if answer == buttons.Discard:
        return Answer.DISCARD
    return Answer.CANCEL
