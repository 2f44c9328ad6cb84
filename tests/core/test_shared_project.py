"""Several programs on one project: each sees what the others commit, and a cell edit made on
an older load is caught, never written over someone's newer one (core/store/changes.py,
core/charting/conflicts.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from frameworkqda.core import charting, coding, model
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.commands import SetCell
from frameworkqda.core.errors import CellConflictError
from frameworkqda.core.store import Project, create_project, open_project
from tests.core.engine_helpers import add_document
from tests.writes import add_case, add_segment, set_cell

MEASURE = "Education/Consultation service"


def _study(where: str) -> tuple[int, int, int]:
    """A project with one case, one document of it; (case, code, document) ids."""
    with create_project(where, framework="mipex-local") as project:
        case_id = add_case(project, "Hamamatsu")
        document_id = add_document(
            project, "plan", "浜松市は外国人相談窓口を設けている。" * 3, case_id
        )
        code_id = resolve_code(project, MEASURE)
    return case_id, code_id, document_id


def _as(where: str, coder: str) -> Project:
    project = open_project(where)
    project.coder_name = coder
    return project


def test_each_program_sees_what_the_other_committed_and_not_its_own(
    project_location: str,
) -> None:
    case_id, code_id, document_id = _study(project_location)
    with _as(project_location, "Hanako") as a, _as(project_location, "Taro") as b:
        seen = b.change_count()
        add_segment(a, document_id, code_id, 0, 9)
        found = b.changes_since(seen)
        assert found.kinds == {"segments"}
        seen = found.count

        set_cell(a, case_id, code_id, summary="窓口あり")
        found = b.changes_since(seen)
        assert (found.kinds, found.cells) == ({"cells"}, ((case_id, code_id),))
        seen = found.count

        set_cell(b, case_id, code_id, value="Yes")  # B's own write is not news to B
        assert not b.changes_since(seen).any
        assert a.changes_since(seen).kinds == {"cells"}
        assert b.changes_since(b.change_count()).count == b.change_count()


def test_a_write_outside_a_command_says_everything_changed(project_location: str) -> None:
    _study(project_location)
    with _as(project_location, "Hanako") as a, _as(project_location, "Taro") as b:
        seen = b.change_count()
        with a.transaction() as session:
            session.add(model.Case(name="Kawasaki"))
        found = b.changes_since(seen)
        assert found.kinds == {"*"} and found.cells is None


def test_an_edit_made_on_an_older_version_is_refused_naming_who_changed_it(
    project_location: str,
) -> None:
    case_id, code_id, _ = _study(project_location)
    with _as(project_location, "Hanako") as a, _as(project_location, "Taro") as b:
        set_cell(a, case_id, code_id, summary="first")
        loaded_by_b = charting.cell_state(b, case_id, code_id).version
        SetCell(case_id, code_id, summary="Hanako's", expected_version=loaded_by_b).apply(a)

        stale = SetCell(case_id, code_id, summary="Taro's", expected_version=loaded_by_b)
        with pytest.raises(CellConflictError, match=r"was changed by Hanako at .* UTC") as caught:
            stale.apply(b)
        assert "Hamamatsu × Education/Consultation service" in str(caught.value)
        assert charting.cell_edit(b, case_id, code_id).summary == "Hanako's"

        # keeping mine: the edit made again on the version now there
        now = charting.cell_edit(b, case_id, code_id)
        SetCell(case_id, code_id, summary="Taro's", expected_version=now.version).apply(b)
        assert charting.cell_edit(a, case_id, code_id).coder == "Taro"


def test_a_cell_someone_created_meanwhile_is_not_overwritten(project_location: str) -> None:
    case_id, code_id, _ = _study(project_location)
    with _as(project_location, "Hanako") as a, _as(project_location, "Taro") as b:
        set_cell(a, case_id, code_id, value="Yes")
        with pytest.raises(CellConflictError, match="Hanako"):
            SetCell(case_id, code_id, value="No", expected_version=0).apply(b)


def test_undo_and_redo_of_an_edit_move_the_version_on(project_location: str) -> None:
    case_id, code_id, _ = _study(project_location)
    with _as(project_location, "Hanako") as a:
        edit = SetCell(case_id, code_id, summary="x", expected_version=0)
        edit.apply(a)
        assert edit.version == 1
        edit.revert(a)
        edit.apply(a)  # redo: what the edit wrote, whatever version it is at now
        assert charting.cell_edit(a, case_id, code_id).summary == "x"


def test_undoing_an_edit_someone_changed_since_says_who_first(project_location: str) -> None:
    """Hanako's two edits undone in turn overwrite nothing of anyone's (her own undo raises the
    version, so this is judged by content); once Taro has changed the cell, undoing her edit
    would put back what he replaced: ``overwrites`` names him, so the front can ask."""
    case_id, code_id, _ = _study(project_location)
    with _as(project_location, "Hanako") as a, _as(project_location, "Taro") as b:
        summary = SetCell(case_id, code_id, summary="窓口あり")
        value = SetCell(case_id, code_id, value="Yes")
        summary.apply(a)
        value.apply(a)
        assert value.overwrites(a) is None
        value.revert(a)
        assert summary.overwrites(a) is None  # her own undo changed the version, not the text
        value.apply(a)
        set_cell(b, case_id, code_id, summary="窓口は平日のみ")
        assert value.overwrites(a) is None  # undoing her value leaves his summary alone
        said = summary.overwrites(a)
        assert said is not None and "Taro" in said and "Hamamatsu" in said
        set_cell(b, case_id, code_id, value="No")
        said = value.overwrites(a)
        assert said is not None and "Taro" in said
        value.revert(a)  # asked, answered "undo anyway": her value undone, his summary kept
        cell = charting.cell_edit(a, case_id, code_id)
        assert (cell.value, cell.summary) == (None, "窓口は平日のみ")


def test_redoing_an_edit_someone_changed_since_the_undo_says_who_first(
    project_location: str,
) -> None:
    """Hanako undoes her edit; Taro then writes the cell. Redoing hers would write over his:
    ``overwrites`` names him. With nothing changed since the undo, a redo overwrites nothing."""
    case_id, code_id, _ = _study(project_location)
    with _as(project_location, "Hanako") as a, _as(project_location, "Taro") as b:
        edit = SetCell(case_id, code_id, summary="窓口あり")
        edit.apply(a)
        edit.revert(a)
        assert edit.overwrites(a) is None  # the cell is as her undo left it
        set_cell(b, case_id, code_id, summary="窓口は平日のみ")
        said = edit.overwrites(a)
        assert said is not None and "Taro" in said and "Hamamatsu" in said
        edit.apply(a)  # asked, answered "redo anyway"
        assert charting.cell_edit(a, case_id, code_id).summary == "窓口あり"
        assert edit.overwrites(a) is None


def test_the_coder_defaults_to_the_role_on_postgresql(tmp_path: object) -> None:
    project = Project.__new__(Project)
    from frameworkqda.core.store import ProjectLocation

    project.location = ProjectLocation.parse("postgresql://taro@db.example/study")
    assert project.default_coder_name() == "taro"


# --- two programs on one PostgreSQL project --------------------------------------------------

# Program A: codes a passage and charts the cell as Taro, then exits.
PROGRAM_A = textwrap.dedent(
    """
    import sys
    from frameworkqda.core.commands import AddSegment, SetCell
    from frameworkqda.core.store import open_project

    where, case_id, code_id, document_id = sys.argv[1], *map(int, sys.argv[2:5])
    with open_project(where) as project:
        project.coder_name = "Taro"
        AddSegment(document_id, code_id, 0, 9).apply(project)
        SetCell(case_id, code_id, summary="相談窓口は平日のみ", value="Partially").apply(project)
    print("done", flush=True)
    """
)


def _run_a(where: str, case_id: int, code_id: int, document_id: int) -> None:
    program = subprocess.run(
        [sys.executable, "-c", PROGRAM_A, where, str(case_id), str(code_id), str(document_id)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert program.returncode == 0, program.stderr
    assert program.stdout.strip() == "done"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frameworkqda", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.postgres
def test_two_programs_on_postgresql_see_each_other_and_catch_a_conflicting_cell(
    postgres_url: str,
) -> None:
    case_id, code_id, document_id = _study(postgres_url)
    with _as(postgres_url, "Hanako") as b:  # B stays open the whole time
        seen = b.change_count()
        loaded = charting.cell_state(b, case_id, code_id).version  # B opens the empty cell
        assert loaded == 0 and coding.segments_of_document(b, document_id) == []

        _run_a(postgres_url, case_id, code_id, document_id)

        found = b.changes_since(seen)
        assert found.kinds == {"segments", "cells"}
        assert found.cells is None  # the segment's entry names no cells: the matrix reloads
        segments = coding.segments_of_document(b, document_id)
        assert [(s.start, s.end, s.code_id) for s in segments] == [(0, 9, code_id)]

        mine = SetCell(case_id, code_id, summary="窓口あり", expected_version=loaded)
        with pytest.raises(CellConflictError, match="was changed by Taro"):
            mine.apply(b)
        cell = charting.cell_edit(b, case_id, code_id)
        assert (cell.summary, cell.value, cell.coder) == ("相談窓口は平日のみ", "Partially", "Taro")
        theirs = cell.version

    # the CLI: --show gives the version; an edit on an older one is refused in one line
    shown = _cli("cell", postgres_url, "--case", "Hamamatsu", "--code", MEASURE, "--show")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(f"version {theirs} · Partially · by Taro ")
    refused = _cli(
        "cell", postgres_url, "--case", "Hamamatsu", "--code", MEASURE,
        "--summary", "上書き", "--if-version", "0", "--coder", "Hanako",
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert refused.stderr.startswith(
        "frameworkqda: cell Hamamatsu × Education/Consultation service was changed by Taro at "
    )
    assert "nothing was saved" in refused.stderr
    accepted = _cli(
        "cell", postgres_url, "--case", "Hamamatsu", "--code", MEASURE,
        "--summary", "上書き", "--if-version", str(theirs), "--coder", "Hanako", "--show",
    )  # fmt: skip
    assert accepted.returncode == 0, accepted.stderr
    assert accepted.stdout.startswith(f"version {theirs + 1} · Partially · by Hanako ")
