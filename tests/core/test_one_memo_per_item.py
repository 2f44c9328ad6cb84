"""One memo per item, held by the store (schema 0007): a project an older version left with
several memos on one item opens with them joined into one, losing no text, and the store then
refuses a second memo on an item (core/memos.py; docs/architecture.md)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from frameworkqda.core import memos, model
from frameworkqda.core.store import ProjectLocation, migrate, open_project
from frameworkqda.core.store.engine import make_engine

MEMO = (
    "INSERT INTO memos (id, title, guid, text, coder_id, document_id, code_id, created_at,"
    " updated_at) VALUES ({id}, '{title}', '{guid}', '{text}', {coder}, {document}, {code},"
    " '{created}', '{created}')"
)


def _memo(ident: int, text_: str, created: str, **where: object) -> str:
    values = {"title": "", "coder": "NULL", "document": "NULL", "code": "NULL", **where}
    guid = f"00000000-0000-0000-0000-{ident:012d}"
    return MEMO.format(id=ident, guid=guid, text=text_, created=created, **values)


def _make_revision_0006_project(url: str) -> None:
    """A project as the previous version (schema 0006) could leave it: three memos on one code
    (a merge by an older version, a REFI-QDA import), two free-standing notes of an import as
    project memos, one memo on a document."""
    engine = make_engine(ProjectLocation.parse(url))
    with engine.begin() as connection:
        migrate.upgrade(connection, "0006")
        for statement in (
            "INSERT INTO project (id, name, description, created_at, created_with, change_count)"
            " VALUES (1, 'old', '', CURRENT_TIMESTAMP, '0.6', 0)",
            "INSERT INTO coders (id, name, guid, created_at) VALUES"
            " (1, 'Taro', '00000000-0000-0000-0001-000000000001', CURRENT_TIMESTAMP),"
            " (2, 'Hanako', '00000000-0000-0000-0001-000000000002', CURRENT_TIMESTAMP)",
            "INSERT INTO codes (id, parent_id, name, definition, colour, position, created_at,"
            " guid, codable) VALUES (1, NULL, 'Interpreters', '', '#2ca02c', 0,"
            " CURRENT_TIMESTAMP, '00000000-0000-0000-0002-000000000001', TRUE)",
            "INSERT INTO documents (id, name, kind, filename, sha256, language, text, page_count,"
            " position, imported_at, import_notes, guid) VALUES (1, 'plan', 'text', 'plan.txt',"
            " '0', 'ja', '多文化共生', 0, 0, CURRENT_TIMESTAMP, '',"
            " '00000000-0000-0000-0003-000000000001')",
            # written in the order 3, 1, 2 (ids say otherwise: an import keeps notes' dates)
            _memo(1, "What counts", "2026-01-10 09:00:00", title="Definition", coder=1, code=1),
            _memo(2, "Volunteers?", "2026-02-01 09:00:00", coder=2, code=1),
            _memo(3, "通訳者の派遣", "2025-12-01 09:00:00", code=1),
            _memo(4, "Journal one", "2026-03-01 09:00:00", title="Fieldwork", coder=1),
            _memo(5, "Journal two", "2026-03-02 09:00:00", title="Ideas", coder=2),
            _memo(6, "Read twice", "2026-03-03 09:00:00", coder=2, document=1),
        ):
            connection.execute(text(statement))
        if connection.dialect.name == "postgresql":  # ids given above: the next ones follow
            for table in ("coders", "codes", "documents", "memos"):
                connection.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)")
                )
    engine.dispose()


def _memo_rows(where: str) -> list[tuple[int, str, str, int | None]]:
    with open_project(where) as project, project.session() as session:
        return [
            tuple(row)  # type: ignore[misc]
            for row in session.execute(
                select(
                    model.Memo.id, model.Memo.title, model.Memo.text, model.Memo.coder_id
                ).order_by(model.Memo.id)
            )
        ]


def test_an_older_project_with_several_memos_on_one_item_opens_with_them_joined(
    project_location: str,
) -> None:
    """Each item keeps its earliest memo, with every other memo's text after it under a
    heading naming its title, author and date; nothing of any text is lost."""
    _make_revision_0006_project(project_location)
    with open_project(project_location) as project:
        assert project.schema_revision == migrate.head_revision()
        assert memos.memo_text(project, "code", 1) == (
            "通訳者の派遣\n\n"
            "From the memo “Definition” by Taro (2026-01-10):\nWhat counts\n\n"
            "From a memo by Hanako (2026-02-01):\nVolunteers?"
        )
        assert memos.memo_text(project, "project") == (
            "Journal one\n\nFrom the memo “Ideas” by Hanako (2026-03-02):\nJournal two"
        )
        assert memos.memo_text(project, "document", 1) == "Read twice"
    assert _memo_rows(project_location) == [
        (
            3,
            "Definition",  # the earliest had no title: the first title of the others
            "通訳者の派遣\n\n"
            "From the memo “Definition” by Taro (2026-01-10):\nWhat counts\n\n"
            "From a memo by Hanako (2026-02-01):\nVolunteers?",
            None,
        ),
        (
            4,
            "Fieldwork",
            "Journal one\n\nFrom the memo “Ideas” by Hanako (2026-03-02):\nJournal two",
            1,
        ),
        (6, "", "Read twice", 2),
    ]


@pytest.mark.parametrize(
    ("target", "index"),
    [({"code_id": 1}, "ix_memos_code_id"), ({"document_id": 1}, "ix_memos_document_id"), ({}, "")],
    ids=["code", "document", "project"],
)
def test_the_store_refuses_a_second_memo_on_an_item(
    project_location: str, target: dict[str, int], index: str
) -> None:
    """No write can double a memo any more, on either backend: the unique indexes of 0007."""
    _make_revision_0006_project(project_location)
    with open_project(project_location) as project:
        with pytest.raises(IntegrityError) as refused, project.transaction() as session:
            session.add(model.Memo(text="a second memo", **target))
        said = str(refused.value.orig)
        if project_location.startswith("postgresql"):
            assert index or "uq_memos_project" in said, said
            assert not index or index in said, said
        else:
            assert "UNIQUE constraint failed" in said, said
        with project.transaction() as session:  # a memo on another item is still welcome
            session.add(model.Memo(text="on a new code", code_id=_new_code(session)))
    assert len(_memo_rows(project_location)) == 4


def _new_code(session: object) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    code = model.Code(name="Volunteers", colour="#1f77b4", position=1)
    session.add(code)
    session.flush()
    return code.id
