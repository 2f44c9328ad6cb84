"""Merging another coder's copy of a study (core/merge.py), on SQLite and PostgreSQL.

TARGET and OTHER are built by the same builder (so their GUIDs differ: codes match by path);
OTHER then gets a second coder's work. The REFI-QDA case exports OTHER and merges the .qdpx.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from frameworkqda.core import model
from frameworkqda.core.charting.chartings import of_cell
from frameworkqda.core.codebook import add_code_in, resolve
from frameworkqda.core.coding import add_segment_in
from frameworkqda.core.exchange.refi import export_qdpx
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.merge import MergeCancelled, MergeSummary, merge_project
from frameworkqda.core.store import Project, create_project, open_project
from tests import writes
from tests.core.refi.builders import build_rich_project

CAROL_CELL = "Only in Japanese on paper"


def _real_hashes(project: Project) -> None:
    """The builder writes placeholder hashes; merging matches documents by the real ones."""
    with project.transaction() as s:
        for document_id, data in s.execute(
            select(model.DocumentFile.document_id, model.DocumentFile.data)
        ):
            s.execute(
                update(model.Document)
                .where(model.Document.id == document_id)
                .values(sha256=hashlib.sha256(data).hexdigest())
            )


def build_target(where: str) -> Project:
    project = build_rich_project(where)
    _real_hashes(project)
    return project


def build_other(path: Path) -> Path:
    """The same study, with carol's coding, a new code, case and document, and one cell that
    disagrees with TARGET's (Tokyo × Information/Multilingual: No instead of Yes)."""
    with build_target(str(path)) as project:
        project.coder_name = "carol"
        with project.transaction() as s:
            carol = project.coder(s).id
            ja = s.scalar(select(model.Document.id).where(model.Document.name == "tokyo-plan"))
            assert ja is not None
            multi = resolve(s, "Information/Multilingual")
            add_segment_in(s, ja, multi, 1, 10, coder_id=carol, note="carol agrees")
            translation = add_code_in(
                s, "Translation", parent_id=resolve(s, "Information"), definition="翻訳"
            )
            segment = add_segment_in(s, ja, translation, 12, 18, coder_id=carol)
            s.add(model.Memo(text="翻訳の例", segment_id=segment, coder_id=carol))
            nagoya = model.Case(name="Nagoya", position=2)
            s.add(nagoya)
            s.flush()
            population = s.scalar(
                select(model.AttributeDefinition.id).where(
                    model.AttributeDefinition.name == "population"
                )
            )
            s.add(
                model.CaseAttributeValue(
                    case_id=nagoya.id, attribute_id=population, value_number=2_330_000
                )
            )
            text = "名古屋市の多文化共生推進プラン。"
            doc = model.Document(
                name="nagoya-plan",
                kind=model.DocumentKind.TEXT,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                language="ja",
                text=text,
                case_id=nagoya.id,
                position=3,
            )
            s.add(doc)
            s.flush()
            s.add(model.DocumentFile(document_id=doc.id, data=text.encode()))
            add_segment_in(s, doc.id, translation, 0, 3, coder_id=carol)
            no = s.scalar(select(model.ChartValue.id).where(model.ChartValue.label == "No"))
            tokyo = s.scalar(select(model.Case.id).where(model.Case.name == "Tokyo"))
            cell = s.scalars(
                select(model.ChartCell).where(
                    model.ChartCell.case_id == tokyo, model.ChartCell.code_id == multi
                )
            ).one()
            cell.value_id, cell.summary, cell.coder_id = no, CAROL_CELL, carol
            s.add(
                model.ChartCell(
                    case_id=nagoya.id, code_id=translation, summary="やさしい日本語", coder_id=carol
                )
            )
    return path


