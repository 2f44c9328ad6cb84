"""Project-wide search finds one- and two-character Japanese terms and compatibility forms."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from frameworkqda.core import model
from frameworkqda.core.search import SearchIndex, search_project
from frameworkqda.core.store import Project, create_project

DOCUMENTS = {
    "浜松市多文化共生都市ビジョン": ("浜松市", "外国人市民と共生する。第⼀条 市は支援する。"),
    "川崎市外国人市民代表者会議": ("川崎市", "外国人市民代表者会議は市長に提言する。"),
    "Kawasaki ordinance (English)": ("川崎市", "The City shall support FOREIGN residents."),
}


@pytest.fixture
def index(project_location: str) -> Iterator[SearchIndex]:
    with create_project(project_location) as project:  # closed: no server connection left open
        yield _indexed(project)


def _indexed(project: Project) -> SearchIndex:
    with project.transaction() as session:
        cases = {}
        for name, (case_name, text) in DOCUMENTS.items():
            case = cases.get(case_name) or model.Case(name=case_name)
            cases[case_name] = case
            session.add(
                model.Document(
                    name=name,
                    kind=model.DocumentKind.TEXT,
                    sha256=hashlib.sha256(text.encode()).hexdigest(),
                    text=text,
                    case=case,
                )
            )
    search_index = SearchIndex(project)
    search_index.refresh()
    return search_index


def test_two_character_term(index: SearchIndex) -> None:
    hits = index.search("市民")
    assert [(h.document_name, h.start, h.end, h.match) for h in hits] == [
        ("川崎市外国人市民代表者会議", 3, 5, "市民"),
        ("浜松市多文化共生都市ビジョン", 3, 5, "市民"),
    ]
    assert hits[1].after.startswith("と共生")
    assert hits[0].case_name == "川崎市"


def test_one_character_term_and_compatibility_form(index: SearchIndex) -> None:
    hits = index.search("一", document_ids=None)
    assert [(h.match, h.start) for h in hits] == [("⼀", 12)]  # found through the Kangxi form
    assert len(index.search("市")) == 4  # 市 twice in each Japanese text


def test_case_insensitive_latin_and_filters(index: SearchIndex) -> None:
    hits = index.search("ｆｏｒｅｉｇｎ")  # full-width query, upper-case text
    assert [h.match for h in hits] == ["FOREIGN"]
    case_ids = {h.case_name for h in index.search("市", case_ids=[])}
    assert case_ids == set()


def test_regex_and_limit(index: SearchIndex) -> None:
    assert [h.match for h in index.search("外国人市民(代表者)?", regex=True)] == [
        "外国人市民代表者",
        "外国人市民",
    ]
    assert len(index.search("市", limit=2)) == 2


def test_refresh_follows_new_and_deleted_documents(project_location: str) -> None:
    with create_project(project_location) as project:
        assert list(search_project(project, "共生")) == []
        with project.transaction() as session:
            session.add(
                model.Document(name="d", kind=model.DocumentKind.TEXT, sha256="0" * 64, text="共生")
            )
        index = SearchIndex(project)
        index.refresh()
        assert len(index.search("共生")) == 1
        with project.transaction() as session:
            for document in session.query(model.Document):
                session.delete(document)
        index.refresh()
        assert index.search("共生") == []


def test_find_holds_the_hits_as_positions_and_stops_when_cancelled(index: SearchIndex) -> None:
    """The search panel's search: the same hits as ``search``, each made when read (142,792
    hit objects stalled the garbage collector), and a cancel set stops it."""
    import threading

    from frameworkqda.core.errors import JobCancelled

    found = index.find("市")
    every = index.search("市")
    assert len(found) == 4 and list(found) == every
    assert found[-1] == every[-1] and found[1:3] == every[1:3]
    assert list(found.ranges()) == [(h.document_id, h.start, h.end) for h in every]
    assert found.documents == 2
    with pytest.raises(IndexError):
        found[4]
    assert len(index.find("zqx")) == 0 and index.find("zqx").documents == 0
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(JobCancelled):
        index.find("市", cancel=cancel)
