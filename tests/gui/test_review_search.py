"""Drive the review view and the search panel in the real main window (sample project)."""

from __future__ import annotations

import csv

import openpyxl
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from frameworkqda.core import review, workspace
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.review.view import ReviewView
from frameworkqda.gui.search.panel import SearchPanel
from tests.gui import menu_bar
from tests.gui.clicks import click_stripe, open_coded_document
from tests.gui.counted import says
from tests.gui.searched import coding_done, searched


def _measure(window: MainWindow, name: str) -> int:
    assert window.session is not None
    return next(c.id for c in window.session.codes() if c.name == name and c.parent_id)


def _filter(qtbot: QtBot, view: ReviewView, text: str) -> None:
    """Type ``text`` (pasted: keyClicks is ASCII only) into the filter and press Enter."""
    view.filter.setText(text)
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)


def test_review_bulk_recode_undo_delete_export_and_jump(
    window: MainWindow, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    total = len(review.segment_rows(session.project))
    assert view.proxy.rowCount() == total > 5

    # filter by a Japanese word: full-width/half-width folding applies
    _filter(qtbot, view, "日本語")
    shown = view.proxy.visible_rows()
    assert shown and all("日本語" in r.text or "Japanese" in r.code for r in shown)
    assert view.count.text().startswith(f"{len(shown)} of {total}")

    # bulk recode what is shown, as one undo step
    view.select_all_shown()
    target = _measure(window, "Migrant councils")
    view.recode_selected(target)
    ids = {r.id for r in shown}
    rows = {r.id: r for r in review.segment_rows(session.project)}
    assert all(rows[i].code_id == target for i in ids)
    assert session.undo_stack.count() == 1
    menu_bar.press(qtbot, window, "Ctrl+Z")
    rows_after = {r.id: r for r in review.segment_rows(session.project)}
    assert {i: rows_after[i].code_id for i in ids} == {r.id: r.code_id for r in shown}
    menu_bar.press(qtbot, window, "Ctrl+Shift+Z")
    menu_bar.press(qtbot, window, "Ctrl+Z")

    # bulk delete is one step too, and undo brings the segments back with their ids
    _filter(qtbot, view, "")
    view.table.selectRow(0)
    view.select_all_shown()
    view.delete_selected()
    assert review.segment_rows(session.project) == []
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert len(review.segment_rows(session.project)) == total

    # export the filtered set to CSV and XLSX, then open the files
    _filter(qtbot, view, "多言語")
    shown = view.proxy.visible_rows()
    csv_path = view.export_shown(str(tmp_path / "shown.csv"))
    assert csv_path is not None
    with open(csv_path, encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert len(table) == len(shown) + 1 and all(
        "多言語" in row[table[0].index("text")] for row in table[1:]
    )
    xlsx_path = view.export_shown(str(tmp_path / "shown.xlsx"))
    assert xlsx_path is not None
    sheet = openpyxl.load_workbook(xlsx_path).active
    assert sheet.max_row == len(shown) + 1

    # jump to source: the document opens with the passage selected
    view.table.selectRow(0)
    row = view.selected_rows()[0]
    view.go_to_source()
    assert window.current_view == "documents"
    assert window.document_area.document_id == row.document_id
    assert window.document_area.text_view.selected_text() == row.text


def test_search_two_character_term_code_all_hits_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    session = window.session
    assert session is not None
    window.show_view("search")
    panel = window.views["search"]
    assert isinstance(panel, SearchPanel)
    # full-width query text and a two-character Japanese term
    hits = panel.search("共生")
    assert len(hits) >= 2 and all(h.match == "共生" for h in hits)
    assert panel.model.rowCount() == len(hits)
    assert says(panel.count.text(), len(hits), "hit") and " in " in panel.count.text()

    target = _measure(window, "Intercultural education for all")
    before = len(review.segment_rows(session.project))
    panel.unit_box.setCurrentIndex(panel.unit_box.findData("hit"))
    created = panel.code_all_hits(target)
    assert len(created) == len(hits)
    rows = [r for r in review.segment_rows(session.project) if r.code_id == target]
    assert sorted(r.text for r in rows) == ["共生"] * len(hits)
    # again: nothing new, hits already coded
    assert panel.code_all_hits(target) == []
    assert session.undo_stack.count() == 1  # the empty second run left no step
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert len(review.segment_rows(session.project)) == before
    menu_bar.press(qtbot, window, "Ctrl+Shift+Z")
    assert len(review.segment_rows(session.project)) == before + len(hits)

    # double-click a hit: the document opens at the match
    index = panel.model.index(0, 3)
    panel._activated(index)
    assert window.document_area.document_id == hits[0].document_id
    assert window.document_area.text_view.selected_text() == "共生"
    assert workspace.documents(session.project)


def test_code_all_hits_codes_each_sentence_by_default(window: MainWindow, qtbot: QtBot) -> None:
    """Type a two-character term, keep the default unit, click "Code all hits"."""
    session = window.session
    assert session is not None
    window.show_view("search")
    panel = window.views["search"]
    assert isinstance(panel, SearchPanel)
    assert panel.unit_box.currentData() == "sentence"
    panel.code_box.setCurrentIndex(
        panel.code_box.findData(_measure(window, "Intercultural education for all"))
    )
    panel.term.setText("日本")  # typed through an input method: keyClicks is ASCII only
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    hits = searched(qtbot, panel)
    assert len(hits) >= 2
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    coding_done(qtbot, panel)
    target = panel.code_box.currentData()
    rows = [r for r in review.segment_rows(session.project) if r.code_id == target]
    assert rows and all("日本" in r.text and len(r.text) > 2 for r in rows)
    assert len(rows) <= len(hits)  # hits in one sentence make one segment
    assert all(
        r.text.rstrip("」』）)").endswith(("。", "！", "？", ".")) or "\n" not in r.text
        for r in rows
    )
    assert "Coded" in panel.count.text() and "sentence" in panel.count.text()

    # the paragraph unit, chosen with the keyboard, codes whole lines
    session.undo_stack.undo()
    panel.unit_box.setFocus()
    qtbot.keyClick(panel.unit_box, Qt.Key.Key_Down)
    qtbot.keyClick(panel.unit_box, Qt.Key.Key_Down)
    assert panel.unit_box.currentData() == "paragraph"
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    coding_done(qtbot, panel)
    paragraphs = [r for r in review.segment_rows(session.project) if r.code_id == target]
    assert all(any(s.text in p.text for p in paragraphs) for s in rows)


def test_the_review_filter_waits_for_a_pause_in_typing(window: MainWindow, qtbot: QtBot) -> None:
    """Each key filtered every row at once (the first folding 19,355 passages took 1.4 s on
    the GUI thread, each later key 80-170 ms): the filter now waits for a pause in typing,
    and Enter filters at once."""
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    total = view.proxy.rowCount()
    qtbot.keyClicks(view.filter, "zqx")  # three keys, no match
    assert view.proxy.rowCount() == total  # not yet: still typing
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 0, timeout=2000)
    view.filter.clear()
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)
    assert view.proxy.rowCount() == total


