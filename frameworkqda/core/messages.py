"""Messages the core writes for a person: English here, the interface's language in the GUI.

A core author writes a message the way the GUI writes its strings, with one marker::

    raise ImportFailedError(
        QT_TRANSLATE_NOOP("Import", "{name}: this is not a PDF file").format(name=name)
    )

``QT_TRANSLATE_NOOP`` marks the template for ``pyside6-lupdate`` (``scripts/translations``
reads the core too, so the Qt catalogue translators already use holds these strings) and
returns a :class:`Template`, a ``str`` that knows its context. Its ``format(**params)``
gives a :class:`Message`: the English text — a ``str``, so the CLI prints it, the project
stores it and tests compare it as before — that also carries ``(context, template, params)``.
The GUI shows it with ``QCoreApplication.translate(context, template).format(**params)``
(:func:`render` with Qt's translate, ``gui/i18n.shown``). The core never imports Qt.

Rules: the template is a literal (lupdate reads the source); params are data (names, numbers),
or Messages themselves, rendered in the same language. A count ``n`` picks the English plural:
``"%n page(s)"`` with ``n=1`` is "1 page", with ``n=3`` "3 pages". A ``str`` made from a
Message (an f-string, a join) is plain English: compose with a template instead.

Text stored in English (a document's import notes) is read back into Messages by :func:`parse`
against the templates that may have written it, so the GUI shows even old notes translated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

# (context, source text, disambiguation, n or -1) -> translated text; QCoreApplication.translate's
# shape
Translate = Callable[[str, str, str | None, int], str]


class Template(str):
    """A message's English template with its context; ``format`` makes the Message."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        template = super().__new__(cls, text)
        template.context = context
        return template

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return (self.context, str(self))

    def format(self, *args: object, **params: Any) -> Message:
        if args:
            raise TypeError("a message's params are named: {name}, never {}")
        return Message(self.context, str(self), params)


class Message(str):
    """English text (the ``str`` itself) that can be rendered again in another language."""

    context: str
    template: str
    params: Mapping[str, Any]

    def __new__(cls, context: str, template: str, params: Mapping[str, Any]) -> Message:
        message = super().__new__(cls, _fill(template, params, english))
        message.context, message.template, message.params = context, template, dict(params)
        return message

    def __getnewargs__(self) -> tuple[str, str, Mapping[str, Any]]:  # type: ignore[override]
        return (self.context, self.template, self.params)  # pickled into and out of workers


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """Mark ``text`` for the catalogue under ``context`` (pyside6-lupdate finds this name);
    ``.format(**params)`` it into a Message."""
    return Template(context, text)


# between the items of a list inside a sentence: "a, b" in English, 「a、b」 in Japanese
SEPARATOR = QT_TRANSLATE_NOOP("Messages", ", ")
# between the things a sentence offers to choose from: "a or b" in English, 「aまたはb」 in Japanese
ALTERNATIVES = QT_TRANSLATE_NOOP("Messages", " or ")
# between clauses that each say something: "a; b" in English, 「a；b」 in Japanese
CLAUSES = QT_TRANSLATE_NOOP("Messages", "; ")


# a name or a value quoted inside a sentence: “Osaka” in English, 「大阪」 in Japanese
QUOTE = QT_TRANSLATE_NOOP("Messages", "“{text}”")


def utc_minute(moment: datetime) -> str:
    """A stored moment as every message gives a time: ``2026-12-05 10:32``, followed by "UTC"
    in the message (stored times are UTC; one read back with a zone is put into UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M}"


def quoted(text: object) -> Message:
    """``text`` in the language's quotation marks, as one Message to pass as a param (a
    ``repr`` showed ASCII quotes, '大阪', in Japanese sentences)."""
    return QUOTE.format(text=text)


def listed(items: Iterable[object], separator: Template = SEPARATOR) -> Message:
    """``items`` joined by the language's list separator, as one Message to pass as a param
    (a ``", ".join`` would be English whatever the language). Items may be Messages."""
    values = list(items)
    template = "{separator}".join(f"{{item{index}}}" for index in range(len(values)))
    params: dict[str, Any] = {f"item{index}": value for index, value in enumerate(values)}
    if len(values) > 1:
        params["separator"] = separator.format()
    return Message(separator.context, template, params)


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source language: the template as written (its plural resolved by :func:`_fill`)."""
    return text


