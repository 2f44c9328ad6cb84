"""The import service on SQLite and PostgreSQL: per-file transactions, duplicates, failures
that leave the project unchanged, passwords, limits, cancellation and progress."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frameworkqda.core import cases, model, workers, workspace
from frameworkqda.core.importers import (
    ImportLimits,
    ImportOptions,
    ImportProgress,
    ImportStatus,
    import_documents,
    rectangles_for_range,
)
from frameworkqda.core.store import create_project
from tests import documents, writes
from tests.small_files import files_cannot_grow


def _counts(project: object) -> tuple[int, ...]:
    tables = (model.Document, model.DocumentFile, model.DocumentPage, model.Case)
    with project.session() as session:  # type: ignore[attr-defined]
        return tuple(session.scalar(select(func.count()).select_from(t)) or 0 for t in tables)


def test_batch_import_reports_each_file_and_goes_on(project_location: str, tmp_path: Path) -> None:
    good = documents.japanese_pdf(tmp_path / "plan.pdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[:500])
    text = tmp_path / "memo.txt"
    text.write_text("外国人市民会議の記録", encoding="cp932")
    events: list[ImportProgress] = []
    with create_project(project_location) as project:
        results = import_documents(
            project, [good, broken, text], case="浜松市", progress=events.append
        )
        assert [r.status for r in results] == [
            ImportStatus.IMPORTED,
            ImportStatus.FAILED,
            ImportStatus.IMPORTED,
        ]
        assert results[1].message.startswith("broken.pdf: ")
        assert "damaged or truncated" in results[1].message
        with project.session() as session:
            document = session.get(model.Document, results[0].document_id)
            assert document is not None
            assert document.text == documents.expected_text(documents.JAPANESE_PARAGRAPHS)
            assert document.language == "ja"
            assert document.kind == model.DocumentKind.PDF
            assert document.case is not None and document.case.name == "浜松市"
            assert len(document.sha256) == 64
            original = session.get(model.DocumentFile, document.id)
            assert original is not None and original.data == good.read_bytes()
            pages = list(document.pages)
            assert [p.page_number for p in pages] == [1]
            start = document.text.index("多文化共生")
            [hit] = rectangles_for_range(pages, start, start + 5)
            assert hit.page_number == 1 and len(hit.rectangles) == 1
    assert any(e.total == 1 and e.done == 1 and e.result is None for e in events)
    assert [e.result.status for e in events if e.result] == [r.status for r in results]


def test_reimport_is_reported_as_duplicate(project_location: str, tmp_path: Path) -> None:
    path = documents.japanese_pdf(tmp_path / "plan.pdf")
    copy = tmp_path / "copy-of-plan.pdf"
    copy.write_bytes(path.read_bytes())
    with create_project(project_location) as project:
        first = import_documents(project, [path])
        again = import_documents(project, [path, copy])
        assert first[0].status == ImportStatus.IMPORTED
        assert [r.status for r in again] == [ImportStatus.DUPLICATE, ImportStatus.DUPLICATE]
        assert "already in the project as “plan.pdf”" in again[1].message
        assert _counts(project)[0] == 1
        # asked for a case, a duplicate says it was not assigned or moved (it was silent)
        (unassigned,) = import_documents(project, [copy], case="Osaka")
        assert unassigned.message == (
            "copy-of-plan.pdf: already in the project as “plan.pdf” (same content), in no "
            "case; not assigned to “Osaka”"
        )
        plan_id = first[0].document_id
        assert plan_id is not None
        writes.assign_documents(project, writes.add_case(project, "浜松市"), [plan_id])
        (kept,) = import_documents(project, [copy], case="Osaka")
        assert kept.message.endswith("(same content), in case “浜松市”; not moved to “Osaka”")
        (same,) = import_documents(project, [copy], case="浜松市")
        assert same.message.endswith("as “plan.pdf” (same content)")
        assert [d.case_id for d in workspace.documents(project)] == [
            c.id for c in cases.list_cases(project) if c.name == "浜松市"
        ]


def test_failures_leave_the_project_exactly_unchanged(
    project_location: str, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    bomb = documents.zip_bomb_docx(tmp_path / "bomb.docx")
    big = tmp_path / "big.txt"
    big.write_text("あ" * 100_000, encoding="utf-8")  # 0.3 MB
    with create_project(project_location) as project:
        before = _counts(project)
        results = import_documents(
            project,
            [empty, bomb, big, tmp_path / "missing.pdf"],
            case="New case",
            options=ImportOptions(limits=ImportLimits(max_file_bytes=200_000)),
        )
        assert all(r.status == ImportStatus.FAILED for r in results)
        assert "empty.pdf: the file is empty" in results[0].message
        assert "bomb.docx: refused" in results[1].message
        assert (
            "big.txt: the file is 293.0 KiB (300,000 bytes), over the import limit of "
            "195.3 KiB (200,000 bytes)" in results[2].message
        )
        assert "missing.pdf: cannot be read" in results[3].message
        assert _counts(project) == before  # not even the case was created


def test_a_file_the_full_project_cannot_store_is_named_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure on the project's side (here its log cannot grow, as on a full disk) names the
    document being imported as well as the project and the reason; nothing is stored."""
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "1")  # no worker starts under the limit
    location = tmp_path / "study.fqda"
    long = tmp_path / "long300.txt"
    long.write_text("多文化共生の推進について。\n" * 3000, encoding="utf-8")  # 120 KB
    short = tmp_path / "short.txt"
    short.write_text("外国人市民会議", encoding="utf-8")
    with create_project(str(location)) as project:
        before = _counts(project)
        keeper = sqlite3.connect(location)  # keeps the shared-memory file: only writes fail
        keeper.execute("SELECT count(*) FROM documents").fetchall()
        keeper.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # its log starts empty
        try:
            with files_cannot_grow(65_536):
                results = import_documents(project, [long, short])
        finally:
            keeper.close()
        assert [r.status for r in results] == [ImportStatus.FAILED, ImportStatus.IMPORTED]
        assert results[0].message == (
            f"long300.txt: not stored: {location}: the disk failed to read or write "
            "(disk I/O error)"
        )
        assert _counts(project)[0] == before[0] + 1  # only the short one, after the failure


