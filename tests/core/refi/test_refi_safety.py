"""Each attack on the importer is refused with a clear error and nothing is written."""

from __future__ import annotations

import os
import stat
import threading
import zipfile
from pathlib import Path

import pytest

from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.exchange.refi import ExchangeCancelled, UnsafeFileError, import_qdpx
from frameworkqda.core.exchange.refi.common import ExchangeError
from frameworkqda.core.exchange.refi.safety import Limits

NS = 'xmlns="urn:QDA-XML:project:1.0"'
MINIMAL = f'<?xml version="1.0" encoding="utf-8"?><Project {NS} name="p"/>'.encode()

CANCELLED = threading.Event()  # a cancel asked before the call begins
CANCELLED.set()


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def _refused(
    tmp_path: Path, source: Path, match: str, error: type = UnsafeFileError, **options: object
) -> None:
    before = set(tmp_path.iterdir())
    with pytest.raises(error, match=match) as caught:
        import_qdpx(source, tmp_path / "new.fqda", **options)  # type: ignore[arg-type]
    assert str(source) in str(caught.value)
    assert set(tmp_path.iterdir()) == before, "the import left something behind"


def test_zip_slip_is_refused(tmp_path: Path) -> None:
    source = _zip(tmp_path / "slip.qdpx", {"project.qde": MINIMAL, "../../evil.txt": b"x"})
    _refused(tmp_path, source, "zip-slip")


def test_absolute_path_is_refused(tmp_path: Path) -> None:
    source = _zip(tmp_path / "abs.qdpx", {"project.qde": MINIMAL, "/etc/evil": b"x"})
    _refused(tmp_path, source, "absolute")


def test_windows_drive_path_is_refused(tmp_path: Path) -> None:
    source = _zip(tmp_path / "drive.qdpx", {"project.qde": MINIMAL, "C:\\evil.txt": b"x"})
    _refused(tmp_path, source, "absolute")


def test_symlink_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "link.qdpx"
    with zipfile.ZipFile(source, "w") as z:
        z.writestr("project.qde", MINIMAL)
        info = zipfile.ZipInfo("sources/passwd.txt")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    _refused(tmp_path, source, "symbolic link")


def test_zip_bomb_ratio_is_refused(tmp_path: Path) -> None:
    source = _zip(
        tmp_path / "bomb.qdpx",
        {"project.qde": MINIMAL, "sources/a.txt": b"\0" * (96 * 1024 * 1024)},
    )
    _refused(tmp_path, source, "zip bomb")


def test_a_highly_compressible_source_below_the_floor_is_read(tmp_path: Path) -> None:
    """A text of repeated lines compresses far past 200-fold: our own export of one (50 MB)
    was refused as a zip bomb on the way back in."""
    from frameworkqda.core.exchange.refi.safety import SafeArchive

    text = ("外国人住民の相談窓口を設置する。\n" * 400_000).encode("utf-8")  # 19 MB
    source = _zip(tmp_path / "repeated.qdpx", {"project.qde": MINIMAL, "sources/a.txt": text})
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("sources/a.txt")
        assert info.file_size > 200 * info.compress_size  # a zip bomb's ratio, a text's size
    with SafeArchive(source) as archive:
        found = archive.find("sources/a.txt")
        assert found is not None and archive.read(found) == text


SOURCE = (
    f'<?xml version="1.0" encoding="utf-8"?><Project {NS} name="p"><Sources>'
    '<TextSource guid="40000000-0000-0000-0000-000000000001" name="big"'
    ' plainTextPath="internal://big.txt"/></Sources></Project>'
).encode()


def test_a_source_over_the_import_limit_is_refused_naming_it(tmp_path: Path) -> None:
    source = _zip(
        tmp_path / "big.qdpx",
        {"project.qde": SOURCE, "sources/big.txt": os.urandom(1_100_000).hex().encode()},
    )
    _refused(
        tmp_path,
        source,
        r"sources/big.txt: 2.1 MiB \(2,200,000 bytes\), over the import limit of 1.9 MiB "
        r"\(2,000,000 bytes\) for one source; refused",
        limits=Limits(max_source_bytes=2_000_000),
    )


def test_a_source_beside_a_qde_over_the_import_limit_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "bare"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "big.txt").write_bytes(b"x" * 2_000_001)
    qde = folder / "project.qde"
    qde.write_bytes(SOURCE.replace(b"internal://", b"relative://"))
    _refused(tmp_path, qde, "over the import limit of", limits=Limits(max_source_bytes=2_000_000))


