"""A web page's table in the stored text: a row a line, its cells apart by tabs, as a PDF's
table is stored. trafilatura writes a row as Markdown, ``| a | b | `` (every row but the
text's last ending in a space after its closing rule), a "|" in a cell as "\\|", and a rule
``|---|---|`` under a head row: stored so, a search, a coded passage and an export held
Markdown that no other document has."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.cli import main
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
ROWS = ["窓口\t場所\t備考", "市民課\t1階\t", "\t2階\t予約制", "税務課\t\t英語"]


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
def test_a_tables_rows_are_its_cells_apart_by_tabs(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    """An empty cell keeps its tab, so the columns stay countable; the rule under the head
    row is no line of the text."""
    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    lines, stored = _stored(tmp_path, page)
    assert lines == expected
    assert stored == []


def test_a_line_of_the_pages_own_text_written_as_a_row_stays_as_it_is(tmp_path: Path) -> None:
    """A wiki's table markup shown as text (LibreOffice's access2base help: ``| !Object |
    !Description |``) is the page's text, not a table: only trafilatura's rows, which end
    in a space after their closing rule, become cells apart by tabs."""
    markup = "| !Object | !Description |"
    page = (
        f"<html><head><meta charset='utf-8'></head><body><main><h1>相談窓口</h1><p>{INTRO}</p>"
        f"<p>{markup}</p>{TABLE}<p>{AFTER}</p><p>{markup}</p></main></body></html>"
    )
    lines, stored = _stored(tmp_path, page)
    assert lines == ["相談窓口", INTRO, markup, *ROWS, AFTER, markup]
    assert stored == []


def test_a_city_tables_cells_are_found_by_search_and_a_bar_in_a_cell_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A city's statistics table: the stored rows are its cells apart by tabs, a "|" of a
    cell's own text a "|" (trafilatura's "\\|" was stored), and a search finds a cell's text
    as it finds a paragraph's."""
    page = (
        "<html><head><meta charset='utf-8'></head><body><main><h1>外国人市民数の推移</h1>"
        f"<p>{INTRO}</p><table><tr><th>年度</th><th>外国人市民数</th><th>備考</th></tr>"
        "<tr><td>2020</td><td>25,000</td><td>住民基本台帳|12月末</td></tr>"
        "<tr><td>2021</td><td>24,500</td><td></td></tr></table>"
        f"<p>{AFTER}</p></main></body></html>"
    )
    lines, stored = _stored(tmp_path, page)
    assert lines == [
        "外国人市民数の推移",
        INTRO,
        "年度\t外国人市民数\t備考",
        "2020\t25,000\t住民基本台帳|12月末",
        "2021\t24,500\t",
        AFTER,
    ]
    assert stored == []
    capsys.readouterr()
    assert main(["search", str(tmp_path / "web.fqda"), "住民基本台帳|12月末"]) == 0
    (hit,) = capsys.readouterr().out.splitlines()
    assert hit.split("\t")[5] == "住民基本台帳|12月末"
