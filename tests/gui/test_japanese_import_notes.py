"""In Japanese, an import note says every word in Japanese: the page numbers a PDF's import
left out were named by an English literal inside the Japanese sentence (「柱とページ番号は本文から
除きました（“…”, “page numbers”）」). Imported through Ctrl+I, a generated PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.main_window import MainWindow
from tests import documents
from tests.gui import modal
from tests.gui.test_japanese_dialogs import japanese, shortcut  # noqa: F401 - fixtures

HEAD = "浜松市多文化共生推進計画"


def _paged_plan(folder: Path) -> Path:
    """Three pages of a plan, each with a running head and a page number at its foot."""
    documents.japanese_pdf(folder / "unused.pdf")  # registers the Japanese font
    lines = [line for p in documents.JAPANESE_PARAGRAPHS for line in documents.wrap(p, 40)]
    pages = [lines[:3], lines[3:5], lines[5:]]
    return documents.paged_pdf(folder / "計画.pdf", documents.MINCHO, pages, HEAD)


def _import(qtbot, window: MainWindow, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    modal.choose(str(path))
    shortcut(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=120000)
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_the_note_on_page_numbers_left_out_is_japanese(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot,
    settings,
    tmp_path: Path,
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.create_project(str(tmp_path / "研究.fqda"), "mipex-local")
    lines = _import(qtbot, window, _paged_plan(tmp_path))
    note = f"    柱とページ番号は本文から除きました（「{HEAD}」とページ番号）。"
    note += "ページ表示には表示されます"
    assert note in lines, lines
    assert not any("page numbers" in line for line in lines), lines


def test_the_note_on_a_web_pages_text_left_out_is_japanese(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot,
    settings,
    tmp_path: Path,
) -> None:
    """A web page's cookie notice goes, and the note naming it is Japanese."""
    page = tmp_path / "計画.html"
    page.write_text(
        '<html lang="ja"><head><meta charset="utf-8"></head><body>'
        '<div class="cookie-notice"><p>このサイトはクッキーを使用しています。</p></div>'
        f'<div class="content"><h1>{HEAD}</h1><p>{documents.JAPANESE_PARAGRAPHS[0]}</p></div>'
        "</body></html>",
        encoding="utf-8",
    )
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.create_project(str(tmp_path / "研究.fqda"), "mipex-local")
    lines = _import(qtbot, window, page)
    note = "    メニューなどページの定型部分として本文から除きました"
    note += "（「このサイトはクッキーを使用しています。」）"
    assert note in lines, lines
    assert not any("left out" in line for line in lines), lines
