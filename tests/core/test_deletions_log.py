"""Who deleted what, and when (schema 0006, core/deletions.py): every command that deletes a
document, case, attribute, code, coded passage or memo logs it in its own transaction, an
undo that puts the item back takes its row out, and the messages about something deleted since
name the coder and the time instead of "someone else". Two programs (Project objects) on one
real SQLite file or PostgreSQL database, as two coders are."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from frameworkqda.core import commands, deletions, memos, model
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.errors import ChangedSinceError, FrameworkQDAError, TextConflictError
from frameworkqda.core.merge import merge_project
from frameworkqda.core.store import Project, ProjectLocation, create_project, migrate, open_project
from frameworkqda.core.store.engine import make_engine
from tests import writes
from tests.core.engine_helpers import add_document

AT = r"\d{4}-\d\d-\d\d \d\d:\d\d"
MEASURE = "Education/Consultation service"
TEXT = "浜松市は外国人相談窓口を設けている。多言語で案内する。"


@pytest.fixture
def team(project_location: str) -> Iterator[tuple[Project, Project, dict[str, int]]]:
    """Hanako's and Taro's programs on one project: a case with a document, a passage."""
    with create_project(project_location, framework="mipex-local") as setup:
        setup.coder_name = "Hanako"
        case_id = writes.add_case(setup, "Hamamatsu")
        document_id = add_document(setup, "浜松 plan.txt", TEXT, case_id)
        code_id = resolve_code(setup, MEASURE)
        segment_id = writes.add_segment(setup, document_id, code_id, 0, 3)
    ids = {"case": case_id, "document": document_id, "code": code_id, "segment": segment_id}
    hanako, taro = open_project(project_location), open_project(project_location)
    hanako.coder_name, taro.coder_name = "Hanako", "Taro"
    yield hanako, taro, ids
    hanako.close()
    taro.close()


def _log(project: Project) -> list[tuple[str, int | None, str, str]]:
    with project.session() as session:
        return [
            (row.kind.value, row.item_id, row.name, row.coder)
            for row in session.scalars(select(model.Deletion).order_by(model.Deletion.id))
        ]


def test_each_deletion_is_logged_with_its_coder_and_time_and_undo_takes_it_out(team) -> None:  # type: ignore[no-untyped-def]
    hanako, taro, ids = team
    before = datetime.now(UTC) - timedelta(seconds=1)
    stack = commands.UndoStack(taro)
    stack.push(commands.DeleteSegment(ids["segment"]))
    assert _log(hanako) == [("segment", ids["segment"], "浜松市", "Taro")]
    stack.undo()  # the passage is back: nothing says it is deleted
    assert _log(hanako) == []
    stack.redo()
    writes.set_attribute(taro, ids["case"], "Population", "790718")
    with taro.session() as session:
        attribute = session.scalars(select(model.AttributeDefinition.id)).one()
    stack.push(commands.DeleteAttribute(attribute, "Population"))
    stack.push(commands.DeleteDocuments([ids["document"]]))
    stack.push(commands.DeleteCase(ids["case"]))
    education = resolve_code(taro, "Education")
    stack.push(commands.DeleteCode(education))
    logged = _log(hanako)
    assert logged[:4] == [
        ("segment", ids["segment"], "浜松市", "Taro"),
        ("attribute", attribute, "Population", "Taro"),
        ("document", ids["document"], "浜松 plan.txt", "Taro"),
        ("case", ids["case"], "Hamamatsu", "Taro"),
    ]
    # the code and every code below it, by path (what went with one names it)
    assert logged[4] == ("code", education, "Education", "Taro")
    assert ("code", ids["code"], MEASURE, "Taro") in logged[5:]
    assert {kind for kind, *_ in logged[5:]} == {"code"}
    with hanako.session() as session:
        found = deletions.deletion_of(session, model.DeletedKind.CASE, ids["case"])
    assert found is not None and found.coder == "Taro"
    assert before <= found.deleted_at <= datetime.now(UTC)
    for _ in range(4):
        stack.undo()
    assert _log(hanako) == [("segment", ids["segment"], "浜松市", "Taro")]


def test_a_deletion_refused_logs_nothing(team) -> None:  # type: ignore[no-untyped-def]
    """The log is written in the deletion's transaction: all or nothing with it."""
    hanako, taro, ids = team
    gone = commands.DeleteDocuments([ids["document"]])

    class Refused(commands.DeleteCase):
        def _apply(self, session, coder_id):  # type: ignore[no-untyped-def]
            super()._apply(session, coder_id)
            raise RuntimeError("disk unplugged")

    with pytest.raises(RuntimeError):
        commands.apply_together(taro, [gone, Refused(ids["case"])])
    assert _log(hanako) == []


