"""The kinds of document a project holds, and of case attribute.

Kept apart from ``model`` so that code reading files (the importers, and the worker processes
that read PDF pages) and the command line's argument parser can name a kind without loading
SQLAlchemy and the ORM.
"""

from __future__ import annotations

import enum

from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message


class DocumentKind(enum.StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    TEXT = "text"


class DeletedKind(enum.StrEnum):
    """What a row of the deletions log (schema 0006) says was deleted. A memo is named by
    what it is on (one memo per target): its ``item_id`` is that target's id (none for the
    project memo); a free memo, on nothing, by its own id."""

    DOCUMENT = "document"
    CASE = "case"
    ATTRIBUTE = "attribute"
    CODE = "code"
    SEGMENT = "segment"
    PROJECT_MEMO = "memo:project"
    DOCUMENT_MEMO = "memo:document"
    CASE_MEMO = "memo:case"
    CODE_MEMO = "memo:code"
    CELL_MEMO = "memo:cell"
    SEGMENT_MEMO = "memo:segment"
    FREE_MEMO = "memo:free"  # schema 0009; its item_id is the memo's own id, its name its title


class AttributeKind(enum.StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATE = "date"


# a kind of attribute as a word inside a sentence ("… is not a valid number"): the words the
# interface names the kinds by (whole number, not integer), in the GUI's language; stored
# values and the CLI's --kind keep the keyword
_ATTRIBUTE_WORDS = {
    AttributeKind.TEXT: QT_TRANSLATE_NOOP("AttributeKind", "text"),
    AttributeKind.INTEGER: QT_TRANSLATE_NOOP("AttributeKind", "whole number"),
    AttributeKind.NUMBER: QT_TRANSLATE_NOOP("AttributeKind", "number"),
    AttributeKind.BOOLEAN: QT_TRANSLATE_NOOP("AttributeKind", "yes/no"),
    AttributeKind.DATE: QT_TRANSLATE_NOOP("AttributeKind", "date"),
}


def attribute_word(kind: AttributeKind) -> Message:
    """``kind`` as a word for a sentence (a Message: "whole number", "yes/no", …)."""
    return _ATTRIBUTE_WORDS[kind].format()


# a kind of attribute as a researcher picks it (the Kind box, a column's tooltip): a name,
# capitalised, in the GUI's language
_ATTRIBUTE_LABELS = {
    AttributeKind.TEXT: QT_TRANSLATE_NOOP("AttributeKind", "Text"),
    AttributeKind.INTEGER: QT_TRANSLATE_NOOP("AttributeKind", "Whole number"),
    AttributeKind.NUMBER: QT_TRANSLATE_NOOP("AttributeKind", "Number"),
    AttributeKind.BOOLEAN: QT_TRANSLATE_NOOP("AttributeKind", "Yes/No"),
    AttributeKind.DATE: QT_TRANSLATE_NOOP("AttributeKind", "Date"),
}


def attribute_label(kind: AttributeKind) -> Message:
    """``kind`` as the name a researcher chooses it by: Text, Whole number, Number, Yes/No,
    Date."""
    return _ATTRIBUTE_LABELS[kind].format()