def dump(project: Project) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    """Every row of every table, by primary key; not the change log every write keeps."""
    tables: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]] = {}
    with project.engine.connect() as connection:
        for table in model.Base.metadata.sorted_tables:
            if table.name == "change_log":
                continue
            keys = [column.name for column in table.primary_key.columns]
            columns = [column for column in table.columns if column.name != "change_count"]
            rows = connection.execute(select(*columns)).mappings()
            tables[table.name] = {
                tuple(row[key] for key in keys): tuple(row.values()) for row in rows
            }
    return tables


@pytest.fixture
def target(project_location: str) -> Iterator[Project]:
    with build_target(project_location) as project:  # closed: no server connection left open
        yield project


@pytest.fixture
def other(tmp_path: Path) -> Path:
    return build_other(tmp_path / "other.fqda")


def _cell_memo(project: Project, case: str, path: str) -> tuple[str, str, str]:
    with project.session() as s:
        cell = s.scalars(
            select(model.ChartCell)
            .join(model.Case)
            .where(model.Case.name == case, model.ChartCell.code_id == resolve(s, path))
        ).one()
        memo = s.scalar(select(model.Memo.text).where(model.Memo.cell_id == cell.id))
        value = cell.value.label if cell.value else ""
        return value, cell.summary, memo or ""


def test_merge_adds_the_other_coders_work_and_changes_nothing_of_target(
    target: Project, other: Path
) -> None:
    before = dump(target)
    summary = merge_project(target, other)
    after = dump(target)

    assert summary.added["coder"] == 1  # carol
    assert summary.added["code"] == 1  # Information/Translation, under its matched parent
    assert summary.added["case"] == 1 and summary.added["document"] == 1
    assert summary.added["segment"] == 3
    assert summary.added["chart cell"] == 1
    assert summary.matched["document"] == 3 and summary.matched["code"] == 4
    assert summary.matched["segment"] == 7  # the builder's own segments, already here
    assert (
        len(summary.conflicts) == 1 and "Tokyo × Information/Multilingual" in (summary.conflicts[0])
    )
    # Every row TARGET had is as it was: carol's value arrived as her charting, not in a memo.
    for table, rows in before.items():
        for key, row in rows.items():
            assert after[table][key] == row, (table, key)
    assert "both kept: theirs as carol's charting" in summary.conflicts[0]

    with target.session() as s:
        nagoya = s.scalars(select(model.Document).where(model.Document.name == "nagoya-plan")).one()
        assert nagoya.case is not None and nagoya.case.name == "Nagoya"
        assert (
            s.scalar(
                select(model.DocumentFile.data).where(model.DocumentFile.document_id == nagoya.id)
            )
            == "名古屋市の多文化共生推進プラン。".encode()
        )
        carols = s.scalars(
            select(model.Segment).join(model.Coder).where(model.Coder.name == "carol")
        ).all()
        assert len(carols) == 3
        assert (
            s.scalar(
                select(model.Memo.text).where(
                    model.Memo.segment_id.in_([segment.id for segment in carols])
                )
            )
            == "翻訳の例"
        )


def test_merging_twice_adds_nothing(target: Project, other: Path) -> None:
    merge_project(target, other)
    once = dump(target)
    again = merge_project(target, other)
    assert again.nothing_added, again.lines()
    assert dump(target) == once
    assert again.matched["segment"] == 10


def _chartings(project: Project, case: str, path: str) -> dict[str, tuple[str, str]]:
    """Each coder's charting of one cell: coder -> (value, summary)."""
    with project.session() as s:
        case_id = s.scalar(select(model.Case.id).where(model.Case.name == case))
        code_id = resolve(s, path)
    assert case_id is not None
    return {c.coder: (c.value or "", c.summary) for c in of_cell(project, case_id, code_id)}


def test_a_conflicting_cell_keeps_both(target: Project, other: Path) -> None:
    summary = merge_project(target, other)
    value, cell_summary, memo = _cell_memo(target, "Tokyo", "Information/Multilingual")
    assert (value, cell_summary) == ("Yes", "Leaflets in 14 languages")  # TARGET's kept
    assert memo == "Check leaflets"  # untouched: the other's value is carol's charting now
    assert _chartings(target, "Tokyo", "Information/Multilingual")["carol"] == ("No", CAROL_CELL)
    assert (
        "Yes here, No in other.fqda (both kept: theirs as carol's charting)"
        in (summary.conflicts[0])
    )