def test_undoing_an_edit_of_a_passage_another_coder_deleted_names_them(team) -> None:  # type: ignore[no-untyped-def]
    hanako, taro, ids = team
    stack = commands.UndoStack(hanako)
    stack.push(commands.UpdateSegment(ids["segment"], note="窓口"))
    commands.DeleteSegment(ids["segment"]).apply(taro)
    with pytest.raises(ChangedSinceError) as refused:
        stack.undo()
    assert re.fullmatch(
        f"the coded passage “浜松市” in “浜松 plan.txt” was deleted by Taro at {AT} UTC",
        str(refused.value),
    )
    assert refused.value.args[0].params["coder"] == "Taro"  # a Message: shown translated


def test_a_passage_gone_with_its_code_names_the_code(team) -> None:  # type: ignore[no-untyped-def]
    hanako, taro, ids = team
    stack = commands.UndoStack(hanako)
    stack.push(commands.UpdateSegment(ids["segment"], note="窓口"))
    commands.DeleteCode(resolve_code(taro, "Education")).apply(taro)
    with pytest.raises(ChangedSinceError) as refused:
        stack.undo()
    assert re.fullmatch(
        f"the coded passage “浜松市” in “浜松 plan.txt” was deleted with the code “{MEASURE}” "
        f"by Taro at {AT} UTC",
        str(refused.value),
    )


def test_a_memo_deleted_while_it_was_edited_names_who_deleted_it(team) -> None:  # type: ignore[no-untyped-def]
    hanako, taro, ids = team
    first = commands.SetMemo("case", ids["case"], "相談窓口は日本語のみ")
    first.apply(taro)
    shown = memos.memo_text(hanako, "case", ids["case"])  # Hanako opens the memo
    first.revert(taro)  # Taro undoes his first memo: it is deleted
    assert _log(hanako) == [("memo:case", ids["case"], "相談窓口は日本語のみ", "Taro")]
    with pytest.raises(TextConflictError) as refused:
        commands.SetMemo("case", ids["case"], "多言語対応あり", expected=shown).apply(hanako)
    assert re.fullmatch(
        f"the memo on case “Hamamatsu” was deleted by Taro at {AT} UTC; nothing was saved",
        str(refused.value),
    )
    assert refused.value.who == "Taro"
    mine = commands.SetMemo("case", ids["case"], "多言語対応あり")
    mine.apply(hanako)  # Hanako writes a first memo again
    assert _log(hanako) == []  # a memo is there again: nothing says it is deleted
    edit = commands.SetMemo("case", ids["case"], "多言語対応あり（英・中・葡）")
    edit.apply(taro)
    mine.revert(hanako)  # her undo deletes the memo, Taro's words and all
    assert re.fullmatch(  # what Taro's undo would write over: named, not "someone else"
        f"the memo on case “Hamamatsu” was deleted by Hanako at {AT} UTC",
        edit.overwrites(taro) or "",
    )


