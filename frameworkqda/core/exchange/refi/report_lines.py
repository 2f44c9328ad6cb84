"""The sentences of the carry-over report (``report.CarryOverReport``), one template each.

Every line the report lists is one whole sentence with named parameters, so a translation can
put the words in its own order (docs/translation.md); what a line names of the file (a label
such as "TextSource 'a.txt'", a line number, why a file could not be read) is a Message too and
is rendered in the same language. The English is what the CLI prints and the tests compare.
Names from the file are data: quoted '…' in English, 「…」 in Japanese.
"""

from __future__ import annotations

from frameworkqda.core.memos import TARGET_WORDS
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

# -- what a line names ---------------------------------------------------------------------
LINE = QT_TRANSLATE_NOOP("CarryOver", "line {number}")
TEXT_SOURCE = QT_TRANSLATE_NOOP("CarryOver", "TextSource '{name}'")
PDF_SOURCE = QT_TRANSLATE_NOOP("CarryOver", "PDFSource '{name}'")
NOTE = QT_TRANSLATE_NOOP("CarryOver", "note '{name}'")


def target(kind: str) -> str:
    """A memo target (PMemo.target) as a word inside a sentence (a Message: memos'
    TARGET_WORDS), or the keyword itself for one not listed."""
    return TARGET_WORDS.get(kind, kind)


# -- why a file named in the project cannot be read (container.Resolved.problem) -----------
EXTERNAL = QT_TRANSLATE_NOOP("CarryOver", "an external file ({path}) that is not read on import")
MISSING_FROM_ARCHIVE = QT_TRANSLATE_NOOP("CarryOver", "{uri} is missing from the archive")
OUTSIDE_FOLDER = QT_TRANSLATE_NOOP("CarryOver", "{uri} points outside the project's folder")
NOT_BESIDE = QT_TRANSLATE_NOOP("CarryOver", "{uri} was not found beside {name}")
NO_PLAIN_TEXT = QT_TRANSLATE_NOOP("CarryOver", "{label}: no plain text given")
PLAIN_TEXT_UNREADABLE = QT_TRANSLATE_NOOP(
    "CarryOver", "{label}: its plain text cannot be read: {problem}"
)  # it read "its plain text is internal://….txt is missing from the archive"
PLAIN_TEXT_NOT_UTF8 = QT_TRANSLATE_NOOP("CarryOver", "{label}: its plain text {path} is not UTF-8")
NO_REPRESENTATION = QT_TRANSLATE_NOOP("CarryOver", "{label}: no text representation")