def test_enter_searches_once(window: MainWindow, qtbot: QtBot) -> None:
    """Typing, then Enter: the search ran at Enter and again when the typing's 150 ms wait
    ended (0.5 s and more twice on a big project's 市). Now once. And a count of hits is
    written with the locale's group separators, as the review's count is."""
    window.show_view("search")
    panel = window.views["search"]
    assert isinstance(panel, SearchPanel)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(len(panel.model.rows)))
    panel.term.setText("市")  # typed through an input method: keyClicks is ASCII only
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    searched(qtbot, panel)
    qtbot.wait(500)  # past the typing's wait
    assert len(resets) == 1 and resets[0] > 0
    assert panel.count.text().startswith(f"{resets[0]} hit")
    # counts read like the other figures on screen: "19,355 of 19,355", not "19,355 of 19355"
    assert panel.tr("%Ln hit(s)", "", 62861) == "62,861 hits"


def test_a_code_double_clicked_or_entered_in_the_codebook_opens_its_passages(
    window: MainWindow, qtbot: QtBot
) -> None:
    """NVivo's "Open node", MAXQDA's retrieved segments: double-click (or Enter) on a code in
    the Codebook pane did nothing; it opens Review on that code's passages, whatever filter
    was on there; a theme's include its measures'."""
    session = window.session
    assert session is not None
    rows = review.segment_rows(session.project)
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    _filter(qtbot, view, "zqx")  # a filter left on: nothing shown
    view.case_box.setCurrentIndex(1)
    window.show_view("documents")

    tree = window.codebook_tree
    measure = _measure(window, "Placement of support staff")
    item = tree.item_for(measure)
    assert item is not None
    tree.scrollTo(item.index())
    point = tree.visualRect(item.index()).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a double click's
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)  # two presses
    assert window.work_stack.current() is view and window.current_view == "review"
    wanted = [r.id for r in rows if r.code_id == measure]
    assert len(wanted) >= 2
    assert sorted(r.id for r in view.proxy.visible_rows()) == sorted(wanted)
    assert view.filter.text() == "" and view.count.text().startswith(f"{len(wanted)} of ")

    # a theme, chosen with the keyboard in the pane, Enter: its measures' passages
    theme = next(c for c in session.codes() if c.name == "Education" and c.parent_id is None)
    measures = {c.id for c in session.codes() if c.parent_id == theme.id} | {theme.id}
    window.show_view("documents")
    theme_item = tree.item_for(theme.id)
    assert theme_item is not None
    tree.setFocus()
    tree.setCurrentIndex(theme_item.index())
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.work_stack.current() is view
    shown = view.proxy.visible_rows()
    assert sorted(r.id for r in shown) == sorted(r.id for r in rows if r.code_id in measures)
    assert len({r.code_id for r in shown}) > 1


