"""Each menu's items take different Alt-letters, in English and in Japanese: Code had
"&Code selection", "Add &case" and "Switch &coder" on one letter (ケースの追加(&A) and
ケースと属性(&A) in Japanese), so Alt+C only cycled between them."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu

from frameworkqda.gui.main_window import MainWindow
from tests.gui.test_japanese_dialogs import japanese, study  # noqa: F401 - fixtures


def _clashes(window: MainWindow) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    for menu in [window.menuBar(), *menus]:
        texts = [a.text() for a in menu.actions() if a.text()]
        letters = Counter(
            m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t.replace("&&", "")))
        )
        repeated = [
            t for t in texts if (m := re.search(r"&([^&])", t)) and letters[m.group(1).lower()] > 1
        ]
        if repeated:
            found[menu.title() if isinstance(menu, QMenu) else "menu bar"] = repeated
    return found


def test_english_menus_have_one_item_per_letter(window: MainWindow) -> None:
    assert _clashes(window) == {}


@pytest.mark.usefixtures("japanese")
def test_japanese_menus_have_one_item_per_letter(study: MainWindow) -> None:  # noqa: F811
    assert _clashes(study) == {}
