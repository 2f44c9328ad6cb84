"""Coders side by side: the ranges only one coder coded, and the coder lists the views use."""

from __future__ import annotations

from pathlib import Path

from frameworkqda.core import workspace
from frameworkqda.core.coders import (
    ONLY_A,
    ONLY_B,
    Disagreement,
    coder_names,
    one_coder_only,
    segment_coders,
    side_by_side,
)
from frameworkqda.core.importers import import_documents
from frameworkqda.core.store import create_project
from tests import writes

TEXT = "𠮷田町の日本語教室は外国人市民に開かれている。多言語で相談に応じる。"


def test_one_coder_only_splits_at_every_boundary() -> None:
    a = [(0, 10), (20, 30)]
    b = [(5, 10), (25, 40)]
    assert one_coder_only(a, b) == [
        Disagreement(0, 5, ONLY_A),
        Disagreement(20, 25, ONLY_A),
        Disagreement(30, 40, ONLY_B),
    ]
    assert one_coder_only(a, a) == []
    assert one_coder_only([], [(3, 4)]) == [Disagreement(3, 4, ONLY_B)]
    # one coder's own overlapping segments count once
    assert one_coder_only([(3, 8), (0, 5)], []) == [Disagreement(0, 8, ONLY_A)]
    # A's range spans B's: the two A-only pieces on either side stay apart
    assert one_coder_only([(0, 10)], [(4, 6)]) == [
        Disagreement(0, 4, ONLY_A),
        Disagreement(6, 10, ONLY_A),
    ]


def test_side_by_side_reads_both_coders(project_location: str, tmp_path: Path) -> None:
    source = tmp_path / "教室.txt"
    source.write_text(TEXT, encoding="utf-8")
    with create_project(project_location, framework="mipex-local") as project:
        import_documents(project, [source])
        document = workspace.documents(project)[0]
        code = next(c for c in workspace.codebook(project) if c.parent_id is not None)
        project.coder_name = "Hanako"
        first = writes.add_segment(project, document.id, code.id, 0, 9)
        writes.add_segment(project, document.id, code.id, 5, 12)  # overlaps her own: merged
        project.coder_name = "Taro"
        second = writes.add_segment(project, document.id, code.id, 4, 15)
        project.coder_name = "Jiro"
        writes.set_memo(project, "project", None, "Jiro writes a memo but codes nothing")
        assert coder_names(project) == ["Hanako", "Jiro", "Taro"]
        assert coder_names(project, coded=True) == ["Hanako", "Taro"]
        assert segment_coders(project, [first, second]) == {first: "Hanako", second: "Taro"}
        pair = side_by_side(project, code.path, document.name, "Hanako", "Taro")
    assert pair.text == TEXT and pair.a == [(0, 12)] and pair.b == [(4, 15)]
    assert pair.disagreements == [Disagreement(0, 4, ONLY_A), Disagreement(12, 15, ONLY_B)]
    assert TEXT[0:4] == "𠮷田町の"  # positions are code points
