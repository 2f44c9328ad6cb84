"""Import every PDF of the corpus with the project's importer and dump its text, to diff the
reading order before and after a change.

    python scripts/dump_corpus_text.py OUT_DIR [CORPUS_PDF_DIR]

Writes OUT_DIR/<lang>/<name>.txt (the text) and OUT_DIR/boxes.tsv (a digest of each file's
boxes). Uses whichever ``frameworkqda`` is importable: point PYTHONPATH at another checkout to
dump that one. OCR is off, so scanned pages are left empty and the run is quick.
"""

from __future__ import annotations

import argparse
import hashlib
import os
from pathlib import Path

from frameworkqda.core.importers import ImportOptions, extract


def main() -> None:
    # argparse: `--help` once became an output folder of that name (and was committed)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the dump (made if missing)")
    default = Path(os.environ.get("FRAMEWORKQDA_CORPUS", "/work/shared/corpus")) / "pdf"
    parser.add_argument("corpus", type=Path, nargs="?", default=default, help="the corpus's pdf/")
    args = parser.parse_args()
    out, corpus = args.out, args.corpus
    digests = []
    for path in sorted(corpus.glob("*/*.pdf")):
        target = out / path.parent.name / (path.stem + ".txt")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            result = extract(path.read_bytes(), path.name, ImportOptions(ocr=False))
        except Exception as error:  # a broken file: its message is what we compare
            target.write_text(f"ERROR {type(error).__name__}: {error}\n", encoding="utf-8")
            continue
        target.write_text(result.text, encoding="utf-8")
        boxes = hashlib.sha1(b"".join(bytes(page.boxes) for page in result.pages)).hexdigest()
        digests.append(f"{path.parent.name}/{path.name}\t{len(result.text)}\t{boxes}")
    (out / "boxes.tsv").write_text("\n".join(digests) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
