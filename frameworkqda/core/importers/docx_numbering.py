"""What number Word shows before a paragraph: automatic list numbering, rendered as text.

Japanese ordinances and plans number articles and items with Word's automatic numbering
(第1条, （１）, ア) and English codes with 1. / (a) / i.; the numbers live in
``word/numbering.xml``, not in the paragraph text, so a reader quoting "article 3 (2)" would
not find them. :class:`ListNumbering` is fed every paragraph in document order and returns its
label ("第3条", "(a)", "•") followed by the level's suffix (tab, space or nothing).

Counting follows Word: counters belong to the abstract list, so ``w:num`` instances sharing an
``w:abstractNum`` continue one another, except that the first paragraph of a ``w:num`` with a
``w:lvlOverride`` restarts the overridden levels (at ``w:startOverride``, else the override
``w:lvl``'s start): this is what Word's "Restart at 1" writes. Using a level restarts the deeper
levels (or as ``w:lvlRestart`` says). A level shown in ``%1.%2`` that has not been used yet
shows its start value. A paragraph whose mark is a tracked deletion gets no number and does not
count (with changes accepted it merges into the next paragraph). Anything malformed (missing or
bad ids, unknown levels, ``basedOn`` cycles) means no number for that paragraph, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


VAL = _w("val")
PPR, RPR, NUMPR, NUMID, ILVL = (_w(t) for t in ("pPr", "rPr", "numPr", "numId", "ilvl"))
PSTYLE = _w("pStyle")
MAX_LEVEL = 8  # levels 0..8
MAX_CHAIN = 32  # basedOn / numStyleLink hops before we call it a cycle
_PLACEHOLDER = re.compile(r"%([1-9])")
_SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}


@dataclass(frozen=True)
class _Level:
    fmt: str = "decimal"
    text: str | None = None
    start: int = 1
    restart_after: int | None = None  # w:lvlRestart (1-based level; 0 = never)
    legal: bool = False
    suffix: str = "\t"
    hidden: bool = False


@dataclass
class _Abstract:
    levels: dict[int, _Level] = field(default_factory=dict)
    styles: dict[str, int] = field(default_factory=dict)  # paragraph style -> linked level
    style_link: str | None = None  # w:numStyleLink: the definition lives behind a style


@dataclass(frozen=True)
class _Num:
    abstract: int
    starts: dict[int, int]
    levels: dict[int, _Level]


@dataclass(frozen=True)
class _Style:
    based_on: str | None
    num_id: int | None
    ilvl: int | None


def _int(text: str | None, low: int = 0, high: int = 2**31 - 1) -> int | None:
    """An attribute as an int in [low, high], or None when missing or not a number."""
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        return None
    return value if low <= value <= high else None


def _val(parent: etree._Element, tag: str) -> str | None:
    child = parent.find(tag)
    return None if child is None else child.get(VAL)


def _on(parent: etree._Element, tag: str) -> bool:
    """A WordprocessingML on/off property: present and not "0"/"false"/"off"."""
    child = parent.find(tag)
    return child is not None and child.get(VAL, "true") not in ("0", "false", "off")


def _level(element: etree._Element) -> _Level:
    rpr = element.find(RPR)
    start = _int(_val(element, _w("start")), 0, 32767)
    return _Level(
        fmt=_val(element, _w("numFmt")) or "decimal",
        text=_val(element, _w("lvlText")),
        start=1 if start is None else start,
        restart_after=_int(_val(element, _w("lvlRestart"))),
        legal=_on(element, _w("isLgl")),
        suffix=_SUFFIXES.get(_val(element, _w("suff")) or "tab", "\t"),
        hidden=rpr is not None and _on(rpr, _w("vanish")),
    )


def _levels(parent: etree._Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for element in parent.findall(_w("lvl")):
        ilvl = _int(element.get(_w("ilvl")), 0, MAX_LEVEL)
        if ilvl is not None and ilvl not in levels:
            levels[ilvl] = _level(element)
    return levels


def _numpr(ppr: etree._Element | None) -> tuple[int | None, int | None]:
    numpr = None if ppr is None else ppr.find(NUMPR)
    if numpr is None:
        return None, None
    return _int(_val(numpr, NUMID)), _int(_val(numpr, ILVL))


class ListNumbering:
    """Labels for the paragraphs of one document, fed in document order (counters advance)."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.abstracts: dict[int, _Abstract] = {}
        self.nums: dict[int, _Num] = {}
        self.styles: dict[str, _Style] = {}
        self.default_style: str | None = None
        self.counters: dict[int, dict[int, int]] = {}  # abstract id -> level -> current value
        self.seen: set[int] = set()
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    def _read_numbering(self, root: etree._Element) -> None:
        for element in root.iter(_w("abstractNum")):
            key = _int(element.get(_w("abstractNumId")))
            if key is None or key in self.abstracts:
                continue
            abstract = _Abstract(
                levels=_levels(element), style_link=_val(element, _w("numStyleLink"))
            )
            for lvl in element.findall(_w("lvl")):
                ilvl, style = _int(lvl.get(_w("ilvl")), 0, MAX_LEVEL), _val(lvl, PSTYLE)
                if ilvl is not None and style:
                    abstract.styles.setdefault(style, ilvl)
            self.abstracts[key] = abstract
        for element in root.iter(_w("num")):
            num_id = _int(element.get(_w("numId")), 1)
            abstract_id = _int(_val(element, _w("abstractNumId")))
            if num_id is None or abstract_id is None or num_id in self.nums:
                continue
            starts: dict[int, int] = {}
            levels: dict[int, _Level] = {}
            for override in element.findall(_w("lvlOverride")):
                ilvl = _int(override.get(_w("ilvl")), 0, MAX_LEVEL)
                if ilvl is None:
                    continue
                start = _int(_val(override, _w("startOverride")), 0, 32767)
                level = override.find(_w("lvl"))
                if level is not None:
                    levels[ilvl] = _level(level)
                    starts[ilvl] = levels[ilvl].start
                if start is not None:
                    starts[ilvl] = start
            self.nums[num_id] = _Num(abstract_id, starts, levels)

    def _read_styles(self, root: etree._Element) -> None:
        for element in root.iter(_w("style")):
            style_id = element.get(_w("styleId"))
            if not style_id or style_id in self.styles:
                continue
            num_id, ilvl = _numpr(element.find(PPR))
            self.styles[style_id] = _Style(_val(element, _w("basedOn")), num_id, ilvl)
            default = element.get(_w("default")) in ("1", "true", "on")
            if default and element.get(_w("type")) == "paragraph" and self.default_style is None:
                self.default_style = style_id

    def _style_chain(self, style_id: str | None) -> list[_Style]:
        """The style and the styles it is based on, nearest first, stopping at a cycle."""
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(chain) < MAX_CHAIN:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            chain.append(style)
            style_id = style.based_on
        return chain

    def _abstract(self, num: _Num) -> tuple[int, _Abstract] | None:
        """Follow ``w:numStyleLink`` (a list defined through a numbering style) to the levels."""
        key = num.abstract
        for _ in range(MAX_CHAIN):
            abstract = self.abstracts.get(key)
            if abstract is None:
                return None
            if abstract.levels or not abstract.style_link:
                return key, abstract
            chain = self._style_chain(abstract.style_link)
            linked = next((s.num_id for s in chain if s.num_id is not None), None)
            target = self.nums.get(linked) if linked else None
            if target is None:
                return None
            key = target.abstract
        return None

    def _paragraph_list(self, paragraph: etree._Element) -> tuple[int, int, str | None] | None:
        """(numId, ilvl, style id) from the paragraph's own ``w:numPr``, else its style's."""
        ppr = paragraph.find(PPR)
        num_id, ilvl = _numpr(ppr)
        style_id = None if ppr is None else _val(ppr, PSTYLE)
        style_id = style_id or self.default_style
        if num_id is None:
            chain = self._style_chain(style_id)
            num_id = next((s.num_id for s in chain if s.num_id is not None), None)
            if ilvl is None:
                ilvl = next((s.ilvl for s in chain if s.ilvl is not None), None)
        elif ilvl is None:
            ilvl = 0
        if not num_id:  # none, or numId 0: "no numbering"
            return None
        return num_id, -1 if ilvl is None else ilvl, style_id

    def _find(self, paragraph: etree._Element) -> tuple[int, int, int, dict[int, _Level]] | None:
        """(numId, level, abstract id, level definitions with the num's overrides) or None."""
        found = self._paragraph_list(paragraph)
        if found is None or _mark_deleted(paragraph):
            return None
        num_id, ilvl, style_id = found
        num = self.nums.get(num_id)
        resolved = None if num is None else self._abstract(num)
        if num is None or resolved is None:
            return None
        key, abstract = resolved
        if ilvl < 0:  # style numbering without an ilvl: the level linked to the style, else 0
            ids = [style_id] + [s.based_on for s in self._style_chain(style_id)]
            ilvl = next((abstract.styles[s] for s in ids if s in abstract.styles), 0)
        levels = {**abstract.levels, **num.levels}
        return (num_id, ilvl, key, levels) if ilvl in levels else None

    def label(self, paragraph: etree._Element) -> str:
        """The number and suffix Word shows before this paragraph ("" for none); counts it."""
        found = self._find(paragraph)
        if found is None:
            return ""
        num_id, ilvl, key, levels = found
        num = self.nums[num_id]
        starts = {at: num.starts.get(at, level.start) for at, level in levels.items()}
        counters = self.counters.setdefault(key, {})
        if num_id not in self.seen:  # a num's overrides restart its levels where it begins
            self.seen.add(num_id)
            for restarted in num.starts:
                counters.pop(restarted, None)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else starts[ilvl]
        for deeper in [d for d in counters if d > ilvl]:
            bound = levels[deeper].restart_after if deeper in levels else None
            if bound is None or bound > deeper:
                bound = deeper  # default: any higher level restarts it
            if ilvl < bound:
                del counters[deeper]
        values = {at: counters.get(at, starts.get(at, 1)) for at in range(ilvl + 1)}
        return _render(levels, ilvl, values)


