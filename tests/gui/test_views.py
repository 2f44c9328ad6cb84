"""The one table of work-area views: every stage opens a view from it, each shows for a person."""

from __future__ import annotations

from PySide6.QtCore import Qt

from frameworkqda.gui.stages import STAGES
from frameworkqda.gui.views import VIEWS


def test_every_stage_opens_a_view_of_the_table() -> None:
    assert [stage.view for stage in STAGES if stage.view not in VIEWS] == []


def test_each_stage_shortcut_brings_its_view(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for stage in STAGES:
        qtbot.keyClick(window, str(stage.number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view == stage.view
        assert window.work_stack.current() is window.views[stage.view]