def test_a_free_memo_deleted_is_logged_and_a_save_on_it_names_who_deleted_it(team) -> None:  # type: ignore[no-untyped-def]
    """A free memo (schema 0008) deleted by Taro: the log holds it (kind memo:free, schema
    0009, by its id, named by its title), so Hanako's save on it says who deleted it and when,
    where it said only "the free memo is no longer in the project"; her rename or deletion of
    it too. Undo takes the row out; undoing its making is logged as its deletion."""
    hanako, taro, _ = team
    diary = commands.AddFreeMemo("Fieldwork diary", "Day one")
    diary.apply(taro)
    memo_id = diary.memo_id
    assert memo_id is not None
    shown = memos.memo_text(hanako, memos.FREE, memo_id)  # Hanako opens it
    deleting = commands.DeleteFreeMemo(memo_id)
    deleting.apply(taro)
    assert _log(hanako) == [("memo:free", memo_id, "Fieldwork diary", "Taro")]
    deleted = f"the free memo “Fieldwork diary” was deleted by Taro at {AT} UTC"
    for expected in (shown, "", None):  # begun on its text, on none, a script's unchecked
        with pytest.raises(FrameworkQDAError) as refused:
            commands.SetMemo(memos.FREE, memo_id, "Day two", expected=expected).apply(hanako)
        assert re.fullmatch(f"{deleted}; nothing was saved", str(refused.value))
    with pytest.raises(FrameworkQDAError) as refused:
        commands.RenameFreeMemo(memo_id, "Diary").apply(hanako)
    assert re.fullmatch(deleted, str(refused.value))
    with pytest.raises(FrameworkQDAError) as refused:
        commands.DeleteFreeMemo(memo_id).apply(hanako)
    assert re.fullmatch(deleted, str(refused.value))
    with hanako.session() as session:
        (found,) = deletions.listing(session)
    assert str(deletions.kind_word(found)) == "Free memo"

    deleting.revert(taro)  # back: nothing says it is deleted, and her save goes in
    assert _log(hanako) == []
    commands.SetMemo(memos.FREE, memo_id, "Day two", expected=shown).apply(hanako)
    assert memos.memo_text(taro, memos.FREE, memo_id) == "Day two"
    diary.revert(taro)  # undoing its making deletes it: logged so
    assert _log(hanako) == [("memo:free", memo_id, "Fieldwork diary", "Taro")]
    diary.apply(taro)  # redone: back under its id
    assert _log(hanako) == []


def test_a_step_on_a_row_another_coder_deleted_names_them_not_its_id(team) -> None:  # type: ignore[no-untyped-def]
    """Was 'no case with id 1', 'no code with id 38', 'no document with id 2'."""
    hanako, taro, ids = team
    commands.DeleteSegment(ids["segment"]).apply(taro)
    commands.DeleteCase(ids["case"]).apply(taro)
    commands.DeleteDocuments([ids["document"]]).apply(taro)
    commands.DeleteCode(ids["code"]).apply(taro)
    for step, said in (
        (commands.RenameCase(ids["case"], "浜松市"), "the case “Hamamatsu”"),
        (commands.SetRead(ids["document"], True), "the document “浜松 plan.txt”"),
        (commands.RenameDocument(ids["document"], "plan.txt"), "the document “浜松 plan.txt”"),
        (commands.UpdateCode(ids["code"], name="窓口"), f"the code “{MEASURE}”"),
        (commands.UpdateSegment(ids["segment"], note="x"), "the coded passage “浜松市”"),
    ):
        with pytest.raises(FrameworkQDAError) as refused:
            step.apply(hanako)
        assert re.fullmatch(f"{said} was deleted by Taro at {AT} UTC", str(refused.value))


