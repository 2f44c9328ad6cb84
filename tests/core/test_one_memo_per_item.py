"""One memo per item, held by the store (schema 0008): a project an older version left with
several memos on one item opens with them joined into one, losing no text, and the store then
refuses a second memo on an item (core/memos.py; docs/architecture.md). Free memos (on nothing,
titled: an import's free-standing notes) are as many as there were, each kept as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from frameworkqda.core import memos, model
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx
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
    (a merge by an older version, a REFI-QDA import), two free-standing notes of an import
    (titled: free memos), two untitled project memos (two programs writing it at once), one
    memo on a document."""
    engine = make_engine(ProjectLocation.parse(url), create=True)
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
            _memo(7, "Plan A", "2026-03-04 09:00:00", coder=1),
            _memo(8, "Plan B", "2026-03-05 09:00:00", coder=2),
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
            "Plan A\n\nFrom a memo by Hanako (2026-03-05):\nPlan B"
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
        (4, "Fieldwork", "Journal one", 1),  # free memos: each as it was
        (5, "Ideas", "Journal two", 2),
        (6, "", "Read twice", 2),
        (7, "", "Plan A\n\nFrom a memo by Hanako (2026-03-05):\nPlan B", 1),
    ]


@pytest.mark.parametrize(
    ("target", "index"),
    [({"code_id": 1}, "ix_memos_code_id"), ({"document_id": 1}, "ix_memos_document_id"), ({}, "")],
    ids=["code", "document", "project"],
)
def test_the_store_refuses_a_second_memo_on_an_item(
    project_location: str, target: dict[str, int], index: str
) -> None:
    """No write can double a memo any more, on either backend: the unique indexes of 0008."""
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
    assert len(_memo_rows(project_location)) == 6


def _new_code(session: object) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    code = model.Code(name="Volunteers", colour="#1f77b4", position=1)
    session.add(code)
    session.flush()
    return code.id


def test_an_older_projects_free_memos_stay_apart(project_location: str) -> None:
    """Two titled memos on nothing (an import's free-standing notes: NVivo's free memos,
    QualCoder's journals) come through the upgrade as the two free memos they are, listed
    with their titles, and another free memo can be added beside them; only a second untitled
    memo on nothing, a second project memo, is refused."""
    _make_revision_0006_project(project_location)
    with open_project(project_location) as project:  # upgraded to 0008
        assert project.schema_revision == migrate.head_revision()
    untitled_or_free = [row for row in _memo_rows(project_location) if row[0] in (4, 5, 7)]
    assert untitled_or_free == [
        (4, "Fieldwork", "Journal one", 1),
        (5, "Ideas", "Journal two", 2),
        (7, "", "Plan A\n\nFrom a memo by Hanako (2026-03-05):\nPlan B", 1),
    ]
    with open_project(project_location) as project:
        free = [row for row in memos.list_memos(project) if row.target == memos.FREE]
        assert [(row.title, row.text, row.author) for row in free] == [
            ("Fieldwork", "Journal one", "Taro"),
            ("Ideas", "Journal two", "Hanako"),
        ]
        assert [row.target for row in memos.list_memos(project)][:3] == [
            "project",
            memos.FREE,
            memos.FREE,
        ]
        with project.transaction() as session:
            session.add(model.Memo(title="Third thoughts", text="more"))
        with pytest.raises(IntegrityError), project.transaction() as session:
            session.add(model.Memo(title="", text="a second project memo"))
    assert [row[1] for row in _memo_rows(project_location)] == [
        "Definition",  # the code's
        "Fieldwork",
        "Ideas",
        "",  # the document's
        "",  # the project's
        "Third thoughts",
    ]


def _make_blank_titled_project(url: str) -> None:
    """A project as schema 0006 could leave it: the project memo, and two memos on nothing
    titled with spaces alone (ASCII, and the ideographic space a Japanese keyboard types) —
    untitled to the app, which strips titles, so project memos too — and one free memo."""
    engine = make_engine(ProjectLocation.parse(url), create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0006")
        for statement in (
            "INSERT INTO project (id, name, description, created_at, created_with, change_count)"
            " VALUES (1, 'old', '', CURRENT_TIMESTAMP, '0.6', 0)",
            "INSERT INTO coders (id, name, guid, created_at) VALUES"
            " (1, 'Taro', '00000000-0000-0000-0001-000000000001', CURRENT_TIMESTAMP)",
            _memo(1, "The real project memo", "2026-01-01 09:00:00", coder=1),
            _memo(2, "Fieldwork notes", "2026-01-02 09:00:00", title="  Fieldwork  "),
            _memo(3, "Spaces for a title", "2026-01-03 09:00:00", title="   "),
            _memo(4, "全角の空白", "2026-01-04 09:00:00", title="\u3000"),
        ):
            connection.execute(text(statement))
        if connection.dialect.name == "postgresql":
            for table in ("coders", "memos"):
                connection.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)")
                )
    engine.dispose()