def test_notes_text_files_over_their_limit_together_are_refused(tmp_path: Path) -> None:
    notes = "".join(
        f'<Note guid="30000000-0000-0000-0000-00000000000{n}" name="memo {n}"'
        f' plainTextPath="internal://note{n}.txt"/>'
        for n in range(3)
    )
    qde = f'<?xml version="1.0" encoding="utf-8"?><Project {NS} name="p">'
    qde += f"<Notes>{notes}</Notes></Project>"
    entries = {f"sources/note{n}.txt": os.urandom(300_000).hex().encode() for n in range(3)}
    source = _zip(tmp_path / "notes.qdpx", {"project.qde": qde.encode(), **entries})
    _refused(
        tmp_path,
        source,
        r"the notes' text files come to more than 1.4 MiB \(1,500,000 bytes\), the import "
        "limit for them together; refused",
        limits=Limits(max_note_bytes=1_500_000),
    )
    report = import_qdpx(source, tmp_path / "ok.fqda")  # all three, as free memos
    assert report.imported["free memos"] == 3


def test_zip_bomb_size_is_refused(tmp_path: Path) -> None:
    source = _zip(
        tmp_path / "big.qdpx", {"project.qde": MINIMAL, "sources/a.txt": b"0123456789" * 200_000}
    )
    _refused(tmp_path, source, "limit", limits=Limits(max_entry_bytes=1_000_000))


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE Project [{entities}]><Project {NS} name="&l9;"/>'
    ).encode()
    source = _zip(tmp_path / "laughs.qdpx", {"project.qde": xml})
    _refused(tmp_path, source, "DTD|entit")


def test_external_entity_is_refused(tmp_path: Path) -> None:
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<Project {NS} name="&x;"/>'
    ).encode()
    source = tmp_path / "xxe.qde"
    source.write_bytes(xml)
    _refused(tmp_path, source, "DTD|entit")


def test_external_dtd_is_refused(tmp_path: Path) -> None:
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE Project SYSTEM "http://127.0.0.1:9/evil.dtd">'
        f'<Project {NS} name="p"/>'
    ).encode()
    source = _zip(tmp_path / "dtd.qdpx", {"project.qde": xml})
    _refused(tmp_path, source, "DTD")


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    codes = "".join(
        f'<Code guid="{i:08d}-0000-0000-0000-000000000000" name="c" isCodable="true">'
        for i in range(200)
    )
    xml = (
        f'<Project {NS} name="p"><CodeBook><Codes>{codes}{"</Code>" * 200}'
        "</Codes></CodeBook></Project>"
    ).encode()
    source = _zip(tmp_path / "deep.qdpx", {"project.qde": xml})
    _refused(tmp_path, source, "nested deeper")


def test_too_many_elements_is_refused(tmp_path: Path) -> None:
    users = "".join(f'<User guid="{i:08d}-0000-0000-0000-000000000000"/>' for i in range(500))
    xml = f'<Project {NS} name="p"><Users>{users}</Users></Project>'.encode()
    source = _zip(tmp_path / "many.qdpx", {"project.qde": xml})
    _refused(tmp_path, source, "elements", limits=Limits(max_xml_elements=100))


def test_dangling_reference_is_refused(tmp_path: Path) -> None:
    xml = (
        f'<Project {NS} name="p"><Sources><TextSource guid="40000000-0000-0000-0000-'
        '000000000001" name="t"><PlainTextContent>hello</PlainTextContent>'
        '<PlainTextSelection guid="50000000-0000-0000-0000-000000000001" startPosition="0"'
        ' endPosition="3"><Coding guid="60000000-0000-0000-0000-000000000001"><CodeRef '
        'targetGUID="20000000-0000-0000-0000-00000000dead"/></Coding></PlainTextSelection>'
        "</TextSource></Sources></Project>"
    ).encode()
    source = _zip(tmp_path / "dangling.qdpx", {"project.qde": xml})
    _refused(tmp_path, source, "dangling", error=ExchangeError)


def test_duplicate_guid_is_refused(tmp_path: Path) -> None:
    guid = "10000000-0000-0000-0000-000000000001"
    xml = (
        f'<Project {NS} name="p"><Users><User guid="{guid}"/><User guid="{guid}"/></Users>'
        "</Project>"
    ).encode()
    source = _zip(tmp_path / "dup.qdpx", {"project.qde": xml})
    _refused(tmp_path, source, "used twice", error=ExchangeError)


def test_not_xml_is_refused(tmp_path: Path) -> None:
    source = _zip(tmp_path / "junk.qdpx", {"project.qde": b"\x00\x01 not xml"})
    _refused(tmp_path, source, "not well-formed")


