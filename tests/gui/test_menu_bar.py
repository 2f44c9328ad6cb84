"""Every item of the menu bar is there, enabled, and does something when chosen in its menu;
its shortcut, pressed where the researcher's keyboard is, does the same thing; and each
shortcut reaches its item from every pane of the window, none eaten on the way.

Last round File → Import and Ctrl+I did nothing while every import test passed: the tests
called the window's handler, never the item nor the key. Here nothing is called: the menu is
opened and Return pressed on the item, the key pressed on the widget that has the focus."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QShortcutEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.sample import build_sample
from tests.gui import menu_bar
from tests.gui.clicks import click_stripe, open_coded_document

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample project, built once: each window opens a copy of it."""
    location = tmp_path_factory.mktemp("sample") / "sample.fqda"
    build_sample(location)
    return location


def _window(qtbot: QtBot, settings, tmp_path: Path, sample: Path, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    copy = tmp_path / f"{name}.fqda"
    shutil.copy(sample, copy)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_project(str(copy))
    assert window.session is not None
    return window


def _at_a_passage(qtbot: QtBot, window: MainWindow) -> None:
    """Where a researcher mostly is: a coded passage selected in a document (its segment in
    the panel), words selected in its text to code, the keyboard there."""
    stripes = open_coded_document(qtbot, window)
    click_stripe(qtbot, window, stripes[-1][0])
    area = window.document_area
    area.text_view.select_range(10, 30)
    start, end = area.current_range()
    assert end > start and window.inspector.segment_id is not None
    area.text_view.setFocus()
    qtbot.waitUntil(area.text_view.hasFocus)
    window.statusBar().clearMessage()


def _with_steps(qtbot: QtBot, window: MainWindow) -> None:
    """At the passage after two steps, one undone: Undo and Redo have one each."""
    session = window.session
    assert session is not None
    stripes = open_coded_document(qtbot, window)
    area = window.document_area
    assert area.document_id is not None
    code = session.codes()[0].id
    for start in (0, 4):
        window.code_range(area.document_id, start, start + 3, code)
    session.undo_stack.undo()
    assert stripes
    _at_a_passage(qtbot, window)


@dataclass(frozen=True)
class State:
    """What a researcher sees of the window."""

    opened: tuple[str, ...]  # windows that came up (each closed again)
    project: str | None
    view: str | None
    focus: str
    status: str
    steps: tuple[int, int]  # the undo stack's place and length
    find_shown: bool
    language: str
    shown: bool


class Opened(QObject):
    """Every window that comes up while it listens, noted and closed as a person who changes
    nothing closes it (Esc, Cancel); modal ones from within their own event loop."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.seen: list[str] = []
        self.before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.timer = QTimer()
        self.timer.timeout.connect(self.close_new)
        self.timer.start(15)

    def close_new(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or id(widget) in self.before or widget is self.window:
                continue
            said = widget.text() if isinstance(widget, QMessageBox) else ""
            self.seen.append(f"{type(widget).__name__}: {widget.windowTitle()} {said}".strip())
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    def stop(self) -> tuple[str, ...]:
        self.close_new()
        self.timer.stop()
        return tuple(self.seen)


def _state(window: MainWindow, opened: tuple[str, ...]) -> State:
    session = window.session
    focus = QApplication.focusWidget()
    return State(
        opened=opened,
        project=None if session is None else str(session.location),
        view=getattr(window, "current_view", None) if session is not None else None,
        focus="" if focus is None else f"{type(focus).__name__}:{focus.objectName()}",
        status=window.statusBar().currentMessage(),
        steps=(0, 0)
        if session is None
        else (session.undo_stack.index(), session.undo_stack.count()),
        find_shown=session is not None and window.document_area.find_field.isVisible(),
        language=window.settings.language(),
        shown=window.isVisible(),
    )


def _after(qtbot: QtBot, window: MainWindow, act: Callable[[], object]) -> State:
    """The window after ``act``, and every window it opened (closed again, the main window
    then active again, as a desktop makes it)."""
    opened = Opened(window)
    try:
        act()
        qtbot.wait(60)  # a window opened with open(), or a popup: up by now
    finally:
        seen = opened.stop()
    if window.isVisible():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return _state(window, seen)


# the menu bar, item by item (test_the_list_is_the_menu_bar keeps it whole)
ITEMS = [
    ("File", "New project…"),
    ("File", "Open project…"),
    ("File", "Open server project…"),
    ("File", "Import documents…"),
    ("File", "Import folder…"),
    ("File", "Import REFI-QDA project (.qdpx, .qde)…"),
    ("File", "Export REFI-QDA project (.qdpx)…"),
    ("File", "Merge project…"),
    ("File", "Export tables (matrix, counts, ranks)…"),
    ("File", "Close project"),
    ("File", "Quit"),
    ("Edit", "Undo"),
    ("Edit", "Redo"),
    ("Edit", "Find"),
    ("Edit", "Delete segment"),
    ("Edit", "Deleted items…"),
    ("Code", "Code selection…"),
    ("Code", "Apply last code again"),
    ("Code", "Add case…"),
    ("Code", "Cases and attributes…"),
    ("Code", "External scores per theme…"),
    ("Code", "Switch coder…"),
    ("View", "1 Familiarisation"),
    ("View", "2 Thematic framework"),
    ("View", "3 Indexing"),
    ("View", "4 Charting"),
    ("View", "5 Mapping & interpretation"),
    ("View", "Review coded segments"),
    ("View", "Search all documents"),
    ("View", "Compare coders"),
    ("View", "All memos"),
    ("View", "Language", "System default"),
    ("View", "Language", "English"),
    ("View", "Language", "日本語"),
    ("Memos", "All memos"),
    ("Memos", "Project memo…"),
    ("Memos", "Document memo…"),
    ("Memos", "Case memo…"),
    ("Memos", "Code memo…"),
    ("Memos", "New free memo…"),
    ("Help", "About FrameworkQDA"),
]


def test_the_list_is_the_menu_bar(window: MainWindow) -> None:
    assert [tuple(path) for path, _a, _m in menu_bar.items(window)] == ITEMS


def _elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    """At the passage, then on to the matrix: a view shown is one not shown before."""
    _at_a_passage(qtbot, window)
    menu_bar.press(qtbot, window, "Ctrl+4")
    assert window.current_view == "matrix"


PREPARED = {
    ("Edit", "Undo"): _with_steps,
    ("Edit", "Redo"): _with_steps,
    ("View", "1 Familiarisation"): _elsewhere,
    ("View", "3 Indexing"): _elsewhere,
}

# the items whose doing nothing is right where the researcher is: the language already chosen
NOTHING_TO_DO = {("View", "Language", "System default")}


@pytest.mark.parametrize("path", ITEMS, ids=" → ".join)
def test_every_menu_item_does_something_and_its_shortcut_the_same(  # type: ignore[no-untyped-def]
    qtbot: QtBot, settings, tmp_path: Path, sample: Path, path: tuple[str, ...]
) -> None:
    prepare = PREPARED.get(path, _at_a_passage)
    chosen = _window(qtbot, settings, tmp_path, sample, "chosen")
    prepare(qtbot, chosen)
    before = _after(qtbot, chosen, lambda: None)
    by_menu = _after(qtbot, chosen, lambda: menu_bar.choose(qtbot, chosen, *path))
    if path not in NOTHING_TO_DO:
        assert by_menu != before, f"{' → '.join(path)} did nothing"
    action, _menu = menu_bar.item(chosen, *path)
    shortcuts = [s.toString() for s in action.shortcuts()]
    chosen.close()
    for number, keys in enumerate(shortcuts):
        pressed = _window(qtbot, settings, tmp_path, sample, f"pressed{number}")
        prepare(qtbot, pressed)
        by_key = _after(qtbot, pressed, lambda w=pressed, k=keys: menu_bar.press(qtbot, w, k))
        # the same, but for the project's file name
        assert replace(by_key, project=None) == replace(by_menu, project=None), keys
        pressed.close()


class _Reached(QObject):
    """Notes each shortcut that reaches an item, and keeps the item from acting on it."""

    def __init__(self) -> None:
        super().__init__()
        self.reached: list[tuple[QAction, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QAction):
            assert isinstance(event, QShortcutEvent)
            self.reached.append((watched, event.isAmbiguous()))
            return True
        return False


# a key a field being typed in keeps for its typing: deleting a character. Its Undo and Redo
# are its own only while it has typing to undo or redo (none here: each field as shown); with
# the keyboard in the Search term, a filter or a note, Ctrl+Z did nothing at all
TYPING = {"Del"}


def test_every_shortcut_reaches_its_item_from_every_pane(qtbot: QtBot, window: MainWindow) -> None:
    reached = _Reached()
    keyed = [(a, s) for _p, a, _m in menu_bar.items(window) for s in a.shortcuts()]
    for action, _keys in keyed:
        action.installEventFilter(reached)
    _with_steps(qtbot, window)
    area, inspector = window.document_area, window.inspector
    panes: list[QWidget] = [
        area.text_view,
        window.document_tree,
        window.codebook_tree,
        window.navigator,
        inspector.code,
        inspector.note,
        area.find_field,
    ]
    for key in ("matrix", "mapping", "review", "search", "compare", "memos", "codebook"):
        view = window.view(key)
        assert view is not None
        panes += [
            w
            for w in view.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QDialog)
        ]
    missed: list[str] = []
    opened = Opened(window)  # none should open: the items are kept from acting
    try:
        for pane in panes:
            for key in ("matrix", "mapping", "review", "search", "compare", "memos", "codebook"):
                if window.views.get(key) in _ancestors(pane):
                    window.show_view(key)
            if pane in (area.text_view, inspector.code, inspector.note, area.find_field):
                window.show_view("coding")
            if area.find_field is pane:
                area.focus_find()
            if not (pane.isVisible() and pane.isEnabled()):
                continue
            for action, keys in keyed:
                if not action.isEnabled():
                    continue
                local = action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
                if local and not any(p in _ancestors(pane) for p in action.associatedObjects()):
                    continue  # Del deletes the passage only where the passage is shown
                window.activateWindow()
                pane.setFocus(Qt.FocusReason.TabFocusReason)
                qtbot.waitUntil(pane.hasFocus)
                reached.reached.clear()
                combination = keys[0]
                qtbot.keyClick(pane, combination.key(), combination.keyboardModifiers())
                where = f"{type(pane).__name__}:{pane.objectName()}"
                if reached.reached != [(action, False)]:
                    typing = getattr(pane, "isReadOnly", lambda: True)() is False
                    if not (typing and keys.toString() in TYPING):
                        missed.append(f"{keys.toString()} in {where}: {reached.reached}")
    finally:
        seen = opened.stop()
    assert missed == []
    assert seen == ()


def _ancestors(widget: QWidget) -> list[QObject]:
    found: list[QObject] = []
    current: QObject | None = widget
    while current is not None:
        found.append(current)
        current = current.parent()
    return found


def test_ctrl_z_in_a_field_undoes_its_typing_then_the_project_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Search all documents: codes every hit, the keyboard left in the term. Ctrl+Z there did
    nothing (the field claimed it, with nothing of its own to undo); now it undoes the term's
    typing while there is some, then the step, and Ctrl+Shift+Z redoes it."""
    session = window.session
    assert session is not None
    menu_bar.press(qtbot, window, "Ctrl+Shift+F")
    panel = window.work_stack.current()
    term = panel.term  # type: ignore[union-attr]
    assert QApplication.focusWidget() is term
    session.add_case("Nagoya")  # a step to undo, made elsewhere
    steps = session.undo_stack.index()
    qtbot.keyClicks(term, "council")
    menu_bar.press(qtbot, window, "Ctrl+Z")  # the typing, the field's own
    assert term.text() == "" and session.undo_stack.index() == steps
    menu_bar.press(qtbot, window, "Ctrl+Z")  # nothing typed left: the project's step
    assert session.undo_stack.index() == steps - 1
    assert window.statusBar().currentMessage().startswith("Undone")
    menu_bar.press(qtbot, window, "Ctrl+Y")  # the field's redo: its typing back
    assert term.text() == "council" and session.undo_stack.index() == steps - 1
    menu_bar.press(qtbot, window, "Ctrl+Shift+Z")  # none left of its own: the project's
    assert session.undo_stack.index() == steps


def test_case_and_code_memo_at_a_passage_are_its_documents_case_and_its_code(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A passage selected in a document: Memos → Case memo… said "Choose a case first." and
    Code memo… "Choose a code first.", with the document's case and the passage's code in
    front of the researcher (Document memo… took the document)."""
    from frameworkqda.core import cases, coding, workspace
    from frameworkqda.gui.memo_dialog import MemoDialog
    from tests.gui import modal

    session = window.session
    assert session is not None
    _at_a_passage(qtbot, window)
    document = next(
        d for d in workspace.documents(session.project) if d.id == window.document_area.document_id
    )
    case = next(c for c in cases.list_cases(session.project) if c.id == document.case_id)
    segment = window.inspector.segment_id
    assert segment is not None
    code = coding.get_segment(session.project, segment).code_id
    titles: list[str] = []

    def read(box: QWidget) -> None:
        titles.append(box.windowTitle())
        assert isinstance(box, MemoDialog)
        box.reject()

    for item in ("Case memo…", "Code memo…"):
        modal.answer(MemoDialog, read)
        menu_bar.choose(qtbot, window, "Memos", item)
    assert titles == [
        f"Memo — Case “{case.name}”",
        f"Memo — Code “{session.code_path(code)}”",
    ]
