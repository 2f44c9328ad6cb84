"""Two coders writing the first memo on one item at the same moment, each in a program of their
own (two engines on one SQLite file, two sessions on PostgreSQL): the project keeps one memo,
and the coder whose save waited on the other's gets the text conflict (theirs beside hers), or,
writing without a check (``memo set``, a redo asked over, a merge), writes into that one memo.
On PostgreSQL the store's unique index on a memo's item (schema 0008) makes the second insert
wait for the first's commit and refuses it; the save then reads the other's memo
(core/memos.py ``place_memo``). Two memos on one item were possible before: a first memo
written without the write lock (a code merge moving a memo) stood beside another's, and the
Memos list showed both, the dialog only the older. On SQLite every write holds the file's
write lock from its start, so the race never doubled a memo there; the tests hold it on both."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda.core import codebook, commands, memos, model
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.commands import SetMemo
from frameworkqda.core.errors import TextConflictError
from frameworkqda.core.merge import merge_project
from frameworkqda.core.store import Project, create_project
from tests.core.races import MEASURE, as_coder, race
from tests.writes import add_case, add_code, set_cell


@pytest.fixture
def study(project_location: str) -> dict[str, int | None]:
    with create_project(project_location, framework="mipex-local") as project:
        case_id = add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
        set_cell(project, case_id, code_id, summary="A consultation desk in 2019")
        with project.session() as session:
            cell = session.scalars(select(model.ChartCell.id)).one()
    return {"project": None, "case": case_id, "code": code_id, "cell": cell}


def _memos_on(project: Project, target: str, target_id: int | None) -> list[str]:
    with project.session() as session:
        return list(
            session.scalars(
                select(model.Memo.text)
                .where(*memos._where(target, target_id))
                .order_by(model.Memo.id)
            )
        )


@pytest.mark.parametrize("target", ["project", "case", "code", "cell"])
def test_a_first_memo_saved_by_two_coders_at_once_is_one_memo_and_a_conflict(
    project_location: str, study: dict[str, int | None], target: str
) -> None:
    """Taro writes the first memo (as `memo set`, a redo or a merge do: no text to compare)
    while Hanako saves hers from the dialog, begun on no memo. Hers waited on his save and
    now meets his text to keep or merge with hers; the item has one memo, his."""
    target_id = study[target]
    with as_coder(project_location, "Hanako") as hanako, as_coder(project_location, "Taro") as taro:

        def taro_writes(session: Session) -> None:
            memos.set_memo_in(session, target, target_id, "Taro's memo", taro.coder(session).id)

        edit = SetMemo(target, target_id, "Hanako's memo", expected="")
        raised = race(project_location, taro, taro_writes, edit, hanako)
        assert isinstance(raised, TextConflictError), raised
        assert raised.theirs == "Taro's memo" and raised.who == "Taro"
        assert _memos_on(hanako, target, target_id) == ["Taro's memo"]
        SetMemo(target, target_id, "Hanako's memo", expected=raised.theirs).apply(hanako)
        assert memos.memo_text(taro, target, target_id) == "Hanako's memo"  # she kept hers
        assert _memos_on(taro, target, target_id) == ["Hanako's memo"]


def test_two_first_memos_written_without_a_check_at_once_are_one_memo(
    project_location: str, study: dict[str, int | None]
) -> None:
    """Both write as `memo set` does (no text begun on): the one that waited writes into the
    other's memo, as it would a moment later; never a second memo beside it."""
    with as_coder(project_location, "Hanako") as hanako, as_coder(project_location, "Taro") as taro:

        def taro_writes(session: Session) -> None:
            memos.set_memo_in(session, "case", study["case"], "Taro's", taro.coder(session).id)

        raised = race(
            project_location, taro, taro_writes, SetMemo("case", study["case"], "Hanako's"), hanako
        )
        assert raised is None
        assert _memos_on(taro, "case", study["case"]) == ["Hanako's"]


def test_a_merge_bringing_a_memo_while_another_coder_writes_the_first_appends_to_it(
    project_location: str, study: dict[str, int | None], tmp_path: Path
) -> None:
    """File → Merge project of Jiro's copy, with a memo on Osaka, while Taro writes Osaka's
    first memo: the merge waits and appends Jiro's to Taro's, as it does to any memo there."""
    other = tmp_path / "jiro.fqda"
    with create_project(other, framework="mipex-local") as jiro:
        jiro.coder_name = "Jiro"
        SetMemo("case", add_case(jiro, "Osaka"), "Jiro's memo").apply(jiro)
    with as_coder(project_location, "Hanako") as hanako, as_coder(project_location, "Taro") as taro:

        def taro_writes(session: Session) -> None:
            memos.set_memo_in(session, "case", study["case"], "Taro's", taro.coder(session).id)

        raised = race(
            project_location, taro, taro_writes, lambda: merge_project(hanako, other), hanako
        )
        assert raised is None, raised
        [memo] = _memos_on(hanako, "case", study["case"])
        assert memo.startswith("Taro's\n\nFrom jiro.fqda by Jiro (") and memo.endswith(
            "):\nJiro's memo"
        )


@pytest.fixture
def two_codes(project_location: str) -> tuple[int, int]:
    """Code "Volunteers" with a memo, code "Interpreters" with none."""
    with create_project(project_location, framework="mipex-local") as project:
        project.coder_name = "Taro"
        volunteers = add_code(project, "Volunteers")
        interpreters = add_code(project, "Interpreters")
        SetMemo("code", volunteers, "Who volunteers").apply(project)
    return volunteers, interpreters


def test_a_first_memo_saved_while_a_merge_brings_one_is_a_conflict(
    project_location: str, two_codes: tuple[int, int]
) -> None:
    """Taro merges "Volunteers" (with its memo) into "Interpreters" while Hanako saves the
    first memo on "Interpreters" from the dialog, begun on none. The merge moved the memo
    without the write lock: on PostgreSQL her save made a second memo beside it. Now the
    store refuses it once his merge commits, and she meets his memo as a conflict."""
    volunteers, interpreters = two_codes
    with as_coder(project_location, "Hanako") as hanako, as_coder(project_location, "Taro") as taro:

        def taro_merges(session: Session) -> None:
            codebook.merge_codes_in(session, volunteers, interpreters)

        edit = SetMemo("code", interpreters, "Hanako's memo", expected="")
        raised = race(project_location, taro, taro_merges, edit, hanako)
        assert isinstance(raised, TextConflictError), raised
        assert raised.theirs == "Who volunteers"
        assert _memos_on(hanako, "code", interpreters) == ["Who volunteers"]


def test_a_merge_bringing_a_memo_while_a_first_memo_is_saved_joins_into_it(
    project_location: str, two_codes: tuple[int, int]
) -> None:
    """The other way round: Hanako's first memo on "Interpreters" is being saved while Taro
    merges "Volunteers" into it. The merge waits for her commit and joins its memo into hers,
    as into any memo there, instead of a second memo (before) or a crash."""
    volunteers, interpreters = two_codes
    with as_coder(project_location, "Hanako") as hanako, as_coder(project_location, "Taro") as taro:

        def hanako_writes(session: Session) -> None:
            memos.set_memo_in(session, "code", interpreters, "Hanako's", hanako.coder(session).id)

        raised = race(
            project_location,
            hanako,
            hanako_writes,
            commands.MergeCodes(volunteers, interpreters),
            taro,
        )
        assert raised is None, raised
        assert _memos_on(taro, "code", interpreters) == [
            "Hanako's\n\nFrom the merged code “Volunteers”:\nWho volunteers"
        ]
