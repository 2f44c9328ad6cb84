"""The Japanese UI walkthrough of 2026-12-05 (notes s29): each screen it found wanting, at
1280×800 in Japanese, through the real menus and buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.refi_dialogs import RefiExportDialog
from frameworkqda.gui.sample import build_sample
from tests.gui import modal
from tests.gui.test_japanese_dialogs import japanese  # noqa: F401  (a fixture)


@pytest.fixture
def ja_window(japanese, qtbot, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]  # noqa: F811
    """The Japanese sample project in a 1280×800 window of the Japanese interface."""
    location = tmp_path / "多文化共生.fqda"
    build_sample(location, language="ja")
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.open_project(str(location))
    return main


def _rect_in(widget: QWidget, window: QWidget) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.x(), top_left.y(), widget.width(), widget.height()


def test_the_refi_export_summary_fits_above_close(ja_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "書き出し" / "多文化共生プロジェクト_2026年12月版.qdpx"
    target.parent.mkdir()
    modal.choose(target)
    ja_window.export_refi_action.trigger()
    dialog = ja_window.findChild(RefiExportDialog, "refiExportDialog")
    assert isinstance(dialog, RefiExportDialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    qtbot.wait(50)
    message = dialog.message
    text = message.text()
    assert str(target) in text and "外部スコア" in text and "同じ名前のコード" in text
    assert "。 " not in text  # Japanese sentences follow each other without a space
    x, y, width, height = _rect_in(message, dialog)
    # the whole wrapped text fits the label, and the path's line is not cut at the side
    assert message.heightForWidth(width) <= height
    assert message.fontMetrics().horizontalAdvance(str(target)) <= width
    assert x + width <= dialog.width() and y >= 0
    close = dialog.cancel_button
    assert close.text() == "閉じる"
    assert y + height <= close.mapTo(dialog, QPoint(0, 0)).y()
    assert dialog.height() <= 800 and dialog.width() <= 1280
    dialog.close()


HOLD = (
    "import sqlite3, sys, time\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN EXCLUSIVE')\n"
    "print('held', flush=True)\n"
    "time.sleep(float(sys.argv[2]))\n"
)


def test_a_held_project_refusal_keeps_its_instruction_at_1280(  # type: ignore[no-untyped-def]
    ja_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Another program's long command line (its interpreter, script and the project's path)
    is shortened as one, so 「…もう一度お試しください」 still ends the status line."""
    import subprocess
    import sys

    from frameworkqda.core import workspace
    from frameworkqda.core.store.engine import WRITE_WAIT_ENV

    monkeypatch.setenv(WRITE_WAIT_ENV, "0.3")
    session = ja_window.session
    assert session is not None
    document = workspace.documents(session.project)[0]
    ja_window.open_document(document.id)
    code = next(c for c in session.codes() if c.parent_id is not None)
    ja_window.code_range(document.id, 0, 5, code.id)
    script = tmp_path / "長い名前のスクリプト" / "プロジェクトを使い続けるスクリプト.py"
    script.parent.mkdir()
    script.write_text(HOLD, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, str(script), str(session.project.location), "20"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        ja_window.undo_action.trigger()
        qtbot.waitUntil(lambda: "使用中" in ja_window.statusBar().toolTip(), timeout=10000)
        bar = ja_window.statusBar()
        shown, whole = bar.currentMessage(), bar.toolTip()
        assert f"pid {holder.pid}" in whole
        tail = whole[whole.index("秒を超えて") :]
        assert "お試しください" in tail
        assert shown.endswith(tail), (shown, tail)
        assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_width()
    finally:
        holder.kill()
        holder.wait()


def _open_cases(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    """Code → ケースと属性… from the menu bar."""
    from frameworkqda.gui.cases_dialog import CasesDialog

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "コード(&C)")
    action = next(a for a in menu.actions() if a.text().startswith("ケースと属性"))  # type: ignore[union-attr]
    action.trigger()
    dialog = window.cases_dialog
    assert isinstance(dialog, CasesDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _with_attributes(window: MainWindow) -> int:
    from frameworkqda.core import cases, commands, model

    session = window.session
    assert session is not None
    hamamatsu = next(c.id for c in cases.list_cases(session.project) if c.name == "浜松市")
    session.run(commands.SetAttribute(hamamatsu, "外国人比率", 3.6, model.AttributeKind.NUMBER))
    session.run(
        commands.SetAttribute(hamamatsu, "都市区分", "政令指定都市", model.AttributeKind.TEXT)
    )
    return hamamatsu


def test_case_attribute_refusals_read_as_japanese_sentences_and_clear(ja_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Kinds in 「」 without spaces, a final 。, 「この値」 for one value; an edit that changes
    nothing (the same value, the kind it has) clears the refusal shown before."""
    from PySide6.QtWidgets import QInputDialog

    from tests.gui.test_cases_dialog import _row, _type_into

    _with_attributes(ja_window)
    dialog = _open_cases(qtbot, ja_window)
    headers = [
        dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
    ]
    ratio, kind_column = headers.index("外国人比率"), headers.index("都市区分")
    _type_into(qtbot, dialog, _row(dialog, "浜松市"), ratio, "2.5%")
    said = dialog.status.text()
    assert (
        said
        == "「2.5%」は正しい「数値」ではありません。% 記号を付けずに「2.5」と入力してください。"
        "入力した値「2.5%」はクリップボードにあります。"  # handed back, one 。 between
    )
    _type_into(qtbot, dialog, _row(dialog, "浜松市"), ratio, "3.6")  # the value it has
    assert dialog.status.text() == ""

    def to_whole_numbers(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("整数")
        modal.ok(box)

    attribute = dialog.attribute_at(kind_column)
    assert attribute is not None
    modal.answer(QInputDialog, to_whole_numbers)
    dialog.change_kind(attribute)  # the header menu's 種類を変更(&K)…
    said = dialog.status.text()
    assert said.startswith("「都市区分」の種類を「整数」に変更できません。"), said
    assert "「政令指定都市」を" not in said and " 整数 " not in said
    assert said.endswith("先にこの値を修正するか空にしてください。"), said

    def same_kind(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        modal.ok(box)  # the kind it has

    modal.answer(QInputDialog, same_kind)
    dialog.change_kind(attribute)
    assert dialog.status.text() == ""
    dialog.close()


def _header_menu_texts(qtbot, dialog, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    header = dialog.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    seen: list[list[str]] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read)
            return
        seen.append([a.text() for a in menu.actions() if a.text()])
        menu.close()

    QTimer.singleShot(0, read)
    viewport = header.viewport()
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at))
    )
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_the_cases_dialog_buttons_and_attribute_menu_take_accelerators(ja_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _with_attributes(ja_window)
    dialog = _open_cases(qtbot, ja_window)
    buttons = [button.text() for button in dialog.buttons.values()]
    assert buttons == [
        "ケースを追加(&A)…",
        "ケースを削除(&D)",
        "上へ移動(&U)",
        "下へ移動(&W)",
        "ケース属性を追加(&T)…",
    ]
    entries = _header_menu_texts(qtbot, dialog, 2)
    assert entries == ["ケース属性の名前を変更(&R)…", "種類を変更(&K)…", "ケース属性を削除(&D)…"]
    dialog.close()


def test_english_cases_dialog_buttons_take_different_accelerators(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import re

    from tests.gui.test_cases_dialog import _open

    dialog = _open(qtbot, window)
    letters = [re.search(r"&(\w)", b.text()) for b in dialog.buttons.values()]
    assert all(letters), [b.text() for b in dialog.buttons.values()]
    keys = [m.group(1).lower() for m in letters if m]
    assert len(set(keys)) == len(keys)
    dialog.close()


def test_deleting_a_document_quotes_it_and_the_undo_line_stays_whole(ja_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from frameworkqda.core import workspace

    session = ja_window.session
    assert session is not None
    document = workspace.documents(session.project)[0]
    said: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.reject()

    modal.answer(QMessageBox, cancel)
    ja_window.document_tree.delete_documents([document.id])
    assert said == [
        f"「{document.name}」とそのセグメント {document.segments} 件が削除されます。\n"
        "［編集］→［元に戻す］で取り消せます。"
    ]


def test_the_cases_dialog_says_undo_one_way(ja_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    _with_attributes(ja_window)
    dialog = _open_cases(qtbot, ja_window)
    said: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.informativeText())
        box.reject()

    attribute = dialog.attribute_at(2)
    assert attribute is not None
    modal.answer(QMessageBox, cancel)
    dialog.delete_attribute(attribute)
    assert said == ["ケース 1 件の値も削除されます。\n［編集］→［元に戻す］で取り消せます。"]
    dialog.close()


def test_a_web_pages_left_out_text_is_quoted_and_listed_in_japanese(japanese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """「」 and 、 in the Japanese note, also for a note stored (in English) before."""
    from frameworkqda.core.importers import notes
    from frameworkqda.gui.i18n import shown

    note = notes.left_out_of_page(["本文へスキップ", "当サイトでは", "トップページ > 計画"], 4)
    expected = (
        "メニューなどページの定型部分として本文から除きました"
        "（「本文へスキップ」、「当サイトでは」、「トップページ > 計画」ほか 1 件）"
    )
    assert shown(note) == expected
    (stored,) = notes.read(str(note))  # the English stored in the project, read back
    assert shown(stored) == expected


def test_a_web_pages_footer_left_out_is_named_in_japanese(japanese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The footer in the note, alone or after the menus, in Japanese also when read back."""
    from frameworkqda.core.importers import notes
    from frameworkqda.gui.i18n import shown

    footer = ["○○市役所 〒000-0000 ○○市中央1丁目1番1号 電話 000-000-0000"]
    expected = {
        notes.left_out_of_page([], 0, footer): (
            "ページのフッターとして本文から除きました"
            "（「○○市役所 〒000-0000 ○○市中央1丁目1番1号 電話 000-000-…」）"
        ),
        notes.left_out_of_page(["本文へスキップ", "当サイトでは"], 5, ["© 浜松市"]): (
            "メニューなどページの定型部分として本文から除きました（「本文へスキップ」、「当サイトでは」"
            "ほか 3 件）。フッターも除きました（「© 浜松市」）"
        ),
    }
    for note, japanese_note in expected.items():
        assert note is not None
        assert shown(note) == japanese_note
        (stored,) = notes.read(str(note))  # the English stored in the project, read back
        assert shown(stored) == japanese_note


def test_the_review_filter_names_the_theme_of_a_shared_code_name(ja_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from frameworkqda.gui.review.view import ReviewView

    session = ja_window.session
    assert session is not None
    code = next(
        c for c in session.codes() if session.code_path(c.id) == "保健医療 / 多言語による情報提供"
    )
    ja_window.open_code_passages(code.id)  # a double-click in the codebook pane
    review = ja_window.views["review"]
    assert isinstance(review, ReviewView)
    assert review.code_box.currentText().strip() == "保健医療 / 多言語による情報提供（0）"
    unique = [review.code_box.itemText(i).strip() for i in range(review.code_box.count())]
    assert "支援員の配置（2）" in unique  # a name of one code alone stays short


def test_review_columns_give_the_document_name_the_room_of_empty_columns(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot,
    settings,
    tmp_path: Path,
) -> None:
    from frameworkqda.gui.review.view import DOCUMENT, NOTE, TRANSLATION, ReviewView

    location = tmp_path / "多文化共生.fqda"
    build_sample(location, language="ja")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    window.open_project(str(location))
    review = window.show_view("review")
    assert isinstance(review, ReviewView)
    qtbot.wait(50)
    header = review.table.horizontalHeader()
    metrics = review.table.fontMetrics()
    names = {row.document for row in review.model.rows}
    assert "hamamatsu-plan.pdf" in names
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert header.sectionSize(DOCUMENT) >= widest + 16  # not cut to hamamat…lan.pdf
    titles = header.fontMetrics()
    for column in (NOTE, TRANSLATION):  # nothing in them: their title's width
        title = str(review.model.headers[column])
        assert header.sectionSize(column) <= titles.horizontalAdvance(title) + 16


def test_rename_dialogs_show_a_long_japanese_name_whole(ja_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from frameworkqda.core import commands, workspace

    session = ja_window.session
    assert session is not None
    document = workspace.documents(session.project)[0]
    long_name = "浜松市多文化共生推進計画（第3次）令和6年度〜令和10年度_本編.pdf"
    session.run(commands.RenameDocument(document.id, long_name))
    seen: list[tuple[int, int]] = []

    def look(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        field = box.findChild(QLineEdit)
        assert field is not None and field.text() == long_name
        seen.append((box.width(), field.fontMetrics().horizontalAdvance(long_name)))
        box.reject()

    modal.answer(QInputDialog, look)
    ja_window.document_tree.rename_document(document.id)  # its menu's 名前を変更(&R)…
    ((width, text),) = seen
    assert width >= 480 and width >= text + 40

    _with_attributes(ja_window)
    dialog = _open_cases(qtbot, ja_window)
    attribute = dialog.attribute_at(2)
    assert attribute is not None
    seen.clear()

    def look_at_attribute(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        seen.append((box.width(), 0))
        box.reject()

    modal.answer(QInputDialog, look_at_attribute)
    dialog.rename_attribute(attribute)
    assert seen and seen[0][0] >= 480
    dialog.close()


def test_the_refi_import_item_puts_its_accelerator_at_the_end(ja_window) -> None:  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in ja_window.menuBar().actions() if a.text() == "ファイル(&F)")
    texts = [a.text() for a in menu.actions() if a.text()]  # type: ignore[union-attr]
    assert "REFI-QDA プロジェクトの取り込み (.qdpx, .qde)(&R)…" in texts
    assert "REFI-QDA プロジェクトの書き出し (.qdpx)(&E)…" in texts
