"""Every file of the shared corpus (MANIFEST.tsv) imported with the expectation its
``what_it_tests`` column implies. Skips with a clear reason when the corpus is absent."""

from __future__ import annotations

import csv
import difflib
import re
from pathlib import Path

import pytest

from frameworkqda.core.errors import (
    ImportFailedError,
    PasswordRequiredError,
    WrongPasswordError,
)
from frameworkqda.core.importers import ImportOptions, extract
from frameworkqda.core.text.cjk import is_cjk
from tests.conftest import corpus_dir

# file -> (password or None, snippets that must be in the text in this order)
TEXT_EXPECTATIONS: dict[str, tuple[str | None, list[str]]] = {
    "pdf/ja/jo.pdf": (
        None,
        [
            "序\nわたくしといふ現象は\n假定された有機交流電燈の\nひとつの青い照明です\n",
            "（ひかりはたもち、その電燈は失はれ）\n",
            "大正十三年一月廿日　　宮澤賢治",
        ],
    ),
    "pdf/ja/kampo.pdf": (
        None,
        [
            "政令第百四十九号",
            # the title is a paragraph of its own, not run into the preamble
            "\n道路交通法施行令の一部を改正する政令\n",
            "内閣は、道路交通法の一部を改正する法律（平成十九年法律第九十号）の一部の施行に伴い、",
            "この政令を制定する。",
            # text set around the quoted tables goes on without a break mid-sentence
            "矢印の項を除き、以下この条において同じ。）を」に改め、同表中",
            "人の形の記号を有する青色の灯火の項第二号中",
            # the gap after an item's or article's number (no character in the text layer)
            # is an ideographic space; items (号) whose wrapped lines hang: one line each
            "\n一の五\u3000医療機関が、",
            "\n一\u3000法第五十一条第五項の規定による車両の移動の決定\n二\u3000法第五十一条第六項"
            "（同条第二十二項において準用する場合を含む。）の規定により保管した車両（積載物を含む。"
            "以下この条において同じ。）の返還の決定\n三\u3000法第五十一条第七項",
            "\n十一\u3000法第五十一条第二十一項",
            "\n第二十六条\u3000法第六十三条の四第一項第二号",
            "\n一\u3000児童及び幼児\n二\u3000七十歳以上の者\n三\u3000普通自転車により安全に車道を"
            "通行することに支障を生ずる程度の身体の障害として内閣府令で定めるものを有する者\n"
            "第二十六条の三の二",
        ],
    ),
    "pdf/ja/vertical.pdf": (None, ["あいうえお\n日本語"]),
    "pdf/ja/issue11555.pdf": (None, ["abc あいう"]),
    "pdf/ja/issue6387.pdf": (
        None,
        ["tracking 文字ツメ", "(mojitsume) kerning", "あのイーハトーヴォのすきとおった風"],
    ),
    "pdf/ja/noembed-identity.pdf": (None, ["ABCあいうえお123"]),
    "pdf/ja/noembed-jis7.pdf": (None, ["ABCあいうえお123"]),
    "pdf/ja/noembed-sjis.pdf": (None, ["あいうえお"]),
    "pdf/ja/noembed-eucjp.pdf": (None, ["あいうえお"]),
    "pdf/ja/issue15340.pdf": (
        None,
        [
            "漏電遮断機構（電流制限器等に漏電遮断特性を持たせたもの）と検知機構を一つの箱内に"
            "収めたものは、「漏電遮断器」と解釈し、対象として取り扱う。"
        ],
    ),
    "pdf/ja/issue15759.pdf": (None, ["電磁振動器（ソレノイドを含む。）等を有さないときは"]),
    "pdf/ja/javauninstall-7r.pdf": (
        None,
        [
            # the Latin words missing from the text layer leave holes, read as spaces
            "インストールについて【 の場合】\n【 の削除】",
            "⇒「コントロールパネル」⇒「プログラムのアンインストール」",
            "※「 」「 」「 」等の表記がございます。",
        ],
    ),
    "pdf/ja/issue-463-example.pdf": (
        None,
        [
            "THE GRASSHOPPER",
            "A grasshopper spent the summer hopping about in the sun and sing",
            # two columns under text across the page, each opening with a heading: column by
            # column, and a heading set apart by spacing alone is a line of its own
            "Header 2\nHeader 2.1\nIn another moment.\nDown went Alice after it.\nHeader 2.2\n"
            "Never once considering how in the world she was to get out again.\nHeader 2.3\n"
            "The rabbit-hole went straight on",
            "Header\tHeader\tHeader\nCell\tCell\tCell\nCell\tCell\tCell",  # a table, by rows
        ],
    ),
    "pdf/en/federal-register-2020-17221.pdf": (
        None,
        [
            "This section of the FEDERAL REGISTER contains notices to the public of the proposed "
            "issuance of rules and regulations.",
            "SUMMARY: The FAA proposes to supersede Airworthiness Directive (AD) 2018–23–51, "
            "which applies to all The Boeing Company Model 737–8 and 737–9 (737 MAX) airplanes.",
            # a run-in heading after a sentence's end starts its own paragraph (it ran on)
            "to address the unsafe condition on these products.\nDATES: The FAA must receive",
            "ADDRESSES: You may send comments",
            "Examining the AD Docket",
            "Lion Air Flight 610",
        ],
    ),
    "pdf/en/REFI-QDA-1-5.pdf": (
        None,
        [
            "REFI-QDA",
            "Fred van Blommestein",
            # paragraphs set apart by space, most of them ending short: prose, not verse
            "\nThe purpose of this standard is to enable users of QDA Software to exchange "
            "analysis work between packages. Representatives from",
            # and a heading set apart by space only (12 pt over 11) is a line of its own
            "are referred to as external sources.\n8.2 Compression scheme\n",
        ],
    ),
    "pdf/en/dmca.pdf": (
        None,
        [
            "THE DIGITAL MILLENNIUM COPYRIGHT ACT OF 1998\n",
            # list items whose wrapped lines hang under the first: whole, hyphens rejoined
            "\n5. Personal privacy (section 1201(i)). This exception permits circumvention when"
            " the technological measure",
        ],
    ),
    "pdf/en/multicolumn.pdf": (
        None,
        [
            "Two-Column Document with Lorem Ipsum",
            # the "fi" ligature is one glyph with one box for two characters: no line break
            "This is a sample document with two columns filled with Lorem Ipsum text.",
            "Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Ut purus elit,",
            "Nam arcu libero, nonummy eget, consectetuer id, vulputate a, magna.",
            # its folio ("1"), ~14 % up from the bottom, is left out, and the paragraph it
            # stood in goes on over the page break whole
            "Quisque egestas wisi eget nunc. Nam feugiat lacus vel est. Curabitur consectetuer.",
            "Official Language",
            "Austria\t8.9\t83,879\tVienna\tGerman\nBelgium\t11.5\t30,689\t",  # by rows
        ],
    ),
    "pdf/broken/issue6069.pdf": (
        None,
        ["Missing value for startxref and junk before magic header"],
    ),
    "pdf/broken/xref_command_missing.pdf": (None, ["Reduced test-case"]),
    "pdf/broken/zen_of_python_corrupted.pdf": (None, ["Beautiful is better than ugly."]),
    "pdf/broken/scan-bad.pdf": (None, ["pdf.js"]),
    "pdf/broken/malformed-from-issue-932.pdf": (None, ["2021", "31"]),
    "pdf/broken/encrypted_aes-256.pdf": ("baz", ["Secret!"]),
    "pdf/broken/encrypted_rc4-40.pdf": ("baz", ["Secret!"]),
    "pdf/broken/encrypted_aes-256-r6.pdf": ("usersecret", ["Hello World"]),
    "pdf/broken/password-example.pdf": ("test", ["Backup4all"]),
    "docx/poi_stress019_ja.docx": (
        None,
        [
            "リーダーシップに係る発行運営業務委託\nリニューアルプロポーザル募集要項\n平成３０年９月２１日"
        ],
    ),
    "docx/poi_61470_ruby_ja.docx": (None, ["東京"]),
    "docx/poi_stress023_en_adu_ordinance.docx": (None, ["Chapter 18.33\nACCESSORY DWELLING UNITS"]),
    "docx/poi_stress016_en_privacy_notice.docx": (
        None,
        ["This notice describes how medical information about you may be used and disclosed"],
    ),
    "docx/qualcoder_ID1_en_interview.docx": (None, ["I really like learning new things."]),
    "pdf/en/linn.txt": (None, []),
}
SCANNED = {"pdf/en/c02-22_scanned.pdf": "tip-toeing", "pdf/en/linn_scanned_2col.pdf": ""}
BROKEN = {
    "pdf/broken/empty.pdf": "the file is empty",
    "pdf/broken/invalid.pdf": "damaged or truncated",
    "pdf/broken/bug1250079.pdf": "damaged or truncated",
    "pdf/broken/jo_truncated_DERIVED.pdf": "damaged or truncated",
    "docx/poi_truncated62886.docx": "Word document is damaged",
}
NOT_DOCUMENTS = {"refi/"}  # REFI-QDA schemas and projects belong to the exchange tests


