"""A web page's table in the stored text: a row a line, its cells joined by " | ", ending at
its last cell's text. trafilatura writes a row as Markdown, ``| a | b | ``: every row but the
text's last ended in a space after its closing rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.importers import ImportOptions, notes
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.store import create_project

INTRO = (
    "市役所の相談窓口の一覧です。各窓口の場所と受付時間は次の表のとおりです。"
    "ご来庁の際は事前にご確認ください。外国語の通訳が必要な方は窓口でお申し出ください。"
)
AFTER = "祝日と年末年始は休みです。予約は不要です。"
TABLE = (
    "<table><tr><th>窓口</th><th>場所</th><th>備考</th></tr>"
    "<tr><td>市民課</td><td>1階</td><td></td></tr>"  # an empty last cell
    "<tr><td></td><td>2階</td><td>予約制</td></tr>"  # an empty first cell
    "<tr><td>税務課</td><td></td><td>英語</td></tr></table>"
)
ROWS = ["窓口 | 場所 | 備考", "---|---|---", "市民課 | 1階 |", "| 2階 | 予約制", "税務課 |  | 英語"]


def _stored(tmp_path: Path, page: str) -> tuple[list[str], list[str]]:
    """``page`` imported into a new project: the lines of its stored text, its notes."""
    path = tmp_path / "窓口.html"
    path.write_text(page, encoding="utf-8")
    project = create_project(tmp_path / "web.fqda", name="Web")
    (result,) = import_documents(project, [path], options=ImportOptions())
    assert result.document_id is not None
    with project.session() as s:
        document = s.scalars(select(model.Document)).one()
        lines, stored = document.text.split("\n"), notes.read(document.import_notes)
    project.engine.dispose()
    return lines, stored


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"<main><h1>相談窓口</h1><p>{INTRO}</p>{TABLE}<p>{AFTER}</p></main>",
            ["相談窓口", INTRO, *ROWS, AFTER],
        ),
        (f"<h1>相談窓口</h1>{TABLE}", ["相談窓口", *ROWS]),  # short: the table last
    ],
)
def test_a_tables_rows_end_at_their_last_cell(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    """An empty cell at either end keeps its " | ", so the columns stay countable, and no
    row ends in white space; the rule under the head row loses its outer rules as the rows
    do."""
    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    lines, stored = _stored(tmp_path, page)
    assert lines == expected
    assert stored == []


def test_a_line_of_the_pages_own_text_written_as_a_row_stays_as_it_is(tmp_path: Path) -> None:
    """A wiki's table markup shown as text (LibreOffice's access2base help: ``| !Object |
    !Description |``) is the page's text, not a table: only trafilatura's rows, which end
    in a space after their closing rule, lose their outer rules."""
    markup = "| !Object | !Description |"
    page = (
        f"<html><head><meta charset='utf-8'></head><body><main><h1>相談窓口</h1><p>{INTRO}</p>"
        f"<p>{markup}</p>{TABLE}<p>{AFTER}</p><p>{markup}</p></main></body></html>"
    )
    lines, stored = _stored(tmp_path, page)
    assert lines == ["相談窓口", INTRO, markup, *ROWS, AFTER, markup]
    assert stored == []
