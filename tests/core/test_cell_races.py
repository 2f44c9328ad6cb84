"""Two coders saving one chart cell at the same moment on PostgreSQL: the edit that waited on the
other's transaction is refused in one line, never a driver traceback, and nothing of it is
saved (core/charting/cells.py ``set_cell_in``). Each race is made deterministic: the other
coder's transaction stays open until this edit is seen waiting on its lock."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from frameworkqda.core import charting, model
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.commands import SetCell
from frameworkqda.core.errors import CellConflictError, NotFoundError
from frameworkqda.core.store import create_project
from tests.core.races import MEASURE, as_coder, race
from tests.writes import add_case, set_cell


@pytest.mark.postgres
def test_an_edit_waiting_on_another_coders_save_of_the_cell_is_a_conflict(
    postgres_url: str,
) -> None:
    with create_project(postgres_url, framework="mipex-local") as project:
        case_id = add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
        set_cell(project, case_id, code_id, summary="first")
    with as_coder(postgres_url, "hanako") as hanako, as_coder(postgres_url, "taro") as taro:
        loaded = charting.cell_edit(hanako, case_id, code_id).version

        def taro_saves(session: Session) -> None:
            taro_id = taro.coder(session).id
            charting.set_cell_in(session, case_id, code_id, summary="taro", coder_id=taro_id)

        edit = SetCell(case_id, code_id, "hanako", "Partially", expected_version=loaded)
        error = race(postgres_url, taro, taro_saves, edit, hanako)
        assert isinstance(error, CellConflictError), repr(error)
        assert str(error) == (
            f"cell Osaka × {MEASURE} was changed by another program while this edit was being "
            "saved; nothing was saved"
        )
        after = charting.cell_edit(hanako, case_id, code_id)
        assert (after.summary, after.value, after.coder) == ("taro", None, "taro")
        assert after.version == loaded + 1


@pytest.mark.postgres
def test_a_new_cell_saved_by_two_coders_at_once_is_a_conflict(postgres_url: str) -> None:
    with create_project(postgres_url, framework="mipex-local") as project:
        case_id = add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
    with as_coder(postgres_url, "hanako") as hanako, as_coder(postgres_url, "taro") as taro:

        def taro_creates(session: Session) -> None:
            taro_id = taro.coder(session).id
            charting.set_cell_in(session, case_id, code_id, summary="taro new", coder_id=taro_id)

        edit = SetCell(case_id, code_id, "hanako new", "Yes", expected_version=0)
        error = race(postgres_url, taro, taro_creates, edit, hanako)
        assert isinstance(error, CellConflictError), repr(error)
        message = str(error)
        assert message == (
            f"cell Osaka × {MEASURE} was created by another program while this edit was being "
            "saved; nothing was saved"
        )
        after = charting.cell_edit(hanako, case_id, code_id)
        assert (after.summary, after.coder, after.version) == ("taro new", "taro", 1)


@pytest.mark.postgres
def test_a_cell_of_a_case_deleted_meanwhile_is_said_to_be_gone(postgres_url: str) -> None:
    with create_project(postgres_url, framework="mipex-local") as project:
        case_id = add_case(project, "Nagoya")
        code_id = resolve_code(project, MEASURE)
    with as_coder(postgres_url, "hanako") as hanako, as_coder(postgres_url, "taro") as taro:

        def hanako_deletes(session: Session) -> None:
            session.delete(session.get(model.Case, case_id))

        edit = SetCell(case_id, code_id, "taro new cell", "No")
        error = race(postgres_url, hanako, hanako_deletes, edit, taro)
        assert isinstance(error, NotFoundError), repr(error)
        assert str(error) == (
            f"cell Nagoya × {MEASURE}: its case or measure was deleted by another program while "
            "this edit was being saved; nothing was saved"
        )


def test_an_edit_of_value_and_summary_is_one_version_step(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        case_id = add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
        first = SetCell(case_id, code_id, "new cell", "Yes", expected_version=0)
        first.apply(project)
        assert first.version == 1
        second = SetCell(case_id, code_id, "changed", "No", expected_version=1)
        second.apply(project)
        assert second.version == 2
        assert charting.cell_edit(project, case_id, code_id).version == 2


def test_a_stale_version_of_ones_own_edit_is_said_plainly(project_location: str) -> None:
    with create_project(project_location, framework="mipex-local") as project:
        project.coder_name = "hanako"
        case_id = add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
        SetCell(case_id, code_id, summary="one", expected_version=0).apply(project)
        SetCell(case_id, code_id, summary="two", expected_version=1).apply(project)
        with pytest.raises(CellConflictError) as refused:
            SetCell(case_id, code_id, summary="three", expected_version=1).apply(project)
    message = str(refused.value)
    assert message.startswith(f"cell Osaka × {MEASURE} was changed since version 1 (by you, at ")
    assert message.endswith("UTC; it is at version 2 now); nothing was saved")
    assert "hanako" not in message


@pytest.mark.postgres
def test_a_memo_or_definition_saved_while_another_coders_save_waits_is_a_conflict(
    postgres_url: str,
) -> None:
    """Hanako and Taro both save the project memo (and a code's definition) begun on the same
    text at the same moment: Hanako's waited on Taro's row lock, then wrote over his text
    (the check read the text before his commit). Now it is refused, naming him."""
    from frameworkqda.core import memos
    from frameworkqda.core.commands import SetMemo, UpdateCode
    from frameworkqda.core.errors import TextConflictError

    with create_project(postgres_url, framework="mipex-local") as project:
        code_id = resolve_code(project, MEASURE)
        SetMemo("project", None, "First thoughts.").apply(project)
    hanako, taro = as_coder(postgres_url, "Hanako"), as_coder(postgres_url, "Taro")
    try:

        def taro_saves_memo(session: Session) -> None:
            memos.set_memo_in(session, "project", None, "Taro's memo", taro.coder(session).id)

        raised = race(
            postgres_url,
            taro,
            taro_saves_memo,
            SetMemo("project", None, "Hanako's", expected="First thoughts."),
            hanako,
        )
        assert isinstance(raised, TextConflictError), raised
        assert "changed by Taro" in str(raised)
        assert memos.memo_text(hanako, "project", None) == "Taro's memo"

        def taro_saves_definition(session: Session) -> None:
            session.get(model.Code, code_id).definition = "Taro's definition"  # type: ignore[union-attr]

        with hanako.session() as session:
            before = session.get(model.Code, code_id).definition  # type: ignore[union-attr]
        edit = UpdateCode(code_id, definition="Hanako's", expected_definition=before)
        raised = race(postgres_url, taro, taro_saves_definition, edit, hanako)
        assert isinstance(raised, TextConflictError), raised
        with hanako.session() as session:
            assert session.get(model.Code, code_id).definition == "Taro's definition"  # type: ignore[union-attr]
    finally:
        hanako.close()
        taro.close()