def _manifest() -> list[dict[str, str]]:
    found = corpus_dir()
    if found is None:
        return []
    with (found / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


ROWS = _manifest()


def test_every_manifest_file_has_an_expectation(corpus: Path) -> None:
    known = set(TEXT_EXPECTATIONS) | set(SCANNED) | set(BROKEN)
    for row in ROWS:
        if row["file"].startswith(tuple(NOT_DOCUMENTS)):
            continue
        assert row["file"] in known, f"no import expectation for {row['file']}"


def _document_rows() -> list[object]:
    """Every document of the corpus; the scanned ones (OCR, seconds each) marked slow."""
    files = [r["file"] for r in ROWS if not r["file"].startswith(tuple(NOT_DOCUMENTS))]
    return [
        pytest.param(name, marks=pytest.mark.slow) if name in SCANNED else name for name in files
    ] or ["corpus-absent"]


@pytest.mark.parametrize("relative", _document_rows())
def test_corpus_file(corpus: Path, relative: str, request: pytest.FixtureRequest) -> None:
    path = corpus / relative
    data = path.read_bytes()
    if relative in BROKEN:
        with pytest.raises(ImportFailedError, match=BROKEN[relative]) as error:
            extract(data, path.name, ImportOptions())
        assert path.name in str(error.value)
        return
    if relative in SCANNED:
        request.getfixturevalue("tesseract")
        extraction = extract(data, path.name, ImportOptions())
        assert extraction.pages[0].ocr
        assert SCANNED[relative] in extraction.text
        assert len(extraction.text) > 500
        return
    password, snippets = TEXT_EXPECTATIONS[relative]
    if password:
        with pytest.raises(PasswordRequiredError) as missing:
            extract(data, path.name, ImportOptions())
        assert not isinstance(missing.value, WrongPasswordError)
        with pytest.raises(WrongPasswordError):
            extract(data, path.name, ImportOptions(password="not-it"))
    extraction = extract(data, path.name, ImportOptions(password=password))
    text = extraction.text
    position = 0
    for snippet in snippets:
        found = text.find(snippet, position)
        assert found >= 0, f"{snippet!r} not found (in order) in {text[:3000]!r}"
        position = found + len(snippet)
    if extraction.pages:
        for page in extraction.pages:
            assert len(page.boxes) == 16 * (page.char_end - page.char_start)
    if relative.startswith("pdf/ja/") and relative != "pdf/ja/issue-463-example.pdf":
        assert extraction.language in ("ja", "mixed")
    if relative.startswith("pdf/en/"):
        assert extraction.language == "en"


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        ("pdf/en/federal-register-2020-17221.pdf", "jbell on DSKJLSW7X2PROD with PROPOSALS"),
        ("pdf/en/federal-register-2020-17221.pdf", "Federal Register / Vol. 85, No. 152 /"),
        ("pdf/en/dmca.pdf", "The Digital Millennium Copyright Act of 1998\n"),
        ("pdf/en/dmca.pdf", "\nPage "),
        pytest.param("pdf/en/REFI-QDA-1-5.pdf", "\nREFI-QDA\n", marks=pytest.mark.slow),
    ],
)
def test_running_heads_page_numbers_and_stamps_are_left_out(
    corpus: Path, name: str, furniture: str
) -> None:
    """Repeated on every page (a running head, the sideways printer's stamp, the page
    number), they are left out of the text and named in a warning, unless asked for."""
    data = (corpus / name).read_bytes()
    extraction = extract(data, name, ImportOptions(ocr=False))
    assert any(w.startswith("running heads and page numbers") for w in extraction.warnings)
    kept = extract(data, name, ImportOptions(ocr=False, keep_page_furniture=True)).text
    assert kept.count(furniture) >= 3
    assert extraction.text.count(furniture) <= 1  # REFI-QDA's title page names it in its own right


