"""Every view reads in a light and in a dark palette (the system's, never assumed white).

A walkthrough with a dark Fusion palette found white text on near-white washes (the matrix's
headers and theme cells, the mapping's heat table, the agreement table's pooled rows and κ
cells), white on bright yellow (find hits, value chips "Partially" and "Yes but restricted"),
a dark red error on dark grey, a black outline on a dark margin. Each test here builds the
real window under a light and a dark palette, renders the place to an image and measures, by
the WCAG contrast ratio, its text pixels against the background they are drawn on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.core import workspace
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView
from tests.gui.conftest import _sample_window

NORMAL, LARGE = 4.5, 3.0  # WCAG 2 AA: text; large text and graphics


def _dark() -> QPalette:
    """The dark Fusion palette of the walkthrough (/tmp/w3/shoot.py)."""
    p = QPalette()
    role = QPalette.ColorRole
    white = QColor("#ffffff")
    for r, c in (
        (role.Window, QColor(53, 53, 53)), (role.WindowText, white),
        (role.Base, QColor(35, 35, 35)), (role.AlternateBase, QColor(53, 53, 53)),
        (role.ToolTipBase, QColor(25, 25, 25)), (role.ToolTipText, white),
        (role.Text, white), (role.Button, QColor(53, 53, 53)), (role.ButtonText, white),
        (role.BrightText, QColor("#ff0000")), (role.Link, QColor(42, 130, 218)),
        (role.Highlight, QColor(42, 130, 218)), (role.HighlightedText, QColor(35, 35, 35)),
        (role.PlaceholderText, QColor(160, 160, 160)), (role.Mid, QColor(100, 100, 100)),
        (role.Dark, QColor(30, 30, 30)), (role.Light, QColor(80, 80, 80)),
    ):  # fmt: skip
        p.setColor(r, c)
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(127, 127, 127))
    return p


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[str]:
    """The application under Fusion with its light palette, or the walkthrough's dark one,
    set before the window is built; the test run's own style and palette after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, colours = app.style().name(), QPalette(app.palette())
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    app.setPalette(_dark() if request.param == "dark" else fusion.standardPalette())
    yield request.param
    app.setStyle(QStyleFactory.create(style))
    app.setPalette(colours)


@pytest.fixture
def themed(palette: str, qtbot: QtBot, settings: object, tmp_path: Path) -> MainWindow:
    return _sample_window(qtbot, settings, tmp_path)


