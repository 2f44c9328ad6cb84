"""DOCX, HTML and text import on generated files: order, ruby, changes, encodings, limits."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from frameworkqda.core.errors import FileTooLargeError, ImportFailedError, UnsupportedFileError
from frameworkqda.core.importers import ImportOptions, extract, html
from frameworkqda.core.importers.registry import refuse_by_name
from frameworkqda.core.kinds import DocumentKind
from tests import documents


def _extract(path: Path, **options: object) -> str:
    return extract(path.read_bytes(), path.name, ImportOptions(**options)).text  # type: ignore[arg-type]


def test_docx_body_order_tables_ruby_changes_and_footnotes(tmp_path: Path) -> None:
    body = (
        documents.paragraph("第１章　総則")
        + "<w:tbl><w:tr><w:tc>"
        + documents.paragraph("分野")
        + "</w:tc><w:tc>"
        + documents.paragraph("施策")
        + "</w:tc></w:tr><w:tr><w:tc>"
        + documents.paragraph("教育")
        + "</w:tc><w:tc>"
        + documents.paragraph("就学支援")
        + "</w:tc></w:tr></w:tbl>"
        + "<w:p><w:r><w:ruby><w:rt><w:r><w:t>たぶんか</w:t></w:r></w:rt>"
        "<w:rubyBase><w:r><w:t>多文化</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        "<w:r><w:t>共生を</w:t></w:r>"
        "<w:ins><w:r><w:t>推進</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText>検討</w:delText></w:r></w:del>"
        "<w:r><w:t>する。</w:t></w:r></w:p>"
    )
    path = documents.docx(tmp_path / "plan.docx", body)
    assert _extract(path) == "第１章　総則\n分野\n施策\n教育\n就学支援\n多文化共生を推進する。"
    assert _extract(path, keep_furigana=True).endswith("多文化（たぶんか）共生を推進する。")


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = documents.zip_bomb_docx(tmp_path / "bomb.docx")
    with pytest.raises(FileTooLargeError, match=r"bomb\.docx: refused"):
        _extract(path)


def test_docx_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_text("just text", encoding="utf-8")
    with pytest.raises(
        UnsupportedFileError, match=r"report.docx: the name says .docx but the content is text"
    ):
        _extract(path)


def test_pdf_named_docx_and_docx_named_pdf(tmp_path: Path) -> None:
    pdf = documents.japanese_pdf(tmp_path / "a.pdf")
    wrong = tmp_path / "a.docx"
    wrong.write_bytes(pdf.read_bytes())
    with pytest.raises(UnsupportedFileError, match="content is a PDF"):
        _extract(wrong)
    docx = documents.docx(tmp_path / "b.docx", documents.paragraph("x"))
    wrong_pdf = tmp_path / "b.pdf"
    wrong_pdf.write_bytes(docx.read_bytes())
    with pytest.raises(UnsupportedFileError, match="content is a Word document"):
        _extract(wrong_pdf)


def test_a_zip_named_docx_says_what_a_word_document_would_hold(tmp_path: Path) -> None:
    path = tmp_path / "junk.docx"  # a valid zip, but not a Word document's
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data.bin", os.urandom(2000))
    with pytest.raises(UnsupportedFileError) as raised:
        _extract(path)
    assert str(raised.value) == (
        "junk.docx: not a Word document: the zip holds no word/document.xml"
    )


IMAGES = {  # the first bytes each format begins with, then some of its data
    "PNG": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "JPEG": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "GIF": b"GIF89a\x01\x00\x01\x00\x80\x00\x00",
}


@pytest.mark.parametrize("image", sorted(IMAGES))
@pytest.mark.parametrize(
    ("suffix", "expected"),
    [(".pdf", "a PDF"), (".docx", "a Word document"), (".txt", "text")],
)
def test_an_image_named_as_a_document_says_it_is_an_image(
    tmp_path: Path, image: str, suffix: str, expected: str
) -> None:
    path = tmp_path / f"scan{suffix}"
    path.write_bytes(IMAGES[image] + bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFileError) as raised:
        _extract(path)
    assert str(raised.value) == f"scan{suffix}: is an image ({image}), not {expected}"


def test_an_image_under_an_unknown_name_says_it_is_an_image(tmp_path: Path) -> None:
    path = tmp_path / "scan.bin"  # scan.png is refused by its name (below)
    path.write_bytes(IMAGES["PNG"] + bytes(200))
    with pytest.raises(
        UnsupportedFileError, match=r"scan.bin: unsupported file type \(an image \(PNG\)\)"
    ):
        _extract(path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp932", "euc_jp"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    source = "多文化共生推進プラン\r\n外国人市民の意見を聞く会議を開催する。\r\n"
    path = tmp_path / "plan.txt"
    path.write_bytes(source.encode(encoding))
    assert _extract(path) == "多文化共生推進プラン\n外国人市民の意見を聞く会議を開催する。\n"


def test_binary_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02binary\x00")
    with pytest.raises(UnsupportedFileError, match=r"data\.txt"):
        _extract(path)


def test_unsupported_types_name_the_alternative(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    with pytest.raises(UnsupportedFileError, match=r"save it as \.docx"):
        _extract(path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailedError, match=r"empty\.txt: the file is empty"):
        _extract(empty)


CITY_PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type"
content="text/html; charset={charset}"><title>多文化共生推進プラン</title></head><body>
<header><nav><ul><li><a href="/">トップページ</a></li><li><a href="/kurashi">くらし・手続き</a>
</li></ul></nav></header><main><article><h1>多文化共生推進プラン</h1>
<p>浜松市は、外国人市民と日本人市民が互いの文化を尊重し、共に暮らすまちづくりを進めています。
本プランは、教育、医療、防災の分野で具体的な施策を定めるものです。</p>
<h2>主な施策</h2><ul><li>外国人の子どもの就学支援</li><li>多言語による情報提供</li></ul>
<table><tr><th>分野</th><th>施策数</th></tr><tr><td>教育</td><td>１２</td></tr></table>
<p>詳しくは国際課までお問い合わせください。外国人市民の意見を聞く会議も毎年開催しています。</p>
</article></main><footer><p>Copyright 浜松市役所</p></footer></body></html>"""


