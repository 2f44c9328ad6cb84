"""In Japanese, a line the GUI builds from a name and what happened puts a full-width colon
after it (docs/glossary-ja.md): these were joined in code with ": " (「REFI-QDA プロジェクトの
書き出し: study.qdpx」), or English altogether (a read-only project's refusal, a chart export
of the wrong kind). Each is now a translatable template, said through its real path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from frameworkqda.core.store.project import default_coder_name
from frameworkqda.gui.cases_dialog import CasesDialog
from frameworkqda.gui.compare.view import CompareView
from frameworkqda.gui.jobs import Job
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.refi_dialogs import RefiExportDialog
from frameworkqda.gui.sample import build_sample
from tests.gui import menu_bar, modal
from tests.gui.conftest import _sample_window
from tests.gui.test_japanese_dialogs import japanese, study  # noqa: F401 - fixtures
from tests.gui.test_refi_gui import _dialogs


def test_a_job_that_breaks_names_its_file_with_a_full_width_colon(japanese, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """An unexpected error in a background job read 「計画.pdf: RuntimeError: …」."""

    def work(_report: object, _cancelled: object) -> object:
        raise RuntimeError("disk vanished")

    job = Job("文書の取り込み", "計画.pdf", work, None)
    with qtbot.waitSignal(job.failed, timeout=10000) as failed:
        job.start_work()
    assert failed.args[0] == "計画.pdf：RuntimeError: disk vanished"


def test_the_refi_export_in_the_status_bar_has_a_full_width_colon(  # type: ignore[no-untyped-def]
    study: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    target = tmp_path / "研究.qdpx"
    _dialogs(save=lambda proposed: str(target))
    menu_bar.choose(qtbot, study, "ファイル", "REFI-QDA プロジェクトの書き出し")
    dialog = study.last_refi_export
    assert isinstance(dialog, RefiExportDialog)
    dialog.export_button.click()
    assert dialog.job is not None
    said = dialog.job.status  # what the status bar shows while it runs in the background
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert said == "REFI-QDA プロジェクトの書き出し：研究.qdpx", said


def test_a_chart_export_of_the_wrong_kind_is_refused_in_japanese(  # type: ignore[no-untyped-def]
    study: MainWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    study.show_stage(5)
    view = study.views["mapping"]
    assert isinstance(view, MappingView)
    said = modal.read_next_box()
    assert view.export_chart(str(tmp_path / "図.gif")) is None
    assert said == ["図.gif：グラフは .png か .svg で書き出します。何も書き込んでいません"], said


def test_a_read_only_project_refuses_a_new_case_in_japanese(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot: QtBot,
    settings,
    tmp_path: Path,
) -> None:
    """It said 「…/sample.fqda: opened read-only; not saved」 in English under the sheet."""
    location = tmp_path / "sample.fqda"
    build_sample(location)
    location.chmod(0o444)
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        window.open_project(str(location))
        assert window.session is not None and window.session.project.read_only
        window.open_cases()
        dialog = window.cases_dialog
        assert isinstance(dialog, CasesDialog)
        dialog.add_case("神戸市")
        said = dialog.status.text()
        assert said == f"{location}：読み取り専用で開いています。保存していません", said
        window.close()
    finally:
        location.chmod(0o644)


def test_the_file_dialogs_labels_end_in_a_full_width_colon(japanese, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    box = QFileDialog(None, "開く", QDir.tempPath())
    box.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(box)
    labels = {name: box.findChild(QLabel, name).text() for name in ("lookInLabel", "fileTypeLabel")}
    assert labels == {"lookInLabel": "場所(&L)：", "fileTypeLabel": "ファイルの種類(&T)："}


def test_compared_coders_passages_name_the_coder_with_a_full_width_colon(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot: QtBot,
    settings,
    tmp_path: Path,
) -> None:
    window = _sample_window(qtbot, settings, tmp_path, second_coder="Taro")
    view = window.show_view("compare")
    assert isinstance(view, CompareView)
    qtbot.keyClicks(view.coder_a, "Taro")
    view.coder_b.setFocus()
    qtbot.keyClicks(view.coder_b, default_coder_name())
    row = next(r for r, item in enumerate(view.model.rows) if item.document == "hamamatsu.txt")
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    labels = {mark.label for mark in view.text_view.marks()}
    assert labels and all(label.startswith(("Taro：", f"{view.names()[1]}：")) for label in labels)
    assert not any(": " in label for label in labels), labels
