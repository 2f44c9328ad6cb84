"""The Language box every export dialog has, and the language it starts at.

An export's captions, headers, notes and sheet names are in one language: the project's
(``core.languages.export_language``, the rule the CLI's exports follow without
``--language``), else the interface's, so a Japanese project's tables are not headed in
English because the interface is. The box lets the researcher choose another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from frameworkqda.core.exports.wording import LANGUAGES
from frameworkqda.core.languages import LANGUAGE_NAMES, export_language
from frameworkqda.gui import i18n

if TYPE_CHECKING:
    from frameworkqda.core.store import Project


def first_language(project: Project) -> str:
    """The language an export of ``project`` starts in: the project's, else the interface's."""
    return export_language(project, otherwise=i18n.current())


def language_box(language: str) -> QComboBox:
    """A box of the languages exports are written in (each named in the interface's
    language, its code as the item's data), at ``language``."""
    box = QComboBox()
    box.setObjectName("exportLanguage")
    for code in LANGUAGES:
        box.addItem(QCoreApplication.translate("Language", LANGUAGE_NAMES[code]), code)
    box.setCurrentIndex(box.findData(language))
    return box