def test_one_coder_charting_a_cell_differently_in_both_keeps_theirs_in_the_memo(
    target: Project, tmp_path: Path
) -> None:
    """carol charted Tokyo × Multilingual in both copies, differently: TARGET's charting stays
    (nothing of TARGET changes but the memo), the other's lands in the cell's memo, and a second
    merge adds nothing."""
    other = build_other(tmp_path / "other.fqda")
    target.coder_name = "carol"
    with target.session() as s:
        tokyo = s.scalar(select(model.Case.id).where(model.Case.name == "Tokyo"))
        multi = resolve(s, "Information/Multilingual")
    assert tokyo is not None
    writes.set_cell(target, tokyo, multi, value="Partially", summary="Some leaflets")
    summary = merge_project(target, other)
    assert _chartings(target, "Tokyo", "Information/Multilingual")["carol"] == (
        "Partially",
        "Some leaflets",
    )
    _, _, memo = _cell_memo(target, "Tokyo", "Information/Multilingual")
    assert "From other.fqda by carol (" in memo and f"): No — {CAROL_CELL}" in memo
    lines = "\n".join(summary.conflicts)
    assert "carol's charting of Tokyo × Information/Multilingual: Partially here, No" in lines
    once = dump(target)
    assert merge_project(target, other).nothing_added
    assert dump(target) == once


def test_a_failure_leaves_target_untouched(target: Project, other: Path) -> None:
    before = dump(target)
    calls = iter(range(100))
    with pytest.raises(MergeCancelled):
        merge_project(target, other, cancel=_CancelAt(calls, 5))  # during segments
    assert dump(target) == before


def test_ambiguities_are_reported_and_skipped(target: Project, tmp_path: Path) -> None:
    other = build_other(tmp_path / "other.fqda")
    with open_project(other) as project, project.transaction() as s:
        s.execute(  # the same name, another file: which is it?
            update(model.Document)
            .where(model.Document.name == "osaka-plan")
            .values(sha256="f" * 64)
        )
        s.execute(  # population is an integer in TARGET
            update(model.AttributeDefinition)
            .where(model.AttributeDefinition.name == "population")
            .values(kind=model.AttributeKind.TEXT)
        )
    summary = merge_project(target, other)
    skipped = "\n".join(summary.skipped)
    assert "document 'osaka-plan': a different file has this name here" in skipped
    assert "attribute 'population' is whole number here but text" in skipped
    assert summary.added["document"] == 1  # nagoya-plan only


def test_merge_a_refi_qda_export(target: Project, other: Path, tmp_path: Path) -> None:
    qdpx = tmp_path / "other.qdpx"
    with open_project(other) as project:
        export_qdpx(project, qdpx)
    summary = merge_project(target, qdpx)
    assert summary.source == str(qdpx)
    assert summary.added["coder"] == 1 and summary.added["document"] == 1
    assert summary.added["segment"] == 3, summary.lines()
    assert any("Tokyo × Information/Multilingual" in line for line in summary.conflicts)
    # carol's value travelled in the .qdpx as her charting (the cell's Note) and is kept so
    assert _chartings(target, "Tokyo", "Information/Multilingual")["carol"] == ("No", CAROL_CELL)
    again = merge_project(target, qdpx)
    assert again.nothing_added, again.lines()


