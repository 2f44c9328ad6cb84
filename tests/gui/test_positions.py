"""UTF-16 ↔ code point conversion, tested with 𠮷 (U+20BB7) and emoji."""

from __future__ import annotations

import pytest

from frameworkqda.gui.positions import OffsetMap


def _utf16_index(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "text",
    ["", "abc", "𠮷野家で多文化共生", "a𠮷b𠮷𠮷c", "😀", "共生𠮷", "x" * 10 + "🇯🇵" + "y"],
)
def test_round_trip_every_position(text: str) -> None:
    offsets = OffsetMap(text)
    assert offsets.utf16_length == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u = offsets.to_utf16(cp)
        assert u == _utf16_index(text, cp)
        assert offsets.to_code_point(u) == cp


def test_inside_a_surrogate_pair_rounds_down_and_ranges_cover_the_pair() -> None:
    text = "a𠮷b"
    offsets = OffsetMap(text)
    assert offsets.to_code_point(2) == 1  # between the surrogates of 𠮷
    assert offsets.range_to_code_points(2, 2) == (1, 2)
    assert offsets.range_to_code_points(1, 3) == (1, 2)
    assert offsets.range_to_utf16(2, 3) == (3, 4)  # "b" after 𠮷


def test_find_search_and_a_selection_after_characters_outside_the_bmp(window) -> None:  # type: ignore[no-untyped-def]
    """𠮷 (U+20BB7), 𩸽, an emoji and a flag (two code points) take two UTF-16 units each in
    Qt: the find highlights, a search hit's jump and a selection made in Qt all land on the
    characters the core's code-point positions name (checked on Qt's side of the widget)."""
    from PySide6.QtGui import QTextCursor

    from frameworkqda.core.commands import Change
    from tests.core.engine_helpers import add_document

    text = "𠮷田町の日本語教室😀は𠮷野家の隣。\r\n𩸽を食べる日本語の会。🇯🇵日本語"
    session = window.session
    document = add_document(session.project, "astral.txt", text)
    session.notify({Change.DOCUMENTS})
    window.open_document(document)
    view = window.document_area.text_view
    assert view.highlight_matches("日本語") == 3
    hits = [s.cursor.selectedText() for s in view.extraSelections() if s.cursor.hasSelection()]
    assert hits == ["日本語"] * 3  # each yellow highlight on the term, none shifted
    for _ in range(3):
        assert view.textCursor().selectedText() == view.selected_text() == "日本語"
        view.find_next()

    window.show_view("search")
    panel = window.views["search"]
    found = panel.search("𠮷野家")
    assert [(h.document_id, h.start, h.end) for h in found] == [(document, 11, 14)]
    panel._activated(panel.model.index(0, 3))
    assert window.document_area.text_view.textCursor().selectedText() == "𠮷野家"

    # select 𩸽を食べる in Qt's own units, as a mouse drag does; the core gets code points
    view = window.document_area.text_view
    cursor = QTextCursor(view.document())

    def units(part: str) -> int:
        return len(part.encode("utf-16-le")) // 2

    start = units(text[: text.index("𩸽")])  # 𠮷, 😀 and 𠮷 before it: three units more
    cursor.setPosition(start)
    cursor.setPosition(start + units("𩸽を食べる"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selection_range() == (text.index("𩸽"), text.index("𩸽") + 5)
    assert view.selected_text() == "𩸽を食べる"
