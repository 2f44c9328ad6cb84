"""A .qdpx import reports progress by its sources and their coded passages: a 16 MB file of
150 sources and 18,733 passages sat at "Checking the project…", step 1 of 3, for nearly all
of its five minutes, in the dialog and (silent) on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.cli import main, refi_commands
from frameworkqda.core.coding import add_segment_in
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.store import create_project
from tests import writes

SOURCES, PASSAGES = 6, 250  # passages a source


@pytest.fixture
def qdpx(tmp_path: Path) -> Path:
    files = []
    for n in range(SOURCES):
        path = tmp_path / f"interview {n + 1}.txt"
        path.write_text(f"Interview {n + 1}. " + "多文化共生の推進について話した。" * 400, "utf-8")
        files.append(path)
    with create_project(tmp_path / "p.fqda", name="Interviews") as project:
        results = import_documents(project, files)
        code = writes.add_code(project, "Support")
        with project.transaction() as s:
            coder = project.coder(s).id
            for result in results:
                assert result.document_id is not None
                for k in range(PASSAGES):
                    add_segment_in(s, result.document_id, code, k * 20, k * 20 + 15, coder_id=coder)
        export_qdpx(project, tmp_path / "p.qdpx")
    return tmp_path / "p.qdpx"


def test_each_source_and_each_hundred_passages_move_the_bar(qdpx: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    import_qdpx(qdpx, tmp_path / "q.fqda", progress=lambda *event: seen.append(event))

    total = SOURCES * PASSAGES
    assert len({t for _, t, _ in seen[1:]}) == 1  # one total once the file is counted
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)  # never back
    assert seen[-1][0] == seen[-1][1] and seen[-1][2] == "done"
    checking = [label for _, _, label in seen if label.startswith("checking source")]
    # each source as it starts, and each hundred passages checked
    assert len(checking) == SOURCES + total // 100
    assert checking[0] == (
        f"checking source 1 of {SOURCES}: interview 1.txt (0 of {total:,} selections)"
    )
    assert f"checking source 4 of {SOURCES}: interview 4.txt (800 of {total:,} selections)" in (
        checking
    )
    writing = [label for _, _, label in seen if label.startswith("writing the new project")]
    assert f"writing the new project: document {SOURCES} of {SOURCES}" in writing
    assert f"writing the new project: 0 of {total:,} coded passages" in writing
    middle = [d for d, _, label in seen if label.startswith("checking source 4 ")]
    assert 0.2 < middle[0] / seen[-1][1] < 0.5  # the bar halfway through checking


def test_the_command_line_says_where_an_import_is(
    qdpx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refi_commands, "PROGRESS_SECONDS", 0.0, raising=False)  # every line
    assert main(["import-qdpx", str(tmp_path / "cli.fqda"), str(qdpx)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("reading the file")
    assert any("checking source 1 of 6: interview 1.txt" in line for line in err), err
    assert "[ 26%] checking source 4 of 6: interview 4.txt (800 of 1,500 selections)" in err
    assert err[-1] == "[100%] done"
