"""The kinds of document a project holds, and of case attribute.

Kept apart from ``model`` so that code reading files (the importers, and the worker processes
that read PDF pages) and the command line's argument parser can name a kind without loading
SQLAlchemy and the ORM.
"""

from __future__ import annotations

import enum


class DocumentKind(enum.StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    TEXT = "text"


class AttributeKind(enum.StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATE = "date"