# -- not carried over ------------------------------------------------------------------------
SOURCE_LOST = QT_TRANSLATE_NOOP(
    "CarryOver", "{problem}; the source and its codings are not carried over"
)
MEDIA = {
    "PictureSource": QT_TRANSLATE_NOOP(
        "CarryOver",
        "PictureSource '{name}': pictures, audio and video are not supported "
        "(%n coding(s) not carried over)",
    ),
    "AudioSource": QT_TRANSLATE_NOOP(
        "CarryOver",
        "AudioSource '{name}': pictures, audio and video are not supported "
        "(%n coding(s) not carried over)",
    ),
    "VideoSource": QT_TRANSLATE_NOOP(
        "CarryOver",
        "VideoSource '{name}': pictures, audio and video are not supported "
        "(%n coding(s) not carried over)",
    ),
}
UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("CarryOver", "<{element}> '{name}': unknown kind of source")
NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("CarryOver", "<{element}> at {line}: not understood")
SET = QT_TRANSLATE_NOOP("CarryOver", "set '{name}' ({line}): sets are not supported")
CODEBOOK_SET = QT_TRANSLATE_NOOP("CarryOver", "set '{name}': sets are not supported")
GRAPH = QT_TRANSLATE_NOOP("CarryOver", "graph '{name}' ({line}): graphs are not supported")
VARIABLE_DESCRIPTION = QT_TRANSLATE_NOOP("CarryOver", "variable '{name}': its description")
SOURCE_DESCRIPTION = QT_TRANSLATE_NOOP("CarryOver", "{label}: its description")
SOURCE_VARIABLE_VALUE = QT_TRANSLATE_NOOP(
    "CarryOver", "source '{name}': a variable value on a source (variables belong to cases here)"
)
CASE_CODE_LINK = QT_TRANSLATE_NOOP(
    "CarryOver", "case '{name}': its link to a code ({line}); cases are linked to documents only"
)
CASE_SELECTION_LINK = QT_TRANSLATE_NOOP(
    "CarryOver", "case '{name}': its link to a selection ({line}); cases hold whole documents"
)
CASE_SOURCE_NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "CarryOver", "case '{name}': source {guid} was not imported, so it is not assigned"
)
CASE_DOCUMENT_TAKEN = QT_TRANSLATE_NOOP(
    "CarryOver",
    "case '{name}': document '{document}' already belongs to another case "
    "(a document has one case)",
)
CASE_VALUE_CONFLICT = QT_TRANSLATE_NOOP(
    "CarryOver",
    "case '{name}': value '{value}' of '{variable}'; the case '{case}' it is taken as has "
    "'{kept}' for it",
)
CELL_CASE_TAKEN = QT_TRANSLATE_NOOP(
    "CarryOver",
    "chart cell '{name}': the case '{case}' its case is taken as has a chart cell on this code "
    "already",
)
CASE_VALUE_WITHOUT_VARIABLE = QT_TRANSLATE_NOOP(
    "CarryOver", "case '{name}': a value without a variable"
)
CASE_VALUE_UNFIT = QT_TRANSLATE_NOOP(
    "CarryOver", "case '{name}': value '{value}' of '{variable}' does not fit its type"
)
SELECTION = QT_TRANSLATE_NOOP("CarryOver", "selection {guid}")
SELECTION_NAMED = QT_TRANSLATE_NOOP("CarryOver", "selection {guid} '{name}'")
PDF_AREA = QT_TRANSLATE_NOOP("CarryOver", "PDF selection {guid} (page {page})")
# what is wrong with a selection's startPosition / endPosition ({file}: the file's name and
# the line of its project.qde; {selection}: SELECTION or SELECTION_NAMED; {label}: the source)
SELECTION_NOT_WHOLE = QT_TRANSLATE_NOOP(
    "CarryOver",
    "{file}, {line}: {selection} in {label}: {attribute} '{value}' is not a whole number",
)
SELECTION_POSITION_MISSING = QT_TRANSLATE_NOOP(
    "CarryOver", "{file}, {line}: {selection} in {label}: it has no {attribute}"
)
SELECTION_REVERSED = QT_TRANSLATE_NOOP(
    "CarryOver",
    "{file}, {line}: {selection} in {label}: it starts after it ends "
    "(startPosition {start}, endPosition {end})",
)
SELECTION_EMPTY = QT_TRANSLATE_NOOP(
    "CarryOver",
    "{file}, {line}: {selection} in {label}: it selects nothing "
    "(startPosition and endPosition are both {start})",
)
SELECTION_OUTSIDE = QT_TRANSLATE_NOOP(
    "CarryOver",
    "{file}, {line}: {selection} in {label}: range {start}-{end} is outside its text "
    "({length} characters)",
)
PDF_AREA_NOT_ITS_TEXT = QT_TRANSLATE_NOOP(
    "CarryOver",
    "{file}, {line}: {selection} in {label}: its name says it covers '{expected}', but the "
    "area covers '{found}' (read from the top of the page) or '{found2}' (from the bottom, "
    "as the standard says); which was meant cannot be told",
)
SELECTION_UNCODED = QT_TRANSLATE_NOOP(
    "CarryOver",
    "selection {guid} in '{document}': no code applied (uncoded selections are not kept)",
)
CODING_WITHOUT_CODE = QT_TRANSLATE_NOOP("CarryOver", "coding {guid}: no code")
PDF_SELECTION_UNMATCHED = QT_TRANSLATE_NOOP(
    "CarryOver",
    "PDF selection {guid} in '{document}' (page {page}): could not be matched to the text",
)
NOTE_PART = QT_TRANSLATE_NOOP("CarryOver", "note '{name}': its <{element}>")
LINK_NOT_NOTE = QT_TRANSLATE_NOOP(
    "CarryOver", "link '{name}' ({line}): links other than note links are not supported"
)
LINK_FROM_SEGMENT_NOTE = QT_TRANSLATE_NOOP("CarryOver", "link '{name}': from a segment note")
LINK_TO_OTHER = QT_TRANSLATE_NOOP("CarryOver", "link '{name}': a note linked to a <{element}>")
NOTE_SECOND_TARGET = QT_TRANSLATE_NOOP(
    "CarryOver",
    "note '{name}': also attached to a {kind} ({guid}); a memo has one target, kept on the first",
)
NOTE_TARGET_LOST = QT_TRANSLATE_NOOP(
    "CarryOver",
    "a note on {kind} {guid}: that {kind} was not carried over; the note is kept on the project",
)
CHARTING_UNKNOWN_USER = QT_TRANSLATE_NOOP(
    "CarryOver", "a coder's charting of a cell by unknown user {guid}: not kept"
)

