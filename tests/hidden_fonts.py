"""Running a command with the machine's font folders hidden, as on a machine without fonts.

PDFium scans /usr/share/fonts, /usr/local/share/fonts, /usr/share/X11/fonts and ~/.fonts
itself, and Qt asks fontconfig, which reads the same folders (and ~/.local/share/fonts). A
private mount namespace (``unshare -m``) with an empty tmpfs over each of them hides every
font from one child process and its children without touching the machine. That needs root
(CI runs as root); ``why_fonts_cannot_be_hidden`` says why not elsewhere.

``python -m tests.hidden_fonts PDF...`` prints the import of each PDF as JSON (text and boxes),
for comparison with an import in the test's own process.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

FONT_FOLDERS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "/usr/share/X11/fonts",
    str(Path.home() / ".fonts"),
    str(Path.home() / ".local/share/fonts"),
)


def hidden_fonts_command(argv: list[str]) -> list[str]:
    """``argv`` run in a private mount namespace with every font folder empty."""
    folders = [folder for folder in FONT_FOLDERS if Path(folder).is_dir()]
    mounts = "".join(f"mount -t tmpfs none '{folder}' && " for folder in folders)
    return ["unshare", "-m", "sh", "-c", f'{mounts}exec "$@"', "sh", *argv]


@cache
def why_fonts_cannot_be_hidden() -> str | None:
    """None when ``hidden_fonts_command`` works here, else the reason in words."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    if os.geteuid() != 0:
        return "hiding the font folders needs root (unshare -m and mount); CI runs as root"
    probe = subprocess.run(
        hidden_fonts_command(["ls", "-A", *(f for f in FONT_FOLDERS if Path(f).is_dir())]),
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        return f"unshare -m / mount -t tmpfs is not permitted here: {probe.stderr.strip()}"
    if any(line and not line.endswith(":") for line in probe.stdout.splitlines()):
        return "the font folders still showed files inside the namespace"
    return None


def imported(paths: list[Path]) -> dict[str, dict[str, object]]:
    """Each PDF's text and per-page boxes (base64 of the packed bytes), as imported here."""
    from frameworkqda.core.importers import ImportOptions, extract

    result: dict[str, dict[str, object]] = {}
    for path in paths:
        extraction = extract(path.read_bytes(), path.name, ImportOptions(ocr=False))
        result[path.name] = {
            "text": extraction.text,
            "boxes": [base64.b64encode(page.boxes).decode("ascii") for page in extraction.pages],
            "warnings": extraction.warnings,
        }
    return result


def imported_without_fonts(paths: list[Path]) -> dict[str, dict[str, object]]:
    """``imported`` in a child process that sees no font folder at all."""
    repo = Path(__file__).resolve().parents[1]
    command = hidden_fonts_command([sys.executable, "-m", "tests.hidden_fonts", *map(str, paths)])
    done = subprocess.run(command, cwd=repo, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise AssertionError(f"the import without fonts failed:\n{done.stderr}")
    return dict(json.loads(done.stdout))


if __name__ == "__main__":
    print(json.dumps(imported([Path(arg) for arg in sys.argv[1:]])))
