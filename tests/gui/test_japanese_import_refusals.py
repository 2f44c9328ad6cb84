"""In Japanese, the reasons an import gives for files it refuses, or cannot store, say what
is wrong: a zip named .docx without a Word document in it, an image named .pdf, and a project
that cannot store the document (named with the project's own reason)."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl

from frameworkqda.core.cases import list_cases
from frameworkqda.core.importers import import_documents
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.main_window import MainWindow
from tests.gui import modal
from tests.gui.drops import drag, dropped, files
from tests.gui.importing import imported_lines
from tests.gui.test_japanese_dialogs import japanese, shortcut  # noqa: F401 - fixtures
from tests.small_files import files_cannot_grow

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def test_a_zip_and_an_image_under_document_names_are_said_in_japanese(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot,
    settings,
    tmp_path: Path,
) -> None:
    junk = tmp_path / "資料.docx"
    with zipfile.ZipFile(junk, "w") as archive:
        archive.writestr("data.bin", bytes(range(256)) * 8)
    image = tmp_path / "スキャン.pdf"
    image.write_bytes(PNG)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.create_project(str(tmp_path / "研究.fqda"), "mipex-local")
    modal.choose(str(junk), str(image))
    shortcut(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog)
    lines = imported_lines(qtbot, dialog, timeout=60000)
    assert (
        "× 資料.docx：Word 文書ではありません。zip の中に word/document.xml がありません" in lines
    ), lines
    assert "× スキャン.pdf：PDFではなく画像（PNG）です" in lines, lines


def test_a_document_the_project_cannot_store_is_named_in_japanese(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from frameworkqda.core.store import create_project

    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "1")  # no worker starts under the limit
    location = tmp_path / "研究.fqda"
    long = tmp_path / "長い計画.txt"
    long.write_text("多文化共生の推進について。\n" * 3000, encoding="utf-8")
    with create_project(str(location)) as project:
        keeper = sqlite3.connect(location)  # keeps the shared-memory file: only writes fail
        keeper.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            with files_cannot_grow(65_536):
                [result] = import_documents(project, [long])
        finally:
            keeper.close()
    assert shown(result.message) == (
        f"長い計画.txt：プロジェクトに保存していません：{location}："
        "ディスクの読み書きに失敗しました（disk I/O error）"
    )


def test_another_programs_file_and_an_unknown_extension_are_said_in_japanese(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot,
    settings,
    tmp_path: Path,
) -> None:
    """A .qdpx dropped with documents is named in a box saying to drop it by itself or use the
    REFI-QDA import; a text file under an unknown extension is read as text, and its note
    (stored in English) reads in Japanese. Both are dropped on a case: typed into Qt's own
    file dialog under its Documents filter, a name of another type is not taken (the dialog
    stays open), as for a person."""
    qdpx = tmp_path / "研究.qdpx"
    with zipfile.ZipFile(qdpx, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?><Project name="p"/>')
    minutes = tmp_path / "議事録.log"
    minutes.write_text("外国人市民会議の議事録。\n", encoding="utf-8")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.create_project(str(tmp_path / "研究.fqda"), "mipex-local")
    assert window.session is not None
    window.session.add_case("浜松市")
    tree = window.document_tree
    [case] = [c for c in list_cases(window.session.project) if c.name == "浜松市"]
    item = tree.case_item(case.id)
    assert item is not None
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (qdpx, minutes)])
    said = modal.read_next_box()
    assert dropped(tree.viewport(), data, tree.visualRect(item.index()).center()).isAccepted()
    assert said == [
        "取り込んでいません：研究.qdpx。REFI-QDA のファイル（NVivo・MAXQDA・ATLAS.ti から書き出した"
        "プロジェクト、またはコードブック）は文書と一緒には取り込めません。一つだけをウィンドウに"
        "ドロップするか、「ファイル → REFI-QDA プロジェクトの取り込み…」を使ってください"
        "（コードブックはコードブックの「取り込み…」で）。"
    ]
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog)
    lines = imported_lines(qtbot, dialog, timeout=60000)
    assert lines == [
        "✓ 議事録.log：取り込みました",
        "    .log は文書の拡張子ではありません。中身からテキストとして読み込みました",
    ], lines
    from frameworkqda.core.importers import notes
    from frameworkqda.core.workspace import document_content

    document_id = dialog.results[0].document_id
    assert document_id is not None
    stored = document_content(window.session.project, document_id).import_notes
    assert [shown(note) for note in notes.read(stored)] == [lines[1].strip()]


def test_an_unpacked_projects_sources_and_a_zip_in_a_folder_are_said_in_japanese(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot,
    settings,
    tmp_path: Path,
) -> None:
    """A folder dropped holding an unpacked .qdpx (its .qde and the sources beside it) and a
    zip of documents: the .qde's line counts the sources left out, and the zip's says to
    unpack it, in Japanese."""
    folder = tmp_path / "田中さんから"
    (folder / "研究" / "Sources").mkdir(parents=True)
    (folder / "研究" / "project.qde").write_text("<Project/>", encoding="utf-8")
    for guid in ("3F2A0C1E", "8B1D44A0"):
        (folder / "研究" / "Sources" / f"{guid}.txt").write_text("資料。", encoding="utf-8")
    with zipfile.ZipFile(folder / "議事録.zip", "w") as archive:
        archive.writestr("2024-04.txt", "議事録。")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.create_project(str(tmp_path / "研究.fqda"), "mipex-local")
    assert drag(window, files(folder)).enter.isAccepted()
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog)
    assert imported_lines(qtbot, dialog, timeout=60000) == [
        "× project.qde：文書ではなく REFI-QDA プロジェクトです。隣の Sources フォルダーにある "
        "2 件のファイルはその資料なので、取り込みから外しました。「ファイル → REFI-QDA "
        "プロジェクトの取り込み…」で新しいプロジェクトとして開くと、コーディングとともに"
        "取り込まれます（コマンドライン：import-qdpx）",
        "× 議事録.zip：文書ではなくアーカイブです。展開して、そのフォルダーを取り込んでください",
    ]