def _render(levels: dict[int, _Level], ilvl: int, values: dict[int, int]) -> str:
    """``w:lvlText`` with each ``%n`` in level n's format, then the suffix."""
    level = levels[ilvl]
    if level.hidden or not level.text:
        return ""

    def number(match: re.Match[str]) -> str:
        at = int(match.group(1)) - 1
        if at not in values:  # a deeper level than this one: Word shows nothing
            return ""
        fmt = "decimal" if level.legal or at not in levels else levels[at].fmt
        return format_number(values[at], fmt)

    shown = level.text if level.fmt == "bullet" else _PLACEHOLDER.sub(number, level.text)
    shown = "".join("•" if 0xE000 <= ord(c) <= 0xF8FF else c for c in shown)  # Symbol font
    return shown + level.suffix if shown.strip() else ""


def _mark_deleted(paragraph: etree._Element) -> bool:
    ppr = paragraph.find(PPR)
    rpr = None if ppr is None else ppr.find(RPR)
    return rpr is not None and rpr.find(_w("del")) is not None


# -- number formats ------------------------------------------------------------------------

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_KANJI_DIGITS = "〇一二三四五六七八九"
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_AIUEO = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)
_AIUEO_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"
_IROHA = (
    "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
)
_IROHA_HALF = "ｲﾛﾊﾆﾎﾍﾄﾁﾘﾇﾙｦﾜｶﾖﾀﾚｿﾂﾈﾅﾗﾑｳヰﾉｵｸﾔﾏｹﾌｺｴﾃｱｻｷﾕﾒﾐｼヱﾋﾓｾｽ"
_CYCLES = {
    "aiueoFullWidth": _AIUEO,
    "aiueo": _AIUEO_HALF,
    "irohaFullWidth": _IROHA,
    "iroha": _IROHA_HALF,
    "ideographTraditional": "甲乙丙丁戊己庚辛壬癸",
    "ideographZodiac": "子丑寅卯辰巳午未申酉戌亥",
}
# circled ①, parenthesised ⑴ and full-stop ⒈ digits exist as single characters for 1..20
_ENCLOSED = {
    "decimalEnclosedCircle": 0x2460,
    "decimalEnclosedCircleChinese": 0x2460,
    "decimalEnclosedParen": 0x2474,
    "decimalEnclosedFullstop": 0x2488,
}
_ENCLOSED_FALLBACK = {"decimalEnclosedParen": "({})", "decimalEnclosedFullstop": "{}."}


