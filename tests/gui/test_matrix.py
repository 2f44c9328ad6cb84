"""Drive the framework matrix in the real main window: values, summaries, evidence, undo."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from frameworkqda.core import charting
from frameworkqda.core.commands import Change
from frameworkqda.core.jobs import JobCancelled
from frameworkqda.gui import jobs
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.session import ProjectSession
from tests import writes
from tests.gui import menu_bar
from tests.gui.shown_lines import shown_text


def _press(widget: QWidget, key: Qt.Key, text: str) -> None:
    # QTest's key-to-ASCII table asserts on this build; send the event itself
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


class Measure(NamedTuple):
    id: int
    name: str
    theme_id: int
    theme: str


class Matrix(NamedTuple):
    cases: list[tuple[int, str]]
    measures: list[Measure]
    values: list[charting.ScaleValue]


def load_matrix(project) -> Matrix:  # type: ignore[no-untyped-def]
    """Cases, measures and the value scale from the engine, in the shapes the test reads."""
    matrix = charting.build_matrix(project)
    themes = dict(zip(matrix.themes, matrix.theme_ids, strict=True))
    columns = matrix.summary.columns
    measures = [
        Measure(code_id, str(name), themes[str(theme)], str(theme))
        for theme, name, code_id in zip(
            columns.get_level_values(0), columns.get_level_values(1), matrix.code_ids, strict=True
        )
    ]
    cases = list(zip(matrix.case_ids, matrix.case_names, strict=True))
    return Matrix(cases, measures, charting.scale(project))


def open_matrix(window: MainWindow) -> tuple[ProjectSession, MatrixView, Matrix]:
    """Stage 4 shown: the session, the matrix view and what the engine says it holds."""
    session = window.session
    assert session is not None
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    return session, view, load_matrix(session.project)


def test_values_summaries_evidence_and_jump(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView) and window.current_view == "matrix"
    project = session.project
    data = load_matrix(project)
    cases = dict((name, cid) for cid, name in data.cases)
    councils = next(m for m in data.measures if m.name == "Migrant councils")
    kawasaki = cases["Kawasaki"]

    # a cell with evidence and no summary stands out
    assert view.model.needs_summary(kawasaki, councils.id)
    view.select_cell(kawasaki, councils.id)
    panel = view.evidence
    assert panel.quotes.count() == 1
    assert "外国人市民代表者会議" in panel.quotes.item(0).text()

    # value by number key (1 = Yes), committed before the cell shows it
    _press(view.table, Qt.Key.Key_1, "1")
    yes = data.values[0]
    assert charting.cell_state(project, kawasaki, councils.id).value_id == yes.id
    assert view.model.value(kawasaki, councils.id) == yes
    assert panel.value_box.currentData() == yes.id
    assert window.undo_action.text() == "&Undo Set value “Yes”"
    _press(view.table, Qt.Key.Key_0, "0")  # 0 clears it: the Edit menu says so plainly
    assert charting.cell_state(project, kawasaki, councils.id).value_id is None
    assert window.undo_action.text() == "&Undo Clear value"  # it read Set value “no value”
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert charting.cell_state(project, kawasaki, councils.id).value_id == yes.id

    # summary: insert auto-draft and a quote, typed text commits on save
    view.insert_auto_draft()
    panel.insert_quote()
    panel.editor.moveCursor(QTextCursor.MoveOperation.End)
    panel.editor.insertPlainText(" 代表者会議あり")
    panel.commit()
    summary = charting.cell_state(project, kawasaki, councils.id).summary
    assert summary.startswith("1 passage in kawasaki.txt.")
    assert "「外国人市民代表者会議」（kawasaki.txt）" in summary and summary.endswith(
        "代表者会議あり"
    )
    assert not view.model.needs_summary(kawasaki, councils.id)

    # undo the summary, then the value (Edit → Undo: Ctrl+Z in the summary undoes its typing)
    menu_bar.choose(qtbot, window, "Edit", "Undo")
    assert charting.cell_state(project, kawasaki, councils.id).summary != summary
    while session.undo_stack.canUndo():
        menu_bar.choose(qtbot, window, "Edit", "Undo")
    state = charting.cell_state(project, kawasaki, councils.id)
    assert (state.exists, state.summary, state.value_id) == (False, "", None)
    assert view.model.value(kawasaki, councils.id) is None
    menu_bar.choose(qtbot, window, "Edit", "Redo")
    assert view.model.value(kawasaki, councils.id) == yes

    # value by menu for a multi-cell selection is one undo step
    osaka = cases["Osaka"]
    view.select_cell(osaka, councils.id)
    before = session.undo_stack.index()
    view.set_value_for_selection(data.values[3].id)
    assert session.undo_stack.index() == before + 1

    # transpose, collapse a theme, filter by value
    view.set_transposed(True)
    assert view.model.rowCount() == len(view.model.slots)
    view.toggle_theme(councils.theme_id)
    position = view.model.slot_position(councils.id)
    assert view.table.isRowHidden(position)
    view.set_collapsed(set())
    view.set_transposed(False)
    view.value_filter.setCurrentIndex(view.value_filter.findData(yes.id))
    assert not view.table.isColumnHidden(view.model.slot_position(councils.id))
    other = next(m for m in data.measures if m.theme == "Health")
    assert view.table.isColumnHidden(view.model.slot_position(other.id))
    view.value_filter.setCurrentIndex(0)

    # follow the evidence into the document
    view.select_cell(kawasaki, councils.id)
    panel._open(panel.quotes.item(0))
    assert window.current_view == "documents"
    assert window.document_area.text_view.selected_text() == "外国人市民代表者会議"


def test_mapping_counts_ranks_chart_memo_and_export_dialog(
    qtbot, window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import docx
    import openpyxl

    from frameworkqda.core import memos
    from frameworkqda.gui.mapping.view import MappingView

    session = window.session
    assert session is not None
    window.show_stage(4)
    matrix = window.views["matrix"]
    assert isinstance(matrix, MatrixView)
    data = load_matrix(session.project)
    cases = {name: cid for cid, name in data.cases}
    yes = data.values[0]
    education = [m for m in data.measures if m.theme == "Education"][:3]
    for measure in education:
        matrix.set_value(cases["Hamamatsu"], measure.id, yes.id)
    matrix.set_value(cases["Kawasaki"], education[0].id, yes.id)
    matrix.set_summary(cases["Hamamatsu"], education[0].id, "就学促進")

    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    # the engine's counts (mapping.build_report): a measure is present when its value counts,
    # or, uncharted, when it has evidence: Hamamatsu's 3 × Yes plus 2 uncharted measures with
    # evidence in its documents (support staff, Japanese-language education)
    counts = view.counts
    assert counts.loc["Education", "Hamamatsu"] == 5 and counts.loc["Total", "Hamamatsu"] == 7
    assert counts.loc["Education", "Kawasaki"] == 1  # the one Yes
    view.set_group([cases["Hamamatsu"], cases["Kawasaki"]])
    assert view.counts.loc["Education", "Group average"] == 3  # (5 + 1) / 2
    assert view.series_box.count() >= 1 and "ρ" in view.rho.text()
    assert view.chart.series.count() == len(cases)

    png = view.export_chart(str(tmp_path / "counts.png"))
    svg = view.export_chart(str(tmp_path / "counts.svg"))
    assert Path(png).stat().st_size > 1000 and "<svg" in Path(svg).read_text()

    # a memo on a theme, from the counts table
    row = list(view.counts.index).index("Education")
    view.counts_table.setCurrentIndex(view.counts_model.index(row, 0))
    view.memo.setPlainText("Hamamatsu leads on education.")
    view.save_memo()
    theme = next(m.theme_id for m in data.measures if m.theme == "Education")
    assert memos.memo_text(session.project, "code", theme) == "Hamamatsu leads on education."

    # export dialog: preview, then write each format (through core/exports) and open the files
    dialog = view.open_export_dialog(show=True)
    assert dialog.preview_model.rowCount() == len(view.counts)
    dialog.summaries_box.setChecked(True)  # Word: each cell's summary under its value
    for table, suffix in (("Counts", ".xlsx"), ("Framework matrix", ".docx"), ("Ranks", ".csv")):
        dialog.table_box.setCurrentText(table)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(suffix))
        target = tmp_path / f"{table}{suffix}"
        dialog.path.setText(str(target))
        dialog.export()
        qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)
        assert dialog.written[-1] == str(target), dialog.summary.text()
    sheet = openpyxl.load_workbook(tmp_path / "Counts.xlsx").active
    header = [c.value for c in sheet[2]]  # row 1: the table's caption
    edu_row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Education")
    assert edu_row[header.index("Hamamatsu")] == 5
    assert edu_row[header.index("Group average")] == 3
    # the journal table: measures down, cases across, the summary under the value
    doc_table = docx.Document(str(tmp_path / "Framework matrix.docx")).tables[1]
    column = [c.text for c in doc_table.rows[0].cells].index("Hamamatsu")
    enrolment = next(r for r in doc_table.rows if r.cells[0].text == education[0].name)
    assert enrolment.cells[column].text == "Yes\n就学促進"
    ranks_csv = (tmp_path / "Ranks.csv").read_text(encoding="utf-8-sig")
    assert "score rank" in ranks_csv
    # ρ on screen is the ρ in the file, to the same three decimals
    rho_row = next(r for r in csv.reader(io.StringIO(ranks_csv)) if r and r[0] == "Spearman's rho")
    shown = re.search(r": ([+-]\d\.\d+) \(", view.rho.text())
    assert shown is not None and float(shown[1]) == float(rho_row[2]), (view.rho.text(), rho_row)
    # the same options through the CLI write the same file
    from frameworkqda.cli import main

    cli = tmp_path / "cli-ranks.csv"
    argv = ["matrix", str(tmp_path / "sample.fqda"), "--view", "ranks", "-o", str(cli)]
    argv += ["--group", "Hamamatsu,Kawasaki", "--group-label", "Group average"]
    assert main([*argv, "--scores", view.series_box.currentText()]) == 0
    assert cli.read_bytes() == (tmp_path / "Ranks.csv").read_bytes()
    dialog.reject()


def test_auto_draft_every_empty_cell_in_the_background(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import time

    session, view, data = open_matrix(window)
    project = session.project
    cases = {name: cid for cid, name in data.cases}
    councils = next(m for m in data.measures if m.name == "Migrant councils")
    view.set_summary(cases["Hamamatsu"], councils.id, "kept")

    def needing() -> int:
        return sum(
            view.model.needs_summary(case_id, slot.code_id)
            for case_id, _ in view.model.cases
            for slot in view.model.slots
            if slot.kind == "measure"
        )

    waiting = needing()
    assert waiting > 5
    before = session.undo_stack.index()
    view.start_drafts()
    assert view.draft_progress.isVisibleTo(view) and not view.table.isEnabled()
    qtbot.waitUntil(view.drafts_done.is_set, timeout=10000)
    # drafts are still to do: amber, in the filter, not charted (until edited or accepted)
    assert view.last_drafted == waiting and needing() == waiting
    assert session.undo_stack.index() == before + 1  # one step
    assert view.table.isEnabled() and not view.draft_progress.isVisibleTo(view)
    assert charting.cell_state(project, cases["Hamamatsu"], councils.id).summary == "kept"
    drafted = charting.cell_state(project, cases["Kawasaki"], councils.id).summary
    assert drafted.startswith("1 passage in kawasaki.") and "外国人市民代表者会議" in drafted
    assert view.model.summary(cases["Kawasaki"], councils.id) == drafted
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert needing() == waiting
    assert not charting.cell_state(project, cases["Kawasaki"], councils.id).exists

    # cancel: nothing is written, nothing is pushed
    def slow(project, progress, cancel, language="en"):  # type: ignore[no-untyped-def]
        progress(0, 4, "cases")
        while not cancel.is_set():
            time.sleep(0.01)
        raise JobCancelled("drafting cancelled")

    monkeypatch.setattr(charting, "plan_drafts", slow)
    before = session.undo_stack.index()
    view.start_drafts()
    assert [job.title for job in jobs.running()] == ["Drafting summaries"]  # quit asks about it
    qtbot.waitUntil(lambda: view.draft_progress.maximum() == 4)
    view.cancel_drafts()
    qtbot.waitUntil(view.drafts_done.is_set)
    assert "cancelled" in view.status.text() and session.undo_stack.index() == before
    assert needing() == waiting


def test_a_cell_edit_tells_the_views_once_and_a_refused_one_says_why(
    window: MainWindow,
) -> None:
    session, view, data = open_matrix(window)
    project = session.project
    osaka = dict((name, cid) for cid, name in data.cases)["Osaka"]
    councils = next(m for m in data.measures if m.name == "Migrant councils")
    seen: list[tuple[object, object]] = []
    session.changed.connect(lambda changes, cells: seen.append((changes, cells)))
    view.select_cell(osaka, councils.id)
    _press(view.table, Qt.Key.Key_1, "1")
    assert seen == [(frozenset({Change.CELLS}), ((osaka, councils.id),))]  # one signal
    assert view.model.value(osaka, councils.id) == data.values[0]

    # someone else removes the case meanwhile: the next edit is refused, said, not stacked
    before = session.undo_stack.index()
    writes.delete_case(project, osaka)
    _press(view.table, Qt.Key.Key_2, "2")
    said = view.status.text()  # who deleted it and when (the deletions log), not its id
    assert f"no case with id {osaka}" not in said
    assert "the case “Osaka” was deleted by " in said and " UTC" in said, said
    assert session.undo_stack.index() == before and len(seen) == 1


def test_measure_headers_wrap_whole_words_and_cells_fit_the_chip(window: MainWindow) -> None:
    from PySide6.QtGui import QFontMetrics

    from frameworkqda.gui.matrix.header import MAX_LINES, WrappingHeader, wrap_lines

    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    header = view.table.horizontalHeader()
    assert isinstance(header, WrappingHeader)
    position = next(
        i for i, s in enumerate(view.model.slots) if s.title == "Anti-hate-speech ordinance/law"
    )
    width = header.sectionSize(position)
    lines = header.lines(position, width)
    # every word whole, nothing elided, the lines read back as the full name
    assert 1 < len(lines) <= MAX_LINES and "…" not in "".join(lines)
    assert " ".join(lines) == "Anti-hate-speech ordinance/law"
    assert header.height() >= MAX_LINES * QFontMetrics(header.font()).lineSpacing()
    tip = view.model.headerData(position, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Anti-hate-speech ordinance/law"
    # a name longer than three lines ends in an ellipsis on the third
    long = wrap_lines("word " * 40, header.font(), 100)
    assert len(long) == MAX_LINES and long[-1].endswith("…")
    # Japanese wraps too (no spaces to break at)
    assert len(wrap_lines("外国人市民の多言語情報提供と相談体制の整備", header.font(), 80)) > 1
    # the widest value chip and a badge fit in a column
    metrics = QFontMetrics(view.table.font())
    widest = max(metrics.horizontalAdvance(v.label) for v in view.model.values) + 12
    assert header.defaultSectionSize() >= widest + metrics.horizontalAdvance("¶999")


def test_memos_follow_the_matrix_cell_selected(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """In the matrix, Memos → Case memo… and Code memo… took the case and code selected in
    the side trees (or asked to choose one first); they are the selected cell's."""
    from frameworkqda.core import memos
    from frameworkqda.gui.memo_dialog import MemoDialog
    from tests.gui import modal
    from tests.gui.matrix_cells import click_cell

    assert window.session is not None
    project = window.session.project
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    data = load_matrix(project)
    kawasaki = next(cid for cid, name in data.cases if name == "Kawasaki")
    councils = next(m for m in data.measures if m.name == "Migrant councils")
    click_cell(qtbot, view, kawasaki, councils.id)
    titles: list[str] = []

    def write(text: str):  # type: ignore[no-untyped-def]
        def act(box: QWidget) -> None:
            assert isinstance(box, MemoDialog)
            titles.append(box.windowTitle())
            box.editor.setPlainText(text)
            modal.ok(box)

        return act

    modal.answer(MemoDialog, write("council since 1996"))
    menu_bar.choose(qtbot, window, "Memos", "Case memo…")
    modal.answer(MemoDialog, write("what counts as a council"))
    menu_bar.choose(qtbot, window, "Memos", "Code memo…")
    assert titles == [
        "Memo — Case “Kawasaki”",
        "Memo — Code “Political participation / Migrant councils”",
    ]
    assert memos.memo_text(project, "case", kawasaki) == "council since 1996"
    assert memos.memo_text(project, "code", councils.id) == "what counts as a council"


