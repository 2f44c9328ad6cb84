"""View → Language: the interface language, remembered and applied at the next start.

Each language is named in itself (English, 日本語), so a person who cannot read the current
interface still finds their own. The windows build their strings when they are made, so the
choice takes effect when FrameworkQDA starts again, and the menu says so.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from frameworkqda.gui.settings import Settings

NATIVE_NAMES = {"en": "English", "ja": "日本語"}


class LanguageMenu(QMenu):
    """System default, English, 日本語: one checked, the setting "language"."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        self._group = QActionGroup(self)
        current = settings.language()
        choices = [("system", self.tr("System default")), *NATIVE_NAMES.items()]
        for key, text in choices:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            action.triggered.connect(lambda _checked=False, key=key: self.choose(key))
            self._group.addAction(action)
            self.addAction(action)

    def choose(self, language: str) -> None:
        if language == self._settings.language():
            return
        self._settings.set_language(language)
        self._settings.sync()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("The new language applies when FrameworkQDA starts again."),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setObjectName("languageChanged")
        box.open()  # not modal to the event loop: the choice is already saved
