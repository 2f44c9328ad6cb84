"""A codebook or project coming back from another program through the CLI: `codebook import`
of a .qdc renames and moves the codes it names by GUID and prints each (before: "2 already
present", both dropped); `import-qdpx` of a coding on a heading-only code makes that code one
that takes codings and says so (before: a passage on a heading, "not carried over: nothing")."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from frameworkqda.cli import main
from tests.core.refi.test_refi_coded_heading import _qde

NS = {"c": "urn:QDA-XML:codebook:1.0"}
CONSULTATION = "Anti-discrimination/Consultation service"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(list(argv))
    return status, capsys.readouterr().out


def test_codebook_import_applies_and_prints_renames_and_moves(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "code", study, "--document", "memo.txt", "--start", "0", "--end", "3",
               "--code", CONSULTATION)[0] == 0  # fmt: skip
    book = tmp_path / "book.qdc"
    assert run(capsys, "codebook", "export", study, "-o", str(book))[0] == 0
    root = etree.parse(str(book)).getroot()
    theme = root.xpath("//c:Code[@name='Anti-discrimination']", namespaces=NS)[0]
    consultation = theme.xpath("c:Code[@name='Consultation service']", namespaces=NS)[0]
    consultation.set("name", "相談窓口𠮷")
    root.find("c:Codes", NS).append(consultation)  # to the top level
    education = root.xpath("//c:Code[@name='Education']", namespaces=NS)[0]
    education.set("name", "Health")  # a theme of that name is there already
    back = tmp_path / "back.qdc"
    back.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    written = etree.parse(str(back)).getroot()
    moved, kept = (
        written.xpath(f"//c:Code[@name='{name}']", namespaces=NS)[0].sourceline
        for name in ("相談窓口𠮷", "Health")
    )

    status, out = run(capsys, "codebook", "import", study, str(back))
    assert status == 0
    lines = out.splitlines()
    assert lines[0].endswith(": 0 codes added, 1 updated, 37 already present"), lines
    assert lines[1] == (
        f"row {moved}: “{CONSULTATION}” renamed and moved to “相談窓口𠮷”, as in the file"
    )
    assert lines[2] == (
        f"not carried over: row {kept}: “Education” left as it is, not made "
        "“Health” as in the file: another code there is named “Health” already"
    )
    status, out = run(capsys, "segments", study)
    assert "\t相談窓口𠮷\t" in out and CONSULTATION not in out
    assert run(capsys, "codebook", "import", study, str(back))[1].splitlines()[1:] == [
        lines[2]  # again: nothing more to do, the refusal still named
    ]


def test_import_qdpx_makes_a_coded_heading_a_code_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "h.fqda")
    status, out = run(capsys, "import-qdpx", target, str(_qde(tmp_path)))
    assert status == 0
    assert (
        "  - code 'Language': a heading only in the file (isCodable=\"false\"), with 1 coding "
        "on it; imported as a code that takes codings, as a heading only here takes none"
    ) in out.splitlines()
    assert "not carried over: nothing" in out
    listed = run(capsys, "segments", target)[1]
    assert "interview.txt\t\t\t0\t6\tLanguage\t" in listed