@pytest.fixture
def themed_two_coders(palette: str, qtbot: QtBot, settings: object, tmp_path: Path) -> MainWindow:
    return _sample_window(qtbot, settings, tmp_path, second_coder="Taro")


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def legibility(image: QImage, rect: QRect) -> tuple[float, str, str]:
    """(contrast, text, background) of what is drawn in ``rect``: the background is its most
    common colour, the text the pixel farthest from it (a glyph's stem, fully inked)."""
    rect = rect.intersected(image.rect())
    counts = Counter(
        image.pixel(x, y) & 0xFFFFFF
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    text = max((QColor.fromRgb(rgb) for rgb in counts), key=lambda c: _ratio(c, background))
    return _ratio(text, background), text.name(), background.name()


def _shot(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _cropped(window: QWidget, widget: QWidget) -> tuple[QImage, QRect]:
    """The window as drawn and ``widget``'s place in it (a label's own grab has no window
    background behind it)."""
    return _shot(window), QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _matrix(window: MainWindow) -> MatrixView:
    view = window.show_view("matrix")
    assert isinstance(view, MatrixView)
    QApplication.processEvents()
    return view


def test_every_value_chip_reads(qtbot: QtBot, themed: MainWindow) -> None:
    """The chips picked black text by HSL lightness > 0.6, so in either palette "Partially"
    (#9ccc65) and "Yes but restricted" (#fbc02d) had white text at 1.9:1 and 1.7:1."""
    view = _matrix(themed)
    model, table = view.model, view.table
    measures = [c for c, slot in enumerate(model.slots) if slot.kind == "measure"][:2]
    values = model.values
    assert [v.label for v in values][:3] == ["Yes", "Partially", "Yes but restricted"]
    placed = {}
    for number, value in enumerate(values, start=1):  # keys 1–5, as a researcher charts
        row, column = (number - 1) % len(model.cases), measures[(number - 1) // len(model.cases)]
        index = model.index(row, column)
        table.setCurrentIndex(index)
        qtbot.keyClick(table, Qt.Key(Qt.Key.Key_0 + number))
        placed[value.label] = index
    qtbot.waitUntil(
        lambda: all(
            (v := model.data(i, Qt.ItemDataRole.UserRole + 1)) is not None and v.label == label
            for label, i in placed.items()
        )
    )
    table.clearSelection()
    table.setCurrentIndex(model.index(0, 0))  # a theme cell, not a chip
    image = _shot(table.viewport())
    metrics = QFontMetrics(table.font())
    for label, index in placed.items():
        inner = table.visualRect(index).adjusted(4, 3, -4, -3)
        chip = QRect(inner.left(), inner.top(), metrics.horizontalAdvance(label) + 12,
                     metrics.height())  # fmt: skip
        ratio, text, fill = legibility(image, chip.adjusted(6, 2, -6, -2))
        assert ratio >= NORMAL, f"chip {label}: {text} on {fill} is {ratio:.2f}:1"


def test_matrix_headers_and_theme_cells_read(themed: MainWindow) -> None:
    """Dark: the headers (ButtonText) and theme cells (no ForegroundRole) were white on the
    model's washes of the theme colours into white."""
    view = _matrix(themed)
    model, table = view.model, view.table
    image = _shot(table.viewport())
    themes = [c for c, slot in enumerate(model.slots) if slot.kind == "theme"]
    unreadable = []
    for row in range(len(model.cases)):
        rect = table.visualRect(model.index(row, themes[0])).adjusted(3, 3, -3, -3)
        ratio, text, fill = legibility(image, rect)
        if ratio < NORMAL:
            unreadable.append(f"theme cell row {row}: {text} on {fill} is {ratio:.2f}:1")

    header = table.horizontalHeader()
    picture = _shot(header)
    shown = [
        s
        for s in range(model.columnCount())
        if header.sectionViewportPosition(s) >= 0
        and header.sectionViewportPosition(s) + header.sectionSize(s) <= header.width()
    ]
    assert len(shown) >= 3 and model.slots[shown[0]].kind == "theme"
    for section in shown:
        rect = QRect(header.sectionViewportPosition(section), 0, header.sectionSize(section),
                     header.height()).adjusted(3, 3, -3, -3)  # fmt: skip
        ratio, text, fill = legibility(picture, rect)
        if ratio < NORMAL:
            title = model.slots[section].title
            unreadable.append(f"header {title}: {text} on {fill} is {ratio:.2f}:1")
    assert not unreadable


def test_the_chosen_matrix_cell_its_summary_and_evidence_count_read(
    qtbot: QtBot, themed_two_coders: MainWindow
) -> None:
    """Dark: the chosen cell was Highlight.lighter(160), a bright blue, under the palette's
    white text; the "¶N" count was #5d4037 whatever the background (1.7:1 on dark grey)."""
    view = _matrix(themed_two_coders)
    model, table = view.model, view.table
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.data(model.index(r, c), Qt.ItemDataRole.UserRole + 3)
        and model.data(model.index(r, c), Qt.ItemDataRole.UserRole + 2)
    )
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.selectionModel().isSelected(index)
    image = _shot(table.viewport())
    metrics = QFontMetrics(table.font())
    inner = rect.adjusted(4, 3, -4, -3)
    below = inner.top() + metrics.height() + 2
    summary = QRect(inner.left(), below, inner.width(), inner.bottom() - below)
    ratio, text, fill = legibility(image, summary)
    assert ratio >= NORMAL, f"summary: {text} on {fill} is {ratio:.2f}:1"
    count = model.data(index, Qt.ItemDataRole.UserRole + 2)
    width = metrics.horizontalAdvance(f"¶{count}") + 6
    badge = QRect(inner.right() - width, inner.top(), width, metrics.height())
    ratio, text, fill = legibility(image, badge)
    assert ratio >= NORMAL, f"¶{count}: {text} on {fill} is {ratio:.2f}:1"


def test_the_mapping_heat_table_reads_in_every_cell(themed: MainWindow) -> None:
    """Dark: white → teal cells with the palette's white text, zeros white on white; the text
    was set only for cells over 60 % of the way to teal."""
    view = themed.show_view("mapping")
    table = view.counts_table  # type: ignore[union-attr]
    model = table.model()
    table.clearSelection()
    table.setCurrentIndex(model.index(-1, -1))
    image = _shot(table.viewport())
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if not str(index.data() or "").strip():
                continue
            rect = table.visualRect(index).adjusted(2, 2, -2, -2)
            ratio, text, fill = legibility(image, rect)
            assert ratio >= NORMAL, f"{row},{column} {index.data()}: {text} on {fill} {ratio:.2f}"
            checked += 1
    assert checked >= 20


def test_the_agreement_tables_pooled_rows_and_kappa_cells_read(
    qtbot: QtBot, themed_two_coders: MainWindow
) -> None:
    """Dark: pooled rows were white on #e6e6e6, κ and agreement white on pastels."""
    from frameworkqda.gui.compare.view import CompareView

    window = themed_two_coders
    view = window.show_view("compare")
    assert isinstance(view, CompareView)
    names = [view.coder_a.itemText(i) for i in range(view.coder_a.count())]
    view.choose_coders("Taro", next(n for n in names if n and n != "Taro"))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    for table in (view.table, view.cells.table):
        view.tabs.setCurrentIndex(0 if table is view.table else 1)
        qtbot.waitUntil(lambda t=table: t.isVisible() and t.model().rowCount() > 0)
        table.clearSelection()
        model = table.model()
        image = _shot(table.viewport())
        coloured = 0
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                rect = table.visualRect(index)
                if not str(index.data() or "").strip() or not image.rect().contains(rect):
                    continue
                if index.data(Qt.ItemDataRole.BackgroundRole) is None:
                    continue
                ratio, text, fill = legibility(image, rect.adjusted(2, 2, -2, -2))
                assert ratio >= NORMAL, f"{index.data()}: {text} on {fill} is {ratio:.2f}:1"
                coloured += 1
        assert coloured >= 3


def test_find_hits_in_the_text_read(qtbot: QtBot, themed: MainWindow) -> None:
    """Dark: the hits were bright yellow under the palette's white text (1.1:1)."""
    window = themed
    assert window.session is not None
    doc = next(d for d in workspace.documents(window.session.project) if d.name == "japan.txt")
    window.open_document(doc.id)
    area = window.document_area
    area.show_pages(False)
    view = area.text_view
    text = view.text()
    word = "national"
    area.find_field.setText(word)
    qtbot.keyClick(area.find_field, Qt.Key.Key_Return)
    assert view.hit_count() >= 2
    image = _shot(view.viewport())
    lowered = text.lower()
    starts = [i for i in range(len(lowered)) if lowered.startswith(word, i)]
    measured = 0
    for start in starts:
        if view.selection_range() == (start, start + len(word)):
            continue  # the current hit is the selection
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        left = view.cursorRect(cursor)
        cursor.setPosition(start + len(word))
        right = view.cursorRect(cursor)
        if left.top() != right.top() or not view.viewport().rect().contains(left):
            continue
        rect = QRect(left.left() + 1, left.top() + 1, right.left() - left.left() - 2,
                     left.height() - 2)  # fmt: skip
        ratio, ink, fill = legibility(image, rect)
        assert ratio >= NORMAL, f"hit at {start}: {ink} on {fill} is {ratio:.2f}:1"
        measured += 1
    assert measured >= 1


def test_the_cases_where_error_reads_on_the_window(qtbot: QtBot, themed: MainWindow) -> None:
    """Dark: "not a valid number" was #b00020 on the dark grey window (1.7:1)."""
    from frameworkqda.core import cases, commands
    from frameworkqda.gui.review.view import ReviewView

    window = themed
    session = window.session
    assert session is not None
    first = cases.list_cases(session.project)[0]
    session.run(commands.SetAttribute(first.id, "Population", 790718))
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    where = view.where
    where.attribute_box.setCurrentIndex(where.attribute_box.findText("Population"))
    edit = where.value_box.lineEdit()
    assert edit is not None
    edit.setFocus()
    qtbot.keyClicks(edit, "many")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(where.problem.isVisible)
    image, rect = _cropped(window, where.problem)
    ratio, text, fill = legibility(image, rect)
    assert ratio >= NORMAL, f"{where.problem.text()}: {text} on {fill} is {ratio:.2f}:1"
    assert QColor(text).red() > QColor(text).green()  # still a red


def test_the_chosen_stripe_is_outlined_and_the_picker_hint_reads(
    qtbot: QtBot, themed: MainWindow
) -> None:
    """Dark: the chosen passage's stripe had a black outline on the dark margin (1.7:1); the
    code picker's hint was palette(mid): 1.7:1 on the light popup, 2:1 on the dark one."""
    window = themed
    assert window.session is not None
    doc = next(d for d in workspace.documents(window.session.project) if d.name.endswith(".txt"))
    window.open_document(doc.id)
    area = window.document_area
    area.show_pages(False)
    view = area.text_view
    rect, mark = view.stripes()[0]
    margin = view._margin
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.selected_segment == mark.segment_id)
    rect = next(r for r, m in view.stripes() if m.segment_id == mark.segment_id)
    image = _shot(margin)
    outline = QColor(image.pixel(rect.left() - 1, rect.center().y()))
    ground = margin.palette().window().color()
    assert _ratio(outline, ground) >= LARGE, f"{outline.name()} on {ground.name()}"

    start = len(view.text()) // 3
    view.select_range(start, start + 12)
    window.open_code_picker()
    picker = window.code_picker
    qtbot.waitUntil(picker.isVisible)
    image, rect = _shot(picker), picker.hint.geometry()
    ratio, text, fill = legibility(image, rect)
    assert ratio >= NORMAL, f"hint {picker.hint.text()}: {text} on {fill} is {ratio:.2f}:1"
    picker.hide()


def test_the_navigators_track_and_fill_read_apart(palette: str, themed: MainWindow) -> None:
    """Dark: the progress track was black at 16 % over a dark base, invisible (1.2:1). Light:
    the text at 45 % made the track as dark as the green fill (rgb 140 against the fill's
    lightness), so "0 of 136 charted" and "5 of 5 coded" looked the same in greyscale. The
    track is now light on the light palette and dark on the dark one, and the fill reads 3:1
    against both the track and the row (in lightness, not only hue)."""
    view = themed.navigator
    model = view.model()
    image = _shot(view.viewport())
    tracks_seen: list[tuple[QColor, QColor]] = []  # (track, row colour)
    fill_tracks: list[tuple[QColor, QColor]] = []  # (fill, row colour)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        progress = index.data(Qt.ItemDataRole.UserRole + 1)
        rect = view.visualRect(index).adjusted(10, 6, -10, -6)
        y = rect.top() + 22 + 2
        ground = QColor(image.pixel(rect.right() - 2, y - 8))
        track = QColor(image.pixel(rect.right() - 2, y))  # the track's right end
        fraction = progress.fraction if progress is not None and progress.total else 0.0
        if fraction < 1:
            tracks_seen.append((track, ground))
            assert 1.25 <= _ratio(track, ground) < LARGE, f"{track.name()} on {ground.name()}"
            if not view.selectionModel().isRowSelected(row):
                light = _luminance(track) > 0.4
                assert light == (palette == "light"), f"{palette}: track {track.name()}"
        if fraction > 0.05:
            fill = QColor(image.pixel(rect.left() + 1, y))
            assert _ratio(fill, ground) >= LARGE, f"fill {fill.name()} on {ground.name()}"
            if fraction < 1:
                assert _ratio(fill, track) >= LARGE, f"fill {fill.name()}, track {track.name()}"
            fill_tracks.append((fill, ground))
    # a full bar beside an empty one (the same row colour): apart in lightness too
    assert all(_ratio(f, t) >= LARGE for f, g in fill_tracks for t, h in tracks_seen if g == h)
    assert tracks_seen and fill_tracks


def test_the_mapping_chart_follows_the_palette_on_screen_and_exports_white(
    palette: str, themed: MainWindow, tmp_path: Path
) -> None:
    """Dark: the chart stayed a white panel in the dark window. On screen it takes the
    palette's base and text; an export for a paper is the light chart as before."""
    from frameworkqda.gui.mapping.view import MappingView

    view = themed.show_view("mapping")
    assert isinstance(view, MappingView)
    chart = view.chart.chart()
    base = view.chart.palette().base().color()
    assert chart.backgroundBrush().color() == base
    assert _ratio(chart.titleBrush().color(), base) >= NORMAL
    for axis in chart.axes():
        assert _ratio(axis.labelsBrush().color(), base) >= NORMAL
    for bars in view.chart.series.barSets():
        assert _ratio(bars.color(), base) >= LARGE, bars.label()
    image = QImage(str(view.chart.export(tmp_path / "chart.png")))
    assert QColor(image.pixel(5, 5)) == QColor("#ffffff")  # the export stays white
    assert QColor(image.pixel(image.width() // 2, 40)).name() != base.name() or palette == "light"


def test_readable_text_and_accent_by_contrast_not_lightness() -> None:
    """The helpers every view uses: black on the light value colours, white on the dark ones;
    an accent kept where it reads, lightened on dark grey only as far as it must."""
    from frameworkqda.gui import colours as tones

    for light in ("#9ccc65", "#fbc02d", "#ffeb3b", "#9e9e9e"):
        assert tones.readable_text(QColor(light)) == QColor("#000000"), light
    for dark in ("#2e7d32", "#c62828", "#1565c0"):
        assert tones.readable_text(QColor(dark)) == QColor("#ffffff"), dark
    assert tones.readable_text(QColor("#ffffff"), QColor("#333333")) == QColor("#333333")
    assert tones.readable_accent("#b00020", QColor("#efefef")) == QColor("#b00020")
    lifted = tones.readable_accent("#b00020", QColor(53, 53, 53))
    assert 4.5 <= _ratio(lifted, QColor(53, 53, 53)) < 6 and lifted.red() > lifted.green()


def test_a_failed_refi_import_says_why_in_a_red_that_reads(
    qtbot: QtBot, themed: MainWindow, tmp_path: Path
) -> None:
    """Dark: the REFI-QDA dialog's failure message was #b00020 on the dark grey window."""
    from frameworkqda.gui.refi_dialogs import RefiImportDialog
    from tests.gui import menu_bar
    from tests.gui.test_refi_gui import _dialogs

    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(b"not a zip archive")
    _dialogs(open_path=broken, save=lambda proposed: proposed)
    menu_bar.choose(qtbot, themed, "File", "Import REFI-QDA project")
    dialog = themed.last_refi
    assert isinstance(dialog, RefiImportDialog)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert dialog.error is not None and dialog.message.isVisible()
    image, rect = _cropped(dialog, dialog.message)
    ratio, text, fill = legibility(image, rect)
    assert ratio >= NORMAL, f"{dialog.error}: {text} on {fill} is {ratio:.2f}:1"
    assert QColor(text).red() > QColor(text).green()  # still a red
    dialog.cancel_button.click()