def test_a_killed_merges_folder_is_swept_and_a_live_ones_kept(
    target: Project, other: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge of a .qdpx works in a throw-away project in the system's temporary folder,
    named after its process; the next merge deletes what a killed one left (its process is
    gone) and leaves alone what a running one (here a sleeping process, and this one) has."""
    system_tmp = tmp_path / "tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    qdpx = tmp_path / "other.qdpx"
    with open_project(other) as project:
        export_qdpx(project, qdpx)
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = system_tmp / f"fqda-{int(ended.stdout)}-merge-6vrd6geh"  # as a kill -9 leaves it
    dead.mkdir()
    (dead / "other.fqda").write_bytes(b"x" * 1000)
    (dead / ".other.fqda.importing-1").write_bytes(b"x")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = system_tmp / f"fqda-{sleeper.pid}-merge-abcd1234"
        running.mkdir()
        (running / "other.fqda").write_bytes(b"x")
        seen: list[list[str]] = []

        def look(*_: object) -> None:  # while merging: its own folder, named after this pid
            seen.append(sorted(p.name for p in system_tmp.iterdir()))

        merge_project(target, qdpx, progress=look)
        assert not dead.exists()
        assert (running / "other.fqda").exists()
        assert seen and all(
            any(name.startswith(f"fqda-{os.getpid()}-merge-") for name in names) for names in seen
        )
        assert sorted(p.name for p in system_tmp.iterdir()) == [running.name]  # its own went
    finally:
        sleeper.kill()
        sleeper.wait()


def test_summary_lines() -> None:
    summary = MergeSummary("t.fqda", "o.fqda")
    summary.added["segment"] += 2
    summary.matched["code"] += 1
    assert summary.lines() == [
        "merged o.fqda into t.fqda",
        "matched: 1 code",
        "added: 2 segments",
        "conflicts: none",
        "skipped: nothing",
    ]


def test_a_project_is_not_merged_into_itself(tmp_path: Path) -> None:
    from frameworkqda.core.errors import ValidationError

    path = tmp_path / "study.fqda"
    with build_target(str(path)) as project, pytest.raises(ValidationError, match="itself"):
        merge_project(project, path)


class _CancelAt:
    """A cancel flag (``is_set``, as a threading.Event) that turns on at its n-th question."""

    def __init__(self, calls: Iterator[int], at: int) -> None:
        self.calls, self.at = calls, at

    def is_set(self) -> bool:
        return next(self.calls) == self.at


def test_merging_a_qdpx_names_what_it_could_not_read(
    target: Project, other: Path, tmp_path: Path
) -> None:
    """A .qdpx whose source file is missing from the archive: import-qdpx says so, merge said
    "skipped: nothing" and left the document out without a word."""
    whole, broken = tmp_path / "other.qdpx", tmp_path / "broken.qdpx"
    with open_project(other) as project:
        export_qdpx(project, whole)
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(broken, "w") as copy:
        sources = [n for n in source.namelist() if n.startswith("sources/")]
        for name in source.namelist():
            if name != sources[0]:
                copy.writestr(source.getinfo(name), source.read(name))
    summary = merge_project(target, broken)
    assert any("is missing from the archive" in line for line in summary.skipped), summary.lines()
    assert "skipped: nothing" not in summary.lines()


PAGE_HTML = (
    "<html><head><meta charset='utf-8'><title>大阪市</title></head><body>"
    "<h1>多文化共生</h1><p>大阪市は、やさしい日本語で情報を届ける。</p>"
    "<p>相談窓口は十か国語に対応する。</p></body></html>"
)


def _html_study(path: Path, page: Path) -> tuple[Project, int, int]:
    """A project holding the web page ``page`` and a code; (project, document, code)."""
    project = create_project(path, name="Osaka")
    (result,) = import_documents(project, [page])
    assert result.document_id is not None
    return project, result.document_id, writes.add_code(project, "Information")


def _coded_and_memos(project: Project) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    with project.session() as s:
        segments = {
            (seg.document.name, seg.start, seg.end, seg.code.name)
            for seg in s.scalars(select(model.Segment))
        }
        memos = {
            (m.text, m.document_id is not None, m.segment_id is not None)
            for m in s.scalars(select(model.Memo))
        }
    return segments, memos


@pytest.mark.parametrize("copied", [True, False], ids=["copy", "imported-apart"])
def test_merging_a_qdpx_keeps_the_coding_of_an_html_document(tmp_path: Path, copied: bool) -> None:
    """A .qdpx carries an HTML page as its text, whose hash is not the page's: the document
    is found by its GUID (a copy of the project) or by its name and text (imported apart),
    and its segments and memos are merged, not skipped as "a different file"."""
    page = tmp_path / "osaka-web.html"
    page.write_text(PAGE_HTML, encoding="utf-8")
    target, _, _ = _html_study(tmp_path / "target.fqda", page)
    if copied:
        target.close()
        shutil.copy(tmp_path / "target.fqda", tmp_path / "other.fqda")
        other = open_project(tmp_path / "other.fqda")
        with other.session() as s:
            document = s.scalars(select(model.Document)).one().id
            code = s.scalars(select(model.Code)).one().id
    else:
        other, document, code = _html_study(tmp_path / "other.fqda", page)
    with other:
        with other.session() as s:
            text = s.get(model.Document, document).text
        at = text.index("やさしい日本語")
        segment = writes.add_segment(other, document, code, at, at + len("やさしい日本語"))
        writes.set_memo(other, "document", document, "市のウェブページ")
        writes.set_memo(other, "segment", segment, "易しい日本語の例")
        export_qdpx(other, tmp_path / "other.qdpx")
        expected = _coded_and_memos(other)
    with open_project(tmp_path / "target.fqda") as target:
        summary = merge_project(target, tmp_path / "other.qdpx")
        assert summary.skipped == [], summary.lines()
        assert summary.matched["document"] == 1 and summary.added["segment"] == 1
        assert _coded_and_memos(target) == expected


def test_a_cell_whose_summaries_alone_differ_says_so(tmp_path: Path) -> None:
    """Both copies value the cell Partially and summarise it differently: the report said
    "Partially here, Partially in study", as if nothing differed."""
    first = tmp_path / "hanako.fqda"
    with create_project(first) as project:
        project.coder_name = "Hanako"
        case = writes.add_case(project, "Osaka")
        code = writes.add_code(project, "Consultation")
        writes.set_cell(project, case, code, value="Partially", summary="相談窓口あり")
    second = tmp_path / "taro.fqda"
    shutil.copy(first, second)
    with open_project(second) as project:
        project.coder_name = "Taro"
        writes.set_cell(project, case, code, summary="週1回のみ")
    with open_project(first) as project:
        summary = merge_project(project, second)
    assert summary.conflicts == [
        "cell Osaka × Consultation: Partially on both sides, but the summaries differ here and "
        "in taro.fqda (both kept: theirs as Taro's charting)"
    ]


def test_free_memos_merge_as_free_memos(target: Project, other: Path) -> None:
    """A free memo of the other copy comes over as a free memo of its own under its title;
    one both copies have (its GUID) gets the other's text appended, as a memo on an item
    does; the project memo stays the one project memo. They all used to be appended to the
    project memo."""
    from frameworkqda.core import memos

    shared = "5A000000-0000-0000-0000-000000000001"
    with target.transaction() as s:
        s.add(model.Memo(title="Ideas", text="Compare the cities", guid=shared))
    with open_project(other) as project, project.transaction() as s:
        s.add(model.Memo(title="Ideas", text="Ask about interpreters", guid=shared))
        s.add(model.Memo(title="Fieldwork diary", text="Day one in Nagoya"))
    summary = merge_project(target, other)
    free = [(row.title, row.text) for row in memos.list_memos(target) if row.target == memos.FREE]
    assert free[0] == ("Fieldwork diary", "Day one in Nagoya")
    assert free[1][0] == "Ideas" and free[1][1].startswith("Compare the cities\n\n")
    assert free[1][1].endswith("\nAsk about interpreters") and len(free) == 2
    assert memos.memo_text(target, "project") == "Overall impressions"
    assert "free memo “Ideas”: both projects have it; other.fqda's text appended to it" in (
        summary.conflicts
    )
    once = dump(target)
    assert merge_project(target, other).nothing_added
    assert dump(target) == once
