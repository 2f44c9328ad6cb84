"""Every string the GUI marks for translation, and every core message it may show (marked
with core/messages.py's QT_TRANSLATE_NOOP), has its Japanese translation in the catalogue.

The walk test (test_japanese_ui.py) reads what the windows it opens show; a string shown only
elsewhere (the page a start shows while the project opens, a rare error) is caught here instead:
pyside6-lupdate reads the code into a copy of the catalogue, and no message may stay unfinished.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_marked_string_is_translated_into_japanese(tmp_path: Path) -> None:
    catalogue = tmp_path / "frameworkqda_ja.ts"
    shutil.copy(ROOT / "resources" / "translations" / "frameworkqda_ja.ts", catalogue)
    sources = sorted(str(p) for p in (ROOT / "frameworkqda").rglob("*.py") if "cli" not in p.parts)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    command = [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources]
    subprocess.run([*command, "-ts", str(catalogue)], check=True)
    left = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(catalogue).getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not left, "not translated (run scripts/translations, then translate):\n" + "\n".join(
        left
    )


def test_japanese_sentences_take_full_width_colons() -> None:
    """docs/glossary-ja.md: a colon after Japanese text is full-width (値：Yes); only a file
    name or another placeholder keeps the half-width one the interface's lines begin with
    (``{source}: …``). 58 translations once mixed the two."""
    japanese_then_colon = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff）」』】] ?:(?!//)")
    catalogue = ET.parse(ROOT / "resources" / "translations" / "frameworkqda_ja.ts")
    mixed = [
        text
        for translation in catalogue.getroot().iter("translation")
        for text in [translation.text or "", *(f.text or "" for f in translation)]
        if japanese_then_colon.search(text)
    ]
    assert not mixed, "\n".join(mixed)
