"""The CLI as a person runs it: import files (one broken), print stored text, exit codes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from frameworkqda.cli import main
from tests import documents

REPO = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "frameworkqda", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


@pytest.mark.slow
def test_import_then_text(tmp_path: Path) -> None:
    project = str(tmp_path / "cities.fqda")
    assert _cli("new", project).returncode == 0
    pdf = documents.japanese_pdf(tmp_path / "浜松市プラン.pdf")
    secret = documents.encrypted_pdf(
        tmp_path / "secret.pdf", "Migrant council", user_password="pw", owner_password="o"
    )
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04not really a zip")
    result = _cli("import", project, str(pdf), str(broken), "--case", "Hamamatsu")
    assert result.returncode == 1
    assert "imported: 浜松市プラン.pdf" in result.stdout
    assert "failed: broken.docx: the Word document is damaged" in result.stdout
    assert "page 1/1" in result.stderr
    assert "1 imported, 0 already present, 1 failed" in result.stderr

    again = _cli("import", project, str(pdf))
    assert again.returncode == 0
    assert "duplicate: 浜松市プラン.pdf: already in the project" in again.stdout

    locked = _cli("import", project, str(secret))
    assert locked.returncode == 1 and "needs a password" in locked.stdout
    opened = _cli("import", project, str(secret), "--password", "pw", "--case", "Kawasaki")
    assert opened.returncode == 0

    text = _cli("text", project, "浜松市プラン.pdf")
    assert text.returncode == 0
    assert text.stdout == documents.expected_text(documents.JAPANESE_PARAGRAPHS) + "\n"
    assert _cli("text", project, "2").stdout == "Migrant council\n"
    missing = _cli("text", project, "nothing.pdf")
    assert missing.returncode == 1 and "no document named “nothing.pdf”" in missing.stderr
    info = _cli("info", project)
    assert "documents  2" in info.stdout.replace("  ", "  ") or "2" in info.stdout


@pytest.mark.slow
def test_running_heads_and_page_numbers_left_out_or_kept(tmp_path: Path) -> None:
    project = str(tmp_path / "plan.fqda")
    assert _cli("new", project).returncode == 0
    lines = [line for p in documents.JAPANESE_PARAGRAPHS for line in documents.wrap(p, 40)]
    pages = [lines[:3], lines[3:]]
    pdf = documents.paged_pdf(tmp_path / "plan.pdf", documents.MINCHO, pages, "多文化共生推進計画")
    copy = tmp_path / "plan-kept.pdf"
    copy.write_bytes(pdf.read_bytes() + b"\n")  # the same pages under another checksum
    result = _cli("import", project, str(pdf))
    assert result.returncode == 0 and "running heads and page numbers" in result.stdout
    assert _cli("import", project, str(copy), "--keep-page-furniture").returncode == 0
    text = _cli("text", project, "plan.pdf").stdout
    assert text == documents.expected_text(documents.JAPANESE_PARAGRAPHS) + "\n"
    kept = _cli("text", project, "plan-kept.pdf").stdout
    assert kept.count("多文化共生推進計画") == 2 and "- 1 -" in kept


def test_a_file_name_that_is_not_utf8_imports_under_its_readable_name(tmp_path: Path) -> None:
    """A Shift_JIS file name from a Windows zip (bytes that are not UTF-8 on this disk) failed
    with "UnicodeEncodeError: … surrogates not allowed"; it imports under its name read as
    Shift_JIS, and a name that is no text at all under U+FFFD for the bad bytes."""
    project = str(tmp_path / "p.fqda")
    assert _cli("new", project).returncode == 0
    folder = os.fsencode(tmp_path)
    shift_jis = os.fsdecode(folder + b"/" + "施策.txt".encode("cp932"))
    nonsense = os.fsdecode(folder + b"/x\xff\xfe.txt")
    Path(shift_jis).write_text("多言語での情報提供を行う。", encoding="utf-8")
    Path(nonsense).write_text("相談窓口を設ける。", encoding="utf-8")
    result = _cli("import", project, shift_jis, nonsense)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "imported: 施策.txt",  # it said "imported: 施策.txt: imported as “施策.txt”"
        "imported: x\ufffd\ufffd.txt",
    ]
    assert _cli("text", project, "施策.txt").stdout == "多言語での情報提供を行う。\n"


def test_text_its_byte_order_mark_cannot_read_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A UTF-16 file missing its last byte said "could not be imported (UnicodeDecodeError:
    'utf-16-le' codec can't decode byte 0x0a in position 30: truncated data)": Python's words.
    The reason is one translated line now, naming the encoding the mark says."""
    from sqlalchemy import func, select

    from frameworkqda.cli import main
    from frameworkqda.core import model
    from frameworkqda.core.store import open_project

    project = str(tmp_path / "p.fqda")
    assert main(["new", project]) == 0
    text = "浜松市は多言語で情報を提供する。\n"
    cut = tmp_path / "cut.txt"
    cut.write_bytes(text.encode("utf-16")[:-1])  # the mark, then one byte short
    page = tmp_path / "cut.html"
    page.write_bytes(f"<html><body><p>{text}</p></body></html>".encode("utf-16-be")[:-1])
    page.write_bytes(b"\xfe\xff" + page.read_bytes())
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xef\xbb\xbfab\xffcd")  # UTF-8's mark, then a byte no UTF-8 has
    capsys.readouterr()
    assert main(["import", project, str(cut), str(page), str(bad)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "failed: cut.txt: not readable as UTF-16 text: it ends in the middle of a character",
        "failed: cut.html: not readable as UTF-16 text: it ends in the middle of a character",
        "failed: bad.txt: not readable as UTF-8 text: the bytes at offset 5 make no character",
    ]
    with open_project(project) as opened, opened.session() as session:
        assert session.scalar(select(func.count()).select_from(model.Document)) == 0


def test_a_folder_is_imported_as_the_app_imports_a_dropped_one(tmp_path: Path) -> None:
    """The app took a folder (its readable files, hidden ones skipped); the command line said
    "mixed: cannot be read (Is a directory)". One way for both."""
    from frameworkqda.cli import main
    from frameworkqda.core import workspace
    from frameworkqda.core.store import create_project, open_project

    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "plan.txt").write_text("外国人住民の相談窓口を設置する。", encoding="utf-8")
    (folder / "sub" / "notes.md").write_text("Council minutes.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("not for the project", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    project = tmp_path / "p.fqda"
    create_project(project).engine.dispose()
    assert main(["import", str(project), str(folder)]) == 0
    with open_project(project) as opened:
        assert sorted(d.name for d in workspace.documents(opened)) == ["notes.md", "plan.txt"]
    # a Word 97-2003 file in a folder is refused saying how to save it, not left out unsaid
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert main(["import", str(project), str(folder)]) == 1


def test_a_text_of_only_spaces_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A PDF, Word file or web page without text imports with a note saying so; a text file
    of spaces and line breaks came in as an empty document without a word."""
    from frameworkqda.cli import main
    from frameworkqda.core.store import create_project

    blank = tmp_path / "blank.txt"
    blank.write_text("\ufeff  \n\n\u3000\n", encoding="utf-8")
    project = tmp_path / "p.fqda"
    create_project(project).engine.dispose()
    assert main(["import", str(project), str(blank)]) == 0
    assert "note: no text was found in this file" in capsys.readouterr().out


def test_a_file_name_with_a_line_break_makes_a_one_line_document_name(tmp_path: Path) -> None:
    """POSIX names may hold a line break: the document's name had two lines in the tree, the
    tables and every message."""
    from frameworkqda.cli import main
    from frameworkqda.core import workspace
    from frameworkqda.core.store import create_project, open_project

    odd = tmp_path / "plan\n2019　案.txt"
    odd.write_text("外国人住民の相談窓口を設置する。", encoding="utf-8")
    project = tmp_path / "p.fqda"
    create_project(project).engine.dispose()
    assert main(["import", str(project), str(odd)]) == 0
    with open_project(project) as opened:
        assert [d.name for d in workspace.documents(opened)] == ["plan 2019　案.txt"]


def test_a_name_with_decomposed_accents_is_found_as_typed(tmp_path: Path) -> None:
    """A file copied from a Mac names ガイドブック with が as か + ゛ (NFD): it looked the same
    on screen, but `text` and `code --document` typed the usual way said no such document."""
    import unicodedata

    from frameworkqda.cli import main
    from frameworkqda.core import workspace
    from frameworkqda.core.store import open_project

    typed = "ガイドブック.txt"
    decomposed = unicodedata.normalize("NFD", typed)
    assert decomposed != typed
    (tmp_path / decomposed).write_text("多言語の相談窓口を設ける。\n", encoding="utf-8")
    project = str(tmp_path / "p.fqda")
    assert main(["new", project]) == 0
    assert main(["import", project, str(tmp_path / decomposed)]) == 0
    with open_project(project) as opened:
        assert [d.name for d in workspace.documents(opened)] == [typed]  # stored composed
    shown = _cli("text", project, typed)
    assert shown.returncode == 0 and shown.stdout.startswith("多言語")
    assert _cli("text", project, decomposed).returncode == 0  # either way round


def test_a_decomposed_name_stored_by_an_earlier_version_is_found(tmp_path: Path) -> None:
    import unicodedata

    from sqlalchemy import update

    from frameworkqda.core import model
    from frameworkqda.core.documents import resolve_document
    from frameworkqda.core.store import create_project
    from tests.core.engine_helpers import add_document

    with create_project(str(tmp_path / "p.fqda")) as project:
        document = add_document(project, "ガイドブック.txt", "本文\n")
        with project.transaction() as session:
            session.execute(
                update(model.Document)
                .where(model.Document.id == document)
                .values(name=unicodedata.normalize("NFD", "ガイドブック.txt"))
            )
        with project.session() as session:
            assert resolve_document(session, "ガイドブック.txt") == document


def test_ctrl_c_between_a_files_commit_and_its_report_lists_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C landing once the first file's transaction committed, before the import reported
    it, said only "interrupted": the command now lists it, and counts the rest not imported."""
    from frameworkqda.core.importers import service

    project = tmp_path / "p.fqda"
    assert main(["new", str(project)]) == 0
    first, second = tmp_path / "会議.txt", tmp_path / "記録.txt"
    first.write_text("外国人市民会議の記録\n", encoding="utf-8")
    second.write_text("多文化共生推進計画\n", encoding="utf-8")
    import_one = service._import_one

    def stored_then_interrupted(*args: object, **kwargs: object) -> service.ImportResult:
        result = import_one(*args, **kwargs)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl-C: committed, not yet reported
        return result

    monkeypatch.setattr(service, "_import_one", stored_then_interrupted)
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    capsys.readouterr()
    try:
        code = main(["import", str(project), str(first), str(second)])
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    said = capsys.readouterr()
    assert code == 130
    assert said.out.splitlines() == ["imported: 会議.txt"]
    assert said.err.strip().splitlines()[-2:] == [
        "1 imported, 0 already present, 0 failed; interrupted before the end: 1 not imported",
        "frameworkqda: interrupted",
    ]
    assert main(["text", str(project), "記録.txt"]) == 1  # the second was never started


def test_another_programs_file_is_refused_saying_what_to_do(tmp_path: Path) -> None:
    """The walkthrough's `frameworkqda import p1.fqda notazip.qdpx bad3.csv bad2.xyz` (each
    file "hello" or "a,b") stored notazip.qdpx and bad3.csv as text (exit 0) and called
    bad2.xyz a duplicate; a real .qdpx was "unsupported file type (a zip archive)" without a
    word of import-qdpx."""
    import zipfile

    (tmp_path / "notazip.qdpx").write_text("hello\n")
    (tmp_path / "bad2.xyz").write_text("hello\n")
    (tmp_path / "bad3.csv").write_text("a,b\n")
    with zipfile.ZipFile(tmp_path / "real.qdpx", "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?><Project name="p"/>')
    project = str(tmp_path / "p1.fqda")
    assert _cli("new", project, "--framework", "empty").returncode == 0
    names = ["notazip.qdpx", "bad3.csv", "bad2.xyz", "real.qdpx"]
    result = _cli("import", project, *(str(tmp_path / name) for name in names))
    assert result.returncode == 1
    refi = (
        "a REFI-QDA project, not a document; open it as a new project with "
        "File → Import REFI-QDA project… (command line: import-qdpx)"
    )
    assert result.stdout.splitlines() == [
        f"failed: notazip.qdpx: {refi}",
        "failed: bad3.csv: a spreadsheet, not a document; save it as PDF or text (.txt) to "
        "import it (codebooks and scores have their own Import…)",
        "imported: bad2.xyz",
        "  note: .xyz is not a document extension; read by its content as text",
        f"failed: real.qdpx: {refi}",
    ]
    assert "1 imported, 0 already present, 3 failed" in result.stderr


def test_a_zip_holding_a_refi_project_is_called_one(tmp_path: Path) -> None:
    """A .qdpx renamed .zip (or zipped again) named for `import` was "an archive, not a
    document; unpack it", though unpacked it is no document either; the window's drop already
    said what it is."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "study.zip", "w") as archive:
        archive.writestr("study/project.qde", '<?xml version="1.0"?><Project name="p"/>')
    project = str(tmp_path / "p.fqda")
    assert _cli("new", project, "--framework", "empty").returncode == 0
    result = _cli("import", project, str(tmp_path / "study.zip"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "failed: study.zip: a REFI-QDA project in a zip archive (it holds a .qde), not a "
        "document; open it as a new project with File → Import REFI-QDA project… (command "
        "line: import-qdpx)"
    ]


def _qdpx(path: Path) -> Path:
    """A REFI-QDA project file as NVivo or MAXQDA exports it (a zip holding a project.qde)."""
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?><Project name="p"/>')
    return path


def test_a_zip_holding_a_qdpx_says_to_unzip_it_and_import_the_qdpx(tmp_path: Path) -> None:
    """A researcher zips the .qdpx (or the .qdc) to email it: `import` called the zip "an
    archive, not a document; unpack it and import its folder", and the folder imported
    nothing; `import-qdpx` on the zip said only "no project.qde in the archive". Each now says
    it is a REFI-QDA project (codebook) in a zip, to be unzipped and imported how."""
    import zipfile

    study = _qdpx(tmp_path / "study.qdpx")
    with zipfile.ZipFile(tmp_path / "for-tanaka.zip", "w") as archive:
        archive.write(study, "study.qdpx")
        archive.writestr("__MACOSX/._study.qdpx", b"\x00\x05\x16\x07")  # a Mac's zip
    with zipfile.ZipFile(tmp_path / "codes.zip", "w") as archive:
        archive.writestr("export/codes.qdc", '<?xml version="1.0"?><CodeBook/>')
    project = str(tmp_path / "p.fqda")
    assert _cli("new", project, "--framework", "empty").returncode == 0
    zips = (str(tmp_path / "for-tanaka.zip"), str(tmp_path / "codes.zip"))
    result = _cli("import", project, *zips)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "failed: for-tanaka.zip: a REFI-QDA project in a zip archive (it holds study.qdpx), "
        "not a document; unzip it, then open the .qdpx as a new project with File → Import "
        "REFI-QDA project… (command line: import-qdpx)",
        "failed: codes.zip: a REFI-QDA codebook in a zip archive (it holds codes.qdc), not a "
        "document; unzip it, then import the .qdc with Import… in the codebook (command line: "
        "codebook import)",
    ]
    result = _cli("import-qdpx", str(tmp_path / "new.fqda"), zips[0])
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"frameworkqda: {zips[0]}: no project.qde in the archive: it holds study.qdpx, a "
        "REFI-QDA project zipped again; unzip it and import the .qdpx"
    )
    assert not (tmp_path / "new.fqda").exists()


def test_a_folder_holding_refi_files_names_each_and_how_to_bring_it_in(tmp_path: Path) -> None:
    """The zip unzipped and its folder imported: the .qdpx inside was passed over and the run
    said "0 imported" and nothing else. Each REFI-QDA file now has its line saying what it is
    and how to bring it in, as a Word 97-2003 file's says how to save it."""
    folder = tmp_path / "for-tanaka"
    (folder / "unpacked").mkdir(parents=True)
    _qdpx(folder / "study.qdpx")
    (folder / "codes.qdc").write_text('<?xml version="1.0"?><CodeBook/>', encoding="utf-8")
    (folder / "unpacked" / "project.qde").write_text("<Project/>", encoding="utf-8")
    (folder / "plan.txt").write_text("外国人住民の相談窓口を設置する。", encoding="utf-8")
    project = str(tmp_path / "p.fqda")
    assert _cli("new", project, "--framework", "empty").returncode == 0
    result = _cli("import", project, str(folder))
    assert result.returncode == 1
    refi = (
        "a REFI-QDA project, not a document; open it as a new project with "
        "File → Import REFI-QDA project… (command line: import-qdpx)"
    )
    assert result.stdout.splitlines() == [
        "failed: codes.qdc: a REFI-QDA codebook, not a document; import it with Import… in the "
        "codebook (command line: codebook import)",
        "imported: plan.txt",
        f"failed: study.qdpx: {refi}",
        f"failed: project.qde: {refi}",
    ]
    assert result.stderr.strip().splitlines()[-1] == "1 imported, 0 already present, 3 failed"


def test_a_case_name_of_spaces_is_refused_before_any_file_is_read(tmp_path: Path) -> None:
    """`import --case "   "` made a case with no name (a nameless node in the app, `name=""`
    in a .qdpx) where `case add "   "` says a case needs a name."""
    import sqlite3

    text = tmp_path / "memo.txt"
    text.write_text("浜松市の多文化共生推進計画。\n", encoding="utf-8")
    project = tmp_path / "p.fqda"
    assert _cli("new", str(project), "--framework", "empty").returncode == 0
    result = _cli("import", str(project), "--case", "   ", str(text))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.strip() == "frameworkqda: a case needs a name"
    with sqlite3.connect(project) as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def _unpacked_study(tmp_path: Path, folder: Path, sources: str = "sources") -> None:
    """A real project (a text and a PDF, one passage coded) exported with `export-qdpx` and
    unzipped into ``folder``, its sources folder named ``sources``: a .qdpx sent by email,
    opened with the system's unzip."""
    import zipfile

    study = str(tmp_path / "study.fqda")
    plan = tmp_path / "plan.txt"
    plan.write_text("外国人住民の相談窓口を設置する。\n", encoding="utf-8")
    report = documents.japanese_pdf(tmp_path / "report.pdf")
    assert main(["new", study, "--framework", "mipex-local"]) == 0
    assert main(["import", study, str(plan), str(report)]) == 0
    consultation = "Education/Consultation service"
    code = ["--document", "plan.txt", "--start", "0", "--end", "5", "--code", consultation]
    assert main(["code", study, *code]) == 0
    assert main(["export-qdpx", study, "-o", str(tmp_path / "study.qdpx")]) == 0
    with zipfile.ZipFile(tmp_path / "study.qdpx") as archive:
        archive.extractall(folder)
    if sources != "sources":
        (folder / "sources").rename(folder / sources)


@pytest.mark.parametrize("sources", ["sources", "SOURCES"])
def test_an_unpacked_qdpx_in_a_folder_brings_in_none_of_its_sources(
    tmp_path: Path, sources: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .qdpx unzipped in the folder imported: its .qde was refused saying how to bring it
    in, but each file of its sources/ came in as a document named by a GUID (the same text
    twice: the PDF and its plain text). They are left out, the .qde's line counts them, and
    `import-qdpx` on that .qde brings them in with their coding, as its line says; a zip of
    documents beside it, passed over without a word, is named as one named directly is."""
    import zipfile

    folder = tmp_path / "from-tanaka"
    _unpacked_study(tmp_path, folder / "study", sources)
    count = len(list((folder / "study" / sources).iterdir()))
    assert count == 3  # the PDF, its plain text, the text's
    (folder / "notes.txt").write_text("聞き取りの記録。", encoding="utf-8")
    with zipfile.ZipFile(folder / "minutes.zip", "w") as archive:
        archive.writestr("minutes/2024-04.txt", "議事録。")
    project = str(tmp_path / "p.fqda")
    assert main(["new", project, "--framework", "empty"]) == 0
    capsys.readouterr()
    result = _cli("import", project, str(folder))
    assert result.stdout.splitlines() == [
        "failed: minutes.zip: an archive, not a document; unpack it and import its folder",
        "imported: notes.txt",
        f"failed: project.qde: a REFI-QDA project, not a document; {count} files in the "
        f"{sources} folder beside it: its sources, left out; open it as a new project with "
        "File → Import REFI-QDA project… (command line: import-qdpx) to bring them in with "
        "their coding",
    ]
    assert result.stderr.strip().splitlines()[-1] == "1 imported, 0 already present, 2 failed"
    assert result.returncode == 1
    # the advice holds: the bare .qde brings its sources, with the passage coded
    copy = str(tmp_path / "copy.fqda")
    assert main(["import-qdpx", copy, str(folder / "study" / "project.qde")]) == 0
    capsys.readouterr()
    assert main(["segments", copy]) == 0
    assert capsys.readouterr().out.split("\t")[:6] == [
        "plan.txt",
        "",  # in no case
        "",  # a text has no pages
        "0",
        "5",
        "Education/Consultation service",
    ]
    assert main(["document", "list", copy]) == 0
    listed = capsys.readouterr().out
    assert "plan.txt" in listed and "report.pdf" in listed