def render(text: object, translate: Translate, number: Callable[[int], str] = str) -> str:
    """``text`` in the language of ``translate``: a Message (and each Message among its
    params) translated, anything else as it is. A template without a translation stays
    English (the English plural rule applies). The count ``%n`` is written by ``number``:
    the GUI passes its locale's, so an undo step reads "Delete 1,234 documents" as the GUI's
    own ``%Ln`` strings do (the English ``str`` of a Message keeps plain digits)."""
    if not isinstance(text, Message):
        return str(text)
    # asked without the count: Qt would fill %n in itself, with plain digits (a core
    # template is never a plural entry of a catalogue: "(s)" is English's own rule)
    translated = translate(text.context, text.template, None, -1)
    rule = english if translated == text.template else translate
    params = {  # a count stays a number: the English plural asks whether it is 1
        key: render(value, translate, number) if isinstance(value, Message) else value
        for key, value in text.params.items()
    }
    return _fill(translated, params, rule, number)


def _fill(
    template: str,
    params: Mapping[str, Any],
    translate: Translate,
    number: Callable[[int], str] = str,
) -> str:
    text = template
    if translate is english and "n" in params:
        text = text.replace("(s)", "" if params["n"] == 1 else "s")
    if "n" in params:
        text = text.replace("%n", number(int(params["n"])))
    return text.format(**params) if params or "{" in text else text


def parse(text: str, templates: Iterable[Template]) -> Message | None:
    """The Message one of ``templates`` made of ``text`` (English), params read back (a
    param that one of them made is a Message again); None when none made it. The longest
    templates are tried first, so a more specific one wins over a looser one."""
    ordered = sorted(templates, key=lambda t: len(_FIELD.sub("", t)), reverse=True)
    return _parse(text, ordered)


_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}|%n")


def _parse(text: str, templates: list[Template]) -> Message | None:
    for template in templates:
        found = _pattern(template).fullmatch(text)
        if found is None:
            continue
        params: dict[str, Any] = {}
        for key, value in found.groupdict().items():
            if key == "n" or value.isdigit():
                params[key] = int(value)
            else:
                params[key] = _parse(value, templates) or value
        return Message(template.context, str(template), params)
    return None


_patterns: dict[str, re.Pattern[str]] = {}


def _pattern(template: str) -> re.Pattern[str]:
    if template not in _patterns:
        parts, seen, at = [], set(), 0
        for field in _FIELD.finditer(template):
            parts.append(re.escape(template[at : field.start()]).replace(r"\(s\)", "s?"))
            name = field.group(1) or "n"
            value = r"\d+" if name == "n" else ".+?"
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>{value})")
            seen.add(name)
            at = field.end()
        parts.append(re.escape(template[at:]).replace(r"\(s\)", "s?"))
        _patterns[template] = re.compile("".join(parts), re.DOTALL)
    return _patterns[template]


def replaced(text: str, old: str, new: str) -> str:
    """``text`` with ``old`` replaced by ``new``, in a Message's params where it is one."""
    if not isinstance(text, Message):
        return text.replace(old, new)
    params = {  # a Path among them becomes its text (Path.replace would rename the file)
        key: replaced(value if isinstance(value, str) else str(value), old, new)
        if old in str(value)
        else value
        for key, value in text.params.items()
    }
    return Message(text.context, text.template, params)


# A file of rows (code --from, cell --from, a codebook, scores) with rows that are wrong: every
# reader says it one way, a line naming the file and how many, then one line per bad row.
ROW = QT_TRANSLATE_NOOP("Bulk", "row {row}: {reason}")
BAD_ROWS = QT_TRANSLATE_NOOP("Bulk", "{path}: %n bad row(s), nothing written\n{rows}")
# a case added by ``case add``, the app, or named for ``import --case``
CASE_NEEDS_A_NAME = QT_TRANSLATE_NOOP("Cases", "a case needs a name")
LINES = Template("Bulk", "\n")  # one row a line, in every language


def bad_rows(path: object, problems: Sequence[object]) -> Message:
    """The report of ``problems`` (each a :data:`ROW`) in the file ``path``."""
    return BAD_ROWS.format(path=path, n=len(problems), rows=listed(problems, LINES))


def said(error: BaseException) -> str:
    """What an error says: its Message when it was raised with one (for the GUI to render),
    else its English text."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