def test_a_paragraph_going_on_over_a_page_break_is_whole(corpus: Path) -> None:
    text = extract((corpus / "pdf/en/dmca.pdf").read_bytes(), "dmca.pdf", ImportOptions()).text
    # page 3 ends in "measures that prevent", page 4 goes on after its running head
    # (with its footnote marker in its place)
    assert "measures that prevent unauthorized copying² of a copyrighted work." in text


def test_vertical_pages_have_no_vertical_form_brackets(corpus: Path) -> None:
    for name in ("jo.pdf", "kampo.pdf", "vertical.pdf"):
        text = extract((corpus / "pdf/ja" / name).read_bytes(), name, ImportOptions()).text
        assert not any("\ufe10" <= c <= "\ufe4f" for c in text), name


def test_kangxi_radical_is_stored_as_the_unified_ideograph(corpus: Path) -> None:
    text = extract(
        (corpus / "pdf/ja/issue15340.pdf").read_bytes(), "issue15340.pdf", ImportOptions()
    ).text
    assert "\u2f00" not in text
    assert "一つの箱" in text


def test_no_spaces_between_japanese_characters_on_vertical_pages(corpus: Path) -> None:
    text = extract((corpus / "pdf/ja/jo.pdf").read_bytes(), "jo.pdf", ImportOptions()).text
    spaced = sum(
        1
        for a, b, c in zip(text, text[1:], text[2:], strict=False)
        if is_cjk(a) and b == " " and is_cjk(c)
    )
    assert spaced == 0