PARAGRAPH = (
    "浜松市には多くの外国人市民が暮らしています。市は多文化共生を進めるために、日本語教育や"
    "生活相談などの施策を行っています。"
)
PLAIN_PAGE = (
    "<html><head><meta charset='{charset}'><title>x</title></head><body>"
    "<h1>浜松市の外国人市民施策</h1><p>{paragraph}</p><p>第1章\u3000基本的な考え方。{paragraph}"
    "{paragraph}</p><p>{paragraph}{paragraph}{paragraph}</p></body></html>"
)
SHORT_PAGE = (
    "<html><head><meta charset='{charset}'><title>x</title></head><body>"
    "<h1>浜松市の外国人市民施策</h1><p>浜松市には多くの外国人市民が暮らしています。</p>"
    "<p>第1章\u3000基本的な考え方</p></body></html>"
)


@pytest.mark.parametrize(("charset", "codec"), [("Shift_JIS", "cp932"), ("UTF-8", "utf-8")])
def test_a_plain_pages_heading_and_ideographic_spaces_are_kept(
    tmp_path: Path, charset: str, codec: str
) -> None:
    """A page of an <h1> and <p>s, no <main> or <article>: trafilatura dropped the <h1>, and
    turned U+3000 into an ASCII space (「第1章 基本的な考え方」)."""
    path = tmp_path / "plain.html"
    path.write_bytes(PLAIN_PAGE.format(charset=charset, paragraph=PARAGRAPH).encode(codec))
    assert _extract(path).split("\n") == [
        "浜松市の外国人市民施策",
        PARAGRAPH,
        f"第1章\u3000基本的な考え方。{PARAGRAPH * 2}",
        PARAGRAPH * 3,
    ]
    short = tmp_path / "short.html"
    short.write_bytes(SHORT_PAGE.format(charset=charset).encode(codec))
    assert _extract(short).split("\n") == [
        "浜松市の外国人市民施策",
        "浜松市には多くの外国人市民が暮らしています。",
        "第1章\u3000基本的な考え方",
    ]


def test_dropped_headings_go_back_before_what_they_head_in_their_order() -> None:
    page = (
        "<html><body><nav><h2>メニュー</h2><ul><li>トップ</li></ul></nav><h1>報告書</h1>"
        "<h2>はじめに</h2><p>本文の一。</p><h2>外された節</h2><p>外された本文。</p>"
        "<h3>第2章\u3000結論</h3><p>本文の二。</p></body></html>"
    )
    text = "本文の一。\n本文の二。"
    assert html._with_headings(text, page).split("\n") == [
        "報告書",
        "はじめに",
        "本文の一。",
        "第2章\u3000結論",
        "本文の二。",
    ]


