"""Identical or overlapping passages of one code by one coder, as another program's .qdpx or a
colleague's copy brings them in, joined by the rule coding follows (``overlaps.take_in``):
through ``import-qdpx`` and ``merge`` in a real process, on real files."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import markers
from frameworkqda.core.store import create_project, open_project

TEXT = "外国人相談窓口を設置する。多言語で情報を提供する。学校に支援員を置く。"
SOURCE = "40000000-0000-0000-0000-000000000001"
CONSULT, LANGUAGE = "20000000-0000-0000-0000-000000000001", "20000000-0000-0000-0000-000000000002"
ALICE, BOB = "10000000-0000-0000-0000-000000000001", "10000000-0000-0000-0000-000000000002"
MEMO, TRANSLATION = "30000000-0000-0000-0000-000000000001", "30000000-0000-0000-0000-000000000002"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frameworkqda", *args], capture_output=True, text=True, timeout=120
    )


def _selection(number: int, start: int, end: int, code: str, user: str, inner: str = "") -> str:
    guid = f"50000000-0000-0000-0000-00000000000{number}"
    return (
        f'<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}" '
        f'creatingUser="{user}">{inner}<Coding guid="60000000-0000-0000-0000-00000000000'
        f'{number}" creatingUser="{user}"><CodeRef targetGUID="{code}"/></Coding>'
        "</PlainTextSelection>"
    )


def _qdpx(path: Path) -> Path:
    """Alice codes 外国人相談窓口を設置する。 twice (a note on each, a memo and a translation
    on the second), then 設置する。多言語で overlapping it, and 多言語で… right after it;
    Bob codes the first sentence too, and Alice the same sentence with another code."""
    sentence = TEXT.index("多")
    selections = [
        _selection(1, 0, sentence, CONSULT, ALICE, "<Description>相談窓口の設置</Description>"),
        _selection(
            2,
            0,
            sentence,
            CONSULT,
            ALICE,
            "<Description>2019年度から</Description>"
            f'<NoteRef targetGUID="{MEMO}"/><NoteRef targetGUID="{TRANSLATION}"/>',
        ),
        _selection(3, TEXT.index("設置"), sentence + 4, CONSULT, ALICE),
        _selection(4, sentence + 4, TEXT.index("学校"), CONSULT, ALICE),  # touches: apart
        _selection(5, 0, sentence, CONSULT, BOB),
        _selection(6, 0, sentence, LANGUAGE, ALICE),
    ]
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="Some QDA 1.0">
  <Users><User guid="{ALICE}" name="alice"/><User guid="{BOB}" name="bob"/></Users>
  <CodeBook><Codes>
    <Code guid="{CONSULT}" name="Consultation" isCodable="true"/>
    <Code guid="{LANGUAGE}" name="Languages" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{SOURCE}" name="kawasaki.txt" plainTextPath="internal://{SOURCE}.txt">
      {"".join(selections)}
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="{MEMO}" name="窓口"><PlainTextContent>要確認</PlainTextContent></Note>
    <Note guid="{TRANSLATION}" name="translation">
      <Description>{markers.TRANSLATION}</Description>
      <PlainTextContent>A consultation desk is set up.</PlainTextContent>
    </Note>
  </Notes>
</Project>"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr(f"sources/{SOURCE}.txt", TEXT.encode("utf-8"))
    return path


def _passages(path: Path) -> list[tuple[str, str, str, str, str, str]]:
    """(coder, code, text, note, translation, memo) of each passage."""
    with open_project(path) as project, project.session() as session:
        rows = session.execute(
            select(model.Segment, model.Coder.name, model.Code.name, model.Memo.text)
            .join(model.Coder, model.Segment.coder_id == model.Coder.id)
            .join(model.Code, model.Segment.code_id == model.Code.id)
            .outerjoin(model.Memo, model.Memo.segment_id == model.Segment.id)
            .order_by(model.Coder.name, model.Code.name, model.Segment.start)
        ).all()
        return [
            (coder, code, TEXT[s.start : s.end], s.note, s.translation, memo or "")
            for s, coder, code, memo in rows
        ]


def test_import_qdpx_joins_one_coders_overlapping_passages_of_one_code(tmp_path: Path) -> None:
    """The two identical selections and the overlapping one were three passages of
    Consultation by alice: three times evidence in the matrix cell, three rows in Review.
    They are one, over their union, keeping both notes, the memo and the translation; the
    passage that only touches it, Bob's and the other code's stay apart."""
    project = tmp_path / "p.fqda"
    result = run("import-qdpx", str(project), str(_qdpx(tmp_path / "p.qdpx")))
    assert result.returncode == 0, result.stderr
    assert (
        "  - document 'kawasaki.txt': 2 coded passages sharing text with a passage of the same "
        "code and coder joined into it, as coding that text again does (the passage widened to "
        "cover them, their notes and translations kept on it)"
    ) in result.stdout.splitlines()
    assert "carried over: 2 codes, 1 document, 1 memo, 4 segments, 2 users" in result.stdout
    assert _passages(project) == [
        (
            "alice",
            "Consultation",
            "外国人相談窓口を設置する。多言語で",
            "相談窓口の設置\n\nFrom an overlapping selection with the same code and coder:\n"
            "2019年度から",
            "A consultation desk is set up.",
            "要確認",
        ),
        ("alice", "Consultation", "情報を提供する。", "", "", ""),
        ("alice", "Languages", "外国人相談窓口を設置する。", "", "", ""),
        ("bob", "Consultation", "外国人相談窓口を設置する。", "", "", ""),
    ]


WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _copies(tmp_path: Path) -> tuple[Path, Path]:
    """TARGET: alice's Consultation on the first sentence (with a note), Bob's on it too.
    OTHER, a copy of it: alice widened her passage over 多言語で in a second passage (a note
    and a memo on it), coded 情報を提供する。 right after it, and coded the first sentence
    Languages twice; carol coded the first sentence."""
    target = tmp_path / "alice.fqda"
    with create_project(str(target), name="study") as project, project.transaction() as s:
        alice, bob = model.Coder(name="alice"), model.Coder(name="bob")
        consult = model.Code(name="Consultation", position=0)
        languages = model.Code(name="Languages", position=1)
        document = model.Document(
            name="kawasaki.txt",
            kind=model.DocumentKind.TEXT,
            sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
            text=TEXT,
            position=0,
        )
        s.add_all([alice, bob, consult, languages, document])
        s.flush()
        s.add(model.DocumentFile(document_id=document.id, data=TEXT.encode()))
        first = TEXT.index("多")
        for coder, note in ((alice, "相談窓口の設置"), (bob, "")):
            s.add(_passage(document, consult, coder, 0, first, note))
    other = tmp_path / "laptop.fqda"
    shutil.copyfile(target, other)
    with open_project(str(other)) as project, project.transaction() as s:
        document = s.scalars(select(model.Document)).one()
        codes = {code.name: code for code in s.scalars(select(model.Code))}
        alice = s.scalars(select(model.Coder).where(model.Coder.name == "alice")).one()
        carol = model.Coder(name="carol")
        s.add(carol)
        s.flush()
        wider = _passage(document, codes["Consultation"], alice, 5, first + 4, "2019年度から")
        s.add_all(
            [
                wider,
                _passage(document, codes["Consultation"], alice, first + 4, TEXT.index("学校")),
                _passage(document, codes["Languages"], alice, 0, first),
                _passage(document, codes["Languages"], alice, 0, first),
                _passage(document, codes["Consultation"], carol, 0, first),
            ]
        )
        s.flush()
        s.add(model.Memo(text="要確認", segment_id=wider.id, coder_id=alice.id))
    return target, other


def _passage(
    document: model.Document,
    code: model.Code,
    coder: model.Coder,
    start: int,
    end: int,
    note: str = "",
) -> model.Segment:
    return model.Segment(
        document_id=document.id,
        code_id=code.id,
        coder_id=coder.id,
        start=start,
        end=end,
        note=note,
        created_at=WHEN,
        updated_at=WHEN,
    )


def test_merge_joins_the_same_coders_overlapping_passages(tmp_path: Path) -> None:
    """alice's widened passage and her Languages coded twice became four passages beside
    hers: counted twice in the matrix. Hers is widened to the union, the note and memo kept;
    the very same passage is matched; the touching one, carol's and Bob's stay apart."""
    target, other = _copies(tmp_path)
    result = run("merge", str(target), str(other))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "matched: 2 coders, 1 document, 2 codes, 2 segments"
    assert lines[2] == "added: 1 coder, 3 segments, 1 memo"
    assert lines[-2:] == [
        "joined (1):",
        "  - 2 coded segments from laptop.fqda sharing text with a segment of the same code "
        "and coder here joined into it, as coding that text again does (the segment widened "
        "to cover them, their notes and translations added to its own)",
    ]
    assert _passages(target) == [
        (
            "alice",
            "Consultation",
            "外国人相談窓口を設置する。多言語で",
            "相談窓口の設置\n\nFrom laptop.fqda by alice (2026-03-02):\n2019年度から",
            "",
            "要確認",
        ),
        ("alice", "Consultation", "情報を提供する。", "", "", ""),
        ("alice", "Languages", "外国人相談窓口を設置する。", "", "", ""),
        ("bob", "Consultation", "外国人相談窓口を設置する。", "", "", ""),
        ("carol", "Consultation", "外国人相談窓口を設置する。", "", "", ""),
    ]
    again = run("merge", str(target), str(other))
    assert again.returncode == 0, again.stderr
    assert "added: nothing" in again.stdout and "joined" not in again.stdout
    assert len(_passages(target)) == 5


def test_a_passage_a_merge_widens_is_changed_now(tmp_path: Path) -> None:
    """carol's two overlapping Languages passages, held apart in the copy (an earlier
    version's import), come in as one passage widened over both: it kept the time of her
    first one, so "recently changed" and an export's modifiedDateTime missed the change. So
    did her passage that took in the note of one of the very same range (the last of three,
    kept as coding keeps the first it meets). alice's passage here, widened, is changed now
    too; carol's untouched passage keeps its time."""
    target, other = _copies(tmp_path)
    first = TEXT.index("多")
    with open_project(str(other)) as project, project.transaction() as s:
        document = s.scalars(select(model.Document)).one()
        codes = {code.name: code for code in s.scalars(select(model.Code))}
        carol = s.scalars(select(model.Coder).where(model.Coder.name == "carol")).one()
        s.add_all(
            [
                _passage(document, codes["Languages"], carol, 0, first),
                _passage(document, codes["Languages"], carol, 5, first + 4),
                _passage(document, codes["Languages"], carol, first + 4, TEXT.index("学校")),
                _passage(document, codes["Consultation"], carol, 0, first, "確認済み"),
                _passage(document, codes["Consultation"], carol, 0, first),  # the one kept
            ]
        )
    before = datetime.now(UTC)
    result = run("merge", str(target), str(other))
    assert result.returncode == 0, result.stderr
    with open_project(str(target)) as project, project.session() as s:
        changed = {
            (coder, code, TEXT[p.start : p.end], p.note): p.updated_at >= before
            for p, coder, code in s.execute(
                select(model.Segment, model.Coder.name, model.Code.name)
                .join(model.Coder, model.Segment.coder_id == model.Coder.id)
                .join(model.Code, model.Segment.code_id == model.Code.id)
            )
        }
    assert changed == {
        ("alice", "Consultation", "外国人相談窓口を設置する。多言語で", _ALICES_NOTE): True,
        ("alice", "Consultation", "情報を提供する。", ""): False,
        ("alice", "Languages", "外国人相談窓口を設置する。", ""): False,
        ("bob", "Consultation", "外国人相談窓口を設置する。", ""): False,
        ("carol", "Consultation", "外国人相談窓口を設置する。", _CAROLS_NOTE): True,
        ("carol", "Languages", "外国人相談窓口を設置する。多言語で", ""): True,
        ("carol", "Languages", "情報を提供する。", ""): False,
    }