def test_an_undo_the_database_refuses_names_who_deleted_what_it_refers_to(team) -> None:  # type: ignore[no-untyped-def]
    """Hanako deletes a code, Taro the document its passage was on: her undo would put the
    passage back on a document gone. It said only "another coder has changed what it refers
    to since" (SQLite names no table), though the log knows: now the document, Taro and when;
    not the code, which her own step deleted. Refused, the step stays to undo; nothing to redo."""
    hanako, taro, ids = team
    stack = commands.UndoStack(hanako)
    stack.push(commands.DeleteCode(ids["code"]))
    commands.DeleteDocuments([ids["document"]]).apply(taro)
    for _ in range(2):  # the same, each time
        with pytest.raises(ChangedSinceError) as refused:
            stack.undo()
        assert re.fullmatch(
            f"the document “浜松 plan.txt” it refers to was deleted by Taro at {AT} UTC",
            str(refused.value),
        )
        assert stack.can_undo and not stack.can_redo
    assert _log(hanako)[0][:3] == ("code", ids["code"], MEASURE)  # her deletion stays logged

    # a case put back with its chart cell on a code Taro deleted: the code
    writes.add_case(taro, "Osaka")
    with taro.session() as session:
        osaka = session.scalars(select(model.Case.id).where(model.Case.name == "Osaka")).one()
    scheme = resolve_code(hanako, "Anti-discrimination/Human rights scheme")
    writes.set_cell(hanako, osaka, scheme, summary="人権施策あり")
    stack.push(commands.DeleteCase(osaka))
    commands.DeleteCode(scheme).apply(taro)
    with pytest.raises(ChangedSinceError) as refused:
        stack.undo()
    assert re.fullmatch(
        "the code “Anti-discrimination/Human rights scheme” it refers to was deleted by Taro "
        f"at {AT} UTC",
        str(refused.value),
    )


def test_a_document_put_back_without_its_case_or_some_passages_names_who_deleted_them(team) -> None:  # type: ignore[no-untyped-def]
    hanako, taro, ids = team
    stack = commands.UndoStack(hanako)
    step = stack.push(commands.DeleteDocuments([ids["document"]]))
    commands.DeleteCase(ids["case"]).apply(taro)
    commands.DeleteCode(ids["code"]).apply(taro)
    stack.undo()
    assert len(step.said) == 2
    assert re.fullmatch(
        f"1 document put back unassigned: their case “Hamamatsu” was deleted by Taro at {AT} UTC",
        step.said[0],
    )
    assert re.fullmatch(
        f"1 coded passage not put back: their code “{MEASURE}” was deleted by Taro at {AT} UTC",
        step.said[1],
    )
    assert _log(hanako)[-1][:3] == ("code", ids["code"], MEASURE)  # the document's row is out
    assert not [row for row in _log(hanako) if row[0] == "document"]


def test_undoing_the_adding_of_a_case_or_a_code_is_logged_as_its_deletion(team) -> None:  # type: ignore[no-untyped-def]
    hanako, taro, _ = team
    case, code = commands.AddCase("Osaka"), commands.AddCode("多言語", parent_id=None)
    for step in (case, code):
        step.apply(taro)
        step.revert(taro)
    assert _log(hanako) == [
        ("case", case.case_id, "Osaka", "Taro"),
        ("code", code.code_id, "多言語", "Taro"),
    ]
    with pytest.raises(FrameworkQDAError, match=f"the code “多言語” was deleted by Taro at {AT}"):
        commands.UpdateCode(code.code_id or 0, definition="x").apply(hanako)
    case.apply(taro)
    code.apply(taro)  # redone: back, under their ids
    assert _log(hanako) == []


