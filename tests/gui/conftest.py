"""GUI fixtures: per-test QSettings, generated Japanese PDF and DOCX sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

JAPANESE_LINES = [
    "多文化共生の推進について",
    "浜松市は多言語による情報提供を進める。",
    "𠮷田町の日本語教室は外国人市民に開かれている。",
    "学校には日本語指導の支援員を配置する。",
]


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: object) -> None:
    """The interface in English with its plural forms, whatever the machine's locale."""
    from PySide6.QtWidgets import QApplication

    from frameworkqda.gui import i18n

    assert isinstance(qapp, QApplication)
    i18n.install(qapp, "en")


WAIT_MS = 30_000  # a condition waited for on CI's two loaded cores; met at once, it returns at once


@pytest.fixture(autouse=True, scope="session")
def waits_for_loaded_machines() -> None:
    """``qtbot.waitUntil`` and its kin give up after 5 s unless told otherwise: a search or an
    import on a thread of its own, met in well under that alone, took longer once at load 7.
    They wait on a condition, so a longer bound costs time only when a test fails."""
    from pytestqt.qtbot import QtBot

    for wait in (QtBot.waitUntil, QtBot.waitSignal, QtBot.waitActive, QtBot.waitExposed):
        assert wait.__kwdefaults__ is not None and "timeout" in wait.__kwdefaults__
        wait.__kwdefaults__["timeout"] = WAIT_MS


@pytest.fixture(autouse=True, scope="session")
def own_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Qt's own settings (its file dialog's folders, history and column widths) in a folder of
    the test run: tests neither read what earlier runs left in the user's ~/.config nor add
    to it."""
    from PySide6.QtCore import QSettings, QStandardPaths

    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(native, user, str(tmp_path_factory.mktemp("qt-settings")))
    yield
    QSettings.setPath(native, user, home)


@pytest.fixture(autouse=True)
def forget_unused_answers() -> Iterator[None]:
    """An answer a test prepared for a dialog that never came (``modal.answer``) ends with it."""
    yield
    from tests.gui import modal

    modal.forget()


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[object]:
    from PySide6.QtCore import QSettings

    from frameworkqda.gui.settings import Settings

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield Settings(store)


@pytest.fixture
def japanese_pdf(tmp_path: Path) -> Path:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    path = tmp_path / "浜松市計画.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    for page in range(2):
        pdf.setFont("HeiseiMin-W3", 14)
        y = 780
        for line in JAPANESE_LINES:
            if "𠮷" in line:  # the CID font has no 𠮷: draw the rest of the line
                line = line.replace("𠮷", "吉")
            pdf.drawString(60, y, f"{line}（{page + 1}）")
            y -= 28
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def docx_file(tmp_path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in JAPANESE_LINES:
        document.add_paragraph(line)
    document.add_paragraph("Kawasaki set up a council of foreign residents.")
    path = tmp_path / "kawasaki.docx"
    document.save(str(path))
    return path


@pytest.fixture
def window(qtbot, settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window on a fresh copy of the sample project."""
    return _sample_window(qtbot, settings, tmp_path)


@pytest.fixture
def two_coders(qtbot, settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window on the sample project coded a second time, by Taro."""
    return _sample_window(qtbot, settings, tmp_path, second_coder="Taro")


def _sample_window(qtbot, settings, tmp_path: Path, second_coder: str | None = None):  # type: ignore[no-untyped-def]
    from frameworkqda.gui.sample import add_second_coder, build_sample
    from tests.gui.windows import window_on

    location = tmp_path / "sample.fqda"
    build_sample(location)
    if second_coder is not None:
        add_second_coder(location, second_coder)
    return window_on(qtbot, settings, location)


@pytest.fixture
def new_window(qtbot, settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window on a new project (the mipex-local template, no cases, no documents)."""
    from frameworkqda.gui.main_window import MainWindow

    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    main.create_project(str(tmp_path / "study.fqda"), "mipex-local")
    assert main.session is not None
    return main