def test_tracked_insertions_are_kept_and_deletions_left_out(corpus: Path) -> None:
    path = corpus / "docx/poi_stress023_en_adu_ordinance.docx"
    text = extract(path.read_bytes(), path.name, ImportOptions()).text
    assert len(text) > 25_000  # python-docx finds 18,371 characters: 8,120 sit in insertions


def test_docx_tables_are_read(corpus: Path) -> None:
    path = corpus / "docx/poi_stress019_ja.docx"
    text = extract(path.read_bytes(), path.name, ImportOptions()).text
    assert len(text) > 6000  # python-docx paragraphs: 5,516 (table text missing)


def test_docx_list_numbering_as_word_shows_it(corpus: Path) -> None:
    """Checked against the files' XML: stress016 has 45 paragraphs with w:numPr, all bullet
    lists whose level text is the Symbol-font U+F0B7; stress023 and stress019 type their
    numbers (18.33.010, A., （１）, ５．) as text, and no paragraph uses a list, so nothing is
    added to them (stress023's numbering.xml only defines bullet styles nobody uses)."""

    def text_of(relative: str) -> str:
        path = corpus / relative
        return extract(path.read_bytes(), path.name, ImportOptions()).text

    notice = text_of("docx/poi_stress016_en_privacy_notice.docx")
    assert notice.count("\n•\t") == 45
    assert "\uf0b7" not in notice
    assert (
        "For health care operations:\n"
        "•\tWe may use your medical records to assess quality and improve services.\n"
        "•\tWe may use and disclose medical records to review"
    ) in notice
    assert "•\tTo prevent or control disease, injury or disability\n•\tTo report births" in notice

    ordinance = text_of("docx/poi_stress023_en_adu_ordinance.docx")
    assert "Chapter 18.33\nACCESSORY DWELLING UNITS\n18.33.010 Purpose.\n" in ordinance
    assert "\nA.\u00a0\u00a0\u00a0\u00a0Increase the supply of smaller units" in ordinance
    assert "•" not in ordinance and "\n1.\t" not in ordinance

    call = text_of("docx/poi_stress019_ja.docx")
    assert "\n５．委託業者選定方法\n" in call
    assert "\n（１）FFJのブランド価値向上を目指すこと" in call


@pytest.mark.slow
def test_ocr_of_the_scanned_brochure_matches_its_reference_text(
    corpus: Path, tesseract: str
) -> None:
    """linn_scanned_2col.pdf has no text layer; linn.txt is a reference OCR of it. Our OCR
    must read the same words in the same order (both columns, left then right)."""
    path = corpus / "pdf/en/linn_scanned_2col.pdf"
    ours = extract(path.read_bytes(), path.name, ImportOptions()).text
    reference = (corpus / "pdf/en/linn.txt").read_text(encoding="utf-8")

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    matcher = difflib.SequenceMatcher(None, words(ours), words(reference), autojunk=False)
    assert matcher.ratio() >= 0.9  # measured 0.975: bullets and a fraction read differently
