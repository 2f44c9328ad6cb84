"""View → Language: the interface language, remembered, and a restart offered in it.

Each language is named in itself (English, 日本語), so a person who cannot read the current
interface still finds their own. The windows build their strings when they are made, so a
new language shows once the window is built again: the menu asks — in the chosen language,
which the person reads, rather than the one they are leaving — whether to restart now
(gui/restart.py: the same project, view and document, everything already saved) or later
(the next start).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QWidget

from frameworkqda.gui import i18n
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP
from frameworkqda.gui.settings import Settings

NATIVE_NAMES = {"en": "English", "ja": "日本語"}

# said in the language chosen, not the one shown: translated with that language's catalogue
# (so each catalogue names its own language: "…shows English…", "…日本語で表示…")
TITLE = QT_TRANSLATE_NOOP("LanguageMenu", "Language")
RESTART_TEXT = QT_TRANSLATE_NOOP("LanguageMenu", "FrameworkQDA shows English once it restarts.")
RESTART_DETAIL = QT_TRANSLATE_NOOP(
    "LanguageMenu",
    "Restart now?\nEverything you have done is saved, and the project opens again where you "
    "are.\nLater: English from the next start.",
)
RESTART_NOW = QT_TRANSLATE_NOOP("LanguageMenu", "Restart now")
LATER = QT_TRANSLATE_NOOP("LanguageMenu", "Later")


class LanguageMenu(QMenu):
    """System default, English, 日本語: one checked, the setting "language"."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self.menuAction().setStatusTip(self.tr("The language of the menus, windows and messages"))
        self._settings = settings
        self._group = QActionGroup(self)
        current = settings.language()
        choices = [("system", self.tr("System default")), *NATIVE_NAMES.items()]
        tips = {  # in the language shown: the names are each in their own
            "system": self.tr("Show FrameworkQDA in the computer's language"),
            "en": self.tr("Show FrameworkQDA in English"),
            "ja": self.tr("Show FrameworkQDA in Japanese"),
        }
        for key, text in choices:
            action = QAction(text, self)
            action.setStatusTip(tips[key])
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            action.triggered.connect(lambda _checked=False, key=key: self.choose(key))
            self._group.addAction(action)
            self.addAction(action)

    def choose(self, language: str) -> None:
        """Remember ``language``; when it changes what is shown, offer to restart now."""
        if language == self._settings.language():
            return
        self._settings.set_language(language)
        self._settings.sync()
        shown = i18n.resolve(language)
        if shown == i18n.current():  # "System default" that is the language shown already
            return
        say = i18n.speaker(shown)
        box = QMessageBox(
            QMessageBox.Icon.Question, say("LanguageMenu", TITLE), "", parent=self.parentWidget()
        )
        box.setObjectName("languageChanged")
        box.setText(say("LanguageMenu", RESTART_TEXT))
        box.setInformativeText(say("LanguageMenu", RESTART_DETAIL))
        _unwrapped(box)
        now = box.addButton(say("LanguageMenu", RESTART_NOW), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(say("LanguageMenu", LATER), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.setEscapeButton(later)
        box.exec()
        window = self.parentWidget()
        if box.clickedButton() is now and window is not None:
            from frameworkqda.gui.restart import restart

            # once this menu's signal has returned: the window and this menu are going
            QTimer.singleShot(0, lambda: restart(window))  # type: ignore[arg-type]


def _unwrapped(box: QMessageBox) -> None:
    """The question's labels as wide as their longest line (one sentence a line), so no
    sentence wraps: a message box keeps to ~500 px, and a Japanese line may then break
    anywhere — even inside 「後で」. Never wider than two thirds of the screen."""
    screen = box.screen().availableGeometry().width() if box.screen() else 1600
    for label in box.findChildren(QLabel):
        lines = label.text().splitlines()
        if label.wordWrap() and lines:
            widest = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
            label.setMinimumWidth(min(widest + 8, screen * 2 // 3))
