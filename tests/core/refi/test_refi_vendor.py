"""Real vendor files from the corpus: every element is imported or reported, none ignored."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frameworkqda.core import model
from frameworkqda.core.exchange.refi import ExchangeCancelled, export_qdpx, import_qdpx
from frameworkqda.core.store import open_project
from tests.core.refi.builders import build_rich_project

CANCELLED = threading.Event()  # a cancel asked before the call begins
CANCELLED.set()


def _counts(path: Path) -> dict[str, int]:
    with open_project(path) as project, project.session() as s:
        return {
            table.__name__: s.scalar(select(func.count()).select_from(table)) or 0
            for table in (
                model.Coder,
                model.Code,
                model.Case,
                model.Document,
                model.Segment,
                model.Memo,
                model.AttributeDefinition,
                model.CaseAttributeValue,
            )
        }


def test_hand_authored_qde_bare(refi_dir: Path, tmp_path: Path) -> None:
    report = import_qdpx(refi_dir / "ornio_hand_authored_project.qde", tmp_path / "h.fqda")
    text = "\n".join(report.lines())
    assert not any("not understood" in line for line in report.lost), text
    for expected in (
        "sets are not supported",
        "graphs are not supported",
        "PictureSource",
        "AudioSource",
        "VideoSource",
        "Interview 1.txt",
        "link to a code",
    ):
        assert expected in text, expected
    counts = _counts(tmp_path / "h.fqda")
    assert counts["Code"] == 4 and counts["Case"] == 1 and counts["CaseAttributeValue"] == 2
    # the PDF's file is absent, so its representation becomes a text document; its PDF
    # selection is matched by its text "diet and health"
    with open_project(tmp_path / "h.fqda") as project, project.session() as s:
        segment = s.scalars(select(model.Segment)).one()
        assert segment.document.text[segment.start : segment.end] == "diet and health"


def test_hand_authored_packaged_with_crlf_source(refi_dir: Path, tmp_path: Path) -> None:
    """Packed as a .qdpx with an upper-case Sources folder, a <name>.qde and CRLF text."""
    qde = (refi_dir / "ornio_hand_authored_project.qde").read_bytes()
    source = tmp_path / "packed.qdpx"
    with zipfile.ZipFile(source, "w") as z:
        z.writestr("Sample Study.qde", qde)
        z.writestr(
            "Sources/11111111-1111-1111-1111-111111111111.txt",
            b"Diet and\r\nhealth are closely linked.\r\n",
        )
    report = import_qdpx(source, tmp_path / "p.fqda")
    assert not any("not understood" in line for line in report.lost)
    assert report.notes[:2] == [
        "TextSource 'Interview 1.txt': its selections count each CRLF line end as one "
        "character, as their names show (1 match only so, 0 only as the standard counts); "
        "read so",
        "packed.qdpx (Sample Study.qde), line 59: selection 50000000-0000-0000-0000-"
        "000000000002 in TextSource 'Interview 1.txt': its name is 'health are closely' but "
        "the text at 9-23 is 'health are clo'; imported at the positions given, check it",
    ]
    with open_project(tmp_path / "p.fqda") as project, project.session() as s:
        document = s.scalars(
            select(model.Document).where(model.Document.name == "Interview 1.txt")
        ).one()
        assert "\r" not in document.text
        spans = sorted(document.text[g.start : g.end] for g in document.segments)
        # counting the CR of the CRLF text, 0-15 would be "Diet and\nhealt"; the selection's
        # name "Diet and health" shows it counts CRLF as one (as ATLAS.ti does), so the
        # source's positions are read so; 9-23 matches its name "health are closely" neither
        # way, and is reported
        assert spans == ["Diet and\nhealth", "health are clo"]
        assert document.case is not None and document.case.name == "Participant 1"
        memo = s.scalars(select(model.Memo)).one()
        assert memo.segment_id is not None  # the Link from the memo to the selection


@pytest.mark.parametrize(
    "name", ["ponte_blank-atlas-project.qdpx", "ponte_target-atlas-project.qdpx"]
)
def test_atlas_ti_exports(refi_dir: Path, tmp_path: Path, name: str) -> None:
    report = import_qdpx(refi_dir / name, tmp_path / "a.fqda")
    assert report.lost == [], report.lines()
    assert report.origin.startswith("ATLAS.ti")
    counts = _counts(tmp_path / "a.fqda")
    assert counts["Coder"] == 2
    assert counts["Code"] == (3 if "target" in name else 0)


def test_export_cancel_writes_nothing(tmp_path: Path) -> None:
    with (
        build_rich_project(tmp_path / "p.fqda") as project,
        pytest.raises(ExchangeCancelled, match=r"out\.qdpx"),
    ):
        export_qdpx(project, tmp_path / "out.qdpx", cancel=CANCELLED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.fqda"]


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    with build_rich_project(tmp_path / "p.fqda") as project:
        export_qdpx(project, tmp_path / "out.qdpx", progress=lambda *a: seen.append(a))
    assert seen[-1][0] == seen[-1][1]
    import_qdpx(tmp_path / "out.qdpx", tmp_path / "q.fqda", progress=lambda *a: seen.append(a))
    assert seen[-1][0] == seen[-1][1] and seen[-1][2] == "done"
