"""An auto-drafted summary stays a draft (``chart_cells.draft``) until the researcher edits or
accepts it: the charting stage counts it as still to do, and REFI-QDA and merge carry it."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from lxml import etree
from sqlalchemy import create_engine, select

from frameworkqda.core import charting, commands, model
from frameworkqda.core.cell_agreement import charting_agreement
from frameworkqda.core.charting import chartings
from frameworkqda.core.charting.matrix import build_matrix
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx, markers
from frameworkqda.core.exports.agreement_export import cells_table
from frameworkqda.core.merge import merge_project
from frameworkqda.core.progress import stage_progress
from frameworkqda.core.store import Project, create_project, migrate, open_project
from tests import writes

NS = {"q": "urn:QDA-XML:project:1.0"}
QUOTES = "1 passage in osaka.txt.\n“consultation desk” (osaka.txt)"


def _cells(project: Project) -> tuple[int, int, int]:
    """A case and two measures of one theme."""
    theme = writes.add_code(project, "Anti-discrimination")
    desk = writes.add_code(project, "Consultation", parent_id=theme)
    law = writes.add_code(project, "Ordinance", parent_id=theme)
    return writes.add_case(project, "Osaka"), desk, law


def _draft(project: Project, case: int, code: int, text: str = QUOTES) -> None:
    """What "Auto-draft empty cells" writes (without coded text to draft from)."""
    with project.transaction() as session:
        charting.set_cell_in(session, case, code, summary=text, draft=True)


def _charting(project: Project) -> tuple[int, int, str]:
    figure = stage_progress(project)[3]
    return figure.done, figure.drafts, figure.label


def test_a_draft_is_to_do_until_edited_or_accepted(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.fqda") as project:
        case, desk, law = _cells(project)
        _draft(project, case, desk)
        assert _charting(project) == (0, 1, "0 of 2 cells charted, 1 draft to review")
        assert build_matrix(project).cells().iloc[0, 0].draft
        writes.set_cell(project, case, desk, value="Yes")  # a value alone: still a draft
        assert charting.cell_state(project, case, desk).draft
        assert _charting(project)[:2] == (0, 1)

        accept = commands.SetCell(case, desk, accept=True)
        accept.apply(project)
        assert accept.before_draft and not charting.cell_state(project, case, desk).draft
        assert _charting(project) == (1, 0, "1 of 2 cells charted")
        accept.revert(project)  # undo: the draft again
        assert charting.cell_state(project, case, desk).draft
        assert charting.cell_state(project, case, desk).summary == QUOTES

        writes.set_cell(project, case, desk, summary=QUOTES + " Checked.")  # edited: theirs
        assert not charting.cell_state(project, case, desk).draft
        _draft(project, case, law)
        writes.set_cell(project, case, law, summary="")  # cleared: no draft left
        state = charting.cell_state(project, case, law)
        assert (state.summary, state.draft) == ("", False)


def test_refi_qda_carries_a_draft(tmp_path: Path) -> None:
    """A draft's Note says so (``FrameworkQDA draft chart cell: <value>``) and comes back a
    draft; an accepted cell's Note is the plain chart cell's."""
    with create_project(tmp_path / "p.fqda") as project:
        case, desk, law = _cells(project)
        _draft(project, case, desk)
        writes.set_cell(project, case, desk, value="Partially")
        writes.set_cell(project, case, law, summary="条例あり")
        export_qdpx(project, tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        document = etree.fromstring(archive.read("project.qde"))
    described = sorted(document.xpath("//q:Note/q:Description/text()", namespaces=NS))
    assert f"{markers.DRAFT_CHART_CELL}: Partially" in described
    assert markers.CHART_CELL in described
    report = import_qdpx(tmp_path / "p.qdpx", tmp_path / "copy.fqda")
    assert report.lost == [] and report.imported["memos"] == 0
    with open_project(tmp_path / "copy.fqda") as copy:
        matrix = build_matrix(copy)
        drafted = {(c.summary, c.value, c.draft) for c in matrix.cells().iloc[0]}
    assert drafted == {(QUOTES, "Partially", True), ("条例あり", "", False)}


def test_merge_carries_a_draft_and_takes_an_acceptance(tmp_path: Path) -> None:
    """A cell new to the target comes over a draft if it was one; a draft here that the other
    copy accepted as it stands is accepted here too."""
    first, second = tmp_path / "hanako.fqda", tmp_path / "taro.fqda"
    with create_project(first) as project:
        case, desk, law = _cells(project)
        _draft(project, case, desk)
    shutil.copy(first, second)
    with open_project(second) as project:
        commands.SetCell(case, desk, accept=True).apply(project)
        _draft(project, case, law, "1 passage in kobe.txt.")
    with open_project(first) as project:
        merge_project(project, second)
        assert not charting.cell_state(project, case, desk).draft
        law_cell = charting.cell_state(project, case, law)
        assert (law_cell.summary, law_cell.draft) == ("1 passage in kobe.txt.", True)


def test_a_file_writes_over_a_draft_and_its_undo_puts_the_draft_back(tmp_path: Path) -> None:
    """``cell --from``: a summary from a file is the researcher's, over a draft too (the draft
    mark stayed on it), unless its ``draft`` column says true. Its undo puts each cell back
    as it was, a draft a draft (it came back the researcher's summary: the file's undo
    recorded the cell without its draft mark)."""
    theirs, marked = tmp_path / "theirs.csv", tmp_path / "marked.csv"
    theirs.write_text("case,code,summary\nOsaka,AD/Ordinance,条例あり\n", encoding="utf-8")
    marked.write_text(
        "case,code,summary,draft\nOsaka,AD/Consultation,引用,TRUE\n", encoding="utf-8"
    )
    with create_project(tmp_path / "p.fqda") as project:
        case, desk, law = _cells(project)
        with project.transaction() as session:
            session.get(model.Code, desk).parent.name = "AD"  # type: ignore[union-attr]
        _draft(project, case, law)
        stack = commands.UndoStack(project)
        stack.push(commands.ChartFromCsv(theirs))
        now = charting.cell_state(project, case, law)
        assert (now.summary, now.draft) == ("条例あり", False)
        stack.undo()
        back = charting.cell_state(project, case, law)
        assert (back.summary, back.draft) == (QUOTES, True)
        stack.redo()
        assert not charting.cell_state(project, case, law).draft
        stack.push(commands.ChartFromCsv(marked))
        drafted = charting.cell_state(project, case, desk)
        assert (drafted.summary, drafted.draft) == ("引用", True)
        stack.undo()
        assert not charting.cell_state(project, case, desk).exists
        stack.redo()
        assert charting.cell_state(project, case, desk).draft


def _auto_draft(project: Project, case: int, code: int) -> None:
    """What "Auto-draft empty cells" writes, by the project's coder."""
    commands.UndoStack(project).push(commands.DraftSummaries([charting.Draft(case, code, QUOTES)]))