PROJECT_JOINED = (
    "The real project memo\n\n"
    "From a memo (2026-01-03):\nSpaces for a title\n\n"
    "From a memo (2026-01-04):\n全角の空白"
)


def test_a_memo_on_nothing_titled_with_spaces_is_joined_into_the_project_memo(
    project_location: str,
) -> None:
    """A title of spaces alone is none (the app strips titles): the upgrade strips every
    title first, so such a memo on nothing is a project memo and is joined into the project's
    (it was left as a second one the index took for a free memo and the app for the
    project's: the Memos list opened the other's text, the export dropped the real one)."""
    _make_blank_titled_project(project_location)
    assert _memo_rows(project_location) == [
        (1, "", PROJECT_JOINED, 1),
        (2, "Fieldwork", "Fieldwork notes", None),  # stripped: as the app writes titles
    ]
    with open_project(project_location) as project:
        listed = [(row.target, row.title, row.text) for row in memos.list_memos(project)]
        assert listed == [
            ("project", "", PROJECT_JOINED),
            (memos.FREE, "Fieldwork", "Fieldwork notes"),
        ]
        assert memos.memo_text(project, "project") == PROJECT_JOINED


def test_an_upgraded_blank_titled_memo_goes_through_refi_qda_with_the_project_memo(
    project_location: str, tmp_path: Path
) -> None:
    """Export → import keeps the project memo's text (the export once pointed the project's
    NoteRef at the '   ' memo and left the real project memo out of the .qdpx), and a note
    on the project named with spaces alone comes in untitled, the project's."""
    _make_blank_titled_project(project_location)
    with open_project(project_location) as project:
        export_qdpx(project, tmp_path / "up.qdpx")
    import_qdpx(tmp_path / "up.qdpx", tmp_path / "back.fqda")
    with open_project(tmp_path / "back.fqda") as project:
        listed = [(row.target, row.title, row.text) for row in memos.list_memos(project)]
    assert listed == [
        ("project", "", PROJECT_JOINED),
        (memos.FREE, "Fieldwork", "Fieldwork notes"),
    ]


def test_a_refi_qda_note_on_the_project_named_with_spaces_comes_in_as_the_project_memo(
    tmp_path: Path,
) -> None:
    """Another program's note on the project named ' ' (no name, as the app reads it) is
    stored untitled, the project memo the app reads and writes (it was stored titled '   ':
    the list showed it as the project's, the project memo read empty beside it)."""
    import zipfile

    from frameworkqda.core.exchange.refi import markers
    from frameworkqda.core.store import create_project

    with create_project(tmp_path / "made.fqda") as project, project.transaction() as session:
        memos.set_memo_in(session, "project", None, "Aims of the study")
    with open_project(tmp_path / "made.fqda") as project:
        export_qdpx(project, tmp_path / "made.qdpx")
    with zipfile.ZipFile(tmp_path / "made.qdpx") as source:
        parts = {name: source.read(name) for name in source.namelist()}
    qde = parts["project.qde"].decode()
    assert 'name="Project memo"' in qde and markers.UNTITLED_MEMO in qde
    qde = qde.replace('name="Project memo"', 'name="   "')
    parts["project.qde"] = qde.replace(
        f"<Description>{markers.UNTITLED_MEMO}</Description>", ""
    ).encode()
    with zipfile.ZipFile(tmp_path / "other.qdpx", "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    import_qdpx(tmp_path / "other.qdpx", tmp_path / "back.fqda")
    with open_project(tmp_path / "back.fqda") as project:
        assert memos.memo_text(project, "project") == "Aims of the study"
        listed = [(row.target, row.title) for row in memos.list_memos(project)]
    assert listed == [("project", "")]
