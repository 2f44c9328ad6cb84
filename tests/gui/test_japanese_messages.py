"""In Japanese, what the Qt-free core says reaches the person in Japanese: an import's failure
reasons and notes, a project that cannot be opened, a core command's undo text.

The core writes English Messages that carry their template (core/messages.py); the GUI renders
them with the catalogue. Each step is done as a person does it — Ctrl+I, Ctrl+O, a click — with
real files from the corpus.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from frameworkqda.core import workspace
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView
from tests.conftest import corpus_dir
from tests.gui import modal
from tests.gui.importing import imported_lines
from tests.gui.test_japanese_dialogs import japanese, shortcut, study  # noqa: F401 - fixtures
from tests.gui.test_merge_gui import _carols_copy, widened_copy
from tests.gui.walk import Walk, choose_file

# found as every corpus test finds it ($FRAMEWORKQDA_CORPUS, else ../shared/corpus): a path of
# its own skipped these tests in a worktree while the corpus was set
CORPUS = (corpus_dir() or Path("corpus not found")) / "pdf"
ENCRYPTED = CORPUS / "broken" / "encrypted_aes-256.pdf"
SCANNED = CORPUS / "en" / "c02-22_scanned.pdf"
REFI = CORPUS.parent / "refi"

pytestmark = pytest.mark.skipif(
    not ENCRYPTED.exists(),
    reason="corpus not found: set FRAMEWORKQDA_CORPUS or place it at ../shared/corpus",
)


@pytest.fixture
def window(japanese, qtbot, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]  # noqa: F811
    """The main window, in Japanese, on a new project."""
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    main.create_project(str(tmp_path / "研究.fqda"), "mipex-local")
    return main


def test_an_import_says_in_japanese_why_a_file_failed_and_how_one_was_read(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path, tesseract: str
) -> None:
    encrypted = shutil.copy(ENCRYPTED, tmp_path / "暗号化された報告書.pdf")
    scanned = shutil.copy(SCANNED, tmp_path / "スキャン.pdf")
    fake = tmp_path / "偽物.pdf"
    fake.write_text("これは PDF ではありません", encoding="utf-8")
    chosen = [str(encrypted), str(scanned), str(fake)]
    modal.choose(*chosen)
    shortcut(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog)
    # asked for the password, the person skips the file (Cancel in the prompt)
    asked: list[str] = []

    def skip(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        asked.append(box.labelText())
        box.reject()

    modal.answer(QInputDialog, skip)
    lines = imported_lines(qtbot, dialog, timeout=120000)
    assert asked == ["暗号化された報告書.pdf はパスワードで保護されています。パスワード："]
    assert (
        "× 暗号化された報告書.pdf：この PDF は保護されており、開くにはパスワードが必要です" in lines
    ), lines
    assert "× 偽物.pdf：名前は .pdf ですが、中身はテキストです" in lines, lines
    assert "✓ スキャン.pdf：取り込みました" in lines, lines
    note = "    1 ページの文字は OCR で認識しました。ページと照らし合わせて確認してください"
    assert note in lines, lines
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    # the note stays with the document, above its text, in Japanese
    assert window.session is not None
    (document,) = workspace.documents(window.session.project)
    shortcut(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    tree = window.document_tree
    tree.select_document(document.id)
    qtbot.mouseClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tree.visualRect(tree.currentIndex()).center(),
    )
    banner = window.document_area.import_notes
    assert banner.isVisible()
    assert banner.text() == "取り込み時の注記：" + note.strip()


def test_a_file_that_is_no_project_is_refused_in_japanese(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    other = tmp_path / "他人のメモ.fqda"
    other.write_text("メモ", encoding="utf-8")
    modal.choose(other)
    said = modal.read_next_box()
    shortcut(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(said))
    assert said == [
        f"{other}：FrameworkQDA のプロジェクトではありません（SQLite データベースではありません）"
    ]


def test_a_core_commands_undo_text_reads_japanese(qtbot, study: MainWindow) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    shortcut(qtbot, study, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    matrix = study.views["matrix"]
    assert isinstance(matrix, MatrixView)
    qtbot.mouseClick(matrix.draft_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(matrix.drafts_done.is_set, timeout=30000)
    assert matrix.last_drafted > 0
    step = f"空のセル {matrix.last_drafted} 個を自動下書き"
    assert study.undo_action.text() == f"元に戻す(&U)：{step}"
    study.undo_action.trigger()
    assert study.redo_action.text() == f"やり直す(&R)：{step}"


def test_the_carry_over_report_says_in_japanese_what_a_file_lost(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """File → Import REFI-QDA with a hand-authored .qde from the corpus (its text file missing,
    a picture, audio and video, a set, a graph, links a case cannot keep): every line of the
    carry-over report is a whole Japanese sentence, the file's names quoted in it."""
    source = REFI / "ornio_hand_authored_project.qde"
    action = _file_action(window, "Import &REFI-QDA project (.qdpx, .qde)…")
    walk = Walk(window, qtbot)
    walk.opening("File → Import REFI-QDA", action.trigger, choose_file(source, tmp_path / "o.fqda"))
    report = window.last_refi.report_dialog  # type: ignore[attr-defined]
    assert report is not None
    text = report.browser.toPlainText()
    missing = "internal://11111111-1111-1111-1111-111111111111.txt"
    pdf = "internal://33333333-3333-3333-3333-333333333333.pdf"
    for line in (
        f"テキスト文書「Interview 1.txt」：プレーンテキストを読めません（{missing} が "
        "ornio_hand_authored_project.qde と同じフォルダーに見つかりません）。この文書とその"
        "コーディングは引き継がれていません",
        "音声「interview.m4a」：画像・音声・動画には対応していません（コーディング 2 件は"
        "引き継がれていません）",
        "ケース「Participant 1」：コードへのリンク（35 行目）。ケースは文書にだけリンクします",
        "セグメント 50000000-0000-0000-0000-000000000001 のメモ：そのセグメントは引き継がれ"
        "なかったため、メモはプロジェクトに付けました",
        "グラフ「Model」（137 行目）：グラフには対応していません",
        f"PDF 文書「doc.pdf」：PDF ファイルを読めません（{pdf} が "
        "ornio_hand_authored_project.qde と同じフォルダーに見つかりません）。テキスト文書として"
        "取り込みました",
    ):
        assert line in text, text
    names = ("Interview 1.txt", "photo.jpg", "interview.m4a", "clip.mp4", "Participant 1")
    names += ("Diet-related", "Model", "doc.pdf", missing, pdf)
    names += ("ornio_hand_authored_project.qde",)
    lines = text.split("\n")
    items = lines[lines.index("ファイルの次の部分は新しいプロジェクトに含まれていません：") + 1 :]
    assert len(items) >= 11, text
    for item in items:
        for name in (*names, "PDF"):
            item = item.replace(name, "")
        assert not re.search("[A-Za-z]{2,}", item), item
    copy = report.findChild(QPushButton, "copyReport")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text  # pasted as read, in Japanese