def test_a_code_merged_into_another_is_logged_as_merged_and_messages_say_so(team) -> None:  # type: ignore[no-untyped-def]
    """Taro merges the measure into another (schema 0007): its id is gone, and a step of
    Hanako's that names it said "no code with id 38" (a rename) or "another coder has changed
    what it refers to since" (an undo the database refuses); the log names where it went, who
    merged it and when. Undoing the merge takes the row out; redoing writes it again."""
    hanako, taro, ids = team
    target = resolve_code(taro, "Education/Placement of support staff")
    stack = commands.UndoStack(hanako)
    stack.push(commands.DeleteSegment(ids["segment"]))  # her undo would put it back on the code
    merge = commands.MergeCodes(ids["code"], target)
    merge.apply(taro)
    with hanako.session() as session:
        rows = session.scalars(select(model.Deletion)).all()
    merged = [row for row in rows if row.kind is model.DeletedKind.CODE]
    assert [(row.item_id, row.name, row.coder, row.into_id, row.into_name) for row in merged] == [
        (ids["code"], MEASURE, "Taro", target, "Education/Placement of support staff")
    ]
    into = "“Education/Placement of support staff”"
    with pytest.raises(FrameworkQDAError) as refused:
        commands.UpdateCode(ids["code"], name="窓口").apply(hanako)
    assert re.fullmatch(
        f"the code “{MEASURE}” was merged into {into} by Taro at {AT} UTC", str(refused.value)
    )
    with pytest.raises(ChangedSinceError) as refused:
        stack.undo()
    assert re.fullmatch(
        f"the code “{MEASURE}” it refers to was merged into {into} by Taro at {AT} UTC",
        str(refused.value),
    )
    # the target renamed since: named as the codebook shows it now
    commands.UpdateCode(target, name="Support staff").apply(taro)
    with hanako.session() as session:
        found = deletions.deletion_of(session, model.DeletedKind.CODE, ids["code"])
    assert found is not None and found.into == "Education/Support staff"
    merge.revert(taro)
    assert [row for row in _log(hanako) if row[0] == "code"] == []
    merge.apply(taro)
    assert [row[:2] for row in _log(hanako) if row[0] == "code"] == [("code", ids["code"])]


def test_a_deletion_the_log_does_not_hold_is_said_to_predate_the_record(team) -> None:  # type: ignore[no-untyped-def]
    """A deletion the log has no row for went before the project kept one (schema 0006) or in
    a program of an earlier version: "by someone else" named a person nobody knows, maybe the
    reader. It says so instead."""
    hanako, taro, ids = team
    writes.set_attribute(hanako, ids["case"], "Population", "790718")
    stack = commands.UndoStack(hanako)
    stack.push(commands.SetAttribute(ids["case"], "Population", "800000"))
    commands.DeleteCase(ids["case"]).apply(taro)
    with taro.transaction() as session:  # what an earlier version deleted: no row
        session.execute(model.Deletion.__table__.delete())
    with pytest.raises(FrameworkQDAError) as refused:
        stack.undo()
    assert str(refused.value) == (
        "the case “Hamamatsu” was deleted before this project kept a record of deletions (by "
        "an earlier version of FrameworkQDA), so who deleted it and when is not known"
    )


def test_undoing_a_template_logs_the_codes_it_takes_away(team) -> None:  # type: ignore[no-untyped-def]
    """Undoing a template (or a codebook import) deletes the codes it made: they were gone
    without a row, so a step naming one could only say the log had no record of it."""
    hanako, taro, _ = team
    template = commands.ApplyTemplate("icc")
    template.apply(taro)
    made = template.created_ids
    assert made
    template.revert(taro)
    assert sorted(row[1] for row in _log(hanako) if row[0] == "code") == sorted(made)
    assert {row[3] for row in _log(hanako)} == {"Taro"}
    template.apply(taro)  # redone: back, under their ids
    assert _log(hanako) == []


def test_a_merge_brings_no_deletions_of_the_other_copy(tmp_path: Path) -> None:
    """The log is the project's own history: deletions in Taro's copy are not the target's."""
    target = tmp_path / "study.fqda"
    with create_project(target) as project:
        writes.add_case(project, "Osaka")
    other = tmp_path / "taro.fqda"
    with create_project(other) as project:
        project.coder_name = "Taro"
        writes.delete_case(project, writes.add_case(project, "Nagoya"))
        assert _log(project) == [("case", 1, "Nagoya", "Taro")]
    with open_project(target) as project:
        merge_project(project, other)
        assert _log(project) == []