def test_an_empty_or_junk_file_is_said_to_be_no_project(tmp_path: Path) -> None:
    """A 0-byte .qdpx, or random bytes, got "not well-formed XML (no element found (line
    0))": said plainly now, naming the file."""
    empty = tmp_path / "empty.qdpx"
    empty.write_bytes(b"")
    _refused(tmp_path, empty, "an empty file, not a REFI-QDA project", error=ExchangeError)
    for name in ("junk.qdpx", "junk.qde"):
        junk = tmp_path / name
        junk.write_bytes(os.urandom(2048).replace(b"<", b"x"))
        _refused(tmp_path, junk, "not a REFI-QDA project, or a damaged one", error=ExchangeError)
    truncated = tmp_path / "half.qdpx"  # a .qdpx cut short is no zip archive any more
    whole = _zip(tmp_path / "whole.qdpx", {"project.qde": MINIMAL}).read_bytes()
    truncated.write_bytes(whole[: len(whole) // 2])
    _refused(tmp_path, truncated, "neither a readable .qdpx zip archive", error=ExchangeError)
    for name, data in (  # Excel's CSV, with its byte-order mark, passed for XML
        ("segments.csv", "\ufeffdocument,start,end,code\n".encode()),
        ("notes.txt", "\ufeff多文化共生\n".encode("utf-16")),
    ):
        (tmp_path / name).write_bytes(data)
        _refused(tmp_path, tmp_path / name, "not a REFI-QDA project, or a damaged one",
                 error=ExchangeError)  # fmt: skip
    plain = tmp_path / "plain.qdpx"  # project XML under a .qdpx name is still read
    plain.write_bytes(MINIMAL)
    marked = tmp_path / "marked.qde"  # and so is XML after a byte-order mark
    marked.write_bytes(b"\xef\xbb\xbf" + MINIMAL)
    import_qdpx(marked, tmp_path / "marked.fqda")
    import_qdpx(plain, tmp_path / "plain.fqda")
    assert (tmp_path / "plain.fqda").is_file()


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    source = _zip(tmp_path / "ok.qdpx", {"project.qde": MINIMAL})
    _refused(tmp_path, source, "cancelled", error=ExchangeCancelled, cancel=CANCELLED)


def test_existing_target_is_not_touched(tmp_path: Path) -> None:
    source = _zip(tmp_path / "ok.qdpx", {"project.qde": MINIMAL})
    (tmp_path / "new.fqda").write_bytes(b"keep me")
    with pytest.raises(FrameworkQDAError, match="already exists"):
        import_qdpx(source, tmp_path / "new.fqda")
    assert (tmp_path / "new.fqda").read_bytes() == b"keep me"


def test_too_many_selections_names_the_memory_limit(tmp_path: Path) -> None:
    """Issue 18: 2 million selections took 6.5 GB; the element limit refuses them up front."""
    code = "20000000-0000-0000-0000-000000000001"
    selections = "".join(
        f'<PlainTextSelection guid="50000000-0000-0000-0000-{n:012d}" startPosition="0"'
        f' endPosition="3"><Coding guid="60000000-0000-0000-0000-{n:012d}">'
        f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
        for n in range(40)
    )
    xml = (
        f'<Project {NS} name="p"><CodeBook><Codes><Code guid="{code}" name="c"'
        ' isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="40000000-0000-0000-'
        f'0000-000000000001" name="t"><PlainTextContent>hello</PlainTextContent>{selections}'
        "</TextSource></Sources></Project>"
    ).encode()
    source = _zip(tmp_path / "selections.qdpx", {"project.qde": xml})
    limits = Limits(max_xml_elements=90)
    _refused(tmp_path, source, r"more than 90 XML elements, the limit .*1 GB", limits=limits)
    assert Limits().max_xml_elements <= 750_000, "the default must keep imports under 1 GB"


def test_project_xml_over_the_byte_limit_is_refused_before_reading(tmp_path: Path) -> None:
    """The project XML is held whole while parsed: its size limit is checked before inflating."""
    users = "".join(f'<User guid="{i:08d}-0000-0000-0000-000000000000"/>' for i in range(500))
    xml = f'<Project {NS} name="p"><Users>{users}</Users></Project>'.encode()
    source = _zip(tmp_path / "large.qdpx", {"project.qde": xml})
    _refused(tmp_path, source, "limit of 10,000 bytes", limits=Limits(max_xml_bytes=10_000))
    bare = tmp_path / "large.qde"
    bare.write_bytes(xml)
    _refused(tmp_path, bare, "limit of 10,000", limits=Limits(max_xml_bytes=10_000))


def test_an_undefined_entity_is_named_with_its_line(tmp_path: Path) -> None:
    """It said "not well-formed XML (no element found (line 0))": neither what nor where."""
    qde = MINIMAL.replace(b"<Project ", b"<Project x='a &foo; b' ", 1)
    assert qde != MINIMAL
    source = _zip(tmp_path / "entity.qdpx", {"project.qde": qde})
    _refused(tmp_path, source, r"Entity 'foo' not defined, line 1, column \d+")
