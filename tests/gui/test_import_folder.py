"""File → Import folder… (Ctrl+Shift+I): a folder chosen in a folder dialog imports what the
same folder dropped on the window imports. File → Import documents… chose files only, so a
folder could come in only by a drop or the CLI (NVivo and MAXQDA import one from their menus).
The menu item and its shortcut are driven as a person does; only the dialog is answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from frameworkqda.core import cases, workspace
from frameworkqda.core.importers import ImportStatus, expand_folders
from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.main_window import MainWindow
from tests import documents
from tests.gui import menu_bar, modal
from tests.gui.drops import drag, files
from tests.gui.importing import imported_lines
from tests.gui.test_japanese_ui import japanese  # noqa: F401 - fixture

COUNCIL = "Kawasaki set up a council of foreign residents to advise the mayor."


def _study_folder(root: Path) -> Path:
    """A city's folder as a researcher keeps it: Japanese and English PDFs and a DOCX, one in
    a subfolder, beside an image and a hidden file that are not documents."""
    folder = root / "kawasaki"
    (folder / "2019").mkdir(parents=True)
    documents.japanese_pdf(folder / "多文化共生プラン.pdf")
    documents.japanese_pdf(folder / "2019" / "教育方針.pdf", documents.JAPANESE_PARAGRAPHS[1:])
    documents.english_two_column_pdf(folder / "council.pdf", [COUNCIL], ["Its report is public."])
    meeting = documents.paragraph("外国人市民代表者会議")
    documents.docx(folder / "外国人市民代表者会議.docx", meeting)
    (folder / "map.png").write_bytes(b"\x89PNG")
    (folder / ".DS_Store").write_bytes(b"\0")
    return folder


def _stored(window: MainWindow) -> dict[str, tuple[str | None, str]]:
    """Each document stored: its case and its text."""
    assert window.session is not None
    project = window.session.project
    names = {c.id: c.name for c in cases.list_cases(project)}
    return {
        d.name: (names.get(d.case_id), workspace.document_content(project, d.id).text)  # type: ignore[arg-type]
        for d in workspace.documents(project)
    }


def test_file_import_folder_imports_the_documents_a_dropped_folder_does(
    qtbot, new_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = new_window
    folder = _study_folder(tmp_path)
    assert drag(window, files(folder)).enter.isAccepted()  # the same folder dropped
    dropped = window.last_import
    assert isinstance(dropped, ImportDialog)
    qtbot.mouseClick(dropped.cancel_button, Qt.MouseButton.LeftButton)

    window.settings.set_last_folder(str(tmp_path))
    asked: list[modal.FileAsked] = []
    modal.choose(folder, asked=asked)
    menu_bar.choose(qtbot, window, "File", "Import folder…")
    (seen,) = asked
    assert seen.title == "Import folder" and not seen.saving and seen.proposed == str(tmp_path)
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog) and dialog is not dropped and dialog.isVisible()
    assert dialog.paths == dropped.paths == expand_folders([folder])
    names = ["教育方針.pdf", "council.pdf", "外国人市民代表者会議.docx", "多文化共生プラン.pdf"]
    assert [p.name for p in dialog.paths] == names  # the subfolder first, then 外 before 多
    assert dialog.case_box.currentText() == "Unassigned (no case)"
    lines = imported_lines(qtbot, dialog, timeout=60000)
    assert [r.status for r in dialog.results] == [ImportStatus.IMPORTED] * 4, lines
    assert dialog.label.text().startswith("Imported 4 of 4")
    stored = _stored(window)
    assert set(stored) == {p.name for p in dialog.paths}
    assert "多文化共生のまちづくり" in stored["多文化共生プラン.pdf"][1]
    assert "支援員を配置" in stored["教育方針.pdf"][1]
    assert "council of foreign residents" in stored["council.pdf"][1]
    assert stored["外国人市民代表者会議.docx"][1] == "外国人市民代表者会議"
    assert all(case is None for case, _ in stored.values())
    modal.ok(dialog)
    assert window.settings.last_folder() == str(tmp_path)  # the next city's folder is beside it


def test_ctrl_shift_i_in_japanese_imports_a_folder_into_the_case_selected(
    japanese,  # noqa: F811
    qtbot,
    new_window: MainWindow,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    """The shortcut, in the Japanese interface, with a case chosen in the tree; a folder
    dialog cancelled imports nothing."""
    window = new_window
    assert window.session is not None
    window.session.add_case("川崎市")
    tree = window.document_tree
    (kawasaki,) = cases.list_cases(window.session.project)
    item = tree.case_item(kawasaki.id)
    assert item is not None
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(item.index()).center()
    )
    action, _ = menu_bar.item(window, "ファイル", "フォルダーの取り込み…")
    assert action.shortcut().toString() == "Ctrl+Shift+I"

    modal.choose()  # Cancel
    menu_bar.press(qtbot, window, "Ctrl+Shift+I")
    assert window.last_import is None and _stored(window) == {}

    folder = tmp_path / "川崎市の計画"
    (folder / "nested").mkdir(parents=True)
    documents.japanese_pdf(folder / "nested" / "plan.pdf")
    (folder / "notes.txt").write_text("外国人市民代表者会議の記録", encoding="utf-8")
    asked: list[modal.FileAsked] = []
    modal.choose(folder, asked=asked)
    menu_bar.press(qtbot, window, "Ctrl+Shift+I")
    assert asked[0].title == "フォルダーの取り込み"
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog) and dialog.case_box.currentText() == "川崎市"
    imported_lines(qtbot, dialog, timeout=60000)
    stored = _stored(window)
    assert stored == {
        "plan.pdf": ("川崎市", stored["plan.pdf"][1]),
        "notes.txt": ("川崎市", "外国人市民代表者会議の記録"),
    }
    assert "多文化共生" in stored["plan.pdf"][1]
