"""Edit → Deleted items…: the deletions log in a read-only, sortable table (what, name, merged
into, by whom, when), as NVivo's event log or MAXQDA's logbook show a team who removed what.
Nothing in the app listed it: a researcher could not see what was deleted, by whom, when."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import select

from frameworkqda.core import commands, deletions, model, workspace
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, quoted
from frameworkqda.core.store import open_project
from frameworkqda.gui.deletions_dialog import DeletionsDialog
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.main_window import MainWindow
from tests.gui.test_japanese_dialogs import japanese, study  # noqa: F401 - fixtures

AT = r"\d{4}-\d\d-\d\d \d\d:\d\d"


def _open(qtbot, window: MainWindow) -> DeletionsDialog:  # type: ignore[no-untyped-def]
    """Edit → Deleted items…, from the menu bar."""
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    action = next(a for a in edit.actions() if a.text() == "Deleted &items…")  # type: ignore[union-attr]
    assert action.isEnabled()
    action.trigger()
    dialog = window.deletions_dialog
    assert isinstance(dialog, DeletionsDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _rows(dialog: DeletionsDialog) -> list[list[str]]:
    """The table as it shows, row by row, in its order."""
    model_ = dialog.table.model()
    return [
        [model_.index(row, column).data() for column in range(model_.columnCount())]
        for row in range(model_.rowCount())
    ]


def test_deleted_items_lists_who_deleted_or_merged_what_and_follows_the_project(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    assert window.session is not None
    project = window.session.project
    with project.session() as session:
        case_id, case_name = session.execute(select(model.Case.id, model.Case.name)).first()  # type: ignore[misc]
    paths = [node.path for node in window.session.codes() if "/" in node.path]
    source, target = paths[0], paths[1]
    with open_project(str(project.location)) as taro:  # another coder, in another program
        taro.coder_name = "Taro"
        commands.DeleteCase(case_id).apply(taro)
        commands.MergeCodes(resolve_code(taro, source), resolve_code(taro, target)).apply(taro)

    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Deleted items"
    headers = [
        dialog.table.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(dialog.table.model().columnCount())
    ]
    assert headers == ["What", "Name", "Merged into", "Deleted by", "When (UTC)"]
    rows = _rows(dialog)
    assert [row[:4] for row in rows] == [  # the latest first
        ["Code (merged)", source, target, "Taro"],
        ["Case", case_name, "", "Taro"],
    ]
    assert all(re.fullmatch(AT, row[4]) for row in rows)
    assert dialog.count.text() == "2 items"
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    # Hanako deletes a document in the window: listed as she does it; her undo takes it off
    document = workspace.documents(project)[0]
    window.session.run(commands.DeleteDocuments([document.id]))
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 3)
    assert _rows(dialog)[0][:4] == ["Document", document.name, "", project.coder_name]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 2)

    # sorted by another column with a click on its header; filtered as typed
    header = dialog.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2),
    )
    kinds = [row[0] for row in _rows(dialog)]
    assert kinds in (sorted(kinds), sorted(kinds, reverse=True)) and kinds[0] != kinds[1]
    qtbot.keyClicks(dialog.filter, "merged")
    assert [row[0] for row in _rows(dialog)] == ["Code (merged)"]
    assert dialog.count.text() == "1 of 2 items"


def test_deleted_items_and_what_the_log_says_in_japanese(  # type: ignore[no-untyped-def]
    qtbot,
    study: MainWindow,  # noqa: F811 - the sample, in Japanese
) -> None:
    window = study
    assert window.session is not None
    project = window.session.project
    paths = [node.path for node in window.session.codes() if "/" in node.path]
    source, target = paths[0], paths[1]
    with open_project(str(project.location)) as taro:
        taro.coder_name = "Taro"
        commands.MergeCodes(resolve_code(taro, source), resolve_code(taro, target)).apply(taro)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "編集(&E)")
    action = next(a for a in edit.actions() if a.text() == "削除した項目(&I)…")  # type: ignore[union-attr]
    action.trigger()
    dialog = window.deletions_dialog
    assert isinstance(dialog, DeletionsDialog) and dialog.windowTitle() == "削除した項目"
    assert _rows(dialog)[0][:4] == ["コード（統合）", source, target, "Taro"]
    assert dialog.count.text() == "1 件"

    with project.session() as session:
        code_id = session.scalars(
            select(model.Deletion.item_id).where(model.Deletion.kind == model.DeletedKind.CODE)
        ).one()
        merged = deletions.gone(session, model.DeletedKind.CODE, code_id or 0)
    assert merged is not None
    assert re.fullmatch(
        f"コード「{re.escape(source)}」は Taro が {AT}（UTC）に"
        f"「{re.escape(target)}」へ統合しました",
        shown(merged),
    )
    before = deletions.unrecorded(
        QT_TRANSLATE_NOOP("CoreCommand", "the case {case}").format(case=quoted("浜松市"))
    )
    assert shown(before) == (
        "ケース 「浜松市」は、このプロジェクトが削除の記録を残すようになる前に（以前のバージョンの "
        "FrameworkQDA で）削除されたため、誰がいつ削除したかはわかりません"
    )