def test_code_all_hits_waits_for_a_code_the_researcher_chose(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The Code box beside "Code all hits" started on the first measure: after searching 国
    one click coded 16 hits to a code nobody chose. It starts on no code, the button disabled,
    until one is picked."""
    session = window.session
    assert session is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.work_stack.current()
    assert isinstance(panel, SearchPanel)
    panel.term.setText("国")  # typed through an input method: keyClicks is ASCII only
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    assert searched(qtbot, panel)
    assert panel.code_box.currentIndex() == -1 and panel.code_box.currentText() == ""
    assert not panel.code_button.isEnabled()
    before = review.segment_rows(session.project)
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    assert review.segment_rows(session.project) == before and session.undo_stack.count() == 0

    # a code picked with the keyboard: the button codes the hits with it
    panel.code_box.setFocus()
    qtbot.keyClick(panel.code_box, Qt.Key.Key_Down)
    chosen = panel.code_box.currentData()
    assert chosen is not None and panel.code_button.isEnabled()
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    coding_done(qtbot, panel)
    assert [r for r in review.segment_rows(session.project) if r.code_id == chosen]
    assert session.undo_stack.count() == 1
    # still chosen after the codebook's counts changed (the box refilled)
    assert panel.code_box.currentData() == chosen

    # a search with no hits: nothing to code
    panel.term.setText("zqxw")
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    assert not searched(qtbot, panel) and not panel.code_button.isEnabled()


def test_the_passage_gets_the_room_in_review_at_1500_by_900(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Review at 1500×900: fixed widths gave the Code column 300 px and the Text column
    ~150 px, the passage cut ("Kawasaki Representat…"). The Text column is the widest and
    holds the sample's passages whole; a column the researcher sized stays as they left it."""
    from frameworkqda.gui.review.model import TEXT

    window.resize(1500, 900)
    view = menu_bar.view_by_keys(qtbot, window, "Ctrl+R", ReviewView)
    qtbot.wait(50)  # the layout settled
    header = view.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    text = widths[TEXT]
    assert text == max(widths) and text > 1.5 * max(w for c, w in enumerate(widths) if c != TEXT)
    metrics = view.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(r.text) for r in view.proxy.visible_rows())
    assert text > longest + 8, (widths, longest)
    from frameworkqda.gui.review.view import CASE

    cases = max(metrics.horizontalAdvance(r.case) for r in view.proxy.visible_rows())
    assert widths[CASE] > cases + 8, (widths, cases)  # "Hamamatsu", not "Hamam…"

    # the researcher drags the Code column wider: a later resize leaves it so
    edge = header.sectionViewportPosition(0) + header.sectionSize(0) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 60, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 60, y))
    dragged = header.sectionSize(0)
    assert dragged > widths[0] + 30
    window.resize(1600, 900)
    qtbot.wait(50)
    assert header.sectionSize(0) == dragged


def test_empty_note_and_translation_columns_leave_review_their_room_at_1280_by_720(
    window: MainWindow, qtbot: QtBot
) -> None:
    """At 1280×720 the sample's empty Note and Translation columns kept their titles' width
    (120 px of nothing) while the codes read "Inform…" and the documents "hamamat…lan.pdf":
    they are left out while no passage has a note or translation, and the first note typed
    brings its column back."""
    from frameworkqda.gui.review.view import CODE, DOCUMENT, NOTE, TRANSLATION

    window.resize(1280, 720)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    view = window.work_stack.current()
    assert isinstance(view, ReviewView)
    qtbot.wait(50)  # the layout settled
    header = view.table.horizontalHeader()
    assert header.isSectionHidden(NOTE) and header.isSectionHidden(TRANSLATION)
    metrics = view.table.fontMetrics()
    rows = view.proxy.visible_rows()
    documents = max(metrics.horizontalAdvance(r.document) for r in rows)
    assert header.sectionSize(DOCUMENT) > documents + 6  # "hamamatsu-plan.pdf" whole
    assert header.sectionSize(CODE) > metrics.horizontalAdvance("Information in mu") + 30

    # a note typed for a passage in the segment panel: the Note column is back
    stripes = open_coded_document(qtbot, window)
    click_stripe(qtbot, window, stripes[0][0])
    window.inspector.note.setFocus()
    qtbot.keyClicks(window.inspector.note, "Ask the city about the budget")
    window.inspector.save_texts()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.work_stack.current() is view
    qtbot.waitUntil(lambda: not header.isSectionHidden(NOTE))
    assert header.sectionSize(NOTE) > 30 and header.isSectionHidden(TRANSLATION)
    assert not view._sized_by_hand  # showing it again was no drag of the researcher's
