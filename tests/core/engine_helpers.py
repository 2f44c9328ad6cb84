"""Small builders shared by the engine's service tests."""

from __future__ import annotations

import hashlib

from frameworkqda.core import model
from frameworkqda.core.store import Project


def add_document(
    project: Project, name: str, text: str, case_id: int | None = None, pages: int = 0
) -> int:
    """A document straight into the model (importers are tested elsewhere)."""
    with project.transaction() as session:
        document = model.Document(
            name=name,
            kind=model.DocumentKind.TEXT,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
            case_id=case_id,
        )
        if pages:
            size = -(-len(text) // pages)
            document.pages = [
                model.DocumentPage(
                    page_number=number + 1,
                    width=595,
                    height=842,
                    char_start=number * size,
                    char_end=min(len(text), (number + 1) * size),
                )
                for number in range(pages)
            ]
            document.page_count = pages
        session.add(document)
        session.flush()
        return document.id