def test_a_dropped_heading_goes_back_before_the_table_it_heads(tmp_path: Path) -> None:
    """A city's list of advice desks: trafilatura dropped the page's lone <h1> before a
    table, and it was not put back (trafilatura writes the table as rows, ``| 窓口 | 場所 |``,
    which no line check matched); it was named "left out" as if it were a menu."""
    path = tmp_path / "desks.html"
    rows = "".join(
        f"<tr><td>{desk}</td><td>{ward}</td><td>{languages}</td></tr>"
        for desk, ward, languages in (
            ("多文化共生センター", "中区", "ポルトガル語、英語"),
            ("国際交流協会", "東区", "ベトナム語、タガログ語"),
            ("市役所1階", "中区", "中国語"),
        )
    )
    path.write_text(
        "<html><head><meta charset='utf-8'></head><body>"
        "<div class='header'><a href='/'>浜松市</a> | <a href='/a'>くらし</a></div><div>"
        "<h1>外国人相談窓口の一覧</h1>"
        f"<table><tr><th>窓口</th><th>場所</th><th>言語</th></tr>{rows}</table>"
        "<h2>受付時間</h2><p>月曜日から金曜日まで、午前9時から午後5時まで受け付けています。"
        "祝日は休みです。予約は不要です。通訳が必要な方は窓口でお申し出ください。</p>"
        "</div><div class='footer'>© 浜松市</div></body></html>",
        encoding="utf-8",
    )
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    lines = extraction.text.split("\n")
    assert lines[:2] == ["外国人相談窓口の一覧", "窓口\t場所\t言語"]
    assert "受付時間" in lines
    assert not any("外国人相談窓口の一覧" in warning for warning in extraction.warnings)


@pytest.mark.parametrize(
    ("head", "first_row"),
    [
        ("<caption>表1</caption>", "表1\t\t"),  # a row of its own: the heading before it
        ("", "\t場所\t言語"),  # an empty first header cell: found by the next
    ],
)
def test_a_heading_goes_back_before_a_captioned_table_or_one_opening_empty(
    tmp_path: Path, head: str, first_row: str
) -> None:
    header = "<th>窓口</th>" if not first_row.startswith("\t") else "<th></th>"
    rows = "".join(
        f"<tr><td>第{n}窓口</td><td>本庁舎{n}階</td><td>英語</td></tr>" for n in range(6)
    )
    path = tmp_path / "desks.html"
    path.write_text(
        "<html><head><meta charset='utf-8'></head><body><div><h1>外国人相談窓口の一覧</h1>"
        f"<table>{head}<tr>{header}<th>場所</th><th>言語</th></tr>{rows}</table>"
        "<h2>受付時間</h2><p>月曜日から金曜日まで、午前9時から午後5時まで受け付けています。"
        "祝日は休みです。</p></div></body></html>",
        encoding="utf-8",
    )
    lines = _extract(path).split("\n")
    assert lines[:2] == ["外国人相談窓口の一覧", first_row]


@pytest.mark.parametrize(
    ("charset", "codec"), [("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), ("UTF-8", "utf-8")]
)
def test_city_web_page(tmp_path: Path, charset: str, codec: str) -> None:
    path = tmp_path / "plan.html"
    path.write_bytes(CITY_PAGE.format(charset=charset).encode(codec))
    text = _extract(path)
    for expected in ("多文化共生推進プラン", "主な施策", "外国人の子どもの就学支援", "教育", "１２",
                     "外国人市民の意見を聞く会議も毎年開催しています。"):  # fmt: skip
        assert expected in text
    assert "トップページ" not in text
    assert "くらし・手続き" not in text
    assert "Copyright" not in text


REFI = "a REFI-QDA project, not a document; open it as a new project with File → Import REFI-QDA project… (command line: import-qdpx)"  # noqa: E501


def _qdpx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?><Project name="p"/>')
    return path


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("notazip.qdpx", REFI),
        ("project.qde", REFI),
        ("study.nvpx", "a project saved by NVivo, not a document; export it from NVivo as"),
        (
            "study.mx24",
            "a project saved by MAXQDA, not a document; export it from MAXQDA as a REFI",
        ),
        ("study.atlproj", "a project saved by ATLAS.ti, not a document"),
        ("codes.qdc", "a REFI-QDA codebook, not a document"),
        ("other.fqda", "a FrameworkQDA project, not a document"),
        ("responses.csv", "a spreadsheet, not a document; save it as PDF or text (.txt)"),
        ("scores.xlsx", "a spreadsheet, not a document"),
        ("slides.pptx", "a presentation, not a document; save it as PDF first"),
        ("scan.jpg", "an image, not a document; put scanned pages in a PDF"),
        ("papers.zip", "an archive, not a document; unpack it and import its folder"),
        ("interview.m4a", "audio or video cannot be imported; import its transcript"),
    ],
)
def test_another_programs_file_is_refused_saying_what_to_do(
    tmp_path: Path, name: str, said: str
) -> None:
    """A file whose extension names another program's format was read as text when its bytes
    were text (echo hello > notazip.qdpx came in as a document) or refused as "unsupported
    file type (a zip archive)" when real; it is refused by its name, saying what to do."""
    path = tmp_path / name
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(UnsupportedFileError) as raised:
        _extract(path)
    assert str(raised.value).startswith(f"{name}: "), raised.value
    assert said in str(raised.value), raised.value


