"""The import notes: what an importer says about how it read a file, one line each.

The lines are stored in English (``Document.import_notes``) and shown in the interface's
language: every template a note can come from is here, so :func:`read` turns the stored lines
back into Messages (docs/translation.md). A new note gets its template here.
"""

from __future__ import annotations

import re

from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message, Template, listed, parse, quoted

EMPTY = QT_TRANSLATE_NOOP("Import", "{name}: the file is empty (0 bytes)")

RUNNING_HEADS = QT_TRANSLATE_NOOP(
    "Import note",
    "running heads and page numbers were left out of the text ({shown}); the page view shows them",
)
RUNNING_HEADS_AND_MORE = QT_TRANSLATE_NOOP(
    "Import note",
    "running heads and page numbers were left out of the text ({shown} and %n more); "
    "the page view shows them",
)
RUNNING_HEADS_AND_NUMBERS = QT_TRANSLATE_NOOP(
    "Import note",
    "running heads and page numbers were left out of the text ({shown} and the page numbers); "
    "the page view shows them",
)
RUNNING_HEADS_AND_NUMBERS_AND_MORE = QT_TRANSLATE_NOOP(
    "Import note",
    "running heads and page numbers were left out of the text ({shown}, %n more and the page "
    "numbers); the page view shows them",
)
PAGE_NUMBERS = QT_TRANSLATE_NOOP(
    "Import note", "page numbers were left out of the text; the page view shows them"
)
SCANNED_PAGE = QT_TRANSLATE_NOOP("Import note", "page {page} has no text layer (scanned)")
OCR_PAGES = QT_TRANSLATE_NOOP(
    "Import note", "text of {pages} was recognised by OCR; check it against the page"
)
GLYPHS_RECOVERED = QT_TRANSLATE_NOOP(
    "Import note",
    "on {pages}, %n character(s) drawn in a font that does not say which characters it draws "
    "(no usable character map): read by OCR of their glyphs; check them",
)
GLYPHS_UNREADABLE = QT_TRANSLATE_NOOP(
    "Import note",
    "on {pages}, %n character(s) drawn in a font that does not say which characters it draws "
    "(no usable character map): could not be read and stand as � in the text; "
    "the page view shows them",
)
NO_TEXT_PDF = QT_TRANSLATE_NOOP("Import note", "no text was found in this PDF")
NO_TEXT_DOCX = QT_TRANSLATE_NOOP("Import note", "no text was found in this Word document")
NO_TEXT_HTML = QT_TRANSLATE_NOOP("Import note", "no text was found in this web page")
NO_TEXT_TEXT = QT_TRANSLATE_NOOP(
    "Import note", "no text was found in this file: only spaces and line breaks"
)
NO_MAIN_CONTENT = QT_TRANSLATE_NOOP(
    "Import note", "main content not recognised; kept all visible text"
)
PAGE_TEXT_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Import note", "left out of the text as menus or boilerplate of the page: {shown}"
)
PAGE_TEXT_LEFT_OUT_AND_MORE = QT_TRANSLATE_NOOP(
    "Import note", "left out of the text as menus or boilerplate of the page: {shown} and %n more"
)
PAGE_FOOTER_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Import note", "left out of the text as the footer of the page: {footer}"
)
PAGE_TEXT_AND_FOOTER_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Import note",
    "left out of the text as menus or boilerplate of the page: {shown}; as its footer: {footer}",
)
PAGE_TEXT_AND_MORE_AND_FOOTER_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Import note",
    "left out of the text as menus or boilerplate of the page: {shown} and %n more; "
    "as its footer: {footer}",
)
LIST_NUMBERS = QT_TRANSLATE_NOOP("Import note", "list numbers left out: {reason}")
READ_AS = QT_TRANSLATE_NOOP("Import note", "read as {encoding}")
# a file named with an extension that is no document's (.log, .aspx) or none: read by its bytes
UNKNOWN_EXTENSION = QT_TRANSLATE_NOOP(
    "Import note", "{suffix} is not a document extension; read by its content as {kind}"
)
NO_EXTENSION = QT_TRANSLATE_NOOP(
    "Import note", "the name has no extension; read by its content as {kind}"
)
# what a file is (the {kind} above; the registry's refusals say the same)
A_PDF = QT_TRANSLATE_NOOP("Import", "a PDF")
A_WORD_DOCUMENT = QT_TRANSLATE_NOOP("Import", "a Word document")
A_WEB_PAGE = QT_TRANSLATE_NOOP("Import", "a web page")
TEXT = QT_TRANSLATE_NOOP("Import", "text")

PAGE = QT_TRANSLATE_NOOP("Import note", "page {numbers}")
PAGES = QT_TRANSLATE_NOOP("Import note", "pages {numbers}")