def _own(project: Project, case: int, code: int) -> dict[str, tuple[str, bool]]:
    """Each coder's own summary of a cell and whether it is marked a draft."""
    return {c.coder: (c.summary, c.draft) for c in chartings.of_cell(project, case, code)}


def test_a_coders_draft_stays_a_draft_after_a_colleague_writes_the_cell(tmp_path: Path) -> None:
    """Hanako auto-drafts a cell and gives it a value; Taro writes his own summary and another
    value. Hanako's own charting still holds the quotes, and says they are a draft: they were
    shown in "Charted by" and in Compare coders (and its export) as her summary. REFI-QDA
    carries the mark; accepting a draft makes the acceptor's charting theirs, its undo not."""
    with create_project(tmp_path / "p.fqda") as project:
        case, desk, law = _cells(project)
        project.coder_name = "Hanako"
        _auto_draft(project, case, desk)
        writes.set_cell(project, case, desk, value="Yes")
        project.coder_name = "Taro"
        writes.set_cell(project, case, desk, summary="Taro's reading", value="No")
        assert _own(project, case, desk) == {
            "Hanako": (QUOTES, True),
            "Taro": ("Taro's reading", False),
        }
        compared = charting_agreement(project, "Hanako", "Taro")
        assert [(row.draft_a, row.draft_b) for row in compared.disagreements] == [(True, False)]
        for language, mark in (("en", "[draft] "), ("ja", "［下書き］")):
            rows = cells_table(compared, ("Hanako", "Taro"), language).rows
            assert rows[0][7:] == (mark + QUOTES, "Taro's reading")
        project.coder_name = "Hanako"  # Taro's summary is no draft: nothing to accept
        commands.SetCell(case, desk, accept=True).apply(project)
        assert _own(project, case, desk)["Hanako"] == (QUOTES, True)
        project.coder_name = "Taro"

        _auto_draft(project, case, law)  # by Taro; Hanako sets a value, then accepts it
        project.coder_name = "Hanako"
        writes.set_cell(project, case, law, value="Partially")
        assert _own(project, case, law)["Hanako"] == (QUOTES, True)  # begun as the cell was
        accept = commands.SetCell(case, law, accept=True)
        accept.apply(project)
        assert _own(project, case, law) == {"Hanako": (QUOTES, False), "Taro": (QUOTES, True)}
        accept.revert(project)
        assert _own(project, case, law)["Hanako"] == (QUOTES, True)

        export_qdpx(project, tmp_path / "p.qdpx")
    import_qdpx(tmp_path / "p.qdpx", tmp_path / "copy.fqda")
    with open_project(tmp_path / "copy.fqda") as copy:
        with copy.session() as session:
            case, desk = (
                session.scalars(select(model.ChartCell.case_id)).first(),
                session.scalars(
                    select(model.Code.id).where(model.Code.name == "Consultation")
                ).one(),
            )
        assert _own(copy, case, desk) == {  # type: ignore[arg-type]
            "Hanako": (QUOTES, True),
            "Taro": ("Taro's reading", False),
        }


def test_schema_0011_marks_the_chartings_that_hold_their_cells_draft(tmp_path: Path) -> None:
    """A project charted under schema 0010: a coder's charting that is its cell's draft, word
    for word, is taken as that draft; one that differs (the coder's own) is not."""
    from alembic import command

    path = tmp_path / "p.fqda"
    with create_project(path) as project:
        case, desk, law = _cells(project)
        project.coder_name = "Hanako"
        _draft(project, case, desk)
        writes.set_cell(project, case, desk, value="Yes")
        writes.set_cell(project, case, law, summary="条例あり")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0010")
    engine.dispose()
    with open_project(path) as project:
        assert project.schema_revision == migrate.head_revision()
        assert _own(project, case, desk) == {"Hanako": (QUOTES, True)}
        assert _own(project, case, law) == {"Hanako": ("条例あり", False)}