_ALICES_NOTE = "相談窓口の設置\n\nFrom laptop.fqda by alice (2026-03-02):\n2019年度から"
_CAROLS_NOTE = "確認済み"  # hers alone: no heading (codebook.joined_text)


def test_a_passage_an_import_widens_is_changed_now(tmp_path: Path) -> None:
    """The file's selections bear the time they were last changed: alice's passage widened
    over her overlapping ones kept the time of the first, as if the import had not changed it;
    Bob's, as the file has it, keeps the file's time."""
    source = _qdpx(tmp_path / "p.qdpx")
    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["project.qde"] = files["project.qde"].replace(
        b"<PlainTextSelection ", b'<PlainTextSelection modifiedDateTime="2026-03-02T09:00:00Z" '
    )
    with zipfile.ZipFile(source, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    project = tmp_path / "p.fqda"
    before = datetime.now(UTC)
    result = run("import-qdpx", str(project), str(source))
    assert result.returncode == 0, result.stderr
    with open_project(project) as opened, opened.session() as s:
        times = {
            (coder, code, TEXT[p.start : p.end]): p.updated_at >= before or p.updated_at
            for p, coder, code in s.execute(
                select(model.Segment, model.Coder.name, model.Code.name)
                .join(model.Coder, model.Segment.coder_id == model.Coder.id)
                .join(model.Code, model.Segment.code_id == model.Code.id)
            )
        }
    assert times == {
        ("alice", "Consultation", "外国人相談窓口を設置する。多言語で"): True,
        ("alice", "Consultation", "情報を提供する。"): WHEN,
        ("alice", "Languages", "外国人相談窓口を設置する。"): WHEN,
        ("bob", "Consultation", "外国人相談窓口を設置する。"): WHEN,
    }


def test_check_reports_passages_an_earlier_import_kept_apart_and_changes_nothing(
    tmp_path: Path,
) -> None:
    """A project an earlier version's import or merge filled holds alice's two overlapping
    passages of one code: `check` says so and where, exit status 0 (it is no damage), and
    writes nothing; Bob's passage and one merely beside hers are not named."""
    project, _ = _copies(tmp_path)
    first = TEXT.index("多")
    with open_project(str(project)) as opened, opened.transaction() as s:
        document = s.scalars(select(model.Document)).one()
        codes = {code.name: code for code in s.scalars(select(model.Code))}
        alice = s.scalars(select(model.Coder).where(model.Coder.name == "alice")).one()
        s.add_all(
            [
                _passage(document, codes["Consultation"], alice, 5, first + 4),
                _passage(document, codes["Languages"], alice, 0, first),
                _passage(document, codes["Languages"], alice, first, first + 4),
            ]
        )
    before = project.read_bytes()
    result = run("check", str(project))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "note: 1 coded passage shares text with a passage of the same code and coder, so "
        "the matrix, the mapping and Review count that text twice; coding text, a REFI-QDA "
        "import and a merge join such passages into one, but an import or merge by an earlier "
        "version, recoding a passage or merging two codes keeps them apart. Nothing was "
        "changed: delete or recode the extra ones (Review lists them):",
        f"  'kawasaki.txt', code 'Consultation', alice: 0-{first}, 5-{first + 4}",
    ]
    assert project.read_bytes() == before