def test_a_value_key_on_a_filtered_row_sets_only_the_cells_on_screen(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Theme filter on Education, a click on a case's row header, 4: the hidden cells of every
    other theme were set too (one undo step 'Set value on 39 cells'), their values overwritten
    unseen. Collapsed themes likewise."""
    session, view, data = open_matrix(window)
    project = session.project
    theme = data.measures[0].theme_id
    view.theme_box.setCurrentIndex(view.theme_box.findData(theme))
    case_id = data.cases[0][0]
    before = {
        m.id: charting.cell_edit(project, case_id, m.id).value for m in data.measures
    }  # fmt: skip
    header = view.table.verticalHeader()
    row = view.model.case_position(case_id)
    y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    view.table.setFocus()
    _press(view.table, Qt.Key.Key_1, "1")
    after = {m.id: charting.cell_edit(project, case_id, m.id).value for m in data.measures}
    shown = {m.id for m in data.measures if m.theme_id == theme}
    assert {m for m in after if after[m] != before[m]} <= shown
    assert all(after[m] == data.values[0].label for m in shown)


def test_the_group_average_keeps_a_renamed_case_and_a_screenshot_keeps_the_choice(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The group was remembered by case names: renaming Kawasaki dropped it from the group
    (the average changed, the column kept its title); a screenshot's group replaced the
    researcher's own in the settings."""
    from frameworkqda.core.commands import RenameCase
    from frameworkqda.gui.mapping.view import MappingView

    session = window.session
    assert session is not None
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    cases = {name: case_id for case_id, name in load_matrix(session.project).cases}
    chosen = [cases["Hamamatsu"], cases["Kawasaki"]]
    for i in range(view.group.count()):  # ticked as a person does
        item = view.group.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in chosen:
            item.setCheckState(Qt.CheckState.Checked)
    average = view.counts.loc["Education", "Group average"]
    session.run(RenameCase(cases["Kawasaki"], "Kawasaki City"))
    assert view.isVisible() and sorted(view.group_ids()) == sorted(chosen)
    assert view.counts.loc["Education", "Group average"] == average
    location = session.location
    view.set_group([cases["Osaka"]], remember=False)  # as `gui -o F.png` does
    menu_bar.press(qtbot, window, "Ctrl+W")
    window.open_project(location)
    window.show_stage(5)
    again = window.views["mapping"]
    assert isinstance(again, MappingView)
    assert sorted(again.group_ids()) == sorted(chosen)


def test_a_new_case_that_reuses_a_deleted_cases_id_is_not_in_the_group(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The group kept by case ids took in Nagoya, added under the id of a case another program
    had deleted while the project was closed."""
    from frameworkqda.core import commands
    from frameworkqda.core.cases import list_cases
    from frameworkqda.core.store import open_project
    from frameworkqda.gui.mapping.view import MappingView

    session = window.session
    assert session is not None
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    data = load_matrix(session.project)
    last_id, _last = max(data.cases)
    first_id = min(data.cases)[0]
    view.set_group([first_id, last_id])
    location = session.location
    menu_bar.press(qtbot, window, "Ctrl+W")
    with open_project(location) as other:
        commands.DeleteCase(last_id).apply(other)
        commands.AddCase("Nagoya").apply(other)
        nagoya = next(case.id for case in list_cases(other) if case.name == "Nagoya")
    assert nagoya == last_id  # SQLite gave the deleted case's id again
    window.open_project(location)
    window.show_stage(5)
    again = window.views["mapping"]
    assert isinstance(again, MappingView)
    assert again.group_ids() == [first_id]


def test_insert_auto_draft_adds_lines_after_a_summary_already_written(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Clicked on a cell that has a summary, the draft went in before it, glued to its first
    word ("…訪問する」(hamamatsu.txt)調査と家庭訪問のみ"), and was saved so."""
    session, view, data = open_matrix(window)
    cases = dict((name, cid) for cid, name in data.cases)
    councils = next(m for m in data.measures if m.name == "Migrant councils")
    kawasaki = cases["Kawasaki"]
    view.select_cell(kawasaki, councils.id)
    panel = view.evidence
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Council since 1996.")
    panel.commit()
    view.select_cell(cases["Hamamatsu"], councils.id)
    view.select_cell(kawasaki, councils.id)  # shown again, as after a click elsewhere
    qtbot.mouseClick(panel.draft_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.quote_button, Qt.MouseButton.LeftButton)
    panel.commit()
    summary = charting.cell_state(session.project, kawasaki, councils.id).summary
    first, draft, *rest = summary.split("\n")
    assert first == "Council since 1996."
    assert draft.startswith("1 passage in kawasaki.txt.")
    assert rest and "（kawasaki.txt）" in rest[-1]


def test_collapsing_themes_moves_the_current_cell_to_its_theme_and_keys_act_on_none_hidden(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Collapse/expand → Collapse themes left the current cell in a hidden column: 2 set
    "Partially" on a cell not on screen and → then lost the cell. The current cell moves to
    its theme's summary column (which takes no value) and a value key changes nothing."""
    from tests.gui.matrix_cells import click_cell

    session, view, data = open_matrix(window)
    project = session.project
    measure = data.measures[1]
    case_id = data.cases[0][0]
    click_cell(qtbot, view, case_id, measure.id)
    before = _values(project, data)
    steps = window.undo_action.text()
    view.collapse_action.trigger()
    table = view.table
    current = table.currentIndex()
    assert current.isValid()
    assert not table.isColumnHidden(current.column()) and not table.isRowHidden(current.row())
    found = view.model.cell_at(current)
    assert found is not None
    assert found[0] == case_id
    assert (found[1].kind, found[1].theme_id) == ("theme", measure.theme_id)
    table.setFocus()
    _press(table, Qt.Key.Key_2, "2")
    after = _values(project, data)
    assert after == before
    assert window.undo_action.text() == steps
    view.expand_action.trigger()
    click_cell(qtbot, view, case_id, measure.id)  # shown again: the keys act on it
    _press(table, Qt.Key.Key_2, "2")
    assert charting.cell_edit(project, case_id, measure.id).value == data.values[1].label


def _values(project, data: Matrix) -> dict[tuple[int, int], str | None]:  # type: ignore[no-untyped-def]
    """Every cell's value, by case and measure."""
    return {
        (case, m.id): charting.cell_edit(project, case, m.id).value
        for case, _ in data.cases
        for m in data.measures
    }


def test_insert_quote_with_the_cursor_mid_word_goes_after_the_line(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """A click inside a word, then Insert quote: the word was split round the quote ("2 p",
    the quote, "assages"). The quote goes on a line of its own after the line clicked in."""
    session, view, data = open_matrix(window)
    cases = dict((name, cid) for cid, name in data.cases)
    councils = next(m for m in data.measures if m.name == "Migrant councils")
    kawasaki = cases["Kawasaki"]
    view.select_cell(kawasaki, councils.id)
    panel = view.evidence
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "2 passages cited.")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.editor, "Council since 1996.")
    cursor = panel.editor.textCursor()
    cursor.setPosition(4)  # "2 p|assages"
    spot = panel.editor.cursorRect(cursor).center()
    qtbot.mouseClick(panel.editor.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert 0 < panel.editor.textCursor().position() < len("2 passages")
    qtbot.mouseClick(panel.quote_button, Qt.MouseButton.LeftButton)
    panel.commit()
    summary = charting.cell_state(session.project, kawasaki, councils.id).summary
    first, quote, last = summary.split("\n")
    assert (first, last) == ("2 passages cited.", "Council since 1996.")
    assert "（kawasaki.txt）" in quote


def test_auto_drafts_stay_drafts_until_edited_or_accepted(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """ "Auto-draft empty cells" wrote quote dumps that counted as charted: the stage figure
    jumped, the amber "evidence but no summary" filter emptied and the cells read as summaries.
    A draft stays a draft (amber, "Draft:" in italics, said so to a screen reader) until the
    researcher edits it or accepts it (the button, or Ctrl+Return in the panel)."""
    session, view, data = open_matrix(window)
    project = session.project
    cases = {name: cid for cid, name in data.cases}
    councils = next(m for m in data.measures if m.name == "Migrant councils")
    kawasaki, osaka = cases["Kawasaki"], cases["Osaka"]
    measures = [s.code_id for s in view.model.slots if s.kind == "measure"]

    def charted() -> str:
        item = window.navigator.item(3)
        return str(item.data(Qt.ItemDataRole.AccessibleDescriptionRole))

    def cell(case_id: int, code_id: int):  # type: ignore[no-untyped-def]
        slot, row = view.model.slot_position(code_id), view.model.case_position(case_id)
        return view.model.index(row, slot)

    def shown(choice: str) -> set[tuple[int, int]]:
        """The cells with evidence the Show filter leaves visible."""
        view.value_filter.setCurrentIndex(view.value_filter.findText(choice))
        return {
            (case_id, code_id)
            for case_id, _ in view.model.cases
            for code_id in measures
            if view.model.evidence_count(case_id, code_id)
            and not view._hidden(cell(case_id, code_id))
        }

    window._refresh_status()
    before = charted()
    assert before.startswith("0 of ") and "draft" not in before
    waiting = shown("evidence but no summary")
    assert (kawasaki, councils.id) in waiting
    shown("anything")

    qtbot.mouseClick(view.draft_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.drafts_done.is_set, timeout=10000)
    assert view.last_drafted == len(waiting)
    said = view.status.text()
    assert said.startswith(f"Auto-drafted {len(waiting)} empty summaries, marked as drafts")
    assert f"{len(waiting)} of them auto-drafts" in said
    window._refresh_status()
    assert charted() == before + f", {len(waiting)} drafts to review"
    assert shown("evidence but no summary") == waiting  # still the to-do list
    assert shown("auto-drafts to review") == waiting
    shown("anything")
    assert charting.cell_state(project, kawasaki, councils.id).draft
    index = cell(kawasaki, councils.id)
    assert "Draft summary: 1 passage in kawasaki" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "edit or accept" in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "not yet accepted" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert view.model.draft_line("x") == "Draft: x"

    # accepted by the button: the researcher's summary, one undo step
    view.select_cell(kawasaki, councils.id)
    panel = view.evidence
    assert panel.accept_button.isVisibleTo(view) and panel.draft_note.isVisibleTo(view)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert not charting.cell_state(project, kawasaki, councils.id).draft
    assert not view.model.is_draft(kawasaki, councils.id)
    assert not panel.accept_button.isVisibleTo(view)
    window._refresh_status()
    assert charted().startswith("1 of ") and f"{len(waiting) - 1} drafts" in charted()
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert charting.cell_state(project, kawasaki, councils.id).draft
    assert panel.accept_button.isVisibleTo(view)

    # accepted by Ctrl+Return in the summary editor
    panel.editor.setFocus()
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not charting.cell_state(project, kawasaki, councils.id).draft

    # edited: the researcher's words
    other = next(pair for pair in sorted(waiting) if pair[0] == osaka)
    view.select_cell(*other)
    assert panel.accept_button.isVisibleTo(view)
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, " Checked.")
    assert panel.commit()
    state = charting.cell_state(project, *other)
    assert state.summary.endswith(" Checked.") and not state.draft
    assert not view.model.needs_summary(*other)


def test_the_theme_stays_named_above_its_measures_when_its_column_scrolls_away(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from frameworkqda.gui.matrix.header import WrappingHeader
    from frameworkqda.gui.matrix.model import header_background

    _session, view, data = open_matrix(window)
    header = view.table.horizontalHeader()
    assert isinstance(header, WrappingHeader)
    # the last measure: far right, its theme's column scrolled out of the window
    last = data.measures[-1]
    view.select_cell(data.cases[1][0], last.id)
    qtbot.wait(50)
    theme_position = view.model.slot_position(last.theme_id, "theme")
    assert header.sectionViewportPosition(theme_position) < 0
    # the case names are Qt's vertical header: they never scroll sideways
    assert view.table.verticalHeader().isVisible()
    # a band above the theme's measures names the theme at the window's left edge
    bands = {text: rect for text, rect, _fill in header.bands()}
    rect = bands[last.theme.upper()]
    assert 0 <= rect.left() < header.sectionSize(0) and rect.right() <= header.width()
    # painted: the band's pixels are the theme header's colour, above the measure's name
    image = header.grab().toImage()
    theme_slot = view.model.slots[theme_position]
    assert image.pixelColor(rect.right() - 2, 2) == header_background(theme_slot)
    measure_y = header.height() - 3
    assert image.pixelColor(rect.right() - 2, measure_y) != header_background(theme_slot)


def test_transposed_the_theme_stays_named_beside_its_measures_with_its_tooltip(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Measures as rows: the theme is a band beside its measures in the vertical header, as
    it is above them in the normal view (the transposed view had none: far down, a measure's
    row no longer said its theme), and the band's tooltip names the theme."""
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from frameworkqda.gui.matrix.header import WrappingHeader
    from frameworkqda.gui.matrix.model import header_background

    _session, view, data = open_matrix(window)
    view.transpose_box.click()  # as a person does: the Transpose box
    assert view.model.transposed
    header = view.table.verticalHeader()
    assert isinstance(header, WrappingHeader)
    # the last measure of the biggest theme (Education's 12), scrolled to the top: its
    # theme's row out of the window
    themes = [m.theme_id for m in data.measures]
    biggest = max(themes, key=themes.count)
    last = [m for m in data.measures if m.theme_id == biggest][-1]
    view.select_cell(data.cases[1][0], last.id)
    measure = view.model.slot_position(last.id)
    view.table.verticalScrollBar().setValue(header.sectionPosition(measure))
    qtbot.wait(50)
    theme_position = view.model.slot_position(last.theme_id, "theme")
    assert header.sectionViewportPosition(theme_position) < 0
    bands = {text: rect for text, rect, _fill in header.bands()}
    rect = bands[last.theme.upper()]  # named at the window's top edge, beside its measures
    assert rect.top() == 0 and rect.left() == 0 and rect.width() < header.width() // 3
    top = header.sectionViewportPosition(measure)
    assert rect.top() <= top and top + header.sectionSize(measure) <= rect.bottom() + 1
    # painted: the band's pixels are the theme header's colour, left of the measure's name
    image = header.grab().toImage()
    theme_slot = view.model.slots[theme_position]
    middle = top + header.sectionSize(measure) // 2
    assert image.pixelColor(2, middle) == header_background(theme_slot)
    assert image.pixelColor(header.width() - 3, middle) != header_background(theme_slot)
    # the theme's own row in view: its band is beside its measures, unnamed (the row names it)
    view.select_cell(data.cases[1][0], data.measures[0].id)
    view.table.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    first = data.measures[0]
    bands = {text: rect for text, rect, _fill in header.bands()}
    assert first.theme.upper() not in bands and "" in bands
    # hovering the band beside the first measure: its theme's name
    row = view.model.slot_position(first.id)
    at = QPoint(2, header.sectionViewportPosition(row) + header.sectionSize(row) // 2)
    help_event = QHelpEvent(QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at))
    QApplication.sendEvent(header.viewport(), help_event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == first.theme
    QToolTip.hideText()
    # a Japanese theme stands upright in the band (縦書き), a Latin one is turned
    from frameworkqda.gui.matrix.header import upright

    assert upright("教育") and upright("ヘイトスピーチ") and not upright("EDUCATION")
    assert not upright("MIPEX 指標")


def test_a_theme_cell_says_in_its_tooltip_how_many_measures_are_present(
    window: MainWindow,
) -> None:
    _session, view, data = open_matrix(window)
    model = view.table.model()
    column = view.model.slot_position(data.measures[0].theme_id, "theme")
    index = model.index(0, column)
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "measures present" in spoken
    assert index.data(Qt.ItemDataRole.ToolTipRole) == spoken


def test_charted_by_gives_the_coders_value_without_repeating_the_cells_summary(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    session, view, data = open_matrix(window)
    cases = dict((name, cid) for cid, name in data.cases)
    councils = next(m for m in data.measures if m.name == "Migrant councils")
    view.select_cell(cases["Kawasaki"], councils.id)
    _press(view.table, Qt.Key.Key_1, "1")
    panel = view.evidence
    panel.editor.setPlainText("Kawasaki has a council of foreign residents since 1996.")
    panel.commit()
    coder = session.project.coder_name
    # one coder charted it: their value, not their summary again (it is just below)
    assert shown_text(panel.chartings).splitlines() == ["Charted by:", f"{coder}: Yes"]