NOTES = tuple(value for value in list(globals().values()) if isinstance(value, Template))


def pages(numbers: list[str]) -> Message:
    """``page 2`` or ``pages 1, 3``."""
    return (PAGE if len(numbers) == 1 else PAGES).format(numbers=", ".join(numbers))


def read(stored: str) -> list[str]:
    """A document's stored notes, one per line: each a Message when a template here made it
    (an older or foreign line stays as it is)."""
    lines = [line for line in stored.splitlines() if line.strip()]
    return [_current(parse(line, NOTES)) or line for line in lines]


def left_out(heads: list[str], page_numbers: bool) -> Message | None:
    """The note on a PDF's running heads (as printed, the first three quoted) and page
    numbers left out of its text; None when nothing was."""
    return _left_out(_quoted_list(heads[:3]), len(heads) - 3, page_numbers)


def _quoted_list(items: list[str]) -> Message | str:
    """``items`` quoted and listed in the reader's language (「a」、「b」 in Japanese): the
    stored English, “a”, “b”, is the same as before; "" for none."""
    return listed(quoted(item) for item in items) if items else ""


# a stored list of quoted items, “a”, “b”, read back into its items
_QUOTED_ITEM = re.compile(r"“(.*?)”(?=, “|$)", re.DOTALL)


def _requoted(shown: object) -> object:
    """A stored ``shown`` (English text) as a list of quoted items again, so it is shown in
    the reader's language; anything else as it is."""
    if not isinstance(shown, str) or isinstance(shown, Message):
        return shown
    items = _QUOTED_ITEM.findall(shown)
    if not items or ", ".join(f"“{item}”" for item in items) != shown:
        return shown
    return listed(quoted(item) for item in items)


def _left_out(shown: object, more: int, page_numbers: bool) -> Message | None:
    if not shown:
        return PAGE_NUMBERS.format() if page_numbers else None
    if page_numbers and more > 0:
        return RUNNING_HEADS_AND_NUMBERS_AND_MORE.format(shown=shown, n=more)
    if page_numbers:
        return RUNNING_HEADS_AND_NUMBERS.format(shown=shown)
    if more > 0:
        return RUNNING_HEADS_AND_MORE.format(shown=shown, n=more)
    return RUNNING_HEADS.format(shown=shown)


def left_out_of_page(
    shown: list[str], total: int, footers: list[str] | None = None
) -> Message | None:
    """The note on the visible text of a web page left out of its text: the pieces
    ``shown`` of ``total``, and the text of each footer left out (``footers``), quoted (a
    long one cut at 40 characters); None when nothing was."""
    items = _quoted_list([_cut(line) for line in shown])
    footer = _quoted_list([_cut(text) for text in footers or []])
    if not footer:
        if not items:
            return None
        if total > len(shown):
            return PAGE_TEXT_LEFT_OUT_AND_MORE.format(shown=items, n=total - len(shown))
        return PAGE_TEXT_LEFT_OUT.format(shown=items)
    if not items:
        return PAGE_FOOTER_LEFT_OUT.format(footer=footer)
    if total > len(shown):
        return PAGE_TEXT_AND_MORE_AND_FOOTER_LEFT_OUT.format(
            shown=items, n=total - len(shown), footer=footer
        )
    return PAGE_TEXT_AND_FOOTER_LEFT_OUT.format(shown=items, footer=footer)


def _cut(text: str) -> str:
    """``text`` cut at 40 characters (an ellipsis after), as a note quotes it."""
    return f"{text[:40]}…" if len(text) > 40 else text


# the params of a note that quote what was left out
_QUOTED_PARAMS = {"shown", "footer"}
# how notes stored before the page numbers had a template of their own named them: as the
# last of the items left out, in English whatever the language shown
_OLD_NUMBERS = "“page numbers”"


def _current(note: Message | None) -> Message | None:
    """A note as it is written now: an older one that listed “page numbers” among the
    running heads gets the template that says it in the reader's language."""
    if note is None or not _QUOTED_PARAMS & set(note.params):
        return note
    if note.template not in (RUNNING_HEADS, RUNNING_HEADS_AND_MORE) or not str(
        note.params["shown"]
    ).endswith(_OLD_NUMBERS):
        params = {
            key: _requoted(value) if key in _QUOTED_PARAMS else value
            for key, value in note.params.items()
        }
        return Message(note.context, note.template, params)
    shown = str(note.params.get("shown", ""))
    more = int(note.params.get("n", 0)) - 1 if note.template == RUNNING_HEADS_AND_MORE else 0
    return _left_out(_requoted(shown[: -len(_OLD_NUMBERS)].rstrip(", ")), more, True)
