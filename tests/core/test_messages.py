"""Core messages: English as a str, rendered again in another language from their template."""

from __future__ import annotations

import pickle

from frameworkqda.core.errors import ImportFailedError
from frameworkqda.core.importers import notes
from frameworkqda.core.messages import (
    CLAUSES,
    QT_TRANSLATE_NOOP,
    SEPARATOR,
    Message,
    english,
    listed,
    render,
    said,
)

JAPANESE = {
    (
        "Import",
        "{name}: this is not a PDF file (no PDF header)",
    ): "{name}：PDF ファイルではありません",
    ("Import note", "text of {pages} was recognised by OCR; check it against the page"): (
        "{pages} の文字は OCR で認識しました"
    ),
    ("Import note", "pages {numbers}"): "{numbers} ページ",
    (SEPARATOR.context, ", "): "、",
    (CLAUSES.context, "; "): "；",
    (
        "CarryOver",
        "set '{name}': sets are not supported",
    ): "セット「{name}」：セットには対応していません",
}


def japanese(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return JAPANESE.get((context, text), text)


def test_a_message_is_its_english_text_and_renders_in_another_language() -> None:
    message = QT_TRANSLATE_NOOP("Import", "{name}: this is not a PDF file (no PDF header)").format(
        name="報告書.pdf"
    )
    assert message == "報告書.pdf: this is not a PDF file (no PDF header)"
    assert render(message, japanese) == "報告書.pdf：PDF ファイルではありません"
    assert render("plain text", japanese) == "plain text"


def test_a_message_among_the_params_is_rendered_in_the_same_language() -> None:
    note = notes.OCR_PAGES.format(pages=notes.pages(["3", "5"]))
    assert note == "text of pages 3, 5 was recognised by OCR; check it against the page"
    assert render(note, japanese) == "3, 5 ページ の文字は OCR で認識しました"


def test_the_english_plural_follows_n() -> None:
    template = notes.GLYPHS_RECOVERED
    one = template.format(pages=notes.pages(["2"]), n=1)
    many = template.format(pages=notes.pages(["2", "4"]), n=7)
    assert one.startswith("on page 2, 1 character drawn")
    assert many.startswith("on pages 2, 4, 7 characters drawn")
    assert render(many, english) == many  # no translation: the English rule still applies


def test_an_error_keeps_its_message_across_a_process_boundary() -> None:
    error = ImportFailedError(notes.EMPTY.format(name="空.pdf"))
    again = pickle.loads(pickle.dumps(error))
    message = said(again)
    assert isinstance(message, Message) and message.params == {"name": "空.pdf"}
    assert str(again) == "空.pdf: the file is empty (0 bytes)"
    assert said(OSError(2, "No such file")) == "[Errno 2] No such file"


def test_stored_notes_are_read_back_into_messages() -> None:
    lines = [
        notes.RUNNING_HEADS_AND_MORE.format(shown="“白書”, “2”, “3”", n=4),
        notes.RUNNING_HEADS.format(shown="“白書”"),
        notes.GLYPHS_UNREADABLE.format(pages=notes.pages(["1", "9"]), n=12),
        notes.SCANNED_PAGE.format(page=3),
        notes.OCR_PAGES.format(pages=notes.pages(["3"])),
    ]
    read = notes.read("\n".join([*lines, "a line no template made"]))
    assert read == [*lines, "a line no template made"]
    for stored, made in zip(read, lines, strict=False):
        assert isinstance(stored, Message)
        assert (stored.template, dict(stored.params)) == (made.template, dict(made.params))


def test_a_list_joins_with_the_languages_separator() -> None:
    """The items of a list param are joined in the language shown: "a, b" / 「a、b」; items
    that are Messages render in it too; a list survives pickling (an error's param)."""
    from frameworkqda.core.exchange.refi import report_lines

    names = listed(["浜松市", "豊田市", "川崎市"])
    assert names == "浜松市, 豊田市, 川崎市"
    assert render(names, japanese) == "浜松市、豊田市、川崎市"
    assert listed([]) == "" and render(listed(["一つ"]), japanese) == "一つ"
    lost = listed([report_lines.CODEBOOK_SET.format(name=n) for n in ("重点", "周辺")], CLAUSES)
    assert lost == "set '重点': sets are not supported; set '周辺': sets are not supported"
    assert render(lost, japanese) == (
        "セット「重点」：セットには対応していません；セット「周辺」：セットには対応していません"
    )
    assert render(pickle.loads(pickle.dumps(names)), japanese) == "浜松市、豊田市、川崎市"


def test_a_pdfs_left_out_page_numbers_have_a_note_of_their_own() -> None:
    """“page numbers” was an English literal among the running heads, in every language."""
    assert notes.left_out(["白書"], True) == notes.RUNNING_HEADS_AND_NUMBERS.format(shown="“白書”")
    assert notes.left_out([], True) == notes.PAGE_NUMBERS.format()
    assert notes.left_out([], False) is None
    many = notes.left_out(["一", "二", "三", "四"], True)
    assert many == notes.RUNNING_HEADS_AND_NUMBERS_AND_MORE.format(shown="“一”, “二”, “三”", n=1)
    # a note stored the old way is read in the new form, so it is shown translated
    old = notes.RUNNING_HEADS.format(shown="“白書”, “page numbers”")
    assert notes.read(old) == [notes.RUNNING_HEADS_AND_NUMBERS.format(shown="“白書”")]
    (only,) = notes.read(notes.RUNNING_HEADS.format(shown="“page numbers”"))
    assert isinstance(only, Message) and only.template == notes.PAGE_NUMBERS