def format_number(value: int, fmt: str) -> str:
    """``value`` in Word's ``w:numFmt`` (unknown formats as decimal, as Word falls back)."""
    if fmt == "none":
        return ""
    if value < 1 and fmt not in ("decimal", "decimalZero", "decimalFullWidth"):
        return str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate(_FULL_WIDTH)
    if fmt in ("upperRoman", "lowerRoman") and value < 4000:
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and value <= 780:
        letter = chr(ord("A" if fmt == "upperLetter" else "a") + (value - 1) % 26)
        return letter * ((value - 1) // 26 + 1)  # Word: Z, AA, BB, ... not Excel's AB
    if fmt in _ENCLOSED and value <= 20:
        return chr(_ENCLOSED[fmt] + value - 1)
    if fmt in _ENCLOSED_FALLBACK:
        return _ENCLOSED_FALLBACK[fmt].format(value)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand"):
        return "".join(_KANJI_DIGITS[int(d)] for d in str(value))
    if fmt == "japaneseCounting" and value < 10**8:
        return _kanji(value)
    if fmt in _CYCLES:
        cycle = _CYCLES[fmt]
        return cycle[(value - 1) % len(cycle)]
    if fmt == "ordinal":
        ending = {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{'th' if 10 <= value % 100 <= 20 else ending}"
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, symbol in _ROMAN:
        count, value = divmod(value, amount)
        out.append(symbol * count)
    return "".join(out)


def _kanji(value: int) -> str:
    """Kanji numerals as counted: 十一, 二十三, 百五, 千二百, 一万二千."""
    high, low = divmod(value, 10000)
    return (_kanji_small(high) + "万" if high else "") + _kanji_small(low)


def _kanji_small(value: int) -> str:
    out = []
    for amount, unit in ((1000, "千"), (100, "百"), (10, "十")):
        digit, value = divmod(value, amount)
        if digit:
            out.append(("" if digit == 1 else _KANJI_DIGITS[digit]) + unit)
    if value:
        out.append(_KANJI_DIGITS[value])
    return "".join(out)