@pytest.mark.parametrize("name", ["study.qdpx", "study", "study.bin"])
def test_a_real_refi_project_under_any_name_says_import_qdpx(tmp_path: Path, name: str) -> None:
    path = _qdpx(tmp_path / name)
    with pytest.raises(UnsupportedFileError) as raised:
        _extract(path)
    assert str(raised.value) == f"{name}: {REFI}"


def test_a_zip_holding_a_refi_project_is_told_by_its_directory(tmp_path: Path) -> None:
    """A .qdpx renamed .zip, or zipped again under a folder, was refused as "an archive, not a
    document; unpack it"; given its path, the registry reads the zip's directory (never a
    member: a 2 MB source stays unread) and says it is a REFI-QDA project and how to import it.
    A zip of documents is still an archive."""
    renamed = _qdpx(tmp_path / "study.zip")
    again = tmp_path / "sent.zip"
    with zipfile.ZipFile(again, "w") as archive:
        archive.writestr("study/project.qde", '<?xml version="1.0"?><Project name="p"/>')
        archive.writestr("study/sources/big.txt", "x" * 2_000_000)
    papers = tmp_path / "papers.zip"
    with zipfile.ZipFile(papers, "w") as archive:
        archive.writestr("plan.txt", "多文化共生")
    for path in (renamed, again):
        with pytest.raises(UnsupportedFileError) as raised:
            refuse_by_name(path.name, path)
        assert str(raised.value) == (
            f"{path.name}: a REFI-QDA project in a zip archive (it holds a .qde), not a "
            "document; open it as a new project with File → Import REFI-QDA project… (command "
            "line: import-qdpx)"
        )
    with pytest.raises(UnsupportedFileError) as raised:
        refuse_by_name(papers.name, papers)
    assert "an archive, not a document" in str(raised.value)


@pytest.mark.parametrize("name", ["for-tanaka", "for-tanaka.bin"])
def test_a_zipped_qdpx_without_its_zip_extension_says_to_unzip_it(
    tmp_path: Path, name: str
) -> None:
    """A .qdpx zipped again and saved without the .zip (a mail program's "attachment") was
    "unsupported file type (a zip archive)"; its content says it holds a REFI-QDA project."""
    study = _qdpx(tmp_path / "study.qdpx")
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(study, "sent/study.qdpx")
    with pytest.raises(UnsupportedFileError) as raised:
        _extract(path)
    assert str(raised.value) == (
        f"{name}: a REFI-QDA project in a zip archive (it holds study.qdpx), not a document; "
        "unzip it, then open the .qdpx as a new project with File → Import REFI-QDA project… "
        "(command line: import-qdpx)"
    )


@pytest.mark.parametrize(
    ("name", "note"),
    [
        ("minutes.log", ".log is not a document extension; read by its content as text"),
        ("README", "the name has no extension; read by its content as text"),
    ],
)
def test_text_under_an_unknown_extension_is_read_as_text_with_a_note(
    tmp_path: Path, name: str, note: str
) -> None:
    """Named directly, a text file without a document's extension is read by its content (as
    before), and the report now says so; a binary one is refused."""
    path = tmp_path / name
    path.write_text("外国人市民会議の議事録。\n", encoding="utf-8")
    extraction = extract(path.read_bytes(), name, ImportOptions())
    assert extraction.text == "外国人市民会議の議事録。\n"
    assert extraction.warnings == [note]
    binary = tmp_path / "data.xyz"
    binary.write_bytes(b"\x00\x01\x02binary\x00" * 10)
    with pytest.raises(UnsupportedFileError, match=r"^data\.xyz: unsupported file type"):
        _extract(binary)


def test_a_pdf_saved_without_its_extension_is_still_read_as_a_pdf(tmp_path: Path) -> None:
    pdf = documents.japanese_pdf(tmp_path / "plan.pdf")
    saved = tmp_path / "download"
    saved.write_bytes(pdf.read_bytes())
    extraction = extract(saved.read_bytes(), "download", ImportOptions())
    assert extraction.kind == DocumentKind.PDF
    assert extraction.warnings[0] == "the name has no extension; read by its content as a PDF"
