"""The interface language: which one the setting and the system choose, the catalogue compiled
where an installation has none, and View → Language remembered for the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from frameworkqda.gui import i18n
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.settings import Settings


def test_the_setting_or_else_the_system_locale_chooses_the_language() -> None:
    assert i18n.resolve("ja", QLocale("en_GB")) == "ja"
    assert i18n.resolve("en", QLocale("ja_JP")) == "en"
    assert i18n.resolve("system", QLocale("ja_JP")) == "ja"
    assert i18n.resolve("system", QLocale("de_DE")) == "en"  # no German catalogue


def test_lang_ja_starts_the_app_in_japanese(tmp_path: Path) -> None:
    """A fresh user (setting "system") under LANG=ja_JP.UTF-8 gets Japanese menus."""
    script = (
        "from frameworkqda.gui.app import application, build_window\n"
        "app = application(); window = build_window()\n"
        "print(window.menuBar().actions()[0].text())\n"
        "from PySide6.QtCore import QLocale; print(QLocale().name())\n"
    )
    env = {
        **os.environ,
        "LANG": "ja_JP.UTF-8",
        "LC_ALL": "ja_JP.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ファイル(&F)", "ja_JP"]


def test_an_installation_without_a_compiled_catalogue_compiles_it(tmp_path: Path) -> None:
    target = tmp_path / "cache" / "frameworkqda_ja.qm"
    assert i18n.compile_catalogue(i18n.source("ja"), target)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("WindowMenus", "&File") == "ファイル(&F)"
    assert translator.translate("MainWindow", "%n document(s)", "", 3) == "文書 %n 件"


def test_english_says_its_plurals(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "%n document(s)", "", 1) == "1 document"
    assert QCoreApplication.translate("MainWindow", "%n document(s)", "", 2) == "2 documents"


def test_view_language_is_remembered_for_the_next_start(qtbot, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "languageMenu")
    assert isinstance(menu, QMenu)
    japanese = next(a for a in menu.actions() if a.text() == "日本語")
    japanese.trigger()
    assert settings.language() == "ja"
    notice = window.findChild(QMessageBox, "languageChanged")
    assert notice is not None and notice.isVisible()
    assert "starts again" in notice.text()
    notice.accept()