def _make_revision_0008_project(url: str) -> None:
    """A project as the previous version (schema 0008) left it: one free memo, "Ideas"."""
    engine = make_engine(ProjectLocation.parse(url), create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0008")
        for statement in (
            "INSERT INTO project (id, name, description, created_at, created_with, change_count)"
            " VALUES (1, 'old', '', CURRENT_TIMESTAMP, '0.8', 0)",
            "INSERT INTO memos (id, guid, title, text, created_at, updated_at) VALUES (1,"
            " '00000000-0000-0000-0000-000000000001', 'Ideas', 'Compare', CURRENT_TIMESTAMP,"
            " CURRENT_TIMESTAMP)",
        ):
            connection.execute(text(statement))
    engine.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_project_of_schema_0008_logs_a_free_memos_deletion_once_upgraded(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Schema 0008's log refused the kind memo:free (its CHECK named memos by their targets
    only); 0009 takes it, on SQLite and PostgreSQL."""
    where = (
        str(tmp_path / "old.fqda")
        if backend == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    _make_revision_0008_project(where)
    with open_project(where) as project:
        assert project.schema_revision == migrate.head_revision()
        project.coder_name = "Aiko"
        commands.DeleteFreeMemo(1).apply(project)
        assert _log(project) == [("memo:free", 1, "Ideas", "Aiko")]
        # the check still refuses what is no kind
        with pytest.raises(Exception, match=r"(?i)check"), project.transaction() as session:
            session.execute(
                text(
                    "INSERT INTO deletions (kind, item_id, name, coder, deleted_at)"
                    " VALUES ('memo:nothing', 1, 'x', 'x', CURRENT_TIMESTAMP)"
                )
            )


def _make_revision_0005_project(url: str) -> None:
    """A project as the previous version (schema 0005) left it: a case and a document."""
    engine = make_engine(ProjectLocation.parse(url), create=True)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0005")
        for statement in (
            "INSERT INTO project (id, name, description, created_at, created_with, change_count)"
            " VALUES (1, 'old', '', CURRENT_TIMESTAMP, '0.5', 0)",
            "INSERT INTO cases (id, name, description, position) VALUES (1, 'Hamamatsu', '', 0)",
            "INSERT INTO documents (id, name, kind, filename, sha256, language, text, page_count,"
            " position, imported_at, import_notes, case_id) VALUES (1, 'plan', 'text',"
            " 'plan.txt', '0', 'ja', '多文化共生', 0, 0, CURRENT_TIMESTAMP, '', 1)",
        ):
            connection.execute(text(statement))
    engine.dispose()


def _upgraded_logs_deletions(where: str) -> None:
    with open_project(where) as project:
        assert project.schema_revision == migrate.head_revision()
        assert _log(project) == []  # nothing was deleted before it was kept
        project.coder_name = "Aiko"
        commands.DeleteDocuments([1]).apply(project)
        assert _log(project) == [("document", 1, "plan", "Aiko")]


def test_a_project_of_the_previous_schema_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.fqda"
    _make_revision_0005_project(str(path))
    with open_project(path) as project:
        backup = project.backup_path
    assert backup is not None and "bak-0005" in backup.name
    with sqlite3.connect(backup) as connection:  # the copy is the old schema, untouched
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "deletions" not in tables
    _upgraded_logs_deletions(str(path))


@pytest.mark.postgres
def test_a_postgresql_project_of_the_previous_schema_is_upgraded(postgres_url: str) -> None:
    _make_revision_0005_project(postgres_url)
    _upgraded_logs_deletions(postgres_url)
    engine = create_engine(ProjectLocation.parse(postgres_url).url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM deletions")).scalar() == 1
    engine.dispose()
