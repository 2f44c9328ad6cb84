"""Waiting for the search panel: it searches on a thread of its own."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from frameworkqda.core.search import SearchHit
from frameworkqda.gui.search.panel import SearchPanel


def searched(qtbot: QtBot, panel: SearchPanel) -> list[SearchHit]:
    """Wait until the search typed (or chosen in a box) shows its hits; every hit."""
    qtbot.waitUntil(lambda: not panel.searching(), timeout=10_000)
    return list(panel.hits)
