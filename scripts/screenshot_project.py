"""Build the project the documentation's screenshots show: the sample, charted.

Values are drawn at random (seeded, so a re-run gives the same picture) for most cells, every
other cell with evidence gets its auto-draft as summary, and the Education theme gets a memo.
With ``--two-coders`` it is coded by Hanako, then a second time by Taro (for Compare coders);
with ``--japanese`` its codebook, cases and memo are Japanese (the Japanese screenshots).
Run: ``PYTHONPATH=. python scripts/screenshot_project.py TARGET.fqda`` then, under Xvfb,
``frameworkqda gui TARGET.fqda -o F.png --view VIEW --size 1500x900``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from frameworkqda.core import charting, commands, workspace
from frameworkqda.core.store import open_project
from frameworkqda.gui.sample import add_second_coder, build_sample


def build(target: Path, two_coders: bool = False, language: str = "en") -> None:
    build_sample(target, coder="Hanako" if two_coders else None, language=language)
    if two_coders:
        add_second_coder(target, "Taro", language)
    rng = random.Random(7)
    with open_project(target) as project:
        if two_coders:
            project.coder_name = "Hanako"
        labels = [value.label for value in charting.scale(project)]
        matrix = charting.build_matrix(project)
        drafted = 0
        for case_id in matrix.case_ids:
            for code_id in matrix.code_ids:
                evidence = charting.evidence(project, case_id, code_id)
                summary = None
                if evidence:
                    drafted += 1
                    if drafted % 2:
                        summary = charting.draft_summary(evidence, language)
                value = rng.choice(labels) if rng.random() < 0.5 else None
                if value is not None or summary is not None:
                    commands.SetCell(case_id, code_id, summary, value).apply(project)
        education = next(c for c in workspace.codebook(project) if c.name in ("Education", "教育"))
        memo = (
            "3市とも日本語教室を支援しているが、学校に支援員を配置しているのは浜松市だけ。"
            if language == "ja"
            else "All three cities fund Japanese classes; only Hamamatsu places support staff "
            "in schools."
        )
        commands.SetMemo("code", education.id, memo).apply(project)


if __name__ == "__main__":
    # argparse, so that "--help" prints the usage instead of building a project named "--help"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="the project file to build (.fqda)")
    parser.add_argument("--two-coders", action="store_true", help="Hanako, then Taro")
    parser.add_argument("--japanese", action="store_true", help="Japanese codebook and cases")
    args = parser.parse_args()
    build(args.target, two_coders=args.two_coders, language="ja" if args.japanese else "en")
