"""The interface language: English (the source strings) or Japanese (the catalogue).

The language is the setting "language": ``system`` (the default: Japanese when the system
locale is Japanese, e.g. ``LANG=ja_JP.UTF-8``), ``en`` or ``ja``. It is read at start-up; View →
Language offers to restart the window in the new language (gui/restart.py: every window builds
its strings when it is made, so a live switch would have to rebuild them all), else it applies
at the next start.

For Japanese three things are installed before the first window: our catalogue, Qt's own
``qtbase`` catalogue (standard buttons, file dialogs, context menus of text fields) and
``QLocale.setDefault`` so numbers and dates the GUI formats follow the language.

English is the source language, but its catalogue ``frameworkqda_en`` holds the plural forms
(``"%n document(s)"`` → "1 document", "2 documents"), so it is installed too.

The catalogue's source is ``resources/translations/frameworkqda_<lang>.ts`` (kept in git,
updated by ``scripts/translations``); the ``.qm`` Qt loads is generated. ``scripts/app``,
``scripts/test`` and ``packaging/build`` compile it beside the source; an installation without
one (a pip install from a checkout that never ran them) compiles it on first start into the
user's cache folder with PySide6's ``lrelease``, again whenever the ``.ts`` is newer.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from frameworkqda.core import messages
from frameworkqda.core.resources import resource_path

LANGUAGES = ("system", "en", "ja")
TRANSLATED = ("ja",)  # languages with a catalogue; English is the source
CATALOGUE = "frameworkqda"

_log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context``; translate it where it is shown.
    PySide6's own returns ``object`` to the type checker; this one is typed."""
    return text


# Qt's own strings its Japanese catalogue (qtbase_ja) lacks, translated in ours: our
# translator is installed after Qt's, so it is asked first. The file dialog's Type column
# says "Folder" for every folder (QAbstractFileIconProvider::type asks with a disambiguation
# by platform; a catalogue entry without one answers every disambiguation).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)

_installed: list[QTranslator] = []
_shown = ["en"]  # the language install() chose


def shown(text: object) -> str:
    """A core message — or what a core error says — in the interface's language
    (``core/messages.py``: the core writes English Messages that carry their template)."""
    if isinstance(text, BaseException):
        text = messages.said(text)
    return messages.render(text, _translate, _number)


def _number(n: int) -> str:
    """A count as the GUI's ``%Ln`` writes it: 1,234 (English and Japanese alike)."""
    return QLocale().toString(n)


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


# what the core takes to write in the interface's language (an imported free memo's title)
translate = _translate


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language to show for a setting: ``en`` or a translated language."""
    if setting in TRANSLATED or setting == "en":
        return setting
    name = (system or QLocale.system()).name()  # "ja_JP", "en_GB", "C"
    language = name.split("_")[0]
    return language if language in TRANSLATED else "en"


def locale_for(language: str) -> QLocale:
    if language == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system  # en_GB stays en_GB
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install(app: QCoreApplication, setting: str) -> str:
    """Install the translators and the default locale for ``setting``; returns the language
    shown. Installing again first removes what an earlier call installed."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(setting)
    _shown[0] = language
    QLocale.setDefault(locale_for(language))
    if language != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    ours = GroupedCounts(app)  # English too: its catalogue holds the plurals ("%n document(s)")
    path = catalogue(language)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        _log.warning("no %s catalogue could be loaded (%s)", language, source(language))
    return language


class GroupedCounts(QTranslator):
    """Our catalogue, its counts written as the locale writes them: Qt fills a translation's
    ``%n`` with plain digits ("1239 documents", 文書 1239 件 in the status bar and the
    navigator) and ``%Ln`` with grouped ones (1,239), so each ``%n`` is answered as ``%Ln``
    — every plural string of the GUI at once, as the core's counts (:func:`shown`)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text:  # none here: Qt asks the next catalogue (qtbase's), else shows the source
            return None  # a null QString: an empty one ("") would be shown as the translation
        return text.replace("%n", "%Ln") if n >= 0 else text


def speaker(language: str) -> Callable[[str, str], str]:
    """``translate(context, text)`` in ``language`` whatever the interface shows: to ask in
    the language a person has just chosen (View → Language). Our catalogue alone, loaded
    beside the installed ones, not installed."""
    path = catalogue(language) if language in TRANSLATED else None
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        return lambda context, text: text

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


def current() -> str:
    """The language the interface shows ("en" until install() chose another): new projects
    start their codebook in it where the template has it."""
    return _shown[0]


def source(language: str) -> Path:
    return resource_path("translations", f"{CATALOGUE}_{language}.ts")


def catalogue(language: str) -> Path | None:
    """The compiled catalogue: the one beside the source when it is up to date (always, in a
    bundle: its files' times say nothing, and it has no lrelease), else one compiled into the
    user's cache folder; an older one beside the source rather than none."""
    ts = source(language)
    beside = ts.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)
    if beside.exists() and (frozen or not ts.exists() or _newer_or_same(beside, ts)):
        return beside
    if ts.exists():
        from platformdirs import user_cache_dir

        cached = Path(user_cache_dir("FrameworkQDA")) / "translations" / beside.name
        if cached.exists() and _newer_or_same(cached, ts):
            return cached
        if compile_catalogue(ts, cached):
            return cached
    return beside if beside.exists() else None


def compile_catalogue(ts: Path, qm: Path) -> bool:
    """``lrelease`` ``ts`` into ``qm``; False (and a log line) when it cannot."""
    tool = lrelease()
    if tool is None:
        _log.warning("pyside6-lrelease was not found; cannot compile %s", ts)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(tool), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
    )
    if done.returncode != 0 or not qm.exists():
        _log.warning("lrelease failed on %s: %s", ts, done.stderr.strip())
        return False
    return True


def lrelease() -> Path | None:
    """PySide6's own lrelease (beside the package), else one on PATH."""
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (
        package / "lrelease",
        package / "lrelease.exe",
        package / "Qt" / "bin" / "lrelease",
    ):
        if candidate.is_file():
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def _newer_or_same(target: Path, source_file: Path) -> bool:
    return target.stat().st_mtime >= source_file.stat().st_mtime