def test_a_scores_file_refused_lists_its_bad_lines_in_japanese(  # type: ignore[no-untyped-def]
    qtbot,
    study: MainWindow,  # noqa: F811
    monkeypatch,
    tmp_path: Path,
) -> None:
    """Codebook → Scores… → Import CSV… with two bad rows: one message box, each row's
    reason in Japanese on a line of its own (as code --from says them), the names in 「」,
    nothing imported."""
    assert study.session is not None
    theme = next(c.name for c in study.session.codes() if c.parent_id is None)
    bad = tmp_path / "点数.csv"
    bad.write_text(f"series,theme,score\nMIPEX,存在しない,50\nMIPEX,{theme},高い\n", "utf-8")
    modal.choose(bad)
    shortcut(qtbot, study, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    editor = study.views["codebook"]
    assert isinstance(editor, CodebookEditor)
    qtbot.mouseClick(editor.buttons["Scores…"], Qt.MouseButton.LeftButton)
    scores = editor.scores_editor
    wanted = QCoreApplication.translate("ScoresEditor", "Import CSV…")
    (button,) = [b for b in scores.findChildren(QPushButton) if b.text() == wanted]
    said = modal.read_next_box()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    assert said == [
        f"{bad}：誤りのある行が 2 行あるため、何も書き込んでいません\n"
        "2 行目：「存在しない」というテーマはありません\n"
        "3 行目：スコア「高い」は数値ではありません"  # it said '存在しない' in ASCII quotes
    ]


def test_a_merge_conflict_is_reported_in_japanese(  # type: ignore[no-untyped-def]
    qtbot,
    study: MainWindow,  # noqa: F811
    monkeypatch,
    tmp_path: Path,
) -> None:
    """File → Merge project… with a copy where carol charted a cell differently: the summary
    says the conflict in one Japanese sentence, the values and names as they are."""
    other = tmp_path / "carol.fqda"
    _carols_copy(study, other)
    modal.choose(other)
    _file_action(study, "&Merge project…").trigger()
    merging = study.last_merge  # type: ignore[attr-defined]
    qtbot.waitUntil(merging.done_event.is_set, timeout=30000)
    assert merging.summary_dialog is not None, merging.message.text()
    text = merging.summary_dialog.browser.toPlainText()
    assert "このプロジェクトでは Yes、carol.fqda では No（両方を保持：相手側は carol の" in text
    assert "here" not in text and "both kept" not in text, text


def test_a_merge_says_in_japanese_what_it_joined_and_what_its_import_changed(  # type: ignore[no-untyped-def]
    qtbot,
    study: MainWindow,  # noqa: F811
    monkeypatch,
    tmp_path: Path,
) -> None:
    """A merge that only joined a passage said so in the headline, and a .qdpx's merge lists
    the cases its import took as one under the import report's own Japanese heading."""
    from tests.e2e.test_cli_refi_case_names import _write

    other = tmp_path / "laptop.fqda"
    widened_copy(study, other)
    summaries = []
    for source in (other, _write(tmp_path / "cities.qdpx")):
        modal.choose(source)
        _file_action(study, "&Merge project…").trigger()
        merging = study.last_merge  # type: ignore[attr-defined]
        qtbot.waitUntil(merging.done_event.is_set, timeout=30000)
        assert merging.summary_dialog is not None, merging.message.text()
        summaries.append(merging.summary_dialog)
        modal.ok(merging.summary_dialog)
    joined, cities = summaries
    assert joined.headline.text() == (
        "<b>laptop.fqda</b> をこのプロジェクトに統合しました：重なるセグメント 1 件をまとめました。"
    )
    text = cities.browser.toPlainText()
    assert "取り込み時に変更されたもの（3）" in text
    assert "ケース「osaka」を先にあるケース「Osaka」と同じケースとして扱いました。" in text
    assert "taken as" not in text, text


def _file_action(window: MainWindow, source: str) -> QAction:
    """The File menu's action whose English is ``source``, as the Japanese menu shows it."""
    wanted = QCoreApplication.translate("WindowMenus", source)
    file_menu = window.menuBar().actions()[0].menu()
    (action,) = [a for a in file_menu.actions() if a.text() == wanted]  # type: ignore[union-attr]
    return action


def test_a_score_that_is_no_number_is_named_with_japanese_punctuation(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """A score typed as 高い: the theme and the value were joined English-style in Japanese
    (教育: “高い”); now 教育：「高い」, as a Japanese sentence has it."""
    from PySide6.QtWidgets import QMessageBox

    from frameworkqda.gui.scores_editor import ScoresEditor

    editor = window.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    qtbot.mouseClick(editor.buttons["Scores…"], Qt.MouseButton.LeftButton)
    dialog = editor.scores_editor
    assert isinstance(dialog, ScoresEditor)
    qtbot.keyClicks(dialog.new_name, "MIPEX 2020")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog.table.setCurrentCell(0, 1)
    theme = dialog.table.item(0, 0).text()
    dialog.table.item(0, 1).setText("高い")
    try:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        dialog.table.item(0, 1).setText("")  # nothing typed is left to ask about
    assert len(warnings) == 1 and f"{theme}：「高い」" in warnings[0], warnings
    assert ": " not in warnings[0] and "“" not in warnings[0]
