"""The value scale a new project starts with (Yes, Partially … Not specified), in each language
it is made in. Apart from the model: creating a project writes it through the tables, without
the ORM (``store.project._initialise``), and ``frameworkqda new`` loads neither.
"""

from __future__ import annotations

DEFAULT_VALUE_SCALE: tuple[tuple[str, bool, str], ...] = (
    ("Yes", True, "#2e7d32"),
    ("Partially", True, "#9ccc65"),
    ("Yes but restricted", True, "#fbc02d"),
    ("No", False, "#c62828"),
    ("Not specified", False, "#9e9e9e"),
)
# The same scale for a Japanese project, label for label (docs/glossary-ja.md): whether a
# municipality has a measure is あり/なし in Japanese policy studies, and 記載なし keeps
# "the documents do not say" apart from なし.
VALUE_LABELS: dict[str, tuple[str, ...]] = {
    "ja": ("あり", "一部あり", "あり（制限付き）", "なし", "記載なし"),
}


# The default scale's entry that is no degree of presence ("the documents do not say"), in
# every language the scale is made in: weighted κ sets it apart from the ordered values
# (core/cell_agreement.py), whatever language the project was made in.
NOT_SPECIFIED = len(DEFAULT_VALUE_SCALE) - 1
NOT_SPECIFIED_LABELS: tuple[str, ...] = (
    DEFAULT_VALUE_SCALE[NOT_SPECIFIED][0],
    *(labels[NOT_SPECIFIED] for labels in VALUE_LABELS.values()),
)


def default_value_scale(language: str = "en") -> tuple[tuple[str, bool, str], ...]:
    """The value scale a new project starts with, its labels in ``language`` (English when
    there are none in it); order, colours and what counts as present never change."""
    labels = VALUE_LABELS.get(language)
    if labels is None:
        return DEFAULT_VALUE_SCALE
    return tuple(
        (label, present, colour)
        for label, (_, present, colour) in zip(labels, DEFAULT_VALUE_SCALE, strict=True)
    )
