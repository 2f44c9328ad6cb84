"""The kinds of document a project holds.

Kept apart from ``model`` so that code reading files (the importers, and the worker processes
that read PDF pages) can name a kind without loading SQLAlchemy and the ORM.
"""

from __future__ import annotations

import enum


class DocumentKind(enum.StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    TEXT = "text"
