"""The sentences of a merge's report (``merge.MergeSummary``: conflicts and what was skipped),
one whole template each, so a translation orders the words its own way (docs/translation.md).

Names (documents, codes, cases, coders, the other project's label) are data, quoted '…' in
English; a value is the project's own label, or "no value". The English is what the CLI
prints and the tests compare.
"""

from __future__ import annotations

from frameworkqda.core.messages import QT_TRANSLATE_NOOP

NO_VALUE = QT_TRANSLATE_NOOP("MergeReport", "no value").format()
NO_CODER = QT_TRANSLATE_NOOP("MergeReport", "no coder").format()
ATTRIBUTE_KIND_DIFFERS = QT_TRANSLATE_NOOP(
    "MergeReport",
    "attribute '{name}' is {ours} here but {theirs} in {other}: its values were not merged",
)
ATTRIBUTE_VALUE_DIFFERS = QT_TRANSLATE_NOOP(
    "MergeReport",
    "case '{case}', attribute '{attribute}': {ours} here, {theirs} in {other} "
    "(this project's kept)",
)
DOCUMENT_EXTRACTED_DIFFERENTLY = QT_TRANSLATE_NOOP(
    "MergeReport",
    "document '{name}': the same file as '{found}' here, but its text was extracted "
    "differently, so its coding was not merged",
)
DOCUMENT_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "MergeReport",
    "document '{name}': a different file has this name here; it and its coding were not merged",
)
DOCUMENT_HELD_TWICE = QT_TRANSLATE_NOOP(
    "MergeReport",
    "document '{name}': %n documents here hold the same file; its coding was not merged",
)
CODE_PARENT_SKIPPED = QT_TRANSLATE_NOOP("MergeReport", "code '{path}': its parent was not merged")
CODE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "MergeReport", "code '{path}' matches %n codes here; it and its coding were not merged"
)
SEGMENTS_UNPLACED = QT_TRANSLATE_NOOP(
    "MergeReport",
    "%n coded segment(s) on documents or codes that were not merged (or are headings only here)",
)
SEGMENTS_JOINED = QT_TRANSLATE_NOOP(
    "MergeReport",
    "%n coded segment(s) from {other} sharing text with a segment of the same code and coder "
    "here joined into it, as coding that text again does (the segment widened to cover them, "
    "their notes and translations added to its own)",
)
CELL_AS_CHARTING = QT_TRANSLATE_NOOP(
    "MergeReport",
    "cell {where}: {ours} here, {theirs} in {other} (both kept: theirs as {coder}'s charting)",
)
CELL_IN_MEMO = QT_TRANSLATE_NOOP(
    "MergeReport",
    "cell {where}: {ours} here, {theirs} in {other} (both kept: theirs in the cell's memo)",
)
# the same value on both sides, the summaries differ: "Partially here, Partially in …" said
# nothing of what differed
CELL_SUMMARY_AS_CHARTING = QT_TRANSLATE_NOOP(
    "MergeReport",
    "cell {where}: {ours} on both sides, but the summaries differ here and in {other} "
    "(both kept: theirs as {coder}'s charting)",
)
CELL_SUMMARY_IN_MEMO = QT_TRANSLATE_NOOP(
    "MergeReport",
    "cell {where}: {ours} on both sides, but the summaries differ here and in {other} "
    "(both kept: theirs in the cell's memo)",
)
CELLS_UNPLACED = QT_TRANSLATE_NOOP(
    "MergeReport", "%n chart cell(s) on cases or codes that were not merged"
)
CHARTING_IN_MEMO = QT_TRANSLATE_NOOP(
    "MergeReport",
    "{coder}'s charting of {where}: {ours} here, {theirs} in {other} "
    "(both kept: theirs in the cell's memo)",
)
CHARTING_SUMMARY_IN_MEMO = QT_TRANSLATE_NOOP(
    "MergeReport",
    "{coder}'s charting of {where}: {ours} on both sides, but the summaries differ here and "
    "in {other} (both kept: theirs in the cell's memo)",
)
MEMO_APPENDED = QT_TRANSLATE_NOOP(
    "MergeReport", "memo on the {target}: both projects have one; {other}'s appended to it"
)
FREE_MEMO_APPENDED = QT_TRANSLATE_NOOP(
    "MergeReport", "free memo {title}: both projects have it; {other}'s text appended to it"
)
MEMOS_UNPLACED = QT_TRANSLATE_NOOP("MergeReport", "%n memo(s) on items that were not merged")