def test_password_prompt_is_asked_until_right(project_location: str, tmp_path: Path) -> None:
    path = documents.encrypted_pdf(
        tmp_path / "secret.pdf", "Hate speech ordinance", user_password="pw", owner_password="o"
    )
    asked: list[bool] = []

    def prompt(_path: Path, wrong: bool) -> str | None:
        asked.append(wrong)
        return "nope" if len(asked) == 1 else "pw"

    with create_project(project_location) as project:
        [missing] = import_documents(project, [path])
        assert missing.status == ImportStatus.FAILED and missing.needs_password
        assert "needs a password" in missing.message
        [wrong] = import_documents(project, [path], password="nope")
        assert "password is wrong" in wrong.message
        [ok] = import_documents(project, [path], password=prompt)
        assert ok.status == ImportStatus.IMPORTED
        assert asked == [False, True]


def test_cancel_stops_before_the_next_file(project_location: str, tmp_path: Path) -> None:
    paths = [documents.japanese_pdf(tmp_path / f"p{i}.pdf", pages=i + 1) for i in range(3)]
    cancel = threading.Event()

    def progress(event: ImportProgress) -> None:
        if event.result is not None and event.file_index == 0:
            cancel.set()

    with create_project(project_location) as project:
        results = import_documents(project, paths, progress=progress, cancel=cancel)
        assert [r.status for r in results] == [
            ImportStatus.IMPORTED,
            ImportStatus.CANCELLED,
            ImportStatus.CANCELLED,
        ]
        assert _counts(project)[0] == 1


@pytest.mark.parametrize("pool", [False, True], ids=["in-process", "pool-running"])
def test_cancel_during_a_pdf_stores_nothing_of_it(
    project_location: str, tmp_path: Path, pool: bool
) -> None:
    """Cancel at the PDF's first page report, whether its pages are read here or by a running
    pool (the GUI keeps one up; its chunks may report several pages at once, or all of them)."""
    path = documents.japanese_pdf(tmp_path / "long.pdf", pages=5)
    if pool:
        workers.pool().submit(int, 1).result()  # up and running, as in the GUI
    else:
        workers.shutdown()
    cancel = threading.Event()

    def progress(event: ImportProgress) -> None:
        if event.total == 5 and event.done > 0:
            cancel.set()

    with create_project(project_location) as project:
        [result] = import_documents(project, [path], progress=progress, cancel=cancel)
        assert cancel.is_set() and result.status == ImportStatus.CANCELLED
        assert _counts(project) == (0, 0, 0, 0)


def test_the_walkthroughs_wrong_types_are_refused_and_the_note_is_stored(
    project_location: str, tmp_path: Path
) -> None:
    """echo hello > notazip.qdpx; echo 'a,b' > bad3.csv; echo hello > bad2.xyz: the first two
    were stored as text documents, and bad2.xyz said "duplicate" of notazip.qdpx. Now they are
    refused by their names, before a duplicate is looked for (a .qdpx with a stored document's
    bytes is still a REFI-QDA project), and bad2.xyz, read as text, carries a note saying so."""
    qdpx, csv, xyz = tmp_path / "notazip.qdpx", tmp_path / "bad3.csv", tmp_path / "bad2.xyz"
    qdpx.write_text("hello\n")
    csv.write_text("a,b\n")
    xyz.write_text("hello\n")
    with create_project(project_location) as project:
        results = import_documents(project, [qdpx, csv, xyz, qdpx])
        assert [r.status for r in results] == [
            ImportStatus.FAILED,
            ImportStatus.FAILED,
            ImportStatus.IMPORTED,
            ImportStatus.FAILED,  # not "duplicate" of bad2.xyz
        ]
        assert "import-qdpx" in results[0].message and results[3].message == results[0].message
        assert results[1].message.startswith("bad3.csv: a spreadsheet, not a document")
        note = ".xyz is not a document extension; read by its content as text"
        assert results[2].warnings == [note]
        with project.session() as session:
            [document] = session.scalars(select(model.Document)).all()
            assert document.name == "bad2.xyz" and document.import_notes == note