# -- carried over, changed on the way --------------------------------------------------------
UNKNOWN_USER = QT_TRANSLATE_NOOP(
    "CarryOver", "{element} {line}: unknown user {guid} (kept without a coder)"
)
DATE_TIME_AS_TEXT = QT_TRANSLATE_NOOP(
    "CarryOver", "variable '{name}': date-time values kept as text"
)
RICH_TEXT_AS_PLAIN = QT_TRANSLATE_NOOP(
    "CarryOver", "{label}: rich text {problem}; kept as plain text"
)
NO_PAGE_GEOMETRY = QT_TRANSLATE_NOOP("CarryOver", "{label}: page geometry not rebuilt ({reason})")
REPRESENTATION_DIFFERS = QT_TRANSLATE_NOOP(
    "CarryOver",
    "{label}: the text representation differs from the PDF's own text; selections are "
    "matched by their text, page boxes not kept",
)
PDF_UNREADABLE = QT_TRANSLATE_NOOP(
    "CarryOver", "{label}: the PDF file cannot be read ({problem}); imported as a text document"
)
PDF_NOT_NAMED = QT_TRANSLATE_NOOP(
    "CarryOver", "{label}: the PDF file is not named; imported as a text document"
)
CELL_INCOMPLETE = QT_TRANSLATE_NOOP(
    "CarryOver", "chart cell note '{name}' lacks one case and one code; kept as a memo"
)
CHARTING_INCOMPLETE = QT_TRANSLATE_NOOP(
    "CarryOver", "coder charting note '{name}' lacks its cell or coder; kept as a memo"
)
NOTES_JOINED = QT_TRANSLATE_NOOP(
    "CarryOver", "{count} notes on {target} '{name}' joined into one memo (one memo per item)"
)
# passages of one code and coder sharing text, joined as coding joins them (refi/joins.py)
PASSAGES_JOINED = QT_TRANSLATE_NOOP(
    "CarryOver",
    "document '{name}': %n coded passage(s) sharing text with a passage of the same code and "
    "coder joined into it, as coding that text again does (the passage widened to cover "
    "them, their notes and translations kept on it)",
)
# the line a joined passage's note or translation comes under, on the passage it joined
JOINED_PASSAGE_HEADING = QT_TRANSLATE_NOOP(
    "CarryOver", "From an overlapping selection with the same code and coder:"
)
# the title of a free-standing Note with no name, made a free memo (one counts them)
UNTITLED_NOTE = QT_TRANSLATE_NOOP("CarryOver", "Note {number}")
NOTES_JOINED_ON_PROJECT = QT_TRANSLATE_NOOP(
    "CarryOver", "{count} notes on the project joined into one memo (one memo per item)"
)
VALUE_ADDED = QT_TRANSLATE_NOOP(
    "CarryOver", "chart value '{label}' added to the value scale (as not present)"
)
SELECTION_NAME_MISMATCH = QT_TRANSLATE_NOOP(
    "CarryOver",
    "{file}, {line}: {selection} in {label}: its name is '{expected}' but the text at "
    "{start}-{end} is '{found}'; imported at the positions given, check it",
)
HEADING_CODED = QT_TRANSLATE_NOOP(
    "CarryOver",
    "code '{name}': a heading only in the file (isCodable=\"false\"), with %n coding(s) "
    "on it; imported as a code that takes codings, as a heading only here takes none",
)
CRLF_AS_ONE = QT_TRANSLATE_NOOP(
    "CarryOver",
    "{label}: its selections count each CRLF line end as one character, as their names "
    "show ({count} match only so, {given} only as the standard counts); read so",
)
CASE_NAMED_TWICE = QT_TRANSLATE_NOOP(
    "CarryOver",
    "a second case named '{name}' taken as the first: a name names one case here, so its "
    "documents, values and memos are that case's",
)
CASES_TAKEN_AS_ONE = QT_TRANSLATE_NOOP(
    "CarryOver",
    "case '{name}' taken as the case '{kept}' before it: names differing only in letter case "
    "or spacing are one case here, so its documents, values and memos are that case's",
)
RENAMED = {
    "user": QT_TRANSLATE_NOOP("CarryOver", "user '{name}' renamed '{new}' (names must be unique)"),
    "variable": QT_TRANSLATE_NOOP(
        "CarryOver", "variable '{name}' renamed '{new}' (names must be unique)"
    ),
    "document": QT_TRANSLATE_NOOP(
        "CarryOver", "document '{name}' renamed '{new}' (names must be unique)"
    ),
}


def line(sourceline: int | None) -> str:
    """Where an element stands in the XML: "line 12" (a Message), or "?" when unknown."""
    return LINE.format(number=sourceline) if sourceline else "?"
