"""Compare coders' Export…: the language first, as the other exports ask it, then the file.

The table is written in the Language chosen (caption, note, sheet name and the XLSX/DOCX
column headers; code, document and coder names as they are). It starts at the project's
language (``gui/export_language.py``: the rule ``frameworkqda agreement`` follows), else the
interface's: it was always the interface's, so a Japanese project compared in the English
interface was captioned in English among its Japanese names. Export… then asks for the file,
whose suffix is the format.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from frameworkqda.gui.export_language import language_box


class AgreementExportDialog(QDialog):
    """The language of an agreement table; accepted by Export… (the file is asked next)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export coding agreement"))
        self.language_box = language_box(language)
        self.language_box.setToolTip(
            self.tr(
                "The language of the caption, the note, the sheet name and the column "
                "headers; code, document and coder names are written as they are. It starts "
                "at the project's language."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow(buttons)

    def language(self) -> str:
        return str(self.language_box.currentData())
